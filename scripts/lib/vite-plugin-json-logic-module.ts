import type { Plugin } from 'vite';

const UMD_HEAD = /^[\s\S]*?;\(function\(root, factory\) \{[\s\S]*?\}\(this, function\(\) \{/;
const UMD_TAIL = /\}\)\);\s*$/;

/**
 * json-logic-js ships only as a UMD script. Bundled as it is, it comes wrapped in the bundler's
 * CommonJS glue (and takes the AMD branch on a host page with a global `define`). Its factory is
 * plain code returning one object, so this hands it to the bundler as an ES module instead:
 * `export default (function () { … })()`. If a new version changes the wrapper, the build stops
 * here rather than silently falling back to the glue.
 */
export function jsonLogicModule(): Plugin {
  return {
    name: 'paragraf-18-json-logic-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]json-logic-js[\\/]logic\.js$/.test(id)) return null;
      if (!UMD_HEAD.test(code) || !UMD_TAIL.test(code)) this.error('json-logic-js: its UMD wrapper has changed; update scripts/lib/vite-plugin-json-logic-module.ts');
      return { code: code.replace(UMD_HEAD, 'export default (function() {').replace(UMD_TAIL, '})();\n'), map: null };
    },
  };
}
