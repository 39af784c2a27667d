/**
 * Set to `separate` by the build script (scripts/lib/build-site.ts) for Astro: its hook then leaves
 * the search index and preview images to scripts/outputs.ts, run once Astro has exited.
 */
export const OUTPUTS_STEP_ENV = 'SETKA_OUTPUTS_STEP';
