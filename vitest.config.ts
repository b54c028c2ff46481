import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Tests see the same plugins and defines as the app build (JSX via the Preact preset).
export default mergeConfig(
  viteConfig({ command: 'serve', mode: 'test' }),
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'engine', environment: 'node', include: ['test/engine/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'ui', environment: 'happy-dom', include: ['test/ui/**/*.test.{ts,tsx}'] },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['test/browser/**/*.test.ts'],
            globalSetup: ['test/browser/global-setup.ts'],
            // Two files at a time, one Chromium each: the browser tests mostly wait on the page
            // (one at a time kept two cores a quarter idle and took ~13 of CI's 15 minutes). Its own
            // worker count makes it its own group, after the engine and UI projects.
            fileParallelism: true,
            maxWorkers: 2,
            sequence: { groupOrder: 1 },
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  }),
);
