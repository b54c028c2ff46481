import { buildAll } from './lib/build-all';

/** `npm run build`: the app, its single offline file and the embed module, all into dist/. */
await buildAll();
