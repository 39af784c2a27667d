import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { calendarFile, filesApart } from '../lib/programme/files';

/**
 * /calendar.ics — every dated roadmap deadline and the monthly report deadline (RFC 5545).
 * A route with a parameter only so that `npm run build` can leave the file to
 * scripts/data-files.ts, which makes it beside the search index: its one path is `calendar`.
 */
export const getStaticPaths = (() => (filesApart() ? [] : [{ params: { calendar: 'calendar' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(calendarFile(await getSite(), await getProgramme()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
