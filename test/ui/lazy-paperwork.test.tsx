import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { LazyPaperwork } from '../../src/app/lazy-paperwork';
import { assess } from '../../src/engine/assess';
import { translator } from '../../src/i18n/translator';
import { TranslatorContext } from '../../src/i18n/use-t';
import { ruleBase } from '../../src/rules/rule-base';
import { RuleBaseContext } from '../../src/ui/rule-base-context';
import { uiText } from './guide-harness';

describe('the app\'s paperwork, loaded on demand', () => {
  it('says plainly that the tab must be reloaded when its chunk is gone after a deploy, instead of showing nothing', async () => {
    const load = vi.fn().mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    render(
      <RuleBaseContext.Provider value={ruleBase}>
        <TranslatorContext.Provider value={translator('da')}>
          <LazyPaperwork load={load} answers={{}} perspective="receiving" assessment={assess(ruleBase, {})} />
        </TranslatorContext.Provider>
      </RuleBaseContext.Provider>,
    );
    await waitFor(() => expect(screen.getByText(uiText('da').update.paperworkMissingTitle)).toBeTruthy());
    expect(screen.getByRole('button', { name: uiText('da').update.reload })).toBeTruthy();
  });
});
