import type { RuleBase } from '../../engine/rule-base';
import type { Assessment, Answers, Perspective } from '../../engine/types';
import type { Translator } from '../../i18n/translator';
import { DEFAULT_LANGUAGE } from '../../i18n/resources';
import { answerLabel } from '../answer-text';
import { formatDate } from '../dates';
import { locatorText, resolveCitations } from '../locator-text';
import { askableFacts, questionPages } from '../state/navigation';
import { citationIdsOf } from '../result/example-card';
import { nextSteps } from '../result/next-steps';
import { orderNotes } from '../result/notes';
import { whyLine } from '../result/why-line';
import type { JudgementNotes } from '../judgement-basis/notes';

export interface CaseNoteInput {
  translator: Translator;
  ruleBase: RuleBase;
  perspective: Perspective;
  answers: Answers;
  assessment: Assessment;
  date: Date;
  /** The quotes' full text under each reference; without it, the note fits one A4 page for a typical case. */
  withQuotes?: boolean;
  /** The caseworker's notes on their judgements, shown under each one. */
  judgementNotes?: JudgementNotes;
}

/**
 * The dated note for the case file as plain text, outcome first: what the guide assessed and why,
 * what to do now, then what was answered (and which reasons were not given), on which of the
 * caseworker's own judgements, with the passages as references, under which rule-base version.
 * It holds nothing the guide did not ask, and the guide asks nothing personal.
 */
export function caseNoteText({ translator, ruleBase, perspective, answers, assessment, date, withQuotes = false, judgementNotes = {} }: CaseNoteInput): string {
  const { t, has, language } = translator;
  const ruleStatus = ruleBase.files.status;
  const exampleById = (id: string) => ruleBase.exampleById.get(id)!;
  const sources = (ids: readonly string[], indent: string) => {
    const shown = resolveCitations(ruleBase.citations, ids);
    const places = [...new Set(shown.map(({ citation }) => locatorText(t, citation)))];
    if (!withQuotes) return places.length > 0 ? [`${indent}${t('ui:caseNote.sources')} ${places.join('; ')}`] : [];
    return shown.flatMap(({ citation, isCaveat }) => [
      `${indent}${isCaveat ? `${t('ui:citation.caveat')} ` : ''}»${citation.quote}«`,
      `${indent}(${locatorText(t, citation)}. ${t('ui:citation.verbatim')})`,
    ]);
  };

  const lines: string[] = [
    t('ui:caseNote.documentTitle'),
    ...(language === DEFAULT_LANGUAGE ? [] : [t('rules:status.translation')]),
    `${t('ui:caseNote.date', { date: formatDate(language, date) })} · ${t('rules:status.version', { version: ruleStatus.version })}`,
    ...(withQuotes
      ? [t('rules:status.legalBasis', { from: formatDate(language, ruleStatus.legalBasisFrom), checkedOn: formatDate(language, ruleStatus.legalBasisCheckedOn) })]
      : []),
    '',
    `${t('ui:result.caption')}: ${t(`rules:classes.${assessment.class}.title`)}`,
    whyLine(t, has, ruleBase, assessment, answers),
    '',
    t('ui:nextSteps.heading'),
    ...nextSteps(t, has, ruleBase, assessment, perspective).map((step, i) => `${i + 1}. ${step}`),
    '',
    `${t('ui:perspective.question')} ${t(`rules:perspectives.${perspective}`)}`,
    '',
    t('ui:caseNote.answers'),
  ];

  const notGiven: string[] = [];
  for (const fact of questionPages(ruleBase, askableFacts(assessment).filter((f) => f in answers))) {
    const group = ruleBase.factById.get(fact)?.group;
    if (group === undefined) {
      lines.push(`- ${t(`rules:facts.${fact}.question`)} ${answerLabel(t, has, fact, answers[fact])}`);
      continue;
    }
    const options = ruleBase.reasons.groups.find((g) => g.id === group)!.options;
    const ticked = options.filter((o) => answers[o.id] === 'yes').map((o) => t(`ui:reasons.options.${o.id}`));
    lines.push(`- ${t(`ui:reasons.groups.${group}.question`)} ${ticked.length > 0 ? ticked.join('; ') : t('ui:reasons.none')}`);
    notGiven.push(...options.filter((o) => answers[o.id] === 'no').map((o) => t(`ui:reasons.options.${o.id}`)));
  }
  if (notGiven.length > 0) lines.push(`${t('ui:caseNote.notGiven')} ${notGiven.join('; ')}.`);

  const matched = assessment.examples.filter((e) => e.state === 'matched');
  if (matched.length > 0) {
    lines.push('', t('ui:result.matchedHeading'));
    for (const status of matched) {
      const example = exampleById(status.id);
      lines.push(`- ${t(`rules:examples.${example.id}.title`)} (${t(`rules:kinds.${example.kind}`)})`);
      // One case's assessment or the statute's own example is not a boxed guiding example: say so.
      if (example.weight) lines.push(`  ${t(`rules:weights.${example.weight}`)}`);
      // On one page: the example's own passage; with the full text, everything it cites.
      lines.push(...sources(withQuotes ? citationIdsOf(example) : example.citations.map((c) => c.id), '  '));
    }
  }
  const setAside = assessment.examples.filter((e) => e.state === 'setAside');
  for (const status of setAside) {
    if (status === setAside[0]) lines.push('', t('rules:states.setAside'));
    lines.push(`- ${t(`rules:examples.${status.id}.title`)}`);
    if (status.setAsideBy) lines.push(`  ${t(`rules:precedence.${status.setAsideBy.precedence}`)}`);
  }
  for (const u of assessment.unsettledCircumstances ?? []) {
    if (u === assessment.unsettledCircumstances[0]) lines.push('', t('rules:unsettled.heading'));
    lines.push(`- ${t(`rules:examples.${u.example}.circumstance`)}`);
  }

  if (assessment.judgements.length > 0) {
    lines.push('', t('ui:result.judgementsHeading'));
    for (const j of assessment.judgements) {
      lines.push(
        j.answer !== undefined
          ? `- ${t(`rules:facts.${j.id}.question`)} ${answerLabel(t, has, j.id, j.answer)}`
          : `- ${t(`rules:judgements.${j.id}`)}`,
      );
      if (judgementNotes[j.id]) lines.push(`  ${t('ui:judgementBasis.noted', { note: judgementNotes[j.id] })}`);
    }
  }

  const open = assessment.examples.filter((e) => e.state === 'open' && !e.cannotChangeClass);
  if (open.length > 0) {
    lines.push('', t('ui:result.changeHeading'));
    for (const status of open) lines.push(`- ${t(`rules:examples.${status.id}.title`)}`);
  }

  const notes = orderNotes(ruleBase, assessment.notes, perspective);
  if (notes.length > 0 && !withQuotes) {
    // One paragraph of titles: each note's text and sources are on the result page.
    lines.push('', `${t('ui:result.notesHeading')}: ${notes.map((note) => t(`rules:notes.${note.id}.title`)).join('; ')}.`);
    for (const note of notes.filter((n) => n.datedWording && has(`rules:notes.${n.id}.dated`))) lines.push(t(`rules:notes.${note.id}.dated`));
  }
  if (notes.length > 0 && withQuotes) {
    lines.push('', t('ui:result.notesHeading'));
    for (const note of notes) {
      lines.push(`- ${t(`rules:notes.${note.id}.title`)}`);
      if (note.datedWording && has(`rules:notes.${note.id}.dated`)) lines.push(`  ${t(`rules:notes.${note.id}.dated`)}`);
      lines.push(...sources([...note.citations.map((c) => c.id), ...(note.cites ?? [])], '  '));
    }
  }

  lines.push('', t('rules:status.notAnswerKey'), ...(withQuotes ? sources(ruleStatus.cites, '') : []), t('rules:status.line'));
  return lines.join('\n');
}
