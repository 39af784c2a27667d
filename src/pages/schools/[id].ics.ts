import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { calendarIcsBytes } from '../../lib/programme';
import { fileResponse } from '../../lib/page-cache/file-response';

/** /schools/<id>.ics — the deadlines that apply to one school (RFC 5545). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.schools.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  fileResponse(calendarIcsBytes(await getSite(), await getProgramme(), params.id), 'text/calendar; charset=utf-8');
