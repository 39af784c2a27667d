import type { APIRoute, GetStaticPaths } from 'astro';
import { docxResponse } from '../../lib/export';
import { getSite, type RoadmapEntry } from '../../data/site';
import { roadmapExport } from '../../data/document-exports';
import { roadmapDocx } from '../../lib/export/document-docx';

/** /roadmap/<id>.docx — the roadmap table, landscape A4, deadlines verbatim. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.roadmaps.map((roadmap) => ({ params: { id: roadmap.id }, props: { roadmap } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ roadmap: RoadmapEntry }> = async ({ props }) => {
  const site = await getSite();
  return docxResponse(await roadmapDocx(roadmapExport(site, props.roadmap)));
};
