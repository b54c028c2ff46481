import { useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { FocusRequestContext, Heading } from '../ui/heading';
import { caseText, type TrainingCase } from './case-library';
import type { FocusRequest } from './use-presenter';

interface CaseHeaderProps {
  trainingCase: TrainingCase;
  focusRequest: FocusRequest;
  idPrefix: string;
}

/**
 * The case's title and story as the audience reads them. Beside the checkbox page on a 720 px
 * screen the story folds under a button (presenter.css): the fifteen reasons need the width, and
 * the story is one press away. Elsewhere the button is not shown and the story always is.
 */
export function CaseHeader({ trainingCase, focusRequest, idPrefix }: CaseHeaderProps) {
  const { t, language } = useT();
  const [storyShown, setStoryShown] = useState(false);
  const storyId = `${idPrefix}-story`;
  return (
    <div class="p18-presenter__case">
      <FocusRequestContext.Provider value={focusRequest}>
        <Heading depth={0} pageHeading class="p18-presenter__title">
          {caseText(trainingCase, 'title', language)}
        </Heading>
      </FocusRequestContext.Provider>
      <button
        type="button"
        class="p18-link-button p18-presenter__story-toggle"
        aria-expanded={storyShown}
        aria-controls={storyId}
        onClick={() => setStoryShown(!storyShown)}
      >
        {storyShown ? t('presenter:case.hideStory') : t('presenter:case.showStory')}
      </button>
      <p id={storyId} class={`p18-presenter__narrative${storyShown ? ' p18-presenter__narrative--shown' : ''}`}>
        {caseText(trainingCase, 'narrative', language)}
      </p>
    </div>
  );
}
