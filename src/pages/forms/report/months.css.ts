import type { APIRoute } from 'astro';
import { getProgramme } from '../../../data/programme';
import { blankAnchor, currentBlankMonth } from '../../../data/exports';
import { blankMonthsCss } from '../../../lib/export';
import { fileResponse } from '../../../lib/page-cache/file-response';

/** /forms/report/months.css — which rows and lines of a school's blank page show for the chosen month. */
export const GET: APIRoute = async () => {
  const programme = await getProgramme();
  return fileResponse(blankMonthsCss(programme.formMonths, currentBlankMonth(programme), blankAnchor), 'text/css; charset=utf-8');
};
