import en from '../../locales/en/paperwork.json';
import { addNamespace } from '../i18n/translator';

/** The paperwork's English: imported by the app and by the embed's English module, never by the paperwork module itself. */
addNamespace('paperwork', { en });
