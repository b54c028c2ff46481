import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { leanRules } from './scripts/lib/vite-plugin-lean-rules.ts';
import { jsonLogicModule } from './scripts/lib/vite-plugin-json-logic-module.ts';
import { rulesCheck } from './scripts/lib/vite-plugin-rules-check.ts';
import { readerRemCss } from './scripts/lib/vite-plugin-reader-rem.ts';
import { embedChunks, GUIDE_CHUNK, guideChunkGroup } from './scripts/lib/embed-chunks.ts';

const packageVersion: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
const ruleBaseVersion: string = JSON.parse(readFileSync(new URL('./rules/status.json', import.meta.url), 'utf8')).version;

/**
 * Where the artefacts land: the paths a site editor links to. The embed's folder names both the
 * code's version and the rule base's, so new rules always come under a new path (and a rule change
 * without a new rule-base version fails the build: scripts/lib/rule-base-hash.ts).
 */
const embedDir = `embed/${packageVersion}/${ruleBaseVersion}`;
export const ARTEFACTS = {
  embedDir,
  embedModule: `${embedDir}/paragraf18-guiden.js`,
  offlineFile: 'paragraf18-guiden-offline.html',
  versionFile: 'rule-base-version.json',
};

/**
 * The embed's modules, built together: the guide, the optional paperwork and presenter modules,
 * and the iframe host script. The optional modules import the libraries and shared code from the
 * guide's own file (scripts/lib/embed-chunks.ts), so a host page carries each library once.
 */
export const EMBED_MODULES: Record<string, Record<string, string>> = {
  embed: {
    [GUIDE_CHUNK]: 'src/embed/embed.ts',
    'paragraf18-papirarbejde': 'src/paperwork/paperwork-entry.ts',
    'paragraf18-praesentation': 'src/presenter/presenter-entry.ts',
    'paragraf18-engelsk': 'src/embed/english-entry.ts',
    'iframe-resizer': 'src/embed/iframe-resizer.ts',
  },
};

const shared: UserConfig = {
  // The rule files and locales are large object literals; as JSON.parse("…") strings the browser
  // parses them several times faster on first load.
  json: { stringify: true },
  // Relative asset URLs so the build works from any sub-path it is hosted under.
  base: './',
  // Host pages with an AMD loader (global `define`) would make json-logic-js's UMD
  // wrapper take the AMD branch and export nothing; pin that branch off at build time.
  define: {
    'define.amd': 'false',
    // Only the single-file build sets it true; the embed and the tests see false.
    __OFFLINE_FILE__: 'false',
    __RULE_BASE_VERSION__: JSON.stringify(ruleBaseVersion),
  },
};

/** The app asks this file (same origin, never cached) whether a newer rule base is out. */
function ruleBaseVersionFile(): Plugin {
  return {
    name: 'paragraf-18-rule-base-version',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ARTEFACTS.versionFile, source: JSON.stringify({ version: ruleBaseVersion }) });
    },
  };
}

/** The single file must not point at anything beside it: its icon travels inside it. */
function inlineFavicon(): Plugin {
  return {
    name: 'paragraf-18-inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}

/** The single file is offered for download under a name that says what it is. */
function renameSingleFile(): Plugin {
  return {
    name: 'paragraf-18-offline-file-name',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page) page.fileName = ARTEFACTS.offlineFile;
    },
  };
}

export default defineConfig(({ mode }) => {
  const embedEntries = EMBED_MODULES[mode];
  if (embedEntries) {
    // One build for all embed modules: everything the guide loads lives in the guide's file, the
    // optional modules import it from there, and no other chunk exists, so a host page fetches
    // exactly the files its snippet names, each pinned by its integrity hash.
    return {
      ...shared,
      plugins: [preact(), leanRules(), jsonLogicModule(), rulesCheck(), readerRemCss(), embedChunks()],
      // The host page has its own favicon; the embed folder holds the modules and nothing else.
      publicDir: false,
      build: {
        outDir: `dist/${ARTEFACTS.embedDir}`,
        emptyOutDir: mode === 'embed',
        cssCodeSplit: false,
        rolldownOptions: {
          input: embedEntries,
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: '[name]-[hash].js',
            // V8's explicit compile hint (ignored elsewhere): the guide's functions are compiled as
            // the file streams in, off the main thread, not one by one on first call — that is,
            // inside the reader's first clicks, each of which meets code not run before.
            postBanner: (chunk) => (chunk.name === GUIDE_CHUNK ? '//# allFunctionsCalledOnLoad' : ''),
            assetFileNames: '[name][extname]',
            codeSplitting: { groups: [guideChunkGroup(fileURLToPath(new URL(embedEntries[GUIDE_CHUNK], import.meta.url)))] },
          },
        },
      },
    };
  }
  if (mode === 'singlefile') {
    return {
      ...shared,
      define: { ...shared.define, __OFFLINE_FILE__: 'true' },
      plugins: [preact(), leanRules(), jsonLogicModule(), rulesCheck(), readerRemCss(), inlineFavicon(), viteSingleFile(), renameSingleFile()],
      // Nothing is copied beside the single file: it is meant to travel alone.
      publicDir: false,
      build: { outDir: 'dist', emptyOutDir: false },
    };
  }
  return {
    ...shared,
    define: { ...shared.define, __OFFLINE_FILE__: 'false' },
    plugins: [
      preact(),
      leanRules(),
      jsonLogicModule(),
      rulesCheck(),
      // The app imports no `?inline` CSS; the tests do (through the embed's elements), as the embed build.
      readerRemCss(),
      ruleBaseVersionFile(),
      VitePWA({
        // Registered by src/app/register-service-worker.ts, through a Trusted Types policy: the
        // plugin's own registerSW.js passes a plain string, which `require-trusted-types-for` refuses.
        injectRegister: false,
        registerType: 'autoUpdate',
        manifest: {
          name: '§ 18-guiden',
          short_name: '§ 18-guiden',
          description: 'Vejledende vurdering efter integrationslovens § 18 – bygget på Ankestyrelsens vejledende eksempler.',
          lang: 'da',
          start_url: './',
          scope: './',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#0059b3',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          ],
        },
        workbox: {
          clientsClaim: true,
          skipWaiting: true,
          // One self-contained sw.js: a worker served under `require-trusted-types-for 'script'`
          // may not `importScripts` a string, which the split-out Workbox runtime would need.
          inlineWorkboxRuntime: true,
          globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
          // The embed is for other sites; the version file must always come from the network.
          globIgnores: ['embed/**', ARTEFACTS.versionFile],
          navigateFallback: null,
          // `?mode=presenter&case=…` and `?mode=iframe` are the same page: serve it from the precache offline.
          ignoreURLParametersMatching: [/.*/],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        },
      }),
    ],
    build: { outDir: 'dist', emptyOutDir: false },
  };
});
