import { copyProject as copy } from '../../scripts/lib/project-copy';

/** A temporary copy of the project for tests that change content (see scripts/lib/project-copy.ts). */
export function copyProject(): { dir: string; cleanup: () => void } {
  const { dir, remove } = copy();
  return { dir, cleanup: remove };
}
