import { useMemo, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { useAfterFirstPaint } from './after-first-paint';
import { CheckPage } from './check-page';
import { Glossary } from './glossary';
import { Heading } from './heading';
import { LanguageSwitch } from './language-switch';
import { ChangeNotice, LinkNotice, RaisedNotice, StartedOverNotice, UnsavedNotice } from './notices';
import { QuestionPage } from './question-page';
import { ResultPage } from './result/result-page';
import { StatusLine } from './status-line';
import type { useWalk } from './use-walk';

interface WalkFrameProps {
  walk: ReturnType<typeof useWalk>;
  idPrefix: string;
  /** A host's minimal look: no title bar, and the status line folded in at the bottom. */
  minimal?: boolean;
}

/** The title, the controls every page shares, the current page, and the glossary and status below. */
export function WalkFrame({ walk, idPrefix, minimal = false }: WalkFrameProps) {
  const { t, language } = useT();
  const { page } = walk;
  const started = walk.walk.perspective !== null || Object.keys(walk.walk.answers).length > 0;
  const showChangeNotice = walk.dropped.length > 0 && (page.page === 'question' || page.page === 'check');
  // A first screen with a question lays out the question first; glossary and status line follow
  // below it once painted, or with the next screen, whichever comes first.
  const screen = page.page === 'question' ? `question:${page.fact}` : page.page;
  const [firstScreen] = useState(screen);
  const belowNow = useAfterFirstPaint() || screen !== firstScreen || !(screen === 'perspective' || page.page === 'question');
  // The same elements on every step: the walk's steps do not render them again (their texts
  // follow the language through the translator they read).
  const below = useMemo(() => ({ glossary: <Glossary />, status: <StatusLine /> }), []);
  return (
    <div class="p18" lang={language}>
      {!minimal && (
        <header class="p18-header">
          <Heading depth={0} class="p18-header__title">
            {t('ui:app.title')}
          </Heading>
          <LanguageSwitch onSwitch={walk.switchLanguage} />
        </header>
      )}
      {walk.linkProblem && <LinkNotice problem={walk.linkProblem} />}
      {walk.unsaved && <UnsavedNotice />}
      {minimal && <LanguageSwitch onSwitch={walk.switchLanguage} />}
      {started && (
        <div class="p18-controls">
          {page.page !== 'perspective' && (
            <button type="button" class="p18-link-button p18-back" onClick={walk.back}>
              {t('ui:walk.back')}
            </button>
          )}
          <button type="button" class="p18-link-button p18-start-over" onClick={walk.startOver}>
            {t('ui:walk.startOver')}
          </button>
        </div>
      )}
      {showChangeNotice && <ChangeNotice dropped={walk.dropped} />}
      {walk.raised !== undefined && walk.raised > 0 && page.page === 'question' && <RaisedNotice count={walk.raised} />}
      {walk.undo && page.page === 'perspective' && <StartedOverNotice onUndo={walk.undoStartOver} />}
      {/* One place and one component for the perspective and the questions, not keyed by the
          fact: the next question reuses the form it replaces (see QuestionPage). The opening page
          reads no assessment: the engine's first run stays off the first screen. */}
      {page.page === 'perspective' ? (
        <QuestionPage idPrefix={idPrefix} asked={{ perspective: walk.walk.perspective, onChoose: walk.choosePerspective }} />
      ) : page.page === 'question' ? (
        <QuestionPage idPrefix={idPrefix} asked={{ fact: page.fact, assessment: walk.assessment, answers: walk.walk.answers, onAnswer: walk.answer }} />
      ) : null}
      {page.page === 'check' && walk.walk.perspective && (
        <CheckPage
          perspective={walk.walk.perspective}
          answers={walk.walk.answers}
          assessment={walk.assessment}
          onChange={walk.change}
          onChangePerspective={walk.changePerspective}
          onContinue={walk.showResult}
        />
      )}
      {page.page === 'result' && walk.walk.perspective && (
        <ResultPage
          perspective={walk.walk.perspective}
          answers={walk.walk.answers}
          assessment={walk.assessment}
          onChange={walk.change}
          onChangePerspective={walk.changePerspective}
        />
      )}
      {belowNow && below.glossary}
      {minimal ? (
        <details class="p18-about">
          <summary>{t('ui:status.about')}</summary>
          {below.status}
        </details>
      ) : (
        belowNow && below.status
      )}
    </div>
  );
}
