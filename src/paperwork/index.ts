/**
 * The paperwork module: `<Paperwork ruleBase assessment answers perspective />` on the result
 * page, and the pure builders behind it. Its styles are in `paperwork.css`, which the host loads
 * beside the guide's own (the embed adopts it into its shadow root).
 */
export { Paperwork, type PaperworkProps } from './view/paperwork';
export { draftReasons } from './draft-reasons';
export { adviceSheet } from './advice-sheet';
export { documentText } from './plain-text';
export type { PaperDocument, Sentence, Section, Trace, Text, Reference } from './document';
