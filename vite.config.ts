import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Relative asset URLs so the build works from any sub-path it is hosted under.
  base: './',
  plugins: [preact()],
  // Host pages with an AMD loader (global `define`) would make json-logic-js's UMD
  // wrapper take the AMD branch and export nothing; pin that branch off at build time.
  define: { 'define.amd': 'false' },
  build: { outDir: 'dist' },
});
