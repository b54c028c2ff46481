import da from '../../locales/da/review.json';
import en from '../../locales/en/review.json';
import { addNamespace } from '../i18n/translator';

/** The review copy's labels travel with its chunk, not with every page that shows the guide. */
addNamespace('review', { da, en });
