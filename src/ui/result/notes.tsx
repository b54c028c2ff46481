import type { Perspective } from '../../engine/types';
import { SourcesDisclosure } from '../why-we-ask';
import type { RuleBase } from '../../engine/rule-base';
import { useT } from '../../i18n/use-t';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';

/** The notes that apply, those leading for the caseworker's perspective first (otherwise in rule order). */
export function orderNotes(ruleBase: RuleBase, noteIds: readonly string[], perspective: Perspective) {
  const notes = noteIds.map((id) => ruleBase.notes.find((n) => n.id === id)!);
  const leads = (id: string) => (notes.find((n) => n.id === id)!.leadsFor.includes(perspective) ? 0 : 1);
  return [...notes].sort((a, b) => leads(a.id) - leads(b.id));
}

export function Notes({ noteIds, perspective }: { noteIds: readonly string[]; perspective: Perspective }) {
  const { t, has } = useT();
  const ruleBase = useRuleBase();
  if (noteIds.length === 0) return null;
  return (
    <section class="p18-section">
      <Heading depth={2}>{t('ui:result.notesHeading')}</Heading>
      <ul class="p18-cards">
        {orderNotes(ruleBase, noteIds, perspective).map((note) => {
          const ids = [...note.citations.map((c) => c.id), ...(note.cites ?? [])];
          return (
            <li class="p18-card" key={note.id}>
              <Heading depth={3} class="p18-card__title">
                {t(`rules:notes.${note.id}.title`)}
              </Heading>
              <p>{t(`rules:notes.${note.id}.text`)}</p>
              {note.datedWording && has(`rules:notes.${note.id}.dated`) && (
                <p class="p18-card__dated">{t(`rules:notes.${note.id}.dated`)}</p>
              )}
              <SourcesDisclosure summary={t('ui:result.showSource')} ids={ids} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
