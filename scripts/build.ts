import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTEFACTS } from '../vite.config';
import { buildAll } from './lib/build-all';
import { embedSnippet } from './lib/embed-snippet';

/**
 * `npm run build`: the app, its single offline file and the embed modules, all into dist/; then
 * prints the embed snippet with its Subresource Integrity hashes (also kept as dist/embed/…/snippet.html).
 */
const dist = join(import.meta.dirname, '..', 'dist');
await buildAll(dist);
const snippet = embedSnippet(dist, ARTEFACTS.embedDir);
writeFileSync(join(dist, ARTEFACTS.embedDir, 'snippet.html'), `${snippet}\n`);
console.log(`\nEmbed snippet (replace https://WIDGET-ORIGIN with where dist/ is served):\n\n${snippet}\n`);
