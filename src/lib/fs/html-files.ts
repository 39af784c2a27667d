import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `.html` file under `dir`, skipping the given top-level folders (assets, indexes, the CMS). */
export async function htmlFiles(dir: string, skipTopLevel: ReadonlySet<string>, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === root && skipTopLevel.has(entry.name))) out.push(...(await htmlFiles(full, skipTopLevel, root)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}
