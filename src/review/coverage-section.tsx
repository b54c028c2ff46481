import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/use-t';
import { Heading } from '../ui/heading';
import { ruleAnchor } from './rule-section';
import { coverageCounts, type CoverageFile } from './coverage';
import type { SourceDocument } from './data';

/** Where in this document the part of the rule base a coverage entry names is shown, and its name. */
function useTarget(): (id: string) => { href: string; name: string } {
  const { t } = useT();
  return (id) => {
    const [kind, key] = id.split(':');
    switch (kind) {
      case 'example':
        return { href: `#${ruleAnchor(key)}`, name: t(`rules:examples.${key}.title`) };
      case 'note':
        return { href: `#note-${key}`, name: t(`rules:notes.${key}.title`) };
      case 'fact':
        return { href: `#spoergsmaal-${key}`, name: t(`rules:facts.${key}.question`) };
      case 'judgement':
        return { href: `#vurdering-${key}`, name: t(`rules:judgements.${key}`) };
      default:
        return { href: `#afsnit-${kind}`, name: t(`review:sections.${kind}`) };
    }
  };
}

/** Every sentence of each source part with the use the coverage list records for it. */
export function CoverageSection({ coverage, sources }: { coverage: readonly CoverageFile[]; sources: readonly SourceDocument[] }) {
  const { t } = useT();
  const target = useTarget();
  const links = (ids: readonly string[]): ComponentChildren =>
    ids.map((id, i) => {
      const { href, name } = target(id);
      return (
        <span key={id}>
          {i > 0 && '; '}
          <a class="p18-link" href={href}>
            {name}
          </a>
        </span>
      );
    });
  const counts = coverageCounts([...coverage]);
  return (
    <>
      <p>{t('review:coverage.intro')}</p>
      <p data-coverage-counts>{t('review:coverage.counts', counts)}</p>
      {coverage.map((list) => {
        const source = sources.find((s) => s.file === list.file);
        const name = source?.title ?? list.file;
        const part = list.part.kind === 'chapter' ? t('review:coverage.part.chapter', { chapter: list.part.chapter }) : t('review:coverage.part.lawText');
        return (
          <section key={list.file} class="p18-review__item" aria-labelledby={`daekning-${list.file}`}>
            <Heading depth={2} id={`daekning-${list.file}`}>
              {name} ({part})
            </Heading>
            <p>{t('review:coverage.counts', coverageCounts([list]))}</p>
            <div class="p18-review__table-wrap" role="region" aria-label={t('review:coverage.caption', { source: name })} tabIndex={0}>
              <table class="p18-review__coverage">
                <caption>{t('review:coverage.caption', { source: name })}</caption>
                <tbody>
                  {list.sentences.map((entry, index) => (
                    <tr key={index} data-use={entry.use}>
                      <td lang="da">{entry.text}</td>
                      <td>
                        <strong>{t(`review:coverage.use.${entry.use}`)}</strong>{' '}
                        {entry.use === 'notUsed' ? <span lang="da">{entry.reason}</span> : <>{t('review:coverage.by')} {links(entry.by)}</>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
