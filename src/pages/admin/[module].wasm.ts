/** /admin/<hash>.wasm: the WebAssembly files of Decap CMS's bundle, copied from node_modules at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetType, decapAssets, readDecapAsset } from '../../lib/cms/assets';
import { fileResponse } from '../../lib/page-cache/file-response';

export const getStaticPaths = (() =>
  decapAssets()
    .filter((name) => name.endsWith('.wasm'))
    .map((name) => ({ params: { module: name.slice(0, -'.wasm'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = `${String(params.module)}.wasm`;
  return fileResponse(readDecapAsset(name), assetType(name));
};
