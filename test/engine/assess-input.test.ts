import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'assess-input-'));
function runAssess(name: string, text: string) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', path], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, out: run.stdout, err: run.stderr.trim() };
}

describe('npm run assess on awkward input files', { timeout: 60_000 }, () => {
  it.each([
    ['a huge bad value', { inProgramme: 'x'.repeat(20_000_000) }, /fact "inProgramme" does not take "x{20,}… \(20,000,002 characters\) \(allowed: yes, no\)$/],
    ['a huge unknown fact id', { ['y'.repeat(5_000_000)]: 'yes' }, /unknown fact id "y{20,}… \(5,000,002 characters\)$/],
    ['a huge non-string value', { inProgramme: ['z'.repeat(5_000_000)] }, /takes a string answer \(yes, no\), not \["z{20,}… \(5,000,004 characters\)$/],
  ])('names %s in one short line, cut short', (_label, answers, message) => {
    const run = runAssess('huge.json', JSON.stringify(answers));
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err.length).toBeLessThan(400);
    expect(run.err).toMatch(message);
  });

  it('reads a file saved with a UTF-8 byte-order mark', () => {
    const run = runAssess('bom.json', '\uFEFF' + JSON.stringify({ inProgramme: 'yes', movingToOtherMunicipality: 'yes', personOrdinaryEmployment: 'yes', commuteToWorkUnreasonable: 'yes' }));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).class).toBe('dutyIndicated');
  });
});
