/** What the CMS preview templates look ids up in (served as /admin/preview-data.json). */
export interface PreviewData {
  organization: string;
  dueDay: number;
  schools: Record<string, { name: string; shortName: string }>;
  roadmaps: Record<string, { title: string; items: Record<string, { activity: string; deadline: string }> }>;
}

export interface PreviewInput {
  settings: { organization: string; reportRule: { dueDay: number } };
  schools: Array<{ id: string; name: string; shortName: string }>;
  roadmaps: Array<{ id: string; title: string; sections: Array<{ items: Array<{ number: string; activity: string; deadline: string }> }> }>;
}

/** Indexes schools and roadmap items by id and number for the previews. */
export function previewData(input: PreviewInput): PreviewData {
  const schools: PreviewData['schools'] = {};
  for (const s of input.schools) schools[s.id] = { name: s.name, shortName: s.shortName };
  const roadmaps: PreviewData['roadmaps'] = {};
  for (const r of input.roadmaps) {
    const items: Record<string, { activity: string; deadline: string }> = {};
    for (const section of r.sections) for (const item of section.items) items[item.number] = { activity: item.activity, deadline: item.deadline };
    roadmaps[r.id] = { title: r.title, items };
  }
  return { organization: input.settings.organization, dueDay: input.settings.reportRule.dueDay, schools, roadmaps };
}
