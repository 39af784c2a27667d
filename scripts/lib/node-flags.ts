/**
 * V8's flag for the processes that parse deadlines: the check, Astro's build (statuses), the deadline CLI and its bench.
 * The parser's phrase lists are compiled into a few very large regular expressions. By default V8 runs a new regular
 * expression first in its bytecode interpreter and compiles it to machine code on the next call; for these that first
 * interpreted run is the slow part (a whole list tried letter by letter), so a process's first deadlines cost far more than
 * the rest. Compiled to machine code at once: the first ten different deadlines of a fresh process took 107–112 ms against
 * 482–995 ms, the next 1,000 took 84–114 ms against 145–244 ms, and the check of the region (400 schools: reading with its
 * cache, schemas and rules, every roadmap's deadlines parsed) 0.48–0.52 s against 0.94–1.18 s (5 December, 2-core machine,
 * under load; three runs each).
 * test/unit/node-flags.test.ts keeps package.json in step.
 */
export const PARSER_NODE_FLAGS = ['--no-regexp-tier-up'] as const;

/**
 * Node's flags for `npm run check` (package.json), the build's check step (build-site.ts) and the bench:
 * the parser's (above), and a smaller young generation: reading thousands of YAML files makes short-lived objects, and at
 * region size (3,674 files) the check with an empty cache took 2.2–2.7 s with it against 2.8–3.4 s
 * without, on a quiet 2-core machine. test/unit/node-flags.test.ts keeps package.json in step.
 */
export const CHECK_NODE_FLAGS = ['--max-semi-space-size=16', ...PARSER_NODE_FLAGS] as const;

/**
 * Node's flags for the last step's process (scripts/outputs.ts --wait), which runs beside Astro at
 * Astro's peak memory while it follows the pages, and the build's peak is their sum. A small young
 * generation keeps its heap near what it uses: on the region (400 schools, 4 December) it peaked at
 * 382 MB without flags and 249–277 MB with these, the whole build at 1,371 against 1,229–1,262 MB
 * (the pages follower it replaces: 217 MB, the build 1,175 MB, in the same hour). The old space is
 * capped well above what the step needs at that size, as a bound, not a squeeze.
 */
export const OUTPUTS_NODE_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=512'] as const;

/**
 * Node's flags for Astro's process in `npm run build`. A larger young generation (semi-spaces of
 * 32 MB against V8's 16): rendering thousands of pages makes short-lived strings and objects, and
 * fewer of them live through two scavenges into the old space. On the region (400 schools, output
 * on tmpfs, 4 December 13:40–13:50) six interleaved pairs of cold builds gave 35.5, 33.1, 29.6, 31.5,
 * 32.0 and 30.9 s with it against 35.2, 35.3, 30.9, 34.4, 32.2 and 33.2 s without (CPU 52.6–61.3 s
 * against 54.7–61.6 s), and Astro's own peak was lower, 766–816 MB against 837–906 MB.
 */
export const ASTRO_NODE_FLAGS = ['--max-semi-space-size=32'] as const;

/**
 * The allocator settings of Astro's process in `npm run build`. The native code that bundles the
 * pages' code (Rolldown, Vite's bundler, and Astro's compiler) allocates with mimalloc: by its
 * defaults the memory its threads freed stays resident (pages of exited threads are not purged,
 * and arenas commit eagerly), about 350 MB of Astro's 1.2 GB at region size (400 schools) while it
 * renders pages. Purged at once, Astro's peak was 815–830 MB against 1,197–1,247 MB, in
 * interleaved runs of the same content (docs/development.md, «Попутчик и память Astro»).
 */
export const ASTRO_ALLOCATOR_ENV = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ABANDONED_PAGE_PURGE: '1',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_EAGER_COMMIT: '0',
} as const;
