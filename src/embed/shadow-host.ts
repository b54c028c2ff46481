import { render } from 'preact';
import { isLanguage, type Language } from '../i18n/resources';
import isolationCss from './host-isolation.css?inline';
import fitCss from './host-fit.css?inline';

let hostSheets: { before: CSSStyleSheet; after: CSSStyleSheet } | null = null;

/**
 * Shared by the guide element and the optional modules' elements: an open shadow root with the
 * given styles adopted (constructed sheets pass a strict `style-src`), and one mount point in it,
 * between the host's isolation sheet and the sheet that fits the guide into the host's column.
 */
export function shadowMountPoint(element: HTMLElement, sheets: CSSStyleSheet[]): HTMLElement {
  hostSheets ??= { before: sheetOf(isolationCss), after: sheetOf(fitCss) };
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [hostSheets.before, ...sheets, hostSheets.after];
  const mountPoint = document.createElement('div');
  mountPoint.className = 'p18-mount';
  root.append(mountPoint);
  return mountPoint;
}

export function sheetOf(css: string): CSSStyleSheet {
  registerRemProperty();
  const sheet = new CSSStyleSheet();
  // Its `rem` sizes were rewritten to the reader's text size when it was built (reader-rem.ts).
  sheet.replaceSync(css);
  return sheet;
}

let remRegistered = false;
/** Registered as a length, so `1em` is computed to pixels where it is set and inherited as such. */
function registerRemProperty(): void {
  if (remRegistered) return;
  remRegistered = true;
  try {
    CSS.registerProperty({ name: '--p18-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Already registered by another copy of the module on this page, or not supported: the
    // fallback in each rule is the host's `rem`, as before.
  }
}

export function headingLevelOf(element: Element, fallback: number): number {
  const level = Number(element.getAttribute('heading-level'));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

export function languageOf(element: Element): Language {
  const lang = element.getAttribute('lang');
  return isLanguage(lang) ? lang : 'da';
}

/** Takes down what was rendered into a mount point, and the point itself. */
export function unmount(mountPoint: HTMLElement | null): null {
  if (mountPoint) {
    render(null, mountPoint);
    mountPoint.remove();
  }
  return null;
}
