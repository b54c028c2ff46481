/**
 * FNV-1a, 32 bit, in base 36. It lets a link tell a truncated or mistyped copy from a good one;
 * it is not a signature, and need not be: whoever edits a link could give the same answers in the
 * walk itself.
 */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
