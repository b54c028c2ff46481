import en from '../../locales/en/presenter.json';
import { addNamespace } from '../i18n/translator';

/** The presenter's English: imported by the app and by the embed's English module, never by the presenter module itself. */
addNamespace('presenter', { en });
