import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A host pins the embed by its path and its integrity hash. A rules-only rebuild must therefore
 * publish under a new path: the rule base's version is part of the path, and a build whose rule
 * files changed without a new version stops. Run on a copy of the project (its own git history,
 * node_modules shared), rebuilt the way a maintainer would: `vite build --mode embed`,
 * `npm run rules:hash`.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'p18-publish-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const build = () => run([join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'embed', '--logLevel', 'error']);
const rulesHash = () => run(['--import', 'tsx', 'scripts/rules-hash.ts']);
const git = (...args: string[]) => spawnSync('git', args, { cwd: copy, encoding: 'utf8' });

const statusPath = () => join(copy, 'rules', 'status.json');
const status = () => JSON.parse(readFileSync(statusPath(), 'utf8')) as { version: string; legalBasisCheckedOn: string };
/** An edit in place, as an editor makes it: the file keeps its layout. */
const editStatus = (from: string, to: string) => writeFileSync(statusPath(), readFileSync(statusPath(), 'utf8').replace(from, to));
const guideModule = (version: string) => {
  const appVersion = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).version;
  return join(copy, 'dist', 'embed', appVersion, version, 'paragraf18-guiden.js');
};

describe('the embed folder after a rules-only change', () => {
  it('moves to a new path, and a rule change under the old version does not build', () => {
    for (const part of ['package.json', 'tsconfig.json', 'vite.config.ts', 'src', 'rules', 'locales', 'scripts']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'published');

    const before = status();
    const first = build();
    expect(first.code, first.output).toBe(0);
    const published = readFileSync(guideModule(before.version));

    // A rules-only change: the date the legal basis was last checked (shipped on every case note).
    editStatus(`"legalBasisCheckedOn": "${before.legalBasisCheckedOn}"`, '"legalBasisCheckedOn": "2099-01-01"');
    const unversioned = build();
    expect(unversioned.code).not.toBe(0);
    expect(unversioned.output).toContain(`the rule files have changed since rule base ${before.version} was recorded`);
    expect(unversioned.output).toContain('npm run rules:hash');
    // The committed version keeps its content: re-recording it is refused.
    const refused = rulesHash();
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`rule base ${before.version} is committed with other content`);

    const [major, minor, patch] = before.version.split('.').map(Number);
    const next = `${major}.${minor}.${patch + 1}`;
    editStatus(`"version": "${before.version}"`, `"version": "${next}"`);
    const recorded = rulesHash();
    expect(recorded.code, recorded.output).toBe(0);
    const second = build();
    expect(second.code, second.output).toBe(0);

    expect(existsSync(guideModule(next))).toBe(true);
    expect(guideModule(next)).not.toBe(guideModule(before.version));
    expect(readFileSync(guideModule(next)).equals(published)).toBe(false);
    expect(readFileSync(guideModule(next), 'utf8')).toContain('2099-01-01');
  }, 180_000);
});
