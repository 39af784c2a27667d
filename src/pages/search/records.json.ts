import type { APIRoute } from 'astro';
import { getProgramme } from '../../data/programme';
import { getSite } from '../../data/site';
import { roadmapItemRecords } from '../../lib/programme';
import { fileResponse } from '../../lib/page-cache/file-response';

/**
 * The roadmap items' search records, from the programme (src/lib/programme/search-records.ts).
 * The search index (src/integrations/pagefind.ts) adds them and removes this file from the output.
 */
export const GET: APIRoute = async () =>
  fileResponse(JSON.stringify(roadmapItemRecords(await getSite(), await getProgramme())), 'application/json; charset=utf-8');
