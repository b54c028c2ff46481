import type { FactId } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { useJudgementNotes } from './context';
import { MAX_NOTE_LENGTH } from './notes';

/**
 * An optional one-line note on the caseworker's own judgement, e.g. the travel time, so the case
 * note and the draft carry what the judgement was based on. It says where it is kept and warns
 * against names and CPR numbers; where the guide keeps no notes (presenter, self-study) it is absent.
 */
export function JudgementNoteField({ id, fact }: { id: string; fact: FactId }) {
  const { t } = useT();
  const notes = useJudgementNotes();
  if (!notes) return null;
  const inputId = `${id}-basis`;
  const hintId = `${inputId}-hint`;
  return (
    <div class="p18-form-group p18-judgement-basis">
      <label class="p18-label" for={inputId}>
        {t('ui:judgementBasis.label')}
      </label>
      <p id={hintId} class="p18-hint">
        {t('ui:judgementBasis.hint', { max: String(MAX_NOTE_LENGTH) })}
      </p>
      <input
        id={inputId}
        class="p18-textarea p18-judgement-basis__input"
        type="text"
        autocomplete="off"
        spellcheck
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={hintId}
        value={notes.noteOn(fact)}
        onInput={(event) => notes.setNote(fact, (event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
