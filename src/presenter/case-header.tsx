import { useT } from '../i18n/use-t';
import { FocusRequestContext, Heading } from '../ui/heading';
import type { TrainingCase } from './case-library';
import type { FocusRequest } from './use-presenter';

interface CaseHeaderProps {
  trainingCase: TrainingCase;
  focusRequest: FocusRequest;
}

/** The case's title and story as the audience reads them. */
export function CaseHeader({ trainingCase, focusRequest }: CaseHeaderProps) {
  const { language } = useT();
  return (
    <div class="p18-presenter__case">
      <FocusRequestContext.Provider value={focusRequest}>
        <Heading depth={0} pageHeading class="p18-presenter__title">
          {trainingCase.title[language]}
        </Heading>
      </FocusRequestContext.Provider>
      <p class="p18-presenter__narrative">{trainingCase.narrative[language]}</p>
    </div>
  );
}
