import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import type { AnswerValue, AssessmentClass, FactId } from '../engine/types';
import type { Language } from '../i18n/resources';
import type { FocusRequest } from '../presenter/use-presenter';
import * as transitions from './practice-state';

/**
 * Self-study's state and actions, in memory only. After every action the new page's heading
 * takes focus (the list, the case, each question, the bid, the comparison); never on first render.
 */
export function usePractice(ruleBase: RuleBase, caseId: string | null, initialLanguage: Language) {
  const [state, setState] = useState(() => transitions.openCase(caseId));
  const [language, setLanguage] = useState(initialLanguage);
  const pendingFocus = useRef(false);
  const walk = useMemo(() => transitions.walkOf(ruleBase, state), [ruleBase, state.answers]);
  const comparison = useMemo(() => (state.stage === 'comparison' ? transitions.compare(ruleBase, state) : null), [ruleBase, state]);
  const focusRequest: FocusRequest = useMemo(
    () => ({
      consume() {
        const pending = pendingFocus.current;
        pendingFocus.current = false;
        return pending;
      },
    }),
    [],
  );

  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) setState(transitions.openCase(caseId));
  }, [caseId]);
  useEffect(() => {
    mounted.current = true;
  }, []);

  const act = (next: transitions.PracticeState) => {
    pendingFocus.current = true;
    setState(next);
  };
  const question = state.stage === 'questions' ? transitions.currentQuestion(state, walk) : null;

  return {
    state,
    language,
    walk,
    question,
    comparison,
    focusRequest,
    openCase: (id: string) => act(transitions.openCase(id)),
    showList: () => act(transitions.noCase()),
    answer: (values: Record<FactId, AnswerValue>) => act(transitions.answer(state, values)),
    back: () => act(transitions.back(state, walk)),
    chooseExpected: (expected: AssessmentClass) => act(transitions.chooseExpected(state, expected)),
    startAgain: () => act(transitions.startAgain(state)),
    switchLanguage: setLanguage,
  };
}

export type PracticeModel = ReturnType<typeof usePractice>;
