import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { ARTEFACTS } from '../../vite.config';
import { formatTable } from './table';
import { kB } from './sizes';

/**
 * `npx tsx scripts/bench/breakdown.ts [--by-file] [--module NAME]`: what the embed module's bytes
 * are made of. Not part of `npm run bench` (it answers "where to cut", not "are we within budget").
 *
 * It builds the embed as `npm run build` does, plus a source map, and gives every stretch
 * of the minified output to the source file the map says it came from, grouped (a library, the
 * locales, the rule files, our code by folder). gzip does not add up per part, so two figures:
 * - alone: the group's output stretches gzipped by themselves (what it would cost on its own);
 * - saved: the whole module gzipped minus the module gzipped with the group's stretches cut out
 *   (about what removing it would save, given everything else stays).
 */
const ROOT = resolve(import.meta.dirname, '..', '..');

const CSS_GROUP = 'our CSS';

/** `--by-file`: our code and the rule files per file, to find which module to cut. */
const BY_FILE = process.argv.includes('--by-file');
/** `--module NAME` (e.g. paragraf18-papirarbejde): another of the embed's files than the guide's. */
const MODULE = process.argv.includes('--module') ? process.argv[process.argv.indexOf('--module') + 1] : null;

/** Sorts a source file (absolute path) into the parts worth knowing about. */
function group(source: string): string {
  const path = relative(ROOT, source).split(sep).join('/');
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (lib) return `lib: ${lib[1]}`;
  const locale = /^locales\/([^/]+)\/([^/.]+)\.json/.exec(path);
  if (locale) return `locales: ${locale[1]}/${locale[2]}.json`;
  if (path.startsWith('rules/')) return BY_FILE ? path : 'rule files (rules/**/*.json)';
  if (path.endsWith('.css')) return CSS_GROUP;
  if (BY_FILE && path.startsWith('src/')) return path;
  const own = /^src\/([^/]+)\//.exec(path);
  if (own) return `our code: src/${own[1]}/`;
  return `other: ${path}`;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map mappings into [generated column, source index delta | null]. */
function* segments(line: string): Generator<[number, number | null]> {
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    column += fields[0];
    yield [column, fields.length > 1 ? fields[1] : null];
  }
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Which group each UTF-16 position of the output belongs to (source indices are relative across segments). */
function attribute(code: string, map: SourceMap, mapDir: string): string[] {
  const owner: string[] = new Array(code.length).fill('other: unmapped (bundler glue)');
  const lines = code.split('\n');
  let offset = 0;
  let source = 0;
  map.mappings.split(';').forEach((mappings, index) => {
    const line = lines[index] ?? '';
    const marks = [...segments(mappings)].map(([column, delta]): [number, number] => {
      if (delta === null) return [column, -1];
      source += delta;
      return [column, source];
    });
    marks.forEach(([column, src], i) => {
      const end = i + 1 < marks.length ? marks[i + 1][0] : line.length;
      if (src >= 0) owner.fill(group(resolve(mapDir, map.sources[src])), offset + column, offset + end);
    });
    offset += line.length + 1;
  });
  return owner;
}

/**
 * Vite turns JSON into JS without a source map, so the rule files and locales would show up as
 * unmapped. This plugin does that step itself — `export default <json>`, after the project's own
 * JSON plugins (lean rules) — with a coarse map (every line → the file), which is all the
 * attribution needs. The module comes out within a few bytes of the real build (printed below).
 */
const mapJson: Plugin = {
  name: 'bench-breakdown-map-json',
  enforce: 'pre',
  transform(code, id) {
    if (!/\.json$/.test(id)) return null;
    const js = `export default ${code.trim()};\n`;
    const mappings = Array(js.split('\n').length).fill('AAAA').join(';');
    return { code: js, moduleType: 'js', map: { version: 3, sources: [id], names: [], mappings } };
  },
};

/**
 * The stylesheet the element inlines (`?inline`) reaches the bundle as a string with an empty map
 * that no later map can repair; keep its text here and find it in the output instead.
 */
const inlineCss: string[] = [];
const collectInlineCss: Plugin = {
  name: 'bench-breakdown-inline-css',
  enforce: 'post',
  transform(code, id) {
    const literal = /^export default (".*");?\s*$/s.exec(code);
    if (/\.css\?inline$/.test(id) && literal) inlineCss.push(JSON.parse(literal[1]) as string);
    return null;
  },
};

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Builds the embed with a source map into `outDir`; returns the module's code and its map. */
async function buildWithMap(outDir: string): Promise<{ code: string; map: SourceMap }> {
  // Like scripts/lib/build-all.ts: a production build whatever NODE_ENV the caller has.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'embed',
      logLevel: 'warn',
      plugins: [mapJson, collectInlineCss],
      build: { outDir, sourcemap: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  const file = join(outDir, MODULE ? `${MODULE}.js` : basename(ARTEFACTS.embedModule));
  return {
    code: (await readFile(file, 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, ''),
    map: JSON.parse(await readFile(`${file}.map`, 'utf8')),
  };
}

const work = await mkdtemp(join(tmpdir(), 'p18-breakdown-'));
try {
  const { code, map } = await buildWithMap(work);
  const owner = attribute(code, map, work);
  for (const css of inlineCss) {
    const at = code.indexOf(css);
    if (at >= 0) owner.fill(CSS_GROUP, at, at + css.length);
  }

  const total = gz(code);
  const rows = [...new Set(owner)].map((name) => {
    const alone = code.split('').filter((_, i) => owner[i] === name).join('');
    const without = code.split('').filter((_, i) => owner[i] !== name).join('');
    return { name, raw: Buffer.byteLength(alone), alone: gz(alone), saved: total - gz(without) };
  });
  rows.sort((a, b) => b.saved - a.saved);
  const value = (r: (typeof rows)[number]) => `${kB(r.raw)} raw · ${kB(r.alone)} gzip alone · ${kB(r.saved)} gzip saved if cut`;
  console.log(formatTable(rows.map((r) => ({ figure: r.name, value: value(r), budget: '', pass: null }))));
  console.log(`\nwhole module: ${kB(Buffer.byteLength(code))} raw, ${kB(total)} gzip -9 (this build's; npm run bench measures the real one)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
