import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n/translator';
import type { Language } from '../i18n/resources';

export const PRESENTER_ELEMENT = 'paragraf18-praesentation';

/**
 * `<paragraf18-guiden mode="presenter">`: the presenter view is its own module, which the host
 * loads with its own `<script>`; the guide never fetches it. Until the module has defined its
 * element, the slot says what the host must add.
 */
export function PresenterSlot({ language: asked, caseId, headingLevel }: { language: Language; caseId: string | null; headingLevel: number }) {
  // English only when the host has loaded the English module; Danish otherwise.
  const language = translator(asked).language;
  const [defined, setDefined] = useState(() => customElements.get(PRESENTER_ELEMENT) !== undefined);
  useEffect(() => {
    if (!defined) customElements.whenDefined(PRESENTER_ELEMENT).then(() => setDefined(true));
  }, [defined]);
  if (!defined) {
    return (
      <p class="p18" lang={language}>
        {translator(language).t('ui:presenterModule.missing')}
      </p>
    );
  }
  const Element = PRESENTER_ELEMENT as unknown as 'div';
  return <Element lang={language} {...{ case: caseId ?? undefined, 'heading-level': String(headingLevel) }} />;
}
