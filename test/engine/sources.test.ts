import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../scripts/lib/read-rule-files';
import { foldSourceText, quoteStandsIn } from '../../src/engine/source-text';
import { ruleBase } from './rule-base';

/** Byte-identical to the copies in shared/ on 2026-11-27; a changed copy must be a deliberate change here too. */
const PINNED_SHA256: Record<string, string> = {
  'ankestyrelsen-2019-sammenfatning.txt': '0f5630a17ee990ac8545c00f19c98d04b7f60060d963d5f76913290beaabfe06',
  'integrationsloven-2019-2024.txt': 'f4e28a32e7b07e9d89c4a39836c94c013c8675afc4f8e50018af8c8122207d7d',
  'forvaltningsloven-22.txt': '9eeab3e8371c1a85104b8625515cfce38e92bdcfa6d3e201ea75f2c1cee805a1',
  // Added 2026-12-01 from shared/sources, byte-identical.
  'integrationsloven-39.txt': 'cbe9afdead23a1ecd4f077ca5712145b4b4f7c41c07497d923a785b26b68f916',
  'lov-1654-2024-paragraf-3-nr-1.txt': '0f73f3a5c92e146b9b70a1bcabcf90438fd8e9d5ff115dfed28db573a55a4b28',
};
const DOCUMENT_FILE: Record<string, string> = {
  ankestyrelsen2019: 'ankestyrelsen-2019-sammenfatning.txt',
  integrationsloven: 'integrationsloven-2019-2024.txt',
  forvaltningsloven: 'forvaltningsloven-22.txt',
  integrationsloven39: 'integrationsloven-39.txt',
  lov1654: 'lov-1654-2024-paragraf-3-nr-1.txt',
};
const read = (file: string) => readFileSync(join(RULES_DIR, 'sources', file));

describe('the pinned source copies', () => {
  it.each(Object.entries(PINNED_SHA256))('%s is the copy we checked the quotes against', (file, sha256) => {
    expect(createHash('sha256').update(read(file)).digest('hex')).toBe(sha256);
  });
});

describe('citation fidelity', () => {
  const folded = Object.fromEntries(Object.entries(DOCUMENT_FILE).map(([doc, file]) => [doc, foldSourceText(read(file).toString('utf8'))]));

  it.each([...ruleBase.citations.values()].map((c) => [c.id, c] as const))('%s stands in its source, word for word', (_id, citation) => {
    expect(quoteStandsIn(citation.quote, folded[citation.doc])).toBe(true);
  });

  it('every quote is one or more complete sentences', () => {
    const fragments = [...ruleBase.citations.values()].filter((c) => !/^[A-ZÆØÅ§]/.test(c.quote) || !/[.:]$/.test(c.quote));
    expect(fragments.map((c) => c.id)).toEqual([]);
  });

  it('folds the PDF line-break hyphens, but a changed word is still caught', () => {
    const must4 = ruleBase.citations.get('seedMustExample4')!.quote;
    expect(quoteStandsIn(must4.replace('Efter omstændighederne', 'Altid'), folded.ankestyrelsen2019)).toBe(false);
    expect(foldSourceText('integrati-\n\nonsloven')).toBe('integrationsloven');
    expect(foldSourceText('selvforsørgelses- og hjemrejseprogram')).toBe('selvforsørgelses- og hjemrejseprogram');
  });

  it('every citation id that a fact, example, note or judgement names resolves', () => {
    const named = [
      ...ruleBase.facts.flatMap((f) => f.cites),
      ...ruleBase.examples.flatMap((e) => e.cites ?? []),
      ...ruleBase.notes.flatMap((n) => n.cites ?? []),
      ...ruleBase.files.judgements.judgements.flatMap((j) => j.cites),
      ...ruleBase.files.status.cites,
      ...[...ruleBase.citations.values()].flatMap((c) => c.caveats ?? []),
    ];
    expect(named.filter((id) => !ruleBase.citations.has(id))).toEqual([]);
  });

  it('an interview point always carries chapter 1\'s reservation', () => {
    const interview = ruleBase.examples.filter((e) => e.weight === 'interviewPoint');
    for (const example of interview) {
      expect(example.citations.every((c) => c.caveats?.includes('seedInterviewReservation'))).toBe(true);
    }
    // The municipalities' disagreement on a spouse also in a programme is now a note's passage.
    expect(ruleBase.citations.get('seedMunicipalitiesDisagreeOnSpouse')?.caveats).toContain('seedInterviewReservation');
  });
});
