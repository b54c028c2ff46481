import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { assess } from '../../../src/engine/assess';
import type { Answers, Perspective } from '../../../src/engine/types';
import { LANGUAGES, resources, type Language } from '../../../src/i18n/resources';
import { ruleBase } from '../../../src/rules/rule-base';
import { Guide } from '../../../src/ui/guide';
import type { NoteSlot } from '../../../src/ui/judgement-basis/note-slot';
import { readNotes, storedNotes } from '../../../src/ui/judgement-basis/notes';
import { encodeWalk } from '../../../src/ui/state/link-codec';
import { memoryStore } from '../../../src/ui/state/state-store';

/**
 * "Start forfra" can be undone ("Fortryd"): the undo brings back the whole walk, the caseworker's
 * notes on their judgements included – and a fresh walk that is not undone never gets them.
 */
interface Scenario {
  id: string;
  perspective?: Perspective;
  answers: Answers;
}
const files = import.meta.glob<Scenario>('../../../rules/scenarios/*.json', { eager: true, import: 'default' });
const ui = (language: Language) => resources[language].ui as any;

// A case whose result rests on a judgement the caseworker answered, with the answers a link keeps.
const judged = Object.values(files)
  .sort((a, b) => a.id.localeCompare(b.id))
  .flatMap((scenario) => {
    const irrelevant = new Set(assess(ruleBase, scenario.answers).irrelevantAnswers);
    const answers = Object.fromEntries(Object.entries(scenario.answers).filter(([fact]) => !irrelevant.has(fact)));
    const assessment = assess(ruleBase, answers);
    const judgement = assessment.judgements.find((j) => j.answer !== undefined && ruleBase.factById.get(j.id)?.kind === 'judgement');
    return judgement && assessment.class !== 'notApplicable' ? [{ perspective: scenario.perspective ?? 'receiving', answers, fact: judgement.id }] : [];
  })[0];

const NOTE = 'Rejsetid ca. 2 timer hver vej';

function renderResult(language: Language) {
  const slot: NoteSlot & { value: unknown } = {
    value: storedNotes({ [judged.fact]: NOTE }, judged.answers),
    read: () => slot.value,
    write: (text) => void (slot.value = text),
  };
  const link = encodeWalk(ruleBase, { walk: { perspective: judged.perspective, answers: judged.answers, at: { page: 'result' } }, language });
  render(<Guide ruleBase={ruleBase} store={{ ...memoryStore(link), judgementNotes: slot }} language={language} />);
  return slot;
}

const caseNote = () => document.querySelector('.p18-case-note__print')?.textContent ?? '';

afterEach(cleanup);

describe.each(LANGUAGES)('undoing "Start forfra", in %s', (language) => {
  const t = ui(language);
  const noted = t.judgementBasis.noted.replace('{{note}}', NOTE);

  it('brings back the judgement notes with the answers, in the case note and where they are kept', () => {
    expect(judged, 'a case with a judgement to note').toBeDefined();
    const slot = renderResult(language);
    expect(caseNote()).toContain(noted);

    fireEvent.click(screen.getByRole('button', { name: t.walk.startOver }));
    expect(readNotes(ruleBase, slot.value, {}), 'a fresh start keeps no note').toEqual({});
    fireEvent.click(screen.getByRole('button', { name: t.walk.undoStartOver }));

    expect(caseNote()).toContain(noted);
    expect(readNotes(ruleBase, slot.value, judged.answers)).toEqual({ [judged.fact]: NOTE });
  });

  it('does not bring them into a fresh walk that was not undone', () => {
    const slot = renderResult(language);
    fireEvent.click(screen.getByRole('button', { name: t.walk.startOver }));
    // A new case: the perspective chosen, so "Fortryd" is gone with the next step.
    fireEvent.click(screen.getAllByRole('radio')[0]);
    fireEvent.click(screen.getByRole('button', { name: t.walk.continue }));
    expect(screen.queryByRole('button', { name: t.walk.undoStartOver })).toBeNull();
    expect(String(slot.value)).not.toContain(NOTE);
  });
});
