import { describe, expect, it } from 'vitest';
import { ruleBase } from '../../src/rules/rule-base';
import { checksum } from '../../src/ui/state/checksum';
import { decodeWalk, encodeWalk, type SavedWalk } from '../../src/ui/state/link-codec';

const SAVED: SavedWalk = {
  language: 'en',
  walk: {
    perspective: 'current',
    answers: { inProgramme: 'yes', movingToOtherMunicipality: 'yes', alreadyMoved: 'no', hasSpouse: 'yes', spouseOrdinaryEmployment: 'no' },
    at: { page: 'question', fact: 'alreadyMoved', returnToCheck: true },
  },
};
const version = ruleBase.files.status.version;

/** A link as an older rule base would have written it (same format, other version). */
function linkFromVersion(rbVersion: string, answers: string): string {
  const body = `v=1&rb=${rbVersion}&l=da&p=receiving&a=${answers}`;
  return `${body}&c=${checksum(body)}`;
}

describe('the walk as a link', () => {
  it('reads back exactly what it wrote', () => {
    expect(decodeWalk(ruleBase, encodeWalk(ruleBase, SAVED))).toEqual({ kind: 'ok', saved: SAVED });
  });

  it('names the format and the rule-base version', () => {
    expect(encodeWalk(ruleBase, SAVED)).toMatch(new RegExp(`^v=1&rb=${version.replace(/\./g, '\\.')}&`));
  });

  it('treats an empty fragment as a fresh walk', () => {
    expect(decodeWalk(ruleBase, '')).toEqual({ kind: 'empty' });
    expect(decodeWalk(ruleBase, null)).toEqual({ kind: 'empty' });
  });

  it('rejects every truncation of a link', () => {
    const link = encodeWalk(ruleBase, SAVED);
    for (let length = 1; length < link.length; length++) {
      expect(decodeWalk(ruleBase, link.slice(0, length)).kind, link.slice(0, length)).toBe('invalid');
    }
  });

  it('rejects an edited answer, an unknown field and a changed checksum', () => {
    const link = encodeWalk(ruleBase, SAVED);
    expect(decodeWalk(ruleBase, link.replace('hasSpouse:yes', 'hasSpouse:no')).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, link.replace('&a=', '&x=1&a=')).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, link.slice(0, -1) + (link.endsWith('0') ? '1' : '0')).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, 'garbage').kind).toBe('invalid');
  });

  it('rejects, in a link of this version, what the guide never writes even with a valid checksum', () => {
    const sign = (body: string) => `${body}&c=${checksum(body)}`;
    const base = `v=1&rb=${version}&l=da&p=receiving`;
    expect(decodeWalk(ruleBase, sign(`${base}&a=noSuchFact:yes`)).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, sign(`${base}&a=inProgramme:maybe`)).kind).toBe('invalid');
    // An answer the engine calls irrelevant (no one moves, so a spouse is not asked about).
    expect(decodeWalk(ruleBase, sign(`${base}&a=inProgramme:no,hasSpouse:yes`)).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, sign(`${base}&at=q.hasSpouse`)).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, sign(`${base}&at=q.constructor`)).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, sign(`${base}&a=constructor:yes`)).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, sign(`v=2&rb=${version}&l=da`)).kind).toBe('invalid');
    expect(decodeWalk(ruleBase, sign(`${base}&l=fr`)).kind).toBe('invalid');
  });

  it('keeps the answers of an outdated link that still fit and lists the rest', () => {
    const reading = decodeWalk(ruleBase, linkFromVersion('2019.1.0', 'inProgramme:yes,retiredFact:yes,hasSpouse:perhaps'));
    expect(reading).toEqual({
      kind: 'outdated',
      madeWith: '2019.1.0',
      dropped: [
        { fact: 'retiredFact', value: 'yes' },
        { fact: 'hasSpouse', value: 'perhaps' },
      ],
      saved: { language: 'da', walk: { perspective: 'receiving', answers: { inProgramme: 'yes' }, at: { page: 'next' } } },
    });
  });
});
