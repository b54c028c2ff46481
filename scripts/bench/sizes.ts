import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** kB as the budgets use it: 1000 bytes. */
export const KB = 1000;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** gzip at -9 and brotli at its highest quality: what a well-configured server would send. */
export function compressedSizes(body: Buffer | string): Sizes {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Each file compressed on its own (as it goes over the wire), then summed. */
export function sumSizes(all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

export const kB = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`;

export const describeSizes = (s: Sizes): string => `${kB(s.gzip)} gzip · ${kB(s.brotli)} br (${kB(s.raw)} raw)`;
