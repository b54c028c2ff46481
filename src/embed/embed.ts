import { ruleBase } from '../rules/rule-base';
import css from '../ui/styles/guide.css?inline';
import { defineGuideElement, ELEMENT_NAME } from './guide-element';

/**
 * The embed module: one `<script type="module">` and one `<paragraf18-guiden>` tag on the host.
 * The optional modules import their libraries from this file, so a second copy of it — another
 * version, or the same from another address — must not run beside the first: it stops here with
 * an error naming the copy, and the optional modules that came with it stop with it.
 */
if (customElements.get(ELEMENT_NAME)) {
  throw new Error(`§ 18-guiden: ${import.meta.url} not run: <${ELEMENT_NAME}> is already defined. Load all modules from one embed folder.`);
}
// The rule base compiles on first use, in idle time while the first question is read: the walk
// assesses ahead what the reader's next click will need (src/ui/state/assessments.ts).
defineGuideElement(ruleBase, css);
