import { useEffect, useState } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/resources';
import { Guide } from '../ui/guide';
import { LazyPaperwork } from './lazy-paperwork';
import { OfflineDownload } from './offline-download';
import { UpdateNotice } from './update-notice';
import { addressWithoutCaseWhilePrinting, urlFragmentStore } from './url-fragment-store';

export interface AppProps {
  ruleBase: RuleBase;
  /** The single offline file neither checks for updates nor offers itself for download. */
  offlineFile: boolean;
  offlineFileHref: string;
}

/** Only the app has a page for the review copy: the embed lives on another site's pages. */
const APP_ENVIRONMENT = { reviewCopyHref: (language: string) => `?mode=regelgrundlag&lang=${language}` };

/**
 * The standalone app: the guide in the page's main landmark, its state in the URL fragment and
 * its language on `<html lang>`. A link pasted into the address bar changes only the fragment and
 * does not reload the page, so the guide is mounted afresh from it.
 */
export function App({ ruleBase, offlineFile, offlineFileHref }: AppProps) {
  const [mounted, setMounted] = useState(() => ({ store: urlFragmentStore(), generation: 0 }));
  // `?lang=en` opens the app in English; a language saved in the walk's own link still wins.
  const asked = new URLSearchParams(location.search).get('lang');
  const startLanguage: Language = asked !== null && isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
  const [language, setLanguage] = useState<Language>(startLanguage);
  useEffect(() => addressWithoutCaseWhilePrinting(), []);
  const { store, generation } = mounted;
  useEffect(() => {
    const onHashChange = () => {
      if (store.changedElsewhere()) setMounted({ store: urlFragmentStore(), generation: generation + 1 });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
  const onLanguageChange = (next: Language) => {
    document.documentElement.lang = next;
    setLanguage(next);
  };
  return (
    <main class="p18-app">
      {!offlineFile && <UpdateNotice language={language} running={ruleBase.files.status.version} />}
      <Guide key={generation} ruleBase={ruleBase} store={store} language={startLanguage} onLanguageChange={onLanguageChange} resultExtras={LazyPaperwork} environment={APP_ENVIRONMENT} />
      {!offlineFile && <OfflineDownload language={language} href={offlineFileHref} />}
    </main>
  );
}
