/** The message an iframed guide posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'paragraf18-guiden:height';

/**
 * Tells the parent page how tall the guide is, so the host can size the frame to its content and
 * no inner scrollbar appears. Only a number leaves the frame, so any parent may read it; the host
 * script checks that the message comes from its own frame.
 */
export function postHeightToParent(element: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
