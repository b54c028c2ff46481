/**
 * Printing from an embed must print the case note, not the host's article around it. The
 * guide's own print stylesheet already hides everything inside the shadow root but the note;
 * for the duration of one print, a constructed sheet on the host document hides the host's
 * content and lifts the element to the top of the page. Constructed sheets are allowed under a
 * strict `style-src`, and the sheet is removed again as soon as printing ends.
 */
const MARK = 'data-p18-printing';

export function printOnly(element: HTMLElement, print: () => void = () => window.print()): void {
  const doc = element.ownerDocument;
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(
    `@media print {
      body * { visibility: hidden !important; }
      [${MARK}], [${MARK}] * { visibility: visible !important; }
      [${MARK}] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
    }`,
  );
  element.setAttribute(MARK, '');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const cleanUp = () => {
    element.removeAttribute(MARK);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  try {
    // Chromium's print() returns once the dialog closes; other browsers fire `afterprint`.
    print();
  } finally {
    cleanUp();
  }
}
