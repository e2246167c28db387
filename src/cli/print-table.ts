/** A plain aligned text table for terminals; cells are cut so one long value cannot wreck the layout. */
export function toTable(headers: string[], rows: (string | number | null)[][], maxCellChars = 60): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => cut(cell === null ? '' : String(cell), maxCellChars)))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)));
  return cells
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd())
    .join('\n');
}

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
