import { describe, expect, it } from 'vitest';
import { ruleBase } from '../../src/rules/rule-base';
import { checksum } from '../../src/ui/state/checksum';
import { decodeWalk, MAX_LINK_LENGTH } from '../../src/ui/state/link-codec';

const version = ruleBase.files.status.version;
const signed = (body: string) => `${body}&c=${checksum(body)}`;
/** A crafted link: `count` distinct made-up answers, with a valid checksum (it is no barrier). */
const crafted = (count: number) =>
  signed(`v=1&rb=${version}&l=da&p=receiving&a=${Array.from({ length: count }, (_, i) => `f${i}:yes`).join(',')}`);

describe('a crafted link cannot freeze the tab', () => {
  it('refuses a link longer than any walk gives, before reading it, with its own reason', () => {
    const link = crafted(64_000);
    expect(link.length).toBeGreaterThan(600_000);
    const started = performance.now();
    expect(decodeWalk(ruleBase, link)).toEqual({ kind: 'tooLong' });
    // Not a timing test of speed: a generous bound that the quadratic reader (15 s) could not meet.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses more answers than the rule base has facts, even inside the length cap', () => {
    const link = crafted(ruleBase.factById.size + 1);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decodeWalk(ruleBase, link)).toEqual({ kind: 'tooLong' });
  });

  it('still refuses a link that repeats one fact, within the caps, as edited', () => {
    const body = `v=1&rb=${version}&l=da&a=${Array.from({ length: ruleBase.factById.size }, () => 'inProgramme:yes').join(',')}`;
    expect(decodeWalk(ruleBase, signed(body)).kind).toBe('invalid');
  });

  it('a full real walk stays far below the cap', () => {
    const facts = [...ruleBase.factById.values()];
    const answers = facts.map((fact) => `${fact.id}:${fact.answers.reduce((a, b) => (a.length >= b.length ? a : b))}`).join(',');
    expect(signed(`v=1&rb=${version}&l=da&p=receiving&a=${answers}&at=c.${facts[0].id}`).length).toBeLessThan(MAX_LINK_LENGTH / 2);
  });

  it('treats a stored value that is not text as no saved walk, without throwing', () => {
    for (const value of [42, {}, [], true]) expect(decodeWalk(ruleBase, value)).toEqual({ kind: 'empty' });
  });
});
