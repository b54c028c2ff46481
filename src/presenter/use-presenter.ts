import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import type { AnswerValue, FactId } from '../engine/types';
import type { Language } from '../i18n/resources';
import * as transitions from './presenter-state';

/** The heading that takes focus after an action: the list, a newly opened case, a new question. */
export type FocusTarget = 'picker' | 'case' | 'question';

export interface FocusRequest {
  consume(): boolean;
}

/**
 * The presenter's state and actions, kept in memory only (no URL, no storage: the embed must not
 * touch the host page). Focus moves only after the presenter acts, never on the first render, and
 * a change of `caseId` or `language` from outside (an attribute on the embed) is followed quietly.
 */
export function usePresenter(ruleBase: RuleBase, caseId: string | null, initialLanguage: Language) {
  const [state, setState] = useState(() => transitions.openCase(caseId));
  const [language, setLanguage] = useState(initialLanguage);
  const pendingFocus = useRef<FocusTarget | null>(null);
  // Counts visits to a question, so a restore that keeps the same question still remounts its
  // heading and can take focus from the restore button, which disappears once nothing differs.
  const [visit, setVisit] = useState(0);
  // The guide's own walk over the case's answers: the same questions, and the same assessment.
  const walk = useMemo(() => transitions.walkOf(ruleBase, state), [ruleBase, state.caseId, state.answers]);
  const { assessment } = walk;

  const focusRequests = useMemo(() => {
    const request = (target: FocusTarget): FocusRequest => ({
      consume() {
        if (pendingFocus.current !== target) return false;
        pendingFocus.current = null;
        return true;
      },
    });
    return { picker: request('picker'), case: request('case'), question: request('question') };
  }, []);

  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) setState(transitions.openCase(caseId));
  }, [caseId]);
  useEffect(() => {
    if (mounted.current) setLanguage(initialLanguage);
  }, [initialLanguage]);
  useEffect(() => {
    mounted.current = true;
  }, []);

  const act = (next: transitions.PresenterState, focus: FocusTarget) => {
    if (next === state) return;
    pendingFocus.current = focus;
    setState(next);
  };

  return {
    state,
    language,
    assessment,
    walk,
    question: transitions.currentQuestion(state, walk),
    visit,
    changedFacts: transitions.changedFacts(ruleBase, state, walk),
    shownAnswers: transitions.shownAnswers(ruleBase, state),
    focusRequests,
    openCase: (id: string) => act(transitions.openCase(id), 'case'),
    showPicker: () => act(transitions.noCase(), 'picker'),
    step: (direction: 1 | -1) => act(transitions.step(state, walk, direction), 'question'),
    answer: (fact: FactId, values: Record<FactId, AnswerValue>) => setState((s) => transitions.answer(s, fact, values)),
    restoreAnswers: () => {
      pendingFocus.current = 'question';
      setVisit(visit + 1);
      setState(transitions.restoreAnswers);
    },
    reveal: (part: keyof transitions.Revealed, shown: boolean) => setState((s) => transitions.reveal(s, part, shown)),
    switchLanguage: setLanguage,
  };
}

export type PresenterModel = ReturnType<typeof usePresenter>;
