import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Subresource Integrity value of a built file: what a host puts in `integrity`. */
export function integrityOf(path: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/**
 * The snippet a site editor pastes, with each module's integrity hash. `origin` is where the
 * widget is served from (the host fills in its own; the build does not know it).
 */
export function embedSnippet(distDir: string, embedDir: string, origin = 'https://WIDGET-ORIGIN'): string {
  const module = (name: string) => {
    const path = `${embedDir}/${name}`;
    return `<script type="module" src="${origin}/${path}" integrity="${integrityOf(join(distDir, path))}" crossorigin="anonymous"></script>`;
  };
  return [
    '<!-- § 18-guiden: the guide (required) -->',
    module('paragraf18-guiden.js'),
    '<paragraf18-guiden lang="da" heading-level="2"></paragraf18-guiden>',
    '',
    '<!-- Optional, each with its own script: the paperwork on the result page -->',
    module('paragraf18-papirarbejde.js'),
    '<!-- Optional: the presenter view for training (then <paragraf18-guiden mode="presenter" case="threats">) -->',
    module('paragraf18-praesentation.js'),
    '',
    '<!-- Or as an iframe: the frame and the few lines that size it -->',
    `<iframe data-paragraf18-guiden src="${origin}/index.html?mode=iframe&amp;heading-level=2" title="§ 18-guiden" width="100%" height="600"></iframe>`,
    module('iframe-resizer.js'),
  ].join('\n');
}
