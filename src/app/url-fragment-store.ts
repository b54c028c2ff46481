import { sessionNoteSlot } from '../ui/judgement-basis/note-slot';
import type { StateStore } from '../ui/state/state-store';

export interface UrlFragmentStore extends StateStore {
  /** True when the fragment is not the one this store last wrote (someone pasted another link). */
  changedElsewhere(): boolean;
}

/**
 * The standalone app keeps the walk in the URL fragment, so a reload or a bookmark keeps it and
 * the server never sees it. Answers about threats, illness or children must not pile up in the
 * browser history: each step of the walk is an entry, so Back and Forward work, but an entry holds
 * only its step number (`history.state`), and the fragment with the case moves along to whichever
 * entry is current — the entry left behind is first rewritten without it.
 */
export function urlFragmentStore(win: Window = window): UrlFragmentStore {
  let written: string | null = null;
  const fragment = () => {
    const raw = win.location.hash.replace(/^#/, '');
    // Mail clients sometimes percent-encode a link; a broken escape is left for the codec to reject.
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  return {
    read: () => {
      written = fragment();
      return written || null;
    },
    write: (encoded) => {
      written = encoded;
      const url = new URL(win.location.href);
      url.hash = encoded;
      win.history.replaceState({ p18Step: stepOf(win.history.state) }, '', url);
    },
    shareableLink: () => win.location.href,
    // The fragment is the shareable link: the caseworker's notes stay in this tab's storage instead.
    judgementNotes: sessionNoteSlot(`p18-judgement-notes:${win.location.pathname}`, () => win.sessionStorage),
    history: {
      push: (encoded) => {
        const at = stepOf(win.history.state) + 1;
        const bare = new URL(win.location.href);
        bare.hash = '';
        win.history.replaceState({ p18Step: at - 1 }, '', bare);
        written = encoded;
        const url = new URL(win.location.href);
        url.hash = encoded;
        win.history.pushState({ p18Step: at }, '', url);
        return at;
      },
      listen: (onStep) => {
        const onPop = (event: PopStateEvent) => {
          if (typeof (event.state as { p18Step?: unknown } | null)?.p18Step !== 'number') return;
          // The entry reached carries no case: the guide writes its state back into it at once.
          written = fragment();
          onStep((event.state as { p18Step: number }).p18Step);
        };
        win.addEventListener('popstate', onPop);
        return () => win.removeEventListener('popstate', onPop);
      },
    },
    changedElsewhere: () => fragment() !== (written ?? ''),
  };
}

const stepOf = (state: unknown): number => {
  const step = (state as { p18Step?: unknown } | null)?.p18Step;
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 ? step : 0;
};

/**
 * Browsers print the page address in the margin: while printing, the address is the bare page,
 * without the fragment that holds the case. Returns the clean-up.
 */
export function addressWithoutCaseWhilePrinting(win: Window = window): () => void {
  let kept: string | null = null;
  const before = () => {
    kept = win.location.href;
    const bare = new URL(kept);
    bare.hash = '';
    win.history.replaceState(win.history.state, '', bare);
  };
  const after = () => {
    if (kept !== null) win.history.replaceState(win.history.state, '', kept);
    kept = null;
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
