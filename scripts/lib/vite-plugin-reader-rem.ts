import type { Plugin } from 'vite';
import { withReaderRem } from '../../src/embed/reader-rem.ts';

/**
 * The CSS the embed's elements adopt in their shadow roots (`*.css?inline`) gets its `rem` sizes
 * rewritten to the reader's text size here, at build time: the same rewrite the page would
 * otherwise run over every sheet on every load. A module of another shape fails the build rather
 * than reaching a host unconverted.
 */
export function readerRemCss(): Plugin {
  return {
    name: 'paragraf-18-reader-rem',
    enforce: 'post',
    transform(code, id) {
      if (!/\.css\?inline$/.test(id)) return null;
      const literal = /^export default ("(?:[^"\\]|\\.)*")\s*;?\s*$/s.exec(code.trim());
      if (!literal) this.error(`${id}: expected \`export default "<css>"\`, got ${code.slice(0, 80)}…`);
      return { code: `export default ${JSON.stringify(withReaderRem(JSON.parse(literal![1]) as string))};`, map: null };
    },
  };
}
