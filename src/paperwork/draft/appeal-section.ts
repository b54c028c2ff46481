import { paragraph, type Section } from '../document';
import { NOTES } from '../sources';
import type { DraftCase } from './draft-case';

/**
 * The appeal notice (forvaltningsloven § 25, in the guide's words). Neither the appeal body nor the
 * deadline for § 18 decisions is in the sources, so both stay visible placeholders in the
 * template itself: there is no value in code that could fill them.
 */
export function appealSection(draftCase: DraftCase): Section {
  const { write } = draftCase;
  const trace = { notes: [NOTES.refusalNeedsReasons] };
  return {
    id: 'appeal',
    heading: write.text('draft.headings.appeal'),
    blocks: [
      paragraph(write.notice('draft.appeal.required', {}, trace)),
      paragraph(write.instruction('draft.appeal.notInSources', {}, trace)),
      paragraph(
        write.content('draft.appeal.body', {}, trace),
        write.content('draft.appeal.deadline', {}, trace),
        write.content('draft.appeal.how', {}, trace),
      ),
    ],
    subsections: [],
  };
}
