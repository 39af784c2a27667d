/** Small statistics for benchmark scripts: median and percentiles, nearest-rank. */

/** The `p`-th percentile (0–100) of `values` by the nearest-rank method; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

/** Count, median, 95th percentile, minimum and maximum of `values`. */
export function summarize(values: readonly number[]): { count: number; median: number; p95: number; min: number; max: number } {
  return {
    count: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** «12,3 КБ», «1,2 МБ», «512 Б». */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} Б`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(2).replace('.', ',')} МБ`;
}
