import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Subresource Integrity value of a built file: what a host puts in `integrity`. */
export function integrityOf(path: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

export interface SnippetParts {
  guide: string;
  paperwork: string;
  presenter: string;
  english: string;
  iframe: string;
}

/**
 * The parts of the snippet a site editor pastes, each module with its integrity hash. `origin` is
 * where the widget is served from (the host fills in its own; the build does not know it). The
 * optional modules take their libraries from the guide's file, which the guide's own tag (with
 * its hash) has loaded: that tag comes first, and the browser fetches that file once.
 */
export function embedSnippetParts(distDir: string, embedDir: string, origin = 'https://WIDGET-ORIGIN'): SnippetParts {
  const module = (name: string) => {
    const path = `${embedDir}/${name}`;
    return `<script type="module" src="${origin}/${path}" integrity="${integrityOf(join(distDir, path))}" crossorigin="anonymous"></script>`;
  };
  return {
    guide: [module('paragraf18-guiden.js'), '<paragraf18-guiden lang="da" heading-level="2"></paragraf18-guiden>'].join('\n'),
    paperwork: module('paragraf18-papirarbejde.js'),
    presenter: module('paragraf18-praesentation.js'),
    english: module('paragraf18-engelsk.js'),
    iframe: [
      `<iframe data-paragraf18-guiden src="${origin}/index.html?mode=iframe&amp;heading-level=2" title="§ 18-guiden" width="100%" height="600"></iframe>`,
      module('iframe-resizer.js'),
    ].join('\n'),
  };
}

export function embedSnippet(distDir: string, embedDir: string, origin?: string): string {
  const parts = embedSnippetParts(distDir, embedDir, origin);
  return [
    '<!-- § 18-guiden: the guide (required, and before the optional modules: they use its libraries) -->',
    parts.guide,
    '',
    '<!-- Optional, each with its own script: the paperwork on the result page -->',
    parts.paperwork,
    '<!-- Optional: the presenter view for training (then <paragraf18-guiden mode="presenter" case="threats">) -->',
    parts.presenter,
    '<!-- Optional: English, a translation (Danish is authoritative) — the language switch, and lang="en" -->',
    parts.english,
    '',
    '<!-- Or as an iframe: the frame and the few lines that size it -->',
    parts.iframe,
  ].join('\n');
}
