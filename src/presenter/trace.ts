import type { Assessment, ExampleState, ExampleStatus } from '../engine/types';

/** The trace's groups, strongest say first: what fits, what gave way, what waits, what does not fit. */
export const TRACE_GROUPS: readonly ExampleState[] = ['matched', 'setAside', 'open', 'notMatched'];

export interface TraceGroup {
  state: ExampleState;
  examples: ExampleStatus[];
}

/** The engine's example statuses sorted into the trace's groups, each in the rule base's order. */
export const traceOf = (assessment: Assessment): TraceGroup[] =>
  TRACE_GROUPS.map((state) => ({ state, examples: assessment.examples.filter((e) => e.state === state) }));
