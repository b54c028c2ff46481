import { HEIGHT_MESSAGE } from './iframe-height';

/**
 * Host script for the iframe alternative: sizes every `<iframe data-paragraf18-guiden>` to the
 * height its guide reports. It trusts a message only from the frame it resizes, and only while
 * that frame shows a page from the origin of its `src`: a frame navigated elsewhere (a link, a
 * redirect) cannot set its own size.
 */

const originOf = (frame: HTMLIFrameElement): string | null => {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return null;
  }
};

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height > 0)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-paragraf18-guiden]')) {
    if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
    frame.height = String(Math.min(Math.ceil(data.height), 100_000));
  }
});
