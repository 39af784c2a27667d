/**
 * The region generator (scripts/lib/region): deterministic by seed, sized by its options,
 * every deadline kind, a realistic report mix — and its output passes the content check.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { generateRegion, writeRegion } from '../../scripts/lib/region';
import { parseDeadline } from '../../src/lib/deadline';
import { runCheck } from '../../src/lib/check';

const work = mkdtempSync(join(tmpdir(), 'setka-region-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const small = { seed: 7, schools: 40, municipalities: 4, items: 60, documents: 9, months: 12 };

describe('region generator', () => {
  it('gives byte-identical files for the same options and different ones for another seed', () => {
    const a = generateRegion(small);
    const b = generateRegion(small);
    expect(b.files).toEqual(a.files);
    const c = generateRegion({ ...small, seed: 8 });
    expect(c.files.map((f) => f.text).join('')).not.toBe(a.files.map((f) => f.text).join(''));
  });

  it('writes a content root that passes the check with no errors', () => {
    const dir = join(work, 'small');
    const summary = writeRegion(dir, generateRegion(small));
    const result = runCheck(resolve('.'), dir);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.content.schools).toHaveLength(40);
    expect(new Set(result.content.schools.map((s) => s.data.municipality)).size).toBe(4);
    expect(result.content.documents).toHaveLength(9);
    expect(result.content.reports).toHaveLength(summary.reports);
    const roadmap = result.content.roadmaps[0]!.data;
    expect(roadmap.sections.flatMap((s) => s.items)).toHaveLength(60);
    // Documents: numbered clauses, appendices both ways, one superseded order.
    const docs = result.content.documents.map((d) => d.data);
    expect(docs.filter((d) => d.appendixOf).length).toBeGreaterThanOrEqual(2);
    expect(docs.some((d) => d.status === 'superseded' && d.supersededBy)).toBe(true);
    expect(result.content.documents.every((d) => /^(## )?\d+\.\d*\.? /m.test(d.entry.body ?? ''))).toBe(true);
  });

  it('writes deadlines of every kind, all readable by the parser', () => {
    const region = generateRegion(small);
    const roadmap = parse(region.files.find((f) => f.path.startsWith('roadmaps/'))!.text) as { period: { start: string; end: string }; sections: Array<{ items: Array<{ deadline: string }> }> };
    const kinds = new Set(roadmap.sections.flatMap((s) => s.items).map((i) => parseDeadline(i.deadline, { year: 2021, period: roadmap.period }).kind));
    expect([...kinds].sort()).toEqual(['by', 'event', 'months', 'on', 'ongoing', 'range', 'recurring', 'schedule']);
  });

  it('has a realistic report mix: on time, late, missing, partial and not done with reasons', () => {
    const region = generateRegion(small);
    const reports = region.files.filter((f) => f.path.startsWith('reports/')).map((f) => parse(f.text) as { month: string; submitted: string; rows: Array<{ status: string; reason?: string }> });
    const late = reports.filter((r) => r.submitted > `${r.month}-28`).length;
    expect(late).toBe(region.summary.late);
    expect(late / reports.length).toBeGreaterThan(0.05);
    expect(late / reports.length).toBeLessThan(0.35);
    expect(region.summary.missing).toBeGreaterThan(0);
    const rows = reports.flatMap((r) => r.rows);
    for (const status of ['done', 'partial', 'not-done']) expect(rows.some((row) => row.status === status)).toBe(true);
    expect(rows.filter((row) => row.status !== 'done').every((row) => (row.reason ?? '').trim().length > 10)).toBe(true);
    // No report is dated after the date statuses are computed for.
    expect(reports.every((r) => r.submitted <= region.summary.asOf)).toBe(true);
  });

  it('at region size gives ≥ 400 schools and ≥ 2,900 reports (the CMS browser test relies on it)', { timeout: 60_000 }, () => {
    const region = generateRegion({ schools: 400, items: 300, documents: 50, months: 12 });
    expect(region.summary.schools).toBe(400);
    expect(region.summary.reports).toBeGreaterThanOrEqual(2900);
    const ids = region.files.filter((f) => f.path.startsWith('schools/')).map((f) => f.path);
    expect(new Set(ids).size).toBe(400);
  });
});
