import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { calendarIcsBytes } from '../lib/programme';
import { fileResponse } from '../lib/page-cache/file-response';

/** /calendar.ics — every dated roadmap deadline and the monthly report deadline (RFC 5545). */
export const GET: APIRoute = async () =>
  fileResponse(calendarIcsBytes(await getSite(), await getProgramme()), 'text/calendar; charset=utf-8');
