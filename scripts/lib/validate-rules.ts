import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { ALLOWED_OPERATIONS, operationsOf, varsOf } from '../../src/engine/logic.ts';
import type { Citation, Fact, Logic } from '../../src/engine/types.ts';
import { constantFindings } from './constant-logic.ts';
import { foldWithOffsets, type FoldedSource } from './folded-source.ts';
import { duplicateKeyProblems, logicIn, otherRuleFiles } from './json-files.ts';
import { checkKeysUsedInCode, checkLocaleParity, checkRuleTexts, checkTextsIn } from './locale-texts.ts';
import { checkReasonGroups } from './reason-groups.ts';
import { comparedValues, shapeFindings } from './logic-shape.ts';
import { precedenceCycles } from './precedence-cycles.ts';
import { placeQuote } from './quote-sentences.ts';
import { RULES_DIR, jsonFilesIn, readJson } from './read-rule-files.ts';

export interface RuleProblem {
  file: string;
  message: string;
}

interface PlacedCitation {
  citation: Citation;
  file: string;
  /** JSON pointer of the quote in its file. */
  pointer: string;
}

const SCHEMA = readJson(join(RULES_DIR, 'schema', 'rule-files.schema.json')) as { definitions: object };
const SCHEMA_DEFINITIONS = new Set(Object.keys(SCHEMA.definitions));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(SCHEMA);
const validators = new Map<string, ValidateFunction>();
export function schemaFor(definition: string): ValidateFunction {
  if (!validators.has(definition)) validators.set(definition, ajv.getSchema(`rule-files.schema.json#/definitions/${definition}`)!);
  return validators.get(definition)!;
}

/**
 * Every check a legal editor's change must pass before it ships: no key twice in a file, schema,
 * the JSON-Logic allow-list and shapes that run but test nothing, fact ids and answer values
 * inside the logic, no rule that is always true or always false, no precedence ring, that every
 * citation id resolves, that every quote is whole sentences of the pinned source copy, and that
 * every id has a text in each locale. Each problem is one line naming the file and the place.
 */
export function validateRules(rulesDir = RULES_DIR): RuleProblem[] {
  const root = join(rulesDir, '..');
  const rel = (path: string) => relative(root, path);
  const problems: RuleProblem[] = duplicateKeyProblems(root);
  let unreadable = false;
  const readOrReport = (path: string): unknown => {
    try {
      return readJson(path);
    } catch (error) {
      problems.push({ file: rel(path), message: `is not valid JSON (${(error as Error).message})` });
      return undefined;
    }
  };
  const load = (path: string, definition: string): any => {
    const data = readOrReport(path);
    if (data === undefined) {
      unreadable = true;
      return undefined;
    }
    const validate = schemaFor(definition);
    if (!validate(data)) {
      for (const e of validate.errors ?? []) {
        problems.push({ file: rel(path), message: `${e.instancePath || '(top)'} ${e.message}` });
      }
      unreadable = true;
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
  if (unreadable || !facts || !scope || !precedence || !judgements || !status || !sources) return problems;

  const factById = new Map<string, Fact>(facts.facts.map((f: Fact) => [f.id, f]));
  const factOrder = new Map<string, number>(facts.facts.map((f: Fact, i: number) => [f.id, i]));
  if (factById.size !== facts.facts.length) problems.push({ file: rel(factsPath), message: 'a fact id is used twice' });
  if (!factById.has(facts.otherCircumstancesFact)) {
    problems.push({ file: rel(factsPath), message: `otherCircumstancesFact "${facts.otherCircumstancesFact}" is not a fact` });
  }

  const checkLogic = (file: string, where: string, pointer: string, logic: Logic, readableBefore?: number) => {
    const before = problems.length;
    const report = (message: string) => problems.push({ file: rel(file), message });
    for (const operation of operationsOf(logic)) {
      if (!ALLOWED_OPERATIONS.includes(operation)) report(`${where} uses JSON-Logic operation "${operation}", which is not allowed`);
    }
    for (const finding of shapeFindings(logic, pointer)) report(`${where} at ${finding.pointer} ${finding.message}`);
    for (const id of varsOf(logic)) {
      if (!factById.has(id)) report(`${where} reads "${id}", which is not a fact id`);
      else if (readableBefore !== undefined && factOrder.get(id)! >= readableBefore) report(`${where} reads "${id}", which is not asked before it`);
    }
    if (containsNumber(logic)) report(`${where} contains a number: the sources give no threshold, so no number may become a rule`);
    for (const { fact, value, pointer: at } of comparedValues(logic, pointer)) {
      if (factById.has(fact) && !factById.get(fact)!.answers.includes(value)) report(`${where} at ${at} compares "${fact}" with "${value}", which it does not take`);
    }
    // Only a rule that is otherwise sound is tried on every answer: the problems above already name what is wrong.
    if (problems.length > before) return;
    for (const finding of constantFindings(logic, (id) => factById.get(id)?.answers, pointer)) report(`${where} at ${finding.pointer} ${finding.message}`);
  };

  facts.facts.forEach((fact: Fact, index: number) => {
    if (fact.relevantWhen !== undefined) checkLogic(factsPath, `fact ${fact.id} relevantWhen`, `/facts/${index}/relevantWhen`, fact.relevantWhen, index);
  });
  scope.conditions.forEach((c: { id: string; when: Logic }, i: number) => checkLogic(scopePath, `condition ${c.id}`, `/conditions/${i}/when`, c.when));

  const citations = new Map<string, PlacedCitation>();
  const addCitations = (file: string, list: Citation[]) => {
    list.forEach((citation, i) => {
      if (citations.has(citation.id)) problems.push({ file: rel(file), message: `citation id "${citation.id}" is defined twice` });
      citations.set(citation.id, { citation, file, pointer: `/citations/${i}/quote` });
    });
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
    example.conditions.forEach((c: { id: string; when: Logic }, i: number) => checkLogic(path, `condition ${c.id}`, `/conditions/${i}/when`, c.when));
    addCitations(path, example.citations);
  }
  for (const [path, note] of notes) {
    if (!note) continue;
    if (note.id !== basename(path, '.json')) problems.push({ file: rel(path), message: `id "${note.id}" does not match the file name` });
    if (note.when !== undefined) checkLogic(path, 'when', '/when', note.when);
    addCitations(path, note.citations);
    if (note.citations.length === 0 && (note.cites ?? []).length === 0) problems.push({ file: rel(path), message: 'cites no passage' });
  }
  precedence.precedence.forEach((entry: { id: string; when?: Logic }, i: number) => {
    if (entry.when !== undefined) checkLogic(precedencePath, `precedence ${entry.id} when`, `/precedence/${i}/when`, entry.when);
  });
  for (const cycle of precedenceCycles(precedence.precedence)) {
    const ring = cycle.ring.join(' → ');
    problems.push({
      file: rel(precedencePath),
      message: cycle.ring.length === 2
        ? `precedence ${cycle.entryId} at /precedence/${cycle.entryIndex} lets "${cycle.ring[0]}" set itself aside`
        : `precedence ${cycle.entryId} at /precedence/${cycle.entryIndex} closes a ring ${ring}: no order of entries can settle it`,
    });
  }
  for (const entry of precedence.precedence) {
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
  // Each locale file is read once, and one that is not JSON is named once, not at every text it lacks.
  const locales = new Map<string, unknown>();
  const readLocale = (path: string) => {
    if (!locales.has(path)) locales.set(path, existsSync(path) ? readOrReport(path) : undefined);
    return locales.get(path);
  };
  const missingTexts = new Set<string>();
  problems.push(...checkRuleTexts(root, {
    facts: facts.facts,
    examples: examples.map(([, e]) => e).filter(Boolean),
    notes: notes.map(([, n]) => n).filter(Boolean),
    judgements: [...unformalised],
    precedence: precedence.precedence.map((p: { id: string }) => p.id),
    documents: sources.documents.map((d: { id: string }) => d.id),
  }, readLocale, missingTexts));
  const reasonsPath = join(rulesDir, 'reasons.json');
  if (existsSync(reasonsPath)) {
    const data = readOrReport(reasonsPath);
    const reasons = checkReasonGroups(rel(reasonsPath), data as never, factById, new Set(citations.keys()));
    problems.push(...reasons.problems);
    for (const { pointer, where, logic } of logicIn(data)) checkLogic(reasonsPath, where, pointer, logic);
    const needs = reasons.texts.map((path) => ({ path, what: `reason ${path.slice(2).join(' ')}` }));
    problems.push(...checkTextsIn(root, 'ui.json', needs, readLocale, missingTexts));
  }
  problems.push(...checkLocaleParity(root, readLocale, missingTexts));
  problems.push(...checkKeysUsedInCode(root, readLocale));

  // Rule files this checker does not know yet (a new file beside the others): their schema, if
  // the schema names one after the file, and any logic they hold get the same checks.
  for (const path of otherRuleFiles(rulesDir)) {
    const name = basename(path, '.json');
    const data = SCHEMA_DEFINITIONS.has(name) ? load(path, name) : readOrReport(path);
    for (const { pointer, where, logic } of logicIn(data)) checkLogic(path, where, pointer, logic);
  }
  return problems;
}

function containsNumber(logic: Logic): boolean {
  if (typeof logic === 'number') return true;
  if (Array.isArray(logic)) return logic.some(containsNumber);
  if (logic !== null && typeof logic === 'object') return Object.values(logic).some(containsNumber);
  return false;
}

function checkSources(
  rulesDir: string,
  sources: { documents: { id: string; file: string; sha256: string }[] },
  citations: PlacedCitation[],
  sourcesFile: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const folded = new Map<string, FoldedSource>();
  for (const doc of sources.documents) {
    const bytes = readFileSync(join(rulesDir, 'sources', doc.file));
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== doc.sha256) problems.push({ file: sourcesFile, message: `${doc.file} has sha256 ${digest}, not the pinned ${doc.sha256}` });
    folded.set(doc.id, foldWithOffsets(bytes.toString('utf8')));
  }
  for (const { citation, file, pointer } of citations) {
    const report = (message: string) => problems.push({ file: relative(join(rulesDir, '..'), file), message });
    const source = folded.get(citation.doc);
    if (source === undefined) {
      report(`citation ${citation.id} names unknown document "${citation.doc}"`);
      continue;
    }
    const placement = placeQuote(citation.quote, source);
    if (placement.fits) continue;
    if (placement.problem === 'absent') report(`citation ${citation.id}: the quote does not stand in ${citation.doc}`);
    else {
      const cut = placement.problem === 'startsMidSentence' ? 'starts' : 'ends';
      report(`citation ${citation.id} at ${pointer}: the quote ${cut} mid-sentence in ${citation.doc} ("…${placement.context}…"); quote whole sentences`);
    }
  }
  return problems;
}
