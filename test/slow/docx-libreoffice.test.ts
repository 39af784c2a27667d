/**
 * The DOCX exports open in LibreOffice: each is converted to PDF with `soffice --headless` and the
 * PDF's page size is A4 in the expected orientation; a school's report blanks take one landscape
 * page a month, with no empty page. Skipped where LibreOffice is not installed
 * (`apt-get install -y libreoffice-writer-nogui`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { approvalLines } from '../../src/lib/approval';
import { documentDocx, roadmapDocx } from '../../src/lib/export/document-docx';
import { BLANK_COLUMNS, blankDocx, type ReportBlank } from '../../src/lib/export';

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0);
const content = (path: string) => readFileSync(join(process.cwd(), 'src', 'content', path), 'utf8');

describe.skipIf(!soffice)('DOCX exports in LibreOffice', () => {
  it('converts the order and the roadmap to PDF: A4 portrait and A4 landscape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-lo-'));
    try {
      const order = content('documents/prikaz-147.md');
      const front = parse(order.split('---\n')[1]!);
      writeFileSync(join(dir, 'order.docx'), await documentDocx({ kind: 'order', title: front.title, number: front.number, date: front.date, issuer: front.issuer, signedBy: front.signedBy, approvalLines: [], body: order.replace(/^---\n[\s\S]*?\n---\n/, ''), creator: 'test' }));
      const roadmap = parse(content('roadmaps/dorozhnaya-karta-2021.yaml'));
      writeFileSync(join(dir, 'roadmap.docx'), await roadmapDocx({ title: roadmap.title, approvalLines: approvalLines(roadmap.approval, '3'), sections: roadmap.sections, creator: 'test' }));
      const res = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'order.docx'), join(dir, 'roadmap.docx')], { encoding: 'utf8', timeout: 600_000 });
      expect(res.status, res.stderr).toBe(0);
      const box = (file: string) => {
        const m = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(readFileSync(join(dir, file), 'latin1'))!;
        return [Math.round(Number(m[1])), Math.round(Number(m[2]))];
      };
      expect(box('order.pdf')).toEqual([595, 842]);
      expect(box('roadmap.pdf')).toEqual([842, 595]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('converts a school\'s twelve report blanks to PDF: twelve A4 landscape pages, one a month', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-lo-'));
    try {
      const months = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
      const blanks: ReportBlank[] = months.map((m, i) => ({
        approvalLines: ['Приложение № 4', 'к приказу', 'от «07» 02 2021 г. № 147'], titleWord: 'ОТЧЁТ', titleRest: 'об исполнении комплекса мер «дорожной карты»',
        monthLine: `за ${m} 2021 года`, schoolName: 'МОУ «Журавлевская СОШ»', rows: [1, 2, 3].map((r) => ({ number: `${i + 1}.${r}`, activity: `Мероприятие & <${r}>`, deadline: `${m} 2021` })),
        emptyRows: 3, columns: BLANK_COLUMNS, notes: ['Срок: до 28 числа'], creator: 'test', title: 'Отчёт',
      }));
      writeFileSync(join(dir, 'blanks.docx'), await blankDocx(blanks, 'Бланки'));
      const res = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'blanks.docx')], { encoding: 'utf8', timeout: 600_000 });
      expect(res.status, res.stderr).toBe(0);
      const pdf = readFileSync(join(dir, 'blanks.pdf'), 'latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(months.length);
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}×${Math.round(Number(m[2]))}`);
      expect(new Set(boxes)).toEqual(new Set(['842×595']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('converts two region schools\' files made of the same compressed runs (100 rows a month): each reads as its own twelve blanks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-lo-'));
    try {
      const months = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
      // One row list per month, shared by both schools as the build shares it.
      const rows = months.map((m, i) => Array.from({ length: 100 }, (_, r) => ({ number: `${i + 1}.${r + 1}`, activity: `Мероприятие ${i + 1}.${r + 1} & <методический день>`, deadline: `${m} 2021` })));
      const school = (name: string): ReportBlank[] => months.map((m, i) => ({
        approvalLines: ['Приложение № 4', 'к приказу', 'от «07» 02 2021 г. № 147'], titleWord: 'ОТЧЁТ', titleRest: 'об исполнении комплекса мер «дорожной карты»',
        monthLine: `за ${m} 2021 года`, schoolName: name, rows: rows[i]!, emptyRows: 3, columns: BLANK_COLUMNS, notes: ['Срок: до 28 числа'], creator: 'test', title: 'Отчёт',
      }));
      writeFileSync(join(dir, 'first.docx'), await blankDocx(school('МОУ «Первая СОШ»'), 'Бланки'));
      writeFileSync(join(dir, 'second.docx'), await blankDocx(school('МОУ «Вторая ООШ» № 2'), 'Бланки'));
      for (const format of ['pdf', 'txt:Text (encoded):UTF8']) {
        const res = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', dir, join(dir, 'first.docx'), join(dir, 'second.docx')], { encoding: 'utf8', timeout: 600_000 });
        expect(res.status, res.stderr).toBe(0);
      }
      for (const [file, own, other] of [['first', 'МОУ «Первая СОШ»', 'Вторая'], ['second', 'МОУ «Вторая ООШ» № 2', 'Первая']] as const) {
        const pdf = readFileSync(join(dir, `${file}.pdf`), 'latin1');
        const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}×${Math.round(Number(m[2]))}`);
        expect(boxes.length).toBeGreaterThan(12);
        expect(new Set(boxes)).toEqual(new Set(['842×595']));
        const text = readFileSync(join(dir, `${file}.txt`), 'utf8');
        expect(text.split(own).length - 1).toBe(12);
        expect(text).not.toContain(other);
        expect(months.map((m) => text.indexOf(`за ${m} 2021 года`))).toEqual(months.map((m) => text.indexOf(`за ${m} 2021 года`)).sort((a, b) => a - b));
        for (const m of months) expect(text).toContain(`за ${m} 2021 года`);
        expect(text.split('Мероприятие 12.100 & <методический день>').length - 1).toBe(1);
        expect(text.split('«____» ______________ 20____ г.').length - 1).toBe(12);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
