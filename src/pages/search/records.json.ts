import type { APIRoute } from 'astro';
import { getProgramme } from '../../data/programme';
import { getSite } from '../../data/site';
import { roadmapItemRecords } from '../../lib/programme';

/**
 * The roadmap items' search records, from the programme (src/lib/programme/search-records.ts).
 * The search index (src/integrations/pagefind.ts) adds them and removes this file from the output.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(roadmapItemRecords(await getSite(), await getProgramme())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
