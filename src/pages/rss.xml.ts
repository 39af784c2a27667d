import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { rssFile } from '../lib/programme/files';
import { fileResponse } from '../lib/page-cache/file-response';

/** /rss.xml — documents and monthly reports, newest first (src/lib/programme/files.ts, `rssFile`). */
export const GET: APIRoute = async (context) => {
  const site = await getSite();
  return fileResponse(await rssFile(site, await getProgramme(), context.site ?? new URL(site.settings.siteUrl.trim())), 'application/xml');
};
