import { useT } from '../i18n/use-t';
import { Heading } from '../ui/heading';
import { coverageCounts, type CoverageFile } from './coverage';
import type { SourceDocument } from './data';

/** Every sentence of each source part with the use the coverage list records for it. */
export function CoverageSection({ coverage, sources }: { coverage: readonly CoverageFile[]; sources: readonly SourceDocument[] }) {
  const { t } = useT();
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
                        {entry.use === 'notUsed' ? <span lang="da">{entry.reason}</span> : t('review:coverage.by', { ids: entry.by.join(', ') })}
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
