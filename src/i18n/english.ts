import ui from '../../locales/en/ui.json';
import rules from '../../locales/en/rules.json';
import glossary from '../../locales/en/glossary.json';
import { addTexts } from './translator';

/**
 * The guide's English translation. The app imports it; an embed host that offers English loads it
 * with the English module (src/embed/english-entry.ts), so a Danish host page does not carry it.
 */
addTexts('en', { ui, rules, glossary });
