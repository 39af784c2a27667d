import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type SchoolEntry } from '../../../data/site';
import { getProgramme } from '../../../data/programme';
import { docxResponse } from '../../../lib/export';
import { blanksDocxFile } from '../../../lib/programme/files';

/** /forms/report/<school>.docx — the school's pre-filled blanks, one per month, in the format schools send. */
export const getStaticPaths = (async () => {
  const programme = await getProgramme();
  return programme.reportingSchools.map((school) => ({ params: { blank: school.id }, props: { school } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ school: SchoolEntry }> = async ({ props }) =>
  docxResponse(await blanksDocxFile(await getSite(), await getProgramme(), props.school));
