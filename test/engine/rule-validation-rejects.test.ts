import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../scripts/lib/read-rule-files';
import { validateRules } from '../../scripts/lib/validate-rules';

/**
 * Rule files that json-logic runs without complaint but that test nothing (or something else than
 * they seem to): each is fed to the checker that `npm run rules:check` and the build run, and must
 * come back as exactly one line naming the file and the place. Lines the unchanged copy already
 * gives (another change in progress) are not this test's business, so only new lines are compared.
 */
const ROOT = join(RULES_DIR, '..');
const original = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const parsed = (file: string) => JSON.parse(original(file));

/** One changed file: a function of its parsed content, or its new text (from what it holds now). */
type Edit = { file: string; json: (data: any) => unknown } | { file: string; text: string | ((now: string) => string) };

const scratch: string[] = [];
function copyWith(edits: Edit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'broken-rules-'));
  scratch.push(root);
  cpSync(RULES_DIR, join(root, 'rules'), { recursive: true });
  cpSync(join(ROOT, 'locales'), join(root, 'locales'), { recursive: true });
  for (const edit of edits) {
    const path = join(root, edit.file);
    mkdirSync(dirname(path), { recursive: true });
    const now = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const text = !('text' in edit) ? JSON.stringify(edit.json(JSON.parse(now)), null, 2) : typeof edit.text === 'string' ? edit.text : edit.text(now);
    writeFileSync(path, text);
  }
  return join(root, 'rules');
}
const lines = (rulesDir: string) => validateRules(rulesDir).map((p) => `${p.file}: ${p.message}`);

/** The lonely-person example: a need-not example with one condition over a yes/no fact, stable across rule changes. */
const LONELY = 'rules/examples/feelsLonely.json';
const lonelyWhen = (when: unknown): Edit => ({
  file: LONELY,
  json: (d) => ({ ...d, conditions: [{ ...d.conditions[0], when }, ...d.conditions.slice(1)] }),
});
const lonelyQuote = (doc: string, quote: string): Edit => ({
  file: LONELY,
  json: (d) => ({ ...d, citations: [{ ...d.citations[0], doc, quote }, ...d.citations.slice(1)] }),
});
const IS_LONELY = { '==': [{ var: 'feelsLonely' }, 'yes'] };
const NOT_LONELY = { '==': [{ var: 'feelsLonely' }, 'no'] };
const at = (pointer: string) => `rules/examples/feelsLonely.json: condition feelsLonelyInCurrent at /conditions/0/when${pointer}`;

/**
 * The file as it is in the copy, with one key written twice; `line()` is where the second one
 * stands, known once the copy is written (other changes in progress may move it).
 */
function withDuplicate(file: string, find: string, twice: string): { edit: Edit; line: () => number } {
  let line = 0;
  const text = (now: string) => {
    const written = JSON.stringify(JSON.parse(now), null, 2).replace(find, `${twice},\n${find}`);
    line = written.slice(0, written.indexOf(`${twice},\n${find}`) + twice.length + 2).split('\n').length;
    return written;
  };
  return { edit: { file, text }, line: () => line };
}
const duplicateOperation = withDuplicate(LONELY, '"==": [', '"==": ["no", "no"]');
const duplicateKind = withDuplicate(LONELY, '"kind": "needNot"', '"kind": "must"');
const englishUi = parsed('locales/en/ui.json');
const firstUiSection = Object.keys(englishUi)[0];
const firstUiKey = Object.keys(englishUi[firstUiSection])[0];
const duplicateUiText = withDuplicate('locales/en/ui.json', `"${firstUiKey}": `, `"${firstUiKey}": "twice"`);

const facts = parsed('rules/facts.json').facts as { id: string; relevantWhen?: unknown }[];
const gatedFact = facts.findIndex((f, i) => i > 0 && f.relevantWhen !== undefined);
const precedenceText = (ids: string[]): Edit[] =>
  ['da', 'en'].map((language) => ({
    file: `locales/${language}/rules.json`,
    json: (d) => ({ ...d, precedence: { ...d.precedence, ...Object.fromEntries(ids.map((id) => [id, 'Læsning til prøve.'])) } }),
  }));
const addPrecedence = (entries: { id: string; prevails: string[]; setsAside: string[] }[]): Edit[] => [
  { file: 'rules/precedence.json', json: (d) => ({ ...d, precedence: [...d.precedence, ...entries.map((e) => ({ ...e, basis: 'projectReading' }))] }) },
  ...precedenceText(entries.map((e) => e.id)),
];
const existingPrecedence = parsed('rules/precedence.json').precedence.length;
const dropText = (file: string, path: string[]): Edit => ({
  file,
  json: (d) => {
    const parent = path.slice(0, -1).reduce((node, key) => node[key], d);
    delete parent[path.at(-1)!];
    return d;
  },
});

const BROKEN: { name: string; edits: Edit[]; line: string | (() => string) }[] = [
  {
    name: 'an operation inside a var default (it would run unchecked in the shipped engine)',
    edits: [lonelyWhen({ '==': [{ var: ['feelsLonely', { if: [{ var: 'wantsBiggerCity' }, 'yes', 'no'] }] }, 'yes'] })],
    line: `${at('/==/0/var/1')} puts logic in a var default: json-logic would run it unchecked in the shipped engine`,
  },
  {
    name: 'two operators in one object (a literal, so always true)',
    edits: [lonelyWhen({ '==': [{ var: 'feelsLonely' }, 'yes'], '!=': [{ var: 'feelsLonely' }, 'no'] })],
    line: `${at('')} is an object with 2 operations (==, !=): JSON-Logic reads it as a literal value, which is always true`,
  },
  {
    name: 'two operators in one object nested inside an "and"',
    edits: [lonelyWhen({ and: [{ '==': [{ var: 'feelsLonely' }, 'yes'], '!': { var: 'wantsBiggerCity' } }, IS_LONELY] })],
    line: `${at('/and/0')} is an object with 2 operations (==, !): JSON-Logic reads it as a literal value, which is always true`,
  },
  {
    name: '"when": true',
    edits: [lonelyWhen(true)],
    line: `${at('')} is the constant true where a test belongs, so it is always true`,
  },
  {
    name: 'a comparison of two constants (reads no answer)',
    edits: [lonelyWhen({ '==': ['yes', 'yes'] })],
    line: `${at('')} is always true: it reads no answer`,
  },
  {
    name: 'a test true for every answer the fact takes',
    edits: [lonelyWhen({ or: [IS_LONELY, NOT_LONELY] })],
    line: `${at('')} is always true: the same for every answer to feelsLonely`,
  },
  {
    name: 'a test false for every combination of answers',
    edits: [lonelyWhen({ and: [IS_LONELY, NOT_LONELY, { '==': [{ var: 'wantsBiggerCity' }, 'yes'] }] })],
    line: `${at('')} is always false: the same for every answer to feelsLonely, wantsBiggerCity`,
  },
  {
    name: 'a constant part inside a test that is not constant as a whole',
    edits: [lonelyWhen({ and: [IS_LONELY, { '!': false }] })],
    line: `${at('/and/1')} is always true: it reads no answer`,
  },
  {
    name: '"in" against a string (a substring test: "no" is in "dontKnow")',
    edits: [lonelyWhen({ in: [{ var: 'feelsLonely' }, 'yes no'] })],
    line: `${at('/in')} uses "in" without a list of answers: against a string it tests for a substring ("no" is in "dontKnow")`,
  },
  {
    name: 'an impossible value with the operands reversed ("ja" == var)',
    edits: [lonelyWhen({ '==': ['ja', { var: 'feelsLonely' }] })],
    line: `${at('/==/0')} compares "feelsLonely" with "ja", which it does not take`,
  },
  {
    name: 'an operation written twice in one object (JSON.parse keeps only the last)',
    edits: [duplicateOperation.edit],
    line: () => `rules/examples/feelsLonely.json: /conditions/0/when holds the key "==" twice (line ${duplicateOperation.line()}): JSON.parse would silently keep only the last`,
  },
  {
    name: 'a field written twice at the top of a rule file',
    edits: [duplicateKind.edit],
    line: () => `rules/examples/feelsLonely.json: / holds the key "kind" twice (line ${duplicateKind.line()}): JSON.parse would silently keep only the last`,
  },
  {
    name: 'a text written twice in a locale file',
    edits: [duplicateUiText.edit],
    line: () => `locales/en/ui.json: /${firstUiSection} holds the key "${firstUiKey}" twice (line ${duplicateUiText.line()}): JSON.parse would silently keep only the last`,
  },
  {
    name: 'a precedence ring through three examples',
    edits: addPrecedence([
      { id: 'ringOne', prevails: ['feelsLonely'], setsAside: ['wantsBiggerCity'] },
      { id: 'ringTwo', prevails: ['wantsBiggerCity'], setsAside: ['friendsNotCloseFamily'] },
      { id: 'ringThree', prevails: ['friendsNotCloseFamily'], setsAside: ['feelsLonely'] },
    ]),
    line: `rules/precedence.json: precedence ringThree at /precedence/${existingPrecedence + 2} closes a ring feelsLonely → wantsBiggerCity → friendsNotCloseFamily → feelsLonely: no order of entries can settle it`,
  },
  {
    name: 'an example that sets itself aside',
    edits: addPrecedence([{ id: 'selfPrecedence', prevails: ['feelsLonely'], setsAside: ['feelsLonely'] }]),
    line: `rules/precedence.json: precedence selfPrecedence at /precedence/${existingPrecedence} lets "feelsLonely" set itself aside`,
  },
  {
    name: 'a quote that starts mid-sentence',
    edits: [lonelyQuote('ankestyrelsen2019', 'kommunen skal overtage ansvaret.')],
    line: 'rules/examples/feelsLonely.json: citation seedNeedNotExample3 at /citations/0/quote: the quote starts mid-sentence in ankestyrelsen2019',
  },
  {
    name: 'a quote that ends mid-sentence (at the full stop of "stk.")',
    edits: [
      lonelyQuote(
        'integrationsloven',
        'Stk. 3. Kommunalbestyrelsens overtagelse af ansvaret for en udlændings selvforsørgelses- og hjemrejseprogram eller introduktionsprogram efter stk.',
      ),
    ],
    line: 'rules/examples/feelsLonely.json: citation seedNeedNotExample3 at /citations/0/quote: the quote ends mid-sentence in integrationsloven',
  },
  {
    name: 'a UI text that the English locale lacks',
    edits: [dropText('locales/en/ui.json', [firstUiSection, firstUiKey])],
    line: `locales/en/ui.json: no text for ${firstUiSection}.${firstUiKey} (locales/da/ui.json has one)`,
  },
  {
    name: 'a class text that the Danish locale lacks (named once, though two checks look for it)',
    edits: [dropText('locales/da/rules.json', ['classes', 'dutyIndicated', 'summary'])],
    line: 'locales/da/rules.json: no text for class dutyIndicated (classes.dutyIndicated.summary)',
  },
  {
    name: 'a kind text that the English locale lacks',
    edits: [dropText('locales/en/rules.json', ['kinds', 'needNot'])],
    line: 'locales/en/rules.json: no text for kind needNot (kinds.needNot)',
  },
  {
    name: 'a locale file that is not JSON (named once, not at every text it holds)',
    edits: [{ file: 'locales/en/ui.json', text: '{ "app": ' }],
    line: 'locales/en/ui.json: is not valid JSON',
  },
  {
    name: 'a UI key the code asks for that no locale has',
    edits: [{ file: 'src/ui/broken.tsx', text: "export const label = (t: (key: string) => string) =>\n  t('ui:result.noSuchText');\n" }],
    line: 'src/ui/broken.tsx: line 2 asks for ui:result.noSuchText, which has no text in locales/da/ui.json or locales/en/ui.json',
  },
  {
    name: 'a constant relevance test in facts.json',
    edits: [{ file: 'rules/facts.json', json: (d) => ((d.facts[gatedFact].relevantWhen = { '!=': ['yes', 'no'] }), d) }],
    line: `rules/facts.json: fact ${facts[gatedFact].id} relevantWhen at /facts/${gatedFact}/relevantWhen is always true: it reads no answer`,
  },
  {
    name: 'a note condition with "in" against a string',
    edits: [{ file: 'rules/notes/applyBeforeMoving.json', json: (d) => ({ ...d, when: { in: [{ var: 'alreadyMoved' }, 'no'] } }) }],
    line: 'rules/notes/applyBeforeMoving.json: when at /when/in uses "in" without a list of answers: against a string it tests for a substring ("no" is in "dontKnow")',
  },
  {
    name: 'a precedence "when" that is always true',
    edits: [{ file: 'rules/precedence.json', json: (d) => ((d.precedence[0].when = true), d) }],
    line: `rules/precedence.json: precedence ${parsed('rules/precedence.json').precedence[0].id} when at /precedence/0/when is the constant true where a test belongs, so it is always true`,
  },
  {
    name: 'a scope condition with two operators in one object',
    edits: [{ file: 'rules/scope.json', json: (d) => ((d.conditions[0].when = { '==': [{ var: 'inProgramme' }, 'yes'], or: [] }), d) }],
    line: `rules/scope.json: condition ${parsed('rules/scope.json').conditions[0].id} at /conditions/0/when is an object with 2 operations (==, or): JSON-Logic reads it as a literal value, which is always true`,
  },
  {
    name: 'a new rule file beside the others, with logic in it',
    edits: [{ file: 'rules/hints.json', text: JSON.stringify({ hints: [{ id: 'lonelyHint', shownWhen: { '==': ['ja', { var: 'feelsLonely' }] } }] }) }],
    line: 'rules/hints.json: lonelyHint shownWhen at /hints/0/shownWhen/==/0 compares "feelsLonely" with "ja", which it does not take',
  },
];

/** The checkbox question file (issue 11), where present: an option's answers are values too. */
const REASONS = 'rules/reasons.json';
const reasons = existsSync(join(ROOT, REASONS)) ? parsed(REASONS) : undefined;
if (reasons?.groups?.[0]?.options?.[0]?.notGiven) {
  const option = reasons.groups[0].options[0];
  const [fact] = Object.keys(option.notGiven);
  BROKEN.push(
    {
      name: 'a checkbox option that sets a fact to an answer it does not take',
      edits: [{ file: REASONS, json: (d) => ((d.groups[0].options[0].notGiven[fact] = 'ja'), d) }],
      line: `rules/reasons.json: option ${option.id} at /groups/0/options/0/notGiven/${fact} sets "${fact}" to "ja", which it does not take`,
    },
    {
      name: 'a checkbox option without its label in English',
      edits: [dropText('locales/en/ui.json', ['reasons', 'options', option.id])],
      line: `locales/en/ui.json: no text for reason ${option.id} (reasons.options.${option.id})`,
    },
  );
}

/** Each case copies rules/ and locales/ and runs the whole check: seconds, not milliseconds, on a shared machine. */
const SLOW = 30_000;
let baseline: string[];
beforeAll(() => {
  baseline = lines(copyWith([]));
}, SLOW);
afterAll(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('rules:check rejects a rule that runs but tests nothing, in one line naming file and place', () => {
  it.each(BROKEN)('$name', ({ edits, line }) => {
    const added = lines(copyWith(edits)).filter((l) => !baseline.includes(l));
    const expected = typeof line === 'string' ? line : line();
    expect(added).toHaveLength(1);
    expect(added[0].slice(0, expected.length)).toBe(expected);
  }, SLOW);
});

describe('what the checks accept', () => {
  it('two entries pointing opposite ways between two examples: the earlier is the exception, settled by order', () => {
    const added = lines(copyWith(addPrecedence([
      { id: 'pairOne', prevails: ['feelsLonely'], setsAside: ['wantsBiggerCity'] },
      { id: 'pairTwo', prevails: ['wantsBiggerCity'], setsAside: ['feelsLonely'] },
    ]))).filter((l) => !baseline.includes(l));
    expect(added).toEqual([]);
  }, SLOW);

  it('a quote that starts after a heading or a footnote mark, and one of several sentences', () => {
    const added = [
      'Det er Ankestyrelsens opfattelse af reglerne, at kommunen er forpligtet til at acceptere at overtage integrationsansvaret, hvis der foreligger integrationsmæssige eller særlige personlige forhold.',
      'Som det fremgår af vores gennemgang af integrationslovens § 18 i kapitel 2 i hovedrapporten, kan tilflytningskommunen altid vælge at overtage integrationsansvaret for udlændingen, hvis kommunen ønsker det.',
      'Udlændingen føler sig ensom i boligplaceringskommunen. Udlændingen ønsker at bo i en større by med flere muligheder.',
    ].flatMap((quote) => lines(copyWith([lonelyQuote('ankestyrelsen2019', quote)])).filter((l) => !baseline.includes(l)));
    expect(added).toEqual([]);
  }, SLOW);
});
