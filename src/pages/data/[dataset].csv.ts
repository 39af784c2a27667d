import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type DatasetId } from '../../lib/export';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { datasetCsv } from '../../lib/programme';
import { fileResponse } from '../../lib/page-cache/file-response';

/** /data/<dataset>.csv — UTF-8 with BOM, `;` separated, CRLF: opens as columns in Russian-locale Excel. */
export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { dataset: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  fileResponse(datasetCsv(await getSite(), await getProgramme(), params.dataset as DatasetId), 'text/csv; charset=utf-8');
