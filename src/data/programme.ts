/** The programme's state on `asOf`, computed once per build by the core (src/lib/programme/). */
import { programmeOf, type Programme } from '../lib/programme';
import { getSite } from './site';

export {
  dueSoon, itemsForSchool, itemAnchor, reportKey, MATRIX_PAGE_SIZE,
  attentionOf, itemStatusCounts, itemsWithStatus, reportsByMonth, sectionProgress, CHART_ITEM_STATUSES, CHART_REPORT_STATUSES,
  type Programme, type RoadmapView, type SectionView, type ItemView, type ResponsibleView, type PairRef, type ReportCell, type DueEntry,
} from '../lib/programme';

let cached: Promise<Programme> | undefined;

/** The programme's state on `asOf`, computed once per build. */
export function getProgramme(): Promise<Programme> {
  cached ??= getSite().then(programmeOf);
  return cached;
}
