/**
 * RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into one object per row,
 * keyed by the header. For the real exports in ../shared/corpora; a scan, no pattern.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { field += '"'; index += 1; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { record.push(field); field = ''; } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field); records.push(record); record = []; field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  const [header, ...rows] = records.filter((row) => row.length > 1 || row[0] !== '');
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}
