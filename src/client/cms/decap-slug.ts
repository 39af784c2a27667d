import { transliterateRu } from '../../lib/slug';

type WebpackRequire = ((id: string) => Record<string, unknown>) & { m: Record<string, () => void> };

/** Decap's accent remover is the one function in the bundle that turns «é» into «e» and leaves ASCII alone. */
function isAccentRemover(fn: unknown): fn is (s: string) => string {
  if (typeof fn !== 'function') return false;
  try {
    return fn('é-Ä') === 'e-A' && fn('abc') === 'abc';
  } catch {
    return false;
  }
}

/**
 * Latin file names for entries titled in Russian. Decap has no transliteration: with
 * `slug.encoding: ascii` it drops Cyrillic, and its `clean_accents` step only folds Latin
 * accents. This wraps that step (found inside Decap's webpack bundle by its behaviour) so it
 * transliterates first: «Журавлевская СОШ» → `zhuravlevskaya-sosh`. Returns false if the step
 * was not found (then new entries need a Latin title; the browser test catches this on upgrade).
 */
export function patchSlugTransliteration(): boolean {
  const chunks = window.webpackChunkDecapCms;
  if (!Array.isArray(chunks)) return false;
  let patched = false;
  chunks.push([
    [`setka-slug-${Date.now()}`],
    {},
    (require: WebpackRequire) => {
      for (const id of Object.keys(require.m)) {
        const source = Function.prototype.toString.call(require.m[id]);
        if (!source.includes('ⒶＡÀÁÂ')) continue; // the accent table's first row
        const exports = require(id);
        for (const key of Object.keys(exports)) {
          const original = exports[key];
          if (!isAccentRemover(original)) continue;
          exports[key] = (text: string) => original(transliterateRu(text));
          patched = true;
        }
      }
    },
  ]);
  return patched;
}
