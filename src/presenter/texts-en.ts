import en from '../../locales/en/presenter.json';
import trainingCasesEn from 'virtual:training-cases-en';
import { addNamespace } from '../i18n/translator';

/**
 * The presenter's English: imported by the app and by the embed's English module, never by the
 * presenter module itself. With it, the training cases' English titles, teasers and stories
 * (`virtual:training-cases-en`, scripts/lib/vite-plugin-lean-rules.ts), read by `caseText`; the
 * single offline file has them in the scenario files it carries already.
 */
addNamespace('presenter', { en });
addNamespace('trainingCases', { en: __OFFLINE_FILE__ ? {} : trainingCasesEn });
