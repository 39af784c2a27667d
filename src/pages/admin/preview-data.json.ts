/** /admin/preview-data.json — names the CMS previews show instead of ids (schools, roadmap items, report rule). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { previewData } from '../../lib/cms/preview-data';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const data = previewData({
    settings: site.settings,
    schools: site.schools.map((s) => ({ id: s.id, name: s.data.name, shortName: s.data.shortName })),
    roadmaps: site.roadmaps.map((r) => ({ id: r.id, title: r.data.title, sections: r.data.sections })),
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
