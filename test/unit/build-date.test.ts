/** The day a build computes statuses for: one for every process of `npm run build` (src/lib/programme/content.ts). */
import { describe, expect, it } from 'vitest';
import { BUILD_DATE_ENV, buildDate } from '../../src/lib/programme';

describe('buildDate', () => {
  it('is the day the build script set for all its processes, else today (UTC)', () => {
    const now = new Date('2021-11-30T23:59:59Z');
    expect(buildDate({ [BUILD_DATE_ENV]: '2021-11-30' }, new Date('2021-12-01T00:00:01Z'))).toBe('2021-11-30');
    expect(buildDate({}, now)).toBe('2021-11-30');
    expect(buildDate({ [BUILD_DATE_ENV]: 'вчера' }, now)).toBe('2021-11-30');
  });
});
