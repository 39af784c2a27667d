import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type DatasetId } from '../../lib/export';
import { datasetJson } from '../../data/exports';

/** /data/<dataset>.json — the same data with parsed deadlines and statuses. */
export const getStaticPaths = (() => DATASETS.map((d) => ({ params: { dataset: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await datasetJson(params.dataset as DatasetId)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
