/**
 * Content-Security-Policy of the site. One source for the `<meta http-equiv>` tag in every
 * page, the looser policy of the CMS page and the nginx sample in the README.
 *
 * Public pages run only the site's own external scripts: no `'unsafe-inline'`, no `eval`.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search index, which it fetches
 * from the site itself (`connect-src 'self'`).
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** Policy of every public page. */
export const SITE_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * Policy of public pages under `npm run dev` only: Vite serves the site's CSS as `<style>` elements
 * its client script inserts, which `style-src 'self'` blocks (the dev site would show unstyled
 * pages). Built pages keep {@link SITE_CSP}.
 */
export const DEV_SITE_CSP: CspDirectives = { ...SITE_CSP, 'style-src': ["'self'", "'unsafe-inline'"] };

/**
 * Set to `1` by `npm run dev` (scripts/dev.ts) for its Astro dev server, and emptied by every build
 * (scripts/lib/build-site.ts). Vite's `import.meta.env.DEV` alone is not enough: it follows
 * NODE_ENV, which a shell or a test runner may set during a build.
 */
export const DEV_SERVER_ENV = 'SETKA_DEV_SERVER';

/** The policy of a public page: {@link DEV_SITE_CSP} on `npm run dev`'s server, else {@link SITE_CSP}. */
export function sitePolicy(env: Readonly<Record<string, string | undefined>>, viteDev: boolean): CspDirectives {
  return viteDev && env[DEV_SERVER_ENV] === '1' ? DEV_SITE_CSP : SITE_CSP;
}

/**
 * Policy of `/admin/` (Decap CMS, a prebuilt React application). Checked in Chromium: without
 * `'unsafe-eval'` Decap stops with «Error loading the CMS configuration: EvalError» (ajv compiles
 * the config schema with `new Function`), and without `'unsafe-inline'` styles its interface
 * (emotion `<style>` elements) is blocked; it also compiles WebAssembly (`'wasm-unsafe-eval'`).
 * Still no inline scripts. It talks to the Git host's API, to the
 * local `decap-server` (port 8081) when editing on one's own machine, and previews images from
 * blob:/data: URLs and from the Git host. The page is only for editors and is not indexed.
 */
export const ADMIN_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'http://localhost:8081', 'http://127.0.0.1:8081'],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:', 'data:'],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** Default API address of each Git host Decap can save to (self-hosted ones set `apiRoot`). */
const GIT_HOST_API: Readonly<Record<string, string[]>> = {
  github: ['https://api.github.com'],
  gitlab: ['https://gitlab.com'],
  gitea: [],
  'git-gateway': [],
};

function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/**
 * The CMS policy for the configured backend: {@link ADMIN_CSP} plus the Git host's API and the
 * authentication server (`baseUrl`) in `connect-src`.
 */
export function adminCsp(cms: { backend: string; apiRoot?: string | undefined; baseUrl?: string | undefined }): CspDirectives {
  const extra = [...(GIT_HOST_API[cms.backend] ?? []), ...originOf(cms.apiRoot), ...originOf(cms.baseUrl)];
  return { ...ADMIN_CSP, 'connect-src': [...new Set([...ADMIN_CSP['connect-src']!, ...extra])] };
}

/**
 * Directives that only work in an HTTP header (a `<meta>` policy ignores them and the browser
 * logs a warning): forbid framing by other sites and upgrade plain-HTTP subresources.
 */
export const HEADER_ONLY_CSP: CspDirectives = {
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** Serialises directives: `default-src 'self'; img-src 'self' data:`. */
/**
 * Policy for files served from the CMS media folder (`/files/`): nothing may load or run, and
 * the document is sandboxed (an opaque origin) even if a browser renders it. Sent with
 * `Content-Disposition: attachment`, so the files are downloaded, never opened on the site's origin.
 */
export const FILES_CSP: CspDirectives = {
  'default-src': ["'none'"],
  sandbox: [],
};

export function serializeCsp(...parts: CspDirectives[]): string {
  const merged: Record<string, readonly string[]> = {};
  for (const part of parts) Object.assign(merged, part);
  return Object.entries(merged)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Parses a serialised policy back into directives (for tests and checks). */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}
