import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULES_DIR, readRuleFiles } from '../../scripts/lib/read-rule-files';
import { compileRuleBase } from '../../src/engine/rule-base';
import { coverageProblems, sentencesOf, type CoverageFile, type SourceText } from '../../src/review/coverage';
import { splitSentences } from '../../src/review/sentences';

const ruleBase = compileRuleBase(readRuleFiles());
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const documents = (readJson(join(RULES_DIR, 'sources', 'sources.json')) as { documents: { id: string; file: string; weight: string }[] }).documents;
const sources: SourceText[] = documents.map((d) => ({ file: d.file, text: readFileSync(join(RULES_DIR, 'sources', d.file), 'utf8') }));
const coverageDir = join(RULES_DIR, 'source-coverage');
const coverageFiles = readdirSync(coverageDir).filter((f) => f.endsWith('.json'));
const coverage = coverageFiles.map((f) => readJson(join(coverageDir, f)) as CoverageFile);
const clone = (): CoverageFile[] => structuredClone(coverage);

describe('the sentence splitter', () => {
  it('joins a word split across lines and reads every line-plus-blank-line as running text', () => {
    expect(splitSentences('Kommunen er forpligtet til at overtage integrati-\n\nonsansvaret. Det er ikke er krav.\n')).toEqual([
      'Kommunen er forpligtet til at overtage integrationsansvaret.',
      'Det er ikke er krav.',
    ]);
  });

  it('drops a footnote reference the extraction printed as "3F⏎4"', () => {
    expect(splitSentences('på det foreliggende grundlag.3F\n\n4 Det er Ankestyrelsens opfattelse af reglerne.')).toEqual([
      'på det foreliggende grundlag.',
      'Det er Ankestyrelsens opfattelse af reglerne.',
    ]);
  });

  it('keeps a heading without a full stop apart from the sentence after it', () => {
    expect(splitSentences('Seks ud af syv sager lever op til regler og praksis \n\nSagsgennemgangen viser, at seks ud af syv sager lever op.')).toEqual([
      'Seks ud af syv sager lever op til regler og praksis',
      'Sagsgennemgangen viser, at seks ud af syv sager lever op.',
    ]);
  });

  it('joins a heading in capitals across lines and breaks where the next page starts another', () => {
    expect(splitSentences('VEJLEDENDE \n\nEKSEMPLER \n VEJLEDENDE EKSEMPLER HVOR TILFLYTNINGS-\n\nKOMMUNEN SKAL \n\nUdlændingen har venner.')).toEqual([
      'VEJLEDENDE EKSEMPLER',
      'VEJLEDENDE EKSEMPLER HVOR TILFLYTNINGSKOMMUNEN SKAL',
      'Udlændingen har venner.',
    ]);
  });

  it('does not end a sentence at a provision label, an abbreviation or a capital inside a long sentence', () => {
    expect(splitSentences('§ 18. En udlænding kan fortsætte efter stk. 1 og jf. dog stk. 5. Stk. 2. Kommunalbestyrelsen skal.')).toEqual([
      '§ 18. En udlænding kan fortsætte efter stk. 1 og jf. dog stk. 5.',
      'Stk. 2. Kommunalbestyrelsen skal.',
    ]);
    expect(splitSentences('Kommunen vurderer også, at den ikke er forpligtet til at anvise en bolig, da hun er boligplaceret i kommune \n\nX. Kommune Y træffer afgørelse.')).toEqual([
      'Kommunen vurderer også, at den ikke er forpligtet til at anvise en bolig, da hun er boligplaceret i kommune X.',
      'Kommune Y træffer afgørelse.',
    ]);
  });

  it('makes each item of a numbered list a unit of its own', () => {
    expect(splitSentences('hvis en af følgende to betingelser er opfyldt: \n\n1. Flytningen er af væsentlig betydning, eller')).toEqual([
      'hvis en af følgende to betingelser er opfyldt:',
      '1. Flytningen er af væsentlig betydning, eller',
    ]);
  });
});

describe('coverage of the sources', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(readJson(join(coverageDir, 'schema', 'coverage.schema.json')) as object);

  it.each(coverageFiles)('%s is a valid coverage list', (file) => {
    const valid = validate(readJson(join(coverageDir, file)));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accounts for the whole of chapter 4 of the study and the whole of every law text', () => {
    for (const document of documents) {
      const list = coverage.find((c) => c.file === document.file);
      expect(list, `${document.file} has no list in rules/source-coverage/`).toBeDefined();
      expect(list!.part).toEqual(document.weight === 'practiceStudy' ? { kind: 'chapter', chapter: '4' } : { kind: 'lawText' });
    }
  });

  it('lists every sentence once, and every encoded or cited one is quoted by the rule, question or note it names', () => {
    const problems = coverageProblems(sources, coverage, ruleBase);
    // What is missing, ready to paste into the list (then set its use).
    const missing = problems.filter((p) => p.includes('no entry for'));
    if (missing.length > 0) console.log(missing.map((p) => JSON.stringify({ text: JSON.parse(p.slice(p.indexOf('"'))), use: 'notUsed', reason: '…' })).join(',\n'));
    expect(problems).toEqual([]);
  });

  it('fails when any one entry is removed, naming the sentence', () => {
    const entries = coverage.flatMap((list, l) => list.sentences.map((entry, s) => ({ l, s, entry })));
    expect(entries.length).toBeGreaterThan(80);
    for (const { l, s, entry } of entries) {
      const changed = clone();
      changed[l].sentences.splice(s, 1);
      expect(coverageProblems(sources, changed, ruleBase)).toContain(`${changed[l].file}: no entry for the sentence ${JSON.stringify(entry.text)}`);
    }
  });

  it('fails when a new source text comes in without a list', () => {
    const newSource = { file: 'ny-lov.txt', text: '§ 1. En ny bestemmelse.' };
    expect(coverageProblems([...sources, newSource], coverage, ruleBase)).toContain('ny-lov.txt: 0 coverage lists (expected one)');
  });

  it('fails when an entry names a rule that does not quote the sentence, calls a quoted sentence unused, or keeps a sentence the source no longer has', () => {
    const changed = clone();
    const study = changed.find((c) => c.part.kind === 'chapter')!;
    const lonely = study.sentences.find((e) => e.text === 'Udlændingen føler sig ensom i boligplaceringskommunen.')!;
    Object.assign(lonely, { use: 'encoded', by: ['example:threats'] });
    study.sentences.push({ text: 'En sætning, kilden ikke har.', use: 'notUsed', reason: 'Findes ikke i kilden.' });
    const threats = study.sentences.find((e) => e.text.startsWith('Trusler mod udlændingen'))!;
    Object.assign(threats, { use: 'notUsed', reason: 'Påstået ubrugt.' });
    const problems = coverageProblems(sources, changed, ruleBase);
    expect(problems).toContain(`${study.file}: "example:threats" does not quote "Udlændingen føler sig ensom i boligplaceringskommunen."`);
    expect(problems).toContain(`${study.file}: an entry for a sentence the source does not have: "En sætning, kilden ikke har."`);
    expect(problems.some((p) => p.startsWith(`${study.file}: marked not used, but `) && p.includes('example:threats') && p.endsWith(JSON.stringify(threats.text)))).toBe(true);
  });

  it('counts the chapter-4 sentences from its heading to the end of the chapter', () => {
    const study = sources.find((s) => s.file === documents.find((d) => d.weight === 'practiceStudy')!.file)!;
    const sentences = sentencesOf(study, { kind: 'chapter', chapter: '4' });
    expect(sentences[0]).toMatch(/^KAPITEL 4/);
    expect(sentences).toContain('Trusler mod udlændingen og udlændingens familie kan efter omstændighederne føre til, at kommunen skal overtage ansvaret.');
    expect(sentences.some((s) => s.includes('virksomhedspraktik'))).toBe(false);
  });
});
