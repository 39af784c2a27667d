/** Decap CMS's prebuilt bundle, chunks and wasm, copied from node_modules/decap-cms/dist at build time (no CDN). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetType, decapAssets, readDecapAsset } from '../../lib/cms/assets';

export const getStaticPaths = (() => decapAssets().map((asset) => ({ params: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = String(params.asset);
  return new Response(readDecapAsset(name), { headers: { 'Content-Type': assetType(name) } });
};
