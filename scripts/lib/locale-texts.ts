import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ASSESSMENT_CLASSES, type Fact } from '../../src/engine/types.ts';
import type { RuleProblem } from './validate-rules.ts';

/**
 * Every id the rule files introduce needs its text in Danish and in English, and every text one
 * language has the other must have too: i18next falls back silently, so a missing text would
 * show as a raw key (or in the wrong language) to the caseworker, not as an error.
 */
export interface RuleIds {
  facts: Fact[];
  examples: { id: string; kind: string; ground: string; weight?: string; conditions: { id: string; role?: string }[] }[];
  notes: { id: string; datedWording?: boolean; leadsFor?: string[] }[];
  judgements: string[];
  precedence: string[];
  documents: string[];
}

export const LOCALES = ['da', 'en'] as const;
const STANDARD_ANSWERS = new Set(['yes', 'no', 'dontKnow']);
const EXAMPLE_STATES = ['matched', 'notMatched', 'open', 'setAside'];
const PERSPECTIVES = ['receiving', 'current'];

type Texts = Record<string, unknown>;
const textAt = (texts: Texts | undefined, path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Texts | undefined)?.[key], texts);
const isText = (node: unknown) => typeof node === 'string' && node.trim() !== '';

/** `reported` collects `file#path` of each text found missing, so the parity check does not name it again. */
export function checkRuleTexts(root: string, ids: RuleIds, read: (path: string) => unknown, reported = new Set<string>()): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const language of LOCALES) {
    const file = `locales/${language}/rules.json`;
    const texts = read(join(root, file)) as Texts | undefined;
    if (texts === undefined) continue;
    const need = (path: string[], what: string) => {
      if (isText(textAt(texts, path)) || reported.has(`${file}#${path.join('.')}`)) return;
      reported.add(`${file}#${path.join('.')}`);
      problems.push({ file, message: `no text for ${what} (${path.join('.')})` });
    };
    for (const fact of ids.facts) {
      need(['facts', fact.id, 'question'], `fact ${fact.id}`);
      need(['facts', fact.id, 'hint'], `fact ${fact.id}`);
      for (const answer of fact.answers) {
        if (STANDARD_ANSWERS.has(answer)) need(['answers', answer], `answer ${answer}`);
        else need(['facts', fact.id, 'answers', answer], `answer ${answer} of ${fact.id}`);
      }
    }
    for (const example of ids.examples) {
      need(['examples', example.id, 'title'], `example ${example.id}`);
      example.conditions.forEach((c) => need(['examples', example.id, 'conditions', c.id], `condition ${c.id} of ${example.id}`));
      if (example.conditions.some((c) => c.role === 'circumstance')) need(['examples', example.id, 'circumstance'], `the circumstance of ${example.id}`);
      need(['kinds', example.kind], `kind ${example.kind}`);
      need(['grounds', example.ground], `ground ${example.ground}`);
      if (example.weight) need(['weights', example.weight], `weight ${example.weight}`);
    }
    for (const note of ids.notes) {
      need(['notes', note.id, 'title'], `note ${note.id}`);
      need(['notes', note.id, 'text'], `note ${note.id}`);
      if (note.datedWording) need(['notes', note.id, 'dated'], `dated-wording warning of note ${note.id}`);
    }
    ids.judgements.forEach((id) => need(['judgements', id], `judgement ${id}`));
    ids.precedence.forEach((id) => need(['precedence', id], `precedence ${id}`));
    ids.documents.forEach((id) => need(['documents', id], `document ${id}`));
    for (const assessmentClass of ASSESSMENT_CLASSES) {
      need(['classes', assessmentClass, 'title'], `class ${assessmentClass}`);
      need(['classes', assessmentClass, 'summary'], `class ${assessmentClass}`);
    }
    EXAMPLE_STATES.forEach((state) => need(['states', state], `example state ${state}`));
    PERSPECTIVES.forEach((perspective) => need(['perspectives', perspective], `perspective ${perspective}`));
  }
  return problems;
}

/** Texts other rule files need in one locale file (`ui.json` for the reasons page), in each language. */
export function checkTextsIn(
  root: string,
  name: string,
  needs: { path: string[]; what: string }[],
  read: (path: string) => unknown,
  reported = new Set<string>(),
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const language of LOCALES) {
    const file = `locales/${language}/${name}`;
    const texts = read(join(root, file)) as Texts | undefined;
    if (texts === undefined) continue; // named once where it is read
    for (const { path, what } of needs) {
      const key = `${file}#${path.join('.')}`;
      if (isText(textAt(texts, path)) || reported.has(key)) continue;
      reported.add(key);
      problems.push({ file, message: `no text for ${what} (${path.join('.')})` });
    }
  }
  return problems;
}

/** Text paths (a.b.c) of every string in a locale file. */
function textPaths(node: unknown, prefix = ''): Map<string, unknown> {
  const paths = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) for (const [p, v] of textPaths(value, prefix ? `${prefix}.${key}` : key)) paths.set(p, v);
  } else paths.set(prefix, node);
  return paths;
}

/** The translation's own notice that it is one (`translationNote`): the authoritative Danish has none. */
const TRANSLATION_NOTICE = /(^|\.)translation[A-Z]\w*$/;

/** Each locale file in one language has a twin in the other, text for text (but for that notice). */
export function checkLocaleParity(root: string, read: (path: string) => unknown, reported = new Set<string>()): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const names = new Set(LOCALES.flatMap((language) => readdirSync(join(root, 'locales', language)).filter((n) => n.endsWith('.json'))));
  for (const name of [...names].sort()) {
    const byLanguage = LOCALES.map((language) => {
      const file = `locales/${language}/${name}`;
      if (!existsSync(join(root, file))) problems.push({ file, message: `is missing: every locale file needs its twin in ${LOCALES.join(' and ')}` });
      const texts = read(join(root, file));
      return { file, paths: texts === undefined ? undefined : textPaths(texts) };
    });
    for (const own of byLanguage) {
      if (!own.paths) continue;
      for (const [path, value] of own.paths) {
        if (!isText(value)) problems.push({ file: own.file, message: `${path} is not a text` });
      }
      for (const other of byLanguage) {
        if (other === own || !other.paths) continue;
        const otherIsTranslation = other.file.startsWith(`locales/${LOCALES[1]}/`);
        for (const path of other.paths.keys()) {
          if (otherIsTranslation && TRANSLATION_NOTICE.test(path)) continue;
          if (!own.paths.has(path) && !reported.has(`${own.file}#${path}`)) problems.push({ file: own.file, message: `no text for ${path} (${other.file} has one)` });
        }
      }
    }
  }
  return problems;
}

const LITERAL_KEY = /\bt\(\s*['"`]([a-z]+):([A-Za-z0-9_.]+)['"`]/g;
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

/** Every `t('namespace:key')` the widget's code asks for by its literal key has a text in each locale. */
export function checkKeysUsedInCode(root: string, read: (path: string) => unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const srcDir = join(root, 'src');
  let files: string[];
  try {
    files = sourceFiles(srcDir);
  } catch {
    return problems; // a scratch copy of the rule files without the code
  }
  const textsOf = (file: string) => read(join(root, file)) as Texts | undefined;
  for (const path of files) {
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(LITERAL_KEY)) {
      const [, namespace, key] = match;
      const keys = key.split('.');
      const lacking = LOCALES.map((language) => `locales/${language}/${namespace}.json`).filter((file) => {
        const texts = textsOf(file);
        return !isText(textAt(texts, keys)) && !isText(textAt(texts, [...keys.slice(0, -1), `${keys.at(-1)}_other`]));
      });
      if (lacking.length === 0) continue;
      const line = code.slice(0, match.index).split('\n').length;
      problems.push({ file: relative(root, path), message: `line ${line} asks for ${namespace}:${key}, which has no text in ${lacking.join(' or ')}` });
    }
  }
  return problems;
}
