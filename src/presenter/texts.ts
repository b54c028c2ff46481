import da from '../../locales/da/presenter.json';
import en from '../../locales/en/presenter.json';
import { addNamespace } from '../i18n/translator';

/** The presenter's texts travel with the presenter module, not with every host page's guide. */
addNamespace('presenter', { da, en });
