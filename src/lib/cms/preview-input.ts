/**
 * /admin/preview-data.json from the programme core: names instead of ids, each roadmap item's
 * deadline as written and as understood, the items each school's report lists per month (the
 * core's `blankItems`: the same rule as the printed blank and the status pages), coordinators
 * from the pairing lists, and the reports that exist.
 */
import { blankItems, reportKey, type Programme, type Site } from '../programme';
import { previewData, type PreviewData } from './preview-data';

/** School → month → item numbers of `roadmap` that the school's report for that month lists. */
function dueByRoadmap(programme: Programme): Map<string, Record<string, Record<string, string[]>>> {
  const out = new Map<string, Record<string, Record<string, string[]>>>(programme.roadmaps.map((r) => [r.id, {}]));
  for (const school of programme.roadmapsOfSchool.keys()) {
    for (const month of programme.formMonths) {
      for (const { roadmap, items } of blankItems(programme, school, month)) {
        if (items.length === 0) continue;
        const bySchool = out.get(roadmap.id)!;
        (bySchool[school] ??= {})[month] = items.map((i) => i.number);
      }
    }
  }
  return out;
}

export function previewDataOf(site: Site, programme: Programme): PreviewData {
  const coordinators: Record<string, { name: string; position: string }> = {};
  for (const [school, refs] of programme.pairsOfSchool) if (refs[0]) coordinators[school] = refs[0].row.coordinator;
  const due = dueByRoadmap(programme);
  return previewData({
    settings: site.settings,
    schools: site.schools.map((s) => ({ id: s.id, name: s.data.name, shortName: s.data.shortName })),
    coordinators,
    roadmaps: programme.roadmaps.map((r) => ({
      id: r.id,
      title: r.entry.data.title,
      period: r.entry.data.period,
      items: r.items.map((i) => ({
        number: i.number,
        activity: i.activity,
        deadline: i.deadline.text,
        understood: i.understood,
        unparsed: i.deadline.kind === 'unparsed' ? (i.deadline.reason ?? '') : undefined,
      })),
      due: due.get(r.id) ?? {},
    })),
    reports: site.reports.map((r) => ({ key: reportKey(r.data.school, r.data.month), file: `src/content/reports/${r.id}.yaml` })),
  });
}
