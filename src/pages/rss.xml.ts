import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { documentDate, getSite } from '../data/site';
import { getProgramme } from '../data/programme';
import { formatMonth } from '../lib/dates';
import { t } from '../i18n/ru';
import { routes } from '../lib/routes';
import { escapeXml as escapeHtml } from '../lib/timeline';

/**
 * /rss.xml — documents and monthly reports, newest first. Feed readers take an item's description
 * as HTML, so the plain text written in the CMS is escaped for HTML there (then for XML by the
 * feed writer): a name like `<img onerror=…>` reaches the reader as words. Titles are plain text
 * by RSS 2.0 and are only escaped for XML.
 */
export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const programme = await getProgramme();
  const documents = site.documents.filter((d) => documentDate(site, d)).map((d) => ({
    title: `${t(`kind.${d.data.kind}`)}: ${d.data.title}`,
    link: routes.document(d.id),
    pubDate: new Date(`${documentDate(site, d)}T00:00:00Z`),
    description: escapeHtml(d.data.summary ?? d.data.title),
    categories: ['Документы'],
  }));
  const reports = [...programme.reportByKey.values()].map((r) => {
    const school = site.schoolById.get(r.data.school);
    const cell = programme.reportCell(r.data.school, r.data.month);
    return {
      title: `Отчёт за ${formatMonth(r.data.month)}: ${school?.data.shortName ?? r.data.school}`,
      link: routes.report(r.data.school, r.data.month),
      pubDate: new Date(`${r.data.submitted}T00:00:00Z`),
      description: escapeHtml(`${school?.data.name ?? r.data.school} — отчёт об исполнении «дорожной карты» за ${formatMonth(r.data.month)}, направлен ${r.data.submitted.split('-').reverse().join('.')} (${t(`report.${cell.status}`).toLowerCase()}).`),
      categories: ['Отчёты'],
    };
  });
  const items = [...documents, ...reports].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'ru'));
  return rss({
    title: site.settings.shortName,
    description: site.settings.programme,
    site: context.site ?? site.settings.siteUrl,
    items,
    customData: '<language>ru</language>',
  });
};
