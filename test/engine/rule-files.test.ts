import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../scripts/lib/read-rule-files';
import { validateRules } from '../../scripts/lib/validate-rules';

const copies: string[] = [];
/** A scratch copy of rules/ and locales/ with one file changed, as a legal editor might change it. */
function rulesWith(file: string, change: (data: any) => unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'rules-'));
  copies.push(root);
  cpSync(RULES_DIR, join(root, 'rules'), { recursive: true });
  cpSync(join(RULES_DIR, '..', 'locales'), join(root, 'locales'), { recursive: true });
  const path = join(root, 'rules', file);
  const changed = change(JSON.parse(readFileSync(path, 'utf8')));
  writeFileSync(path, typeof changed === 'string' ? changed : JSON.stringify(changed));
  return join(root, 'rules');
}
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const messages = (rulesDir: string) => validateRules(rulesDir).map((p) => `${p.file}: ${p.message}`);

describe('rule file validation', () => {
  it('accepts the rule files as they are', () => {
    expect(messages(RULES_DIR)).toEqual([]);
  });

  it('rejects a JSON-Logic operation outside the allow-list, naming the file', () => {
    const dir = rulesWith('examples/feelsLonely.json', (d) => ({ ...d, conditions: [{ id: 'x', when: { log: 'hello' } }] }));
    expect(messages(dir)).toContain('rules/examples/feelsLonely.json: condition x uses JSON-Logic operation "log", which is not allowed');
  });

  it('rejects a var path that is not a fact id (no reaching into prototypes)', () => {
    const dir = rulesWith('examples/threats.json', (d) => ({ ...d, conditions: [{ id: 'x', when: { '==': [{ var: 'constructor' }, 'yes'] } }] }));
    expect(messages(dir).join('\n')).toMatch(/rules\/examples\/threats.json: condition x reads "constructor", which is not a fact id/);
  });

  it('rejects a number in a rule: no threshold becomes a rule', () => {
    const dir = rulesWith('examples/ordinaryEmployment.json', (d) => ({
      ...d,
      conditions: [...d.conditions, { id: 'commuteMinutes', when: { '>': [{ var: 'commuteToWorkUnreasonable' }, 90] } }],
    }));
    const found = messages(dir).join('\n');
    expect(found).toMatch(/ordinaryEmployment.json: condition commuteMinutes contains a number/);
    expect(found).toMatch(/operation ">", which is not allowed/);
  });

  it('rejects an answer value the fact does not take', () => {
    const dir = rulesWith('examples/threats.json', (d) => ({ ...d, conditions: [{ id: 'x', when: { '==': [{ var: 'threatsAgainstFamily' }, 'ja'] } }] }));
    expect(messages(dir).join('\n')).toMatch(/compares "threatsAgainstFamily" with "ja", which it does not take/);
  });

  it('rejects a quote that does not stand in the source', () => {
    const dir = rulesWith('examples/threats.json', (d) => {
      d.citations[0].quote = 'Trusler mod udlændingen fører altid til, at kommunen skal overtage ansvaret.';
      return d;
    });
    expect(messages(dir)).toContain('rules/examples/threats.json: citation seedMustExample5: the quote does not stand in ankestyrelsen2019');
  });

  it('rejects a citation id that nothing defines', () => {
    const dir = rulesWith('judgements.json', (d) => ({ ...d, judgements: [{ id: 'weighCircumstances', cites: ['seedNowhere'] }] }));
    expect(messages(dir).join('\n')).toMatch(/rules\/judgements.json: judgement weighCircumstances cites "seedNowhere"/);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const dir = rulesWith('notes/mayAlwaysTakeOver.json', () => '{ "id": ');
    expect(messages(dir).join('\n')).toMatch(/rules\/notes\/mayAlwaysTakeOver.json: is not valid JSON/);
  });

  it('rejects a file that breaks the schema, naming it', () => {
    const dir = rulesWith('examples/feelsLonely.json', (d) => ({ ...d, kind: 'maybe' }));
    expect(messages(dir).join('\n')).toMatch(/rules\/examples\/feelsLonely.json: \/kind must be equal to one of the allowed values/);
  });

  it('rejects a relevance test that reads a later question', () => {
    const dir = rulesWith('facts.json', (d) => {
      d.facts[0].relevantWhen = { '==': [{ var: 'otherCircumstances' }, 'yes'] };
      return d;
    });
    expect(messages(dir).join('\n')).toMatch(/fact inProgramme relevantWhen reads "otherCircumstances", which is not asked before it/);
  });

  it('rejects a changed source copy', () => {
    const dir = rulesWith('sources/sources.json', (d) => d);
    writeFileSync(join(dir, 'sources', 'forvaltningsloven-22.txt'), 'ændret');
    expect(messages(dir).join('\n')).toMatch(/forvaltningsloven-22.txt has sha256 [0-9a-f]+, not the pinned/);
  });
});

describe('rules/README.md, the contract for scenario files', () => {
  it('documents every fact and every example', async () => {
    const { ruleBase } = await import('./rule-base');
    const readme = readFileSync(join(RULES_DIR, 'README.md'), 'utf8');
    const undocumented = [...ruleBase.facts.map((f) => f.id), ...ruleBase.examples.map((e) => e.id)].filter((id) => !readme.includes(`\`${id}\``));
    expect(undocumented).toEqual([]);
  });
});
