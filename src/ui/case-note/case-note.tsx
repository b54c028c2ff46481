import type { Assessment, Answers, Perspective } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { CopyButton } from '../copy-button';
import { useEnvironment } from '../environment';
import { Heading } from '../heading';
import { useRuleBase } from '../rule-base-context';
import { caseNoteText } from './case-note-text';

interface CaseNoteProps {
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
}

/**
 * The note for the case file: copied as text, or printed. The print stylesheet shows only the
 * note's print copy, so paper and clipboard carry the same words.
 */
export function CaseNote(props: CaseNoteProps) {
  const translator = useT();
  const { t } = translator;
  const ruleBase = useRuleBase();
  const environment = useEnvironment();
  const note = () => caseNoteText({ translator, ruleBase, ...props, date: environment.now() });
  return (
    <section class="p18-section p18-case-note">
      <Heading depth={2}>{t('ui:caseNote.heading')}</Heading>
      <p>{t('ui:caseNote.intro')}</p>
      <div class="p18-actions">
        <CopyButton label={t('ui:caseNote.copy')} copiedMessage={t('ui:caseNote.copied')} text={note} />
        <button type="button" class="p18-button p18-button--secondary" onClick={() => environment.print()}>
          {t('ui:caseNote.print')}
        </button>
      </div>
      <div class="p18-case-note__print" hidden>
        {note()}
      </div>
    </section>
  );
}
