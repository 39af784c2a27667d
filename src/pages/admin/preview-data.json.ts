/**
 * /admin/preview-data.json — what the CMS previews and the report form look up (built by the
 * programme core, src/lib/cms/preview-input.ts): names instead of ids, deadlines as written and
 * as understood, the items each school's report lists per month, coordinators, existing reports.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { previewDataOf } from '../../lib/cms/preview-input';
import { fileResponse } from '../../lib/page-cache/file-response';

export const GET: APIRoute = async () => {
  const data = previewDataOf(await getSite(), await getProgramme());
  return fileResponse(JSON.stringify(data), 'application/json; charset=utf-8');
};
