import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n/translator';
import type { Language } from '../i18n/resources';
import { publishedRuleBaseVersion } from './rule-base-update';

/**
 * Says so when a newer rule base is published, and offers a reload. Until the reader reloads, the
 * page keeps assessing with the rule base it loaded: one assessment never mixes two versions. The
 * answers travel in the link, and the link codec names any answer the new version cannot use.
 */
export function UpdateNotice({ language, running, check = publishedRuleBaseVersion }: { language: Language; running: string; check?: () => Promise<string | null> }) {
  const [published, setPublished] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const ask = () => check().then((version) => live && setPublished(version));
    ask();
    const onVisible = () => document.visibilityState === 'visible' && ask();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [check]);
  if (published === null || published === running) return null;
  const { t } = translator(language);
  return (
    <div class="p18 p18-update" role="status">
      <p>{t('ui:update.available', { published, running })}</p>
      <button type="button" class="p18-button" onClick={() => location.reload()}>
        {t('ui:update.reload')}
      </button>
    </div>
  );
}
