import da from '../../locales/da/paperwork.json';
import { addNamespace } from '../i18n/translator';

/** The paperwork texts travel with the paperwork module, not with every host page's guide; English with the English texts (texts-en.ts). */
addNamespace('paperwork', { da });
