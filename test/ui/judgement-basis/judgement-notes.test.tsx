import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { assess } from '../../../src/engine/assess';
import type { Answers, Perspective } from '../../../src/engine/types';
import { LANGUAGES, resources, type Language } from '../../../src/i18n/resources';
import { LazyPaperwork } from '../../../src/app/lazy-paperwork';
import { Paperwork } from '../../../src/paperwork';
import { ruleBase } from '../../../src/rules/rule-base';
import { Guide } from '../../../src/ui/guide';
import type { NoteSlot } from '../../../src/ui/judgement-basis/note-slot';
import { MAX_NOTE_LENGTH, readNotes, storedNotes } from '../../../src/ui/judgement-basis/notes';
import type { ResultExtraProps } from '../../../src/ui/result/result-extras';
import { encodeWalk } from '../../../src/ui/state/link-codec';
import { memoryStore } from '../../../src/ui/state/state-store';

interface Scenario {
  id: string;
  perspective?: Perspective;
  answers: Answers;
}

const files = import.meta.glob<Scenario>('../../../rules/scenarios/*.json', { eager: true, import: 'default' });
const scenarios = Object.values(files).sort((a, b) => a.id.localeCompare(b.id));
const ui = (language: Language) => resources[language].ui as any;
const paperworkTexts = (language: Language) => resources[language].paperwork as any;

/** The answers a link of this version may hold: the engine drops irrelevant ones. */
const relevantAnswers = (answers: Answers): Answers => {
  const irrelevant = new Set(assess(ruleBase, answers).irrelevantAnswers);
  return Object.fromEntries(Object.entries(answers).filter(([fact]) => !irrelevant.has(fact)));
};

/** Scenarios whose assessment rests on a judgement question the caseworker answered. */
const withJudgement = scenarios.flatMap((scenario) => {
  const answers = relevantAnswers(scenario.answers);
  const assessment = assess(ruleBase, answers);
  const judgement = assessment.judgements.find((j) => j.answer !== undefined && ruleBase.factById.get(j.id)?.kind === 'judgement');
  return judgement && assessment.class !== 'notApplicable' ? [{ scenario, answers, fact: judgement.id }] : [];
});

function memorySlot(initial: unknown = null): NoteSlot & { value: unknown } {
  const slot = {
    value: initial,
    read: () => slot.value,
    write: (text: string) => {
      slot.value = text;
    },
  };
  return slot;
}

/** The app's paperwork as the app mounts it: lazily, with the notes from the guide. */
const AppPaperwork = (props: ResultExtraProps) => <LazyPaperwork {...props} load={async () => Paperwork as never} />;

function renderAt(language: Language, link: string, slot: NoteSlot) {
  const store = { ...memoryStore(link), judgementNotes: slot };
  const shared = { ...store, shareableLink: () => `https://guide.example/#${store.current()}` };
  const copied: string[] = [];
  const view = render(
    <Guide
      ruleBase={ruleBase}
      store={shared}
      language={language}
      resultExtras={AppPaperwork}
      environment={{ copyText: async (text) => void copied.push(text), copyRich: async ({ text }) => void copied.push(text), print: () => {} }}
    />,
  );
  return { ...view, store, copied };
}

const linkAt = (language: Language, perspective: Perspective, answers: Answers, at: { page: 'question'; fact: string; returnToCheck: boolean } | { page: 'result' }) =>
  encodeWalk(ruleBase, { walk: { perspective, answers, at }, language });

afterEach(cleanup);

describe.each(LANGUAGES)('a note on a judgement, in %s', (language) => {
  it('is there to test', () => expect(withJudgement.length).toBeGreaterThan(3));

  it.each(withJudgement.map((c) => [c.scenario.id, c] as const))(
    '%s: appears in the case note and the draft, never in the link, and the share box says so',
    async (_id, { scenario, answers, fact }) => {
      const t = ui(language);
      const note = 'Rejsetid ca. 2 timer hver vej';
      const slot = memorySlot();
      const { store, copied } = renderAt(language, linkAt(language, scenario.perspective ?? 'receiving', answers, { page: 'question', fact, returnToCheck: true }), slot);

      // The question offers the note, with the warning against names and CPR numbers.
      const field = screen.getByRole('textbox', { name: t.judgementBasis.label });
      expect(field.getAttribute('maxlength')).toBe(String(MAX_NOTE_LENGTH));
      expect(screen.getByText(t.judgementBasis.hint.replace('{{max}}', String(MAX_NOTE_LENGTH)))).toBeTruthy();
      expect(t.judgementBasis.hint).toMatch(/CPR/);
      fireEvent.input(field, { target: { value: note } });
      fireEvent.click(screen.getByRole('button', { name: t.walk.continue }));
      fireEvent.click(screen.getByRole('button', { name: t.check.continue }));

      // The case note and the draft carry it, under "Bygger på dine vurderinger".
      expect(document.querySelector('.p18-case-note__print')!.textContent).toContain(t.judgementBasis.noted.replace('{{note}}', note));
      fireEvent.click(screen.getByRole('button', { name: t.caseNote.draft }));
      await waitFor(() => expect(document.querySelector('.p18-paperwork__part--basis')).not.toBeNull());
      const basis = document.querySelector('.p18-paperwork__part--basis')!;
      expect(basis.querySelector('h1, h2, h3, h4, h5, h6')!.textContent).toBe(paperworkTexts(language).draft.headings.basis);
      expect(basis.textContent).toContain(note);

      // Never in the walk's encoded state or the shared link; kept beside the walk instead.
      const encodedNote = [note, encodeURIComponent(note), note.split(' ')[0] + '+'];
      for (const form of encodedNote) expect(store.current()).not.toContain(form);
      expect(String(slot.value)).toContain(note);
      fireEvent.click(screen.getByText(t.share.show));
      expect(screen.getByText(t.judgementBasis.notInLink)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: t.share.copy }));
      await waitFor(() => expect(copied.length).toBeGreaterThan(0));
      expect(copied.at(-1)).toMatch(/^https:\/\/guide\.example\/#/);
      expect(copied.at(-1)).not.toContain('Rejsetid');
    },
    // A whole guide per case, on a shared machine.
    20_000,
  );
});

describe('where the notes are kept', () => {
  const { scenario, answers, fact } = withJudgement[0];
  const perspective = scenario.perspective ?? 'receiving';

  it('come back with the walk after a reload, and not into another walk', () => {
    const slot = memorySlot(storedNotes({ [fact]: 'Rejsetid ca. 2 timer' }, answers));
    renderAt('da', linkAt('da', perspective, answers, { page: 'result' }), slot);
    expect(document.querySelector('.p18-case-note__print')!.textContent).toContain('Din note: Rejsetid ca. 2 timer');
    cleanup();
    // Another case pasted into this tab: the note written for the first one does not follow.
    const other = { ...answers };
    const changed = Object.keys(other).find((f) => f !== fact && ruleBase.factById.get(f)!.answers.length > 1 && f !== 'inProgramme' && f !== 'movingToOtherMunicipality');
    expect(readNotes(ruleBase, slot.value, { ...other, [changed!]: 'dontKnow' })).toEqual({});
  });

  const record = (notes: unknown) => JSON.stringify({ walk: JSON.parse(storedNotes({}, answers)).walk, notes });
  it.each([
    ['not JSON', '{{{'],
    ['the wrong shape', '[1, 2, 3]'],
    ['a note past the cap', record({ [fact]: 'x'.repeat(MAX_NOTE_LENGTH + 1) })],
    ['a question that is no judgement', record({ inProgramme: 'ja' })],
    ['a number for a note', record({ [fact]: 42 })],
    ['notes as a list', record(['Rejsetid'])],
    ['something a host put there', { notes: { [fact]: 'x' } }],
  ])('ignore %s, and the guide goes on', (_what, stored) => {
    const slot = memorySlot(stored);
    renderAt('da', linkAt('da', perspective, answers, { page: 'result' }), slot);
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(document.querySelector('.p18-case-note__print')!.textContent).not.toContain('Din note:');
    expect(readNotes(ruleBase, stored, answers)).toEqual({});
  });

  it('cap a typed note at the limit, on one line', () => {
    const slot = memorySlot();
    renderAt('da', linkAt('da', perspective, answers, { page: 'question', fact, returnToCheck: true }), slot);
    const field = screen.getByRole('textbox', { name: ui('da').judgementBasis.label }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: `første linje\nanden ${'x'.repeat(400)}` } });
    expect(field.value.length).toBe(MAX_NOTE_LENGTH);
    expect(field.value).not.toContain('\n');
  });

  it('leave with "Start forfra": a fresh walk keeps no note', () => {
    const slot = memorySlot(storedNotes({ [fact]: 'Rejsetid ca. 2 timer' }, answers));
    renderAt('da', linkAt('da', perspective, answers, { page: 'result' }), slot);
    fireEvent.click(screen.getByRole('button', { name: ui('da').walk.startOver }));
    expect(String(slot.value)).not.toContain('Rejsetid');
  });
});
