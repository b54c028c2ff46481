import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { ALLOWED_OPERATIONS, operationsOf, varsOf } from '../../src/engine/logic.ts';
import { foldSourceText, quoteStandsIn } from '../../src/engine/source-text.ts';
import type { Citation, Fact, Logic } from '../../src/engine/types.ts';
import { RULES_DIR, jsonFilesIn, readJson } from './read-rule-files.ts';

export interface RuleProblem {
  file: string;
  message: string;
}

const SCHEMA = readJson(join(RULES_DIR, 'schema', 'rule-files.schema.json')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(SCHEMA);
const validators = new Map<string, ValidateFunction>();
export function schemaFor(definition: string): ValidateFunction {
  if (!validators.has(definition)) validators.set(definition, ajv.getSchema(`rule-files.schema.json#/definitions/${definition}`)!);
  return validators.get(definition)!;
}

const COMPARISONS = new Set(['==', '===', '!=', '!==']);

/**
 * Every check a legal editor's change must pass before it ships: schema, the JSON-Logic
 * allow-list, fact ids and answer values inside the logic, that every citation id resolves, that
 * every quote stands in the pinned source copy, and that every id has a text in each locale.
 */
export function validateRules(rulesDir = RULES_DIR): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const rel = (path: string) => relative(join(rulesDir, '..'), path);
  const load = (path: string, definition: string): any => {
    let data: unknown;
    try {
      data = readJson(path);
    } catch (error) {
      problems.push({ file: rel(path), message: `is not valid JSON (${(error as Error).message})` });
      return undefined;
    }
    const validate = schemaFor(definition);
    if (!validate(data)) {
      for (const e of validate.errors ?? []) {
        problems.push({ file: rel(path), message: `${e.instancePath || '(top)'} ${e.message}` });
      }
      return undefined;
    }
    return data;
  };

  const factsPath = join(rulesDir, 'facts.json');
  const facts = load(factsPath, 'facts');
  const scopePath = join(rulesDir, 'scope.json');
  const scope = load(scopePath, 'scope');
  const examplePaths = [...jsonFilesIn('examples', rulesDir), ...jsonFilesIn('gaps', rulesDir)];
  const examples = examplePaths.map((p) => [p, load(p, 'example')] as const);
  const notePaths = jsonFilesIn('notes', rulesDir);
  const notes = notePaths.map((p) => [p, load(p, 'note')] as const);
  const precedencePath = join(rulesDir, 'precedence.json');
  const precedence = load(precedencePath, 'precedence');
  const judgementsPath = join(rulesDir, 'judgements.json');
  const judgements = load(judgementsPath, 'judgements');
  const statusPath = join(rulesDir, 'status.json');
  const status = load(statusPath, 'status');
  const sourcesPath = join(rulesDir, 'sources', 'sources.json');
  const sources = load(sourcesPath, 'sources');
  if (problems.length > 0 || !facts || !scope || !precedence || !judgements || !status || !sources) return problems;

  const factById = new Map<string, Fact>(facts.facts.map((f: Fact) => [f.id, f]));
  const factOrder = new Map<string, number>(facts.facts.map((f: Fact, i: number) => [f.id, i]));
  if (factById.size !== facts.facts.length) problems.push({ file: rel(factsPath), message: 'a fact id is used twice' });
  if (!factById.has(facts.otherCircumstancesFact)) {
    problems.push({ file: rel(factsPath), message: `otherCircumstancesFact "${facts.otherCircumstancesFact}" is not a fact` });
  }

  const checkLogic = (file: string, where: string, logic: Logic, readableBefore?: number) => {
    for (const operation of operationsOf(logic)) {
      if (!ALLOWED_OPERATIONS.includes(operation)) {
        problems.push({ file: rel(file), message: `${where} uses JSON-Logic operation "${operation}", which is not allowed` });
      }
    }
    for (const id of varsOf(logic)) {
      if (!factById.has(id)) problems.push({ file: rel(file), message: `${where} reads "${id}", which is not a fact id` });
      else if (readableBefore !== undefined && factOrder.get(id)! >= readableBefore) {
        problems.push({ file: rel(file), message: `${where} reads "${id}", which is not asked before it` });
      }
    }
    if (containsNumber(logic)) {
      problems.push({ file: rel(file), message: `${where} contains a number: the sources give no threshold, so no number may become a rule` });
    }
    checkComparedValues(logic, (id, value) => {
      const fact = factById.get(id);
      if (fact && !fact.answers.includes(value)) {
        problems.push({ file: rel(file), message: `${where} compares "${id}" with "${value}", which it does not take` });
      }
    });
  };

  facts.facts.forEach((fact: Fact, index: number) => {
    if (fact.relevantWhen !== undefined) checkLogic(factsPath, `fact ${fact.id} relevantWhen`, fact.relevantWhen, index);
  });
  scope.conditions.forEach((c: { id: string; when: Logic }) => checkLogic(scopePath, `condition ${c.id}`, c.when));

  const citations = new Map<string, { citation: Citation; file: string }>();
  const addCitations = (file: string, list: Citation[]) => {
    for (const citation of list) {
      if (citations.has(citation.id)) problems.push({ file: rel(file), message: `citation id "${citation.id}" is defined twice` });
      citations.set(citation.id, { citation, file });
    }
  };
  addCitations(scopePath, scope.citations);
  const exampleIds = new Set<string>();
  for (const [path, example] of examples) {
    if (!example) continue;
    if (example.id !== basename(path, '.json')) problems.push({ file: rel(path), message: `id "${example.id}" does not match the file name` });
    if (exampleIds.has(example.id)) problems.push({ file: rel(path), message: `example id "${example.id}" is used twice` });
    exampleIds.add(example.id);
    if (example.citations.length === 0 && (example.cites ?? []).length === 0) {
      problems.push({ file: rel(path), message: 'cites no passage' });
    }
    if (example.kind !== 'noGuidingExample' && example.citations.length === 0) {
      problems.push({ file: rel(path), message: 'a guiding example must carry the passage it implements' });
    }
    example.conditions.forEach((c: { id: string; when: Logic }) => checkLogic(path, `condition ${c.id}`, c.when));
    addCitations(path, example.citations);
  }
  for (const [path, note] of notes) {
    if (!note) continue;
    if (note.id !== basename(path, '.json')) problems.push({ file: rel(path), message: `id "${note.id}" does not match the file name` });
    if (note.when !== undefined) checkLogic(path, 'when', note.when);
    addCitations(path, note.citations);
    if (note.citations.length === 0 && (note.cites ?? []).length === 0) problems.push({ file: rel(path), message: 'cites no passage' });
  }
  for (const entry of precedence.precedence) {
    if (entry.when !== undefined) checkLogic(precedencePath, `precedence ${entry.id} when`, entry.when);
    for (const id of [...entry.prevails, ...entry.setsAside]) {
      if (!exampleIds.has(id)) problems.push({ file: rel(precedencePath), message: `precedence ${entry.id} names "${id}", which is not an example` });
    }
  }

  const unformalised = new Set<string>(judgements.judgements.map((j: { id: string }) => j.id));
  for (const [path, example] of examples) {
    for (const id of example?.judgements ?? []) {
      const fact = factById.get(id);
      if (!(fact?.kind === 'judgement' || unformalised.has(id))) {
        problems.push({ file: rel(path), message: `judgement "${id}" is neither a judgement fact nor in judgements.json` });
      }
    }
  }

  const resolve = (file: string, where: string, ids: string[] | undefined) => {
    for (const id of ids ?? []) {
      if (!citations.has(id)) problems.push({ file: rel(file), message: `${where} cites "${id}", which no rule file defines` });
    }
  };
  facts.facts.forEach((f: Fact) => resolve(factsPath, `fact ${f.id}`, f.cites));
  resolve(scopePath, 'scope', scope.cites);
  for (const [path, example] of examples) resolve(path, 'example', example?.cites);
  for (const [path, note] of notes) resolve(path, 'note', note?.cites);
  judgements.judgements.forEach((j: { id: string; cites: string[] }) => resolve(judgementsPath, `judgement ${j.id}`, j.cites));
  resolve(statusPath, 'status', status.cites);
  for (const { citation, file } of citations.values()) resolve(file, `caveat of ${citation.id}`, citation.caveats);

  problems.push(...checkSources(rulesDir, sources, [...citations.values()], rel(sourcesPath)));
  problems.push(...checkLocales(rulesDir, {
    facts: facts.facts,
    examples: examples.map(([, e]) => e).filter(Boolean),
    notes: notes.map(([, n]) => n).filter(Boolean),
    judgements: [...unformalised],
    precedence: precedence.precedence.map((p: { id: string }) => p.id),
  }));
  return problems;
}

function containsNumber(logic: Logic): boolean {
  if (typeof logic === 'number') return true;
  if (Array.isArray(logic)) return logic.some(containsNumber);
  if (logic !== null && typeof logic === 'object') return Object.values(logic).some(containsNumber);
  return false;
}

/** Calls `found` for each `{"==": [{"var": id}, "value"]}` and `{"in": [{"var": id}, [values]]}`. */
function checkComparedValues(logic: Logic, found: (id: string, value: string) => void): void {
  if (Array.isArray(logic)) return logic.forEach((item) => checkComparedValues(item, found));
  if (logic === null || typeof logic !== 'object') return;
  for (const [operation, argument] of Object.entries(logic)) {
    if (Array.isArray(argument) && argument.length === 2) {
      const [left, right] = argument as [unknown, unknown];
      const id = typeof left === 'object' && left !== null && 'var' in left ? (left as { var: unknown }).var : undefined;
      if (typeof id === 'string') {
        if (COMPARISONS.has(operation) && typeof right === 'string') found(id, right);
        if (operation === 'in' && Array.isArray(right)) right.forEach((v) => typeof v === 'string' && found(id, v));
      }
    }
    checkComparedValues(argument, found);
  }
}

function checkSources(
  rulesDir: string,
  sources: { documents: { id: string; file: string; sha256: string }[] },
  citations: { citation: Citation; file: string }[],
  sourcesFile: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const folded = new Map<string, string>();
  for (const doc of sources.documents) {
    const bytes = readFileSync(join(rulesDir, 'sources', doc.file));
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== doc.sha256) problems.push({ file: sourcesFile, message: `${doc.file} has sha256 ${digest}, not the pinned ${doc.sha256}` });
    folded.set(doc.id, foldSourceText(bytes.toString('utf8')));
  }
  for (const { citation, file } of citations) {
    const text = folded.get(citation.doc);
    if (text === undefined) problems.push({ file: relative(join(rulesDir, '..'), file), message: `citation ${citation.id} names unknown document "${citation.doc}"` });
    else if (!quoteStandsIn(citation.quote, text)) {
      problems.push({ file: relative(join(rulesDir, '..'), file), message: `citation ${citation.id}: the quote does not stand in ${citation.doc}` });
    }
  }
  return problems;
}

function checkLocales(rulesDir: string, ids: {
  facts: Fact[];
  examples: { id: string; conditions: { id: string }[] }[];
  notes: { id: string; datedWording?: boolean }[];
  judgements: string[];
  precedence: string[];
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const language of ['da', 'en']) {
    const file = `locales/${language}/rules.json`;
    const texts = readJson(join(rulesDir, '..', file)) as any;
    const need = (path: string[], what: string) => {
      let node = texts;
      for (const key of path) node = node?.[key];
      if (typeof node !== 'string' || node.trim() === '') problems.push({ file, message: `no text for ${what} (${path.join('.')})` });
    };
    for (const fact of ids.facts) {
      need(['facts', fact.id, 'question'], `fact ${fact.id}`);
      need(['facts', fact.id, 'hint'], `fact ${fact.id}`);
      for (const answer of fact.answers) {
        if (!['yes', 'no', 'dontKnow'].includes(answer)) need(['facts', fact.id, 'answers', answer], `answer ${answer} of ${fact.id}`);
      }
    }
    for (const example of ids.examples) {
      need(['examples', example.id, 'title'], `example ${example.id}`);
      example.conditions.forEach((c) => need(['examples', example.id, 'conditions', c.id], `condition ${c.id} of ${example.id}`));
    }
    for (const note of ids.notes) {
      need(['notes', note.id, 'title'], `note ${note.id}`);
      need(['notes', note.id, 'text'], `note ${note.id}`);
      if (note.datedWording) need(['notes', note.id, 'dated'], `dated-wording warning of note ${note.id}`);
    }
    ids.judgements.forEach((id) => need(['judgements', id], `judgement ${id}`));
    ids.precedence.forEach((id) => need(['precedence', id], `precedence ${id}`));
  }
  return problems;
}
