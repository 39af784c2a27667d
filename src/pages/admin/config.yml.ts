/** /admin/config.yml — the Decap configuration, generated from the content schemas and the settings entry. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getSite } from '../../data/site';
import { buildCmsConfig } from '../../lib/cms';
import { formInput } from './_input';

export const GET: APIRoute = async () => {
  const config = buildCmsConfig(formInput(await getSite()));
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
