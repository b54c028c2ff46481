import da from '../../locales/da/paperwork.json';
import en from '../../locales/en/paperwork.json';
import { addNamespace } from '../i18n/translator';

/** The paperwork texts travel with the paperwork module, not with every host page's embed. */
addNamespace('paperwork', { da, en });
