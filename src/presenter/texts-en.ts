import en from '../../locales/en/presenter.json';
import { addNamespace } from '../i18n/translator';

/**
 * The presenter's English: imported by the app and by the embed's English module, never by the
 * presenter module itself. With it, the training cases' English titles, teasers and stories
 * (`?training-en`, scripts/lib/vite-plugin-lean-rules.ts), read by `caseText`; the single offline
 * file has them in the scenario files it carries already.
 */
const cases: Record<string, unknown> = __OFFLINE_FILE__
  ? {}
  : import.meta.glob('../../rules/scenarios/*.json', { eager: true, import: 'default', query: '?training-en' });

const trainingCases = Object.fromEntries(
  Object.values(cases)
    .filter((texts): texts is { id: string } => texts !== null)
    .map(({ id, ...texts }) => [id, texts]),
);

addNamespace('presenter', { en });
addNamespace('trainingCases', { en: trainingCases });
