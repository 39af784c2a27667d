/** Every content schema, by collection name. */
export { settingsSchema } from './settings';
export { documentSchema } from './document';
export { schoolSchema } from './school';
export { pairingSchema, pairSchema } from './pairing';
export { roadmapSchema } from './roadmap';
export { reportSchema } from './report';
export * from './common';
export type { Settings } from './settings';
export type { DocumentData, DocumentKind, DocumentStatus, AppendixRef } from './document';
export type { School, SchoolCategory } from './school';
export type { Pair, Pairing, PairingHeader, PairingRow } from './pairing';
export type { Roadmap, RoadmapItem, RoadmapSection } from './roadmap';
export type { Report, ReportRow, ReportRowStatus } from './report';

import { settingsSchema } from './settings';
import { documentSchema } from './document';
import { schoolSchema } from './school';
import { pairingSchema, pairSchema } from './pairing';
import { roadmapSchema } from './roadmap';
import { reportSchema } from './report';

/** Collection name → schema; content.config.ts, the check and the CMS config all read this one map. */
export const schemas = {
  settings: settingsSchema,
  documents: documentSchema,
  schools: schoolSchema,
  pairings: pairingSchema,
  pairs: pairSchema,
  roadmaps: roadmapSchema,
  reports: reportSchema,
} as const;

export type CollectionName = keyof typeof schemas;

/**
 * Where each collection lives under `src/content/` and which files it reads: one extension each,
 * never `.mdx` (MDX runs code at build time; hand-made MDX pages live in `src/pages/`). The check
 * refuses every other file in these folders (src/lib/check/load.ts).
 */
export const collectionFiles: Record<CollectionName, { dir: string; pattern: string }> = {
  settings: { dir: 'settings', pattern: '**/*.yaml' },
  documents: { dir: 'documents', pattern: '**/*.md' },
  schools: { dir: 'schools', pattern: '**/*.yaml' },
  pairings: { dir: 'pairings', pattern: '**/*.yaml' },
  pairs: { dir: 'pairs', pattern: '**/*.yaml' },
  roadmaps: { dir: 'roadmaps', pattern: '**/*.yaml' },
  reports: { dir: 'reports', pattern: '**/*.yaml' },
};
