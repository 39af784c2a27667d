/**
 * /admin/preview-data.json — what the CMS previews and the report form look up: names instead
 * of ids, each roadmap item's deadline as written and as understood, the months each item is
 * due (the report blank's rule), coordinators from the pairing lists, existing reports.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { isUndated } from '../../lib/status';
import { previewData } from '../../lib/cms/preview-data';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const programme = await getProgramme();
  const coordinators: Record<string, { name: string; position: string }> = {};
  for (const [school, refs] of programme.pairsOfSchool) if (refs[0]) coordinators[school] = refs[0].row.coordinator;
  const data = previewData({
    settings: site.settings,
    schools: site.schools.map((s) => ({ id: s.id, name: s.data.name, shortName: s.data.shortName })),
    coordinators,
    roadmaps: programme.roadmaps.map((r) => ({
      id: r.id,
      title: r.entry.data.title,
      period: r.entry.data.period,
      followers: r.schools,
      items: r.items.map((i) => ({
        number: i.number,
        activity: i.activity,
        deadline: i.deadline.text,
        understood: i.understood,
        unparsed: i.deadline.kind === 'unparsed' ? (i.deadline.reason ?? '') : undefined,
        occurrences: i.occurrences,
        undated: isUndated(i.deadline),
        schools: i.schools,
      })),
    })),
    months: programme.formMonths,
    reports: site.reports.map((r) => ({ key: `${r.data.school}/${r.data.month}`, file: `src/content/reports/${r.id}.yaml` })),
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
