import type { Site } from '../../data/site';
import type { CmsInput } from '../../lib/cms';

/**
 * What the CMS configuration is built from. `SETKA_DECAP_PORT` (set by `npm run dev` and the
 * browser tests) moves the local decap-server off its default port 8081.
 */
export function formInput(site: Site): CmsInput {
  const port = Number(process.env.SETKA_DECAP_PORT);
  return {
    settings: site.settings,
    roadmaps: site.roadmaps.map((r) => ({ id: r.id, period: r.data.period, sections: r.data.sections })),
    ...(Number.isInteger(port) && port > 0 ? { localPort: port } : {}),
  };
}
