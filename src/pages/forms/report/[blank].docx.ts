import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgramme } from '../../../data/programme';
import { reportBlank } from '../../../data/exports';
import { blankDocx, docxResponse } from '../../../lib/export';
import type { SchoolEntry } from '../../../data/site';

/** /forms/report/<school>.docx — the school's pre-filled blanks, one per month, in the format schools send. */
export const getStaticPaths = (async () => {
  const programme = await getProgramme();
  return programme.reportingSchools.map((school) => ({ params: { blank: school.id }, props: { school, months: programme.formMonths } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ school: SchoolEntry; months: string[] }> = async ({ props }) => {
  const blanks = await Promise.all(props.months.map(async (month) => (await reportBlank(props.school, month)).blank));
  return docxResponse(await blankDocx(blanks, `Бланки отчёта об исполнении «дорожной карты» — ${props.school.data.shortName}`));
};
