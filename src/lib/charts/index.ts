/**
 * Small build-time SVG charts: one horizontal stacked bar per row (a month's reports, a roadmap
 * section's statuses). Static markup, no script; `role="img"` with a `<title>` and a `<desc>` that
 * says every number, so the picture has a full text alternative. Colours come from classes
 * (`chart-seg--<key>`) that the page's CSS maps to the design tokens; the fill attributes are the
 * fallback for a picture opened on its own.
 */
import { escapeXml } from '../timeline';

export interface ChartSegment {
  /** Status key: picks the class `chart-seg--<key>`. */
  key: string;
  value: number;
}

export interface ChartBar {
  /** Row label, above the bar («Ноябрь 2021», «1. Нормативное обеспечение»). */
  label: string;
  segments: readonly ChartSegment[];
}

export interface StackedBarsOptions {
  /** Unique id prefix (title/desc ids). */
  id: string;
  title: string;
  /** Label of each key, for the text alternative («в срок»). */
  keyLabels: Readonly<Record<string, string>>;
  /** Fallback fill of each key. */
  keyFills?: Readonly<Record<string, string>>;
  /** What one unit is, for the description: «отчётов», «мероприятий × школ». */
  unit: string;
  bars: readonly ChartBar[];
}

const WIDTH = 360;
const LABEL_H = 18;
const BAR_H = 22;
const GAP = 10;
/** Longer row labels are cut with «…» (the full label is in the description and the table). */
const LABEL_MAX = 50;

/** The chart's text alternative: one sentence per bar with every non-zero count. */
export function describeBars(options: Pick<StackedBarsOptions, 'bars' | 'keyLabels' | 'unit'>): string {
  return options.bars
    .map((b) => {
      const parts = b.segments.filter((s) => s.value > 0).map((s) => `${options.keyLabels[s.key] ?? s.key} — ${s.value}`);
      return `${b.label}: ${parts.length > 0 ? parts.join(', ') : 'нет данных'}.`;
    })
    .join(' ');
}

/** Renders the bars as one SVG string. Every bar spans the full width: each shows shares of its own total. */
export function renderStackedBars(options: StackedBarsOptions): string {
  const { id, title, bars, keyFills = {} } = options;
  const height = bars.length * (LABEL_H + BAR_H + GAP);
  const desc = `${describeBars(options)} Единица счёта: ${options.unit}.`;
  const out: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="PT Sans, Arial, sans-serif" font-size="13">`,
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`,
  ];
  bars.forEach((bar, i) => {
    const top = i * (LABEL_H + BAR_H + GAP);
    const total = bar.segments.reduce((n, s) => n + s.value, 0);
    const label = bar.label.length > LABEL_MAX ? `${bar.label.slice(0, LABEL_MAX - 1).trimEnd()}…` : bar.label;
    out.push(`<g class="chart-row"><text class="chart-label" x="0" y="${top + 13}" fill="#1b1f24" font-weight="700">${escapeXml(label)}</text>`);
    out.push(`<rect class="chart-track" x="0" y="${top + LABEL_H}" width="${WIDTH}" height="${BAR_H}" fill="#eceff3"/>`);
    let x = 0;
    for (const s of bar.segments) {
      if (s.value <= 0 || total === 0) continue;
      const w = Math.round((s.value / total) * WIDTH * 10) / 10;
      out.push(`<rect class="chart-seg chart-seg--${escapeXml(s.key)}" x="${x}" y="${top + LABEL_H}" width="${w}" height="${BAR_H}" fill="${keyFills[s.key] ?? '#4a5260'}" stroke="#ffffff" stroke-width="1"/>`);
      if (w >= 18) out.push(`<text class="chart-value chart-value--${escapeXml(s.key)}" x="${x + w / 2}" y="${top + LABEL_H + 15}" text-anchor="middle" font-weight="700" fill="#ffffff">${s.value}</text>`);
      x += w;
    }
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}
