/*
 * Injected (Playwright init script) into the bench's walk page and its click-floor page, see
 * walk-latency.ts. Plain JavaScript so nothing of the bench's own TypeScript tooling reaches the page.
 * It reads the guide's shadow root, or the document on a page without the guide (the floor).
 * - __p18Screen(): the guide's current screen — its radio/checkbox groups, and whether a submit
 *   button is left (check page) or not (result); marks that button `data-bench-next` for the click.
 * - __p18Choose(name, value): checks that option, as a click on it would.
 * - __p18Arm(): before the click; __p18Next then resolves to the milliseconds from the click's
 *   timestamp to the next screen painted (see the end of this file), with both measures it is made of.
 */
(() => {
  const root = () => document.querySelector('paragraf18-guiden')?.shadowRoot ?? document;
  const signature = () => {
    const r = root();
    const inputs = Array.from(r.querySelectorAll('input'), (i) => `${i.name}=${i.value}`).join(',');
    const texts = Array.from(r.querySelectorAll('legend, h1, h2, h3, h4, h5, h6'), (h) => h.textContent).join('|');
    return `${inputs}#${texts}`;
  };

  window.__p18Screen = () => {
    const r = root();
    const groups = new Map();
    for (const input of r.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      const group = groups.get(input.name) ?? { name: input.name, type: input.type, values: [] };
      group.values.push(input.value);
      groups.set(input.name, group);
    }
    for (const marked of r.querySelectorAll('[data-bench-next]')) marked.removeAttribute('data-bench-next');
    const submit = r.querySelector('form button[type=submit], form button:not([type])');
    submit?.setAttribute('data-bench-next', '');
    return { kind: groups.size > 0 ? 'question' : submit ? 'check' : 'result', groups: [...groups.values()] };
  };

  window.__p18Choose = (name, value) => {
    for (const input of root().querySelectorAll('input')) {
      if (input.name === name && input.value === value && !input.checked) input.click();
    }
  };

  window.__p18Arm = () => {
    const before = signature();
    let clickAt = Number.NaN;
    let changedAt = Number.NaN;
    addEventListener('click', (e) => (clickAt = e.timeStamp), { capture: true, once: true });
    // The browser's own measure of the click: from its timestamp to the next frame presented after
    // its handlers ran (Event Timing, as INP reads it; reported when ≥ 16 ms, in 8 ms steps).
    const clickTiming = new Promise((resolve) => {
      const timing = new PerformanceObserver((list) => {
        const entry = list.getEntries().find((e) => e.name === 'click' && Math.abs(e.startTime - clickAt) < 1);
        if (!entry) return;
        timing.disconnect();
        resolve(entry);
      });
      timing.observe({ type: 'event', durationThreshold: 16 });
      setTimeout(() => (timing.disconnect(), resolve(null)), 3000);
    });
    const framed = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (signature() === before) return;
        observer.disconnect();
        changedAt = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - clickAt);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(root(), { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => reject(new Error('no new screen within 20 s of the click')), 20_000);
    });
    // painted: Event Timing's duration when the new screen was in the DOM before the click's
    // handlers ended (so that next frame shows it); else, or when the click took under 16 ms to
    // present, the frame after the change (rAF, then a posted message: an upper bound, as that
    // message waits behind any task the page or the driver queued meanwhile).
    window.__p18Next = framed.then(async (afterFrame) => {
      const entry = await Promise.race([clickTiming, new Promise((ok) => setTimeout(() => ok(null), 1000))]);
      const eventTiming = entry && changedAt <= entry.processingEnd ? entry.duration : null;
      return { painted: eventTiming ?? afterFrame, afterFrame, eventTiming };
    });
  };
})();
