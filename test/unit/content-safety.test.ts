/**
 * `npm run check` against hostile and broken content, class by class: code in content (.mdx and
 * every undeclared file type), active files in the media folder, dangerous links in every URL
 * field, control characters in any text, YAML traps, and the bad-content rules (dates in every
 * date field, duplicates, names, BOM/CRLF files that must pass).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, runCheck, type Problem } from '../../src/lib/check';
import { linkProblem } from '../../src/schemas';
import { copyProject } from '../helpers/temp-project';

const project = copyProject();
afterAll(() => project.remove());

const SCHOOL = 'src/content/schools/zhuravlevskaya-sosh.yaml';
const ORDER = 'src/content/documents/prikaz-147.md';
const SETTINGS = 'src/content/settings/site.yaml';
const REPORT = 'src/content/reports/zhuravlevskaya-sosh/2021-09.yaml';
const ROADMAP = 'src/content/roadmaps/dorozhnaya-karta-2021.yaml';

/** Writes files into the copy (a string, bytes, an edit of the current text, or a symlink target), runs the check, restores everything. */
function checkWith(files: Record<string, string | Buffer | null | ((text: string) => string) | { symlink: string }>) {
  const restore: Array<() => void> = [];
  for (const [file, content] of Object.entries(files)) {
    const full = join(project.dir, file);
    let before: Buffer | null = null;
    try {
      before = readFileSync(full);
    } catch {
      mkdirSync(dirname(full), { recursive: true });
    }
    restore.push(() => {
      rmSync(full, { force: true });
      if (before !== null) writeFileSync(full, before);
    });
    if (content === null) rmSync(full);
    else if (typeof content === 'function') writeFileSync(full, content(before!.toString('utf8')));
    else if (typeof content === 'object' && 'symlink' in content) {
      rmSync(full, { force: true });
      symlinkSync(content.symlink, full);
    }
    else writeFileSync(full, content);
  }
  try {
    const result = runCheck(project.dir);
    return { ...result, errorsOnly: result.problems.filter((p) => p.severity === 'error') };
  } finally {
    for (const r of restore.reverse()) r();
  }
}

function expectError(problems: Problem[], match: { code?: string | RegExp; file?: string; field?: string; line?: number; text?: RegExp }) {
  const found = problems.filter(
    (p) =>
      p.severity === 'error' &&
      (match.code === undefined || (typeof match.code === 'string' ? p.code === match.code : match.code.test(p.code))) &&
      (match.file === undefined || p.file === match.file) &&
      (match.field === undefined || p.field === match.field) &&
      (match.line === undefined || p.line === match.line) &&
      (match.text === undefined || match.text.test(formatProblem(p))),
  );
  expect(found, `нет ошибки ${JSON.stringify(match)} среди:\n${problems.map(formatProblem).join('\n')}`).not.toHaveLength(0);
  // Every message is Russian and names the file.
  for (const p of found) expect(formatProblem(p)).toMatch(new RegExp(`^${p.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*[а-яё]`, 's'));
}

const doc = (front: string, body = 'Текст.\n') => `---\n${front}\n---\n${body}`;
const MINIMAL_DOC = 'kind: other\ntitle: "Памятка"';

describe('no code from content: only declared file types in content folders', () => {
  it.each([
    ['src/content/documents/evil.mdx', 'file.mdx'],
    ['src/content/documents/Evil.MDX', 'file.mdx'],
    ['src/content/documents/sub/evil.mdx', 'file.mdx'],
    ['src/content/schools/evil.mdx', 'file.mdx'],
    ['src/content/reports/zhuravlevskaya-sosh/2021-12.yml', 'file.extension'],
    ['src/content/reports/zhuravlevskaya-sosh/2021-12.YAML', 'file.extension'],
    ['src/content/documents/pamyatka.MD', 'file.extension'],
    ['src/content/schools/x.json', 'file.type'],
    ['src/content/schools/x.js', 'file.type'],
    ['src/content/documents/x.astro', 'file.type'],
    ['src/content/documents/x.html', 'file.type'],
    ['src/content/documents/x.md.txt', 'file.type'],
    ['src/content/schools/noextension', 'file.type'],
    ['src/content/schools/.hidden.yaml', 'file.hidden'],
    ['src/content/evil.mdx', 'file.outside'],
    ['src/content/pages/page.md', 'file.outside'],
  ])('refuses %s (%s), in Russian', (file, code) => {
    const r = checkWith({ [file]: doc(MINIMAL_DOC, "import fs from 'node:fs';\n\n{fs.readFileSync('/etc/hostname', 'utf8')}\n") });
    expectError(r.problems, { code, file, text: /—/ });
    expect(r.errors).toBeGreaterThan(0);
  });

  it('the .mdx message says why and what to do', () => {
    const r = checkWith({ 'src/content/documents/evil.mdx': doc(MINIMAL_DOC) });
    expectError(r.problems, { code: 'file.mdx', text: /MDX.*код.*\.md/s });
  });

  it('refuses a symlink in a content folder (it could point at any file on the machine)', () => {
    const r = checkWith({ 'src/content/documents/link.md': { symlink: '/etc/hostname' } });
    expectError(r.problems, { code: 'file.symlink', file: 'src/content/documents/link.md' });
  });

  it.each(['Журавлевская СОШ.yaml', 'new school.yaml', 'Shkola.yaml', 'shkola_1.yaml'])('refuses a school file named %j, suggesting a Latin name', (name) => {
    const r = checkWith({ [`src/content/schools/${name}`]: readFileSync(join(project.dir, SCHOOL)) });
    expectError(r.problems, { code: 'file.name', file: `src/content/schools/${name}`, text: /латиницей.*переименуйте/s });
  });

  it('suggests the transliterated name for a Cyrillic one', () => {
    const r = checkWith({ 'src/content/schools/Журавлевская СОШ.yaml': readFileSync(join(project.dir, SCHOOL)) });
    expect(r.problems.map(formatProblem).join('\n')).toContain('zhuravlevskaya-sosh.yaml');
  });

  it.each([
    ['saved as .yml', 'src/content/schools/zhuravlevskaya-sosh.yml'],
    ['saved as .YAML', 'src/content/schools/zhuravlevskaya-sosh.YAML'],
    ['a symlink', 'SYMLINK'],
  ])('a school file %s is refused once, and not also reported as missing by the files naming it', (_name, moved) => {
    const school = readFileSync(join(project.dir, SCHOOL));
    const r = moved === 'SYMLINK' ? checkWith({ [SCHOOL]: { symlink: '/etc/hostname' } }) : checkWith({ [SCHOOL]: null, [moved]: school });
    expect(r.errorsOnly).toHaveLength(1);
    expect(r.errorsOnly.filter((p) => p.code === 'ref.unknown')).toEqual([]);
  });

  it('a school file with its own error is not also reported as missing', () => {
    const r = checkWith({ [SCHOOL]: (t) => t.replace(/^category:.*$/m, 'category: 5') });
    expect(r.errorsOnly.map((p) => p.file)).toEqual([SCHOOL]);
  });
});

describe('the media folder accepts only declared, recognisable, inactive files', () => {
  const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n');
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  it('accepts a PDF and a PNG', () => {
    const r = checkWith({ 'public/files/prikaz-147.pdf': PDF, 'public/files/foto.png': PNG });
    expect(r.errorsOnly).toEqual([]);
  });
  it.each([
    ['public/files/x.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'media.type'],
    ['public/files/clean.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', 'media.type'],
    ['public/files/x.svgz', 'x', 'media.type'],
    ['public/files/x.html', '<script>alert(1)</script>', 'media.type'],
    ['public/files/x.htm', '<script>alert(1)</script>', 'media.type'],
    ['public/files/x.xhtml', '<script>alert(1)</script>', 'media.type'],
    ['public/files/x.js', 'alert(1)', 'media.type'],
    ['public/files/x.mjs', 'alert(1)', 'media.type'],
    ['public/files/x.xml', '<x/>', 'media.type'],
    ['public/files/x.PDF', '%PDF-1.4', 'media.type'],
    ['public/files/x.pdf', '<html><script>alert(1)</script></html>', 'media.content'],
    ['public/files/x.png', '<svg onload=alert(1)>', 'media.content'],
    ['public/files/x.docx', '<html>', 'media.content'],
    ['public/files/sub/x.html', '<script>alert(1)</script>', 'media.type'],
    ['public/files/Приказ.pdf', '%PDF-1.4', 'media.name'],
  ])('refuses %s', (file, content, code) => {
    const r = checkWith({ [file]: content });
    expectError(r.problems, { code, file });
  });
});

const HOSTILE_LINKS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\u0000:alert(1)',
  '\u200Bjavascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript://example.ru/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/\\evil.example',
  'https://user:pass@evil.example/',
  'https:evil.example',
  'https:/evil.example',
  'HTTPS://example.ru/',
  'www.example.ru',
  'ftp://example.ru/',
];

const URL_FIELDS: Array<[string, string, (v: string) => Record<string, (t: string) => string>]> = [
  ['website', SCHOOL, (v) => ({ [SCHOOL]: (t) => `${t.replace(/^website:.*\n/m, '')}website: ${JSON.stringify(v)}\n` })],
  ['attachments.0.file', ORDER, (v) => ({ [ORDER]: (t) => t.replace(/^---\n/, `---\nattachments:\n  - title: "Скан"\n    file: ${JSON.stringify(v)}\n`) })],
  ['officialSite', SETTINGS, (v) => ({ [SETTINGS]: (t) => t.replace(/^officialSite:.*$/m, `officialSite: ${JSON.stringify(v)}`) })],
  ['siteUrl', SETTINGS, (v) => ({ [SETTINGS]: (t) => t.replace(/^siteUrl:.*$/m, `siteUrl: ${JSON.stringify(v)}`) })],
  ['logo', SETTINGS, (v) => ({ [SETTINGS]: (t) => `${t.replace(/^logo:.*\n/m, '')}logo: ${JSON.stringify(v)}\n` })],
  ['cms.baseUrl', SETTINGS, (v) => ({ [SETTINGS]: (t) => t.replace(/^cms:\n/m, `cms:\n  baseUrl: ${JSON.stringify(v)}\n`) })],
  ['cms.apiRoot', SETTINGS, (v) => ({ [SETTINGS]: (t) => t.replace(/^cms:\n/m, `cms:\n  apiRoot: ${JSON.stringify(v)}\n`) })],
];

describe('URL fields: only http(s) and site paths, in every field', () => {
  it.each(URL_FIELDS.map(([f]) => f))('the edit helper for %s reaches the field (control: a good value passes)', (field) => {
    const [, file, edit] = URL_FIELDS.find(([f]) => f === field)!;
    const good = field === 'logo' ? '/files/logo.png' : field === 'attachments.0.file' ? '/files/prikaz-147.pdf' : 'https://example.ru/';
    const r = checkWith(edit(good));
    expect(r.errorsOnly.filter((p) => p.file === file)).toEqual([]);
  });

  for (const [field, file, edit] of URL_FIELDS) {
    it.each(HOSTILE_LINKS)(`${field}: refuses %j`, (value) => {
      const r = checkWith(edit(value));
      expectError(r.problems, { file, field });
    });
  }

  // A link that runs or opens something is refused for the readers' safety, and the message says which links are allowed.
  const DANGEROUS: Array<[string, string]> = [
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['%6Aavascript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ];
  for (const [field, file, edit] of URL_FIELDS) {
    it.each(DANGEROUS)(`${field}: %j is refused for safety, naming the allowed links`, (value, scheme) => {
      const r = checkWith(edit(value));
      const allowed = field === 'logo' ? /Разрешены только пути к файлам на этом сайте, начинающиеся с «\/»/ : field === 'attachments.0.file' ? /Разрешены только ссылки https:\/\/ и http:\/\/, а также пути к файлам на этом сайте/ : /Разрешены только ссылки https:\/\/ и http:\/\//;
      expectError(r.problems, { file, field, text: new RegExp(`ссылки «${scheme}:» запрещены ради безопасности читателей: такая ссылка [^.]+\\. ${allowed.source}`) });
    });
  }

  it('accepts what an editor means', () => {
    for (const v of ['https://school.example.ru/', 'http://old.example.ru/page?x=1#a', 'https://пример.рф/страница']) expect(linkProblem(v, 'web')).toBeNull();
    for (const v of ['/files/prikaz-147.pdf', 'https://example.ru/a.pdf']) expect(linkProblem(v, 'file')).toBeNull();
    expect(linkProblem('mailto:uo@example.ru', 'web', ['mailto'])).toBeNull();
    expect(linkProblem('tel:+74722000000', 'web', ['tel'])).toBeNull();
    expect(linkProblem('mailto:uo@example.ru', 'web')).not.toBeNull();
    expect(linkProblem('/files/x.pdf', 'web')).not.toBeNull();
  });
});

describe('control characters: refused in the check with file, line and field', () => {
  it.each([
    ['\r', 'возврат каретки'],
    ['\u0000', 'нулевой'],
    ['\u0007', 'U\\+0007'],
    ['\u001B', 'ESC'],
    ['\u007F', 'U\\+007F'],
    ['\u0085', 'U\\+0085'],
    ['\u2028', 'разделитель строк'],
    ['\u2029', 'разделитель абзацев'],
    ['\u202E', 'направления'],
    ['\u000B', 'вертикальная'],
  ])('in a YAML field: %j', (ch, words) => {
    const r = checkWith({ [SCHOOL]: (t) => t.replace(/^shortName: (.*)$/m, (_m, v: string) => `shortName: ${JSON.stringify(JSON.parse(v.startsWith('"') ? v : JSON.stringify(v)) + ch + 'BEGIN:VEVENT')}`) });
    expectError(r.problems, { code: 'text.forbidden-char', file: SCHOOL, field: 'shortName', text: new RegExp(words) });
    expect(r.problems.find((p) => p.code === 'text.forbidden-char')!.line).toBe(readFileSync(join(project.dir, SCHOOL), 'utf8').split('\n').findIndex((l) => l.startsWith('shortName:')) + 1);
  });

  it('in a nested field of a report, with its path', () => {
    const r = checkWith({ [REPORT]: (t) => t.replace(/result: (.*)$/m, 'result: "Проведено\\rDTSTART:20990101"') });
    expectError(r.problems, { code: 'text.forbidden-char', file: REPORT, field: 'rows.0.result' });
  });

  it('in a document body: lone CR and NUL, with the line; tabs and CRLF pass', () => {
    const text = readFileSync(join(project.dir, ORDER), 'utf8');
    const lines = text.split('\n');
    const at = lines.length - 3;
    lines[at] = `${lines[at]}\rBEGIN:VEVENT\u0000`;
    const r = checkWith({ [ORDER]: lines.join('\n') });
    expectError(r.problems, { code: 'text.forbidden-char', file: ORDER, line: at + 1 });
    const ok = checkWith({ [ORDER]: text.replace(/\n/g, '\r\n').replace('Утвердить', 'Утвердить\t') });
    expect(ok.errorsOnly).toEqual([]);
  });
});

describe('YAML traps fail fast with a Russian message', () => {
  it.each([
    ['a tag that a loader could run', 'name: !!js/function "function () { return 1 }"\n', 'file.yaml-tag'],
    ['a custom tag', 'name: !include /etc/passwd\n', 'file.yaml-tag'],
    ['a binary tag', 'name: !!binary aGk=\n', 'file.yaml-tag'],
    ['a duplicate key', 'name: "А"\nname: "Б"\n', 'file.yaml-duplicate-key'],
    ['__proto__', '__proto__:\n  polluted: true\n', 'file.yaml-proto'],
    ['constructor', 'constructor:\n  prototype:\n    polluted: true\n', 'file.yaml-proto'],
  ])('%s', (_name, yaml, code) => {
    const r = checkWith({ [SCHOOL]: (t) => `${yaml}${t.replace(/^name:.*\n/m, '')}` });
    expectError(r.problems, { code, file: SCHOOL });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an alias bomb: refused in well under a second, no ReferenceError', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const r = checkWith({ [SCHOOL]: `${levels.join('\n')}\n` });
    expect(performance.now() - started).toBeLessThan(5000);
    expectError(r.problems, { code: 'file.yaml-aliases', file: SCHOOL, text: /псевдоним/ });
  });

  it('a huge file is refused unread, quickly', () => {
    const started = performance.now();
    const r = checkWith({ [SCHOOL]: `name: "${'я'.repeat(1_500_000)}"\n` });
    expect(performance.now() - started).toBeLessThan(5000);
    expectError(r.problems, { code: 'file.too-big', file: SCHOOL });
  });

  it.each([
    ['an empty file', ''],
    ['a file of spaces and comments', '  \n# пусто\n'],
    ['only a document marker (read by the full reader)', '---\n'],
  ])('%s', (_name, text) => {
    const r = checkWith({ [SCHOOL]: text });
    expectError(r.problems, { code: 'file.empty', file: SCHOOL, text: /пуст/ });
  });
});

describe('bad content: every field, every rule', () => {
  const DATE_FIELDS: Array<[string, string, (v: string) => Record<string, (t: string) => string>]> = [
    ['submitted', REPORT, (v) => ({ [REPORT]: (t) => t.replace(/^submitted:.*$/m, `submitted: ${v}`) })],
    ['asOf', SETTINGS, (v) => ({ [SETTINGS]: (t) => `${t.replace(/^asOf:.*\n/m, '')}asOf: ${v}\n` })],
    ['date', ORDER, (v) => ({ [ORDER]: (t) => t.replace(/^date:.*$/m, `date: ${v}`) })],
    ['period.start', ROADMAP, (v) => ({ [ROADMAP]: (t) => t.replace(/^(\s+)start:.*$/m, `$1start: ${v}`) })],
    ['approval.date', ROADMAP, (v) => ({ [ROADMAP]: (t) => t.replace(/^(approval:\n(?:\s+.*\n)*?\s+)date:.*$/m, `$1date: ${v}`) })],
  ];
  for (const [field, file, edit] of DATE_FIELDS) {
    it.each(['"2021-02-31"', '2021-02-30', '"2021-13-01"', '2025-13-45', '"2021-9-1"', '"01.09.2021"', '"вчера"', '20210901', 'true'])(`${field}: refuses %s`, (value) => {
      const r = checkWith(edit(value));
      expectError(r.problems, { file, field, text: /ГГГГ-ММ-ДД|дат/ });
    });
  }

  it('a period whose start is after its end: says so, not «no such date»', () => {
    const r = checkWith({ [ROADMAP]: (t) => t.replace(/^(\s+)start:.*$/m, '$1start: "2022-12-31"') });
    const p = r.problems.find((x) => x.file === ROADMAP && x.field === 'period.end')!;
    expect(formatProblem(p)).toMatch(/начало периода позже/);
    expect(formatProblem(p)).not.toMatch(/нет в календаре|существующую дату/);
  });

  it('a second report for the same school and month is an error naming the first', () => {
    const r = checkWith({ 'src/content/reports/zhuravlevskaya-sosh/2021-09-kopiya.yaml': readFileSync(join(project.dir, REPORT)) });
    expectError(r.problems, { code: 'report.duplicate', file: 'src/content/reports/zhuravlevskaya-sosh/2021-09-kopiya.yaml', text: new RegExp(REPORT) });
    expect(r.problems.filter((p) => p.code === 'report.duplicate')).toHaveLength(1);
  });

  it('Russian words where an enum is expected', () => {
    const r = checkWith({ [SCHOOL]: (t) => t.replace(/^category:.*$/m, 'category: "школа-партнёр"') });
    expectError(r.problems, { file: SCHOOL, field: 'category', text: /partner/ });
  });

  it('missing and doubled settings files', () => {
    const missing = checkWith({ [SETTINGS]: () => '' });
    expectError(missing.problems, { file: SETTINGS });
    const doubled = checkWith({ 'src/content/settings/site-2.yaml': readFileSync(join(project.dir, SETTINGS)) });
    expectError(doubled.problems, { code: 'settings.count' });
  });

  it('files saved by Windows Notepad (BOM, CRLF) pass', () => {
    const bom = (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`;
    const r = checkWith({ [ORDER]: bom, [REPORT]: bom, [SCHOOL]: bom, [SETTINGS]: bom });
    expect(r.errorsOnly.map(formatProblem)).toEqual([]);
  });
});
