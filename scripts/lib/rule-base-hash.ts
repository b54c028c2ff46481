import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { withoutEditorNotes } from './vite-plugin-lean-rules.ts';

/**
 * The rule base's content hash, recorded in `rules/status.json` as `contentHash`. The embed's
 * published folder is named by the rule base's version (vite.config.ts), so new rules must come
 * with a new version: the build compares this hash with the recorded one and stops when the rule
 * files changed without `npm run rules:hash`, and that script refuses to re-record a version that
 * is already committed with other content.
 *
 * What counts is what the embed's modules carry: every rule file (examples, gaps, notes, facts,
 * scope, precedence, judgements, reasons, status, the scenarios the presenter ships) and the rule
 * texts in `locales/<lang>/rules.json`, each as parsed JSON without editors' `$…` notes where the
 * build strips them — so reformatting a file or editing a note needs no new version. status.json's own
 * `version` and `contentHash` are left out: they name the content, they are not it.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const STATUS = 'rules/status.json';
/** Folders of rules/ that no embed module carries: the schema, and the source index and coverage the review copy reads. */
const NOT_SHIPPED = ['schema', 'sources', 'source-coverage'];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return NOT_SHIPPED.includes(entry.name) ? [] : jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** The files the hash covers, as sorted paths relative to the project (with `/`). */
export function ruleBaseFiles(root = ROOT): string[] {
  const locales = readdirSync(join(root, 'locales'))
    .map((lang) => join(root, 'locales', lang, 'rules.json'))
    .filter((path) => existsSync(path));
  return [...jsonFiles(join(root, 'rules')), ...locales]
    .map((path) => relative(root, path).split(sep).join('/'))
    .sort();
}

function contentOf(path: string, text: string): unknown {
  const value = JSON.parse(text) as Record<string, unknown>;
  if (path === STATUS) {
    const { version: _version, contentHash: _hash, ...rest } = value;
    return withoutEditorNotes(rest);
  }
  return path.startsWith('rules/scenarios/') ? value : withoutEditorNotes(value);
}

/** `sha256-<base64>` over every covered file's path and content. */
export function ruleBaseHash(root = ROOT, read = (path: string) => readFileSync(join(root, path), 'utf8')): string {
  const hash = createHash('sha256');
  for (const path of ruleBaseFiles(root)) hash.update(`${path}\0${JSON.stringify(contentOf(path, read(path)))}\0`);
  return `sha256-${hash.digest('base64')}`;
}

interface Status {
  version: string;
  contentHash?: string;
}

const statusIn = (text: string): Status => JSON.parse(text) as Status;

/** Null when the recorded hash matches the rule files; else what an editor must do. */
export function ruleBaseHashProblem(root = ROOT): string | null {
  const status = statusIn(readFileSync(join(root, STATUS), 'utf8'));
  const actual = ruleBaseHash(root);
  if (status.contentHash === actual) return null;
  return (
    `${STATUS}: the rule files have changed since rule base ${status.version} was recorded ` +
    `(contentHash ${status.contentHash ?? 'missing'}, the files now give ${actual}). ` +
    `New rules need a new version, or hosts would get them under the old path: raise "version" in ${STATUS} ` +
    `(and note it in CHANGELOG.md), then run \`npm run rules:hash\`.`
  );
}

/** The committed status.json, or null outside git or before the first commit. */
function committedStatus(root: string): Status | null {
  try {
    return statusIn(execFileSync('git', ['show', `HEAD:${STATUS}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return null;
  }
}

/**
 * `npm run rules:hash`: records the rule files' hash for the current version. A version that is
 * committed with another hash is published: its content may not change, so the script refuses
 * and asks for a new version instead.
 */
export function recordRuleBaseHash(root = ROOT): string {
  const path = join(root, STATUS);
  const text = readFileSync(path, 'utf8');
  const status = statusIn(text);
  const actual = ruleBaseHash(root);
  if (status.contentHash === actual) return `${STATUS}: contentHash already matches rule base ${status.version}.`;
  const committed = committedStatus(root);
  if (committed && committed.version === status.version && committed.contentHash && committed.contentHash !== actual) {
    throw new Error(`rule base ${status.version} is committed with other content (${committed.contentHash}); raise "version" in ${STATUS} first.`);
  }
  // One line changed or added in place: the file keeps its layout and its editors' comments.
  const line = `"contentHash": ${JSON.stringify(actual)}`;
  const updated = /"contentHash":\s*"[^"]*"/.test(text)
    ? text.replace(/"contentHash":\s*"[^"]*"/, line)
    : text.replace(/("version":\s*"[^"]*",)(\r?\n)(\s*)/, (_all, version: string, eol: string, indent: string) => `${version}${eol}${indent}${line},${eol}${indent}`);
  if (statusIn(updated).contentHash !== actual) throw new Error(`could not write contentHash into ${STATUS}`);
  writeFileSync(path, updated);
  return `${STATUS}: contentHash for rule base ${status.version} recorded (${actual}).`;
}
