import type { StateStore } from '../ui/state/state-store';

export interface UrlFragmentStore extends StateStore {
  /** True when the fragment is not the one this store last wrote (someone pasted another link). */
  changedElsewhere(): boolean;
}

/**
 * The standalone app keeps the walk in the URL fragment, so a reload or a bookmark keeps it and
 * the server never sees it. `replaceState`, never `pushState`: answers about threats, illness or
 * children must not pile up as entries in the browser history.
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
      win.history.replaceState(win.history.state, '', url);
    },
    shareableLink: () => win.location.href,
    changedElsewhere: () => fragment() !== (written ?? ''),
  };
}
