// Self-study shares the case library with the presenter view (learning goals, the training label).
import '../presenter/texts';
import '../presenter/texts-en';
import da from '../../locales/da/practice.json';
import en from '../../locales/en/practice.json';
import { addNamespace } from '../i18n/translator';

/** Self-study's texts travel with its module, not with every host page's guide. */
addNamespace('practice', { da, en });
