import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { calendarFile, filesApart } from '../../lib/programme/files';

/** /schools/<id>.ics — the deadlines that apply to one school (RFC 5545). */
export const getStaticPaths = (async () => {
  if (filesApart()) return []; // made by scripts/data-files.ts in `npm run build` (src/lib/programme/files.ts)
  const site = await getSite();
  return site.schools.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(calendarFile(await getSite(), await getProgramme(), params.id), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
