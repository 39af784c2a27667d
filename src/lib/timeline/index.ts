/**
 * Build-time SVG timeline of a roadmap: one row per item, one column per month, windows as
 * hatched bars, single due dates as diamonds, recurring deadlines as triangles, and a dashed
 * line for «Состояние на …». Shapes, not colour alone, tell the kinds apart; colours come
 * from CSS classes (design tokens) with plain attributes as a fallback. Pure: returns text.
 */
import { daysInMonth, formatDateNumeric, MONTHS_SHORT } from '../dates';
import { text } from '../html';
import type { Occurrence } from '../status/types';

/** One row of the timeline. */
export interface TimelineRow {
  /** Short label at the left (the item number). */
  label: string;
  /** Full text for the row's tooltip («п. 16. Посещение уроков кураторами — 22.04.2021 …»). */
  title: string;
  /** How to draw the occurrences. */
  shape: 'window' | 'date' | 'recurring' | 'undated';
  occurrences: readonly Occurrence[];
  /** The row's status (the item's worst status among schools, or the department's): a coloured mark before the label. */
  status?: string | undefined;
}

export interface TimelineOptions {
  /** Unique prefix for ids inside the SVG (several timelines may share a page). */
  id: string;
  /** Months shown, `YYYY-MM`, consecutive, oldest first. */
  months: readonly string[];
  rows: readonly TimelineRow[];
  /** Date of the «Состояние на» line. */
  asOf: string;
  /** Accessible name. */
  title: string;
  /** Accessible description (what the picture shows, and where the same data is as text). */
  description: string;
}

const LABEL_W = 40;
const MONTH_W = 46;
const HEADER_H = 58;
const ROW_H = 20;
const PAD = 6;

/** Fallback fills of the status marks (the page's CSS maps them to the design tokens). */
const STATUS_FILL: Record<string, string> = { done: '#14532d', overdue: '#8a1c1c', due: '#8a5a00', upcoming: '#0b4f8a', undated: '#4b5563', 'before-order': '#6b7280' };

/** Escapes text for XML content and attributes: the five characters, as `text` of src/lib/html.ts escapes them. */
export const escapeXml = text;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Geometry helpers for a given month list. */
export function timelineScale(months: readonly string[]) {
  const index = new Map(months.map((m, i) => [m, i]));
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  /** x of the start (`end=false`) or end (`end=true`) of a day; null when outside the months shown. */
  const x = (date: string, end = false): number | null => {
    const month = date.slice(0, 7);
    const i = index.get(month);
    if (i === undefined) return null;
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const frac = (d - (end ? 0 : 1)) / daysInMonth(y, m);
    return r1(LABEL_W + (i + frac) * MONTH_W);
  };
  /** Clamps a window to the months shown; null when it lies entirely outside. */
  const span = (o: Occurrence): [number, number] | null => {
    const lo = `${first}-01`;
    const hi = last ? `${last}-${String(daysInMonth(Number(last.slice(0, 4)), Number(last.slice(5, 7)))).padStart(2, '0')}` : '';
    if (!first || o.due < lo || o.start > hi) return null;
    const s = x(o.start < lo ? lo : o.start)!;
    const e = x(o.due > hi ? hi : o.due, true)!;
    return [s, Math.max(e, s + 2)];
  };
  return { x, span, width: LABEL_W + months.length * MONTH_W + PAD, chartLeft: LABEL_W };
}

function diamond(cx: number, cy: number, r: number): string {
  return `${r1(cx)},${r1(cy - r)} ${r1(cx + r)},${r1(cy)} ${r1(cx)},${r1(cy + r)} ${r1(cx - r)},${r1(cy)}`;
}

function triangle(cx: number, cy: number, r: number): string {
  return `${r1(cx - r)},${r1(cy - r)} ${r1(cx + r)},${r1(cy - r)} ${r1(cx)},${r1(cy + r)}`;
}

/** Renders the timeline as an inline SVG string. */
export function renderTimeline(options: TimelineOptions): string {
  const { id, months, rows, asOf } = options;
  const scale = timelineScale(months);
  const height = HEADER_H + rows.length * ROW_H + PAD;
  const width = scale.width;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="PT Sans, Arial, sans-serif" font-size="11">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="tl-hatch-bg" width="6" height="6" fill="#e4eefa"/><line class="tl-hatch-line" x1="0" y1="0" x2="0" y2="6" stroke="#0b4f8a" stroke-width="2.5"/></pattern></defs>`,
  );
  // Month columns and header.
  months.forEach((m, i) => {
    const x = LABEL_W + i * MONTH_W;
    const [y, mm] = m.split('-').map(Number) as [number, number];
    if (i % 2 === 1) out.push(`<rect class="tl-month-alt" x="${x}" y="${HEADER_H - 18}" width="${MONTH_W}" height="${height - HEADER_H + 18 - PAD}" fill="#f3f5f8"/>`);
    out.push(`<text class="tl-month" x="${x + MONTH_W / 2}" y="${HEADER_H - 5}" text-anchor="middle" fill="#1b1f24">${MONTHS_SHORT[mm - 1]}</text>`);
    if (i === 0 || mm === 1) out.push(`<text class="tl-year" x="${x + 2}" y="${HEADER_H - 26}" font-weight="700" fill="#1b1f24">${y}</text>`);
    if (mm === 1 && i > 0) out.push(`<line class="tl-year-line" x1="${x}" y1="${HEADER_H - 38}" x2="${x}" y2="${height - PAD}" stroke="#4a5260" stroke-width="1"/>`);
  });
  // Rows.
  rows.forEach((row, i) => {
    const top = HEADER_H + i * ROW_H;
    const cy = top + ROW_H / 2;
    out.push(`<g class="tl-row tl-row--${row.shape}${row.status ? ` tl-row--status-${escapeXml(row.status)}` : ''}"><title>${escapeXml(row.title)}</title>`);
    if (row.status) out.push(`<rect class="tl-status tl-status--${escapeXml(row.status)}" x="2" y="${top + 3}" width="8" height="${ROW_H - 6}" rx="1" fill="${STATUS_FILL[row.status] ?? '#4a5260'}"/>`);
    out.push(`<line class="tl-rule" x1="0" y1="${top + ROW_H}" x2="${width}" y2="${top + ROW_H}" stroke="#c4cad3" stroke-width="0.5"/>`);
    out.push(`<text class="tl-label" x="${LABEL_W - 6}" y="${cy + 4}" text-anchor="end" font-weight="700" fill="#1b1f24">${escapeXml(row.label)}</text>`);
    if (row.shape === 'undated' || row.occurrences.length === 0) {
      out.push(`<text class="tl-undated" x="${LABEL_W + 4}" y="${cy + 4}" font-style="italic" fill="#4a5260">без даты (по графику или событию)</text>`);
    }
    for (const o of row.occurrences) {
      const s = scale.span(o);
      if (!s) continue;
      if (row.shape === 'window') {
        out.push(`<rect class="tl-window" x="${s[0]}" y="${top + 4}" width="${r1(s[1] - s[0])}" height="${ROW_H - 8}" fill="url(#${id}-hatch)" stroke="#0b4f8a" stroke-width="1"/>`);
        out.push(`<line class="tl-window-end" x1="${s[1]}" y1="${top + 2}" x2="${s[1]}" y2="${top + ROW_H - 2}" stroke="#0b3a66" stroke-width="2.5"/>`);
      } else if (row.shape === 'recurring') {
        const x = scale.x(o.due, true);
        if (x !== null) out.push(`<polygon class="tl-recurring" points="${triangle(x - 1, cy, 4.5)}" fill="#6b3f00"/>`);
      } else {
        const x = scale.x(o.due, true);
        if (x !== null) out.push(`<polygon class="tl-date" points="${diamond(x - 1, cy, 5.5)}" fill="#0b3a66" stroke="#ffffff" stroke-width="1"/>`);
      }
    }
    out.push('</g>');
  });
  // «Состояние на» line.
  const ax = scale.x(asOf);
  if (ax !== null) {
    const label = `Состояние на ${formatDateNumeric(asOf)}`;
    const anchor = ax > width - 120 ? 'end' : 'start';
    const tx = anchor === 'end' ? ax - 4 : ax + 4;
    out.push(`<g class="tl-asof"><line x1="${ax}" y1="16" x2="${ax}" y2="${HEADER_H - 20}" stroke="#8a1c1c" stroke-width="2"/><line x1="${ax}" y1="${HEADER_H}" x2="${ax}" y2="${height - PAD}" stroke="#8a1c1c" stroke-width="2" stroke-dasharray="5 3"/>`);
    out.push(`<text x="${tx}" y="12" text-anchor="${anchor}" font-weight="700" fill="#8a1c1c">${escapeXml(label)}</text></g>`);
  }
  out.push('</svg>');
  return out.join('');
}
