/**
 * /admin/decap-cms.js and the chunks it loads (/admin/103.decap-cms.js …): Decap CMS's prebuilt
 * bundle, copied from node_modules/decap-cms/dist at build time (no CDN). The route names its
 * extension so `astro dev` serves it without a trailing slash too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetType, decapAssets, readDecapAsset } from '../../lib/cms/assets';
import { fileResponse } from '../../lib/page-cache/file-response';

export const getStaticPaths = (() =>
  decapAssets()
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ params: { script: name.slice(0, -'.js'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = `${String(params.script)}.js`;
  return fileResponse(readDecapAsset(name), assetType(name));
};
