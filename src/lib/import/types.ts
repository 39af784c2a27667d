/** What the importer recognises and reports. */

/** Kinds a part of a source file can be imported as. */
export type ImportKind = 'order' | 'regulation' | 'pairing' | 'roadmap' | 'form' | 'plan' | 'other';

/** A piece of the source the importer could not place, with its source line. */
export interface Unplaced {
  line: number;
  text: string;
  /** Why, in Russian. */
  reason: string;
}

/** A school already in the content directory (for matching by name). */
export interface KnownSchool {
  id: string;
  name: string;
  shortName: string;
}

/** One file to write under the content root: `documents/prikaz-147.md`. */
export interface OutputFile {
  /** Path relative to the content root, with `/`. */
  path: string;
  content: string;
  /** Collection and id, for the report and for links. */
  collection: 'settings' | 'documents' | 'schools' | 'pairings' | 'pairs' | 'roadmaps';
  id: string;
}

/** A deadline as the importer understood it (for the report and the browser converter). */
export interface DeadlineReport {
  item: string;
  text: string;
  kind: string;
  understood: boolean;
  /** Human-readable reading or the reason it was not understood. */
  note: string;
}

/** Per-part summary printed by the CLI and shown in the browser. */
export interface PartReport {
  kind: ImportKind;
  title: string;
  /** Collection/id the part became. */
  entry: string;
  line: number;
  clauses: string[];
  letters: number;
  bullets: number;
  appendix?: string | undefined;
  tables: number;
  rows: number;
  items: number;
  deadlines: DeadlineReport[];
}

/** Per-file summary. */
export interface FileReport {
  file: string;
  parts: PartReport[];
  schoolsNew: string[];
  schoolsMatched: string[];
  unplaced: Unplaced[];
  /** What the methodist should check or fill in after the import. */
  notes: string[];
}

export interface ImportResult {
  files: OutputFile[];
  reports: FileReport[];
}
