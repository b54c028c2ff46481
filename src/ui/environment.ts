import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What the guide needs from its surroundings, so tests and an embed can supply their own. */
export interface Environment {
  /** Puts text on the clipboard; rejects where the browser does not allow it. */
  copyText(text: string): Promise<void>;
  /**
   * Puts formatted text on the clipboard, as HTML with a plain-text twin, so a paste into a word
   * processor keeps headings and lists. Where it is absent or refused, the plain text is copied.
   */
  copyRich?(content: { html: string; text: string }): Promise<void>;
  now(): Date;
  print(): void;
  /** The link that reopens this walk, where the state lives in the address bar; null otherwise. */
  shareableLink(): string | null;
  /** Where the review copy of the rule base opens, in a language; absent where there is none (the embed). */
  reviewCopyHref?(language: string): string;
}

export const browserEnvironment: Environment = {
  copyText: (text) =>
    typeof navigator !== 'undefined' && navigator.clipboard
      ? navigator.clipboard.writeText(text)
      : Promise.reject(new Error('no clipboard')),
  copyRich: ({ html, text }) =>
    typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function' && typeof ClipboardItem === 'function'
      ? navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ])
      : Promise.reject(new Error('no rich clipboard')),
  now: () => new Date(),
  print: () => window.print(),
  shareableLink: () => null,
};

export const EnvironmentContext = createContext<Environment>(browserEnvironment);

export const useEnvironment = (): Environment => useContext(EnvironmentContext);
