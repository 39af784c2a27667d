/** /admin/config.yml — the Decap configuration, generated from the content schemas and the settings entry. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getSite } from '../../data/site';
import { buildCmsConfig } from '../../lib/cms';
import { formInput } from './_input';
import { fileResponse } from '../../lib/page-cache/file-response';

export const GET: APIRoute = async ({ url }) => {
  const input = formInput(await getSite());
  // In npm run dev «Просмотр» opens the local page, not the published site.
  const config = buildCmsConfig(import.meta.env.DEV ? { ...input, settings: { ...input.settings, siteUrl: url.origin } } : input);
  return fileResponse(stringify(config, { lineWidth: 0 }), 'text/yaml; charset=utf-8');
};
