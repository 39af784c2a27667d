import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createFrontmatterFormat, createYamlFormat } from '../../src/lib/cms/yaml-format';

const files = execFileSync('git', ['ls-files', 'src/content/**/*.yaml'], { encoding: 'utf8' }).trim().split('\n');

/** Lines that differ between two texts of the same length in lines (or all, when lengths differ). */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  if (x.length !== y.length) return [`${x.length} строк → ${y.length} строк`];
  return y.filter((line, i) => line !== x[i]);
}

describe('the CMS YAML format changes only what was edited', () => {
  it.each(files)('%s is written back byte for byte when nothing changed', (file) => {
    const format = createYamlFormat();
    const text = readFileSync(file, 'utf8');
    expect(format.toFile(format.fromFile(text))).toBe(text);
  });

  it('an edited deadline changes one line, quotes and long lines elsewhere untouched', () => {
    const format = createYamlFormat();
    const text = readFileSync('src/content/roadmaps/dorozhnaya-karta-2021.yaml', 'utf8');
    // Other entries read in the same session must not be mistaken for this one.
    for (const other of files.filter((f) => f.includes('/reports/'))) format.fromFile(readFileSync(other, 'utf8'));
    const data = structuredClone(format.fromFile(text)) as { sections: Array<{ items: Array<{ deadline: string }> }> };
    const before = data.sections[1]!.items[0]!.deadline;
    data.sections[1]!.items[0]!.deadline = 'До 20.02.2021';
    const out = format.toFile(data);
    expect(changedLines(text, out)).toEqual([expect.stringContaining('deadline: До 20.02.2021')]);
    expect(before).not.toBe('До 20.02.2021');
    expect(parse(out)).toEqual(data);
  });

  it('a new report keeps numbers, months and dates as quoted text', () => {
    const format = createYamlFormat();
    const report = { school: 'nikolskaya-sh', roadmap: 'dorozhnaya-karta-2021', month: '2021-12', submitted: '2021-12-20', rows: [{ item: '16', status: 'done', result: 'Проведено: 3 урока' }] };
    const out = format.toFile(report);
    expect(out).toContain('month: "2021-12"');
    expect(out).toContain('submitted: "2021-12-20"');
    expect(out).toContain('- item: "16"');
    expect(out).toContain('school: nikolskaya-sh');
    expect(parse(out, { version: '1.1' })).toEqual(report);
  });

  it('a long text is not re-wrapped, a removed row is removed and an added one appended', () => {
    const format = createYamlFormat();
    const text = readFileSync('src/content/reports/zhuravlevskaya-sosh/2021-10.yaml', 'utf8');
    const data = structuredClone(format.fromFile(text)) as { rows: Array<Record<string, string>> };
    data.rows.splice(1, 1);
    data.rows.push({ item: '9', status: 'done', result: 'Очень длинный результат, '.repeat(8).trim() });
    const out = format.toFile(data);
    expect(out.split('\n').filter((l) => l.includes('Очень длинный результат'))).toHaveLength(1);
    expect(parse(out)).toEqual(data);
    expect(out.startsWith(text.split('rows:')[0]!)).toBe(true);
  });
});

describe('the CMS front matter format (documents)', () => {
  const docs = execFileSync('git', ['ls-files', 'src/content/documents/*.md'], { encoding: 'utf8' }).trim().split('\n');
  it.each(docs)('%s is written back byte for byte when nothing changed', (file) => {
    const format = createFrontmatterFormat();
    const text = readFileSync(file, 'utf8');
    expect(format.toFile(format.fromFile(text))).toBe(text);
  });

  it('a new document: front matter between --- lines, then the body as typed', () => {
    const format = createFrontmatterFormat();
    expect(format.toFile({ kind: 'regulation', title: 'Положение', status: 'in-force', body: '1. Общие положения\n\n1.1. Текст.' })).toBe('---\nkind: regulation\ntitle: Положение\nstatus: in-force\n---\n1. Общие положения\n\n1.1. Текст.\n');
  });
});
