import type { Perspective } from '../../engine/types';
import { CitationList } from '../citation-list';
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
      <ul class="p18-notes">
        {orderNotes(ruleBase, noteIds, perspective).map((note) => {
          const ids = [...note.citations.map((c) => c.id), ...(note.cites ?? [])];
          return (
            <li class="p18-note" key={note.id}>
              {/* Folded: the title says what the note is about; the text and its source are a click away. */}
              <details class="p18-details p18-note__details">
                <summary class="p18-details__summary p18-note__title">{t(`rules:notes.${note.id}.title`)}</summary>
                <div class="p18-details__text">
                  <p>{t(`rules:notes.${note.id}.text`)}</p>
                  {note.datedWording && has(`rules:notes.${note.id}.dated`) && (
                    <p class="p18-card__dated">{t(`rules:notes.${note.id}.dated`)}</p>
                  )}
                  <CitationList ids={ids} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
