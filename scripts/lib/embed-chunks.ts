import type { Plugin } from 'vite';

/** The guide's file name (without `.js`): the one module every host page loads. */
export const GUIDE_CHUNK = 'paragraf18-guiden';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module the guide's entry loads, statically (the embed has no dynamic imports). */
function loadedBy(entry: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Code-splitting group that puts every module the guide loads into the guide's own entry file.
 * The optional modules then import preact, its hooks, i18next, json-logic-js, the engine, the rule
 * base and the shared UI from `./paragraf18-guiden.js` — the very file (and module instance) the
 * host's `<script integrity>` already loaded — instead of bundling copies or a separate chunk that
 * the snippet would have to preload.
 */
export function guideChunkGroup(guideEntry: string) {
  let guideModules: Set<string> | null = null;
  return {
    name: (id: string, graph: ModuleGraph) => {
      guideModules ??= loadedBy(guideEntry, graph);
      return guideModules.has(id) ? GUIDE_CHUNK : null;
    },
    debugName: 'guide-modules',
  };
}

/**
 * Checks the embed build's output: one file per entry and nothing else, the guide and the iframe
 * host script importing nothing, the optional modules importing only the guide's file. A host
 * page then fetches exactly the files its snippet names; any other chunk fails the build.
 */
export function embedChunks(): Plugin {
  return {
    name: 'paragraf-18-embed-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const problems: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        if (!file.isEntry) problems.push(`${file.fileName} is a chunk no snippet names (modules: ${file.moduleIds.slice(0, 5).join(', ')}…)`);
        const allowed = file.name === GUIDE_CHUNK || file.name === 'iframe-resizer' ? [] : [`${GUIDE_CHUNK}.js`];
        const extra = [...file.imports, ...file.dynamicImports].filter((imported) => !allowed.includes(imported));
        if (extra.length > 0) problems.push(`${file.fileName} imports ${extra.join(', ')}`);
      }
      if (problems.length > 0) this.error(`The embed must load only the files its snippet names:\n  ${problems.join('\n  ')}`);
    },
  };
}
