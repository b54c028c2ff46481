import { useEffect, useState } from 'preact/hooks';
import type { RuleBase } from '../engine/rule-base';
import { Guide } from '../ui/guide';
import { urlFragmentStore } from './url-fragment-store';

/**
 * The standalone app: the guide in the page's main landmark, its state in the URL fragment and
 * its language on `<html lang>`. A link pasted into the address bar changes only the fragment and
 * does not reload the page, so the guide is mounted afresh from it.
 */
export function App({ ruleBase }: { ruleBase: RuleBase }) {
  const [mounted, setMounted] = useState(() => ({ store: urlFragmentStore(), generation: 0 }));
  const { store, generation } = mounted;
  useEffect(() => {
    const onHashChange = () => {
      if (store.changedElsewhere()) setMounted({ store: urlFragmentStore(), generation: generation + 1 });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
  return (
    <main class="p18-app">
      <Guide key={generation} ruleBase={ruleBase} store={store} onLanguageChange={(language) => (document.documentElement.lang = language)} />
    </main>
  );
}
