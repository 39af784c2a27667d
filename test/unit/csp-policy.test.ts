/**
 * Public pages get the relaxed dev policy only on `npm run dev`'s server: a build keeps the strict
 * one even when NODE_ENV makes Vite think it is in dev (a shell's NODE_ENV, vitest's «test»).
 */
import { describe, expect, it } from 'vitest';
import { DEV_SERVER_ENV, DEV_SITE_CSP, SITE_CSP, sitePolicy } from '../../src/lib/csp';

describe('sitePolicy', () => {
  it.each([
    ['npm run dev’s server', { [DEV_SERVER_ENV]: '1' }, true, DEV_SITE_CSP],
    ['a build run under NODE_ENV=test (Vite in dev mode, no dev server)', {}, true, SITE_CSP],
    ['a build, which empties the variable', { [DEV_SERVER_ENV]: '' }, true, SITE_CSP],
    ['a production build with the variable left in the shell', { [DEV_SERVER_ENV]: '1' }, false, SITE_CSP],
  ])('%s', (_what, env, viteDev, expected) => {
    expect(sitePolicy(env, viteDev)).toBe(expected);
  });

  it('the dev policy differs from the site policy only by inline styles', () => {
    expect({ ...DEV_SITE_CSP, 'style-src': SITE_CSP['style-src'] }).toEqual(SITE_CSP);
    expect(DEV_SITE_CSP['style-src']).toContain("'unsafe-inline'");
    expect(SITE_CSP['style-src']).not.toContain("'unsafe-inline'");
  });
});
