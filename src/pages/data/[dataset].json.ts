import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type DatasetId } from '../../lib/export';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { datasetJsonFile } from '../../lib/programme/files';
import { fileResponse } from '../../lib/page-cache/file-response';

/** /data/<dataset>.json — the same data with parsed deadlines and statuses. */
export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { dataset: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  fileResponse(datasetJsonFile(await getSite(), await getProgramme(), params.dataset as DatasetId), 'application/json; charset=utf-8');
