// First, before any guide renders: the app and its single offline file offer English always; an
// embed only when the host loads the English module.
import './i18n/english';
import { render } from 'preact';
import { App } from './app/app';
import { preloadPaperwork } from './app/lazy-paperwork';
import { registerServiceWorker } from './app/register-service-worker';
import { mountIframePage } from './embed/iframe-page';
import { isLanguage } from './i18n/resources';
import { ruleBase } from './rules/rule-base';
import './ui/styles/guide.css';
import './app/app.css';

// The single offline file has no service worker: it is one file opened from the disk.
if (!__OFFLINE_FILE__) registerServiceWorker();

const container = document.getElementById('app')!;
const search = new URLSearchParams(location.search);
const mode = search.get('mode');
if (mode === 'iframe') {
  mountIframePage(ruleBase, container, search);
} else if (mode === 'presenter') {
  // The presenter view is for trainers only: its code is a chunk of its own, fetched from this
  // origin (and precached for offline use) when a presenter link is opened.
  const lang = search.get('lang');
  import('./presenter/mount').then(({ mountPresenter }) =>
    mountPresenter(container, {
      ruleBase,
      language: isLanguage(lang) ? lang : 'da',
      caseId: search.get('case'),
      onLanguageChange: (language) => (document.documentElement.lang = language),
    }),
  );
} else if (mode === 'practice') {
  // Self-study ("Øv selv") for participants: a chunk of its own like the presenter view, precached
  // (and inlined in the single file) so a link from a webinar works offline.
  const lang = search.get('lang');
  import('./practice/mount').then(({ mountPractice }) =>
    mountPractice(container, {
      ruleBase,
      language: isLanguage(lang) ? lang : 'da',
      caseId: search.get('case'),
      onLanguageChange: (language) => (document.documentElement.lang = language),
    }),
  );
} else if (mode === 'regelgrundlag') {
  // The jurist's review copy of the rule base: a chunk of its own like the presenter view, so the
  // guide's first screen does not carry it; precached (and inlined in the single file) for offline use.
  const lang = search.get('lang');
  import('./review/mount').then(({ mountReview }) =>
    mountReview(container, { ruleBase, language: isLanguage(lang) ? lang : 'da', guideHref: location.pathname }),
  );
} else {
  render(<App ruleBase={ruleBase} offlineFile={__OFFLINE_FILE__} offlineFileHref="./paragraf18-guiden-offline.html" />, container);
  preloadPaperwork();
}
