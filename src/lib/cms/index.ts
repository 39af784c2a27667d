/** Decap CMS configuration generated from the content schemas (one source of truth for the site and /admin/). */
export { buildCmsConfig, backendFromSettings, WORKFLOW_BACKENDS, DEFAULT_LOCAL_PORT, type CmsInput, type CmsSettings } from './config';
export { cmsCollections, extraFields, contentFolder } from './collections';
export { toJsonSchema, type JsonNode } from './json-schema';
export { itemOptions, monthOptions, currentRoadmap, type RoadmapForForm } from './options';
export type * from './types';
