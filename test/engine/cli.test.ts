import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'assess-'));
function runAssess(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr.trim() };
}
function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run assess', () => {
  it('prints the assessment of a set of answers as JSON', () => {
    const answers = file('job.json', JSON.stringify({ inProgramme: 'yes', movingToOtherMunicipality: 'yes', personOrdinaryEmployment: 'yes', commuteToWorkUnreasonable: 'yes' }));
    const run = runAssess(answers);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out);
    expect(result.class).toBe('dutyIndicated');
    expect(result.examples.find((e: { id: string }) => e.id === 'ordinaryEmployment').state).toBe('matched');
  });

  it.each([
    ['unknown.json', '{"favouriteColour": "blue"}', /unknown\.json: unknown fact id "favouriteColour"$/],
    ['value.json', '{"inProgramme": "maybe"}', /value\.json: fact "inProgramme" does not take "maybe" \(allowed: yes, no\)$/],
    ['type.json', '{"inProgramme": true}', /type\.json: fact "inProgramme" takes a string answer/],
    ['broken.json', '{"inProgramme": ', /broken\.json: cannot be read as JSON/],
    ['list.json', '["yes"]', /list\.json: answers must be an object keyed by fact id$/],
  ])('rejects %s with one line naming the file and fact, and no stack trace', (name, text, message) => {
    const run = runAssess(file(name, text));
    expect(run.code).not.toBe(0);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('checks every scenario file with --all', () => {
    const run = runAssess('--all');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^\d+ passed, 0 failed$/m);
  }, 30_000);
});
