import { useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { useEnvironment } from './environment';

interface CopyButtonProps {
  label: string;
  copiedMessage: string;
  /** Made when pressed, so a case note carries the moment it was copied. */
  text(): string;
  /** The same content as HTML from our own escaped template, for a paste that keeps headings and lists. */
  html?(): string;
}

/**
 * Copies text and says so in a live region. Where the clipboard is refused, the text is shown in a
 * read-only field to copy by hand rather than failing silently.
 */
export function CopyButton({ label, copiedMessage, text, html }: CopyButtonProps) {
  const { t } = useT();
  const { copyText, copyRich } = useEnvironment();
  const [outcome, setOutcome] = useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string }>({ kind: 'idle' });
  const copy = () => {
    const value = text();
    const rich = html && copyRich ? copyRich({ html: html(), text: value }).catch(() => copyText(value)) : copyText(value);
    rich.then(
      () => setOutcome({ kind: 'copied' }),
      () => setOutcome({ kind: 'manual', text: value }),
    );
  };
  return (
    <div class="p18-copy">
      <button type="button" class="p18-button p18-button--secondary" onClick={copy}>
        {label}
      </button>
      <p class="p18-copy__status" role="status">
        {outcome.kind === 'copied' ? copiedMessage : ''}
      </p>
      {outcome.kind === 'manual' && (
        <label class="p18-copy__manual">
          <span class="p18-copy__manual-label">{t('ui:copy.manual')}</span>
          <textarea class="p18-textarea" readOnly rows={8} value={outcome.text} />
        </label>
      )}
    </div>
  );
}
