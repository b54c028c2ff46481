import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { assess } from '../../../src/engine/assess';
import type { Answers, Perspective } from '../../../src/engine/types';
import { LANGUAGES, resources, type Language } from '../../../src/i18n/resources';
import { translator } from '../../../src/i18n/translator';
import { TranslatorContext } from '../../../src/i18n/use-t';
import { adviceSheet, documentText, draftReasons, Paperwork } from '../../../src/paperwork';
import { decisionHtml, decisionPlainText, sourcesText } from '../../../src/paperwork/decision-text';
import { ruleBase } from '../../../src/rules/rule-base';
import { browserEnvironment, EnvironmentContext, type Environment } from '../../../src/ui/environment';
import { HeadingLevelContext } from '../../../src/ui/heading';

interface Scenario {
  id: string;
  perspective?: Perspective;
  answers: Answers;
}

const files = import.meta.glob<Scenario>('../../../rules/scenarios/*.json', { eager: true, import: 'default' });
const scenarios = Object.values(files).sort((a, b) => a.id.localeCompare(b.id));
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const texts = (language: Language) => resources[language].paperwork as any;

afterEach(cleanup);

function renderPaperwork(scenario: Scenario, options: { language?: Language; headingLevel?: number; guideLevel?: number; richRefused?: boolean } = {}) {
  const language = options.language ?? 'da';
  const copied: string[] = [];
  const copiedRich: { html: string; text: string }[] = [];
  const printedWhile: (string | null)[] = [];
  const environment: Environment = {
    ...browserEnvironment,
    copyText: async (text) => {
      copied.push(text);
    },
    copyRich: options.richRefused
      ? () => Promise.reject(new Error('refused'))
      : async (content) => {
          copiedRich.push(content);
        },
    print: () => printedWhile.push(document.querySelector('.p18-paperwork')!.getAttribute('data-printing')),
  };
  const assessment = assess(ruleBase, scenario.answers);
  const view = render(
    <TranslatorContext.Provider value={translator(language)}>
      <EnvironmentContext.Provider value={environment}>
        <HeadingLevelContext.Provider value={options.guideLevel ?? 1}>
          <div class="p18">
            <Paperwork ruleBase={ruleBase} assessment={assessment} answers={scenario.answers} perspective={scenario.perspective} headingLevel={options.headingLevel} />
          </div>
        </HeadingLevelContext.Provider>
      </EnvironmentContext.Provider>
    </TranslatorContext.Provider>,
  );
  return { ...view, assessment, copied, copiedRich, printedWhile };
}

/** The text a reader sees, line by line: headings, paragraphs, list items ("- " before each). */
function renderedLines(section: Element): string[] {
  return [...section.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')]
    .filter((element) => !element.closest('.p18-paperwork__actions'))
    .map((element) =>
      element.tagName === 'LI' && !element.closest('.p18-paperwork__references') ? `- ${element.textContent}` : element.textContent!,
    );
}
const copiedLines = (text: string) => text.split('\n').filter((line) => line !== '');

const documentSection = (kind: 'draft' | 'advice') => document.querySelector(`.p18-paperwork__document--${kind}`)!;

describe.each(LANGUAGES)('paperwork rendered in %s', (language) => {
  const t = texts(language);

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: "Kopiér til afgørelse" puts the letter on the clipboard as HTML and text, without source numbers or instructions; the sources copy apart',
    async (_id, scenario) => {
      const { copied, copiedRich, assessment } = renderPaperwork(scenario, { language });
      const draft = draftReasons(ruleBase, assessment, scenario.answers, scenario.perspective, translator(language));
      fireEvent.click(screen.getByRole('button', { name: t.actions.copyDecision }));
      await screen.findByText(t.actions.copiedDecision);
      expect(copiedRich).toEqual([{ html: decisionHtml(draft), text: decisionPlainText(draft) }]);
      // What is on screen but not in the letter: the source numbers and the caseworker's lines.
      const section = documentSection('draft');
      expect(section.querySelectorAll('.p18-paperwork__marker').length).toBeGreaterThan(0);
      // A source number after a sentence, as the screen shows it ("… (3, 4)"), never "§ 18(1) and (2)".
      expect(copiedRich[0].text).not.toMatch(/[.!?»«\]:]\s\(\d{1,2}(, \d{1,2})*\)/);
      for (const line of section.querySelectorAll('.p18-paperwork__sentence--instruction')) expect(copiedRich[0].text).not.toContain(line.textContent!);
      const sources = screen.queryByRole('button', { name: t.actions.copySources });
      expect(sources !== null).toBe(draft.references.length > 0);
      if (sources) {
        fireEvent.click(sources);
        await screen.findByText(t.actions.copiedSources);
        expect(copied).toEqual([sourcesText(draft)]);
      }
      fireEvent.click(screen.getByRole('button', { name: t.actions.copyAdvice }));
      await screen.findByText(t.actions.copiedAdvice);
      expect(copiedLines(copied.at(-1)!)).toEqual(renderedLines(documentSection('advice')));
    },
  );

  it('copies the letter as plain text where the browser refuses HTML on the clipboard', async () => {
    const scenario = byId('feelsLonely');
    const { copied, assessment } = renderPaperwork(scenario, { language, richRefused: true });
    fireEvent.click(screen.getByRole('button', { name: t.actions.copyDecision }));
    await screen.findByText(t.actions.copiedDecision);
    expect(copied).toEqual([decisionPlainText(draftReasons(ruleBase, assessment, scenario.answers, scenario.perspective, translator(language)))]);
  });

  it.each([
    ['feelsLonely', 'title'],
    ['seedCase-commonChildWaitsForHousing', 'titleApproval'],
  ] as const)('renders the draft (%s: %s) and the advice sheet the builders make, titles as headings', (id, title) => {
    cleanup();
    const scenario = byId(id);
    const { assessment } = renderPaperwork(scenario, { language });
    const draft = draftReasons(ruleBase, assessment, scenario.answers, scenario.perspective, translator(language));
    expect(screen.getByRole('heading', { name: t.draft[title] })).toBeTruthy();
    expect(screen.getByRole('heading', { name: t.advice.title })).toBeTruthy();
    expect(screen.getByText(t.draft.label)).toBeTruthy();
    expect(copiedLines(documentText(draft))).toEqual(renderedLines(documentSection('draft')));
    expect(copiedLines(documentText(adviceSheet(translator(language))))).toEqual(renderedLines(documentSection('advice')));
  });

  it('marks placeholders, and keeps verbatim quotes in Danish', () => {
    renderPaperwork(byId('feelsLonely'), { language });
    const marks = [...documentSection('draft').querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain(language === 'da' ? '[klageinstans]' : '[appeal body]');
    expect(marks).toContain(language === 'da' ? '[klagefrist]' : '[appeal deadline]');
    const quote = ruleBase.citations.get('il18stk1')!.quote;
    const span = [...documentSection('draft').querySelectorAll('.p18-paperwork__quote')].find((s) => s.textContent === quote)!;
    expect(span).toBeTruthy();
    expect(span.closest('[lang="da"]') !== null || language === 'da').toBe(true);
    if (language !== 'da') expect(span.getAttribute('lang')).toBe('da');
  });
});

describe('printing', () => {
  it.each(['draft', 'advice'] as const)('marks the %s as the document to print for the length of one print', (kind) => {
    const { printedWhile } = renderPaperwork(byId('threats'));
    const t = texts('da');
    fireEvent.click(screen.getByRole('button', { name: kind === 'draft' ? t.actions.printDraft : t.actions.printAdvice }));
    expect(printedWhile).toEqual([kind]);
    expect(document.querySelector('.p18-paperwork')!.hasAttribute('data-printing')).toBe(false);
  });
});

describe('headings', () => {
  const levels = (kind: 'draft' | 'advice') =>
    [...documentSection(kind).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));

  it('sit beside the result page sections by default: two below the guide title', () => {
    renderPaperwork(byId('threats'), { guideLevel: 2 });
    expect(levels('draft')[0]).toBe(4);
    expect(new Set(levels('draft'))).toEqual(new Set([4, 5, 6]));
    expect(new Set(levels('advice'))).toEqual(new Set([4, 5]));
  });

  it('start at the level the host asks for, nesting without skipping a level', () => {
    renderPaperwork(byId('threats'), { headingLevel: 2 });
    const draft = levels('draft');
    expect(draft[0]).toBe(2);
    draft.forEach((level, i) => i > 0 && expect(level - draft[i - 1]).toBeLessThanOrEqual(1));
  });
});

describe('under a strict CSP', () => {
  it('renders no inline style attribute', () => {
    const { container } = renderPaperwork(byId('closeFamilyInReceiving'));
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('names each button after the document it acts on', () => {
    renderPaperwork(byId('closeFamilyInReceiving'));
    const t = texts('da');
    const draft = within(documentSection('draft') as HTMLElement);
    expect(draft.getByRole('button', { name: t.actions.copyDecision })).toBeTruthy();
    expect(draft.getByRole('button', { name: t.actions.copySources })).toBeTruthy();
    expect(draft.getByRole('button', { name: t.actions.printDraft })).toBeTruthy();
  });
});
