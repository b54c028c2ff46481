/** One line of the bench's table: a figure, its value and, when it has one, its budget. */
export interface Row {
  figure: string;
  value: string;
  budget: string;
  /** null: reported for context, no budget. */
  pass: boolean | null;
}

/** The table as `npm run bench` prints it: Markdown, so it can be pasted into an issue as it is. */
export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [r.figure, r.value, r.budget, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL']);
  const header = ['figure', 'value', 'budget', 'pass'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
