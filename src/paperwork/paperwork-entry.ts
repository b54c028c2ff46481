import { ruleBase } from '../rules/rule-base';
import guideCss from '../ui/styles/guide.css?inline';
import paperworkCss from './paperwork.css?inline';
import { definePaperworkElement } from './element';

/**
 * The optional paperwork module for an embed: the host loads it with its own `<script>` after the
 * guide's. Nothing of it is in the guide's module, and the guide never fetches it.
 */
definePaperworkElement(ruleBase, `${guideCss}\n${paperworkCss}`);
