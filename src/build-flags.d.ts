/** Set by vite.config.ts at build time. */
declare const __RULE_BASE_VERSION__: string;
/** True in the single self-contained HTML file, which runs from file:// with no server. */
declare const __OFFLINE_FILE__: boolean;
