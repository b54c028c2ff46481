import { createContext, type ComponentType } from 'preact';
import type { Answers, Assessment, Perspective } from '../../engine/types';

export interface ResultExtraProps {
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
}

/**
 * Optional parts of the result page that not every visitor needs (the paperwork): the app loads
 * them on demand, an embed only when the host has loaded their module. The guide itself never
 * imports them, so their bytes stay out of the core.
 */
export const ResultExtrasContext = createContext<ComponentType<ResultExtraProps> | null>(null);
