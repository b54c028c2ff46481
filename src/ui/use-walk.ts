import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assessAheadInIdleTime, assessed as assess } from './state/assessments';
import type { RuleBase } from '../engine/rule-base';
import type { AnswerValue, Assessment, FactId, Perspective } from '../engine/types';
import type { Language } from '../i18n/resources';
import type { LinkProblem } from './notices';
import { decodeWalk, encodeWalk } from './state/link-codec';
import * as navigation from './state/navigation';
import type { StateStore } from './state/state-store';
import { initialWalk, type DroppedAnswer, type Position, type WalkState } from './state/walk-state';

interface GuideState {
  walk: WalkState;
  language: Language;
  linkProblem: LinkProblem | null;
  /** Answers the last change took out; shown until the result, the next change or a fresh start. */
  dropped: DroppedAnswer[];
  /** The last step could not be saved where the walk is kept: a reload would lose it. */
  unsaved?: boolean;
  /** After a changed answer: how many questions it made relevant that are not answered yet. */
  raised?: number;
  /** The walk before "Start forfra", kept until the next step so the fresh start can be undone. */
  undo?: GuideState | null;
}

function initialState(ruleBase: RuleBase, store: StateStore, language: Language): GuideState {
  const reading = decodeWalk(ruleBase, store.read());
  switch (reading.kind) {
    case 'ok':
      return { ...reading.saved, linkProblem: null, dropped: [] };
    case 'outdated':
      // Resume at the engine's next step: the saved position may not mean the same any more.
      return {
        walk: { ...reading.saved.walk, at: { page: 'next' } },
        language: reading.saved.language,
        linkProblem: { kind: 'outdated', madeWith: reading.madeWith, dropped: reading.dropped },
        dropped: [],
      };
    case 'invalid':
    case 'tooLong':
      return { walk: initialWalk(), language, linkProblem: { kind: reading.kind } as LinkProblem, dropped: [] };
    case 'empty':
      return { walk: initialWalk(), language, linkProblem: null, dropped: [] };
  }
}

/**
 * The guide's state and the caseworker's actions on it. Every action writes the new state to the
 * store (the URL fragment in the app) and asks for focus on the next page's heading; nothing is
 * written on mount, so a damaged link stays visible until the caseworker acts.
 */
export function useWalk(ruleBase: RuleBase, store: StateStore, defaultLanguage: Language) {
  const [state, setState] = useState(() => initialState(ruleBase, store, defaultLanguage));
  const focusPending = useRef(false);
  const focusRequest = useMemo(
    () => ({
      consume() {
        const pending = focusPending.current;
        focusPending.current = false;
        return pending;
      },
    }),
    [],
  );
  // Computed on first use: the opening page (the perspective) needs no assessment, and sparing it
  // there keeps the engine's first run off the first screen.
  const assessmentOf = useMemo(() => {
    let computed: Assessment | undefined;
    return () => (computed ??= assess(ruleBase, state.walk.answers));
  }, [ruleBase, state.walk.answers]);
  const onOpeningPage = state.walk.perspective === null || state.walk.at.page === 'perspective';
  const page: navigation.Page = onOpeningPage ? { page: 'perspective' } : navigation.currentPage(state.walk, assessmentOf());
  const askedFact = page.page === 'question' ? page.fact : null;
  useEffect(() => assessAheadInIdleTime(ruleBase, state.walk.answers, askedFact), [ruleBase, state.walk.answers, askedFact]);

  // Where each browser-history step of this walk stood: positions only, in memory. The history
  // entries themselves hold a step number and nothing about the case.
  const trail = useRef<Position[]>([state.walk.at]);
  const commit = (next: GuideState, moveFocus = true, newStep = moveFocus) => {
    focusPending.current = moveFocus;
    const encoded = encodeWalk(ruleBase, { walk: next.walk, language: next.language });
    let kept: boolean;
    if (newStep && store.history) {
      const at = store.history.push(encoded);
      // The page as shown, not "next": going back to it must show the same question again.
      const shown = navigation.currentPage(next.walk, assess(ruleBase, next.walk.answers));
      const position: Position = shown.page === 'question' ? { page: 'question', fact: shown.fact, returnToCheck: shown.returnToCheck } : shown;
      trail.current = [...trail.current.slice(0, at), position];
      kept = true;
    } else kept = (store.write(encoded) as unknown) !== false;
    setState({ ...next, unsaved: !kept });
  };
  const step = (walk: WalkState, dropped: DroppedAnswer[] = state.dropped, raised = 0) =>
    commit({ ...state, walk, dropped, raised, linkProblem: null, undo: null });

  // Browser Back and Forward: the position that step stood at, with the answers as they are now.
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () =>
      store.history?.listen((index) => {
        const current = latest.current;
        const known = trail.current[index];
        const assessment = assess(ruleBase, current.walk.answers);
        const walk = known ? { ...current.walk, at: known } : navigation.back(ruleBase, current.walk, navigation.currentPage(current.walk, assessment), assessment);
        commit({ ...current, walk, linkProblem: null, undo: null }, true, false);
      }),
    [store],
  );

  return {
    ...state,
    get assessment() {
      return assessmentOf();
    },
    page,
    focusRequest,
    choosePerspective: (perspective: Perspective) => step(navigation.choosePerspective(state.walk, perspective)),
    answer: (fact: FactId, value: AnswerValue | Record<FactId, AnswerValue>) => {
      const { state: walk, dropped } = navigation.answer(ruleBase, state.walk, fact, value);
      const changed = state.walk.at.page === 'question' && state.walk.at.returnToCheck;
      step(walk, dropped.length > 0 ? dropped : state.dropped, changed ? navigation.unansweredPages(ruleBase, walk) : 0);
    },
    back: () => step(navigation.back(ruleBase, state.walk, page, assessmentOf())),
    change: (fact: FactId) => step(navigation.changeAnswer(state.walk, fact), []),
    changePerspective: () => step(navigation.changePerspective(state.walk)),
    showResult: () => step(navigation.showResult(state.walk), []),
    startOver: () => commit({ walk: initialWalk(), language: state.language, linkProblem: null, dropped: [], undo: state }),
    undoStartOver: () => state.undo && commit({ ...state.undo, undo: null }),
    switchLanguage: (language: Language) => commit({ ...state, language }, false),
  };
}
