/**
 * `npm run import` on the three real seeds (kept in test/fixtures/seeds): the output passes the real
 * check, keeps every numbered clause with its number and text, builds the pairing list and the
 * roadmap of 002 exactly as the hand-made demo content has them, and anchors 003's lettered and
 * unnumbered clauses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderDocument } from '../../src/lib/markdown';
import { formatImportReport } from '../../src/lib/import/report';
import { docxToText } from '../../src/lib/import/docx';
import { importTexts } from '../../src/lib/import';
import { docxFromText } from '../helpers/docx-from-text';
import { seedsDir } from '../helpers/seed';
import { fixtureSeed, importAndCheck, renderedClauses, sourceClauses, squash, unmark } from '../helpers/import';
import { pairRows, pairRowsOf } from '../helpers/pairs';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

function run(prefix: string) {
  const seed = fixtureSeed(prefix);
  const r = importAndCheck([seed]);
  cleanups.push(r.cleanup);
  const file = (path: string) => join(r.dir, 'src', 'content', path);
  const docs = r.result.files.filter((f) => f.collection === 'documents');
  return { ...r, seed, file, docs };
}

describe.each(['001_', '002_', '003_'])('seed %s imported from text', (prefix) => {
  const r = run(prefix);

  it('passes npm run check with no errors', () => {
    expect(r.check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.check.files).toBe(r.result.files.length);
  });

  it('keeps every numbered clause of the source with its number and its text', () => {
    const source = sourceClauses(r.seed.text);
    const rendered = r.docs.flatMap((d) => renderedClauses(r.file(d.path)));
    expect(rendered.map((c) => c.number)).toEqual(source.map((c) => c.number));
    source.forEach((c, i) => expect(rendered[i]!.text.startsWith(c.text), `${c.number}: «${rendered[i]!.text.slice(0, 80)}» ≠ «${c.text.slice(0, 80)}»`).toBe(true));
  });

  it('reports nothing it could not place except what it names with a line', () => {
    for (const u of r.result.reports[0]!.unplaced) expect(u.line).toBeGreaterThan(0);
    expect(formatImportReport(r.result)).toContain(r.seed.name);
  });
});

describe('002: the complete package', () => {
  const r = run('002_');
  const demo = (path: string) => parse(readFileSync(join(process.cwd(), 'src', 'content', path), 'utf8'));
  const written = (path: string) => parse(readFileSync(r.file(path), 'utf8'));

  it('becomes an order with four linked appendices', () => {
    const order = r.result.files.find((f) => f.path === 'documents/prikaz-147.md')!;
    const front = parse(order.content.split('---\n')[1]!);
    expect(front).toMatchObject({ kind: 'order', number: '147', date: '2021-08-08', title: 'Об организации сетевого взаимодействия', signedBy: { name: 'Н.А. Бозина', position: 'Начальник Управления образования администрации Белгородского района' } });
    expect(front.appendices.map((a: { number: string; collection: string }) => [a.number, a.collection])).toEqual([['1', 'pairings'], ['2', 'documents'], ['3', 'roadmaps'], ['4', 'documents']]);
    for (const a of front.appendices) expect(existsSync(r.file(`${a.collection}/${a.id}.${a.collection === 'documents' ? 'md' : 'yaml'}`))).toBe(true);
  });

  it('pairing list: 5 rows, 9 schools, 10 people; Октябрьская СОШ in two rows is one school', () => {
    const pairing = { approval: written('pairings/perechen-2021.yaml').approval as unknown, rows: pairRows('perechen-2021', r.file('')) };
    expect(pairing.rows).toHaveLength(5);
    expect(pairing.rows.map((x) => x.number)).toEqual([1, 2, 3, 4, 5]);
    const schools = new Set(pairing.rows.flatMap((row) => [row.school, row.partner]));
    expect(schools.size).toBe(9);
    expect(r.result.files.filter((f) => f.collection === 'schools')).toHaveLength(9);
    const people = new Set(pairing.rows.flatMap((row) => [row.coordinator.name, row.curator.name]));
    expect(people.size).toBe(10);
    expect(pairing.rows[0]!.partner).toBe(pairing.rows[4]!.partner);
    // Same people and positions as the hand-made demo content.
    const hand = { approval: demo('pairings/perechen-2021.yaml').approval as unknown, rows: pairRows('perechen-2021') };
    expect(pairing.rows.map((x) => [x.coordinator, x.curator])).toEqual(hand.rows.map((x) => [x.coordinator, x.curator]));
    expect(pairing.approval).toEqual(hand.approval);
  });

  it('roadmap: the 20 items with verbatim numbers, deadlines and responsible, in the demo sections', () => {
    const roadmap = written('roadmaps/dorozhnaya-karta-2021.yaml');
    const hand = demo('roadmaps/dorozhnaya-karta-2021.yaml');
    const items = roadmap.sections.flatMap((s: { items: unknown[] }) => s.items);
    expect(items).toHaveLength(20);
    expect(roadmap.sections).toEqual(hand.sections);
    expect(roadmap.approval).toEqual(hand.approval);
    const report = r.result.reports[0]!.parts.find((p) => p.kind === 'roadmap')!;
    expect(report.deadlines.filter((d) => d.understood)).toHaveLength(20);
    // each deadline as understood, in the words the roadmap's page puts beside it (describeDeadline, src/lib/status)
    expect(report.deadlines.slice(0, 2).map((d) => d.note)).toEqual(['до 15 февраля 2021 г.', 'до 15 февраля 2021 г.']);
    expect(report.deadlines.find((d) => d.text === 'По итогам работ')?.note).toBe('по итогам работ');
  });

  it('keeps the source’s inconsistencies and lets the check report them', () => {
    const codes = r.check.problems.map((p) => p.code);
    expect(codes).toContain('appendix.order-number-mismatch');
    expect(codes).toContain('appendix.order-date-mismatch');
    expect(codes).toContain('deadline.before-document');
  });

  it('the Положение body equals the demo’s (same clauses, same text)', () => {
    const hand = renderedClauses(join(process.cwd(), 'src/content/documents/polozhenie-setevoe-vzaimodeystvie.md'));
    const doc = r.docs.find((d) => d.content.includes('kind: regulation'))!;
    expect(renderedClauses(r.file(doc.path))).toEqual(hand);
  });
});

describe('001: a regulation alone, clause numbers as pasted', () => {
  const r = run('001_');
  it('splits «3. Организация … 3.1.Образовательные» into a title and its first clause', () => {
    const clauses = renderedClauses(r.file(r.docs[0]!.path));
    expect(clauses.find((c) => c.number === '3')!.text).toBe('3. Организация сетевого взаимодействия образовательных организаций');
    expect(clauses.find((c) => c.number === '3.1')!.text).toMatch(/^3\.1\.Образовательные организации/);
  });
  it('warns, with the line, that 3.6 is missing', () => {
    const skip = r.check.problems.find((p) => p.code === 'document.clause-skip');
    expect(skip).toMatchObject({ severity: 'warning', data: { number: '3.7', expected: '3.6' } });
    const lines = readFileSync(r.file(r.docs[0]!.path), 'utf8').split('\n');
    expect(lines[skip!.line! - 1]).toMatch(/^3\.7\. В условиях сетевого/);
  });
});

describe('003: order «№ АЗ № 474», a Положение without numbers', () => {
  const r = run('003_');
  const polozhenie = r.docs.find((d) => d.content.includes('kind: regulation'))!;
  const body = readFileSync(r.file(polozhenie.path), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const { html } = renderDocument(body);

  it('reads the header: number, date in words, issuer, signature behind the facsimile', () => {
    const order = parse(r.result.files.find((f) => f.path === 'documents/prikaz-474.md')!.content.split('---\n')[1]!);
    expect(order).toMatchObject({ kind: 'order', number: '474', date: '2017-08-10', issuer: 'Управление образования администрации Балтийского муниципального района', signedBy: { position: 'Директор управления образования', name: 'Н.И. Фёдорова' } });
    expect(order.appendices).toEqual([{ number: '1', collection: 'documents', id: polozhenie.id }]);
    expect(r.result.reports[0]!.unplaced).toEqual([expect.objectContaining({ line: 6, text: '№ АЗ' })]);
  });

  it('gives each lettered clause an anchor under its section', () => {
    for (const [letter, id] of [['А', 'p-4-a'], ['Б', 'p-4-b'], ['В', 'p-4-v'], ['Г', 'p-4-g']]) {
      expect(html).toMatch(new RegExp(`<p id="${id}" class="clause"[^>]*>${letter}\\. `));
    }
  });

  it('gives every unnumbered paragraph, title and bullet an anchor, all unique', () => {
    const blocks = [...html.matchAll(/<(p|li|h2)( id="([^"]+)")?[^>]*>/g)];
    expect(blocks.length).toBeGreaterThan(40);
    expect(blocks.filter((b) => !b[3])).toEqual([]);
    const ids = blocks.map((b) => b[3]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toMatch(/<p id="razdel-\d+" class="clause"[^>]*><strong>Цель и задачи Сетевого взаимодействия:<\/strong>/);
    expect(html).toContain('<p id="p-1-abz1">Настоящее положение разработано');
  });
});

describe('variants a department may send (test/fixtures/import/variants.txt)', () => {
  const text = readFileSync(join(process.cwd(), 'test', 'fixtures', 'import', 'variants.txt'), 'utf8');
  const r = importAndCheck([{ name: 'variants.txt', text }]);
  cleanups.push(r.cleanup);
  const get = (path: string) => r.result.files.find((f) => f.path === path)!;

  it('passes the check; every numbered clause kept (number alone on its line, «1.2.Команда», text broken across blank lines)', () => {
    expect(r.check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const rendered = r.result.files.filter((f) => f.collection === 'documents').flatMap((d) => renderedClauses(join(r.dir, 'src', 'content', d.path)));
    expect(rendered.map((c) => c.number)).toEqual(['1', '2', '3', '1', '1.1', '1.2', '1.3']);
    expect(rendered[0]!.text).toBe('1. Утвердить перечень школ-партнёров (приложение № 1) и план мероприятий (приложение № 2).');
    expect(rendered[5]!.text).toBe('1.2.Команда работает по плану, утверждённому директором школы, и отчитывается на педагогическом совете.');
  });

  it('reads «30.12.2020 г.» and «№ 512-о», and the «УТВЕРЖДАЮ» approver with position and date', () => {
    expect(parse(get('documents/prikaz-512-o.md').content.split('---\n')[1]!)).toMatchObject({ number: '512-о', date: '2020-12-30', signedBy: { name: 'И.П. Сидоров', position: 'Начальник управления образования' } });
    const polozhenie = parse(get('documents/polozhenie-o-shkolnoy-komande.md').content.split('---\n')[1]!);
    expect(polozhenie.approval).toMatchObject({ heading: 'УТВЕРЖДАЮ', date: '2021-09-01', approver: { position: 'Директор МБОУ «Ивановская ООШ»', name: 'А.В. Смирнов' } });
    expect(polozhenie.appendixOf).toBeUndefined();
  });

  it('«|» tables: the same partner school in two rows is one school; roadmap sections, items and split responsible', () => {
    expect(get('pairings/perechen-2020.yaml').content).not.toMatch(/^rows:/m);
    const pairing = { rows: pairRowsOf(r.result.files.filter((f) => f.collection === 'pairs' && f.id.startsWith('perechen-2020/')).map((f) => f.content)) };
    expect(pairing.rows.map((x) => x.partner)).toEqual(['oktyabrskaya-sosh-im-yu-chumaka', 'oktyabrskaya-sosh-im-yu-chumaka']);
    expect(r.result.files.filter((f) => f.collection === 'schools')).toHaveLength(3);
    const roadmap = parse(get('roadmaps/dorozhnaya-karta-2020.yaml').content);
    expect(roadmap.sections).toEqual([{ title: 'Организационные мероприятия', items: [
      { number: '1', activity: 'Совещание с руководителями', deadline: 'январь 2021', responsible: ['Сидоров И.П., начальник управления', 'руководители ШНОР'] },
      { number: '2', activity: 'Посещение уроков', deadline: 'ежемесячно до 28 числа', responsible: ['кураторы'] },
    ] }]);
  });

  it('matches schools already in the content root by name, whatever the quotes and the legal form', () => {
    const again = importTexts([{ name: 'variants.txt', text }], { schools: [{ id: 'oktyabrskaya-sosh', name: 'МОУ «Октябрьская СОШ им. Ю.Чумака»', shortName: 'Октябрьская СОШ им. Ю.Чумака' }], hasSettings: true });
    expect(again.reports[0]!.schoolsMatched).toEqual(['oktyabrskaya-sosh']);
    expect(again.reports[0]!.schoolsNew).toHaveLength(2);
  });
});

describe('npm run import (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setka-import-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seed = join(seedsDir(), fixtureSeed('003_').name);
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('writes nothing with --dry-run, refuses to overwrite without --force, overwrites with it', () => {
    const out = join(dir, 'content');
    const dry = cli(seed, '--out', out, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/приказ «О подтверждении Положения/);
    expect(dry.stdout).toMatch(/003_99db82972d428e22\.txt:6: второй номер в шапке приказа/);
    expect(existsSync(out)).toBe(false);

    expect(cli(seed, '--out', out).status).toBe(0);
    const order = join(out, 'documents', 'prikaz-474.md');
    writeFileSync(order, 'правка методиста');
    const again = cli(seed, '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Ничего не записано.*уже есть/s);
    expect(readFileSync(order, 'utf8')).toBe('правка методиста');
    expect(cli(seed, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(order, 'utf8')).toMatch(/^---\nkind: order/);
  }, 120_000);

  it('names the file and the fix for a format it cannot read', () => {
    const pdf = join(dir, 'приказ.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const res = cli(pdf);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/приказ\.pdf.*\.pdf не поддерживается.*\.docx/s);
  }, 60_000);
});

it('unmark/squash helpers normalise whitespace only', () => {
  expect(unmark('## 1. Общие  положения')).toBe('1. Общие положения');
  expect(squash(' a \n b ')).toBe('a b');
});

describe.each([
  ['text', 'numbers typed in the text'],
  ['auto', 'Word automatic multi-level numbering'],
] as const)('seeds imported from DOCX (%s: %s)', (numbers, _what) => {
  const cache = new Map<string, Promise<ReturnType<typeof importAndCheck> & { seed: { name: string; text: string } }>>();
  const load = (prefix: string) => {
    if (!cache.has(prefix)) {
      cache.set(prefix, (async () => {
        const seed = fixtureSeed(prefix);
        const bytes = await docxFromText(seed.text, numbers);
        const text = await docxToText(bytes);
        const r = importAndCheck([{ name: seed.name.replace(/\.txt$/, '.docx'), text }]);
        cleanups.push(r.cleanup);
        return { ...r, seed };
      })());
    }
    return cache.get(prefix)!;
  };
  const file = (dir: string, path: string) => join(dir, 'src', 'content', path);

  it.each(['001_', '002_', '003_'])('%s passes the check and keeps every numbered clause with its number and text', async (prefix) => {
    const r = await load(prefix);
    expect(r.check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const source = sourceClauses(r.seed.text);
    const rendered = r.result.files.filter((f) => f.collection === 'documents').flatMap((d) => renderedClauses(file(r.dir, d.path)));
    expect(rendered.map((c) => c.number)).toEqual(source.map((c) => c.number));
    // Word's labels end with a dot («1.1.»); the source may not («1.1 Настоящее»): compare the text after the number.
    const rest = (s: string) => s.replace(/^\d+(?:\.\d+)*\.?\s*/, '');
    source.forEach((c, i) => expect(rest(rendered[i]!.text).startsWith(rest(c.text)), `${c.number}: «${rendered[i]!.text.slice(0, 60)}»`).toBe(true));
  });

  it('002: 5 pairing rows, 9 schools, 10 people; 20 roadmap items with verbatim deadlines', async () => {
    const r = await load('002_');
    const pairing = { rows: pairRows('perechen-2021', file(r.dir, '')) };
    expect(pairing.rows).toHaveLength(5);
    expect(new Set(pairing.rows.flatMap((x) => [x.school, x.partner])).size).toBe(9);
    expect(new Set(pairing.rows.flatMap((x) => [x.coordinator.name, x.curator.name])).size).toBe(10);
    const roadmap = parse(readFileSync(file(r.dir, 'roadmaps/dorozhnaya-karta-2021.yaml'), 'utf8'));
    const hand = parse(readFileSync(join(process.cwd(), 'src/content/roadmaps/dorozhnaya-karta-2021.yaml'), 'utf8'));
    expect(roadmap.sections).toEqual(hand.sections);
  });

  it('003: lettered clauses anchored, the approver of the order kept', async () => {
    const r = await load('003_');
    const doc = r.result.files.find((f) => f.content.includes('kind: regulation'))!;
    const { html } = renderDocument(readFileSync(file(r.dir, doc.path), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    for (const id of ['p-4-a', 'p-4-b', 'p-4-v', 'p-4-g']) expect(html).toContain(`id="${id}"`);
    const order = parse(r.result.files.find((f) => f.path === 'documents/prikaz-474.md')!.content.split('---\n')[1]!);
    expect(order.signedBy).toEqual({ position: 'Директор управления образования', name: 'Н.И. Фёдорова' });
  });
});
