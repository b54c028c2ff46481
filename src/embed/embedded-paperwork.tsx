import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { HeadingLevelContext } from '../ui/heading';
import type { ResultExtraProps } from '../ui/result/result-extras';
import { useRuleBase } from '../ui/rule-base-context';
import { useJudgementNotes } from '../ui/judgement-basis/context';
import type { JudgementNotes } from '../ui/judgement-basis/notes';

export const PAPERWORK_ELEMENT = 'paragraf18-papirarbejde';

/** What the guide hands the paperwork element; a plain object, as it crosses between two bundles. */
export interface PaperworkInput {
  answers: ResultExtraProps['answers'];
  perspective: ResultExtraProps['perspective'];
  ruleBaseVersion: string;
  /** The caseworker's judgement notes, for the draft; kept by the guide beside the walk. */
  judgementNotes?: JudgementNotes;
}

/**
 * In an embed the paperwork is its own module, loaded by the host with its own `<script>`; the
 * guide never fetches it. When the host has loaded it, the result page shows the paperwork
 * element and hands it the answers; the element assesses them with its own copy of the engine.
 */
export function EmbeddedPaperwork({ answers, perspective }: ResultExtraProps) {
  const ref = useRef<HTMLElement & { input?: PaperworkInput }>(null);
  const { language } = useT();
  const level = useContext(HeadingLevelContext);
  const version = useRuleBase().files.status.version;
  const judgementNotes = useJudgementNotes()?.notes;
  useLayoutEffect(() => {
    if (ref.current) ref.current.input = { answers, perspective, ruleBaseVersion: version, judgementNotes };
  }, [answers, perspective, version, judgementNotes]);
  if (!customElements.get(PAPERWORK_ELEMENT)) return null;
  const Element = PAPERWORK_ELEMENT as unknown as 'div';
  return <Element ref={ref as never} lang={language} heading-level={String(level + 2)} />;
}
