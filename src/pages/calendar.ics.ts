import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { calendarIcsBytes } from '../lib/programme';

/** /calendar.ics — every dated roadmap deadline and the monthly report deadline (RFC 5545). */
export const GET: APIRoute = async () =>
  new Response(calendarIcsBytes(await getSite(), await getProgramme()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
