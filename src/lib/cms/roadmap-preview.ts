import { parseDeadline } from '../deadline';
import { describeDeadline } from '../status/describe';
import { t } from '../../i18n/ru';

interface RoadmapLike {
  title?: string;
  period?: { start?: string; end?: string };
  sections?: Array<{ title?: string; items?: Array<{ number?: string; activity?: string; deadline?: string }> }>;
}

/** One roadmap item in the CMS preview: the deadline as written and as the site understands it. */
export interface PreviewItem {
  number: string;
  activity: string;
  deadline: string;
  understood: string;
  /** Not understood: the site will show the item «без даты». */
  unparsed: boolean;
}

export interface RoadmapPreviewModel {
  title: string;
  sections: Array<{ title: string; items: PreviewItem[] }>;
  unparsed: number;
}

/**
 * The roadmap being edited, item by item, with each deadline «как понят» — the same parse the
 * site and `npm run check` make (the period's first year for dates written without one).
 */
export function roadmapPreview(roadmap: RoadmapLike): RoadmapPreviewModel {
  const start = roadmap.period?.start ?? '';
  const end = roadmap.period?.end ?? '';
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end);
  const context = valid ? { year: Number(start.slice(0, 4)), period: { start, end } } : {};
  let unparsed = 0;
  const sections = (roadmap.sections ?? []).map((section) => ({
    title: section.title ?? '',
    items: (section.items ?? []).map((item): PreviewItem => {
      const text = item.deadline ?? '';
      const deadline = text.trim() ? parseDeadline(text, context) : undefined;
      const bad = !deadline || deadline.kind === 'unparsed';
      if (bad) unparsed += 1;
      return { number: item.number ?? '', activity: item.activity ?? '', deadline: text, understood: deadline ? describeDeadline(deadline, context.period) : t('cms.roadmap.noDeadline'), unparsed: bad };
    }),
  }));
  return { title: roadmap.title ?? '', sections, unparsed };
}
