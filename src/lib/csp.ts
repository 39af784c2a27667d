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
 * Policy of `/admin/` (Decap CMS, a prebuilt React application). Decap and its editors inject
 * `<style>` elements at run time (emotion) and its bundle builds functions from strings, so the
 * page needs `'unsafe-inline'` styles and `'unsafe-eval'`; it talks to the Git host's API
 * (GitHub), to the local `decap-server` (127.0.0.1:8081) when editing on one's own machine,
 * and previews images from blob:/data: URLs. The page is only for editors and is not indexed.
 */
export const ADMIN_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://api.github.com', 'https://github.com', 'http://localhost:8081', 'http://127.0.0.1:8081'],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:', 'data:'],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * Directives that only work in an HTTP header (a `<meta>` policy ignores them and the browser
 * logs a warning): forbid framing by other sites and upgrade plain-HTTP subresources.
 */
export const HEADER_ONLY_CSP: CspDirectives = {
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** Serialises directives: `default-src 'self'; img-src 'self' data:`. */
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
