// How a list or a table is written into a file a spreadsheet opens: CSV (RFC 4180), HXL (CSV
// with a row of hashtags under the header) and the rows of an XLSX sheet. Pure: text in, text out.
import type { Labels, Lang } from '../reference/labels.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'hxl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The media type each format is sent as (HXL is CSV with a hashtag row). */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  hxl: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type Cell = string | number | boolean | null;

/** One column of an export: its header in each language, its HXL hashtag, and its value. */
export interface ExportColumn<Row> {
  labels: Labels;
  /** The HXL hashtag with attributes, e.g. `#adm1+code`. */
  hxl: string;
  value: (row: Row) => Cell;
}

/** Written first so that spreadsheets read the file as UTF-8 (Arabic and Persian names intact). */
export const UTF8_BOM = '\uFEFF';

// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
// one): a name typed as "=HYPERLINK(…)" must reach the reader as text, never as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet shows as it is: a leading ' where it would start a formula. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a cell; numbers and booleans are ours, so only text is neutralised. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return neutralised(cell);
  return String(cell);
}

/** A CSV field quoted as RFC 4180 wants: in quotes when it holds a quote, comma or line break. */
export function csvField(cell: Cell): string {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvField).join(',')}\r\n`;

/** The header lines: the labels in the reader's language, and for HXL the hashtags under them. */
export function headerLines<Row>(
  columns: readonly ExportColumn<Row>[],
  lang: Lang,
  format: ExportFormat,
): Cell[][] {
  const labels = columns.map((c) => c.labels[lang]);
  return format === 'hxl' ? [labels, columns.map((c) => c.hxl)] : [labels];
}

export const rowCells = <Row>(columns: readonly ExportColumn<Row>[], row: Row): Cell[] =>
  columns.map((c) => c.value(row));

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters XML 1.0 cannot carry at all (control characters but tab, line feed, return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const xmlText = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);

/** A spreadsheet column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** One row of an XLSX sheet (SpreadsheetML), text as inline strings so no shared table is held. */
export function sheetRow(rowNumber: number, cells: readonly Cell[]): string {
  const xml = cells.map((cell, i) => {
    const ref = `${columnLetters(i)}${rowNumber}`;
    if (cell === null) return '';
    if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${ref}"><v>${cell}</v></c>`;
    if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
    // Inline text is never evaluated by a spreadsheet, but the same ' keeps CSV and XLSX alike.
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cellText(cell))}</t></is></c>`;
  });
  return `<row r="${rowNumber}">${xml.join('')}</row>`;
}
