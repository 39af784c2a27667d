/** The programme core: plain content + `asOf` → everything the site shows and exports (see README). */
export {
  BUILD_DATE_ENV, buildDate, documentDate, indexContent, resolveAsOf, settingsOf, siteForBuild,
  type Content, type Entry, type Site, type SettingsEntry, type DocumentEntry, type SchoolEntry, type PairingEntry, type RoadmapEntry, type ReportEntry,
} from './content';
export {
  buildProgramme, programmeOf, itemAnchor, reportKey, MATRIX_PAGE_SIZE,
  type Programme, type RoadmapView, type SectionView, type ItemView, type ResponsibleView, type PairRef, type ReportCell,
} from './build';
export { attentionOf, itemStatusCounts, itemsWithStatus, reportsByMonth, sectionProgress, CHART_ITEM_STATUSES, CHART_REPORT_STATUSES, type Attention, type MissingReports } from './summary';
export { isDepartmentOnly, namesDepartment, sameResponsible } from './responsible';
export { currentBlankMonth, dueSoon, itemsForSchool, type DueEntry } from './due-soon';
export { absolute, blankItems, calendarIcs, calendarIcsBytes, schoolBlankRows, datasetCsv, datasetJson, datasetRows, reportBlank, type DatasetRow } from './exports';
export { assemblePairings, pairRow } from './pairings';
export { roadmapItemRecords } from './search-records';
