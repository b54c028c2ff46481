import { ruleBase } from '../rules/rule-base';
import css from '../ui/styles/guide.css?inline';
import { defineGuideElement } from './guide-element';

/** The embed module: one `<script type="module">` and one `<paragraf18-guiden>` tag on the host. */
defineGuideElement(ruleBase, css);
