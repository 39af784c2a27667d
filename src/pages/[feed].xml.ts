import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { filesApart, rssFile } from '../lib/programme/files';

/**
 * /rss.xml — documents and monthly reports, newest first (src/lib/programme/files.ts, `rssFile`).
 * A route with a parameter only so that `npm run build` can leave the file to
 * scripts/data-files.ts, which makes it beside the search index: its one path is `rss`.
 */
export const getStaticPaths = (() => (filesApart() ? [] : [{ params: { feed: 'rss' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  return new Response(await rssFile(site, await getProgramme(), context.site ?? new URL(site.settings.siteUrl.trim())), { headers: { 'Content-Type': 'application/xml' } });
};
