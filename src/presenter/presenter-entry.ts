import { ruleBase } from '../rules/rule-base';
import guideCss from '../ui/styles/guide.css?inline';
import presenterCss from './presenter.css?inline';
import { definePresenterElement } from './element';

/** The presenter's embed module: one `<script type="module">` and one `<paragraf18-praesentation>` tag. */
definePresenterElement(ruleBase, `${guideCss}\n${presenterCss}`);
