import { render } from 'preact';
import { isLanguage, type Language } from '../i18n/resources';

/**
 * Shared by the guide element and the optional modules' elements: an open shadow root with the
 * given styles adopted (constructed sheets pass a strict `style-src`), and one mount point in it.
 */
export function shadowMountPoint(element: HTMLElement, sheets: CSSStyleSheet[]): HTMLElement {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const mountPoint = document.createElement('div');
  root.append(mountPoint);
  return mountPoint;
}

export function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
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
