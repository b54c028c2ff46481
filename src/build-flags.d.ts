/** Set by vite.config.ts at build time. */
declare const __RULE_BASE_VERSION__: string;
/** True in the single self-contained HTML file, which runs from file:// with no server. */
declare const __OFFLINE_FILE__: boolean;

/** The training cases, Danish, as the case library reads them (scripts/lib/vite-plugin-lean-rules.ts). */
declare module 'virtual:training-cases' {
  const cases: Record<string, unknown>[];
  export default cases;
}
/** The training cases' English texts by case id (scripts/lib/vite-plugin-lean-rules.ts). */
declare module 'virtual:training-cases-en' {
  const texts: Record<string, Record<string, string>>;
  export default texts;
}
