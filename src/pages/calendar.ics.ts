import type { APIRoute } from 'astro';
import { calendarIcs } from '../data/exports';

/** /calendar.ics — every dated roadmap deadline and the monthly report deadline (RFC 5545). */
export const GET: APIRoute = async () =>
  new Response(await calendarIcs(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
