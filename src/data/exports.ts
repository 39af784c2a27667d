/** Exports of the site (open data, calendars, report blanks) from the core, for endpoints and pages. */
import type { DatasetId } from '../lib/export';
import { blankItems, calendarIcs as calendarOf, schoolBlankRows as blankRowsOf, currentBlankMonth, datasetCsv as csvOf, datasetJson as jsonOf, reportBlank as blankOf, type SchoolEntry } from '../lib/programme';
import { getProgramme } from './programme';
import { getSite } from './site';

export { blankItems, currentBlankMonth };
export { blankAnchor, blankPaths } from '../lib/routes';

/** CSV text of one dataset. */
export async function datasetCsv(id: DatasetId): Promise<string> {
  return csvOf(await getSite(), await getProgramme(), id);
}

/** JSON of one dataset. */
export async function datasetJson(id: DatasetId): Promise<object> {
  return jsonOf(await getSite(), await getProgramme(), id);
}

/** The pre-filled report blank for a school and month. */
export async function reportBlank(school: SchoolEntry, month: string): Promise<ReturnType<typeof blankOf>> {
  return blankOf(await getSite(), await getProgramme(), school, month);
}

/** A school's blanks of `months` as one table: each row once, with the indexes of the months whose blank lists it. */
export async function schoolBlankRows(school: string, months: readonly string[]): Promise<ReturnType<typeof blankRowsOf>> {
  return blankRowsOf(await getProgramme(), school, months);
}

/** The iCalendar feed: every roadmap's dated items and the report deadline; or one school's. */
export async function calendarIcs(schoolId?: string): Promise<string> {
  return calendarOf(await getSite(), await getProgramme(), schoolId);
}
