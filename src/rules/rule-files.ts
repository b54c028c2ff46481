import type { Example, Note, RuleFiles } from '../engine/types';
import facts from '../../rules/facts.json';
import scope from '../../rules/scope.json';
import precedence from '../../rules/precedence.json';
import judgements from '../../rules/judgements.json';
import status from '../../rules/status.json';
import reasons from '../../rules/reasons.json';

/**
 * The rule files as the bundler sees them. They were validated when the bundle was built
 * (`npm run rules:check` runs the same checks), so the shipped code carries no validator.
 */
const examples = import.meta.glob<Example>(['../../rules/examples/*.json', '../../rules/gaps/*.json'], {
  eager: true,
  import: 'default',
});
const notes = import.meta.glob<Note>('../../rules/notes/*.json', { eager: true, import: 'default' });

const inFileOrder = <T>(files: Record<string, T>): T[] =>
  Object.keys(files)
    .sort()
    .map((path) => files[path]);

export const ruleFiles = {
  facts,
  scope,
  examples: inFileOrder(examples),
  notes: inFileOrder(notes),
  precedence,
  judgements,
  status,
  reasons,
} as unknown as RuleFiles;
