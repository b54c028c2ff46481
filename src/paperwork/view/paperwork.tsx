import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { RuleBase } from '../../engine/rule-base';
import type { Answers, Assessment, Perspective } from '../../engine/types';
import { useT } from '../../i18n/use-t';
import { CopyButton } from '../../ui/copy-button';
import { useEnvironment } from '../../ui/environment';
import { HeadingLevelContext } from '../../ui/heading';
import { adviceSheet } from '../advice-sheet';
import type { PaperDocument } from '../document';
import { draftReasons } from '../draft-reasons';
import { decisionHtml, decisionPlainText, sourcesText } from '../decision-text';
import type { JudgementNotes } from '../../ui/judgement-basis/notes';
import { documentText } from '../plain-text';
import { DocumentView } from './document-view';

export interface PaperworkProps {
  ruleBase: RuleBase;
  assessment: Assessment;
  answers: Answers;
  perspective?: Perspective;
  /**
   * Level of each document's title. Defaults to the level of a result-page section (two below
   * the guide's own title), so the documents sit beside the case note in the outline.
   */
  headingLevel?: number;
  /** The caseworker's notes on their judgements, kept by the guide beside the walk. */
  judgementNotes?: JudgementNotes;
}

type Printing = PaperDocument['kind'];

interface PaperSectionProps {
  document: PaperDocument;
  level: number;
  onPrint(): void;
}

/** One document with its copy and print buttons, whose labels name the document they act on. */
function PaperSection({ document, level, onPrint }: PaperSectionProps) {
  const { t } = useT();
  const name = document.kind === 'draft' ? 'Draft' : 'Advice';
  return (
    <section class={`p18-section p18-paperwork__document p18-paperwork__document--${document.kind}`}>
      <DocumentView
        document={document}
        level={level}
        actions={
          <div class="p18-actions p18-paperwork__actions">
            {document.kind === 'draft' ? (
              <>
                <CopyButton
                  label={t('paperwork:actions.copyDecision')}
                  copiedMessage={t('paperwork:actions.copiedDecision')}
                  text={() => decisionPlainText(document)}
                  html={() => decisionHtml(document)}
                />
                {document.references.length > 0 && (
                  <CopyButton label={t('paperwork:actions.copySources')} copiedMessage={t('paperwork:actions.copiedSources')} text={() => sourcesText(document)} />
                )}
              </>
            ) : (
              <CopyButton label={t(`paperwork:actions.copy${name}`)} copiedMessage={t(`paperwork:actions.copied${name}`)} text={() => documentText(document)} />
            )}
            <button type="button" class="p18-button p18-button--secondary" onClick={onPrint}>
              {t(`paperwork:actions.print${name}`)}
            </button>
          </div>
        }
      />
    </section>
  );
}

/**
 * The paperwork beside the case note: the draft of the reasons for the caseworker, and the general
 * advice sheet for the person. Printing marks which document is wanted for the length of one
 * print; the print stylesheet then shows that document alone.
 */
export function Paperwork({ ruleBase, assessment, answers, perspective, headingLevel, judgementNotes }: PaperworkProps) {
  const translator = useT();
  const environment = useEnvironment();
  const base = useContext(HeadingLevelContext);
  const level = headingLevel ?? base + 2;
  const draft = useMemo(
    () => draftReasons(ruleBase, assessment, answers, perspective, translator, judgementNotes),
    [ruleBase, assessment, answers, perspective, translator, judgementNotes],
  );
  const advice = useMemo(() => adviceSheet(translator), [translator]);
  const [printing, setPrinting] = useState<Printing | null>(null);
  // Print only once the mark is on the page, so the stylesheet sees which document to print.
  useEffect(() => {
    if (printing === null) return;
    try {
      environment.print();
    } finally {
      setPrinting(null);
    }
  }, [printing]);
  return (
    <div class="p18-paperwork" data-printing={printing ?? undefined}>
      <PaperSection document={draft} level={level} onPrint={() => setPrinting('draft')} />
      <PaperSection document={advice} level={level} onPrint={() => setPrinting('advice')} />
    </div>
  );
}
