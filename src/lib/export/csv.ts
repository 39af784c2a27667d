/**
 * CSV for Russian-locale spreadsheets: UTF-8 with a byte-order mark (so Excel reads Cyrillic
 * correctly), `;` between columns (Excel's list separator when the decimal mark is a comma),
 * CRLF line ends, RFC 4180 quoting by papaparse. Cells that a spreadsheet would run as a
 * formula (= + - @ at the start) get a leading apostrophe.
 */
import Papa from 'papaparse';

/** One column of a dataset: machine name, Russian description, and how to get the value. */
export interface Column<R> {
  /** Column name in the CSV header and key in JSON (English, stable). */
  key: string;
  /** What the column holds, in Russian (for the /data/ page and the README). */
  description: string;
  value: (row: R) => string | number | boolean | null | undefined;
}

/** Byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Plain records (column key → text) for the given rows. */
export function toRecords<R>(columns: readonly Column<R>[], rows: readonly R[]): Array<Record<string, string>> {
  return rows.map((row) => {
    const record: Record<string, string> = {};
    for (const c of columns) {
      const v = c.value(row);
      record[c.key] = v === null || v === undefined ? '' : String(v);
    }
    return record;
  });
}

/** The CSV text (with BOM) for the rows. */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const fields = columns.map((c) => c.key);
  const data = toRecords(columns, rows).map((r) => fields.map((f) => escapeFormula(r[f] ?? '')));
  // Our own guard, not papaparse's escapeFormulae: that one misses multi-line values (its regex has no dotall flag).
  return BOM + Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false, header: true }) + '\r\n';
}

/** Reads CSV text made by `toCsv` back into records (drops the BOM; no formula unescaping). */
export function parseCsv(text: string): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`CSV не читается: ${result.errors.map((e) => `строка ${e.row}: ${e.message}`).join('; ')}`);
  return result.data;
}

/**
 * What `toCsv` writes for a value that a spreadsheet could run as a formula (OWASP «CSV
 * injection»; Excel, LibreOffice and Google Sheets differ, so the guard is wide): a value that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return — also after leading spaces, line
 * breaks or quotes, and whatever its later lines hold — gets a leading apostrophe, which
 * spreadsheets show as text (a negative number too: `'-5`, as OWASP advises).
 */
export function escapeFormula(value: string): string {
  return /^[\t\r]|^[\s"'\u00A0\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}
