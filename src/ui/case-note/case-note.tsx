import type { Assessment, Answers, Perspective } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { CopyButton } from '../copy-button';
import { useEnvironment } from '../environment';
import { useRuleBase } from '../rule-base-context';
import { caseNoteText } from './case-note-text';
import { useJudgementNotes } from '../judgement-basis/context';

interface CaseNoteProps {
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
  /** Brings the draft reasons into view, where the page has them. */
  onShowDraft?: () => void;
}

/**
 * The result's actions: copy the case note as text, print it, open the draft. The print
 * stylesheet shows only the note's print copy, so paper and clipboard carry the same words.
 */
export function CaseNote({ onShowDraft, ...props }: CaseNoteProps) {
  const translator = useT();
  const { t } = translator;
  const ruleBase = useRuleBase();
  const environment = useEnvironment();
  const judgementNotes = useJudgementNotes()?.notes;
  const note = () => caseNoteText({ translator, ruleBase, ...props, judgementNotes, date: environment.now() });
  return (
    <section class="p18-case-note" aria-label={t('ui:caseNote.heading')}>
      <div class="p18-actions p18-result-actions">
        <CopyButton label={t('ui:caseNote.copy')} copiedMessage={t('ui:caseNote.copied')} text={note} />
        <button type="button" class="p18-button p18-button--secondary" onClick={() => environment.print()}>
          {t('ui:caseNote.print')}
        </button>
        {onShowDraft && (
          <button type="button" class="p18-button p18-button--secondary" onClick={onShowDraft}>
            {t('ui:caseNote.draft')}
          </button>
        )}
      </div>
      <div class="p18-case-note__print" hidden>
        {note()}
      </div>
    </section>
  );
}
