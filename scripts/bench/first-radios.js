/*
 * "First radios visible": injected (Playwright init script) into every page the bench times —
 * the embed's host page, the floor page, the static page and the app — before any of the page's
 * own scripts run, so all of them are judged by the same code at the same cost.
 *
 * Method. Radios can appear in the light DOM (floor, static page) or inside a shadow root (the
 * embed), and a shadow root is invisible to a document-level MutationObserver. So:
 *  1. a MutationObserver watches the document (child lists, and the attributes that can show or
 *     hide an element) for the whole load;
 *  2. Element.prototype.attachShadow is wrapped so each new shadow root — open or closed — gets the
 *     same observer the moment it exists, before the page can put anything in it;
 *  3. after every batch of mutations, and once per animation frame (a stylesheet or a font can make
 *     radios visible without any DOM mutation), every known root is searched for
 *     `input[type=radio]`. A radio counts when it is connected and it, or one of its labels (custom
 *     radios often hide the native box and draw it on the label), passes
 *     `checkVisibility({ checkOpacity, checkVisibilityCSS })` and has a non-empty layout box.
 *  4. The first time that holds, performance.now() — milliseconds since navigation start, the
 *     document's time origin — is kept, everything is disconnected, and the time is sent to the
 *     bench through the `__p18FirstRadios` binding.
 * The time is taken when the radios are in the DOM and laid out visibly, i.e. the frame about to
 * be painted; it does not wait for the paint itself, which no API reports for form controls.
 */
(() => {
  if (window.top !== window) return;
  const roots = [document];
  const observers = [];
  let done = false;

  const shows = (el) => {
    if (!el.isConnected) return false;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };

  const check = () => {
    if (done) return;
    for (const root of roots) {
      for (const radio of root.querySelectorAll('input[type=radio]')) {
        if (!shows(radio) && !Array.from(radio.labels ?? []).some(shows)) continue;
        const at = performance.now();
        done = true;
        for (const observer of observers) observer.disconnect();
        window.__p18FirstRadiosAt = at;
        window.__p18FirstRadios?.(at);
        return;
      }
    }
  };

  const watch = (root) => {
    const observer = new MutationObserver(check);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['type', 'class', 'style', 'hidden', 'open'],
    });
    observers.push(observer);
  };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!done) {
      roots.push(root);
      watch(root);
    }
    return root;
  };

  watch(document);
  const everyFrame = () => {
    check();
    if (!done) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
})();
