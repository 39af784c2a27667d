import type { APIRoute, GetStaticPaths } from 'astro';
import { docxResponse } from '../../lib/export';
import { getSite, type RoadmapEntry } from '../../data/site';
import { roadmapDocxFile } from '../../lib/programme/files';

/** /roadmap/<id>.docx — the roadmap table, landscape A4, deadlines verbatim. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.roadmaps.map((roadmap) => ({ params: { id: roadmap.id }, props: { roadmap } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ roadmap: RoadmapEntry }> = async ({ props }) => docxResponse(await roadmapDocxFile(await getSite(), props.roadmap));
