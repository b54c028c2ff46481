import da from '../../locales/da/presenter.json';
import { addNamespace } from '../i18n/translator';

/** The presenter texts travel with the presenter module, not with every host page's guide; English with the English texts (texts-en.ts). */
addNamespace('presenter', { da });
