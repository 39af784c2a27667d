import type { APIRoute, GetStaticPaths } from 'astro';
import { docxResponse } from '../../lib/export';
import { getSite, type PairingEntry } from '../../data/site';
import { pairingDocxFile } from '../../lib/programme/files';

/** /pairs/<id>.docx — the pairing list as approved (five columns, landscape A4). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.pairings.map((pairing) => ({ params: { id: pairing.id }, props: { pairing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ pairing: PairingEntry }> = async ({ props }) => docxResponse(await pairingDocxFile(await getSite(), props.pairing));
