/**
 * Report blanks from the core, for the blank pages. The data files (open data, calendars, DOCX)
 * are made by src/lib/programme/files.ts, for the endpoints and the build alike.
 */
import { blankItems, schoolBlankRows as blankRowsOf, currentBlankMonth, reportBlank as blankOf, type SchoolEntry } from '../lib/programme';
import { getProgramme } from './programme';
import { getSite } from './site';

export { blankItems, currentBlankMonth };
export { blankAnchor, blankPaths } from '../lib/routes';

/** The pre-filled report blank for a school and month. */
export async function reportBlank(school: SchoolEntry, month: string): Promise<ReturnType<typeof blankOf>> {
  return blankOf(await getSite(), await getProgramme(), school, month);
}

/** A school's blanks of `months` as one table: each row once, with the indexes of the months whose blank lists it. */
export async function schoolBlankRows(school: string, months: readonly string[]): Promise<ReturnType<typeof blankRowsOf>> {
  return blankRowsOf(await getProgramme(), school, months);
}
