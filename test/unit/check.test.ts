/**
 * `npm run check` on broken copies of the demo content: each case breaks one thing and
 * asserts the problem code, severity, file, field path and the Russian message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { formatProblem, runCheck } from '../../src/lib/check';
import { dateFormatFix, enumFix } from '../../src/lib/check/messages';
import { copyProject } from '../helpers/temp-project';

// Created at collection time: the table below runs the check while tests are collected.
const project = copyProject();
afterAll(() => project.remove());

/** Applies edits to the copy, runs the check, restores the files. */
function checkWith(edits: Record<string, (text: string) => string>) {
  const saved = new Map<string, string | null>();
  for (const [file, edit] of Object.entries(edits)) {
    const full = join(project.dir, file);
    let before: string | null = null;
    try {
      before = readFileSync(full, 'utf8');
    } catch {
      mkdirSync(dirname(full), { recursive: true });
    }
    saved.set(full, before);
    writeFileSync(full, edit(before ?? ''));
  }
  try {
    return runCheck(project.dir);
  } finally {
    for (const [full, before] of saved) {
      if (before === null) writeFileSync(full, '');
      else writeFileSync(full, before);
    }
  }
}

const REPORT = 'src/content/reports/zhuravlevskaya-sosh/2021-09.yaml';
const ROADMAP = 'src/content/roadmaps/dorozhnaya-karta-2021.yaml';
const PAIRING = 'src/content/pairings/perechen-2021.yaml';
const PAIR = 'src/content/pairs/perechen-2021/zhuravlevskaya-sosh.yaml';
const PAIR_2 = 'src/content/pairs/perechen-2021/nikolskaya-sh.yaml';
const ORDER = 'src/content/documents/prikaz-147.md';

describe('demo content', () => {
  it('passes with warnings for the seed’s own inconsistencies, and no errors', () => {
    const result = runCheck(project.dir);
    expect(result.errors).toBe(0);
    const codes = result.problems.map((p) => p.code);
    expect(codes).toContain('appendix.order-number-mismatch'); // № 197 / № 198 cited by the appendices of № 147
    expect(codes).toContain('appendix.order-date-mismatch'); // 05.02 / 07.02 vs 08.08.2021
    expect(codes).toContain('report.late');
    // Roadmap deadlines earlier than the order that approved it, and «март 2022» outside 2021.
    expect(result.problems.filter((p) => p.code === 'deadline.before-document').length).toBeGreaterThanOrEqual(8);
    const outside = result.problems.find((p) => p.code === 'deadline.outside-period');
    expect(outside?.data.item).toBe('10');
    expect(outside?.data.dates).toBe('31.03.2022');
  });

  it('warns about a deadline it cannot read, naming the item and the text', () => {
    const result = checkWith({ [ROADMAP]: (t) => t.replace('deadline: По итогам работ', 'deadline: когда рак на горе свистнет') });
    const problem = result.problems.find((p) => p.code === 'deadline.unparsed');
    expect(problem).toMatchObject({ severity: 'warning', file: ROADMAP, field: 'sections.3.items.6.deadline' });
    expect(formatProblem(problem!)).toMatch(/срок пункта № 18 «когда рак на горе свистнет» не распознан/);
    expect(formatProblem(problem!)).toMatch(/— запишите срок понятнее \(например, «до 15\.02\.2021»/);
    expect(result.errors).toBe(0);
  });

  it.each([
    // a date that is not in the calendar: check the day and month, not the wording
    ['до 31.02.2021', /не распознан: несуществующая дата «31\.02\.2021» — 31 февраля не бывает: в феврале 2021 года 28 дней — проверьте число и месяц/],
    ['31 апреля 2021 г.', /не распознан: несуществующая дата «31 апреля» — 31 апреля не бывает: в апреле 30 дней/],
    ['до 15.13.2021', /несуществующая дата «15\.13\.2021» — месяца с номером 13 нет: номер месяца — от 01 до 12/],
    ['до 12.31.2021', /несуществующая дата «12\.31\.2021» — месяца с номером 31 нет: похоже, число и месяц переставлены, и это 31\.12\.2021/],
    // a number of a part of the year or month that does not exist: how many there are
    ['до конца 4 триместра', /нет триместра с номером 4 — проверьте номер: в году 4 квартала, 4 четверти, 3 триместра и 2 полугодия/],
    ['V квартал', /нет квартала с номером 5 — проверьте номер: в году 4 квартала/],
    // a window whose start is after its end: its ends may be swapped
    ['с 20 по 10 мая', /позже его окончания \(10\.05\): не перепутаны ли числа\? — проверьте начало и конец срока/],
    // a span with no event named: name the event
    ['в течение четырёх дней', /срок отсчитывается от события: «в течение четырёх дней» — назовите событие, от которого отсчитывается срок/],
  ])('gives advice that follows the reason for an unreadable deadline «%s»', (deadline, expected) => {
    const result = checkWith({ [ROADMAP]: (t) => t.replace('deadline: По итогам работ', `deadline: ${deadline}`) });
    const problem = result.problems.find((p) => p.code === 'deadline.unparsed');
    expect(problem).toMatchObject({ severity: 'warning', file: ROADMAP, field: 'sections.3.items.6.deadline' });
    expect(formatProblem(problem!)).toMatch(expected);
    expect(formatProblem(problem!)).toMatch(/; статус пункта будет «без даты»$/);
    expect(formatProblem(problem!)).not.toMatch(/запишите срок понятнее/);
  });

  it('warns, with the line, about a clause number that repeats or skips one', () => {
    const REG = 'src/content/documents/polozhenie-setevoe-vzaimodeystvie.md';
    const result = checkWith({ [REG]: (t) => t.replace('4.3. Организация', '4.5. Организация').replace('5.2. Регулирование', '5.1. Регулирование') });
    const lines = readFileSync(join(project.dir, REG), 'utf8').split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    const skip = result.problems.find((p) => p.code === 'document.clause-skip');
    const dup = result.problems.find((p) => p.code === 'document.clause-duplicate');
    expect(skip).toMatchObject({ severity: 'warning', file: REG, line: lineOf('4.3. Организация') });
    expect(formatProblem(skip!)).toMatch(/после пункта 4\.2 идёт пункт 4\.5: пропущен номер \(ожидался 4\.3\)/);
    expect(dup).toMatchObject({ severity: 'warning', file: REG, line: lineOf('5.2. Регулирование') });
    expect(formatProblem(dup!)).toMatch(new RegExp(`номер пункта 5\\.1 повторяется \\(впервые — в строке ${lineOf('5.1. Непосредственное')}\\)`));
    expect(result.errors).toBe(0);
  });
});

type Case = {
  name: string;
  edits: Record<string, (text: string) => string>;
  code: string;
  file: string;
  field?: string;
  message: RegExp;
};

const cases: Case[] = [
  {
    name: 'a report naming an unknown school',
    edits: { [REPORT]: (t) => t.replace('school: zhuravlevskaya-sosh', 'school: zhuravlyovskaya-sosh') },
    code: 'ref.unknown',
    file: REPORT,
    field: 'school',
    message: /несуществующую запись \(школа\): «zhuravlyovskaya-sosh»/,
  },
  {
    name: 'a not-done row without a reason',
    edits: { [REPORT]: (t) => t.replace(/status: done\n(?!.*\n\s+- item)/, 'status: not-done\n').replace('  - item: "7"\n    result: Проведены две консультации куратора Харченко А.С. для учителей математики и русского языка (08.09.2021, 22.09.2021).\n    status: done', '  - item: "7"\n    result: ""\n    status: not-done') },
    code: 'schema.custom',
    file: REPORT,
    field: 'rows.0.reason',
    message: /не указано обоснование невыполнения/,
  },
  {
    name: 'an impossible date 2021-02-31 (quoted)',
    edits: { [REPORT]: (t) => t.replace('submitted: "2021-09-27"', 'submitted: "2021-02-31"') },
    code: 'schema.custom',
    file: REPORT,
    field: 'submitted',
    message: /такой даты нет в календаре: «2021-02-31» — 31 февраля не бывает: в феврале 2021 года 28 дней — проверьте число и месяц; дату пишите в виде ГГГГ-ММ-ДД$/,
  },
  {
    name: 'an impossible date 2025-13-45 written without quotes',
    edits: { [REPORT]: (t) => t.replace('submitted: "2021-09-27"', 'submitted: 2025-13-45') },
    code: 'schema.custom',
    file: REPORT,
    field: 'submitted',
    message: /такой даты нет в календаре: «2025-13-45» — месяца с номером 13 нет: номер месяца — от 01 до 12; дату пишите в виде ГГГГ-ММ-ДД$/,
  },
  {
    name: 'a pairing that names a partner school as the low-result school',
    edits: { [PAIR]: (t) => t.replace('school: zhuravlevskaya-sosh', 'school: mayskaya-gimnaziya') },
    code: 'pairing.school-is-partner',
    file: PAIR,
    field: 'school',
    message: /указана школа-партнёр МОУ «Майская гимназия»/,
  },
  {
    name: 'a duplicate roadmap item number',
    edits: { [ROADMAP]: (t) => t.replace('      - number: "5"', '      - number: "4"') },
    code: 'roadmap.duplicate-item',
    file: ROADMAP,
    field: 'sections.1.items.1.number',
    message: /номер пункта «4» повторяется/,
  },
  {
    name: 'a report row naming an item the roadmap does not have',
    edits: { [REPORT]: (t) => t.replace('  - item: "12"', '  - item: "42"') },
    code: 'report.unknown-item',
    file: REPORT,
    field: 'rows.2.item',
    message: /нет пункта № 42/,
  },
  {
    name: 'a misspelt field name',
    edits: { [REPORT]: (t) => t.replace('submitted:', 'submited:') },
    code: 'schema.unrecognized_keys',
    file: REPORT,
    field: 'submited',
    message: /лишнее поле: submited/,
  },
  {
    name: 'a missing required field',
    edits: { [ORDER]: (t) => t.replace('title: Об организации сетевого взаимодействия\n', '') },
    code: 'schema.invalid_type',
    file: ORDER,
    field: 'title',
    message: /поле «Заголовок» \(title\): обязательное поле не заполнено — заполните поле$/,
  },
  {
    name: 'a title of spaces only',
    edits: { [ORDER]: (t) => t.replace('title: Об организации сетевого взаимодействия\n', 'title: "   "\n') },
    code: 'schema.custom',
    file: ORDER,
    field: 'title',
    message: /^[^:]+:\d+: error \[schema\.custom\] поле «Заголовок» \(title\): текст пустой: в поле одни пробелы или ничего: «   » — впишите текст, как в документе-источнике$/,
  },
  {
    name: 'an unknown document kind',
    edits: { [ORDER]: (t) => t.replace('kind: order', 'kind: prikaz') },
    code: 'schema.invalid_value',
    file: ORDER,
    field: 'kind',
    message: /вид документа: order \(приказ\)/,
  },
  {
    name: 'a document kind left empty in the editor (nothing after the colon)',
    edits: { [ORDER]: (t) => t.replace('kind: order', 'kind:') },
    code: 'schema.invalid_value',
    file: ORDER,
    field: 'kind',
    message: /поле «Вид документа» \(kind\): обязательное поле не заполнено: вид документа: order \(приказ\).* — выберите одно из перечисленных значений$/,
  },
  {
    name: 'a report date left empty (nothing after the colon)',
    edits: { [REPORT]: (t) => t.replace(/submitted: .*\n/, 'submitted:\n') },
    code: 'schema.invalid_type',
    file: REPORT,
    field: 'submitted',
    message: /поле «Дата отправки» \(submitted\): обязательное поле не заполнено — впишите дату в виде ГГГГ-ММ-ДД/,
  },
  {
    name: 'a report date written the Russian way (ДД.ММ.ГГГГ)',
    edits: { [REPORT]: (t) => t.replace(/submitted: .*\n/, 'submitted: 27.09.2021\n') },
    code: 'schema.invalid_format',
    file: REPORT,
    field: 'submitted',
    message: /поле «Дата отправки» \(submitted\): неверный формат «27\.09\.2021»: дата должна быть в виде ГГГГ-ММ-ДД \(например, 2021-08-08\) — впишите 2021-09-27: год, месяц и число через дефис$/,
  },
  {
    name: 'a report date the Russian way that is not in the calendar',
    edits: { [REPORT]: (t) => t.replace(/submitted: .*\n/, 'submitted: "31.09.2021"\n') },
    code: 'schema.invalid_format',
    file: REPORT,
    field: 'submitted',
    message: /неверный формат «31\.09\.2021»: .* — 31 сентября не бывает: в сентябре 30 дней — проверьте число и месяц/,
  },
  {
    name: 'an item number with a space after it (not seen in the editor)',
    edits: { [REPORT]: (t) => t.replace(/- item: "(\d+)"/, '- item: "$1 "') },
    code: 'schema.invalid_format',
    file: REPORT,
    message: /неверный формат «\d+ »: номер пункта: .* — уберите пробел в начале или в конце значения: «\d+»$/,
  },
  {
    name: 'a report row status written in Russian, as the form says it',
    edits: { [REPORT]: (t) => t.replace('status: done', 'status: Выполнено') },
    code: 'schema.invalid_value',
    file: REPORT,
    field: 'rows.0.status',
    message: /недопустимое значение «Выполнено»: состояние: done \(выполнено\).* — впишите done — так в файле записывается «выполнено»$/,
  },
  {
    name: 'a report row status written as the CMS shows it',
    edits: { [REPORT]: (t) => t.replace('status: done', 'status: Выполнено частично') },
    code: 'schema.invalid_value',
    file: REPORT,
    field: 'rows.0.status',
    message: / — впишите partial — так в файле записывается «Выполнено частично»$/,
  },
  {
    name: 'a document kind written in Russian',
    edits: { [ORDER]: (t) => t.replace('kind: order', 'kind: Приказ') },
    code: 'schema.invalid_value',
    file: ORDER,
    field: 'kind',
    message: / — впишите order — так в файле записывается «приказ»$/,
  },
  {
    name: 'a report month outside the roadmap period',
    edits: { [REPORT]: (t) => t.replace('month: "2021-09"', 'month: "2022-09"') },
    code: 'report.month-outside-period',
    file: REPORT,
    field: 'month',
    message: /вне периода дорожной карты/,
  },
  {
    name: 'a school listed twice in one pairing list',
    edits: { [PAIR_2]: (t) => t.replace('school: nikolskaya-sh', 'school: zhuravlevskaya-sosh') },
    code: 'pairing.duplicate-school',
    file: PAIR_2,
    field: 'school',
    message: /школа «zhuravlevskaya-sosh» уже есть в этом перечне: src\/content\/pairs\/perechen-2021\/zhuravlevskaya-sosh\.yaml/,
  },
  {
    name: 'two pairs with one row number',
    edits: { [PAIR_2]: (t) => t.replace('number: 2', 'number: 1') },
    code: 'pair.duplicate-number',
    file: PAIR_2,
    field: 'number',
    message: /номер строки 1 в перечне есть и у другой пары: src\/content\/pairs\/perechen-2021\/zhuravlevskaya-sosh\.yaml/,
  },
  {
    name: 'a row number that is not a number',
    edits: { [PAIR]: (t) => t.replace('number: 1', 'number: первый') },
    code: 'schema.invalid_type',
    file: PAIR,
    field: 'number',
    message: /поле «№ строки в перечне» \(number\): неверное значение «первый»: номер строки в перечне — целое число/,
  },
  {
    name: 'a pair without its coordinator’s name',
    edits: { [PAIR]: (t) => t.replace('  name: Лучникова Дина Ивановна\n', '') },
    code: 'schema.invalid_type',
    file: PAIR,
    field: 'coordinator.name',
    message: /поле «Координатор в школе › Ф\.И\.О\.» \(coordinator\.name\): обязательное поле не заполнено/,
  },
  {
    name: 'a pairing list still carrying its rows',
    edits: { [PAIRING]: (t) => `${t}rows:\n  - school: zhuravlevskaya-sosh\n` },
    code: 'schema.unrecognized_keys',
    file: PAIRING,
    field: 'rows',
    message: /строки перечня \(rows\) хранятся не в файле перечня, а по одной паре в файле — перенесите каждую строку в отдельный файл pairs\/<id перечня>\/<школа>\.yaml/,
  },
  {
    name: 'broken YAML',
    edits: { [REPORT]: (t) => t.replace('month: "2021-09"', 'month: "2021-09\n  bad: [') },
    code: 'file.yaml',
    file: REPORT,
    message: /файл не читается как YAML/,
  },
];

describe.each(cases)('check rejects $name', ({ edits, code, file, field, message }) => {
  const result = checkWith(edits);
  const problem = result.problems.find((p) => p.code === code && p.file === file && (field === undefined || p.field === field));

  it(`reports [${code}] as an error in ${file}${field ? ` at «${field}»` : ''}`, () => {
    expect(problem, JSON.stringify(result.problems.filter((p) => p.severity === 'error'), null, 1)).toBeDefined();
    expect(problem!.severity).toBe('error');
    expect(result.errors).toBeGreaterThan(0);
  });

  it('prints path:line, the code, the field, a Russian message and how to fix it', () => {
    const line = formatProblem(problem!);
    expect(line).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+: error \\[${code.replace('.', '\\.')}\\] `));
    expect(line).toMatch(message);
    expect(line).toMatch(/ — \S/);
  });
});

describe('a date in another form', () => {
  it('is one problem: its form, not also the calendar', () => {
    const result = checkWith({ [REPORT]: (t) => t.replace(/submitted: .*\n/, 'submitted: "31.09.2021"\n') });
    const onField = result.problems.filter((p) => p.file === REPORT && p.field === 'submitted');
    expect(onField.map((p) => p.code)).toEqual(['schema.invalid_format']);
  });

  it.each([
    ['2.9.2021', 'впишите 2021-09-02: год, месяц и число через дефис'],
    ['02/09/2021', 'впишите 2021-09-02: год, месяц и число через дефис'],
    ['02.09.2021 г.', 'впишите 2021-09-02: год, месяц и число через дефис'],
    ['29.02.2021', '29 февраля не бывает: в феврале 2021 года 28 дней — проверьте число и месяц; дату пишите в виде ГГГГ-ММ-ДД'],
    ['31.11.2021', '31 ноября не бывает: в ноябре 30 дней — проверьте число и месяц; дату пишите в виде ГГГГ-ММ-ДД'],
    ['09.28.2021', 'месяца с номером 28 нет: похоже, число и месяц переставлены, и это 28.09.2021 (число, месяц, год); дату пишите в виде ГГГГ-ММ-ДД'],
    ['15.13.2021', 'месяца с номером 13 нет: номер месяца — от 01 до 12; дату пишите в виде ГГГГ-ММ-ДД'],
    ['32.01.2021', 'числа 32 нет ни в одном месяце: проверьте число; дату пишите в виде ГГГГ-ММ-ДД'],
    ['сентябрь 2021', 'впишите дату в виде ГГГГ-ММ-ДД: год, месяц и число через дефис, например 2021-09-28'],
  ])('«%s» → %s', (value, fix) => {
    expect(dateFormatFix(value)).toBe(fix);
  });
});

describe('a value outside a list', () => {
  const STATUS = 'состояние: done (выполнено), partial (частично) или not-done (не выполнено)';
  it.each([
    ['не выполнено', 'впишите not-done — так в файле записывается «не выполнено»'],
    ['Частично.', 'впишите partial — так в файле записывается «частично»'],
    ['Not done', 'впишите not-done (строчными латинскими буквами, через дефис)'],
    ['DONE', 'впишите done (строчными латинскими буквами)'],
    ['done ', 'уберите пробел в начале или в конце значения: «done»'],
    ['сделано', 'выберите одно из перечисленных значений'],
    ['', 'выберите одно из перечисленных значений'],
  ])('«%s» → %s', (value, fix) => {
    expect(enumFix(STATUS, value)).toBe(fix);
  });

  it('takes the label the CMS shows for a value («Выполнено частично»)', () => {
    const labels: Record<string, string> = { partial: 'Выполнено частично' };
    expect(enumFix(STATUS, 'выполнено  частично', (code) => labels[code])).toBe('впишите partial — так в файле записывается «Выполнено частично»');
  });

  it('names the meaning of a school category (ШНОР, ШНСУ) as its value', () => {
    const detail = 'категория: low-results (ШНОР), difficult-conditions (ШНСУ), both (обе) или partner (школа-партнёр)';
    expect(enumFix(detail, 'шнсу')).toBe('впишите difficult-conditions — так в файле записывается «ШНСУ»');
    expect(enumFix(detail, 'Школа-партнёр')).toBe('впишите partner — так в файле записывается «школа-партнёр»');
  });
});

describe('a report file named for another month', () => {
  it('says to rename it when no report has that name', () => {
    const result = checkWith({ [REPORT]: (t) => t.replace('month: "2021-09"', 'month: "2021-08"') });
    const p = result.problems.find((x) => x.code === 'report.file-name' && x.file === REPORT);
    expect(p && formatProblem(p)).toMatch(/ — переименуйте файл в .*reports\/zhuravlevskaya-sosh\/2021-08\.yaml$/);
  });

  it('never says to rename it onto another report: the month inside may be the slip', () => {
    const result = checkWith({ [REPORT]: (t) => t.replace('month: "2021-09"', 'month: "2021-10"') });
    const p = result.problems.find((x) => x.code === 'report.file-name' && x.file === REPORT);
    const line = p ? formatProblem(p) : '';
    expect(line).toMatch(/имя файла отчёта \(zhuravlevskaya-sosh\/2021-09\) не совпадает со школой и месяцем внутри \(zhuravlevskaya-sosh\/2021-10\), а файл .*2021-10\.yaml уже есть/);
    expect(line).toMatch(/если это отчёт за zhuravlevskaya-sosh\/2021-09, исправьте поля «school» и «month»/);
    expect(line).not.toMatch(/переименуйте/);
    // The other file's report is the second one for that month: an error on this file.
    expect(result.problems.some((x) => x.code === 'report.duplicate' && x.file === REPORT)).toBe(true);
  });
});

describe('npm run check (CLI)', () => {
  it('exits 0 on the demo content and 1 with a broken file, naming the file', { timeout: 120_000 }, () => {
    const run = () => spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), join(process.cwd(), 'scripts/check.ts'), '--root', project.dir], { encoding: 'utf8' });
    const ok = run();
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Проверено \d+ файл\S*: 0 ошибок/);
    const full = join(project.dir, REPORT);
    const before = readFileSync(full, 'utf8');
    writeFileSync(full, before.replace('submitted: "2021-09-27"', 'submitted: "2021-02-31"'));
    try {
      const bad = run();
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain(`${REPORT}:4: error`);
      expect(bad.stdout).toMatch(/1 ошибка/);
      // With warnings in the list, the error is said again just above the summary: the last lines are read first.
      const lines = bad.stdout.trim().split('\n');
      expect(bad.stdout).toMatch(/\d+ предупрежден/);
      expect(lines.at(-3)).toMatch(/^Ошибки \(1\) — без их исправления сайт не соберётся/);
      expect(lines.at(-2)).toContain(`${REPORT}:4: error`);
      expect(lines.filter((l) => l.includes(`${REPORT}:4: error`))).toHaveLength(2);
    } finally {
      writeFileSync(full, before);
    }
  });
});
