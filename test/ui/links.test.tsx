import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { ruleBase } from '../../src/rules/rule-base';
import { checksum } from '../../src/ui/state/checksum';
import { encodeWalk } from '../../src/ui/state/link-codec';
import { urlFragmentStore } from '../../src/app/url-fragment-store';
import { askedFact, choosePerspective, groupOnScreen, renderGuide, seeResult, uiText, walkTo } from './guide-harness';

afterEach(cleanup);

const ui = uiText('da');

const goodLink = () =>
  encodeWalk(ruleBase, {
    language: 'da',
    walk: { perspective: 'receiving', answers: { inProgramme: 'yes', movingToOtherMunicipality: 'yes' }, at: { page: 'next' } },
  });

describe('opening the guide from a link', () => {
  it('resumes a good link at the next question, without a notice', () => {
    renderGuide({ link: goodLink() });
    expect(groupOnScreen('da')?.id).toBe('movingReasons');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a tampered link could not be read and uses nothing from it', () => {
    const { store } = renderGuide({ link: goodLink().replace('movingToOtherMunicipality:yes', 'movingToOtherMunicipality:no') });
    expect(screen.getByRole('alert').textContent).toContain(ui.link.invalidTitle);
    expect(screen.getByRole('group', { name: ui.perspective.question })).toBeTruthy();
    // The damaged link stays as it was until the caseworker acts.
    expect(store.current()).toContain('movingToOtherMunicipality:no');
    choosePerspective('da');
    expect(askedFact('da')).toBe('inProgramme');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a truncated link could not be read', () => {
    renderGuide({ link: goodLink().slice(0, 30) });
    expect(screen.getByRole('alert').textContent).toContain(ui.link.invalidText);
  });

  it('keeps what an outdated link still holds and lists what it dropped', () => {
    const body = 'v=1&rb=2019.1.0&l=da&p=receiving&a=inProgramme:yes,movingToOtherMunicipality:yes,retiredFact:yes';
    renderGuide({ link: `${body}&c=${checksum(body)}` });
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain(ui.link.outdatedTitle);
    expect(notice.textContent).toContain('2019.1.0');
    expect(within(notice).getByRole('listitem').textContent).toContain('retiredFact');
    expect(groupOnScreen('da')?.id).toBe('movingReasons');
  });
});

describe('the URL fragment store', () => {
  it('replaces the history entry instead of adding one, and reads back what it wrote', () => {
    history.replaceState(null, '', '/guide');
    const before = history.length;
    const store = urlFragmentStore(window);
    expect(store.read()).toBeNull();
    store.write(goodLink());
    store.write(goodLink().replace('&c=', '&at=check&c='));
    expect(history.length).toBe(before);
    expect(location.hash).toContain('at=check');
    expect(store.changedElsewhere()).toBe(false);
    expect(store.shareableLink!()).toBe(location.href);
  });

  it('reads a percent-encoded link, and hands a broken escape on to be rejected, not thrown', () => {
    history.replaceState(null, '', `/guide#${encodeURIComponent(goodLink())}`);
    expect(urlFragmentStore(window).read()).toBe(goodLink());
    history.replaceState(null, '', '/guide#v=1%E0%A4%A');
    expect(urlFragmentStore(window).read()).toBe('v=1%E0%A4%A');
  });

  it('notices a link pasted into the address bar', () => {
    const store = urlFragmentStore(window);
    store.write(goodLink());
    location.hash = 'v=1&rb=x&c=0';
    expect(store.changedElsewhere()).toBe(true);
  });

  it('offers the link only with a warning that it holds case facts', async () => {
    history.replaceState(null, '', '/guide#v=1');
    const { copied } = renderGuide({ environment: { shareableLink: () => location.href } });
    choosePerspective('da');
    walkTo('da', { inProgramme: 'no' });
    seeResult('da');
    const section = screen.getByRole('heading', { name: ui.share.heading }).closest('section')!;
    expect(within(section).getByText(ui.share.warning)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: ui.share.copy }));
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe(ui.share.copied));
    expect(copied).toEqual([location.href]);
  });

  it('offers no link where the state does not live in the address bar', () => {
    renderGuide();
    choosePerspective('da');
    walkTo('da', { inProgramme: 'no' });
    seeResult('da');
    expect(screen.queryByRole('heading', { name: ui.share.heading })).toBeNull();
  });
});
