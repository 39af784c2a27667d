import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import {
  BLANK_COLUMNS, blankDocx, blankMonthsCss, buildCalendar, buildCalendarBytes, escapeFormula, foldLine, itemEvents, itemsForMonth, monthlyRule, parseCsv,
  reportDeadlineEvent, splitFormTitle, toCsv, toRecords, type Column, type ItemForCalendar, type ReportBlank,
} from '../../src/lib/export';
import type { Occurrence } from '../../src/lib/status';

interface Row { a: string; b: number | null }
const columns: Column<Row>[] = [
  { key: 'text', description: 'текст', value: (r) => r.a },
  { key: 'n', description: 'число', value: (r) => r.b },
];

describe('toCsv', () => {
  const rows: Row[] = [
    { a: 'Журавлевская СОШ', b: 1 },
    { a: 'с точкой; с запятой, и "кавычками"', b: null },
    { a: 'две\nстроки', b: 3 },
    { a: '=СУММ(A1:A2)', b: 4 },
    { a: '- ведение мониторинга', b: 5 },
  ];
  const csv = toCsv(columns, rows);

  it('starts with a UTF-8 byte-order mark and a header of column keys', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('text;n');
  });

  it('separates columns with ; and ends lines with CRLF', () => {
    expect(csv.slice(1).split('\r\n')[1]).toBe('Журавлевская СОШ;1');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).toContain('"две\nстроки"'); // an embedded line break stays inside quotes
  });

  it('parses back (papaparse) into the same rows, formulas escaped with an apostrophe', () => {
    const back = parseCsv(csv);
    expect(back).toEqual(toRecords(columns, rows).map((r) => ({ text: escapeFormula(r.text!), n: r.n })));
    expect(back[3]!.text).toBe("'=СУММ(A1:A2)");
    expect(back[1]!.n).toBe('');
  });

  it.each([
    ['=1+1', "'=1+1"], ['+7 999', "'+7 999"], ['-5', "'-5"], ['@x', "'@x"], ['обычный текст', 'обычный текст'], ['2021-09', '2021-09'],
  ])('escapeFormula(%j) → %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  it('quotes only what needs quoting (a reader splitting on ; alone sees the right columns for plain rows)', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(parsed[2]).toEqual(['с точкой; с запятой, и "кавычками"', '']);
  });
});

describe('foldLine', () => {
  it.each([10, 74, 75, 76, 200])('folds a Cyrillic line of %i characters into lines of at most 75 octets', (n) => {
    const line = `SUMMARY:${'ж'.repeat(n)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('monthlyRule', () => {
  it.each([
    [28, '2021-12-31', 1, 'FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20211231'],
    [5, '2021-12-31', 3, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5;UNTIL=20211231'],
    [30, '2021-12-31', 1, 'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1;UNTIL=20211231'],
  ])('day %i until %s every %i → %s', (day, until, interval, expected) => {
    expect(monthlyRule(day, until, interval)).toBe(expected);
  });
});

const item = (kind: string, occurrences: Occurrence[], extra: Partial<ItemForCalendar> = {}): ItemForCalendar => ({
  uid: `rm-item-${kind}`, number: '16', activity: 'Посещение уроков кураторами', deadlineText: 'текст', understood: 'понятно', kind,
  every: null, day: null, responsible: ['кураторы'], occurrences, url: 'https://setka.example.ru/roadmap/rm/#item-16', ...extra,
});

describe('itemEvents', () => {
  it.each<[string, ItemForCalendar, Array<[string, string | undefined]>]>([
    ['one day per date', item('on', [{ start: '2021-09-01', due: '2021-09-15' }, { start: '2021-10-01', due: '2021-10-13' }]), [['2021-09-15', undefined], ['2021-10-13', undefined]]],
    ['«до» — the due day', item('by', [{ start: '2021-02-01', due: '2021-02-15' }]), [['2021-02-15', undefined]]],
    ['a window', item('range', [{ start: '2021-10-01', due: '2021-11-30' }]), [['2021-10-01', '2021-11-30']]],
    ['undated — nothing', item('schedule', []), []],
  ])('%s', (_name, input, expected) => {
    expect(itemEvents(input, 'setka.example.ru').map((e) => [e.start, e.end])).toEqual(expected);
  });

  it('gives a monthly item one recurring event', () => {
    const occ = ['01', '02', '03'].map((m) => ({ start: `2021-${m}-01`, due: `2021-${m}-28` }));
    const events = itemEvents(item('recurring', occ, { every: 'month', day: 28 }), 'x.ru');
    expect(events).toHaveLength(1);
    expect(events[0]!.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20210328');
  });

  it('makes stable, unique UIDs', () => {
    const a = itemEvents(item('on', [{ start: '2021-09-01', due: '2021-09-15' }, { start: '2021-10-01', due: '2021-10-13' }]), 'x.ru');
    const b = itemEvents(item('on', [{ start: '2021-09-01', due: '2021-09-15' }, { start: '2021-10-01', due: '2021-10-13' }]), 'x.ru');
    expect(a.map((e) => e.uid)).toEqual(b.map((e) => e.uid));
    expect(new Set(a.map((e) => e.uid)).size).toBe(2);
  });
});

describe('buildCalendar', () => {
  const events = [
    ...itemEvents(item('range', [{ start: '2021-10-01', due: '2021-11-30' }]), 'setka.example.ru'),
    ...itemEvents(item('by', [{ start: '2021-02-01', due: '2021-02-15' }]), 'setka.example.ru'),
    reportDeadlineEvent({ uid: 'report', dueDay: 28, firstDue: '2021-01-28', lastDue: '2021-12-28', url: 'https://setka.example.ru/forms/report/', domain: 'setka.example.ru' }),
  ];
  const text = buildCalendar(events, { name: 'Сроки, школа; «Журавлевская»', description: 'Описание', timestamp: '2021-11-20' });
  const vcal = new ICAL.Component(ICAL.parse(text));
  const vevents = vcal.getAllSubcomponents('vevent');

  it('parses back with ical.js into the same events', () => {
    expect(vevents).toHaveLength(3);
    const window = new ICAL.Event(vevents[0]!);
    expect(window.startDate.isDate).toBe(true);
    expect(window.startDate.toString()).toBe('2021-10-01');
    expect(window.endDate.toString()).toBe('2021-12-01'); // DTEND is exclusive
    expect(window.summary).toBe('п. 16. Посещение уроков кураторами');
    expect(new ICAL.Event(vevents[1]!).startDate.toString()).toBe('2021-02-15');
  });

  it('names the calendar and keeps its text intact', () => {
    // X- properties are TEXT (RFC 5545 §3.8.8.2): commas and semicolons are escaped; ical.js returns them raw.
    expect(vcal.getFirstPropertyValue('x-wr-calname')).toBe('Сроки\\, школа\\; «Журавлевская»');
    expect(vcal.getFirstPropertyValue('x-wr-caldesc')).toBe('Описание');
    expect(vcal.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('expands the report deadline to the 28th of every month of the period', () => {
    const report = new ICAL.Event(vevents[2]!);
    const it = report.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    expect(dates).toEqual(Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}-28`));
  });

  it('is reproducible (DTSTAMP from asOf) and folded at 75 octets', () => {
    expect(buildCalendar(events, { name: 'x', timestamp: '2021-11-20' })).toBe(buildCalendar(events, { name: 'x', timestamp: '2021-11-20' }));
    expect(text).toContain('DTSTAMP:20211120T000000Z');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('gives each calendar its own UIDs and current text when events are formatted once per build', () => {
    const prefixed = (prefix: string, title: string) => events.map((e) => ({ ...e, uid: `${prefix}${e.uid}`, title: e.title === events[0]!.title ? title : e.title }));
    const long = 'bolshealeksandrovskaya-oosh-dorozhnaya-karta-2021-item-1-2-школа-';
    const a = buildCalendar(prefixed('', events[0]!.title), { name: 'x', timestamp: '2021-11-20' });
    const b = buildCalendar(prefixed(long, 'Новое название пункта'), { name: 'x', timestamp: '2021-11-20' });
    const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents(a).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(vevents(b).map((e) => e.uid)).toEqual(events.map((e) => `${long}${e.uid}`));
    expect(vevents(b)[0]!.summary).toBe('Новое название пункта');
    expect(vevents(a)[0]!.summary).toBe(events[0]!.title);
    for (const line of b.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('writes the same bytes as its text encoded, from events shared between calendars, a lone surrogate, an emoji and an empty calendar', () => {
    const odd = { ...events[0]!, uid: 'odd', title: 'Сроки 🎓 «\ud800» — семинар', description: `${'Длинное описание '.repeat(12)}🎓` };
    const options = { name: 'Сроки программы — МОУ «Журавлевская СОШ»', description: 'Описание', timestamp: '2021-11-20', productId: '-//Управление//Setka//RU' };
    for (const [list, extra] of [[events, {}], [[...events, odd], { uidPrefix: 'zhuravlevskaya-sosh-' }], [[odd, ...events], { uidPrefix: 'belovskaya-sosh-' }], [[], {}]] as const) {
      const text = buildCalendar(list, { ...options, ...extra });
      const bytes = buildCalendarBytes(list, { ...options, ...extra });
      expect(Buffer.from(bytes).equals(Buffer.from(text))).toBe(true);
      expect(new TextDecoder().decode(bytes)).toBe(text.replace('\ud800', '\ufffd'));
    }
  });

  it('shares event objects between calendars (a school\'s puts its prefix before every UID): the same text as from copies of the events', () => {
    const options = { name: 'Сроки программы — МОУ «Журавлевская СОШ»', description: 'Описание', timestamp: '2021-11-20', productId: '-//Управление//Setka//RU' };
    const whole = buildCalendar(events, { ...options, name: 'Сроки программы' });
    const school = buildCalendar(events, { ...options, uidPrefix: 'zhuravlevskaya-sosh-' });
    const again = buildCalendar(events, { ...options, uidPrefix: 'belovskaya-sosh-' });
    const copies = (prefix: string) => buildCalendar(events.map((e) => ({ ...e, uid: `${prefix}${e.uid}` })), options);
    expect(school).toBe(copies('zhuravlevskaya-sosh-'));
    expect(again).toBe(copies('belovskaya-sosh-'));
    expect(whole).toBe(buildCalendar(events.map((e) => ({ ...e })), { ...options, name: 'Сроки программы' }));
    expect(new ICAL.Component(ICAL.parse(again)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid)).toEqual(events.map((e) => `belovskaya-sosh-${e.uid}`));
    // Another timestamp or product id: the shared events are formatted again, not taken from before.
    expect(buildCalendar(events, { ...options, timestamp: '2021-12-01' })).toContain('DTSTAMP:20211201T000000Z');
    expect(buildCalendar(events, { ...options, timestamp: '2021-12-01' })).not.toContain('DTSTAMP:20211120');
  });

  it('makes a valid empty calendar, with its description, folded', () => {
    const text = buildCalendar([], { name: 'Пусто', description: 'Региональная программа поддержки школ с низкими результатами обучения', timestamp: '2021-11-20' });
    const empty = new ICAL.Component(ICAL.parse(text));
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(empty.getFirstPropertyValue('x-wr-caldesc')).toBe('Региональная программа поддержки школ с низкими результатами обучения');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('writes a calendar\'s name as it is, `$` included', () => {
    const text = buildCalendar(events, { name: "Сроки $& $' $1 — школа", timestamp: '2021-11-20' });
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname')).toBe("Сроки $& $' $1 — школа");
  });
});

describe('report blank', () => {
  const o = (start: string, due: string) => [{ start, due }];
  const items = [
    { n: '1', occurrences: o('2021-02-01', '2021-02-15'), undated: false },
    { n: '7', occurrences: o('2021-01-01', '2021-12-31'), undated: false },
    { n: '8', occurrences: o('2021-10-01', '2021-11-30'), undated: false },
    { n: '9', occurrences: [], undated: true },
    { n: '16', occurrences: [...o('2021-09-01', '2021-09-15'), ...o('2021-11-01', '2021-11-17')], undated: false },
  ];
  it.each([
    ['2021-11', ['7', '8', '9', '16']],
    ['2021-10', ['7', '8', '9']],
    ['2021-02', ['1', '7', '9']],
  ])('items for %s: %j', (month, expected) => {
    expect(itemsForMonth(items, month).map((i) => i.n)).toEqual(expected);
  });

  it('months stylesheet: the rows and lines of the chosen month, or of the current one when none is chosen', () => {
    const css = blankMonthsCss(['2021-10', '2021-11'], '2021-11', (m) => `blank-${m}`);
    const rules = css.split('\n').filter((l) => l.includes('{'));
    expect(rules).toEqual([
      '.blank-months:has(#blank-2021-10:target) .blank-table > tbody > tr.m0 { display: table-row; }',
      '.blank-months:has(#blank-2021-10:target) .blank-part.m0 { display: block; }',
      '.blank-months:has(#blank-2021-11:target) .blank-table > tbody > tr.m1 { display: table-row; }',
      '.blank-months:has(#blank-2021-11:target) .blank-part.m1 { display: block; }',
      '.blank-months:not(:has(.blank:target)) .blank-table > tbody > tr.m1 { display: table-row; }',
      '.blank-months:not(:has(.blank:target)) .blank-part.m1 { display: block; }',
    ]);
    // A current month outside the months shows nothing by default; no months, no rules.
    expect(blankMonthsCss(['2021-10'], '2022-01', (m) => `blank-${m}`)).not.toContain(':not(');
    expect(blankMonthsCss([], undefined, (m) => `blank-${m}`).split('\n').filter((l) => l.includes('{'))).toEqual([]);
  });

  it.each([
    ['ОТЧЁТ об исполнении', { word: 'ОТЧЁТ', rest: 'об исполнении' }],
    ['ОТЧЕТ  о работе', { word: 'ОТЧЕТ', rest: 'о работе' }],
    ['Форма отчёта', { word: '', rest: 'Форма отчёта' }],
  ])('splitFormTitle(%j)', (title, expected) => {
    expect(splitFormTitle(title)).toEqual(expected);
  });

  it('makes a DOCX that opens and holds the school, month, columns and rows (A4 landscape)', async () => {
    const blank: ReportBlank = {
      approvalLines: ['Приложение № 4', 'к приказу', 'от «07» 02 2021 г. № 147'],
      titleWord: 'ОТЧЁТ', titleRest: 'об исполнении комплекса мер «дорожной карты»', monthLine: 'за ноябрь 2021 года',
      schoolName: 'МОУ «Журавлевская СОШ»', rows: [{ number: '8', activity: 'Распространение практик & опыта <школ>', deadline: 'октябрь-ноябрь 2021' }],
      emptyRows: 2, columns: BLANK_COLUMNS, notes: ['Срок: до 28 ноября 2021 г.'], creator: 'Управление', title: 'Отчёт',
    };
    const zip = await JSZip.loadAsync(await blankDocx(blank));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join('|');
    for (const s of ['МОУ «Журавлевская СОШ»', 'за ноябрь 2021 года', 'Распространение практик & опыта <школ>', 'октябрь-ноябрь 2021', ...BLANK_COLUMNS]) expect(text).toContain(s);
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="16838"/);
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(1 + 1 + 2);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:lang w:val="ru-RU"/);
  });

  describe('a school\'s twelve months, 25 rows each', () => {
    const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
    // Markup, a Word field, a template field of the DOCX itself and a control character (dropped: XML cannot hold it).
    const HOSTILE = `& < > " ' </w:t></w:r><w:r><w:instrText>HYPERLINK "javascript:alert(1)"</w:instrText></w:r><w:r><w:t> { DDEAUTO c:\\x "/k calc" } ⟦schoolName⟧ {#rows}`;
    const blanks: ReportBlank[] = MONTHS.map((m, i) => ({
      approvalLines: ['Приложение № 4', `к приказу ${HOSTILE}`],
      titleWord: i === 5 ? '' : 'ОТЧЁТ', titleRest: 'об исполнении комплекса мер «дорожной карты»', monthLine: `за ${m} 2021 года`,
      schoolName: `МОУ «Журавлевская СОШ» ${HOSTILE}`,
      rows: Array.from({ length: 25 }, (_, r) => ({ number: `${i + 1}.${r + 1}`, activity: r === 7 ? `${HOSTILE}\u0001` : `Мероприятие ${i + 1}.${r + 1}`, deadline: `${m} 2021` })),
      emptyRows: 3, columns: BLANK_COLUMNS, notes: [`Срок: до 28 числа, ${m}`, HOSTILE], creator: `Управление ${HOSTILE}`, title: 'Отчёт',
    }));
    const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    /** The first well-formedness error of a strict XML 1.0 parser with namespaces, or null. */
    const xmlError = (xml: string) => {
      try {
        new SaxesParser({ xmlns: true }).write(xml).close();
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const words = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:t\/>/g)].map((m) => decode(m[1] ?? ''));

    it('reopens: every part well-formed XML with no field; months in order, each a landscape section, rows in order; the text is text', async () => {
      const [bytes, other] = await Promise.all([blankDocx(blanks, `Бланки ${HOSTILE}`), blankDocx(blanks.slice(0, 1))]);
      const zip = await JSZip.loadAsync(bytes);
      for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir) continue;
        const xml = await entry.async('string');
        expect(xmlError(xml), name).toBeNull();
        expect(xml, name).not.toMatch(/<w:(instrText|fldSimple|fldChar|hyperlink)\b|[\u0000-\u0008\u000B\u000C\u000E-\u001F]|⟦(?!schoolName⟧)/);
      }
      const xml = await zip.file('word/document.xml')!.async('string');
      // Eleven section breaks inside the body (one after every month but the last) and the document's own section: no empty page at the end.
      const sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)];
      expect(sections).toHaveLength(12);
      for (const [s] of sections) expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      expect(xml).toMatch(/«____» ______________ 20____ г\.<\/w:t><\/w:r><\/w:p><w:sectPr>/);
      const parts = xml.split(/<w:sectPr>/).slice(0, 12);
      parts.forEach((part, i) => {
        const text = words(part);
        expect(text.filter((w) => /^за \S+ 2021 года$/.test(w))).toEqual([`за ${MONTHS[i]} 2021 года`]);
        expect(text.filter((w) => /^\d+\.\d+$/.test(w))).toEqual(blanks[i]!.rows.map((r) => r.number));
        expect(text.filter((w) => w === 'ОТЧЁТ')).toHaveLength(i === 5 ? 0 : 1);
        expect(text).toContain(`МОУ «Журавлевская СОШ» ${HOSTILE}`);
        expect(text).toContain(HOSTILE);
        expect(text).toContain(`к приказу ${HOSTILE}`);
        expect(text).toContain(`Срок: до 28 числа, ${MONTHS[i]}`);
        const rows = part.match(/<w:tr>.*?<\/w:tr>/g)!;
        expect(rows).toHaveLength(1 + 25 + 3);
        expect(rows[0]).toContain('<w:tblHeader/>');
        expect(rows.filter((r) => r.includes('<w:cantSplit/>'))).toHaveLength(25);
        expect(words(rows[0]!)).toEqual([...BLANK_COLUMNS]);
        expect(words(rows[8]!)).toEqual([`${i + 1}.8`, HOSTILE, `${MONTHS[i]} 2021`]);
      });
      expect(words(xml).filter((w) => w === '«____» ______________ 20____ г.')).toHaveLength(12);
      const core = await zip.file('docProps/core.xml')!.async('string');
      expect(decode(core.match(/<dc:title>([^<]*)<\/dc:title>/)![1]!)).toBe(`Бланки ${HOSTILE}`);
      expect(decode(core.match(/<dc:creator>([^<]*)<\/dc:creator>/)![1]!)).toBe(`Управление ${HOSTILE}`);
      expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>.*<w:lang w:val="ru-RU"/);
      // A file made at the same time from the same template holds only its own month.
      const one = await (await JSZip.loadAsync(other)).file('word/document.xml')!.async('string');
      expect(one.match(/<w:sectPr>/g)).toHaveLength(1);
      expect(words(one)).toContain('за январь 2021 года');
      expect(words(one)).not.toContain('за февраль 2021 года');
    });

    it('files that share blanks, as a region\'s schools do: each holds its own name and notes, the XML of a file made with nothing shared', async () => {
      // 100 rows a month: past the size below which a document is compressed whole, so the shared runs are used.
      const rows = MONTHS.map((m, i) => Array.from({ length: 100 }, (_, r) => ({ number: `${i + 1}.${r + 1}`, activity: r === 7 ? HOSTILE : `Мероприятие ${i + 1}.${r + 1} для педагогов`, deadline: `${m} 2021` })));
      const school = (name: string) => blanks.map((b, i) => ({ ...b, schoolName: name, rows: rows[i]! }));
      const first = school('МОУ «Первая школа»');
      const second = school(`МОУ «Вторая школа» ${HOSTILE}`);
      second[6] = { ...second[6]!, notes: ['Срок: до 30 июля'] };
      second[8] = { ...second[8]!, approvalLines: ['Утверждено иначе'] };
      const documentXml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes, { checkCRC32: true })).file('word/document.xml')!.async('string');
      const made = [];
      for (const list of [first, second, first]) made.push(await documentXml(await blankDocx(list)));
      // The same blanks as copies: lists the DOCX has not seen, so nothing comes from what it compressed before.
      const alone = await Promise.all([first, second].map(async (list) => documentXml(await blankDocx(list.map((b) => ({ ...b, rows: b.rows.map((r) => ({ ...r })) }))))));
      expect(made[0]).toBe(alone[0]);
      expect(made[1]).toBe(alone[1]);
      expect(made[2]).toBe(alone[0]);
      expect(Buffer.byteLength(made[0]!)).toBeGreaterThan(512 * 1024);
      expect(words(made[1]!).filter((w) => w === `МОУ «Вторая школа» ${HOSTILE}`)).toHaveLength(12);
      expect(words(made[1]!)).not.toContain('МОУ «Первая школа»');
      expect(words(made[1]!.split(/<w:sectPr>/)[6]!)).toContain('Срок: до 30 июля');
      expect(words(made[1]!.split(/<w:sectPr>/)[8]!)).toContain('Утверждено иначе');
      expect(words(made[1]!)).not.toContain(`Срок: до 28 числа, ${MONTHS[6]}`);
      expect(xmlError(made[1]!)).toBeNull();
    });
  });
});
