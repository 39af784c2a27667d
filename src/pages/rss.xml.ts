import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { rssFile } from '../lib/programme/files';

/** /rss.xml — documents and monthly reports, newest first (src/lib/programme/files.ts, `rssFile`). */
export const GET: APIRoute = async (context) => {
  const site = await getSite();
  return new Response(await rssFile(site, await getProgramme(), context.site ?? new URL(site.settings.siteUrl.trim())), { headers: { 'Content-Type': 'application/xml' } });
};
