import { describe, expect, it } from 'vitest';
import { formatBytes, percentile, summarize } from '../../scripts/lib/bench-stats';

describe('percentile (nearest rank)', () => {
  const values = [15, 20, 35, 40, 50];
  it.each([
    [0, 15],
    [30, 20],
    [40, 20],
    [50, 35],
    [95, 50],
    [100, 50],
  ])('p%i = %i', (p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
  it('does not reorder its input and is NaN for no values', () => {
    const input = [3, 1, 2];
    expect(percentile(input, 50)).toBe(2);
    expect(input).toEqual([3, 1, 2]);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('gives count, median, p95, min and max', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ count: 20, median: 10, p95: 19, min: 1, max: 20 });
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 Б'],
    [512, '512 Б'],
    [1024, '1,0 КБ'],
    [18637, '18,2 КБ'],
    [5 * 1024 * 1024, '5,00 МБ'],
    [Number.NaN, '—'],
  ])('%d → %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});
