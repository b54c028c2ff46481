import sources from '../../rules/sources/sources.json';
import type { CoverageFile } from './coverage';
import type { ScenarioFile } from './scenario-check';

/**
 * What the review copy shows beyond the rule base the guide runs on: the scenario files, the
 * coverage lists and the list of pinned sources. Bundled with the review chunk only.
 */
const inFileOrder = <T>(files: Record<string, T>): T[] =>
  Object.keys(files)
    .sort()
    .map((path) => files[path]);

export const SCENARIOS: readonly ScenarioFile[] = inFileOrder(
  import.meta.glob<ScenarioFile>('../../rules/scenarios/*.json', { eager: true, import: 'default' }),
);

export const COVERAGE: readonly CoverageFile[] = inFileOrder(
  import.meta.glob<CoverageFile>('../../rules/source-coverage/*.json', { eager: true, import: 'default' }),
);

export interface SourceDocument {
  id: string;
  file: string;
  sha256: string;
  title: string;
  weight: string;
  href?: string;
}

export const SOURCES: readonly SourceDocument[] = (sources as { documents: SourceDocument[] }).documents;
