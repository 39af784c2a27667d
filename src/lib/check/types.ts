import type { CollectionName } from '../../schemas';

/** A content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** Entry id (path under the collection folder, without extension). */
  id: string;
  /** Path relative to the project root, for messages: `src/content/reports/x/2021-09.yaml`. */
  file: string;
  /** Parsed front matter or YAML data; `undefined` when the file could not be parsed. */
  data: unknown;
  /** Markdown body for documents. */
  body?: string;
  /** 1-based file line where the body starts (after the closing `---`). */
  bodyLine?: number | undefined;
  /** 1-based line of a field path (or its nearest existing parent), when known. */
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined;
}

export type Severity = 'error' | 'warning';

/** One problem found by a rule: a code and data; the formatter turns it into Russian text. */
export interface Problem {
  severity: Severity;
  /** Stable machine code, e.g. `ref.unknown-school`, `schema.invalid_type`. */
  code: string;
  file: string;
  line?: number | undefined;
  /** Dotted field path: `rows.2.reason`. */
  field?: string | undefined;
  /** The collection of the file, so the message can name the field as the CMS form does. */
  collection?: CollectionName | undefined;
  /** The field as the CMS form names it, with the numbers its list blocks show (`fieldTitle`), set once the file's data is known. */
  fieldTitle?: string | undefined;
  data: Record<string, string | number | undefined>;
}
