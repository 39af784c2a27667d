import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type DatasetId } from '../../lib/export';
import { getSite } from '../../data/site';
import { getProgramme } from '../../data/programme';
import { datasetJsonFile, utf8 } from '../../lib/programme/files';

/** /data/<dataset>.json — the same data with parsed deadlines and statuses. */
export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { dataset: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(utf8(datasetJsonFile(await getSite(), await getProgramme(), params.dataset as DatasetId)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
