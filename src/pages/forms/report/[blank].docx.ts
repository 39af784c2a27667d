import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgramme } from '../../../data/programme';
import { reportBlank } from '../../../data/exports';
import { blankDocx } from '../../../lib/export';
import type { SchoolEntry } from '../../../data/site';

/** /forms/report/<school>-<yyyy-mm>.docx — the pre-filled blank in the format schools send. */
export const getStaticPaths = (async () => {
  const programme = await getProgramme();
  return programme.reportingSchools.flatMap((school) => programme.formMonths.map((month) => ({ params: { blank: `${school.id}-${month}` }, props: { school, month } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ school: SchoolEntry; month: string }> = async ({ props }) => {
  const { blank } = await reportBlank(props.school, props.month);
  return new Response(await blankDocx(blank), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
