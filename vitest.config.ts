import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Tests see the same plugins and defines as the app build (JSX via the Preact preset).

// `npm test` runs the engine and UI projects on one core beside the browser project: a test that
// spawns the CLI or builds takes a few seconds more there than alone; a hung one still fails.
const SHARED_CORE = { testTimeout: 20_000, hookTimeout: 60_000 };
export default mergeConfig(
  viteConfig({ command: 'serve', mode: 'test' }),
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'engine', environment: 'node', include: ['test/engine/**/*.test.ts'], setupFiles: ['test/setup/english.ts'], ...SHARED_CORE },
        },
        {
          extends: true,
          test: { name: 'ui', environment: 'happy-dom', include: ['test/ui/**/*.test.{ts,tsx}'], setupFiles: ['test/setup/english.ts'], ...SHARED_CORE },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['test/browser/**/*.test.ts'],
            globalSetup: ['test/browser/global-setup.ts'],
            // One Chromium at a time: the machines have two cores.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  }),
);
