import type { APIRoute, GetStaticPaths } from 'astro';
import { docxResponse } from '../../lib/export';
import { getSite, type DocumentEntry } from '../../data/site';
import { documentDocxFile } from '../../lib/programme/files';

/** /documents/<id>.docx — the document for the department's official site (Times New Roman 14, A4). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.documents.map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentEntry }> = async ({ props }) => docxResponse(await documentDocxFile(await getSite(), props.doc));
