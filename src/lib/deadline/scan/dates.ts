/** Days: «15.02.2021», «15.02», «2021-02-15», «10 и 24 марта 2021 г.», and times of day to skip («10.00», «09-00»). */
import { isRealDate, MONTHS_NOMINATIVE } from '../../dates';
import { MONTH_ABBREVIATIONS } from '../months';
import type { Connector } from './types';
import type { Cursor } from './cursor';
import type { Token } from '../tokens';
import { atom, lastDayAtom } from './types';
import { fullYear, MAX_YEAR, MIN_YEAR, SHORT_YEAR_MARK, shortYearMark, skipYearWords, yearAt } from './years';

/** Minutes written after an hour with «-»: only round hours («с 09-00 до 16-00»), so «10-30 сентября» stays a range of days. */
const DASH_MINUTES = new Set(['00']);

/**
 * A time of day at `i`: «10:00», «в 10.00», «14.00» (not a month), «09-00» (before «до»/end).
 * Round 33: also with the dot that closes its sentence after it («Во вторник в 8.30. классный руководитель …», a duty roster,
 * https://sopockin.schools.by/pages/objazannosti-dezhurnogo-klassa; it was `unparsed`, «несуществующая дата «8.30»»); a number
 * after that dot still makes it a date with no such month («14.30.2021»).
 * Round 43: the one test of a time of day — the scanner's (`timeAt`) and the repeats' (`recurrence.ts`: a weekday's hours, the day of
 * a monthly repeat) both call it. Hours 0–23 (and «24.00», «24:00», the end of a day), minutes 00–59 with two figures glued to the
 * separator. After a colon any minutes; after a dot only 00 or 13–59, because «9.10» or «8.05» can be a day and a month and the
 * scanner reads those as a date («пятница в 8.05» is 8 May, «среда с 9.10 до 10.00» opens on 9 October); after a dash only «00».
 * Returns the index after it, or -1.
 */
export function timeOfDayAt(toks: readonly Token[], i: number): number {
  const t = toks[i];
  const sep = toks[i + 1];
  const m = toks[i + 2];
  if (t?.type !== 'num' || t.text.length > 2) return -1;
  if (!sep || !m || sep.type !== 'punct' || sep.space || m.type !== 'num' || m.text.length !== 2) return -1;
  if (m.space && !spacedMinutes(toks, i)) return -1;
  if (t.n > 24 || m.n > 59 || (t.n === 24 && m.n !== 0)) return -1;
  const dateGoesOn = toks[i + 3]?.type === 'punct' && toks[i + 3]!.text === '.' && toks[i + 4]?.type === 'num' && toks[i + 4]!.text.length === 4;
  if (sep.text === ':') return secondsAndZone(toks, i + 3);
  if (sep.text === '.' && (m.n === 0 || m.n > 12) && !dateGoesOn) return i + 3; // «10.00», «14.30»: no such month
  // Round 185: «Первое заявление было подано в 00.05 18 марта в Норильске — …» (a news page on the first-class applications of a year,
  // https://news.mail.ru/society/67831982/ — corpus-real-171; it was `unparsed`, «несуществующая дата «00.05»»): the hour «00» written
  // with both figures is midnight — no day is «00» — so «00.05» is a clock, like «10.00»
  if (sep.text === '.' && t.text === '00' && !dateGoesOn) return i + 3;
  if (sep.text === '-' && DASH_MINUTES.has(m.text) && !dateGoesOn && !(toks[i + 3]?.type === 'word' && toks[i + 3]!.cls === 'month')) return i + 3;
  if (sep.text === '-' && dashedClock(toks, i)) return i + 3;
  return -1;
}

/** Round 150. What may follow a clock written with a dash: a mark, the end, «до» of the window's end, or a word of the clock. */
const AFTER_DASHED_CLOCK: ReadonlySet<string> = new Set(['до', 'при', 'если', 'ч', 'час', 'часа', 'часов', 'утра', 'вечера', 'дня']);

/**
 * Round 150. «Учебный день начинается с 8-30, окончание занятий в 16-00.» (a school's page on its regime, http://school43n.beluo.ru/deyatelnost/rezhim-uchebnogo-uchrezhdeniya
 * — corpus-real-138; it was `unparsed`, «непонятное число «8»»): an hour and its minutes joined by a dash are a clock, not a range of days,
 * when a word of time stands before them («с / в / до / к …»), the minutes are a multiple of five (not «00», read above) and nothing but a
 * mark, the end, «до», a condition («при», «если») or a word of the clock («ч», «часов», «утра») follows — «с 10-30 сентября», «в 5-10 классах» and «с 8-30 числа»
 * stay as they were.
 */
function dashedClock(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1];
  const m = toks[i + 2]!;
  if (before?.type !== 'word' || !TIME_BEFORE.has(before.text) || m.n % 5 !== 0 || m.n === 0) return false;
  const next = toks[i + 3];
  if (next === undefined) return true;
  if (next.type === 'punct') return next.text !== '-' && next.text !== '.' ? true : next.text === '.' && toks[i + 4]?.type !== 'num';
  return next.type === 'word' && AFTER_DASHED_CLOCK.has(next.text);
}

/**
 * Round 65. «Дата: 2021.09.03 17:02:49 +03'00'» (the signature stamp of a school's PDF, https://kop.lomschool.ru/file/card?id=106 —
 * corpus-real-59; it was `unparsed`, «непонятное число «49»»): after «HH:MM» the seconds «:SS» (glued, two figures, 00–59) and a zone
 * offset «+03'00'», «+03:00», «+0300» (a «+» then two or four figures, the minutes after an apostrophe or a colon) belong to the time, a
 * note like it. Returns the index after what it took (`j` when nothing).
 */
function secondsAndZone(toks: readonly Token[], j: number): number {
  const glued = (k: number): boolean => toks[k] !== undefined && !toks[k]!.space;
  const two = (k: number): boolean => toks[k]?.type === 'num' && toks[k]!.text.length === 2 && glued(k);
  if (toks[j]?.type === 'punct' && toks[j]!.text === ':' && glued(j) && two(j + 1) && toks[j + 1]!.n <= 59) j += 2;
  if (toks[j]?.type !== 'punct' || toks[j]!.text !== '+' || toks[j + 1]?.type !== 'num' || !glued(j + 1)) return j;
  const hours = toks[j + 1]!.text;
  if (hours.length === 4) return j + 2;
  if (hours.length !== 2) return j;
  let k = j + 2;
  if (toks[k]?.type === 'punct' && (toks[k]!.text === "'" || toks[k]!.text === ':') && glued(k) && two(k + 1)) {
    k += 2;
    if (toks[k]?.type === 'punct' && toks[k]!.text === "'" && glued(k)) k += 1;
  }
  return k;
}

/** Words a time of day follows: «в 12. 00», «с 9. 00», «до 17. 30», «около 10. 00». */
const TIME_BEFORE: ReadonlySet<string> = new Set(['в', 'во', 'с', 'со', 'до', 'к', 'от', 'после', 'около', 'начало', 'начале']);

/**
 * Round 90. «20 сентября 2025 года на территории МАУ «Крестецкий ФОК» по адресу ул. Железнодорожная, д. № 33а в 12. 00 состоятся
 * соревнования …» (a district's news on «Кросс нации», https://www.kresttsy.ru/physical_education_and_sports/20-sentyabrya-sostoitsya-vserossiiskii-den-bega-kross-natsii
 * — corpus-real-79; it was `unparsed`, «несуществующая дата «12.00»»): hours glued to their dot and the minutes after a space are a time
 * of day when a word of time stands before them («в / с / до / к / около …») and the minutes are no month (00, 13–59), like «в 12.00»;
 * «п. 3. 15 дней», «2. 10 мая» and a full date with a stray space («до 10 .10.2025») stay as they were.
 */
function spacedMinutes(toks: readonly Token[], i: number): boolean {
  const sep = toks[i + 1]!;
  const m = toks[i + 2]!;
  const before = toks[i - 1];
  if (sep.text !== '.' || (m.n !== 0 && m.n <= 12)) return false;
  return before?.type === 'word' && TIME_BEFORE.has(before.text) && toks[i]!.space;
}

/** A time of day at the cursor's `i` (`timeOfDayAt`); the index after it, or -1. */
export function timeAt(c: Cursor, i: number): number {
  return timeOfDayAt(c.toks, i);
}

/** «10.2025», «10 . 2025» at `j`: a month number, a dot and a four-digit year (spaces allowed) — the rest of a full date. */
function fullDateAfterDot(c: Cursor, j: number): boolean {
  return c.isNum(j) && c.isPunct(j + 1, '.') && c.isNum(j + 2, 4) && c.toks[j + 2]!.text.length === 4;
}

/**
 * Round 39. «Заседание будет 22 .12.» (a parents' forum post on a council's meeting, https://rostovmama.ru/forum/index.php/topic,154870.60.html?PHPSESSID=j940ednp1bsmclv4u3r1j9mt61 — corpus-real-35):
 * a stray space before the dot of a day and month with no year is allowed when the month is written with two figures (01–12) glued
 * after the dot and a dot closes it, glued too and with no year after it — the whole written shape of a day and month. «пункт 2 .3»,
 * «1 . 2» and «22 .12» with no closing dot stay what they were; «пункт 22 .12.» stays a clause number (its noun is read first).
 */
function closedDayMonth(c: Cursor, i: number): boolean {
  const d = c.toks[i]!;
  const m = c.toks[i + 2];
  if (d.n < 1 || d.n > 31 || m?.type !== 'num' || m.space || m.text.length !== 2 || m.n < 1 || m.n > 12) return false;
  return c.isPunct(i + 3, '.') && !c.toks[i + 3]!.space && !c.isNum(i + 4, 4);
}

/** Words before a share: «не менее 1/3», «более 2/3». */
const SHARE_BEFORE: ReadonlySet<string> = new Set(['менее', 'более']);
/** Words after a share: «1/3 от общего числа», «2/3 из числа членов». */
const SHARE_AFTER: ReadonlySet<string> = new Set(['от', 'из']);

/**
 * Round 32. «по требованию не менее 1/3 от общего числа педагогических работников»: a proper fraction written with a slash
 * (1/2 … 9/10, no year after it), after «менее / более» or before «от / из», is a share of people — a label, like a percentage,
 * not 1 March (it was `unparsed`, «непонятное число «1.3»»). «до 1/3» and «15/03» stay dates. Returns the index after it, or -1.
 */
function shareAt(c: Cursor, i: number): number {
  const toks = c.toks;
  const a = toks[i]!;
  const b = toks[i + 2];
  if (!c.isPunct(i + 1, '/') || toks[i + 1]!.space || b?.type !== 'num' || b.space || a.text.length > 1 || b.text.length > 2) return -1;
  if (a.n < 1 || a.n >= b.n || b.n > 10 || c.isPunct(i + 3, '/') || c.isPunct(i + 3, '.')) return -1;
  if (!SHARE_BEFORE.has(toks[i - 1]?.text ?? '') && !SHARE_AFTER.has(toks[i + 3]?.text ?? '')) return -1;
  c.label();
  return i + 3;
}

/**
 * Round 119. «Олимпиада проводится для студентов СПО и ВО, обучающихся по УГСН 44.00.00 Образование и педагогические науки, в период с
 * 01.02.2025 г. по 21.03.2025 г.» (a university's olympiad for students of education, https://promo.olymp.ncfu.ru/olimpstudents.html —
 * corpus-real-107; it was `unparsed`, «несуществующая дата «44.00.00»»): the code of a speciality, a direction of training or an enlarged
 * group of them in the state list (ОКСО) — «44.03.01 Педагогическое образование», «44.02.02 Преподавание в начальных классах», «37.03.01
 * Психология», «УГСН 44.00.00» — is a label, like a percentage. Its shape: three glued pairs of figures, a group (01–58), a level written
 * «00»–«09» and a number, which no date can be: a day over 31, or a month «00». A code that reads as a real date («09.03.01») stays the
 * date it looks like; a date with a four-digit year, a fourth part after it and a day or month with one figure read as before. The code
 * needs its name after it (a word, not «г.» or «года») or a word of codes before it («УГСН», «код», «направления», «специальности»,
 * «подготовки», «профиля»), so a slip in a date alone («до 32.01.21») stays the error it was. Returns the index after it, or -1.
 */
const CODE_NOUN = /^(угсн|угнс|угн|угс|код[а-я]*|направлени[а-я]*|специальност[а-я]*|професси[а-я]*|подготовки|профил[а-я]*)$/;
/** Words of a year after a date («32.01.21 г.»): no name of a speciality. */
const YEAR_WORD: ReadonlySet<string> = new Set(['г', 'гг', 'год', 'года', 'году', 'годов']);
export function specialtyCodeAt(c: Cursor, i: number): number {
  const toks = c.toks;
  const parts = [toks[i], toks[i + 2], toks[i + 4]];
  if (!parts.every((t) => t?.type === 'num' && t.text.length === 2)) return -1;
  if (!c.isPunct(i + 1, '.') || !c.isPunct(i + 3, '.') || toks.slice(i + 1, i + 5).some((t) => t.space)) return -1;
  if (c.isPunct(i + 5, '.') && c.isNum(i + 6) && !toks[i + 5]!.space) return -1;
  const [group, level] = [toks[i]!.n, toks[i + 2]!.n];
  if (group < 1 || group > 58 || toks[i + 2]!.text[0] !== '0' || !(group > 31 || level === 0)) return -1;
  const before = toks[i - 1]?.type === 'word' && CODE_NOUN.test(toks[i - 1]!.text);
  const named = toks[i + 5]?.type === 'word' && !YEAR_WORD.has(toks[i + 5]!.text);
  if (!before && !named) return -1; // «до 32.01.21»: a slip in a date stays the error it was
  c.label();
  return i + 5;
}

/** «..2021» at `j`: a second dot glued to the first and a four-digit year glued to it, with nothing numeric after it. */
function doubledDotYear(c: Cursor, j: number): boolean {
  const y = c.toks[j + 2];
  return c.isPunct(j + 1, '.') && !c.toks[j + 1]!.space && y?.type === 'num' && y.text.length === 4 && !y.space && !(c.isPunct(j + 3, '.') && c.isNum(j + 4));
}

/** `d.m[.y]`, `d/m/y`: returns the next index, or -1 when this is not a numeric date. */
export function numericDate(c: Cursor, i: number): number {
  const toks = c.toks;
  const sep = toks[i + 1];
  if (!sep || sep.type !== 'punct' || !(sep.text === '.' || sep.text === '/' || sep.text === ',')) return -1;
  const share = shareAt(c, i);
  if (share >= 0) return share;
  // «до 10 .10.2025», «10 .10 .2025», «до 10 . 10 . 2025»: a stray space before a dot is allowed only in a full date with its
  // four-digit year (round 21), so «пункт 2 .3» or «1 . 2» stay what they were
  if (sep.space && !(sep.text === '.' && (fullDateAfterDot(c, i + 2) || closedDayMonth(c, i)))) return -1;
  if (sep.text !== ',' && c.isNum(i + 2, 4) && toks[i + 2]!.text.length === 4 && !toks[i + 2]!.space && !(c.isPunct(i + 3, '.') && c.isNum(i + 4))) {
    return monthOfYear(c, i); // «03.2026», «09/2021»
  }
  if (!c.isNum(i + 2)) return -1;
  if (sep.text !== '.' && toks[i + 2]!.space) return -1;
  // Round 38. «18,6%», «33,7 %», «99.5%»: a number with a decimal fraction before «%» is a percentage, a label in a note like «80 %»
  // (it was `unparsed`, «непонятное число «18.6»»): «По состоянию на 01.09.2018, 18,6% подростков-участников программы …» → on
  // 2018-09-01. Source: a foundation's report on its programme, https://pdfslide.tips/documents/-01112018-.html
  if (sep.text !== '/' && !sep.space && !toks[i + 2]!.space && c.isPunct(i + 3, '%')) {
    c.label();
    return i + 4;
  }
  // «25,26.12.2022», «01,08,15,22,29. 10.16»: days listed before a date, not day and month
  if (sep.text === ',' && ((c.isPunct(i + 3, '.') && c.isNum(i + 4)) || (c.isPunct(i + 3, ',') && c.isNum(i + 4)))) return -1;
  // «1,2 четверть», «2,4 четверти», «1,2 классы», «25,26 декабря»: numbers listed with a comma before a word are what the word
  // counts or dates (round 21), not a day and a month
  if (sep.text === ',' && c.toks[i + 3]?.type === 'word') return -1;
  const d = toks[i]!.n;
  const m = toks[i + 2]!.n;
  let j = i + 3;
  let year: number | null = null;
  let yearText = '';
  const s2 = toks[j];
  if (s2 && s2.type === 'punct' && (s2.text === '.' || s2.text === '/' || (s2.text === ',' && !toks[j + 1]?.space))) {
    const y = toks[j + 1];
    // round 54: «22.05.16. 1.Подведение …» — a number with a space after the dot is the next item, no date: «16» stays the year
    const dateFollows = c.isPunct(j + 2, '.') && c.isNum(j + 3) && !toks[j + 2]!.space && !(toks[j + 3]!.space && !(c.isPunct(j + 4, '.') && c.isNum(j + 5)) && toks[j + 4]?.type !== 'num');
    if (y && y.type === 'num' && (y.text.length === 4 || (y.text.length === 2 && !dateFollows && !c.isCls(j + 2, 'month')))) {
      year = y.text.length === 2 ? fullYear(y.n) : y.n;
      yearText = y.text;
      j += 2;
    } else if (s2.text === '.' && doubledDotYear(c, j)) {
      // Round 180. «01.10..2021» (a cell of a Belarusian school's plan of attestation, http://murava-school.pruzhany.by/?p=10481 —
      // corpus-real-166; it was the year 2021): a doubled dot, glued on both sides, before a four-digit year is a slip of the one dot
      // of a full date
      year = c.toks[j + 2]!.n;
      yearText = c.toks[j + 2]!.text;
      j += 3;
    } else if (s2.text !== ',') j += 1;
  } else if (s2 && s2.type === 'num' && s2.text.length === 4 && s2.space && !(c.isPunct(j + 1, '.') && c.isNum(j + 2))) {
    year = s2.n; // «15.02 2021»
    yearText = s2.text;
    j += 1;
  }
  if (year === null && toks[i + 2]!.text.length === 1) {
    c.strayNumber(`непонятное число «${toks[i]!.text}.${toks[i + 2]!.text}»`); // «1.2»: a clause number, not 1 February
    return j;
  }
  j = skipYearWords(c, j, { school: false, plural: false });
  if (m < 1 || m > 12 || d < 1 || d > 31 || (year !== null && !isRealDate(year, m, d))) {
    c.fail(`несуществующая дата «${toks[i]!.text}.${toks[i + 2]!.text}${yearText ? '.' + yearText : ''}»`);
  } else if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) {
    c.fail(`неправдоподобный год «${yearText}»`);
  } else c.push(atom('date', year, { month: m, day: d }));
  return j;
}

/** «03.2026»: a month written as a number with its year — the whole month. Returns the next index. */
function monthOfYear(c: Cursor, i: number): number {
  const m = c.toks[i]!;
  const y = c.toks[i + 2]!;
  if (m.n < 1 || m.n > 12) c.fail(`несуществующий месяц «${m.text}.${y.text}»`);
  else if (y.n < MIN_YEAR || y.n > MAX_YEAR) c.fail(`неправдоподобный год «${y.text}»`);
  else c.push(atom('month', y.n, { month: m.n }));
  return skipYearWords(c, i + 3, { school: false, plural: false });
}

/**
 * `yyyy-mm-dd` at `i`, or -1. Round 65: also `yyyy.mm.dd` and `yyyy/mm/dd`, the year first — «Подписано цифровой подписью: МОУ
 * "КОПОРСКАЯ ШКОЛА" Дата: 2021.09.03 17:02:49 +03'00'» (the signature stamp of a school's PDF, https://kop.lomschool.ru/file/card?id=106
 * — corpus-real-59; it was `unparsed`, «2021.09.03» read as 09.03 after a year): the same separator twice, glued, with a month and a day
 * of two figures.
 */
export function isoDateAt(c: Cursor, i: number): number {
  const toks = c.toks;
  const sep = toks[i + 1]?.text;
  const dotted = (sep === '.' || sep === '/') && toks[i + 2]?.text.length === 2 && toks[i + 4]?.text.length === 2;
  if (!((sep === '-' || dotted) && c.isPunct(i + 1, sep) && c.isNum(i + 2) && c.isPunct(i + 3, sep) && c.isNum(i + 4))) return -1;
  if (toks[i + 1]!.space || toks[i + 2]!.space || toks[i + 3]!.space || toks[i + 4]!.space) return -1;
  if (dotted && (c.isPunct(i + 5, '.') || c.isPunct(i + 5, '/')) && c.isNum(i + 6) && !toks[i + 5]!.space) return -1;
  const y = toks[i]!.n;
  const m = toks[i + 2]!.n;
  const d = toks[i + 4]!.n;
  if (dotted && !(y >= MIN_YEAR && y <= MAX_YEAR && isRealDate(y, m, d))) return -1; // not a year-first date: read as before
  if (y >= MIN_YEAR && y <= MAX_YEAR && isRealDate(y, m, d)) c.push(atom('date', y, { month: m, day: d }));
  else c.fail(`несуществующая дата «${toks[i]!.text}${sep}${toks[i + 2]!.text}${sep}${toks[i + 4]!.text}»`);
  return i + 5;
}

const MONTH_NOMINATIVE: ReadonlySet<string> = new Set(MONTHS_NOMINATIVE);

/**
 * Round 54. «Апрель 29, 2025» (the dateline of a school's news of an evacuation drill, https://kaldar.obr.site/life/news/289572/3734577 —
 * corpus-real-49; it was `unparsed`, «непонятное число «29»»): a month in the nominative, then its day and, after a comma, a year of
 * four figures — a blog engine's dateline in the English order («Ноябрь 3, 2024», «Сентябрь 1, 2021 г.») — is that day. Only with the
 * comma and the year: «май 2, 3 класс» or «сентябрь 15» keep their reading. Returns the index after the year, or -1.
 */
function dayAfterMonthName(c: Cursor, j0: number): number {
  const m = c.toks[j0]!;
  // Round 149: «16:11 Фев. 25, 2023» (a radio station's news on the «Пушкинская карта», https://ads.govoritmoskva.ru/news/353710 —
  // corpus-real-137; it was `unparsed`, «непонятное число «25»»): the month may be an abbreviation («Фев.», «Дек», «Сент.»), its dot
  // glued to it, in the same order and with the same comma and year of four figures
  const abbreviated = MONTH_ABBREVIATIONS.has(m.text);
  // Round 223: «четверг, сентября 6, 2018» (the dateline of a kindergarten's news of an evacuation drill,
  // http://ds14.educrub.ru/?q=node/447 — corpus-real-203; it was `unparsed`, «непонятное число «6»»): a site engine that declines the
  // month writes it in the genitive in the same order, with the same comma and year of four figures («октября 23, 2025»)
  if (!MONTH_NOMINATIVE.has(m.text) && !abbreviated && !MONTH_GENITIVE.test(m.text)) return -1;
  const j = abbreviated && c.isPunct(j0 + 1, '.') && !c.toks[j0 + 1]!.space ? j0 + 1 : j0;
  const d = c.toks[j + 1];
  if (d?.type !== 'num' || d.text.length > 2 || !d.space || d.n < 1 || d.n > 31) return -1;
  // Round 199: «Окт 05 2015» (a blog's dateline on the Day of the teacher, http://bogdan-bal.ru/s-dnem-uchitelya/ — corpus-real-183; it
  // was `unparsed`, «непонятное число «05»»): after an abbreviated month a day of two figures and the year may stand with spaces only,
  // no comma — a blog engine's «M d Y» in Russian, whose short name of May is «Май» itself (corpus-real-100's «Май 05 2020», a known
  // miss of round 112); with no dot after it (round 149 pinned «Фев. 25 2023»), and another full month name keeps the comma («май 2, 3
  // класс», «сентябрь 15 2021» read as before)
  const bare = (abbreviated || m.text === 'май') && j === j0 && d.text.length === 2 && c.isNum(j + 2, 4) && c.toks[j + 2]!.text.length === 4 && c.toks[j + 2]!.space;
  const yi = bare ? j + 2 : j + 3;
  if (!bare && (!c.isPunct(j + 2, ',') || c.toks[j + 2]!.space || !c.isNum(j + 3, 4) || c.toks[j + 3]!.text.length !== 4)) return -1;
  const after = c.toks[yi + 1];
  if (after !== undefined && after.type === 'punct' && !after.space && (after.text === '-' || after.text === '/' || after.text === '.' && c.isNum(yi + 2))) return -1;
  const y = c.toks[yi]!.n;
  if (y < MIN_YEAR || y > MAX_YEAR) return -1;
  if (!isRealDate(y, m.n, d.n)) c.fail(`несуществующая дата «${m.text} ${d.text}, ${y}»`);
  else c.push(atom('date', y, { month: m.n, day: d.n }));
  return skipYearWords(c, yi + 1, { school: false, plural: false });
}

/** A month name at `j` with an optional year; `days` are the day numbers written before it, joined by `conns`. */
/** Round 109: the words of a month's edge day before its name — «первый / последний день октября» (any case of «день»). */
const MONTH_EDGE_DAY = /^(?:день|дня|дню|днем|днём)$/;

/**
 * Round 109. «Последний день октября стал стартом проекта «Кинозал Советского Кино» …» (a school's news of its film club,
 * http://il-school41.ru/2017/11/%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82-%D0%BA%D0%B8%D0%BD%D0%BE%D0%B7%D0%B0%D0%BB-%D1%81%D0%BE%D0%B2%D0%B5%D1%82%D1%81%D0%BA%D0%BE%D0%B3%D0%BE-%D0%BA%D0%B8%D0%BD%D0%BE/
 * — corpus-real-97; it was the month, 10-01..10-31): «первый / последний день» before a month's name is that one day, as round 74
 * reads «в последний день лета». Only the ordinal «первый» (any case) or «последний» right before «день» right before the month.
 */
function monthEdgeDay(c: Cursor, j: number): 'first' | 'last' | null {
  if (!MONTH_EDGE_DAY.test(c.toks[j - 1]?.text.toLowerCase() ?? '')) return null;
  const w = c.toks[j - 2];
  if (w === undefined || w.type !== 'word') return null;
  if (w.cls === 'ordinal' && w.n === 1) return 'first';
  return w.text.toLowerCase().startsWith('последн') ? 'last' : null;
}

export function monthWithDays(c: Cursor, j: number, days: number[], conns: Array<Connector['type']>): number {
  const month = c.toks[j]!.n;
  if (days.length === 0) {
    const dateline = dayAfterMonthName(c, j);
    if (dateline >= 0) return dateline;
  }
  let k = c.skipDot(j + 1);
  if (c.toks[k]?.type === 'punct' && SHORT_YEAR_MARK.test(c.toks[k]!.text) && c.isNum(k + 1) && shortYearMark(c, k + 1)) k++; // round 214: «17 Августа’22»
  // Round 150. «29 августа, 2025 - 12:17» (a Sevastopol news site's date line, https://www.obyektiv.press/news/minprosveshcheniya-ustanovilo-rekomenduemuyu
  // — corpus-real-138; it was a range from 2021-08-29 to the end of 2025): a dash after the year before a time of day is the date
  // line's clock, not a second year or month («2021-2022», «2025-12»), so the year after the comma is the day's
  if (c.isPunct(k, ',') && c.isNum(k + 1, 4) && c.toks[k + 1]!.text.length === 4 && !(c.isPunct(k + 2, '-') && timeAt(c, k + 3) < 0) && !c.isPunct(k + 2, '/') && !c.isCls(k + 2, 'month')) k++; // «Октябрь, 2021»
  const y = yearAt(c, k, true);
  let year: number | null = null;
  if (y) {
    year = y.pair ? (month >= 9 ? y.year : y.year2) : y.year; // «сентябрь 2021-2022 уч. года»
    k = y.next;
  }
  if (days.length === 0) {
    const edge = monthEdgeDay(c, j);
    if (edge !== null) {
      // round 109: «Последний день октября стал стартом проекта …» → 10-31, «в первый день марта» → 03-01 (the month's edge day, as
      // round 74's «в последний день лета»); the last day is fixed once the year is known (`monthLast`: February's 28th or 29th)
      c.push(atom('date', year, edge === 'first' ? { month, day: 1 } : lastDayAtom(year, month)));
      return k;
    }
    c.push(atom('month', year, { month }));
    return k;
  }
  for (let idx = 0; idx < days.length; idx++) {
    const d = days[idx]!;
    if (idx > 0) c.conn(conns[idx - 1]!);
    if (d < 1 || d > 31 || (year !== null && !isRealDate(year, month, d))) c.fail(`несуществующая дата «${d} ${c.toks[j]!.text}»`);
    else c.push(atom('date', year, { month, day: d }));
  }
  return k;
}

/**
 * «в первую среду декабря [2024 г.]»: the `nth` `weekday` (1 = Monday) of the month at `j`; the day is fixed once the year is known.
 * Round 235: «в первую и третью субботу октября», «во 2-ю и 4-ю среду февраля» — more than one week of the month (`nths`, joined by
 * `conns`), one day each.
 */
export function weekdayOfMonth(c: Cursor, j: number, nths: readonly number[], weekday: number, conns: readonly Connector['type'][] = []): number {
  const month = c.toks[j]!.n;
  const k = c.skipDot(j + 1);
  const y = yearAt(c, k, true);
  const bad = nths.find((nth) => nth < 1 || nth > 5);
  if (bad !== undefined) {
    c.fail(`нет ${bad}-й недели месяца`);
    return y ? y.next : k;
  }
  const year = y ? (y.pair ? (month >= 9 ? y.year : y.year2) : y.year) : null;
  for (let idx = 0; idx < nths.length; idx++) {
    if (idx > 0) c.conn(conns[idx - 1]!);
    // the day is a placeholder of the right week (for ordering) until `resolve.ts` knows the year
    c.push(atom('date', year, { month, day: Math.min(28, (nths[idx]! - 1) * 7 + 1), weekday, nth: nths[idx]! }));
  }
  return y ? y.next : nths.length === 1 ? elidedWeekdayMonths(c, k, nths[0]!, weekday) : k;
}

/** A month in the genitive, as after a weekday («среда декабря»): «января» … «декабря», «марта», «мая», «августа». */
const MONTH_GENITIVE = /^(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)я|марта|мая|августа)$/;

/**
 * Round 191. «Эти даты соответствуют установленному порядку проведения ГИА: первая среда декабря, февраля и вторая среда апреля.» (a
 * regional TV's news of the итоговое сочинение, https://www.1obl.ru/news/o-lyudyakh/rosobrnadzor-naznachil-itogovoe-sochinenie-na-3-dekabrya/
 * — corpus-real-176; it was a window from December to April): at `k`, right after a weekday of a month with no year, a bare month in the
 * genitive after «,» or «и» (or «, и») names the same weekday of that month — the weekday is written once, as «10 и 24 марта» writes the
 * month once. Each such month is one more day joined by «и»; a year right after it is its year. A month with a day or a number after it
 * («первая среда декабря, 15 февраля», «…, февраля 10») and a month in the nominative read as before. O(length of the list).
 */
function elidedWeekdayMonths(c: Cursor, k: number, nth: number, weekday: number): number {
  for (;;) {
    let q = k;
    if (c.isPunct(q, ',')) q = c.toks[q + 1]?.text === 'и' ? q + 2 : q + 1;
    else if (c.toks[q]?.text === 'и') q++;
    else return k;
    const t = c.toks[q];
    if (t?.type !== 'word' || t.cls !== 'month' || !MONTH_GENITIVE.test(t.text)) return k;
    const after = c.skipDot(q + 1);
    const y = yearAt(c, after, true);
    if (!y && c.isNum(after)) return k;
    c.conn('and');
    c.push(atom('date', y ? (y.pair ? (t.n >= 9 ? y.year : y.year2) : y.year) : null, { month: t.n, day: Math.min(28, (nth - 1) * 7 + 1), weekday, nth }));
    k = y ? y.next : after;
  }
}

/**
 * «в первую среду декабря (04.12.2024)»: a full date of the same month in the bracket right after a weekday of a month with
 * no year gives that year (the bracket stays a note). Called at the «(». Round 152: the date may name its month in words, «в основную
 * дату - в первую среду декабря (06 декабря 2023г.);» (a school's page on итоговое сочинение, https://1-kerch.krymschool.ru/?section_id=144
 * — corpus-real-140; it was the first Wednesday of December 2021).
 */
export function yearFromBracket(c: Cursor, open: number): void {
  const last = c.items.at(-1);
  if (!last || last.kind !== 'atom' || last.weekday === 0 || last.year !== null) return;
  const t = (k: number) => c.toks[open + k];
  let year = -1;
  if (c.isNum(open + 1) && c.isPunct(open + 2, '.') && c.isNum(open + 3) && c.isPunct(open + 4, '.') && c.isNum(open + 5, 4)) {
    if (t(5)!.text.length === 4 && t(3)!.n === last.month && c.isPunct(open + 6, ')')) year = t(5)!.n;
  } else if (c.isNum(open + 1) && c.isCls(open + 2, 'month') && t(2)!.n === last.month && c.isNum(open + 3, 4) && t(3)!.text.length === 4) {
    // round 152: the month in words, «в первую среду декабря (06 декабря 2023г.);» — a year word and its dot may follow the year
    let k = open + 4;
    if (t(4)?.type === 'word' && YEAR_WORD.has(t(4)!.text)) k = c.skipDot(k + 1);
    if (c.isPunct(k, ')')) year = t(3)!.n;
  }
  if (year < 0) return;
  last.year = year;
  last.year2 = last.year;
  last.explicit = true;
}

