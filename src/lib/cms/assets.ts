import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Decap CMS's own prebuilt bundle, served from /admin/ (never from a CDN): the main script,
 * the chunks it loads on demand (`103.decap-cms.js` …, resolved next to the main script) and
 * its WebAssembly files. Source maps stay out (25 MB, not needed to run).
 */
export function decapDistDir(root = process.cwd()): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** Version of the installed decap-cms, for cache-busting the script URL. */
export function decapVersion(root = process.cwd()): string {
  const pkg = JSON.parse(readFileSync(join(decapDistDir(root), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** File names under decap-cms/dist that /admin/ serves. */
export function decapAssets(root = process.cwd()): string[] {
  return readdirSync(decapDistDir(root))
    .filter((name) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || /\.wasm$/.test(name))
    .sort();
}

/** Content type of a served asset. */
export function assetType(name: string): string {
  return name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8';
}

/** The bytes of one asset; the main script loses its source-map comment (the map is not shipped). */
export function readDecapAsset(name: string, root = process.cwd()): Uint8Array<ArrayBuffer> {
  if (!decapAssets(root).includes(name)) throw new Error(`Нет такого файла Decap CMS: ${name}`);
  const bytes = readFileSync(join(decapDistDir(root), name));
  if (!name.endsWith('.js')) return new Uint8Array(bytes);
  return new TextEncoder().encode(bytes.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}
