/**
 * In a shadow root `rem` is the host page's root size, which older sites set to 62.5 %. The
 * guide's sizes are written in `rem` for the app; in an embed each becomes a multiple of
 * `--p18-rem`, the reader's own text size (see host-isolation.css). Media queries keep `rem`:
 * there it already means the browser's setting. Applied when the embed's CSS is built
 * (scripts/lib/vite-plugin-reader-rem.ts), not on every page load.
 */
export function withReaderRem(css: string): string {
  return css.replace(/(@media[^{]*)|(-?(?:\d+\.?\d*|\.\d+))rem\b/g, (match, media: string | undefined, amount: string | undefined) =>
    media !== undefined ? match : `calc(${amount} * var(--p18-rem, 1rem))`,
  );
}
