import { HEIGHT_MESSAGE } from './iframe-height';

/**
 * Host script for the iframe alternative: sizes every `<iframe data-paragraf18-guiden>` to the
 * height its guide reports. It trusts a message only from the frame it resizes.
 */

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height > 0)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-paragraf18-guiden]')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.min(Math.ceil(data.height), 100_000));
  }
});
