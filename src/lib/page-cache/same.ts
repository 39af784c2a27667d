/**
 * Whether a page built anew is the page kept in the cache. A DOCX file is a ZIP archive that
 * carries the time it was made (in its entries and in `docProps/core.xml`): two DOCX files are
 * the same when their parts are, apart from those times.
 */
import { strFromU8, unzipSync } from 'fflate';

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

/** `docProps/core.xml` without its dates. */
const timeless = (xml: string) => xml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');

function sameDocx(a: Uint8Array, b: Uint8Array): boolean {
  let x: Record<string, Uint8Array>;
  let y: Record<string, Uint8Array>;
  try {
    x = unzipSync(a);
    y = unzipSync(b);
  } catch {
    return false;
  }
  const names = Object.keys(x).sort();
  if (names.join('\n') !== Object.keys(y).sort().join('\n')) return false;
  return names.every((name) => (name === 'docProps/core.xml' ? timeless(strFromU8(x[name]!)) === timeless(strFromU8(y[name]!)) : equalBytes(x[name]!, y[name]!)));
}

/** Whether the bytes of a page at `pathname` built now equal those from the cache. */
export function samePage(pathname: string, built: Uint8Array, cached: Uint8Array): boolean {
  if (equalBytes(built, cached)) return true;
  return pathname.endsWith('.docx') && sameDocx(built, cached);
}
