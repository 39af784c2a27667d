import { resolve } from 'node:path';
import { runCheck } from '../../src/lib/check';
import type { Pairing, Roadmap, Settings } from '../../src/schemas';

/**
 * The demo content as `npm run check` reads it (src/content, never copied into a test), with the
 * entries the build tests compare the built pages against: the settings, the roadmap and the
 * pairing list.
 */
export function demoContent() {
  const { content } = runCheck(resolve('.'));
  const roadmapEntry = content.roadmaps[0]!;
  return {
    content,
    settings: content.settings[0]!.data as Settings,
    roadmapId: roadmapEntry.entry.id,
    roadmap: roadmapEntry.data as Roadmap,
    pairing: content.pairings[0]!.data as Pairing,
  };
}
