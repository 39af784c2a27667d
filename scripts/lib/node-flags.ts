/**
 * Node's flags for `npm run check` (package.json), the build's check step (build-site.ts) and the bench.
 * A smaller young generation: reading thousands of YAML files makes short-lived objects, and at
 * region size (3,674 files) the check with an empty cache took 2.2–2.7 s with it against 2.8–3.4 s
 * without, on a quiet 2-core machine. test/unit/node-flags.test.ts keeps package.json in step.
 */
export const CHECK_NODE_FLAGS = ['--max-semi-space-size=16'] as const;
