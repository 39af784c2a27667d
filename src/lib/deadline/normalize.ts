/**
 * Text normalisation for deadlines. The result has exactly the same length as
 * the input, character for character, so positions found in the normalised
 * text can cut the original (reasons keep the author's «ОО», «ВШК»).
 */
import { CARDINAL_WORDS, LAW_CODES, RELATIVE_YEAR_SHIFT, SETTLEMENT_ABBREVIATIONS } from './lexicon';
import { MONTH_ABBREVIATION, MONTH_ABBREVIATIONS, MONTH_FORMS } from './months';
import { LetterGated, lettersOf } from './letters';
import { isSpace } from './tokens';

/** Latin letters that look like Cyrillic ones, as typed into Russian documents. */
const LOOKALIKES: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м',
};
const WORD_WITH_LATIN = /[A-Za-zА-Яа-яЁё]*[A-Za-z][A-Za-zА-Яа-яЁё]*/g;
const ROMAN = /^[IVXivx]+$/;
const LOOKALIKE_CHARS = /[ABCEHKMOPTXYacepoxykm]/g;
/** Characters replaced one-for-one: odd spaces → space, dashes → '-', «ё» → «е», «і» → 'i', Greek look-alikes → Cyrillic. */
/** Odd spaces, each replaced by a space. */
const ODD_SPACES = '\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\t\\n\\v\\f\\r';
/** Dashes and minus signs, each replaced by '-'. */
const ODD_DASHES = '\\u2010-\\u2015\\u2212\\u2043\\ufe58\\ufe63\\uff0d';
const ODD_DASH = new RegExp(`[${ODD_DASHES}]`);
/**
 * Round 178. «Время подписания: 2023\-01\-18\T11:21:28» (the signature stamp of a school's municipal task, its time escaped for
 * markdown by the page's converter, http://baishevo.bashkirschool.ru/file/card?id=4411 — corpus-real-164; it was `unparsed`, «непонятное
 * число «01»»): a date whose hyphens or dots each have a backslash before them is the same date — an ISO «2023-01-18» or «18.01.2023» —
 * and the clock after its «T» a note, as «2023-01-18T11:21:28» is read. Only a whole date with every separator escaped.
 */
const ESCAPED_DATE = /(?<![\d\\])(?:(\d{4})\\-(\d\d)\\-(\d\d)|(\d\d?)\\\.(\d\d?)\\\.(\d{4}))(?!\d)(?:\\?T\d\d(?:\\?:\d\d){1,2})?/g;

/** The escaped date of `ESCAPED_DATE` written plainly at the match's start, spaces for the rest of its length (the clock after it blanked). */
function escapedDate(m: string, y: string | undefined, mo: string | undefined, d: string | undefined, d2: string, mo2: string, y2: string): string {
  const date = y !== undefined ? `${y}-${mo}-${d}` : `${d2}.${mo2}.${y2}`;
  return date + ' '.repeat(m.length - date.length);
}

/** A letter O typed for a zero inside a number («15.О2.2021»). */
const LETTER_ZERO = /(?<=[\d.])[OoОо](?=\d)|(?<=\d)[OoОо](?=[\d.])/g;
/**
 * Round 223. «З марта 2025 года в школе прошли мероприятия, на которых рассказывалось о Всемирном Дне гражданской обороны.» (a school's
 * news, https://sh-borskoe-r27.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_352.html — corpus-real-203; it was `range`,
 * the whole March 2025): the capital letter З standing alone right before a month's name in the genitive is the figure 3 typed with
 * the letter that looks like it, as `LETTER_ZERO` reads an О for a zero. Only the capital, alone (no letter or figure glued to it), and
 * only before «января» … «декабря»: «З.» of an initial, «З ноль» and a Ukrainian «з березня» are left as they are.
 */
/** The months' names in the genitive, «1 июня»: one alternation for the searches below. */
const MONTH_GENITIVE = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
/** The months' names in the nominative (the month a bill or a report covers after «за»). */
const MONTH_NOMINATIVE = '(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)';
const LETTER_THREE = new RegExp(`(?<![А-ЯЁа-яёA-Za-z\\d.])З(?=\\s+${MONTH_GENITIVE}(?![А-ЯЁа-яё]))`, 'g');
/**
 * Greek letters that look like Cyrillic ones («до κонца марта», «прοведения» with a Greek kappa and omicron, as some pages put
 * them), after lower-casing: α ε κ ο ρ τ υ χ, and β η μ from the capitals Β Η Μ (В Н М); ι as «і».
 */
const ODD_MAP: Record<string, string> = {
  ё: 'е', і: 'i', І: 'i',
  α: 'а', β: 'в', ε: 'е', η: 'н', ι: 'i', κ: 'к', μ: 'м', ο: 'о', ρ: 'р', τ: 'т', υ: 'у', χ: 'х',
};
const ODD_CHARS = new RegExp(`[${ODD_SPACES}${ODD_DASHES}${Object.keys(ODD_MAP).join('')}]`, 'g');
/** One character of `ODD_CHARS`. */
const ODD_CHAR = new RegExp(ODD_CHARS.source);
/** «1) муниципальный этап – до 23 сентября», «а) …»: the marker of a list item at the start is not part of the deadline. */
const LIST_MARKER = /^\s*(?:\d{1,2}|[а-яa-z])\)(?=\s)/i;
/** «2. Неспособность …», «4.1. Прием …», «6.4.За …»: an item number (or a clause number of two parts, the last one a single digit)
 *  with its dot at the start, before a capitalised word that is not a month. Round 35: also before a capitalised one-letter
 *  preposition and a word of a part of a period — «4.2. В начале учебного года учитель должен проводить диагностику …» (a school
 *  положение on underachievement, https://buzhaninovo.schoolmsk.ru/file/card?id=9759), «3. В конце четверти …», «5.1. К концу
 *  года …», «2. С начала года …», «1.3. В течение года …» («4.2. В сентябре», «15.6. В 10.00» and «8. В случае …» keep their
 *  numbers: a month, a figure or no part of a period follows). Round 51: also before «В» and a school year's adjective or «учебном» —
 *  «1. В следующем учебном году активизировать работу научного общества.» (a gist of a methodical council's protocols,
 *  https://gist.github.com/95e73c69d972a1dba699bc02c8df4ac5 — corpus-real-46; it was `unparsed`, «непонятное число «1»»), «2. В
 *  текущем / этом / новом учебном году …», «3. В учебном году …». Round 169: also before the preposition «О» of an agenda's or an
 *  order's item — «3. О плане мероприятий по комплексной безопасности образовательных учреждений на 2007-2008 годы;» (a collegium's
 *  agenda, https://news.samaratoday.ru/news/81395 — corpus-real-157; it was `unparsed`, «непонятное число «3»»), «1.О выполнении плана
 *  работы управления образования в 2008 году, …» (the letter is no zero: a space and a word follow it). */
const ITEM_NUMBER =
  /^\s*\d{1,2}\.(?:\d\.)?(?=\s*(?:[А-ЯЁ](?!(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр))[а-яё]|[ВСК]\s+(?:начал|конц|середин|течени|текущ|этом(?![а-яё])|нынешн|следующ|будущ|предстоящ|нов[оы]м|учебн)[а-яё]*(?![а-яё])|[Оо]\s+[а-яё]))/;
/**
 * Round 51. «Октябрь 1. План-график по реализации ФГОС НОО и ФГОС ООО.» (a snippet of a ВШК plan with its cells run together,
 * https://bitbucket.org/bestrosewil1988/workspace/snippets/kkoxAE — corpus-real-46; it was `unparsed`, «непонятное число «1»»): a month in
 * the nominative opening the text (the cell of the row before), then a number of one or two figures with its dot and a capitalised word
 * that is not a month — the next item's number, not the day of the month (a day is written before its month: «1 октября»). Group 1 is
 * kept, the number blanked. «Октябрь 1.10.2021», «Октябрь 1, 15» and «Октябрь 1 – 15» keep their figures.
 */
const MONTH_THEN_ITEM =
  /^(\s*(?:[Яя]нварь|[Фф]евраль|[Мм]арт|[Аа]прель|[Мм]ай|[Ии]юнь|[Ии]юль|[Аа]вгуст|[Сс]ентябрь|[Оо]ктябрь|[Нн]оябрь|[Дд]екабрь)[\s,.:-]+)\d{1,2}\.(?=\s*(?!(?:Январ|Феврал|Март|Апрел|Ма[йяю]|Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр))[А-ЯЁ][а-яё])/;

/**
 * Round 51. «Напоминаем, что данный комплекс мероприятий проводится в рамках мероприятия 2.2. Федеральной целевой программы развития
 * образования на 2016 - 2020 годы «…».» (a regional institute's news, http://jjpk.hosting2.pstu.ru/vpk/news/2017/03/08/604), «… О реализации
 * мероприятия 2.11 «Повышение качества образования …» …» (a list of a region's orders, http://gcrodost14.nios.ru/normativnye-dokumenty-0 —
 * both corpus-real-46; the first was `unparsed`, «непонятное число «2.2»», the second read «2.11» as 2 November): a clause number of two
 * parts (one figure, a dot, one or two figures) right after «мероприятие» in any case, closed by its dot before a capitalised word or
 * a quote, or followed by a quote, is the number of the programme's measure — a label like «пункт 2.3» (`isReferenceNoun`), blanked
 * here because only the original text shows the capital. Group 1 is kept. «мероприятия 15.05» or «мероприятие 2.11 в школе» (a day
 * and month) keep their figures.
 */
const MEASURE_NUMBER = /((?:^|[^А-ЯЁа-яё])[Мм]ероприяти[а-яё]*\s+)(\d\.\d{1,2}(?:\.(?=\s*[А-ЯЁ«"])|(?=\s*[«"])))/g;

/** Month names as they start, in every case («ноября», «мае»). */
const MONTH_STEM = '(?:январ|феврал|март|апрел|ма(?:[йяю]|е(?![а-яё]))|июн|июл|август|сентябр|октябр|ноябр|декабр)';
/**
 * Round 262. `MONTH_STEM` or a month's abbreviation as a whole word («дек.», «сен»): what the item numbers below look for after their
 * number, so «4.1. В срок до 15 авг. года, …» and «1. 26 дек. 2014 года …» read their item numbers as «… 15 августа …» does.
 */
const MONTH_OR_ABBREVIATION = `(?:${MONTH_STEM}|${MONTH_ABBREVIATION}(?![а-яё]))`;
/** A day of a month, 1–31. */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
/**
 * «2. 25 -26 ноября. Конкурс чтецов …», «7. 4 декабря . Общешкольная линейка …», «1.24 ноября. Общешкольная линейка …»: an item
 * number with its dot at the start (with or without a space after it) before a day, or days joined by a dash, a comma or «и», and
 * their month written as a word. The month is written out, so the number before the day is no month of a date.
 */
const ITEM_BEFORE_DAY = new RegExp(
  `^\\s*\\d{1,2}\\.(?=\\s*${DAY}(?:\\s*(?:[-,\u2010-\u2015\u2212]|и\\s)\\s*${DAY})*\\s+${MONTH_OR_ABBREVIATION})`,
  'i',
);
/**
 * Round 44. «1. С 08.04. по 19.04.2024г. комиссией по охране труда проведена проверка …», «3. 19.04.2024г. проведена тренировка по
 * эвакуации …» (a gymnasium's news of its month of labour protection,
 * https://gimnaziya11rubczovsk-r22.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/mesyachnik-ohrany-truda-2024.html —
 * corpus-real-40): an item number with its dot at the start, a space, then a date — a day and its month in figures with their dots
 * («08.04.», «19.04.2024»), or after «с / со / по / до / к / в / на» a day (or days) and a month word («1. С 8 апреля …», «2. До 1 мая …») —
 * is the item's number (they were `unparsed`, «непонятное число «1»», «несуществующая дата «3.19.04»»). The space after the item's dot is
 * needed («1.10.2021» is a date) and the month in figures is 1–12 with its dot after it («25. 12.2021» keeps its day).
 */
const ITEM_BEFORE_DATE = new RegExp(
  `^\\s*\\d{1,2}\\.(?=\\s+(?:(?:с|со|по|до|к|в|на)\\s+)?${DAY}\\.(?:0?[1-9]|1[0-2])\\.|\\s+(?:с|со|по|до|к|в|на)\\s+${DAY}(?:\\s*(?:[-,\u2010-\u2015\u2212]|и\\s|по\\s)\\s*${DAY})*\\s+${MONTH_OR_ABBREVIATION})`,
  'i',
);
/**
 * Round 153: a year of four figures (1900–2199), or two joined by a dash, with its year word after it — «в 2016 - 2025 годах», «в 2021
 * году», «2022 г.», «2021-2025 гг.» — the date `ITEM_BEFORE_WORD` also waits for after an item number.
 */
const YEAR_WITH_WORD =
  '(?<!\\d)(?:19|20|21)\\d{2}(?:\\s*[-\u2010-\u2015\u2212]\\s*(?:19|20|21)\\d{2})?\\s*(?:год|гг?\\.|г(?![а-яё]))';
/**
 * «1.1. подготовить план … в срок до 28.01.2016г», «2. провести … до 1 мая»: an item number (or a clause number of two parts, the
 * last one a single digit) with its dot at the start, before a lower-case word of three letters or more that is not a month, when a
 * date follows later in the text — a full numeric date or a month word. «5.6. по 10.6.2021» keeps its first date («по» is short).
 * Round 41: also before a one-letter preposition «в / с / к» and such a word — «4.1. В срок до 15 августа года, следующего за
 * отчетным, … Министерством осуществляется подготовка проекта сводного доклада …» (a regional order on the yearly report of
 * municipalities, https://docs.cntd.ru/document/570920118/titles/11SG96M), «1.5. в срок до 1 мая …» (they were `unparsed`, «непонятное
 * число «4.1»»). «4.2. В сентябре» (a month) and «15.6. В 10.00» (a figure) keep their numbers as before.
 * Round 48: a clause number of two parts without its closing dot, then a space — «2.2 Оборудовать уголок по профориентации в кабинете
 * обслуживающего труда до 15.09.2012 года» (a school's profession-guidance plan, https://gist.github.com/e096b2a30f3ae4c7a7f35cd3c255bfbf —
 * corpus-real-43), «3.1 провести … до 1 октября» — is the same clause number (it was `unparsed`, «непонятное число «2.2»»); the
 * last part is one digit and a date must follow, as above, so «2.2» alone or «15.09 …» keep their reading.
 * Round 49: or with a comma in place of the closing dot — «1.6, Подготовка отчета по результатам обсуждения, до 01.04.2016.» (an order
 * on an ОВЗ ФГОС plan, a bitbucket snippet, https://bitbucket.org/gesmetzmarti1975/workspace/snippets/qRX96p — corpus-real-44; it was
 * `unparsed`, «непонятное число «1.6»»).
 * Round 153: or a year with its year word (`YEAR_WITH_WORD`) — «17. В целях реализации основной задачи Программы в 2016 - 2025 годах
 * предусматривается реализация следующих мероприятий:» (a region's programme of new school places, section III,
 * https://base.garant.ru/16429622/ef88941cf1f7e3b96e81d9940a032a7e — corpus-real-141; it was `unparsed`, «непонятное число «17»»), «2.
 * обеспечить участие школ в проекте в 2022 году»: the item's number is blanked and the years read as before. The word after the number
 * is needed as before («17. В 2016 году» keeps its reading), and a year with no year word after it does not count («2. обеспечить … в
 * 2022»).
 */
const ITEM_BEFORE_WORD = new RegExp(
  `^\\s*\\d{1,2}\\.(?:\\d\\.|\\d,?(?=\\s))?(?=\\s*(?:[вск]\\s+)?(?!${MONTH_OR_ABBREVIATION})[а-яё]{3})(?=[^]*?(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|(?<![а-яё])${MONTH_OR_ABBREVIATION}|${YEAR_WITH_WORD}))`,
  'i',
);
/**
 * Round 108. «1. В августе в чат написал папа, для дочери родители выбрали семейную форму, …» (a parent's post on the family form in
 * Sevastopol, https://dzen.ru/a/aRB36r0LvTm_x8M4 — corpus-real-96), «2. В сентябре начнется прием заявлений …», «3. До октября …»: an
 * item number of one part (one or two figures and its dot) at the start, a space, then «в / во / с / со / к / ко / до / по / на» and a
 * month word is the item's number (it was `unparsed`, «непонятное число «1»»). With no day between them, the figure cannot be the
 * month's day, so the month is read as before. A clause number of two parts keeps its figures as round 41 decided («4.2. В
 * сентябре»), and a number with no space after its dot («1.В августе») reads as before.
 */
const ITEM_BEFORE_MONTH = new RegExp(`^\\s*\\d{1,2}\\.(?=\\s+(?:в|во|с|со|к|ко|до|по|на)\\s+${MONTH_OR_ABBREVIATION})`, 'i');
/**
 * Round 249. «1.С 08.04. по 19.04.2024г. комиссией по охране труда проведена проверка …», «1.В августе в чат написал папа …» (round 44's
 * and round 108's texts with the space after the item's dot lost, as a page copied from a PDF writes them; they were `unparsed`,
 * «непонятное число «1»»): an item number of one part glued to a capitalised preposition «В / Во / С / Со / К / Ко / До / По / На», then a
 * space and a date — a day and its month in figures with their dots, a day (or days) and a month word, or a month word — is the item's
 * number, as with the space. The capital is needed (a figure and a dot before a small letter may be a date's part), so this is read
 * without the case folded; round 108's «a number with no space after its dot reads as before» is so no longer.
 */
const GLUED_ITEM_BEFORE_TIME = new RegExp(
  `^\\s*\\d{1,2}\\.(?=(?:В|Во|С|Со|К|Ко|До|По|На)\\s+(?:${DAY}\\.(?:0?[1-9]|1[0-2])\\.|${DAY}(?:\\s*(?:[-,\u2010-\u2015\u2212]|и\\s|по\\s)\\s*${DAY})*\\s+${MONTH_STEM}|${MONTH_STEM}))`,
);
/**
 * Round 184. «1.1. бесплатное горячее питание не менее одного раза в день в виде завтрака или обеда в зависимости от режима (смены)
 * обучения для обучающихся 1-4 классов;» (a school's page on meals of benefit categories, its first item,
 * https://shkolanovyevyselki-r64.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/stipendii-i-mery-podderzhki-obuchayuschihsya/mery-podderzhki_3.html
 * — corpus-real-170; it was `unparsed`, «непонятное число «1.1»»): an item number (or a clause number of two parts, the last one a single
 * digit) with its closing dot at the start, a space, then a lower-case word of three letters or more that is not a month, is the item's
 * number when no date follows too (`ITEM_BEFORE_WORD` waits for one): what the item says of time is read as before («… не менее одного
 * раза в день …» is daily work, round 34). A lower-case word cannot open a date's note, so the figures are no day: «2.10. проводить …»
 * (a month of two figures) and «1.10.2021 …» keep their dates, and «1.9. линейка» with nothing else stays unread.
 * Round 192. «1.3.ввести «масочный режим» в учреждениях на период эпидемического подъема.», «1.2.обеспечить соблюдение … (проведение
 * влажных уборок 2-3 раза в сутки …);» (a city education department's quarantine order, its clauses,
 * https://obklass.blogspot.com/2011/02/blog-post.html — corpus-real-177; they were `unparsed`, «непонятное число «1.3»»): the same number
 * glued to its lower-case word, with no space after its closing dot, is the same item's number, as «6.4.За …» is before a capital
 * (`ITEM_NUMBER`). The closing dot is needed: «1.2обеспечить» is no item's number, and «2.10.проводить» (a month of two figures) keeps its
 * date as before.
 */
const ITEM_BEFORE_LOWER = new RegExp(`^\\s*\\d{1,2}\\.(?:\\d\\.)?(?=\\s*(?!${MONTH_STEM})[а-яё]{3})`);

/**
 * Round 41. «от «08» декабря 2022 г. (протокол № 3).», «ввести с «09» января 2023 г. в действие» (an order of a district's house of
 * children's creativity, https://shddt.profiedu.ru/file/card?id=106), «от «14» апреля 2022г.№78»: a day in quotes — the blank of a form
 * filled in — before a month word is that day; the quotes are dropped (it was `unparsed`, «непонятное число «08»»). Only one or two
 * figures of a day, quotes on both sides, and a month word right after.
 */
const QUOTED_DAY = new RegExp(`[«"„“]\\s*(${DAY})\\s*[»"”“](?=\\s*${MONTH_STEM})`, 'gi');
/**
 * Round 158. «Протокол №1 от «29»08 2025 г.» (the approval lines of a school's Положение об индивидуальном образовательном маршруте,
 * https://sorsk3.khakasiyaschool.ru/file/card?id=2803 — corpus-real-147; it was `unparsed`, «непонятное число «29»»): the same blank of a
 * form, «__»__ 20__ г., filled in with figures — a day in quotes, the month's two figures and a year of four — is that date, written as
 * «29.08.2025» (same length, the quotes and the gaps become the dots and a lead of spaces). Only a month 01–12 of two figures and a year
 * of the 1900s or 2000s, after a space or a dot; «от «29» 2025 г.» (no month) and ««29» 08» (no year) are read as before.
 */
// round 166: an underscore of the form's blank may stay glued before the year («26» 08. _2022г.», a Бахчисарай centre's учебный план,
// https://cdod-bakhchisaray.krymschool.ru/file/card?id=700 — corpus-real-154; it was `unparsed`, «непонятное число «26»»)
const QUOTED_DAY_FIGURES = new RegExp(`[«"„“]\\s*(${DAY})\\s*[»"”“]\\s*\\.?\\s*(0[1-9]|1[0-2])(?:\\s*\\.\\s*|\\s+)_*((?:19|20)\\d\\d)(?!\\d)`, 'g');
/**
 * Round 41. «Проект «500+» реализуется в рамках федерального проекта …» (news of the «500+» project in Tuva,
 * https://tmgnews.ru/novosti/500-pomozhet-li-novyi-proekt-povysit-kachestvo-obrazovaniia-v-tuve/amp), «спектакль 6+», «фильм (12+)»:
 * a number with a plus right after it — a project's name, an age mark — is a label, never a day (it was `unparsed`, «непонятное число
 * «500»»). Not inside a sum («1+1»): no figure after the plus.
 */
const PLUS_MARK = /(?<![\d.,])\d{1,4}\+(?![\d+])/g;
/**
 * Round 87. «Еще одна опрошенная мама школьника рассказала 45.RU, что родительский чат им завели еще весной, …» (a city news site on
 * the move of parents' chats to «Сферум», https://45.ru/text/education/2024/12/10/74860157/ — corpus-real-76; it was `unparsed`,
 * «непонятное число «45»»): a figure run glued to a domain's ending — «45.RU», «74.ru», «e1.ru», «www.29.ru», «2gis.ru» — is the
 * name of a site (the city news sites that carry their region's code), never a day. Only the endings of sites, in any case, with no
 * letter or figure after them.
 */
const DOMAIN_NUMBER = /(?<!\d)\d{1,4}[a-zа-яё]*\.(?:ru|рф|su|com|net|org|info)(?![a-zа-яё\d])/gi;
/**
 * Round 225. «Версия от 09:14, 18 апреля 2006; 194.85.113.101 (обсуждение)» (the version line of a wiki's page of a school's ecological
 * plan, http://www.letopisi.org/index.php?title=%D0%9F%D0%BB%D0%B0%D0%BD_%D0%BC%D0%B5%D1%80%D0%BE%D0%BF%D1%80%D0%B8%D1%8F%D1%82%D0%B8%D0%B9&oldid=8654
 * — corpus-real-205; it was `unparsed`, «непонятное число «194»»): four runs of one to three figures joined by three dots — an IP
 * address, the editor's mark of a wiki's history line — are a label, never a date. Only four runs, each not above 255, with no figure
 * or dot on either side («1.2.3 степени» and a date «18.04.2006» have fewer runs and read as before).
 */
const IP_ADDRESS = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)/g;
/**
 * Round 143. «Победители и призеры конкурса будут награждены Дипломами 1.2.3 степени и памятными подарками на мероприятии 11 апреля в
 * Центральной библиотеке.» (a district's online readers' contest, https://www.culture.ru/events/971865/raionnyi-onlain-konkurs-chtecov-vsyudu-rodimuyu-rus-uznayu
 * — corpus-real-131; it was `unparsed`, «непонятное число «1.2»»): single figures joined by dots right before «степени» or «место /
 * места» — «1.2.3 степени», «1.2 места» — are the degrees or places of the prizes, written with dots for commas («Дипломами 1, 2, 3
 * степени» is a label already), never a day and its month. Only single figures, two to four of them, and the noun right after.
 */
const DEGREE_NUMBERS = /(?<![\d.,])\d(?:\.\d){1,3}\.?(?=\s+(?:степен[а-яё]*|мест[оа])(?![а-яё]))/gi;
/**
 * Round 207. «План внутришкольного контроля маоу сош №17 в 2011-2012 учебном году, 676.8kb.» (a documents site's list of related files
 * with their sizes, http://geum.ru/next/art-328371.php — corpus-real-190; it was `unparsed`, «непонятное число «676»»): a figure, with
 * a decimal part after a dot or a comma or not, right before a unit of a file's size — «kb», «Kb», «КБ», «Мб», «MB», «Гб», «байт»,
 * «Кбайт» — is the size of a file, a label, never a day; it is dropped, so the school year before it is read. Only the unit right
 * after the figure (a space may stand between) and no letter after the unit: «12 Мб» is dropped, «12 МБОУ» is not one.
 */
const FILE_SIZE = /(?<![\d.,])\d{1,4}(?:[.,]\d{1,3})?[ \t\u00a0]?(?:[кКkKмМmMгГgG][бБbB]|[кКмМгГ]?байт[а-яё]*)(?![a-zа-яё])/g;
/**
 * Round 118. «Дата проведения Всероссийского урока по ОБЖ выбрана не случайно – 30 апреля отмечается День пожарной охраны
 * России.http://www.vestnik-rm.ru/news-3-4012.htm» (a news page on the ОБЖ open lesson, http://0-1.ru/?id=41804 — corpus-real-106; it was
 * `unparsed`, «непонятное число «4012»»): a web address — «http://…», «https://…», «www.…», glued to the sentence's dot or standing
 * apart, a Cyrillic word glued before it or not («сайтwww.…») — is a note, never a date: its figures («news-3-4012.htm»,
 * «?id=19641», «/2021/05/17/») name a page. It runs to the next space,
 * quote or bracket, so a bracket or a quote around it stays («(https://…) до 30 мая»).
 */
const WEB_ADDRESS = /(?:https?:\/\/|(?<![a-z\d])www\.)[^\s«»"“”„<>()[\]]+/gi;
/**
 * Round 128. «Отправить ролик необходимо до 20 декабря на этот адрес электронной почты: 777-345@bk.ru.» (a regional news site on the
 * «Богатыри ГТО» festival, http://novafisha.ru/news/79321.html — corpus-real-116; it was `unparsed`, «непонятное число «777»»): an e-mail
 * address — its name before «@» and its domain after it — is a note, never a date, as round 118's web address is: the figures of its
 * name («777-345@», «school12@», «gto.2021@») name a mailbox. Only Latin letters, figures and «. _ - +» before «@» and a domain with a
 * dot after it, so «@» alone in a text («@school_news») is left as it was.
 */
const E_MAIL = /(?<![a-z\d._+-])[a-z\d][a-z\d._+-]*@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;
/**
 * Round 87. «С 2020 года на портале размещаются видеоуроки для [[:сфо_до2|смешанного формата обучения]].» (a wiki of a city's centre of
 * education quality on its distance-learning portal, https://docs.spbcokoit.ru/doku.php?do=export_raw&id=%D0%B4%D0%BE2_%D0%BC%D0%B5%D1%82%D0%BE%D0%B4%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B5_%D1%80%D0%B5%D0%BA%D0%BE%D0%BC%D0%B5%D0%BD%D0%B4%D0%B0%D1%86%D0%B8%D0%B8
 * — corpus-real-76; it was `unparsed`, «непонятное число «2»»): the target of a wiki link with a label — «[[:сфо_до2|», «[[Page|» up to
 * its «|» — is the name of a page, never a date; the label after it is the text a reader sees and is read.
 */
const WIKI_LINK_TARGET = /\[\[[^[\]|]{1,200}\|/g;
/**
 * Round 62. «Первая школьная медиация … была проведена в России 16 декабря 2002 года в московской школе № 464 [http://www.sprc.ru/
 * <nowiki>[1]</nowiki>].» (a wiki article on school mediation services, https://xn--b1aeclalpr9a.xn--p1ai/index.php?diff=2263&oldid=2261&title=%D0%A8%D0%BA%D0%BE%D0%BB%D1%8C%D0%BD%D1%8B%D0%B5_%D1%81%D0%BB%D1%83%D0%B6%D0%B1%D1%8B_%D0%BC%D0%B5%D0%B4%D0%B8%D0%B0%D1%86%D0%B8%D0%B8_%D0%B8_%D0%BF%D1%80%D0%B8%D0%BC%D0%B8%D1%80%D0%B5%D0%BD%D0%B8%D1%8F
 * — corpus-real-56), «… найти взаимоприемлемое решение … [1][13].»: a footnote mark in square brackets — one to three figures alone
 * inside them, «[1]», «[ 13 ]» — and wiki markup's «<nowiki>» / «</nowiki>» are notes, never a day (they were `unparsed`, «непонятное
 * число «1»»). Not before a month («[25] мая» keeps its day); a date in brackets («[18.08.2023]») is no footnote.
 * Round 63. «Постоянно <1>», «До ликвидации организации <1>» (the storage-term column of a federal list of documents,
 * https://consultant.ru/document/cons_doc_LAW_421554/b34d7f55e6dd0b38b16353adecaf6c72caee5f17 — corpus-real-57): a footnote mark in
 * angle brackets, «<1>», «< 12 >», as legal databases print them, is a note like «[1]» (it was `unparsed`, «непонятное число «1»»).
 */
const BRACKET_FOOTNOTE = new RegExp(`<\\/?nowiki>|\\[\\s*\\d{1,3}\\s*\\](?!\\s*${MONTH_STEM})|<\\s*\\d{1,3}\\s*>(?!\\s*${MONTH_STEM})`, 'gi');
/**
 * Round 62. «16 августа 2022 в 16:58 Просмотров: 47» (a district's news post, http://mozhaysky.omsu.inlite.ru/article/novaya-shkola-v-mozhajske-otkroetsya-1-sentyabrya-421933
 * — corpus-real-56): a post's view counter — «Просмотров: 47», «Просмотры 166», «просмотров: 1 234» — is a label, never a day (it
 * was `unparsed`, «непонятное число «47»»). The number is dropped, the word kept (group 1).
 */
/**
 * Round 205. «Летние каникулы: 01.06.2024 - 26.06.2024 Количество обучающихся: 1 корпус - 100, 2 корпус - 100» (a Surgut school's
 * «Сроки проведения смен, количество мест» cell of its day camp, https://shkola1surgut-r86.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/poleznaya-informatsiya/otdyh-i-ozdorovlenie-uchaschihsya
 * — corpus-real-188; it was an event «летние каникулы …», the dates lost to «непонятное число «100»»): the field of a count —
 * «количество / число / кол-во» and what is counted (one or two words, no unit of time), then a colon or a dash — and the figures
 * after it, alone («количество участников – 25») or broken down by parts («1 корпус - 100, 2 корпус - 100», up to six parts), are a
 * count, a label like «25 человек»: the figures are blanked. Not a figure before a month word or a date's dot («число участников: 15
 * мая», «количество заявок: 15.05»), and not after a unit of time («количество дней – 10»).
 */
const COUNT_FIELD = new RegExp(
  `((?<![а-яё])(?:количеств[оа]|числ[оа]|кол-во)[ \\t]+(?!(?:дней|дня|суток|месяцев|недель|часов|минут|лет|раз)(?![а-яё]))[а-яё]+(?:[ \\t]+[а-яё]+)?[ \\t]*[:\\-\\u2013\\u2014][ \\t]*)` +
    `(\\d{1,5}(?![\\d./]|[ \\t]*${MONTH_STEM})(?:[ \\t]+[а-яё]+)?(?:[ \\t]*[-\\u2013\\u2014][ \\t]*\\d{1,5}(?![\\d./]|[ \\t]*${MONTH_STEM}))?` +
    `(?:[ \\t]*,[ \\t]*\\d{1,5}(?![\\d./]|[ \\t]*${MONTH_STEM})(?:[ \\t]+[а-яё]+)?(?:[ \\t]*[-\\u2013\\u2014][ \\t]*\\d{1,5}(?![\\d./]|[ \\t]*${MONTH_STEM}))?){0,5})`,
  'gi',
);
/**
 * Round 167. «15.09.2023 23:16 читали: 744 раз» (a regional sport portal's news of the «Кросс нации» run,
 * http://kalugasport.ru/legkaya-atletyka-bt/item/10613-krossnaciipromchitsyavkalugepokirova — corpus-real-155): a counter of readers,
 * «читали: N раз», is a post's view counter like «Просмотров: 47» (it was `unparsed`, «непонятное число «744»»); «раз» after it is the
 * counter's word, no repeat (group 3). Only with the colon: «читали 2 раза в неделю» is a repeat.
 */
/**
 * Round 195. «21.05.2018, 17:40 Прочитано 1163 раз» (a district TV's news of the camps' readiness,
 * https://vostv.ru/news/arkhiv/item/11845-gotovy-li-lagerya-dnevnogo-prebyvaniya-prinyat-detej — corpus-real-180): the passive
 * «Прочитано / Прочитана N раз» is the same counter of readers (it was `unparsed`, «непонятное число «1163»»). Only with «раз / раза»
 * right after the number and no «в / за» after it: «прочитано 2 книги» is no counter, and «Прочитано 3 раза в месяц» stays a repeat.
 */
/**
 * Round 214. «26 августа 2020, 9:56 | Образование 11» and «4 августа 2017, 14:38 | Образование 24» (the date lines of two district
 * papers of one site builder over their news of school buses, https://gazeta-rognedino.ru/society/education/2020/08/26/v-bryanskoj-oblasti-pered-nachalom-uchebnogo-goda-provoditsya-proverka-shkolnyx-avtobusov
 * and https://gordeevka-udarnik.ru/society/education/2017/08/04/v-gotovnosti-shkol-net-melochej — corpus-real-196; they were
 * `unparsed`, «непонятное число «11»»): after a date line's four-figure year and clock, a bar, the rubric (one to three words) and a number closing the
 * line are the post's rubric and its counter, a label like «Просмотров: 47» — the number is blanked. Only after a time of day «ЧЧ:ММ»
 * right after a year and a bar, and only at the end of the text (a number with anything after it reads as before).
 */
const RUBRIC_COUNT = /((?<!\d)(?:19|20)\d\d,?[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*\|[ \t]*[а-яё]+(?:[ \t]+[а-яё]+){0,2}[ \t]+)(\d{1,6})[ \t]*$/i;
/**
 * Round 281. «4, 11, 18 и 25 ноября (каждую среду) мусоровозы приедут в поселок Идрица, …» (a Pskov news site's graph of bagged waste
 * removal, https://m.pln24.ru/dzhkh/394982.html — corpus-real-242; it was `recurring`, every week): a bracket «(каждую <день недели>)»
 * right after a day and its month says which weekday the days written before it fall on, a note like «22.04. (пт)» — the days are the
 * text's dates (the bracket is blanked). «каждую среду» with no day and month before it («каждую среду с 15.00», «по средам, 4 и 11
 * ноября») reads as before.
 */
const EACH_WEEKDAY_NOTE = new RegExp(
  `(\\d{1,2}\\s+${MONTH_STEM}[а-яё]*\\.?\\s*)(\\(\\s*кажд(?:ую|ый|ое)\\s+(?:понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)\\s*\\))`,
  'gi',
);
/**
 * Round 281. «26.10.2020 12:29|ПсковКомментариев: 0» (the date line of a Pskov news site over a change of the waste-removal graph,
 * https://m.pln24.ru/dzhkh/394982.html — corpus-real-242; it was `unparsed`, «непонятное число «0»»): a post's counter of comments,
 * «Комментариев: 0», «Комментарии: 3», is a label like «Просмотров: 47»; the page often glues it to the word before (the city), so
 * it needs no boundary before it, only its colon (the number is blanked). Not without the colon: «Комментариев нет» has no number, and
 * «дать комментарии … в среду, 6 ноября» none after a colon; nor before a month («Комментарии: 15 мая» keeps its day).
 */
const VIEW_COUNT = /((?:(?<![а-яё])(?:просмотр(?:ов|ы|а)?\s*:?|читали\s*:|прочитан[оа]?\s*:?(?=\s*\d[\d \u00a0]*раза?(?![а-яё])(?!\s+(?:в|за)\s)))|комментари(?:ев|и)\s*:(?=\s*\d{1,6}(?![\d.,])(?!\s*(?:янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек))))\s*)(\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,]|\.\d)|\d+(?![\d,]|\.\d))(\s*раза?(?![а-яё]))?/gi;
/**
 * Round 63. «18.04.202011:54» (the date line of a news post on income declarations, https://ko.ru/news/putin-pozvolil-chinovnikam-otchitatsya-o-dokhodakh-v-avguste-iz-za-koronavirusa/
 * — corpus-real-57): a full date with its four-figure year glued to a time of day «ЧЧ:ММ» is that date and its time, the time a note
 * as after a space (it was `unparsed`, «непонятное число «202011»»). Group 1, the date, is kept; the time is blanked. Only a colon
 * between hours and minutes; a date and a time with a space between read as before.
 * Round 142. «9 сентября 202115:15» (the date line of a news site's post on the day of voting in schools,
 * https://nsn.fm/society/den-vyborov-17-sentyabrya-budet-rabochim-dlya-shkolnikov — corpus-real-130; it was `unparsed`, «непонятное
 * число «202115»»): a day with its month in words and a four-figure year glued to the time is the same date line.
 */
const GLUED_TIME = new RegExp(`(?<![\\d.])(\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d\\d|\\d{1,2}\\s+${MONTH_STEM}[а-яё]*\\s+(?:19|20)\\d\\d)((?:[01]?\\d|2[0-3]):[0-5]\\d)(?![\\d:])`, 'gi');
/**
 * Round 63. «Зарегистрировано в НРПА РБ 8 августа 2011 г. N 9/43036» (a district's programme of education, its register line,
 * http://levonevski.net/pravo/normreg2013/num16/d16753.html — corpus-real-57): a capital Latin «N» standing alone before a number is the
 * number sign as legal databases print it — «№» — so the number after it is a label wherever «№»'s would be (it was `unparsed`,
 * «непонятное число «9»»); round 41 read «N» so only between «от <дата>» and the number. Not inside a word, and only before a figure.
 */
/**
 * Round 214. «Опубликован : 07.11.2014 в Monitorul Oficial Nr. 333-338     статья № : 971» (the card of a Moldovan government decision
 * on the carriage of pupils, http://lex.justice.md/viewdoc.php?action=view&view=doc&id=380273&lang=2 — corpus-real-196; it was
 * `unparsed`, «непонятное число «971»»): a colon after the number sign, as a form's field prints it («№ : 971», «№: 15»), is the sign's
 * own: the colon is blanked, so the number after it is a label wherever «№ 971»'s would be. Not before a day of a month («№: 15 мая»
 * reads as before). Same length.
 */
const NUMBER_SIGN_COLON = new RegExp(`(?<=№[ \\t]*):(?=[ \\t]*\\d+(?![\\d.])(?![ \\t]*${MONTH_STEM}))`, 'g');
/**
 * Round 238. «… Стратегии повышения финансовой грамотности и формирования финансовой культуры в Российской Федерации до 2030 года,
 * утвержденной Распоряжением Правительства РФ от 24.10.2023 N.2958-p пройдет седьмой этап …» (a lyceum's page of the «Мои финансы»
 * relay, https://lycee4.oshkole.ru/pages/34826.html — corpus-real-215; it was `unparsed`, «непонятное число «2958»»): a dot between the
 * number sign and its figure — «№.15», «N.2958», «No.15» — is the sign's own abbreviation dot, so the number after it is a label as
 * after «№» (`NUMBER_SIGN_DOT` here; `LATIN_NUMBER_SIGN` and `TYPED_NUMBER_SIGN` take the dot with the letters). Only right before a
 * figure (a space may follow the dot).
 */
const NUMBER_SIGN_DOT = /(?<=№)\.(?=\s?\d)/g;
/**
 * Round 214. «Рязанский губернатор Олег Ковалев на заседании облправительства во вторник, 5 августа, потребовал до 1 сентября провести
 * дополнительный инструктаж с водителями школьных автобусов, …» (a news site's report of a governor's order on school buses,
 * https://vidsboku.com/news/ryazanskiy-gubernator-poruchil-provodit-medobsledovanie-voditeley-shkolnyh-avtobusov?field_scope_tid=8 —
 * corpus-real-196; it was `on` 08-05 and 09-01): the day a past verb of ordering follows («5 августа, потребовал», «5 августа губернатор
 * поручил») is the day the order was given, a label, when the order names its own term after it («до / к / не позднее <день месяца>»):
 * that term is the deadline (`by`). The day (a figure and a month in words, no year: a written year is left to read as before) is
 * blanked; up to two words (the one who orders) may stand between it and the verb. Without a term after the verb the day reads as before («5 августа
 * губернатор поручил провести проверку» stays 08-05), and a day with a term of its own («с 5 августа до 1 сентября») is no order's day.
 * Round 228: a month in the prepositional after «в» stands for the day the same way — «В феврале президент РФ поручил провести
 * эксперимент по применению электронных копий документов до 1 декабря 2021 года.» (a weekly's news on electronic copies of school
 * certificates, https://aif.ru/society/education/vypuskniki_rossiyskih_shkol_smogut_poluchit_elektronnuyu_kopiyu_attestata —
 * corpus-real-207; it was the window February – 1 December): the month the order was given is a label and the term the deadline (→
 * by 2021-12-01). A month with a year after it («в феврале 2021 года президент поручил …») reads as before, like a day with its year.
 */
const MONTH_IN = '(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)';
const DAY_OF_ORDER = new RegExp(
  `(?:(?<![\\d.])\\d{1,2}\\s+${MONTH_STEM}[а-яё]*|(?<![а-яё])в\\s+${MONTH_IN}(?![а-яё]))(?=,?\\s+(?:[а-яё]+\\s+){0,2}(?:потребовал|поручил|обязал|распорядился|предписал|приказал)[а-я]*\\s[^.;]*?(?:до|к|не\\s+позднее)\\s+\\d{1,2}\\s+${MONTH_STEM})`,
  'gi',
);
const LATIN_NUMBER_SIGN = /(?<![A-Za-zА-Яа-яЁё\d])N\.?(?=\s?\d)/g;
/**
 * Round 207. «flnororo.n or 16.09.2025 Ne 16» (the OCR of a scanned протокол's line on a Kerch school's page of its положение,
 * https://kerch2.krymschool.ru/file/card?id=3052 — corpus-real-190; it was `unparsed`, «непонятное число «16»»): «Ne» — a capital Latin
 * «N» and a Latin or Cyrillic «e» — standing alone before a number is how OCR reads a scanned «№», the number sign, so the number after
 * it is a label as after «№» (→ `on` 2025-09-16). Only the two letters alone, before a figure (a space may stand between); round 181's
 * «J$§» (another OCR of «№») is left, and «Ne» inside a word is no sign.
 */
const OCR_NUMBER_SIGN = /(?<![A-Za-zА-Яа-яЁё\d])N[eе](?=\s?\d)/g;
/**
 * Round 228. «от "10" июня 2014 года No986» (the approval line of a city administration's regulation of a cultural service,
 * http://korolev.msk.ru/doc/proadm25.htm — corpus-real-207; it was `on` 2014-06-10): «No» — a capital Latin «N» and a small Latin or
 * Cyrillic «o» — standing alone before a number is the number sign «№» as a keyboard or a font without the sign types it (the
 * typographic «No»), so the number after it is a label as after «№» and the date before it the act's (round 40). Only the two letters
 * alone, before a figure (a space may stand between); «No» inside a word or before a word («No comments») is no sign.
 */
const TYPED_NUMBER_SIGN = /(?<![A-Za-zА-Яа-яЁё\d])N[oо]\.?(?=\s?\d)/g;
/**
 * Round 227. «(утв. постановлением Территориальной избирательной комиссии Койгородского района от 21 июля 2008 г. N°2/3)» (the approval
 * line of a TIK's calendar plan of village elections, https://base.garant.ru/27320397/ — corpus-real-206; it was `on` 2008-07-21): «N°»
 * — a capital Latin «N» and a degree sign or a masculine ordinal «º», the French «numéro» — standing alone before a number is the number
 * sign «№», so the number after it is a label and the date before it an act's date (→ `unparsed`, as «… от 26 ноября 2013 г. N 660»).
 * Only the two signs alone, before a figure (a space may stand between).
 */
const DEGREE_NUMBER_SIGN = /(?<![A-Za-zА-Яа-яЁё\d])N[°º](?=\s?\d)/g;
/**
 * Round 217. «Приказ министерства образования и науки рф от 10 декабря 2013 г. Н 1324» (a page of an education portal naming the order
 * on the self-inspection of schools, https://educontest.net/ru/2540476/ — corpus-real-199; it was `on` 2013-12-10): a capital Cyrillic
 * «Н» standing alone before a number, right after a year (its «г.» / «года» between or not), is the number sign «N» typed on a Cyrillic
 * keyboard — «№» — so the date before it is an act's date and the number a label, as with the Latin «N» (round 63). Only after a
 * four-figure year, so a letter «Н» elsewhere («корпус Н 2», an initial) is no sign.
 */
const CYRILLIC_NUMBER_SIGN = /(?<=(?:19|20)\d\d\s?(?:г\.?|года)?\s)Н(?=\s?\d)/g;
/**
 * Round 217. «28.11.2014, Пр-2753» (the approval line of the Strategy of countering extremism on a legal database's page,
 * https://bazanpa.ru/prezident-rf-strategiia-ot28112014-h2696593/?amp=1 — corpus-real-199; it was `unparsed`, «непонятное число
 * «2753»»): «Пр-<номер>», the index of the President's instructions, written with no «№» before it is the act's number, so it reads as
 * «№ <номер>» (same length: the sign, two spaces) — the date before it stays the day, as «28.11.2014, № 2753» is read. After «№» or «N»
 * («N Пр-1060», «№ Пр-2610») it is left as it stands, the sign already there; inside a word it is no index.
 */
const PRESIDENT_INDEX = /(?<![№NА-Яа-яЁёA-Za-z\d]\s?)Пр-(?=\d)/g;
/**
 * Round 192. «Зарегистрировано в Правительстве Калининградской области 30 октября 2023 г. в„– ГР/933/2023», «от 27 октября 2023 г. в„–
 * 1566/1» (a regional order's register and approval lines as a copy of a legal database prints them,
 * http://shkola-fan.ru/wp-content/uploads/2015/04/templates/index.php?docid=169817 — corpus-real-177; the first was `unparsed`,
 * «непонятное число «933»»): «в„–» is «№» whose UTF-8 bytes were read as Windows-1251 — the same sign, so the number after it is a
 * label wherever «№»'s would be. Same length: the sign takes the last of the three places, next to what follows it.
 */
const MOJIBAKE_NUMBER_SIGN = /в„–/g;
/**
 * Round 113. «16-10-2025 1 681 просмотр» and «7-02-2024,» (the date lines of a regional news site's post and of a republic's news
 * agency, https://vologda-poisk.ru/news/obschestvo/2022-god-obyavlen-v-rossii-godom-narodnogo-iskusstva-i-kulturnogo-naslediya and
 * https://aprlnr.su/glavnaja/37687-v-zorinskoj-shkole-10-proshla-torzhestvennaja-linejka-posvjaschennaja-otkrytiju-goda-semi.html —
 * corpus-real-101): a full date written day first with hyphens — a day, a month of two figures, a four-figure year — is that date, as
 * with dots (it was `unparsed`, «непонятное число «16»»): the hyphens become dots. Only hyphens (not dashes, which join ranges), and
 * not inside a longer run of figures, hyphens, dots or slashes, nor after «№» (a document's number «03-17-1165/17», a phone «58-70-25»
 * and a school year «2021-2022» read as before).
 */
/**
 * Round 156. «- С 13 - по 15 сентября проведены беседы в учебных группах …» (a district children's centre's report of its legal-education
 * month, https://www.prikcdt.ru/novosti-rajona/otchet-o-meropriyatiyakh-munitsipalnogo-byudzhetnogo-uchrezhdeniya-dopolnitelnogo-obrazovaniya-detej-prikubanskij-rajonnyj-tsentr-detskogo-tvorchestva-o-provedenii-meropriyatij-po-organizatsii-pravovogo-prosveshcheniya-v-sentyabre-2021
 * — corpus-real-144): a dash between the first day of a window after «с / со» and the «по / до» of its last day says the join twice,
 * so it is blanked: «с 13 - по 15 сентября» reads as «с 13 по 15 сентября» (it was `unparsed`, «непонятное число «13»»). Only a lone
 * day of one or two figures before the dash (dates with dots already read) and a figure right after «по / до».
 */
const DASH_BEFORE_PO = /(^|[^а-яё\d])(со?\s+\d{1,2})(\s*[-\u2010-\u2015\u2212])(?=\s*(?:по|до)\s+\d)/gi;
const HYPHEN_DATE = new RegExp(`(?<![\\d./-])(?<!№\\s?)(${DAY})-(0[1-9]|1[0-2])-((?:19|20)\\d\\d)(?![\\d/-]|\\.\\d)`, 'g');
/**
 * Round 194. «- 09-май-2021, 13:06» (the date line of a regional children's portal's news on the new «IT-куб» centres,
 * https://kuzyushka.ru/detjam/357-kostromskih-podrostkov-priglashajut-v-novye-it-kuby-kuzjushka.html — corpus-real-179; it was
 * `unparsed`, «непонятное число «09»»): a day, a month's name or its abbreviation and a four-digit year joined by hyphens — the
 * «d-M-Y» of a news engine: «09-май-2021», «12-окт-2020», «1-сен-2021», «15-февраля-2021» — are that date; the hyphens are blanked
 * so it reads as «09 май 2021». Only a month word the scanner's lists know (`MONTH_FORMS`, `MONTH_ABBREVIATIONS`), so «5-классы-2021»
 * and a number glued to a word stay as they were.
 */
/**
 * Round 227. «May 17, 2018, 10:50 AM» (the date line of a news agency's page of a city Duma's election plan,
 * https://eanews.ru/news/policy/Vybory_v_Ekaterinburgskuyu_gorodskuyu_Dumu_Plan_meropriyatiy_17_05_2018 — corpus-real-206; it was
 * `unparsed`, «непонятное число «17»»), corpus-real-108's «Дата публикации: Feb 13, 2020 6:27:25 AM» and corpus-real-184's «Post on
 * 05-Mar-2020» (known misses until now): an English month name in a date line's two shapes — before its day, a comma and a year of four
 * figures (the English order round 149 reads for «Фев. 25, 2023»), or between a day and a year with hyphens (round 194's
 * «05-мар-2020») — is that month: it becomes the Russian abbreviation, padded with spaces to the same length («Feb» → «фев», «March» →
 * «мар  », «May» → «май»). Only with a capital first letter and in those two shapes: a Latin word elsewhere («Mar», «Dec» of a code,
 * «May» of a name) stays as it was.
 */
const ENGLISH_MONTH = new RegExp(
  `(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)([a-z]*)(?=\\.?\\s?${DAY},?\\s(?:19|20)\\d\\d(?!\\d)|-(?:19|20)\\d\\d(?!\\d))`,
  'g',
);
const ENGLISH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Jan: 'янв', Feb: 'фев', Mar: 'мар', Apr: 'апр', May: 'май', Jun: 'июн', Jul: 'июл', Aug: 'авг', Sep: 'сен', Oct: 'окт', Nov: 'ноя', Dec: 'дек',
};
/**
 * Round 242. «11 January 2019 12:35» (the date line of a guardianship page, http://pervom.cit-vbg.ru/vosp-pedagog — corpus-real-210; it
 * was the range of 2019): an English month name after its day and before a year of four figures — the British order, «11 January
 * 2019», «5th of February 2019», «3 Sept. 2020» — is that month too, as round 227 reads it before the day; the day's ending («st», «nd»,
 * «rd», «th») and «of» are blanked («5th of February 2019» → «5        фев     2019»). Only with a year after it, as round 227's.
 */
const ENGLISH_DAY_MONTH = new RegExp(
  `(?<![\\dA-Za-z.])(${DAY})((?:st|nd|rd|th)?(?:\\s+of)?\\s+)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)([a-z]*)(?=\\.?,?\\s(?:19|20)\\d\\d(?!\\d))`,
  'g',
);
function englishDayMonth(m: string, day: string, between: string, head: string, tail: string): string {
  if (!ENGLISH_TAILS.test(tail)) return m;
  return day + ' '.repeat(between.length) + ENGLISH_ABBREVIATIONS[head]! + ' '.repeat(tail.length);
}
/** Full English names and their own abbreviations («Sept», «Febr.»): the rest of the word after the three letters is blanked. */
const ENGLISH_TAILS = /^(?:|t|uary|ruary|ch|il|e|y|ust|tember|ober|ember|r)$/;
function englishMonth(m: string, head: string, tail: string): string {
  if (!ENGLISH_TAILS.test(tail)) return m;
  if (m === 'Sept' || m === 'Febr') return m === 'Sept' ? 'сент' : 'февр'; // the four-letter abbreviations keep a glued dot glued
  return ENGLISH_ABBREVIATIONS[head]! + ' '.repeat(tail.length);
}
/**
 * Round 227. «С сегодняшнего дня (3 сентября) и до 9 сентября проходит досрочное голосование в помещении территориальной избирательной
 * комиссии …» (a district administration's news of early voting, http://admorlov.ru/vybory/o-nachale-dosrochnogo-golosovaniya/ —
 * corpus-real-206; it was `on` 09-03 and 09-09): «с сегодняшнего / завтрашнего дня» with its day written after it in brackets or between
 * commas is «с <день>», the start of the window that «до / по <день>» after it closes, as «С 3 сентября и до 9 сентября …» reads (→
 * range 09-03..09-09). The words «сегодняшнего дня» and the brackets or commas are blanked, the day kept. Only right after «с / со»,
 * only with a day and its month in words after them and only before «[и] до / по <день>» that closes the window: round 62's «с
 * сегодняшнего дня, 1 сентября» and «С завтрашнего дня, 28 октября, начинаются …» stay that day, and «Сегодня (3 сентября) …» reads as before.
 */
const FROM_TODAY = new RegExp(
  `(?<=(?:^|[^а-яё])со?\\s+)((?:сегодняшнего|завтрашнего)\\s+дня\\s*[(,]\\s*)(\\d{1,2}\\s+${MONTH_STEM}[а-яё]*)(\\s*[),])(?=\\s*(?:и\\s+)?(?:до|по)\\s+\\d)`,
  'gi',
);
/**
 * Round 227. «Первое в две тысячи тринадцатом году заседание территориальной избирательной комиссии Лужского района прошло десятого
 * января.» (a district TV's video report of a TIK's sitting, https://special.luga.ru/about/video?id=2479 — corpus-real-206; it was `on`
 * 2021-01-10, the year unread): a year of this century in ordinal words — «две тысячи» and an ordinal up to «тридцать девятый» in any
 * case, then «год / году / года» — is that year in figures, as the README reads days in ordinal words («десятого января»): the words
 * become the four figures, padded with spaces to the same length («две тысячи тринадцатом году» → «2013 … году»). Only with «две
 * тысячи» before the ordinal and a word of the year after it, so «две тысячи участников» or «в тринадцатом году» (no century) stay as
 * they were.
 */
const ORDINAL_YEAR = /(?<![а-яё])две\s+тысячи\s+(?:(двадцать|тридцать)\s+)?(перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)(?:ом|ого|ый|ой|ий|ем|его|ьем|ьего|ий)(?=\s+(?:год|году|года|г\.)(?![а-яё]))/gi;
const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  перв: 1, втор: 2, трет: 3, четверт: 4, пят: 5, шест: 6, седьм: 7, восьм: 8, девят: 9, десят: 10, одиннадцат: 11, двенадцат: 12,
  тринадцат: 13, четырнадцат: 14, пятнадцат: 15, шестнадцат: 16, семнадцат: 17, восемнадцат: 18, девятнадцат: 19, двадцат: 20, тридцат: 30,
};
function ordinalYear(m: string, tens: string | undefined, unit: string): string {
  const u = ORDINAL_UNITS[unit.toLowerCase()]!;
  const t = tens === undefined ? 0 : tens.toLowerCase() === 'двадцать' ? 20 : 30;
  if (t > 0 && u >= 10) return m; // «двадцать двадцатом» is no year
  return String(2000 + t + u) + ' '.repeat(m.length - 4);
}
const HYPHEN_MONTH_DATE = new RegExp(`(?<![\\d./-])(?<!№\\s?)(${DAY})-([а-яё]{3,8})-((?:19|20)\\d\\d)(?![\\d/-]|\\.\\d)`, 'gi');
/**
 * Round 282. «10.Март.2026» (a city library's calendar of events, its card of the День архивов,
 * https://mbstver.ru/mc-events/den-arhivov-2/?mc_id=3129 — corpus-real-243; it was the whole of March): a day, a month's name and a
 * year joined by dots, as a calendar plugin writes «d.F.Y», is that day, like round 194's «10-марта-2026» joined by hyphens; only a
 * month's name or abbreviation between the dots («10.мар.2026»), so «12.ГБОУ.2020» reads as before.
 */
const DOT_MONTH_DATE = new RegExp(`(?<![\\d./-])(?<!№\\s?)(${DAY})\\.([а-яё]{3,8})\\.((?:19|20)\\d\\d)(?![\\d/-]|\\.\\d)`, 'gi');
function hyphenMonthDate(m: string, day: string, word: string, year: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  return MONTH_FORMS.has(w) || MONTH_ABBREVIATIONS.has(w) ? `${day} ${word} ${year}` : m;
}
/**
 * Round 63. «Приказ №133/6 – ОД от 27.09.2021 г.» (a school's instruction on делопроизводство, its approval line,
 * https://primalka.kbrschool.ru/file/card?id=1008 — corpus-real-57): an act's number with its letter code after a spaced dash — «№133/6 –
 * ОД», «№ 45 - од», «№ 12 — П» — is one number, so the date after «от» is the act's label (round 40) as after «№133/6-ОД» (it was `on`
 * that day). Group 1 (the number) is kept, the dash and code blanked; only right before «от».
 */
/**
 * Round 145. «Всероссийский этап «Зарницы 2.0» состоится в сентябре.» (a regional education portal's news of the military-patriotic
 * game, https://edu.ruobr.ru/news/9712 — corpus-real-133; it was `unparsed`, «непонятное число «2.0»»): a version written after a
 * capitalised name — «Зарница 2.0», «Школа 2.0», «Web 3.0» — is part of the name, a label, not a number of the deadline; it is blanked.
 * Only one or two figures with «.0» and no figure or «.<figure>» after it, right after a word of three or more letters that starts
 * with a capital, so «в 9.00», «до 1.09» and dates read as before.
 */
const VERSION_NUMBER = /(?<=[А-ЯЁA-Z][а-яёa-z]{2,}\s)\d{1,2}\.0(?!\d|\.\d)/g;
const SPACED_NUMBER_CODE = /(№\s*\d+(?:[/.-]\d+)*)(\s+[-–—−]\s*[А-ЯЁA-Z]{1,5}|\s*[-–—−]\s+[А-ЯЁA-Z]{1,5})(?=\s+от\s)/gi;
/**
 * Round 278. «Закон Республики Крым от 4 июля 2017 года № 396-ЗРК/2017» (the act line of a Crimean law on the capital repair
 * contributions, https://prg.kz/m/amp/document/38880092 — corpus-real-239; it was a range of 2017, the year after the slash read as a
 * date): an act's number after «№» written with its letters and the year of the series after a slash — «№ 48-ЗРК/2014», «№ 396-ЗРК/2017»
 * — is one number, a label, and the year after the slash is blanked, so the act line reads as round 41's «от <дата> № …». Only right
 * after «№», a number of one to five figures, a hyphen and one to six letters; «№ 12/2017» (figures only) read as before.
 */
const ACT_NUMBER_SERIES_YEAR = /(?<=№\s{0,2}\d{1,5}-[А-ЯЁа-яё]{1,6})\/(?:19|20)\d\d(?!\d)/g;
/**
 * Round 278. «1 раз(а) в день», «1 раз(а) в неделю» (the «Периодичность» column of a Moscow manager's plan of works,
 * https://lk.dom.mos.ru/rd2arc/2020/1603298/form23_contractId_2342405.html — corpus-real-239; they were `unparsed`): the plural ending a
 * form writes in brackets after «раз» is the word «раз», and the bracket is blanked. Only «(а)» glued to «раз» with no letter before it.
 */
const TIMES_BRACKET_ENDING = /(?<=(?:^|[^а-яёa-z])раз)\(а\)/gi;
/**
 * Round 278. «До 1 декабря текущего года крымчане получат платёжные документы за ноябрь.» (news of the Crimean capital repair fund,
 * https://ruinformer.com/page/krymchane-dobrovolno-otdajut-svoi-milliony — corpus-real-239; it was a range from November 1): a month
 * after «за» later in a text that opens with its deadline «до / не позднее <день> <месяц>» is the month a bill or a report covers, a
 * note after the date (the README's «a date with a note»), as «за <период>» before a deadline already was (the README's Decisions). The «за <месяц>» is
 * blanked. Only a month's name in the nominative-accusative («за ноябрь») after a day and a month's genitive; «за 10 дней до …» and a
 * text with no such deadline before it read as before.
 */
const MONTH_COVERED_AFTER_DEADLINE = new RegExp(
  `(?<=(?:^|[\\s(])(?:до|не\\s+позднее)\\s+\\d{1,2}\\s+${MONTH_GENITIVE}(?![а-яё])[^;]*?)(?<=\\s)за\\s+${MONTH_NOMINATIVE}(?![а-яё])`,
  'gi',
);
/**
 * Round 63. «Данная форма введена в действие, начиная с отчета за 2019 год» (a federal statistical form's note,
 * https://normativ.kontur.ru/document?moduleId=44&documentId=40818&from=similarforms) and «…, руководители предоставляют сведения о
 * доходах, …, начиная с доходов за 2012 год.» (https://spb.aif.ru/society/705292 — both corpus-real-57): «с / начиная с» the report,
 * the returns or the data «за <год>» is from that year on — a start, like «начиная с 2019 года» (they were a window of that year). The
 * noun and its «за» are blanked (group 2), «с» kept (group 1). Only a year in figures after «за».
 */
const FROM_REPORT_FOR = /((?:^|[\s,(])(?:начиная\s+)?со?\s+)((?:отч[её]т(?:а|ов|ности)?|доход(?:а|ов)|сведений|данных|расход(?:а|ов))\s+за\s+)(?=(?:19|20)\d\d(?![\d.]))/gi;
/**
 * Round 63. «2.3. Из числа членов комиссии на ее первом заседании … сроком на 1 год выбираются заместитель председателя и секретарь.»
 * (a school's rule of its dispute commission, https://xn--205-5cdozfc7ak5r.xn--80acgfbsl1azdqr.xn--p1ai/file/card?id=4503 —
 * corpus-real-57): a term of office or of validity «сроком на N год / лет / месяцев» says for how long, not when — a label (it was
 * `unparsed`, «непонятное число «1»»); the event or date elsewhere decides. The count (group 2) is blanked, the words kept.
 */
const TERM_OF = /((?:^|[\s,(])сроком\s+на\s+)(\d{1,2})(?=\s*(?:год|года|лет|месяц|месяца|месяцев)(?![а-яё]))/gi;
/**
 * Round 197. «План может быть составлен на срок от одного года до трех:» (an article on anti-corruption plans copied in a gist,
 * https://gist.github.com/c503fedc16523fe47898dc66ad26d9ea — corpus-real-181; it was `event` «одного года до трех»): a term given as a
 * span of lengths, «на срок / сроком от <число> <ед.> до <число> [<ед.>]», says for how long, like round 63's «сроком на 1 год» — a
 * label; its «до» is no offset before an event («2 недели до экзамена»). The «до» and the count after it (group 2) are blanked, so the
 * first length is a bare span. Only after «на срок / сроком от» and with a unit after the first count: «за 2 недели до 15 мая» reads as
 * before.
 */
const TERM_SPAN_COUNT = '(?:\\d{1,2}|одного|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти)';
const TERM_SPAN = new RegExp(
  `((?:^|[\\s,(])(?:на\\s+срок|сроком)\\s+от\\s+${TERM_SPAN_COUNT}\\s+(?:года?|лет|месяц(?:а|ев)?|недел[иь]|дн(?:я|ей)|суток)\\s+)(до\\s+${TERM_SPAN_COUNT}(?:\\s+(?:года?|лет|месяц(?:а|ев)?|недел[иь]|дн(?:я|ей)|суток))?)(?![а-яё\\d])`,
  'gi',
);
/**
 * Round 62. «19. Порядок отчисления и зачисления детей на программы ДО в ЕИС «Навигатор» [18.08.2023]» (a region's news list on the
 * Навигатор of дополнительное образование, https://dapp-looksrare.org/301224/novosti-navigator-dopolnitelnogo-obrazovaniya-47-leningradskaya-oblast
 * — corpus-real-56): «ДО» in capitals in a text that is not in capitals, with a preposition, a conjunction or a punctuation mark after
 * it («программы ДО в ЕИС», «ФОП ДО, НОО», «педагоги ДО и …», «(ДО)»), is the abbreviation of дошкольное / дополнительное образование,
 * never «до» (it was `by` the day after it); so is «ДО» right after a programme's abbreviation («ФОП ДО (май 2023)», «ФГОС ДО»).
 * «ДО 15.05.2021», «сделать ДО конца года» keep their «до». Round 92: so is «ДО» right after the abbreviation of an organisation's
 * form («Данный проект разработан МБУ ДО «Центр ППСС» на 2021-2024 годы.», a centre's project on 1urok.ru,
 * https://www.1urok.ru:443/categories/23/articles/76670 — corpus-real-81; it was `by` 2020-12-31, «до … 2021-2024 годы»): «МБУ ДО», «МАУ
 * ДО», «МБОУ ДО», «ГБУ ДО», «ГАОУ ДО», «КГБУ ДО», «ОГАУ ДО», «АНО ДО», «ЧУ ДО» — an учреждение дополнительного образования (a capital
 * word of three to six capitals ending in «У» opening with «М», «Г», «О» or «К», «АНО», «ЧУ»; not «ОУ ДО 15 мая»).
 */
const ABBREVIATION_DO = /(?<![А-ЯЁа-яёA-Za-z])((?:(?:ФОП|ФГОС|ФАОП|АООП|ООП|АОП|ОП|[МГОК][А-ЯЁ]{1,4}У|АНО|ЧУ)\s+)?)ДО(?![А-ЯЁа-яёA-Za-z])/g;
/** What may follow the abbreviation «ДО» (`ABBREVIATION_DO`) when no programme's name stands before it. */
const AFTER_ABBREVIATION_DO = /^(?:\s*[,;:)»]|\s+(?:в|во|и|или|на|для|по|НОО|ООО|СОО)\s)/;
/** `ABBREVIATION_DO`'s replacement: «ДО» → spaces after a programme's name or before a word that cannot start a date. */
function abbreviationDo(m: string, head: string, at: number, whole: string): string {
  return head !== '' || AFTER_ABBREVIATION_DO.test(whole.slice(at + m.length, at + m.length + 8)) ? head + '  ' : m;
}
/**
 * Round 111. «Ярмарки проходили в таких регионах, как Кинель - 14 марта, пос. Смышляевка - 22 марта, …, с. Приволжское - 9 апреля, …,
 * с. Новоспасское - 27 апреля.» (a pedagogical university's news of the fairs of professional education in Samara villages,
 * https://pgsga.ru/infocenter/news/5191.html — corpus-real-99): «с.» with its dot before a capitalised word is the abbreviation of
 * «село» («с. Приволжское», «с.Ивановка», «с.п. Ивановка» for сельское поселение, «С.-Петербург») or a person's initial («С. Петров»,
 * «А.С. Иванов»), never the preposition «с», which is written with no dot (it made «с. Приволжское - 9 апреля» open-ended from 04-09 and
 * the list a window). Blanked; a month's name after it («С. Сентября по декабрь», a stray dot) keeps the preposition.
 */
/**
 * Round 239. «В ближайшее воскресенье, 19 февраля, в Московском педагогическом государственном университете пройдет торжественное
 * празднование начала Года педагога и наставника.» (a social news site on the opening of the Year of the teacher and mentor,
 * https://www.socialinform.ru/torzhestvennye-meropriyatiya-k-200-letiyu-k-d-ushinskogo-projdut-19-fevralya-v-moskovskom-pedagogicheskom-gosudarstvennom-universitete/amp
 * — corpus-real-216; it was a window from 2021-01-01, «начала года» the start of the calendar year): «Год» written with a capital
 * inside a sentence, before the noun it is named for («Года семьи», «в Году педагога и наставника», «Годом защитника Отечества»,
 * «Года науки и технологий», «Года Защитника Отечества»), is the name of a themed year, no period of time: blanked like a title. Only
 * after a lower-case letter, a comma, a bracket or a quote and its spaces, or right after an opening quote; «Год» at the start of a text
 * or after a full stop, «Год 2021», «2024 год», «года семьи» in lower case and «Учебного Года» with nothing after it read as before.
 */
const THEMED_YEAR =
  /(?<=(?<![а-яё])(?:начал[аеоу]|конц[аеу]|окончани[яеи]|середин[аеуы])\s{1,3})Год(?:а|у|е)(?=\s+(?:(?!включительно|назад|вперед|вперёд|спустя|тому)[а-яё]{3,}|(?:Защитника|Педагога|Семьи|Учителя|Науки|Театра|Литературы|Кино|Экологии|Культуры|Памяти|Добровольца|Волонтера|Волонтёра|Качества|Благоустройства|Мира|Единства|Народного|Культурного|Российского|Исторической|Малой)(?![а-яё])))/g;
const SETTLEMENT_S = /(?<![А-ЯЁа-яёA-Za-z0-9])[сСcC]\.(?:\s?п\.|-)?(?=\s?([А-ЯЁ][А-ЯЁа-яё]*))/g;
/**
 * Round 171. «Годовой календарный учебный график МБДОУ д/с «Салам» на 2021-2022 учебный год» (a kindergarten's calendar graph,
 * https://dag-salam.tvoysadik.ru/file/card?id=3459 — corpus-real-159; it was open-ended from 2021-09-01): a single letter glued to a
 * slash or a backslash and to a single letter on its other side is one abbreviation («д/с» детский сад, «с/х» сельское хозяйство, «в/ч»
 * воинская часть, «д\с»), never the preposition «с», «в» or «к», which made «д/с «Салам» на <учебный год>» a start read across the
 * quoted name. Blanked; a letter with a word or a figure glued to it on either side («с/по», «1/с») is left as it is.
 */
const SLASHED_ABBREVIATION = /(?<![А-ЯЁа-яёA-Za-z0-9])[А-ЯЁа-яё][/\\][А-ЯЁа-яёcC](?![А-ЯЁа-яёA-Za-z0-9])/g;
/**
 * Round 267. «2 апреля 2024г. в МБДОУ д/с 12 г.Кропоткин МО Кавказский район состоялось отчётно-выборное профсоюзное собрание.» (a
 * kindergarten's news of its union's report-and-election meeting, https://ds12.uokvz.ru/news/meropriyatiya/otchyotno-vybornoe-profsoyuznoe-sobranie
 * — corpus-real-232; it was `unparsed`, «непонятное число «12»»): after an institution's number of one to three figures — right after
 * the abbreviation of an educational organisation or a school's type («МБДОУ», «ДОУ», «МБОУ», «СОШ», «ООШ»), «д/с» after one, or the
 * noun «школа», «лицей», «гимназия» — «г.» before a capitalised word is «город», the town the institution is in, never the «г.» of a
 * two-figure year, so it is blanked and round 127's `organisationNumber` and round 166's `schoolNounNumbers` take the number as a
 * label («в МБДОУ 12 г.Кропоткин», «в школе 5 г. Томска»). Not before a month's name, and not after «№», a day or any other word («5
 * мая 22 г. Москва», «22 г. 5 мая» read as before).
 */
const INSTITUTION_TOWN =
  /(?<=(?<![А-ЯЁа-яё])(?:[МГ]?[БАК]?Д?О[УО]|СОШ|ООШ|НОШ|СШ|[Шш]кол(?:а|ы|е|у|ой)?|[Лл]ице[йяюе]|[Гг]имнази(?:я|и|ю|ей))(?:\s{1,3}[Дд]\/[Сс])?\s{1,3}\d{1,3}\s{0,3})г\.(?=\s{0,2}(?!(?:Январ|Феврал|Март|Апрел|Ма[йяею]|Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр))[А-ЯЁ][а-яё]{2})/g;
/**
 * Round 171. «с 01.июля по 31 августа 2020г.» (a cell of the Dzheyrakh kindergarten's calendar graph, https://zolushkari.ru/index.php/
 * 2016-07-09-13-55-25/obrazovanie/87-… — corpus-real-159; it was `unparsed`, «непонятное число «01»»): a day of one or two figures glued
 * by a dot to a month's name in the genitive is that day of the month, as with a space («01 июля»). Only the genitive in lower case: a
 * list item's number before a capitalised month («1.Сентябрь») is the item's, as round 2's leading numbers are.
 */
const DAY_DOT_MONTH = new RegExp(`(?<![0-9.,])([0-3]?[0-9])\\.(?=${MONTH_GENITIVE}(?![а-яё]))`, 'g');
/** `SETTLEMENT_S`'s replacement: the abbreviation → spaces, unless a month's name in any case follows it (`MONTH_FORMS`, the scanner's own list). */
function settlementS(m: string, word: string): string {
  return MONTH_FORMS.has(word.toLowerCase().replace(/ё/g, 'е')) ? m : blank(m);
}
/**
 * Round 62, part 4. «Оплачивать дополнительное образование детей старше 5 лет с 1 сентября 2022 года можно будет специальными
 * сертификатами.» (a city's news on ПФДО certificates, https://newdaynews.ru/ekaterinburg/751571.html — corpus-real-56), «Сертификат
 * выдается ребенку один раз и действует до достижения им 18 лет.» (http://mau-sfera.ru/dejatelnost-organizacii/personificirovannoe-finansirovanie-dop-/chto-takoe-sertifikat/):
 * an age is a label, never a span or a deadline — «старше / младше / моложе N лет», «в возрасте [от] N [до M] лет», a noun of
 * children before «[от / с] N[-M / до M] лет» («детей 5-7 лет», «для детей до 3 лет», «детей с 5 до 18 лет»), and «до достижения [им
 * / ребенком / возраста] N лет» (they were `unparsed`, «срок отсчитывается от события: «5 лет»», or `event`). Group 1 is kept; the age
 * is dropped with its «от / с / до» («до достижения …» with it). «через 5 лет», «в течение 5 лет» keep their reading.
 * Round 117. «Возраст участников с 14 лет до 21 года.» (a school's page on a research contest,
 * https://sh-nyuksenskaya-r19.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/olimpiady-i-konferentsii/sobytiya_21.html — corpus-real-105):
 * the noun «возраст» with up to two words and a colon or dash after it, and «участник*», introduce an age too, and «N лет до M лет /
 * года» is one age like «N до M лет» (it was `event`, «14 лет до 21 года»).
 */
/**
 * Round 120. «Другая заявительница, имеющая ребенка возраста 1 год и 3 месяца, обратилась с вопросом - возможно ли уже с октября
 * определить ребенка в дошкольное учреждение.» (a party's news of a day of receiving preschoolers' parents,
 * https://kaluga.er.ru/activity/news/shestoj-vserossijskij-den-priema-roditelej-doshkolnikov — corpus-real-108): a child's age is
 * written with its months too, as kindergartens' pages write it — months after the years («1 год и 3 месяца», «от 1 года 6 месяцев
 * до 3 лет», «2 лет 3 месяцев»), months before «до» and the upper age («от 2 месяцев до 3 лет», «с 2-х месяцев до 7 лет»), half a
 * year in figures («с 1,5 до 3 лет», «от 1,5 лет»), and months alone after «в возрасте / возраст*» («в возрасте 3 месяцев», «в
 * возрасте с 2 месяцев») — all a label like the years (the months were a span, `unparsed` «срок отсчитывается от события: «3
 * месяца»», and the window beside them lost); so is an age in brackets after «возраст*» («детей раннего возраста (от 1 года 6
 * месяцев до 3 лет)», whose «до 3 лет) … 1 октября» was read as by that day). Months alone after a noun of children («ребенок 3
 * месяца не посещал …») stay a span.
 */
const AGE_NUM = '\\d{1,2}(?:[,.]\\d)?';
const AGE_END = '(?:-?х|-?ти|-?и)?';
const AGE_YEARS = '(?:лет|года|год)(?![а-яё])';
const AGE_MONTHS = 'месяц(?:а|ев)?(?![а-яё])';
const AGE_AND_MONTHS = `(?:\\s+(?:и\\s+)?\\d{1,2}${AGE_END}\\s+${AGE_MONTHS})?`;
const AGE_NUMBER =
  `(?:${AGE_NUM}(?:\\s*[-–—]\\s*${AGE_NUM}|\\s+(?:${AGE_YEARS}${AGE_AND_MONTHS}\\s+)?до\\s+${AGE_NUM})?${AGE_END}\\s+${AGE_YEARS}${AGE_AND_MONTHS}` +
  `|\\d{1,2}${AGE_END}\\s+${AGE_MONTHS}\\s+до\\s+${AGE_NUM}${AGE_END}\\s+(?:${AGE_YEARS}|${AGE_MONTHS}))`;
/** Round 120: months alone after «в возрасте / возраст*» («в возрасте 3 месяцев», «возраст: с 2 месяцев»), a label like `AGE`. */
const AGE_IN_MONTHS = new RegExp(
  `((?<![а-яё])(?:в\\s+возрасте|возраст[а-яё]*\\s*[:—–-]?)\\s+)((?:(?:от|с|до)\\s+)?\\d{1,2}${AGE_END}\\s+${AGE_MONTHS})`,
  'gi',
);
/**
 * Round 238. «При этом все занятия в центрах для людей от 60 до 80 лет будут проводиться бесплатно уже начиная с мая текущего года.» (a
 * news item on centres for the elderly, https://news.myseldon.com/ru/news/index/311482895?requestId=ecd18ce7-d678-449d-9dd6-6d1aa0830c17
 * — corpus-real-215; it was `unparsed`, «непонятное число «60»»): an age after a noun of people — «людей / люди / людям», «граждан…»,
 * «пенсионер…», «женщин…», «мужчин…» — is a label like one after a noun of children (→ `ongoing` from 05-01).
 * Round 266. «Принять участие в ней могут школьники от 7 до 17 лет, а также студенты СПО от 18 лет до 21 года из всех регионов России.»
 * (a city's news on the «Зарница 2.0» game, https://birobidzhan-news.net/other/2025/02/28/150805.html — corpus-real-231; it was `event`,
 * «18 лет до 21 года …» an offset before an event): «студент…» is such a noun too, with the kind of school after it or not («студенты
 * СПО», «студентов вузов / колледжей / техникумов») — the age after it is a label (→ `unparsed`, nothing else in the sentence is a time).
 * «студенты 2 курса», «за 2 года до выборов» read as before.
 */
const AGE = new RegExp(
  `((?<![а-яё])(?:(?:старше|младше|моложе|в\\s+возрасте|возраст[а-яё]*(?:\\s+[а-яё]+){0,2}\\s*[:—–-]?|участник[а-яё]*|дет[а-яё]*|ребен[а-яё]*|обучающ[а-яё]*|учащ[а-яё]*|воспитанник[а-яё]*|школьник[а-яё]*|студент[а-яё]*(?:\\s+(?:спо|вуз[а-яё]*|колледж[а-яё]*|техникум[а-яё]*))?|подростк[а-яё]*|люд[еия][а-яё]*|граждан[а-яё]*|пенсионер[а-яё]*|женщин[а-яё]*|мужчин[а-яё]*)\\s+|возраст[а-яё]*\\s*\\(\\s*))((?:(?:от|с|до)\\s+)?${AGE_NUMBER})|(?<![а-яё])до\\s+достижени[яи]\\s+(?:(?:им|ими|ею|ребенком|ребёнком|детьми|обучающимся|возраста)\\s+)?${AGE_NUMBER}`,
  'gi',
);
/**
 * Round 108. «В следующем году такой форме обучения, как семейное образование исполнится 30 лет.» (a newspaper's piece on family
 * education, http://semlot.ru/zdravookhranenie/91-actual/education/11861-semya-kak-shkola), «— Нашему проекту уже 3 года, и сейчас идет
 * набор на следующий учебный год, …» (a city portal's interview with an externat school, https://e1.ru/text/education/2023/04/10/72206276 —
 * both corpus-real-96): the years a thing turns or has lasted — after a verb of turning («исполнится», «исполняется», «исполнилось»,
 * «исполнилось бы») or after «уже» («уже 3 года», «вот уже 20 лет»), with «ровно / почти / более / около / свыше» between — are its age,
 * a label like `AGE` (they were `unparsed`, «срок отсчитывается от события: «30 лет»», «непонятное число «3»»); the dates and windows of
 * the sentence are read as before. Not before «со дня / с даты / с момента / после / как»: «исполнилось 100 лет со дня рождения …» keeps
 * its event and «уже 3 года как …» its reading; «через 3 года», «в течение 3 лет» and «уже через 3 года» are untouched.
 * Round 154. «Ребенку должно исполниться 6 лет не позднее 1 сентября этого года, а к обучению в школах на указанных территориях нужно
 * приступить не позже 15 сентября.» (a newspaper's report of the payments to the schoolchildren of new regions,
 * https://rg.ru/amp/2022/08/24/putin-poruchil-vyplatit-po-10-tysiach-rublej-na-shkolnikov-donbassa.html — corpus-real-142; it was
 * `unparsed`, «срок отсчитывается от события: «6 лет»»): the infinitive «исполниться / исполняться» after «должно / может / успеть» is
 * the same verb of turning, so the years after it are an age too.
 */
const AGE_OF_THING = new RegExp(
  `((?<![а-яё])(?:исполн(?:ится|ятся|яется|яются|илось|ился|илась|ились|иться|яться)(?:\\s+бы)?|уже)\\s+(?:(?:ровно|почти|более|около|свыше)\\s+)?)(\\d{1,3}\\s+(?:лет|года|год)(?![а-яё]))(?!\\s+(?:со\\s+дня|с\\s+даты|с\\s+момента|после|как)(?![а-яё]))`,
  'gi',
);
/**
 * Round 216. «Старшему сыну исполнилось 3 и осенью мы собрались отправить его в сад.» (a mother's blog on her son's adaptation to the
 * kindergarten, https://dzen.ru/a/Xsk1uYCna20QteqH — corpus-real-198; it was `unparsed`, «непонятное число «3»»): the count after a
 * verb of turning with no «лет / года» after it is an age all the same, a label like round 108's `AGE_OF_THING`; the season and the
 * dates of the sentence are read as before. One or two figures, closing the clause: a mark, the end, or «и / а / но / когда / уже»
 * after them, so «исполнится 7 сентября», «исполнилось 3.09» and «исполнится 6 лет» (round 108's) read as before.
 */
const AGE_OF_THING_BARE = new RegExp(
  `((?<![а-яё])исполн(?:ится|ятся|яется|яются|илось|ился|илась|ились|иться|яться)(?:\\s+бы)?\\s+(?:(?:ровно|почти|уже|только)\\s+)?)(\\d{1,2})(?=\\s*(?:[,;!?)]|\\.(?!\\s*\\d)|$)|\\s+(?:и|а|но|когда|уже)(?![а-яё]))`,
  'gi',
);
/**
 * Round 121. «После 15 лет подросток может подписать согласие сам.» (a news agency's piece on the социально-психологическое
 * тестирование, https://www.nakanune.ru/news/2025/10/15/22842243/ — corpus-real-109; it was `event`, «после 15 лет …»): an age after
 * «после / с / до / от» with the noun of the child right after it («подросток», «ребёнок», «школьник», «обучающиеся», «ребята», «дети»)
 * is the child's age, a label like `AGE`, written before the noun where `AGE` has it after; the preposition goes with it, so «после» is
 * no event left alone. «через 3 года после …», «в течение 5 лет» and «после 5 лет работы» are untouched.
 */
const AGE_BEFORE_CHILD = new RegExp(
  `(?<![а-яё])(?:после|с|со|до|от)\\s+${AGE_NUM}${AGE_END}\\s+${AGE_YEARS}(?=\\s+(?:подрост|ребен|ребён|ребят|дет|школьник|обучающ|учащ|ученик|несовершеннолет)[а-яё]*)`,
  'gi',
);
/**
 * Round 148. «В этом году свои силы в конкурсе испытали 54 педагога со стажем работы до трех лет.» (a regional news site on the
 * contest «Педагогический дебют», https://360.ru/news/mosobl/pobeditelej-oblastnogo-konkursa-molodyh-uchitelej-nagradili-v-podmoskove/ —
 * corpus-real-136; it was `by` 2020-12-31, «до … лет» read against «в этом году»): a length of service after «стаж* / опыт*» — with up
 * to seven words between («стаж работы в сфере образования на территории региона не менее 15 лет», «со стажем педагогической работы до
 * 3 лет», «с опытом работы от года до пяти лет») and a count in figures or in words, with «не менее / не более / более / свыше / от /
 * до» before it or not — is who may take part, a label like an age (`AGE`), never a time: it is blanked, and the dates and windows of
 * the sentence are read as before. A span after «стаж*» with an event («стаж … исчисляется со дня …») keeps it: only «лет / года /
 * год» closing the count are taken, and what follows is read.
 */
const SERVICE_COUNT = `(?:\\d{1,2}(?:[,.]\\d)?(?:-?х|-?ти|-?и)?|${CARDINAL_WORDS})`;
/** One length of service: «до 3 лет», «от 1 до 3 лет», «не менее 15 лет», «свыше 3 лет». */
const SERVICE_SPAN = `(?:(?:не\\s+)?(?:менее|более|свыше|больше|меньше)\\s+|(?:от|с|со)\\s+(?:${SERVICE_COUNT}\\s+)?(?:(?:лет|года|год)\\s+)?до\\s+|до\\s+)?${SERVICE_COUNT}\\s+(?:лет|года|год)(?![а-яё])`;
/**
 * Round 181. «Конкурсная программа предусматривает две категории участников: со стажем педагогической деятельности от 1 до 3 лет и
 * свыше 3 лет.» (a Kazan paper's news of a contest of young college teachers,
 * https://kazved.ru/news/v-rt-startuetprofessionalnyi-konkurs-dlya-molodyx-pedagogov-5883327 — corpus-real-167; it was `event`, «свыше 3
 * лет» read as a threshold like «пропустившие более 3 дней»): a second length joined to the first by «и / или / либо» is a length of the
 * same service, a label too; only a length of the same shape right after the conjunction («и свыше 3 лет», «или более 10 лет»).
 */
const SERVICE_LENGTH = new RegExp(
  `((?<![а-яё])(?:стаж|опыт)(?:а|ом|ем|у|е)?(?:\\s+[а-яё]+){0,7}?\\s+)(${SERVICE_SPAN}(?:\\s*,?\\s+(?:и|или|либо)\\s+${SERVICE_SPAN})?)`,
  'gi',
);
/**
 * Round 175. «до 7 лет - круглосуточно», «от 7 до 14 лет - с 21 до 6 часов» (the items of a page on the curfew for minors, the hours
 * for each age, http://xn--80aaafcqvsexldstc7i6e.xn--p1ai/the-news/2631-komendantskij-chas-dlya-detej-i-podrostkov — corpus-real-161;
 * the first was `unparsed`, «срок отсчитывается от события: «7 лет»»): an age opening the text — «до N лет», «от / с N до M лет» — with
 * a dash right after it is the item's label, the age group the rest of the line is for, like the ages `AGE` reads after a noun of
 * children; what follows the dash is read as before («круглосуточно» is daily work). Only at the very start, only before a dash and
 * a word that opens no window of figures («до 16 лет - с 23 до 6 …» keeps its reading, the hours of the window after it): «до 5 лет»
 * alone, «до 3 лет - 15 сентября», «срок хранения до 5 лет» and «в течение 5 лет» keep theirs.
 */
const AGE_ITEM = new RegExp(
  `^(\\s*)((?:(?:от|с)\\s+${AGE_NUM}${AGE_END}\\s+(?:${AGE_YEARS}\\s+)?)?до\\s+${AGE_NUM}${AGE_END}\\s+${AGE_YEARS})(?=\\s*[-–—]\\s*(?![а-яё]{1,2}\\s+\\d)[а-яё])`,
  'i',
);
/** `AGE`'s replacement: the age → spaces (its introducing words kept, «до достижения …» dropped with it). */
function age(m: string, head: string | undefined, num: string | undefined): string {
  return head !== undefined && num !== undefined ? head + ' '.repeat(num.length) : ' '.repeat(m.length);
}
/** «2.4.1. К написанию …»: a clause number of three parts at the start (the last one a single digit, so never a year). */
/**
 * Round 220. «2 дня – 23.02, 08.03» and «1 день – 04.11» (a university's graph of the learning process, the column of non-working
 * holidays, https://spb.hse.ru/ba/hist/calendar — corpus-real-200; they were `unparsed`, the bare span «2 дня»): a count of days opening
 * the cell, a dash or a colon and a day in figures right after it says how many days the dates are, a label like «25 человек», so the
 * dates are read («9 дней – 31.12 – 08.01» is the window). Only at the start, only «день / дня / дней» (with «календарных / рабочих /
 * выходных / нерабочих / праздничных» or not) and only before a figure: «10 дней со дня …», «в течение 10 дней – 15.09» read as before.
 */
const DAYS_COUNT_HEAD = /^\s*\d{1,3}\s+(?:(?:календарн|рабоч|выходн|нерабоч|праздничн)[а-яё]{2,3}\s+)?(?:день|дня|дней)\s*[:\u2010-\u2015\u2212-](?=\s*\d)/i;
/**
 * Round 220. «Прием на обучение в соответствии со стандартом, утвержденным данным документом, прекращается с 31 декабря 2022 года
 * (Приказ Минпросвещения России от 26.08.2022 N 778).» (a legal database's note on a ФГОС СПО,
 * https://consultant.ru/document/cons_doc_LAW_169190/0adc14c4f4cef2ff7c9f8e6ffc595efe524ccdf0 — corpus-real-200; it was open-ended from
 * that day, with no due): «с» between round 124's intransitive verb of ending «прекращается / прекращаются / прекратится / прекращен…»
 * and a day in figures says from which day the thing no longer goes on — the day it ends, so «с» is dropped and the verb reads as
 * «прекращается 31 декабря 2022 года» (by that day). The transitive «С 15 мая библиотека прекращает выдачу …» (the start of a pause)
 * reads as before.
 */
const ENDING_FROM = /(?<=(?:^|[^а-яё])(?:прекраща(?:ется|ются|лся|лась|лось|лись)|прекрат(?:ится|ятся)|прекращен[аоы]?)\s+)со?(?=\s+\d)/gi;
/**
 * A clause number of three parts, the last one a single digit, with its closing dot at the start: «2.4.1. К написанию …». Round 249:
 * also glued to the word after it — «2.4.1.К написанию итогового сочинения …», «5.1.2.Региональный этап проводится с 15 февраля …»,
 * «1.10.1.Срок начала приема … – не позднее 20 июня.» (a text copied from a PDF or a page that lost the space; they were `unparsed`,
 * «непонятное число «2.4»»): three such parts are no date, so a letter right after the dot is the clause's first word.
 */
const CLAUSE_NUMBER = /^\s*\d{1,2}\.\d{1,2}\.\d\.(?=\s|[А-ЯЁа-яё])/;
/** «… остаётся за педсоветом учебных учреждений. 1»: a footnote number after the last sentence (after a word and its full stop). */
const FOOTNOTE = /(?<=[а-яёa-z)»"][.!?])\s+\d{1,2}\s*$/i;
/**
 * Round 220. «Согласно тексту приказа №457 Минпросвещения от 2 сентября 2020 года 1, колледжи России начинают прием заявлений на
 * поступление не позднее 20 июня.» (a college's news on its admission, https://mkep.ru/bezopasnost/protivodeystvie_korruptsii/priemnaya_kompaniya_2024_20240705
 * — corpus-real-200; it was `unparsed`, «непонятное число «1»»): a footnote mark inside a sentence — one figure after a year and its
 * «года / г.», then a comma and a word — is dropped like round 13's footnote after the last sentence. Not before a figure («2020 года 1,
 * 2 и 3 …» lists days) and not without «года / г.».
 */
const YEAR_FOOTNOTE = /(?<=(?:19|20)\d\d\s?(?:года|г\.))\s+[1-9](?=,\s+[а-яё]{2,})/gi;
/**
 * Round 96. «С первых дней июня при 16 школах и 3 филиалах Первомайского района начали свою работу лагеря с дневным пребыванием детей.»
 * (a district's news of its school camps, http://perv.edu22.info/novosti/1094-otkrytie-prishkolnykh-lagerej-v-pervomajskom-rajone —
 * corpus-real-85; it was the window of all June): «первые дни / первые числа» of a month are its beginning, read as «начало»
 * («с первых дней июня» as «с начала июня», «в первых числах июня» as «в начале июня»: the first ten days). Only right before a
 * month's name; the word put in keeps the case («начала» for «первых дней / чисел», «начале» for «первые дни / числа» and «первых
 * днях / числах») and the length (spaces after it).
 */
/**
 * Round 214. ««Школьные» автобусы планируется проверить при работе на линии, особенно в первые дни нового учебного года.» (a
 * district news site's report of the traffic police's check of school buses, https://ustyuzhna.com/news/districts/prieddvierii-shkolnogho-siezona-sotrudniki-gosavtoinspiektsii-ustiuzhienskogho-raiona-provieli-provierku-shkolnykh-avtobusov.html
 * — corpus-real-196; it was `unparsed`): the first days of a school year («первые дни [нового / текущего / следующего] учебного
 * года») are its beginning too, read as «в начале учебного года» (round 96's reading of a month's first days), the month the school
 * year starts with. Round 19's first days of work or study («в первые дни обучения», «пребывания») stay events.
 */
const FIRST_DAYS = new RegExp(`(?<![а-яё])перв(?:ые|ых)\\s+(?:дн(?:и|ей|ях)|числ(?:а|ах)|чисел)(?=\\s+(?:${MONTH_STEM}|(?:(?:нового|текущего|следующего)\\s+)?учебного\\s+года))`, 'gi');
function firstDays(m: string): string {
  const word = /(?:дней|чисел)$/i.test(m) ? 'начала' : 'начале';
  return word + ' '.repeat(m.length - word.length);
}
/**
 * Round 96. «235 детей и подростков планируется оздоровить за три летних месяца в стационарном лагере.» (a district's news of its
 * summer camps, https://saby.tatarstan.ru/index.htm/news/2091750.htm — corpus-real-85; it was `event`, «за три летних месяца» read as
 * an offset): the (three) months of a season named by its adjective — «летние месяцы», «за три летних месяца», «в течение трех летних
 * месяцев», «в зимние месяцы» — are that season, read as its noun in the case the months stand in («летом», «лето», «лета»). Same
 * length (spaces after the noun).
 */
const SEASON_MONTHS = /(?<![а-яё])(?:(?:три|трех|трёх|3|3-х)\s+)?(летн|зимн|осенн|весенн)(?:ие|их)\s+месяц(ев|а|ы|ах|ам)(?![а-яё])/gi;
const SEASON_NOUN: Record<string, [gen: string, acc: string, ins: string]> = {
  летн: ['лета', 'лето', 'летом'],
  зимн: ['зимы', 'зиму', 'зимой'],
  осенн: ['осени', 'осень', 'осенью'],
  весенн: ['весны', 'весну', 'весной'],
};
function seasonMonths(m: string, adj: string, ending: string): string {
  const forms = SEASON_NOUN[adj.toLowerCase()]!;
  const e = ending.toLowerCase();
  const word = e === 'ев' ? forms[0] : e === 'а' ? forms[1] : forms[2];
  return word + ' '.repeat(m.length - word.length);
}
/**
 * Round 110. «Ученики 6 класса МОУ Ховринская ООШ проходят отработку в летнее время .» (a village school's news of its summer work on
 * the school plot, https://shkolaxovrinskaya-r73.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_119.html —
 * corpus-real-98; it was `unparsed`): «в летнее / зимнее / осеннее / весеннее время» is the season, read as its noun («летом»), as
 * round 96 reads «в летние месяцы». Only after «в / во», so «переход на летнее время» (the clocks) is not a season, and only with the
 * adjective right before «время» («в летнее каникулярное время» stays the holidays). Same length (spaces after the noun).
 */
// a yearly repeat beside it spans the period, as round 67 decided for «Ежегодно в летнее время …» (corpus-real-61)
const YEARLY_WORD = /(?<![а-яё])(?:ежегодн|каждый\s+год|каждого\s+года)/i;
const SEASON_TIME = /(?<![а-яё])(в|во)\s+(летн|зимн|осенн|весенн)ее\s+время(?![а-яё])/gi;
function seasonTime(m: string, prep: string, adj: string): string {
  const noun = SEASON_NOUN[adj.toLowerCase()]![2];
  const word = prep[0] === 'В' ? noun[0]!.toUpperCase() + noun.slice(1) : noun;
  return word + ' '.repeat(m.length - word.length);
}
/**
 * Round 35: «в декабре месяце 2017 года» (a ВШК справка on work with underachievers,
 * https://multiurok.ru/index.php/files/likes/rabota-so-slabouspevaiushchimi-i-slabomotivirovann), «в мае месяце», «сентябрь месяц»:
 * the word «месяц» right after a month name repeats what the name says and is dropped, so the year after it still binds to the
 * month (it used to stand between them, and the month fell into the context year).
 */
const MONTH_FILLER = new RegExp(`(?<=(?<![а-яё])${MONTH_STEM}[а-яё]*\\s+)месяц(?:а|е|у|ем)?(?![а-яё])`, 'gi');
/**
 * Round 37: «Стратегии развития образования до 2036 года с перспективой до 2040 года» (a parents' meeting news,
 * https://sh1-shushenskoe-r04.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_738.html), «на период до 2030 года и на
 * перспективу до 2035 года»: the horizon a strategy looks to after its own end is a note and is dropped, so the deadline is the
 * first «до» (it used to make a window up to the second year). Only after a figure (see `normalizeDeadline`): a look-behind over
 * the whole text before it would make a long text quadratic.
 */
const PROSPECT_NOTE = /(?<![а-яё])(?:с\s+перспективой|и\s+на\s+перспективу|на\s+перспективу)\s+до\s+\d{4}(?:\s*(?:года|год|гг?\.?)(?![а-яё]))?/gi;
/**
 * Round 153: «Президент РФ Владимир Путин поручил правительству до 15 декабря обеспечить актуализацию концепции развития психологической
 * службы в системе образования РФ, рассчитанной до 2025 года.» (a news agency on the President's instructions on general education,
 * https://www.interfax-russia.ru/moscow/news/putin-poruchil-razrabotat-koncepciyu-cifrovoy-platformy-psihologicheskoy-pomoshchi-shkolnikam-i-ih-roditelyam),
 * «Премьер-министр Михаил Мишустин поручил к марту 2025 года сформировать Стратегию развития образования до 2030 года.» (a school's news,
 * https://sh-shaxtnaya-r56.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_132.html — both corpus-real-141): after a task's
 * own deadline of a day or a month («до 15 декабря», «к марту 2025 года»), the year a strategy, a concept, a doctrine or a programme
 * runs to — «до <год> года» in its name (right after the noun or up to five words after it) or after «, рассчитанн… [на период / срок]» — is the
 * document's horizon, a note, and is dropped (the two «до» made a window to the year before the horizon). Group 2 is blanked. Only
 * after such a deadline (see `normalizeDeadline`): with none, the horizon is the text's time as before («Действие программы рассчитано до
 * 2027 года», «Программа развития школы, рассчитанная до 2016 года»), and so it is after a bare year or window («в 2021 году …
 * Программа развития до 2025 года»).
 */
const DOCUMENT_HORIZON =
  /((?<![а-яё])(?:стратеги|концепци|доктрин|программ)[а-яё]*(?:\s+[а-яё]+){0,5}?\s+|,\s*рассчитанн[а-яё]*\s+(?:на\s+(?:период|срок)\s+)?)(до\s+(?:19|20|21)\d{2}(?:\s*(?:года|год|гг?\.?)(?![а-яё]))?)/gi;
/** The task's own deadline before a document's horizon: «до / к / не позднее» and a day with its month, or a month. */
const TASK_DEADLINE = new RegExp(`(?<![а-яё])(?:до|к|ко|не\\s+позднее)\\s+(?:\\d{1,2}\\s+)?${MONTH_STEM}`, 'i');
/**
 * Round 37: «Как и в прошлом году, такое психолого-педагогическое просвещение … будет проходить ежемесячно …» (a city's parents'
 * lectures, https://a.ria56.ru/posts/v_buguruslane_organizovany_lektorii_dlya_roditelejj.htm), «как и в прошлые годы», «как в
 * предыдущем учебном году»: a comparison with an earlier year says the work is the same, not when it is; it is dropped (it used to
 * put a repeat into the year before the context year).
 */
const COMPARISON_NOTE = /(?<![а-яё])как(?:\s+и)?\s+в\s+(?:прошл|прошедш|предыдущ|преждн)[а-яё]*\s+(?:учебн[а-яё]*\s+)?(?:году|годы|годах|года)(?![а-яё])/gi;
/**
 * Round 124. «Планируется увеличить количество детей, принимающих участие в походах и экскурсиях, на 300 тыс. к 2021 году по
 * сравнению с 2017-м.» (the Year of children's tourism, https://kuban24.tv/item/v-rossii-projdet-god-detskogo-turizma-205092/amp —
 * corpus-real-112): the year a figure is compared with («по сравнению / в сравнении с 2017-м / с 2017 годом / с 2019 г. / с 2018-2019
 * годами / с прошлым (предыдущим) [учебным] годом / с аналогичным периодом прошлого (2020) года») is a baseline, not the start of a
 * window; it is dropped like the comparison above (its «с» made «с 2017 … к 2021 году» a window from 2017).
 */
const BASELINE_NOTE = new RegExp(
  '(?<![а-яё])(?:по\\s+сравнению|в\\s+сравнении)\\s+со?\\s+(?:' +
    '(?:аналогичным\\s+)?период(?:ом|ами)\\s+(?:(?:прошл|прошедш|предыдущ)[а-яё]*|\\d{4})\\s*(?:года|гг?\\.|гг?(?![а-яё]))?' +
    '|\\d{4}(?:\\s*[-–—]\\s*\\d{4})?(?:-?(?:м|ым|ми)(?![а-яё]))?(?:\\s*(?:годом|годами|гг?\\.|гг?(?![а-яё])))?' +
    '|(?:прошл|прошедш|предыдущ)[а-яё]*\\s+(?:учебн[а-яё]*\\s+)?(?:годом|годами)(?![а-яё])' +
    ')',
  'gi',
);
/**
 * Round 43. «… окончательно эта работа должна быть завершена к 30 декабря, но основная часть — до начала осени, чтобы успеть …»
 * (news of the national projects' plan, https://kommersant.ru/doc/3680924 — corpus-real-36), «до 1 июня, а первый этап — до 1 марта»:
 * after a deadline, the deadline of a part of the same work («, но / , а основная / большая / значительная / первая / главная часть,
 * первый этап …») is an intermediate milestone, a note; the cell's deadline is the whole work's (it used to make a window from the
 * part's date to the whole's). Only after a figure (see `normalizeDeadline`), up to the clause's end («,», «;», a full stop).
 */
const PART_NOTE =
  /,\s*(?:но|а)\s+(?:и\s+)?(?:основн|больш|значительн|перв|главн)[а-яё]*\s+(?:часть|части|этап|объ[её]м)(?![а-яё])[^,;]*?(?=[,;]|\.(?:\s|$)|$)/gi;
/**
 * Round 61. «Теперь школы обязаны разместить на сайте и направить отчет учредителю до 20 апреля, а не до 1 сентября, как раньше.» (a
 * blog on the school's self-evaluation report, https://nsportal.ru/blog/shkola/obshcheshkolnaya-tematika/all/2018/03/27/kak-provesti-samoobsledovanie-oo-3-vazhnyh
 * — corpus-real-55): after a deadline, «, а не <срок>» names the deadline that no longer holds — a note, dropped (it used to make a
 * list of two days and give the wrong one). Only after a figure or a month name (see `normalizeDeadline`), only when the negated clause names a figure
 * or a month, up to the clause's end («,», «;», a full stop): «до 1 мая, а не позднее», «к 1 июня, а не к 1 сентября», «в мае — а не в
 * июне». «, а не менее 10 человек» has a figure too and is a count either way. It opens at the comma or dash itself, with no spaces
 * before it: the notes blanked above leave long runs of spaces, and a leading «\s*» would scan each run again from every space in it
 * (quadratic; the bench's «long cells» caught it at a ratio of 18).
 */
const DATE_WORD = '\\d|январ|феврал|март|апрел|(?<![а-яё])ма[йяюе](?![а-яё])|июн|июл|август|сентябр|октябр|ноябр|декабр';
const DATE_START = new RegExp(DATE_WORD, 'i');
const NEGATED_ALTERNATIVE =
  new RegExp(`[,—–-]\\s*а\\s+не\\s+(?=[^,;]*?(?:${DATE_WORD}))[^,;]*?(?=[,;]|\\.(?:\\s|$)|$)`, 'gi');
/**
 * Round 67. «В течение июня, июля, августа группы учащихся 5-11 класса содержали в порядке пришкольную территорию, …, ухаживали за
 * высаженными цветами, чтобы в сентябре они удивили всех своим разноцветным великолепием.» (a school's news of summer labour practice,
 * https://mbouasosh.ucoz.net/news/vot_ono_kakoe_nashe_leto_trudovoe/2024-07-18-1059 — corpus-real-61): a purpose clause after a comma or
 * a dash — «, чтобы …», «, для того чтобы …», «, с тем чтобы …» — after the text's dates says what the work is for; its dates are a note
 * (the September made the months run to 09-30). It runs to the end of the sentence or the clause («;»). Only when a date word stands
 * before it (the figure test in `normalizeDeadline`): «Чтобы успеть к 1 сентября, …» keeps its date.
 */
const PURPOSE_CLAUSE = /[,—–-]\s*(?:(?:для\s+того|с\s+тем|так)\s*,?\s*)?чтобы(?![а-яё])[^;]*?(?=;|\.(?:\s|$)|$)/gi;
/**
 * Round 233. «В 2022 году утвердить документ нужно до 19 декабря, так как 17 декабря выпадает на выходной.» (a consulting firm's news on
 * the leave schedule, https://vit-consalt.ru/news/2022-11-24-06-19-19 — corpus-real-212; it was `on` 12-17 and 12-19): a clause of reason
 * after a comma or a dash — «, так как …», «, поскольку …», «, потому что …» — says why the date is what it is; after the text's
 * dates its dates are a note, like round 67's purpose clause. It runs to the end of the sentence or the clause («;»). Only when a date
 * word stands before it: «Так как 1 сентября — воскресенье, линейка пройдет 2 сентября» keeps its dates (no comma before it; the README
 * was silent).
 */
const REASON_CLAUSE = /[,—–-]\s*(?:так\s+как|поскольку|потому\s+что)(?![а-яё])[^;]*?(?=;|\.(?:\s|$)|$)/gi;
/**
 * Round 71. «- 15 августа придет первая часть учебников для первоклашек, по которым они будут обучаться в первом полугодии.» (a city's
 * news on textbooks, https://mgorod.kz/news/v-uralskix-shkolax-poyavilis-tetradi-dlya-klassov-predshkolnoj-podgotovki — corpus-real-62):
 * a relative clause after a comma — «, который / которая / которые / которым …», with a preposition before it or not («, по которым …»,
 * «, в котором …») — describes a noun of the sentence; after a day and its month its dates are a note, like a purpose clause (the half
 * year joined the day: the window ran from January to 08-15). It runs to the end of the sentence or the clause («;»). Only when a month
 * name stands before it (`MONTH_BEFORE`): «в течение 3 рабочих дней, которые следуют за …» and a clause before the dates keep their
 * words. A clause that names a day or a month of its own («…, который продлится до конца октября», «…, которые проходили … 28 и 29
 * июня») says when the thing runs and is kept, and so is «срок, до которого …» (the deadline's own words).
 * Round 118. «- 27 апреля 2024 года - урок, посвященный Дню пожарной охраны, в ходе которого также будут рассмотрены вопросы безопасного
 * отдыха детей в летний период, …» (a kindergarten's list of the year's ОБЖ open lessons,
 * https://ds244-omsk-r52.gosweb.gosuslugi.ru/nash-detskiy-sad/novosti-i-sobytiya/vserossiyskie-otkrytye-uroki-obzh.html — corpus-real-106;
 * it was `range` to 2024-08-31): one word may stand between the preposition and «котор…» — a compound preposition («в ходе которого», «в
 * рамках которой», «по итогам которых», «на базе которого») — and the clause is the same note: the summer is what the lesson is about,
 * not when it is held. Only after a preposition: «, согласно которой … не реже, чем один раз в три года» (a word that is no preposition
 * of the list, corpus-real-59) keeps its repeat.
 */
const RELATIVE_CLAUSE = /,\s*(?:(?:по|в|во|на|с|со|к|за|из|для|от|при|у|о|об)\s+(?:[а-яё]{3,}\s+)?)?котор(?:ый|ая|ое|ые|ого|ой|ом|ым|ых|ыми|ую|ому)(?![а-яё])[^;]*?(?=;|\.(?:\s|$)|$)/gi;
/**
 * Round 224. «29 ноября 2017 года куратором 32 Фн-Б группы Скобликовым Е.В. был проведен воспитательный час “СПИДу–нет!”, посвященное
 * предстоящему Всемирному дню борьбы со СПИДом, который отмечается ежегодно 1 декабря, начиная с 1988 года.» (a college's news,
 * https://gkeu.bks.by/vospitatelnyj-chas-spidu-net — corpus-real-204; it was `recurring` over 2021, the clause's repeat outranking the
 * day): a relative clause that names its own day with a yearly repeat — «ежегодно», «каждый год», «из года в год» — says when the noun
 * it describes (a feast, a day of the calendar) recurs, not when the sentence's thing is done; after a day and its month it is a note
 * like round 71's clauses with no date. A clause with a day and no repeat («…, который продлится до конца октября») is kept as before,
 * and so is a repeat's clause with no day and month before it («В Международный день …, который ежегодно отмечается 9 декабря, …»).
 */
const YEARLY_IN_CLAUSE = /(?<![а-яё])(?:ежегодно|каждый\s+год|из\s+года\s+в\s+год)(?![а-яё])/i;
/**
 * Round 227. «Досрочное голосование, в котором примут участие те, кто не сможет 13 сентября прийти на избирательные участки, будет
 * продолжаться до 12 сентября.» (a regional TV channel's news of early voting, https://kaluga24.tv/news/008851 — corpus-real-206; it was
 * `on` 09-13): a clause of who is concerned — «те, кто …», «тех, кто …», «всех, кто …», «кто …» after a comma — between two commas
 * describes the people the sentence is about; a day in it (the day they cannot come) is a note when the sentence names a day and month
 * of its own after the clause: that day is the deadline (→ by 09-12). The clause is blanked from «кто» to its closing comma; with no
 * day after it («Те, кто не сможет прийти 13 сентября, голосуют досрочно») the clause's day reads as before, and a clause with no day
 * and month of its own («Те же, кто в следующем году оканчивает 9 классов, смогут начать отдыхать с 11 июня.», corpus-real-88) is kept.
 */
const WHO_CLAUSE = /(?<=,\s*)кто(?![а-яё])[^,;.]*?\d\s*(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[^,;.]*?(?=,[^;]*?\d\s*(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр))/gi;
/**
 * Round 227. «2. Предложить избирательным комиссиям субъектов Российской Федерации разработать и представить в Центральную избирательную
 * комиссию Российской Федерации в срок не позднее 16 августа 2010 года комплексы мероприятий по подготовке и проведению выборов в органы
 * местного самоуправления в единый день голосования 10 октября 2010 года в субъекте Российской Федерации.» (the ЦИК's decree on the
 * single voting day, http://old.cikrf.ru/law/decree_of_cec/2010/05/17/Zp101391.html — corpus-real-206; it was `on` 10-10): after a
 * deadline's day («до / не позднее / к <день> <месяц>»), «в [единый] день <событие> <день> <месяц>» later in the same sentence names the
 * day of the event the work is for — a note, as the contract reads whatever follows a date (→ by 08-16). The event's day and its year are
 * blanked; the event's words stay. Only a verbal noun in «-ния» after «день» («голосования», «проведения»), and only after a deadline's
 * day in the same clause (no comma between): «в единый день голосования 10 октября» alone is that day as before, and so is «до 1 мая,
 * в день проведения 5 мая — регистрация» (two things, a list).
 */
const EVENT_DAY_AFTER_DEADLINE = new RegExp(
  `(?<=(?:^|[^а-яё])(?:до|не\\s+(?:позднее|позже)(?:\\s*,?\\s*чем)?|к)\\s+\\d{1,2}\\s+${MONTH_STEM}[^;.,]*?\\sв\\s+(?:единый\\s+)?день\\s+[а-яё]+ния\\s+)\\d{1,2}\\s+${MONTH_STEM}[а-яё]*(?:\\s+(?:19|20)\\d\\d(?:\\s*(?:года|г\\.?))?)?`,
  'gi',
);
/**
 * Round 232. «С 9 по 24 июня проверяют готовность детских садов к новому учебному году, который начнется в 2025–2026 годах.» (a city's
 * news of the commission that checks kindergartens, https://web.lifelines.name/read/d3c3579d-c20d-555e-bad2-5b3618b75a62 —
 * corpus-real-211; it was a range to 2026-12-31): a relative clause right after «учебный год» in any case says which school year that
 * is, not when the sentence's work is done; after a day and its month it is a note, like round 224's clause of a yearly day. A clause
 * after another noun with a date of its own («…, который продлится до конца октября») is kept as before.
 */
const SCHOOL_YEAR_BEFORE_CLAUSE = /учебн[а-яё]*\s+год[а-яё]*\s*$/i;
/** A day and its month in figures and words (the test before a relative clause): «15 августа», «1 марта». */
const MONTH_BEFORE = /\d\s*(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;
/**
 * Round 43. «… в целях обеспечения пожарной безопасности в период проведения праздничных мероприятий, посвященных окончанию учебного
 * года, в том числе последних звонков, …» (a fire service's notice, https://ufacity.info/press/news/484191.html — corpus-real-37), «праздник,
 * посвящённый началу учебного года»: the start or end of a school period that an event is dedicated to is the event's name, not its date;
 * the period's words are dropped and the phrase is an event (`EVENT_ANYWHERE`). It used to read as May, the end of the school year.
 */
const DEDICATED_PART =
  /(?<![а-яё])(посвящ[её]нн?[а-яё]*\s+(?:началу|окончанию|концу|завершению)\s+)((?:нового\s+)?(?:учебного\s+)?(?:года|четверти|полугодия|триместра|семестра)(?![а-яё]))/gi;
/**
 * Round 43. «27 августа – День Российского кино В 1919 году в этот день был подписан «декрет о национализации кинематографа».» (a
 * district library's calendar of days, http://ocher.biblioteka-perm.ru/news/2019/07/25/9030/ — corpus-real-37), «В этот день в 1945
 * году закончилась …»: a year joined to «в этот / тот [же] день» with a verb in the past tense after them (one word, its subject, may stand between) is the history of the day the
 * cell names, a label; it is dropped (it used to end a window that started on the day, «начало срока позже его окончания»). Without
 * the past tense the year stays («В 2025 году в этот день пройдёт линейка»).
 */
const PAST = '(?:[а-яё]+\\s+)?[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё])';
const YEAR_IN = 'в\\s+\\d{4}\\s*(?:году|г\\.|г)(?![а-яё])';
const THIS_DAY = 'в\\s+(?:этот|тот)\\s+(?:же\\s+)?день';
const HISTORY_YEAR_BEFORE = new RegExp(`(?<![а-яё])(${YEAR_IN})(\\s+${THIS_DAY},?\\s+${PAST})`, 'gi');
const HISTORY_YEAR_AFTER = new RegExp(`(?<![а-яё])(${THIS_DAY},?\\s+)(${YEAR_IN})(?=,?\\s+${PAST})`, 'gi');
/**
 * Round 242. «1 июня в 2012 году Генеральной Ассамблеей ООН был провозглашен Всемирный день родителей.» (a children's home's page,
 * https://ddom7.ru/?p=4148) and «Впервые 1 июня отмечался в 1950 году.» (https://ria24.today/news/gubernator-pozdravil-peterburzhcev-s/2572921
 * — corpus-real-210; each was a window from the year's first day to 1 June of the context's year): «в <год> году» after a day and its
 * month with no year, at most three words between them and no sign, is the day's year, as «1 июня 2012 года» and «В 2012 году 1 июня
 * …» read. «в», the words between and «году» are blanked, so the day reads «1 июня 2012». Not across a sign (a comma, a dash, a figure),
 * «и / или / а / либо» or a preposition of time («до», «по», «с», «к», «после»), and not a school year («в 2021/2022 учебном году»);
 * after round 43's history of a day («в этот день в 1945 году закончилась …»), which blanks its year first.
 */
const DAY_THEN_YEAR_IN = new RegExp(
  `(?<![\\d.,/]|(?<![\\d\\s])-|\\d{3}-)(${DAY}\\s+${MONTH_GENITIVE})((?:\\s+(?!(?:и|или|а|либо|до|по|с|со|к|ко|после)(?![а-яё]))[а-яё]+){0,3}\\s+в\\s+)((?:19|20)\\d\\d)(\\s*(?:году|г\\.))(?![а-яё\\d/])`,
  'gi',
);
/**
 * Round 242. «Срок выполнения административной процедуры – 7 рабочих дней со дня обращение заявителя.» (an administrative regulation of a
 * guardianship body, https://docs.cntd.ru/document/459606403/titles/2C4PA5 — corpus-real-210; it was `unparsed`): a verbal noun left in
 * the nominative right after «со дня / с даты / с момента / со времени» is that noun's genitive, a slip of the form: its last letter is
 * written «я» («обращение» → «обращения»), and the offset from the event reads as it does for «со дня обращения заявителя» (→ event).
 */
const NOMINATIVE_AFTER_START = /(?<![а-яё])((?:со\s+дня|с\s+даты|с\s+момента|со\s+времени)\s+[а-яё]{2,}(?:ни|ти))е(?![а-яё])/gi;
/**
 * Round 43. «2. Постановления Главы города Подольска от 30.01.2012 N 92-П "Об утверждении долгосрочной целевой программы … на период
 * 2012 - 2014 годов", от 29.06.2012 N 1137-П "… в 2012 - 2014 годах" признать утратившими силу с 1 января 2013 года.» (a city's decree,
 * https://base.garant.ru/36785152 — corpus-real-38): a clause that names acts first — «Постановление / Приказ / Решение / Распоряжение / Указ / Закон / Положение …», as
 * the subject — and then «признать утратившим(и) силу с <день>» names them by their dates, numbers and titles; those are labels, and
 * the clause's date is the one after the verb. The acts' names are dropped (the years inside their titles used to make a window).
 * Only when the clause opens with the act's noun (after an item number) and the verb has «с» after it.
 */
const ACTS_BEFORE_REPEAL =
  /^(\s*(?:\d{1,2}\.(?:\d{1,2}\.)?\s*)?)((?:постановлени|приказ|решени|распоряжени|указ|закон|положени)[а-яё]*(?![а-яё])[^;]*?)(?=признать\s+утратившими?\s+силу\s+с(?![а-яё]))/i;
/**
 * Round 64. «Муниципальный этап будет проводиться в соответствии с графиком, определенным приказом управления образования … от 03.11.2022
 * № 937 «О проведении муниципального этапа всероссийской олимпиады школьников в 2022/2023 учебном году в г.Твери» …, в сроки,
 * установленные приказом …» (a school's page on the olympiad's municipal stage, https://school.tver.ru/school/9/static_pages/14308 —
 * corpus-real-58): when the dates live in an act — «в соответствии с / согласно / по / на основании / во исполнение» or «установленн* /
 * определенн* / утвержденн* / предусмотренн*» before the act's noun (an order, a decree, a regulation, a decision, a letter, a «указ», a
 * law; one word may stand between) —, the act's title in quotes opening with «О / Об / Обо» (its issuer, date and number may stand
 * before it, up to 160 characters with no quote) is the act's name, a label like its date and number (round 41), not the cell's date:
 * it is dropped (the school year in it was read, a range to 2023-08-31, and the schedule lost). A cell that is itself an act's title
 * («Приказ №034-2015 "О календарном графике работы школы на 2015-2016 учебный год"», «Постановление … "Об утверждении плана … на период
 * 2016-2030 годы"», round 44) keeps its years, and a title that names no act («семинар «… на 2022–2023 учебный год»», round 7) is read
 * as before. Group 1 is kept.
 */
const ACT_LEAD =
  '(?:соответствии\\s+со?|согласно|по|на\\s+основании|во\\s+исполнение|установл[её]нн?[а-яё]*|определ[её]нн?[а-яё]*|утвержд[её]нн?[а-яё]*|предусмотренн?[а-яё]*)';
const ACT_NOUN =
  '(?:приказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?|(?:постановлени|распоряжени|решени)(?:е|я|ю|ем|и|й|ям|ями|ях)|письм(?:о|а|у|ом|е|ами|ах)|писем|указ(?:а|у|ом|е|ы|ов|ам|ами|ах)?|закон(?:а|у|ом|е|ы|ов|ам|ами|ах)?)';
const ACT_TITLE = new RegExp(
  `((?<![а-яё])${ACT_LEAD}\\s+(?:[а-яё]+\\s+)?${ACT_NOUN}(?![а-яё])[^«»"“”„;!?]{0,160}?)(«(?:об?|обо)\\s(?:[^«»]|«[^«»]*»)*»|["“„](?:об?|обо)\\s[^"“”„]*["”“])`,
  'gi',
);
/**
 * Round 59. «Акция продлится с 15 августа по 30 сентября, На протяжении всего времени действия акции будет работать телефон «горячей
 * линии»: 26-15-10.» (a city's news of a school-supplies action, https://www.press-line.ru/news/2007/08/v-krasnoyarske-projdet-aktsiya-pomogi-pojti-uchit-sya/print
 * — corpus-real-53): a phone number after a word that names one («телефон», «тел.», «факс», «горячая линия»; up to 40 characters with
 * no figure between, for its name in quotes) is a note, never a date: it is dropped (it was `unparsed`, «непонятное число «26»»). The
 * number is groups of figures joined by hyphens, three or more («26-15-10», «226-15-10», «8-800-100-00-00»), after an optional «8» or
 * «+7» and a code in brackets («8 (391) 226-15-10»), or a list of them («26-15-10, 26-15-11»); «с 10-12 мая» (two groups) keeps its
 * days. Group 1 is kept.
 */
/**
 * Round 277. «на протяжении» (and «в протяжении», «на протяжение») reads as «в течение», and the common misspelling «в течении» as «в
 * течение», so every phrase of «в течение» reads them alike (same length: «в течение» and spaces). With «на протяжении» for «в
 * течение», 11 of the 666 corpus texts with «в течение» read otherwise: «На протяжении следующего года планируется провести шесть
 * очередных сессий …» was open-ended over 2021 (round 15's «на протяжении» with nothing a phrase knows after it), not 2022; «на
 * протяжении трех дней с 25 марта» open-ended from 03-25, not 03-25..03-27; «на протяжении праздничных дней», «на протяжении первого
 * месяца после …» open-ended, not events. With «в течении», 3 («В течении следующего года …» was a span from an event). The 21 corpus
 * texts that write «на протяжении» read as before.
 */
/** Round 277: «не позднее, чем 1 августа» reads as «не позднее чем 1 августа» (and «не позже / не ранее / не раньше, чем»). */
const COMMA_BEFORE_THAN = /(?<![а-яё])не\s+(?:позднее|позже|ранее|раньше)\s*,(?=\s*чем(?![а-яё]))/g;
const THROUGHOUT = /(?<![а-яё])(?:(?:на|в)\s+протяж[её]ни[еёи]|(?:в|во)\s+т[её]ч[её]нии)(?![а-яё])/g;
function throughout(m: string): string {
  return m.includes('ч') ? `${m.slice(0, -1)}е` : 'в течение'.padEnd(m.length);
}

/**
 * Round 124. «Конкурсные работы принимаются до 15 октября 2009 года по адресу: 428018, г. Чебоксары, ул. Афанасьева, 13, …» (a
 * republic's local-history readings, https://chebobraz.cap.ru/Info.aspx?id=901992&page=766&type=news — corpus-real-112): a Russian
 * postcode — six figures, the first 1 to 6 — at the head of an address is a label and is dropped (it was `unparsed`, «непонятное
 * число «428018»»). It is one when a word naming an address comes before it («адрес», «по адресу:», «индекс»; up to 20 characters
 * with no figure between) or a comma and a settlement, a street or a region after it («, г.», «, город», «, ул.», «, с.», «, пос.»,
 * «, Москва», «, Рязанская область», «, Республика …»); six figures with neither («выделено 102000 рублей») are read as before.
 */
const POSTCODE_AFTER_WORD = /((?<![а-яё])(?:адрес[а-яё]*|индекс[а-яё]*)[^0-9]{0,20}?)(?<![\d.,])([1-6]\d{5})(?![\d.,]\d)/gi;
const POSTCODE_BEFORE_PLACE = new RegExp(
  `(?<![\\d.,])[1-6]\\d{5}(?=\\s*,\\s*(?:${SETTLEMENT_ABBREVIATIONS.map((k) => `${k}\\.`).join('|')}|пгт|город(?![а-яё])|ул\\.|улица|село(?![а-яё])|деревня|станица|` +
    'Москва|Санкт-Петербург|Севастополь|Республика|респ\\.|[А-ЯЁ][а-яё-]+\\s+(?:обл\\.|область|край|район|р-н|АО|автономный)))',
  'g',
);

/**
 * Round 146. «Пока же для поступления детей-иностранцев в детсад достаточно справки о профилактическом осмотре (форма 026/у-2000).» (a
 * news post on migrant children's admission to kindergartens, https://womans.mirtesen.ru/blog/43515049005/Detyam-inostrannyih-grazhdan-budet-neobhodima-spravka-ob-otsutst?utm_referrer=mirtesen.ru
 * — corpus-real-134; it was the year 2000): the code of a document's form after «форма» — figures, a slash and a letter code in Cyrillic, with
 * a number after a hyphen («форма 026/у-2000», «по форме 086/у», «форма № 063/у») — is a label, the form's name, and is dropped; an
 * act's number with a letter code («N 563/р», «№39/3») and «09/2021», «1/3», «2021/22» read as before.
 */
const FORM_CODE = /((?<![а-яё])форм[аеуыо]?\s*(?:№\s*)?)(\d{1,4}\/[а-яё]{1,3}(?:-\d{1,4})?)(?![\d/а-яё])/gi;
/**
 * Round 264. «4. ФСБУ 27/2021 обязательно применять с 01.01.2022 года, но добровольно можно и раньше.» (a commentary on the federal
 * standard of documents and document flow, https://gosuslugiguide.ru/accounting_and_reporting/kommentarij-k-fsbu-272021-dokumenty-i-dokumentooborot-v-buhgalterskom-ucete-postrocno.html
 * — corpus-real-229; it was `unparsed`, «несуществующий месяц «27.2021»»): the number of an accounting standard after its name — «ФСБУ
 * 27/2021», «ПБУ 4/99», «СГС», «МСФО (IAS) 16» — figures, a slash and the year of its issue, is the standard's name, a label, and is
 * dropped («ФСБУ 5/2019» was May 2019, «ПБУ 4/99» `unparsed`); «09/2021», «1/3» and «2021/22» elsewhere read as before.
 */
const STANDARD_CODE = /((?<![а-яёa-z])(?:ФСБУ|ПБУ|СГС|МСФО|ФСБУ\s+ГС)\s*(?:№\s*)?)(\d{1,3}\/\d{2,4})(?![\d/])/gi;
/**
 * Round 164. «— Форма 85-К от 11.08.2009» (the list of a federal statistical form's editions,
 * https://normativ.kontur.ru/document?moduleId=44&documentId=23537 — corpus-real-153; it was `unparsed`, «непонятное число «85»»): the code of
 * a statistical form — figures, a hyphen and capital letters, «85-К», «1-ДО», «83-РИК», «1-НД» — right after «форма» or «отчёт» in any case
 * (a «№» may stand between) is the form's name, a label like round 146's «форма 026/у-2000», and is dropped, as «форма N 85-К» already was
 * after its number sign. Only capitals: «1-е полугодие», «2-я неделя» after such a word keep their reading.
 */
const STAT_FORM_CODE = /((?<![А-ЯЁа-яё])(?:[Фф]орм|ФОРМ|[Оо]тч[её]т|ОТЧ[ЕЁ]Т)[А-ЯЁа-яё]{0,3}[ \t]*(?:№[ \t]*)?)(\d{1,3}-[А-ЯЁ]{1,4})(?![\dА-ЯЁа-яё-])/g;
/**
 * Round 272. «С 1 января 2024 года перечислять налоги, страховые взносы и другие суммы в бюджет можно только в составе ЕНП на общий КБК
 * 18201061201010000510» (a tax service's article on the notices of the single tax payment, https://www.Klerk.ru/blogs/astral/600480/ —
 * corpus-real-235; it was `unparsed`, «непонятное число «18201061201010000510»»): the figures of a payment's or a taxpayer's code — nine
 * figures or more in one run, in a text that names a code (КБК, ИНН, КПП, ОГРН, ОКТМО, ОКПО, БИК, a bank account «счёт») — are the
 * code, a label like a phone, and are dropped; no date has so many figures. Runs of eight figures or fewer («20222023», round 208's
 * glued years) and texts with no such word read as before.
 */
const LONG_CODE = /(?<![\d.,/])\d{9,}(?![\d]|[.,/]\d)/g;
/**
 * Round 272. «Срок сдачи 6-НДФЛ за I квартал - не позднее 25 апреля.» (a legal database's digest of the 6-НДФЛ terms,
 * https://www.consultant.ru/law/podborki/srok_sdachi_6-ndfl_za_1_kvartal — corpus-real-235; it was `unparsed`, «непонятное число «6»»),
 * «С 2023 года страхователи сдают общий отчет ЕФС-1 вместо старых форм СЗВ-ТД, СЗВ-СТАЖ и ОДВ-1, СИоЗП, ДСВ-3 и расчета 4-ФСС.»
 * (https://clubtk.ru/otchetnost-po-forme-yefs-1-poryadok-zapolneniya-i-sroki-sdachi; «непонятное число «4»»): the name of a tax or a
 * fund's form written figures first — one to three figures, a hyphen and two to five capitals, «6-НДФЛ», «2-НДФЛ», «3-НДФЛ», «4-ФСС»,
 * «1-НД», «2-ТП» — is the form's name wherever it stands, a label like round 164's «форма 85-К» after its noun, and is dropped. Not an
 * ordinal's or a count's ending in capitals («1-ЫЙ», «2-ГО», «3-ЕЙ», «5-ТИ», «10-ЛЕТИЕ», «2-Х»: one letter), nor a capital glued to
 * more letters or figures; nor an act's number after «№» or «N» («№ 324-ФЗ», «N 19-ПГ», «№367-ОД», round 41's act lines) or a law's
 * code written alone («273-ФЗ», «41-ОЗ», «1-ФКЗ»: `LAW_CODES`, the list round 274 reads a law's number by).
 */
const FORM_NAME_CODE = new RegExp(
  String.raw`(?<![\dА-ЯЁа-яёA-Za-z.,/-])(?<!(?:№|N|No|Nо)[ \t]{0,2})\d{1,3}-(?!(?:${LAW_CODES.map((code) => code.toUpperCase()).join('|')})(?![А-ЯЁа-яё]))(?!(?:[ЫИОЕ]Й|[ОЕ]?ГО|[ОЕ]?МУ|[ЫИОЕ]М|[АЯ]Я|[ОЕЫИ]Е|[ЫИ]Х|[УЮ]Ю|[ЫИ]МИ|Т[ИЬ]|ЛЕТ[А-ЯЁ]*)(?![А-ЯЁа-яё]))[А-ЯЁ]{2,5}(?![\dА-ЯЁа-яё-])`,
  'g',
);
/**
 * Round 197. «Определение Второго кассационного суда общей юрисдикции от 21.12.2023 N 88-34126/2023 (УИД 69RS0026-01-2023-000250-44)» (a
 * legal digest's line of a case on a conflict of interest in a school, https://www.consultant.ru/law/podborki/konflikt_interesov_v_obrazovatelnoj_organizacii
 * — corpus-real-181; it was a `range` of 2023): a court case's unique identifier — two figures of the region, two Latin capitals of the
 * court's kind, four figures of the court, then «-01-<год>-<шесть цифр>-<две цифры>» — is the case's name, a label like an act's number,
 * and is dropped; the year inside it dates nothing. Only that whole shape («86RS0017-01-2022-000429-28»).
 */
const COURT_CASE_ID = /(?<![\dA-Za-z-])\d{2}[A-Z]{2}\d{4}-\d{2}-(?:19|20)\d\d-\d{6}-\d{2}(?![\d-])/g;
/** A phone's code in brackets, three to five figures, and the number after it: groups of figures joined by hyphens, three or more.
 *  Round 197: «По информации управления, звонки принимаются ежедневно с 14.00 до 18.00 по номеру: (0652) 27–52–32.» (a Crimean news
 *  site on the ministry's «горячая линия» «Стоп – коррупция в системе образования», http://www.kianews.com.ua/node/30870 — corpus-real-181;
 *  it was `unparsed`, «непонятное число «27»»): the groups may be joined by an en or em dash as well as a hyphen (`PHONE_JOIN`), as pages
 *  typeset them; three groups or more still, so «10–15 мая» (two) keeps its days. */
const PHONE_JOIN = '[-\\u2013\\u2014]';
const PHONE_CODE = `\\(\\d{3,5}\\)[\\s-]*`;
const PHONE_DIGITS = `\\d{1,3}(?:${PHONE_JOIN}\\d{2,3}){2,4}(?!\\d|[.,]\\d)`;
const PHONE = `(?:\\+7|8)?[\\s-]*(?:${PHONE_CODE})?${PHONE_DIGITS}`;
/**
 * Rounds 49 and 61, moved here from the scanner so that a phone number has one rule. «8 (3842) 58-70-25, кроме субботы и воскресенья
 * с 9.00 до 17.00.» (https://school67nvkz.kuz-edu.ru/index.php?id=30932 — corpus-real-44), «+7 (834) 247-66-52», «ПО ТЕЛЕФОНУ:
 * (83155)2-20-42 (ежедневно …)» (https://sharangaroo.edusite.ru/p84aa1.html — corpus-real-55): a number with its code in brackets
 * (three to five figures), after an optional «8» or «+7», is a phone wherever it stands, with or without a word naming it, and is
 * dropped («(10) 15-20 мая» is not one: its bracket holds two figures and one group follows).
 */
const CODED_PHONE = new RegExp(`(?<!\\d)(?:(?:\\+7|8)[ \\t-]*)?${PHONE_CODE}${PHONE_DIGITS}`, 'g');
/**
 * Round 141. «Также, консультацию в круглосуточном режиме, в том числе в выходные дни, можно получить по телефону Единого
 * консультационного центра Роспотребнадзора – 8-800-555-49-43 (звонок бесплатный).» (a school's notice of a hot line on children's
 * summer rest, http://rassvet-school.myjino.ru/novosti/item/376-о-проведении-«горячей-линии»-по-вопросу-детского-отдыха — corpus-real-129):
 * a toll-free number — «8» or «+7», then «800» (in brackets or not), then two or three groups of figures joined by hyphens or spaces
 * («8-800-555-49-43», «8 800 700 83 63», «8-800-2000-122») — is a phone wherever it stands, with or without a word naming it near it,
 * like a number with its code in brackets (`CODED_PHONE`), and is dropped (it was `unparsed`, «непонятное число «8»»: the name of the
 * centre put more than 40 characters between «по телефону» and the number). «8 800 человек» and «8-800» alone (one group) are not one.
 */
/**
 * Round 215. «Статья из из книги "Социальные и пространственные измерения современного мегаполиса Санкт-Петербург", 3–5 апреля 2017 г.,
 * издательство Норма, УДК 316.334.54 ББК 60.54, С69. стр. 169-183.» (a school экстернат's page reprinting a sociologist's article,
 * http://www.express-externat.spb.ru/news/shkolnyj-eksternat-igry-s-prostranstvom — corpus-real-197; it was `unparsed`, «несуществующая
 * дата «60.54»»): a library classification code after «УДК» or «ББК» — figures joined by dots, colons, hyphens, slashes, brackets or
 * a plus — and the author's mark after a ББК code (a capital letter glued to two or three figures, «С69», «Ш72») are the book's
 * labels, blanked like a phone; «УДК» or «ББК» with no figures after them, and figures with no such word before them, read as before.
 */
const LIBRARY_CODE = /(?<![а-яёa-z])((?:удк|ббк)\s*)(\d[\d.:()+\/-]*(?:\s*[,;]?\s*[а-яё]\d{2,3}(?!\d))?)/gi;
/**
 * Round 244. «На основании СаНПиН 3.1.3117-13 "Профилактика гриппа и других острых респираторных инфекций", СаНПиН 2.4.2.2821 - 10
 * "Санитарно-эпидемиологические требования к условиям и организации обучения в общеобразовательных учреждениях", …, 4в, 5в, 6б классы
 * … закрыты на карантин с 17.02.2022 по 22.02.2022 года.» (a school's notice of a quarantine,
 * https://schoolderg1.my1.ru/news/karantin/2022-02-17-1538 — corpus-real-220; it was `unparsed`, «непонятное число «10»»): the number of
 * sanitary rules after «СанПиН», «СП» or «СНиП» — figures joined by two dots or more — with the two figures of its year after a spaced
 * dash («2.4.2.2821 - 10», «3.1.2.3114 – 13») is the rules' label, blanked, as the same number written with no spaces around the dash
 * («2.4.2.2821-10») already read as no date. A year of four figures after the dash («ГОСТ 12.0.004 - 2015») and a number with one dot
 * read as before. The rules' names are written with their capitals («СанПиН», «САНПИН», «СП», «СНиП»), so the search waits for a
 * capital «П» (`CAPITAL_PE`), a dot, a dash and a figure.
 */
const SPACED_RULES_CODE = /(?<![А-ЯЁа-яёA-Za-z])((?:С[аА][нН]П[иИ][нН]|СН[иИ]П|СП)\s*(?:№\s*)?)(\d{1,2}(?:\.\d{1,4}){2,5}(?:\s+[-–—−]\s*|[-–—−]\s+)\d{2}(?!\d)(?![.,]\d))/g;
const TOLL_FREE_PHONE = /(?<![\d.,])(?:8|\+7)[ \t-]*(?:800|\(800\))[ \t-]*\d{3,4}(?:[ \t-]\d{2,4}){1,2}(?![\d]|[.,]\d)/g;
/**
 * Round 141. «По состоянию на 1 апреля 2013 г., к единому номеру подключено 232 организации во всех субъектах Российской Федерации, из
 * которых 101 (43,5%) служба работает в круглосуточном режиме.» (a centre's page on the children's helpline,
 * https://cpsd.ucoz.ru/load/metodichka/sovety_pedagoga/mezhdunarodnyj_den_detskogo_telefona_doverija/3-1-0-20 — corpus-real-129): a
 * share in brackets right after a number in figures («101 (43,5%) служба», «12 (30 %) школ») is a note on that count and is dropped, so
 * the count is read as the label it is, before its noun (it was `unparsed`, «непонятное число «101»»). Only a bracket holding a number
 * and «%» alone.
 */
const SHARE_AFTER_COUNT = /(?<=\d)[ \t]*\([ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*%[ \t]*\)/g;
/* Round 241: «тел» without its dot names a phone too: «Аккредитация ведется по тел 29-40-97, 29-40-99, 29-40-87 до 15.00 12 декабря.» (a
 * regional parliament's press notice, https://old.akzs.ru/news/main/2017/12/08/15076 — corpus-real-218; it was `unparsed`: the list of
 * numbers was read as days). */
const PHONE_NUMBER = new RegExp(
  `((?<![а-яё])(?:телефон[а-яё]*|тел(?:\\.|(?![а-яё]))|факс[а-яё]*|горяч[а-яё]*\\s+лини[а-яё]*)[^0-9]{0,40}?)(${PHONE}(?:\\s*(?:[,;]|и(?![а-яё]))\\s*${PHONE})*)`,
  'gi',
);
/**
 * Round 59. «По гигиеническим и энтомологическим показателям ввоз детей в оздоровительное учреждение разрешен с "___" ________ 2007 г.»
 * (a regional form of a camp's sanitary conclusion, https://chelyab-gov.ru/doc/35618 — corpus-real-53): a form's blank date — a day
 * left as underscores (in quotes or not), then a month as underscores or a month word, then a year in figures or underscores
 * («"___" ________ 2007 г.», ««__» сентября 20__ г.», «__.__.2021») — names no date: it is dropped, so the year alone is not read
 * as «с 2007 г.» (it was `ongoing`); with nothing else to read the text is `unparsed`, «дата не заполнена» (`formDateBlank`).
 * Round 164: not when the year opens a pair of years — «за ______________ 2007/2008 учебного года» (a city's form of a school-meals
 * report, https://sverdlovsk-gov.ru/doc/29708 — corpus-real-153) is a blank month of a school year, whose year the pair names (the blank
 * took «2007», and «/2008 учебного года» was read as the calendar year 2008).
 * Round 228: a day and a month in figures, then a year left blank — «На 01.10.20__» (a column head of a regional form of a private
 * school's planned pupil numbers, https://docs.cntd.ru/document/406557589/titles/3HRLF6I — corpus-real-207; it was `on` 2020-10-01:
 * «20» was read as the year «20» and the underscores dropped) — is a blank date too: the form prints the day and month and leaves the
 * year to be filled in, so no date is named. Only two or four underscores after «19» / «20» or in place of the year («01.01.____»).
 */
const FORM_DATE = new RegExp(
  // round 228: or a day and a month in figures before a year left blank («На 01.10.20__»), see the comment above
  `(?<![\\d.])\\d{1,2}[./]\\d{1,2}[./][ \\t]*(?:19|20)?_{2,}(?:\\s*(?:года|год|г\\.|г)(?![а-яё]))?|(?:[«"“„']?[ \\t]*_{2,}[ \\t]*[»"”“']?[\\s.]*(?:_{2,}|${MONTH_STEM}[а-яё]*)|«[ \\t]*»(?:[\\s.]*(?:_{2,}|${MONTH_STEM}[а-яё]*))?)[\\s.]*(?:(?:19|20)\\d\\d(?![ \\t]*[-/\\u2010-\\u2015\\u2212][ \\t]*\\d)|(?:19|20)?_{2,})(?:\\s*(?:года|год|г\\.|г)(?![а-яё]))?`,
  'gi',
);
/**
 * Round 162. «Приказ от « » 2025 г. №» (the approval line of a kindergarten's draft yearly plan, https://341.tvoysadik.ru/file/card?id=4440
 * — corpus-real-151; it was a range over 2025): a day left as an empty pair of guillemets, a space or nothing between them, is a blank
 * day like ««__»», and the month may be left out with it; the year after it is the form's, no window (`FORM_DATE`).
 */
const EMPTY_GUILLEMETS = /«[ \t]*»/;

/** Whether the text may hold a form's blank date: underscores or an empty «« »». */
function mayHoldFormDate(s: string): boolean {
  return s.includes('__') || EMPTY_GUILLEMETS.test(s);
}

/**
 * Round 163. «Протокол №_1__от_29_._08__.2023г.», ««_25__» августа 2020 г.» (approval lines of a консилиум's Положение and of a
 * kindergarten's programme, https://syzgi.uralschool.ru/file/card?id=3999 and https://10-lazorik.tvoysadik.ru/file/card?id=13322 —
 * corpus-real-152): figures written on a form's line, with its underscores on both sides, are filled in, not blank — the underscores
 * are the line, dropped to spaces, so the day, month and number are read as written (→ on 2023-08-29, on 2020-08-25; they were
 * `unparsed`, «непонятное число» and «дата не заполнена»). Only a run of one to four figures with underscores on both sides: «20__ г.»
 * and «__.__.2021» stay blank (`FORM_DATE`). A match starts only where a run of underscores starts, so a long run is read once.
 */
const FILLED_FIGURES = /(?<!_)_+(\d{1,4})_+/g;
/**
 * Round 172. ««__19_»_____августа 2013 г.» (the approval line of a district library system's Положение on the Федеральный список
 * экстремистских материалов, https://book-gvardiya.ru/polozhenie-o-rabote-krasnogvardejskogo-mku-mtsrb-s-materialami-vklyuchennymi-v-federalnyj-spisok-ekstremistskih-materialov/
 * — corpus-real-160; it was `unparsed`, «дата не заполнена»): a form's line of underscores right after a filled day's closing quote and
 * right before a month word is the rest of the line the day was written on, not a blank day — it is dropped to spaces, so the day and
 * month are read as written (→ on 2013-08-19). Only after one or two figures and their closing quote (underscores and spaces between
 * them allowed, at most eight, and up to three spaces after the quote: ««19» ____ августа 2013 года»), and only with a month word
 * after the underscores: «_25_»_______ 2020 г.» (the month left blank) stays blank (`FORM_DATE`). The match starts at the figures, and
 * the run of underscores is read once.
 */
const FILLED_DAY_LINE = new RegExp(`(\\d{1,2}[ \\t_]{0,8}[»"”'][ \\t]{0,3})(_+)(?=[ \\t]*${MONTH_STEM})`, 'gi');

/**
 * Round 206. «от «08»__февраля_2021г.» (the approval line of a school-kindergarten's Положение on current and intermediate assessment,
 * http://gpdou42.tvoysadik.ru/file/card?id=8000 — corpus-real-189; it was a range over 2021): a form's line of underscores right after a
 * month word and right before a year in figures is the rest of the line the month was written on — dropped to spaces, so the day, month
 * and year are read as written (→ on 2021-02-08), like the line before a filled day's month (`FILLED_DAY_LINE`). Only between a month
 * word and four figures of a year: «сентября 20__ г.» (the year left blank) stays blank, and ««__» сентября__2022 г.» (the day left
 * blank) is now read blank like ««__» сентября 2022 г.» (`FORM_DATE`; it was a range over 2022). «до 15 мая_2021» → by 05-15 (it was a
 * range over 2021).
 */
const FILLED_MONTH_LINE = new RegExp(`((?<![а-яё])${MONTH_STEM}[а-яё]*\\.?)(_+)(?=[ \\t]*(?:19|20)\\d\\d(?!\\d))`, 'gi');

/**
 * Round 205. «Приказ № 61 от_06.04.2023г» (the approval line of a school's Положение о порядке выдачи справки об обучении,
 * https://shugurovo.penzschool.ru/file/card?id=326 — corpus-real-188; it was `on` 2023-04-06): a form's line of underscores glued to
 * «от» and then a date filled in whole — figures with two dots or slashes, or a day and a month word — is the line the date was
 * written on, dropped to spaces, so «от» is read and the date is the act's label (round 40) or a protocol's day as after «от ». Only
 * with the whole date after the underscores: «от_____2023г» and «от __.__.2023» (the day and month left blank) stay blank (`FORM_DATE`).
 */
const FILLED_AFTER_OT = new RegExp(`((?<![а-яё])от[ \\t]*)(_+)(?=[ \\t]*\\d{1,2}(?:[./]\\d{1,2}[./]\\d{2,4}|[ \\t]+${MONTH_STEM}))`, 'gi');

/**
 * Round 229. «от _18.11.2011__№_321__» (the approval line of a university's instruction on records management,
 * https://blankidoc.ru/blank/78126/index.html — corpus-real-208; it was `on` 2011-11-18): a form's line of underscores right after a
 * date filled in whole — figures with two dots or slashes and a year of two or four figures, «г.» or not — is the rest of the line the
 * date was written on, dropped to spaces, so the «№» after it is read and the date is the act's label (round 11) or a protocol's day,
 * the mirror of round 205's line after «от» before the date. Only after a whole date: «__.__.2021__» and «18.11.____» (a part left
 * blank) stay blank (`FORM_DATE`).
 * Round 228: nor «19» / «20» glued to the underscores — «На 01.10.20__» is the year left blank after its century (`FORM_DATE`), not a
 * two-figure year with its line; a two-figure year with a space or «г.» before the line («18.11.20 г.__») is still filled.
 */
const FILLED_AFTER_DATE = /((?<![\d.\/])\d{1,2}[./]\d{1,2}[./](?:\d{4}|(?!(?:19|20)_)\d\d)(?!\d)(?:[ \t]*г\.?)?)(_+)/gi;

/** A form's line around figures filled in on it (`FILLED_FIGURES`, round 163), before a filled day's month (`FILLED_DAY_LINE`, round 172),
 *  after a month before its year (`FILLED_MONTH_LINE`, round 206), after «от» before a whole date (`FILLED_AFTER_OT`, round 205) and after
 *  a whole date (`FILLED_AFTER_DATE`, round 229), as spaces. */
function dropFilledLines(s: string): string {
  const ot = /от[ \t]*_/i.test(s) ? replaceFound(s, FILLED_AFTER_OT, (_m: string, ot: string, line: string) => ot + blank(line)) : s;
  const after = replaceFound(ot, FILLED_AFTER_DATE, (_m: string, date: string, line: string) => date + blank(line));
  const dayLine = replaceFound(after, FILLED_DAY_LINE, (_m: string, day: string, rest: string) => day + blank(rest));
  const line = replaceFound(dayLine, FILLED_MONTH_LINE, (_m: string, month: string, rest: string) => month + blank(rest));
  return replaceFound(line, FILLED_FIGURES, (m: string, figures: string) => blank(m.slice(0, m.indexOf(figures))) + figures + blank(m.slice(m.indexOf(figures) + figures.length)));
}

/** The first blank date of a form in the text (`FORM_DATE`), as written, or null. */
export function formDateBlank(text: string): string | null {
  if (!mayHoldFormDate(text)) return null;
  // round 172: figures filled in on a form's line and a filled day's line before its month are no blank, as `normalizeDeadline` reads them
  const s = text.includes('_') ? dropFilledLines(text) : text;
  FORM_DATE.lastIndex = 0;
  const m = FORM_DATE.exec(s);
  FORM_DATE.lastIndex = 0;
  return m ? m[0].trim() : null;
}

/** «сдают 24 (25) мая»: a bracketed alternative day between a day and its month is a note (the first day is the date). */
const ALT_DAY = /(?<=\d\s?)\((?:[1-9]|[12]\d|3[01])\)(?=\s?(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))/gi;

function fixWord(word: string): string {
  if (ROMAN.test(word)) return word; // I, II, IV stay Latin (Roman numerals)
  return word.replace(LOOKALIKE_CHARS, (ch) => LOOKALIKES[ch]!);
}

/**
 * The signs a step of `normalizeDeadline` looks for before its search, one bit each (`signsOf`): a text of a plan's column holds
 * few of them, and one pass over its characters answers some thirty looks that each read the whole text.
 */
const CLOSE = 1 << 0; // )
const OPEN = 1 << 1; // (
const DOT = 1 << 2;
const UNDERSCORE = 1 << 3;
const PLUS = 1 << 4;
const AT = 1 << 5; // @
const SQUARE = 1 << 6; // [
const ANGLE = 1 << 7; // <
const BACKSLASH = 1 << 8;
const SLASH = 1 << 9;
const COMMA = 1 << 10;
const COLON = 1 << 11;
const BAR = 1 << 12; // |
const NUMERO = 1 << 13; // №
const LATIN_N = 1 << 14; // N
const LOW_QUOTE = 1 << 15; // „
const CAPITAL_EN = 1 << 16; // Н
const CAPITAL_PE = 1 << 17; // П
const HYPHEN = 1 << 18; // -
const DASH = 1 << 19; // — –
const PERCENT = 1 << 20;
const ZERO = 1 << 21; // 0
const EIGHT = 1 << 22; // 8
const QUOTE = 1 << 23; // « " “ „ (`OPENING_QUOTE`)
const GUILLEMET = 1 << 24; // «
const CAPITAL_ZE = 1 << 25; // З
const FIGURE = 1 << 26; // 0–9
/** Every sign and every letter: each look is made (`normalizeDeadline`'s `open`). */
const ALL = -1;

/** The letters of the text `signsOf` read last, as `lettersOf` gives them: one pass over the characters reads both. */
let lettersRead = 0;

/** The signs `s` holds (the bits above); its letters are left in `lettersRead`. */
function signsOf(s: string): number {
  let signs = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) signs |= c === 48 ? FIGURE | ZERO : c === 56 ? FIGURE | EIGHT : FIGURE;
      else if (c < 97) signs |= ASCII_SIGN[c]!;
      else if (c === 124) signs |= BAR;
    } else if (c >= 0x410 && c <= 0x44f) {
      letters |= 1 << ((c - 0x410) & 31); // А–Я as а–я
      if (c < 0x430 && (c === 0x41d || c === 0x41f || c === 0x417)) signs |= c === 0x41d ? CAPITAL_EN : c === 0x41f ? CAPITAL_PE : CAPITAL_ZE;
    } else if (c === 0x451 || c === 0x401) letters |= 1 << 5; // ё, Ё as е
    else if (c === 0x2116) signs |= NUMERO;
    else if (c === 0xab) signs |= QUOTE | GUILLEMET;
    else if (c === 0x201e) signs |= QUOTE | LOW_QUOTE;
    else if (c === 0x201c) signs |= QUOTE;
    else if (c === 0x2014 || c === 0x2013) signs |= DASH;
  }
  lettersRead = letters;
  return signs;
}

/** The sign bit of each ASCII character below «a» (0 for the rest). */
const ASCII_SIGN: readonly number[] = (() => {
  const table = new Array<number>(97).fill(0);
  const set: Array<[string, number]> = [[')', CLOSE], ['(', OPEN], ['.', DOT], ['_', UNDERSCORE], ['+', PLUS], ['@', AT], ['[', SQUARE], ['<', ANGLE], ['\\', BACKSLASH], ['/', SLASH], [',', COMMA], [':', COLON], ['N', LATIN_N], ['-', HYPHEN], ['%', PERCENT], ['"', QUOTE]];
  for (const [ch, bit] of set) table[ch.charCodeAt(0)] = bit;
  return table;
})();

/** Whether `s` holds a figure 0–9. */
function hasFigure(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether `s` holds a Latin letter A–Z, a–z, by a loop over its characters. */
function hasLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether `s` holds a character of `ODD_CHARS`, by a loop over its characters: printable ASCII and а–я are passed over at once. */
function hasOddChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f ? c >= 0x20 : c >= 0x430 && c <= 0x44f) continue;
    if (ODD_CHAR.test(s[i]!)) return true;
  }
  return false;
}


function fixOdd(ch: string): string {
  const mapped = ODD_MAP[ch];
  if (mapped) return mapped;
  return ODD_DASH.test(ch) ? '-' : ' ';
}

/** Lower case without changing the length (a few Unicode letters grow when lower-cased). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Spaces as long as the text they stand for: every step of `normalizeDeadline` keeps the length. */
const blank = (m: string): string => ' '.repeat(m.length);

/**
 * `s` with every match of `re` replaced (by spaces of its length unless `by` says otherwise); a text with no match is
 * returned as it is. A global pattern's `lastIndex` is reset before and after, so the module-level patterns carry no state.
 */
function replaceFound(s: string, re: RegExp, by: (m: string, ...groups: never[]) => string = blank): string {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found ? s.replace(re, by as (m: string) => string) : s;
}

/**
 * Normalises a deadline for matching: lower case, Latin look-alikes inside
 * words → Cyrillic (Roman numerals kept), Greek look-alikes → Cyrillic, odd spaces → ' ', every dash → '-',
 * «ё» → «е», a list item's marker at the start («1)») and a bracketed alternative day before a month («24 (25) мая»)
 * a clause number or an item number at the start («2.4.1.», «2. Неспособность …», «2. 25 -26 ноября», «1.1. подготовить … до
 * 28.01.2016») and a footnote number after the last sentence («… учреждений. 1»), a strategy's horizon after its end («с перспективой до 2040 года») and a
 * comparison with an earlier year («как и в прошлом году») → spaces. Same length as the input.
 */
/** A figure closes the text, before trailing spaces (`FOOTNOTE` needs one; `trimEnd` drops exactly what `\s` matches). */
function endsWithFigure(s: string): boolean {
  const t = s.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return c >= 48 && c <= 57;
}

/**
 * Whether `s` may start with a clause or item number (`CLAUSE_NUMBER`, `ITEM_NUMBER`, `ITEM_BEFORE_DAY`, `ITEM_BEFORE_DATE`,
 * `ITEM_BEFORE_WORD`, `ITEM_BEFORE_MONTH`): spaces, then one or two figures and a dot.
 */
function startsWithItemNumber(s: string): boolean {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  if (!(c >= 48 && c <= 57)) return false;
  const d = s.charCodeAt(i + 1);
  return d === 46 || (d >= 48 && d <= 57 && s.charCodeAt(i + 2) === 46);
}

/** The opening quotes of `ACT_TITLE`'s and `QUOTED_DAY`'s titles and days. */
const OPENING_QUOTE = /[«"“„]/;

/**
 * Round 212. «В последний месяц уходящего года в детском саду прошел конкурс новогодних поделок «Мастерская Деда Мороза», участниками
 * которого стали воспитанники и их родители.» (a kindergarten's news list, http://fomin-detsad8.ru/?PAGEN_1=4 — corpus-real-194; it was
 * `unparsed`): «в последний / первый месяц» of a year — the year named by a relative word («уходящего / текущего / этого / следующего …»,
 * round 62's `RELATIVE_YEAR_SHIFT`), by «учебного», by its figures, or bare — is its last or first month, as «в конце / в начале года»
 * read (December, January; the school year's May and September). The two words become «конце» / «начале», padded to their length. Only
 * after «в» and right before the year's words: «в первый месяц работы» stays an event, «за последний месяц» a span.
 */
const FIRST_LAST_MONTH_OF_YEAR = new RegExp(
  String.raw`(?<=(?:^|[^а-яё])во?\s+)(?:(последн(?:ий|ем))|(перв(?:ый|ом)))\s+месяц[еа]?(?=\s+(?:(?:${[...Object.keys(RELATIVE_YEAR_SHIFT), 'учебного', 'календарного'].join('|')})\s+)?(?:(?:19|20)\d\d\s+)?года(?![а-яё]))`,
  'gi',
);
function firstLastMonth(m: string, last?: string): string {
  return (last ? 'конце' : 'начале').padEnd(m.length);
}

/**
 * Round 230. «В субботу 29 октября в последний учебный день 1 четверти в школе прошел День здоровья.» (a school's news of its Day of
 * health, https://yurgaschkola15.ucoz.ru/news/den_zdorovja/2011-11-04-24 — corpus-real-209; it was the first quarter, a range from
 * 09-01 to 10-31), «24 декабря – последний учебный день II четверти» (it was a range to 12-31): right after a day written with its month
 * («29 октября», «24.12.2021»), «[в] последний [учебный / рабочий] день <N> четверти / триместра / полугодия» says which day of the
 * school year that day is — a note, as the same words in brackets after it already were («29 октября (последний день 1 четверти)» →
 * on 10-29); blanked. Alone («в последний учебный день 1 четверти») the words read as before, and so does «в конце 1 четверти» after a
 * day (a window of its own).
 */
const TERM_LAST_DAY_AFTER_DAY = new RegExp(
  String.raw`(?<=(?:\d{1,2}\s+${MONTH_STEM}[а-яё]*|\d{1,2}\.\d{1,2})(?:\.?\s*(?:19|20)?\d\d(?:\s*(?:г\.?|года?)(?![а-яё]))?)?[\s,–—-]*)(?:во?\s+)?последн(?:ий|ем|им)\s+(?:(?:учебн(?:ый|ом|ым)|рабоч(?:ий|ем|им))\s+)?(?:день|дне|днём|днем)\s+(?:(?:[1-4]|i{1,3}|iv)(?:-?[йя])?|перв[а-яё]*|втор[а-яё]*|трет[а-яё]*|четв[её]рт[а-яё]*|последн[а-яё]*)\s+(?:четверт|триместр|полугоди)[а-яё]*`,
  'gi',
);

/**
 * Round 245. «В России в период между 15 октября (День белой трости) и 13 ноября (Международный день слепых) проходит Месячник «Белая
 * трость».» (a social centre's news of the месячник, https://yardem.nkort.ru/press-center/news/belaya-trost.html — corpus-real-221; it
 * was `on`, the two days): «между <день> и <день>» is the window between them, as «с … по …» and «<день> – <день>» read it. Each day is
 * written with its month («15 октября», «15 окт.», maybe a year after it), in figures («10.03», «10.03.2021»), or the first bare before the
 * second's month («между 1 и 15 мая»); a note in brackets may follow the first. «между» is blanked and «и» becomes a dash, so two days
 * of one month the wrong way round are the slip «с 20 по 10 мая» is (`unparsed`). Not after a letter («международный»), not before a
 * number that a word other than a month follows («между 5 и 9 классами», «между 10 и 20 числами»), not for months alone («между
 * сентябрем и ноябрем» stays two months), and two days with no «между» («15 октября и 13 ноября») stay two days.
 */
const BETWEEN_MONTH = String.raw`(?:${MONTH_STEM}[а-яё]*|${MONTH_ABBREVIATION}(?![а-яё]))\.?`;
const BETWEEN_DAY = String.raw`(?:\d{1,2}\s+${BETWEEN_MONTH}(?:\s+(?:19|20)\d\d(?:\s*(?:г\.?|года?)(?![а-яё]))?)?|\d{1,2}\.\d{1,2}(?:\.(?:19|20)?\d\d(?!\d))?)`;
const BETWEEN_DAYS = new RegExp(
  String.raw`(?<![а-яё])(между)(\s+(?:${BETWEEN_DAY}|\d{1,2})(?:\s*\([^()]*\))?\s+)и(?=\s+${BETWEEN_DAY})`,
  'gi',
);

/**
 * The words and signs `normalizeDeadline` looks for before a search: each look is made only when the text holds the letters it needs
 * (`LetterGated`), and most texts hold few of them.
 */
export const LOOK = {
  throughout: new LetterGated(/протяж[её]ни|т[её]ч[её]нии/i),
  thanComma: new LetterGated(/, ?чем/i),
  ending: new LetterGated(/прекра/i),
  measure: new LetterGated(/ероприяти/),
  yearWord: new LetterGated(/года|г\./i),
  month: new LetterGated(/месяц/i),
  lastFirst: new LetterGated(/последн|перв/i),
  web: new LetterGated(/https?:|www\./i),
  degreeOrPlace: new LetterGated(/степен|мест/),
  bytes: new LetterGated(/[бb](?![a-zа-яё])|байт/i),
  capitalDo: new LetterGated(/ДО/),
  cyrillic: new LetterGated(/[а-яё]/),
  address: new LetterGated(/адрес|индекс/i),
  settlement: new LetterGated(/[сСcC]\./),
  ageWord: new LetterGated(/(?:лет|год|месяц)/i),
  fulfilled: new LetterGated(/исполн/),
  itemFromTo: new LetterGated(/^\s*(?:до|от|с)\s/i),
  years: new LetterGated(/лет|год/i),
  service: new LetterGated(/(?:стаж|опыт)/i),
  serviceYears: new LetterGated(/(?:лет|год)/i),
  count: new LetterGated(/количеств|числ[оа]\s|кол-во/i),
  views: new LetterGated(/просмотр|читали|прочитан|комментари/i),
  eachWeekday: new LetterGated(/\(\s*кажд/i), // round 281: «25 ноября (каждую среду)»
  ordered: new LetterGated(/(?:потребовал|поручил|обязал|распорядился|предписал|приказал)/i),
  forWord: new LetterGated(/за\s/i),
  termOf: new LetterGated(/сроком/i),
  term: new LetterGated(/срок/i),
  fromWord: new LetterGated(/\sот\s/i),
  courtCase: new LetterGated(/\d[A-Z]{2}\d/),
  phone: new LetterGated(/тел|факс|горяч/i),
  form: new LetterGated(/форм/i),
  formOrReport: new LetterGated(/форм|отч[её]т/i),
  library: new LetterGated(/удк|ббк/i),
  dashPo: new LetterGated(/\d\s*[-\u2010-\u2015\u2212]\s*(?:по|до)\s/i),
  hyphenMonth: new LetterGated(/\d-[а-яё]{3,8}-\d/i),
  dotMonth: new LetterGated(/\d\.(?:янв|фев|мар|апр|ма[йяеюи]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]{0,5}\.\d/i), // round 282: «10.Март.2026»
  first: new LetterGated(/перв/i),
  time: new LetterGated(/время/i),
  prospect: new LetterGated(/перспектив/i),
  strategy: new LetterGated(/стратеги|концепци|доктрин|программ|рассчитан/i),
  horizonYear: new LetterGated(/до\s+(?:19|20|21)\d{2}/i),
  comparison: new LetterGated(/как/i),
  baseline: new LetterGated(/сравнени/i),
  day: new LetterGated(/день/i),
  dedicated: new LetterGated(/посвящ/i),
  purpose: new LetterGated(/чтобы/i),
  relative: new LetterGated(/котор/i),
  last: new LetterGated(/последн/i), // round 230
  schoolTerm: new LetterGated(/четверт|триместр|полугод/i), // round 230
  thousand: new LetterGated(/тысячи/i), // round 227
  fromToday: new LetterGated(/(?:сегодняшн|завтрашн)его\s+дня/i), // round 227
  eventDay: new LetterGated(/день\s+[а-яё]+ния\s+\d/i), // round 227
  who: new LetterGated(/,\s*кто\s/i), // round 227
  reason: new LetterGated(/так\s+как|поскольку|потому\s+что/i),
  // round 242
  inYear: new LetterGated(/\sв\s+(?:19|20)\d\d\s*(?:году|г\.)/i),
  fromEventDay: new LetterGated(/(?:со\s+дня|с\s+даты|с\s+момента|со\s+времени)\s/i),
  // `ACTS_BEFORE_REPEAL`, `NEGATED_ALTERNATIVE`: before searches that were made on every text
  repeal: new LetterGated(/признать\s+утративш/i),
  negated: new LetterGated(/а\s+не\s/i),
  themedYear: new LetterGated(/(?:начал|конц|окончани|середин)[а-яё]*\s+Год[аеу]\s/), // round 239
  between: new LetterGated(/между\s/i), // round 245
  townAfterNumber: new LetterGated(/\d\s{0,3}г\.\s{0,2}[А-ЯЁ]/), // round 267
  standard: new LetterGated(/бу\s*(?:№\s*)?\d|сгс|мсфо/i), // round 264: «ФСБУ 27/2021», «ПБУ 4/99»
  formName: new LetterGated(/\d-[А-ЯЁ]{2}/), // round 272: «6-НДФЛ», «4-ФСС»
  codeWord: new LetterGated(/кбк|инн|кпп|огрн|октмо|окпо|бик|сч[её]т/i), // round 272: «КБК 18201061201010000510»
  timesEnding: new LetterGated(/раз\(а\)/i), // round 278: «1 раз(а) в день»
  seriesYear: new LetterGated(/\d-[А-ЯЁа-яё]{1,6}\/(?:19|20)\d\d/), // round 278: «№ 396-ЗРК/2017»
  monthCovered: new LetterGated(new RegExp(`\\sза\\s+${MONTH_NOMINATIVE}`, 'i')), // round 278
};
/** Round 227: an English month name's first three letters (`ENGLISH_MONTH`), and the letters of the abbreviations it writes. */
const ENGLISH_MONTH_WORD = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const ENGLISH_MONTH_LETTERS = lettersOf('янв фев февр мар апр май июн июл авг сен сент окт ноя дек');
/** The letters of the words the steps write (`firstLastMonth`, `firstDays`, `seasonMonths`, `seasonTime`). */
/** The letter round 242's step writes («обращение» → «обращения»). */
const YA = lettersOf('я');
const WRITTEN_LETTERS = lettersOf(['конце', 'начале', 'начала', ...Object.values(SEASON_NOUN).flat()].join(' '));

export function normalizeDeadline(text: string, open = false): string {
  let s = text;
  // the signs the text holds: a step that needs a sign looks only when it is there (`signsOf`); blanking takes signs away only, and
  // after a step that may write one they are read again
  let signs = open ? ALL : signsOf(s);
  if (signs & CAPITAL_ZE) (s = s.replace(LETTER_THREE, '3')), (signs = open ? ALL : signsOf(s));
  // the letters the text holds: a look for a word is made only when they hold it (`LOOK`); blanking takes letters away only, and the
  // steps that write a word add its letters
  let bits = open ? ALL : lettersRead;
  // A text with no figure skips every step whose search needs one. Steps make figures only at the first, `LETTER_THREE`, before this
  // is read, at `ORDINAL_YEAR` (round 227: «в две тысячи тринадцатом году»; the steps after it see the figures of the text as it came)
  // and at the last, `LETTER_ZERO`
  const figures = open ? hasFigure(s) : (signs & FIGURE) !== 0;
  if (signs & CLOSE) {
    s = s.replace(LIST_MARKER, blank);
    if (signs & OPEN) s = s.replace(ALT_DAY, blank);
    if (signs & OPEN && LOOK.timesEnding.in(s, bits)) s = s.replace(TIMES_BRACKET_ENDING, blank); // round 278
  }
  // round 282: «10.Март.2026» before the item numbers («10.» opening a text)
  if (signs & DOT && figures && LOOK.dotMonth.in(s, bits)) s = replaceFound(s, DOT_MONTH_DATE, hyphenMonthDate as never); // round 282
  if (!startsWithItemNumber(s)) {
    // none of the numbers below: each starts with one or two figures and a dot (a plain look is a tenth of the time of six searches)
  } else if (CLAUSE_NUMBER.test(s)) s = s.replace(CLAUSE_NUMBER, blank);
  else if (ITEM_NUMBER.test(s)) s = s.replace(ITEM_NUMBER, blank);
  else if (ITEM_BEFORE_DAY.test(s)) s = s.replace(ITEM_BEFORE_DAY, blank);
  else if (ITEM_BEFORE_DATE.test(s)) s = s.replace(ITEM_BEFORE_DATE, blank);
  else if (ITEM_BEFORE_WORD.test(s)) s = s.replace(ITEM_BEFORE_WORD, blank);
  else if (ITEM_BEFORE_MONTH.test(s)) s = s.replace(ITEM_BEFORE_MONTH, blank);
  else if (GLUED_ITEM_BEFORE_TIME.test(s)) s = s.replace(GLUED_ITEM_BEFORE_TIME, blank); // round 249: «1.С 08.04. по …»
  else if (ITEM_BEFORE_LOWER.test(s)) s = s.replace(ITEM_BEFORE_LOWER, blank);
  if (signs & DOT && figures && MONTH_THEN_ITEM.test(s)) s = s.replace(MONTH_THEN_ITEM, (m: string, head: string) => head + blank(m.slice(head.length)));
  // Before each search that is not anchored, a plain look for what it cannot match without (a word, a sign): most texts have none,
  // and the search would be tried at every position. Blanking never makes such a word or sign, so a look made earlier still holds.
  if (figures && LOOK.ending.in(s, bits)) s = replaceFound(s, ENDING_FROM); // round 220
  if (figures && DAYS_COUNT_HEAD.test(s)) s = s.replace(DAYS_COUNT_HEAD, blank); // round 220
  if (figures && LOOK.measure.in(s, bits)) s = replaceFound(s, MEASURE_NUMBER, (_m: string, head: string, num: string) => head + blank(num));
  if (endsWithFigure(s)) s = replaceFound(s, FOOTNOTE);
  if (figures && LOOK.yearWord.in(s, bits)) s = replaceFound(s, YEAR_FOOTNOTE); // round 220
  if (LOOK.repeal.in(s, bits) && ACTS_BEFORE_REPEAL.test(s)) s = s.replace(ACTS_BEFORE_REPEAL, (_m: string, item: string, acts: string) => item + blank(acts));
  // round 163: before a quoted day is looked for («_25__» → « 25  »)
  if (signs & UNDERSCORE) s = dropFilledLines(s);
  if (signs & QUOTE) {
    s = replaceFound(s, ACT_TITLE, (_m: string, head: string, title: string) => head + blank(title));
    s = replaceFound(s, QUOTED_DAY, (m: string, day: string) => ' ' + day + ' '.repeat(m.length - 1 - day.length));
    s = replaceFound(s, QUOTED_DAY_FIGURES, (m: string, day: string, month: string, year: string) => `${day}.${month}.${year}`.padStart(m.length));
    signs |= DOT;
  }
  if (signs & PLUS && figures) s = replaceFound(s, PLUS_MARK);
  if (LOOK.month.in(s, bits) && LOOK.lastFirst.in(s, bits)) {
    s = replaceFound(s, FIRST_LAST_MONTH_OF_YEAR, firstLastMonth as never); // round 212
    bits |= WRITTEN_LETTERS;
  }
  if (figures && LOOK.last.in(s, bits) && LOOK.schoolTerm.in(s, bits)) s = replaceFound(s, TERM_LAST_DAY_AFTER_DAY); // round 230
  if (LOOK.web.in(s, bits)) s = replaceFound(s, WEB_ADDRESS);
  if (signs & AT) s = replaceFound(s, E_MAIL);
  if (signs & DOT && figures) s = replaceFound(s, DOMAIN_NUMBER);
  if (signs & DOT && figures) s = replaceFound(s, IP_ADDRESS); // round 225
  if (figures && LOOK.degreeOrPlace.in(s, bits)) s = replaceFound(s, DEGREE_NUMBERS);
  if (figures && LOOK.bytes.in(s, bits)) s = replaceFound(s, FILE_SIZE); // round 207
  if (signs & SQUARE && s.includes('[[')) s = replaceFound(s, WIKI_LINK_TARGET);
  if (signs & (SQUARE | ANGLE)) s = replaceFound(s, BRACKET_FOOTNOTE);
  if (LOOK.capitalDo.in(s, bits) && LOOK.cyrillic.in(s, bits)) s = replaceFound(s, ABBREVIATION_DO, abbreviationDo as never);
  // round 124: before «с.» of a village is read, which the look after a postcode needs
  if (figures && LOOK.address.in(s, bits)) s = replaceFound(s, POSTCODE_AFTER_WORD, (_m: string, head: string, code: string) => head + blank(code));
  if (signs & COMMA && figures) s = replaceFound(s, POSTCODE_BEFORE_PLACE);
  if (LOOK.settlement.in(s, bits)) s = replaceFound(s, SETTLEMENT_S, settlementS as never);
  if (LOOK.themedYear.in(s, bits)) s = replaceFound(s, THEMED_YEAR); // round 239: «начала Года педагога и наставника»
  if (signs & BACKSLASH) (s = replaceFound(s, ESCAPED_DATE, escapedDate as never)), (signs |= DOT); // round 178: before the backslash is read as a slash
  if (signs & DOT && figures && LOOK.townAfterNumber.in(s, bits)) s = replaceFound(s, INSTITUTION_TOWN); // round 267: «МБДОУ д/с 12 г.Кропоткин»
  if (signs & (SLASH | BACKSLASH)) s = replaceFound(s, SLASHED_ABBREVIATION);
  if (signs & DOT && figures) s = replaceFound(s, DAY_DOT_MONTH, (_m: string, day: string) => day + ' ');
  if (figures && LOOK.ageWord.in(s, bits)) s = replaceFound(replaceFound(replaceFound(replaceFound(s, AGE, age as never), AGE_IN_MONTHS, age as never), AGE_OF_THING, age as never), AGE_BEFORE_CHILD, age as never);
  if (figures && LOOK.fulfilled.in(s, bits)) s = replaceFound(s, AGE_OF_THING_BARE, age as never); // round 216: «исполнилось 3 и …»
  if (figures && LOOK.itemFromTo.in(s, bits) && LOOK.years.in(s, bits)) s = replaceFound(s, AGE_ITEM, age as never); // round 175: «до 7 лет - …»
  // round 148: a length of service after «стаж* / опыт*», a label like an age
  if (LOOK.service.in(s, bits) && LOOK.serviceYears.in(s, bits)) s = replaceFound(s, SERVICE_LENGTH, age as never);
  if (figures && LOOK.count.in(s, bits)) s = replaceFound(s, COUNT_FIELD, (_m: string, head: string, run: string) => head + run.replace(/\d/g, ' ')); // round 205
  if (figures && LOOK.eachWeekday.in(s, bits)) s = replaceFound(s, EACH_WEEKDAY_NOTE, (_m: string, head: string, note: string) => head + blank(note)); // round 281
  if (figures && LOOK.views.in(s, bits)) s = replaceFound(s, VIEW_COUNT, (_m: string, head: string, num: string, times?: string) => head + blank(num) + (times ? blank(times) : ''));
  if (signs & BAR && figures) s = replaceFound(s, RUBRIC_COUNT, (_m: string, head: string, num: string) => head + blank(num)); // round 214
  if (signs & COLON && figures) s = replaceFound(s, GLUED_TIME, (_m: string, date: string, time: string) => date + blank(time));
  if (signs & LOW_QUOTE && s.includes('„–')) (s = replaceFound(s, MOJIBAKE_NUMBER_SIGN, () => '  №')), (signs |= NUMERO);
  if (figures && LOOK.ordered.in(s, bits)) s = replaceFound(s, DAY_OF_ORDER); // round 214
  if (signs & NUMERO) s = replaceFound(replaceFound(s, NUMBER_SIGN_COLON, () => ' '), NUMBER_SIGN_DOT, () => ' '); // round 214: «статья № : 971»; round 238: «№.15»
  if (signs & LATIN_N) (s = replaceFound(replaceFound(replaceFound(s, OCR_NUMBER_SIGN, () => '№ '), TYPED_NUMBER_SIGN, () => '№ '), LATIN_NUMBER_SIGN, () => '№')), (signs |= NUMERO); // round 207: «Ne 16»; round 228: «No986»
  if (signs & LATIN_N && (s.includes('N°') || s.includes('Nº'))) (s = replaceFound(s, DEGREE_NUMBER_SIGN, () => '№ ')), (signs |= NUMERO); // round 227: «N°2/3»
  if (signs & CAPITAL_EN) (s = replaceFound(s, CYRILLIC_NUMBER_SIGN, () => '№')), (signs |= NUMERO); // round 217: «от 10 декабря 2013 г. Н 1324»
  if (signs & CAPITAL_PE && s.includes('Пр-')) (s = replaceFound(s, PRESIDENT_INDEX, () => '№  ')), (signs |= NUMERO); // round 217: «28.11.2014, Пр-2753»
  if (signs & DOT && figures && s.includes('.0')) s = replaceFound(s, VERSION_NUMBER);
  if (signs & NUMERO && figures) s = replaceFound(s, SPACED_NUMBER_CODE, (_m: string, num: string, code: string) => num + blank(code));
  if (signs & NUMERO && signs & SLASH && figures && LOOK.seriesYear.in(s, bits)) s = replaceFound(s, ACT_NUMBER_SERIES_YEAR); // round 278
  if (figures && LOOK.forWord.in(s, bits)) s = replaceFound(s, FROM_REPORT_FOR, (_m: string, head: string, noun: string) => head + blank(noun));
  if (figures && LOOK.monthCovered.in(s, bits)) s = replaceFound(s, MONTH_COVERED_AFTER_DEADLINE); // round 278
  if (figures && LOOK.termOf.in(s, bits)) s = replaceFound(s, TERM_OF, (_m: string, head: string, n: string) => head + blank(n));
  if (LOOK.term.in(s, bits) && LOOK.fromWord.in(s, bits)) s = replaceFound(s, TERM_SPAN, (_m: string, head: string, upTo: string) => head + blank(upTo)); // round 197
  if (signs & (UNDERSCORE | GUILLEMET) && mayHoldFormDate(s)) s = replaceFound(s, FORM_DATE);
  if (signs & HYPHEN && figures && LOOK.courtCase.in(s, bits)) s = replaceFound(s, COURT_CASE_ID); // round 197
  if (figures && LOOK.phone.in(s, bits)) s = replaceFound(s, PHONE_NUMBER, (_m: string, head: string, phone: string) => head + blank(phone));
  if (signs & OPEN && figures) s = replaceFound(s, CODED_PHONE);
  if (signs & SLASH && figures && LOOK.form.in(s, bits)) s = replaceFound(s, FORM_CODE, (_m: string, head: string, code: string) => head + blank(code));
  if (signs & SLASH && figures && LOOK.standard.in(s, bits)) s = replaceFound(s, STANDARD_CODE, (_m: string, head: string, code: string) => head + blank(code)); // round 264
  if (signs & HYPHEN && figures && LOOK.formOrReport.in(s, bits)) s = replaceFound(s, STAT_FORM_CODE, (_m: string, head: string, code: string) => head + blank(code));
  if (signs & HYPHEN && figures && LOOK.formName.in(s, bits)) s = replaceFound(s, FORM_NAME_CODE); // round 272: «6-НДФЛ», «4-ФСС»
  if (figures && LOOK.codeWord.in(s, bits)) s = replaceFound(s, LONG_CODE); // round 272: «КБК 18201061201010000510»
  if (signs & EIGHT && figures && s.includes('800')) s = replaceFound(s, TOLL_FREE_PHONE);
  if (signs & CAPITAL_PE && signs & DOT && signs & (HYPHEN | DASH) && figures) s = replaceFound(s, SPACED_RULES_CODE, (_m: string, head: string, code: string) => head + blank(code)); // round 244
  if (figures && LOOK.library.in(s, bits)) s = replaceFound(s, LIBRARY_CODE, (_m: string, head: string, code: string) => head + blank(code)); // round 215
  if (signs & PERCENT && figures) s = replaceFound(s, SHARE_AFTER_COUNT);
  if (figures && LOOK.between.in(s, bits)) {
    const t = replaceFound(s, BETWEEN_DAYS, (_m: string, word: string, first: string) => blank(word) + first + '–'); // round 245
    if (t !== s) (s = t), (signs |= DASH);
  }
  // round 156: before the window's figures are read
  if (figures && LOOK.dashPo.in(s, bits)) s = replaceFound(s, DASH_BEFORE_PO, (_m: string, head: string, day: string, dash: string) => head + day + blank(dash));
  if (LOOK.thousand.in(s, bits)) (s = replaceFound(s, ORDINAL_YEAR, ordinalYear as never)), (signs |= ZERO); // round 227: «в две тысячи тринадцатом году»
  if (figures && LOOK.fromToday.in(s, bits)) s = replaceFound(s, FROM_TODAY, (_m: string, words: string, day: string, close: string) => blank(words) + day + blank(close)); // round 227
  // round 227: «May 17, 2018»; the Russian abbreviations it writes add their letters
  if (figures && ENGLISH_MONTH_WORD.test(s)) {
    s = replaceFound(replaceFound(s, ENGLISH_MONTH, englishMonth as never), ENGLISH_DAY_MONTH, englishDayMonth as never); // round 242
    bits |= ENGLISH_MONTH_LETTERS;
  }
  if (signs & HYPHEN && figures) (s = replaceFound(s, HYPHEN_DATE, (_m: string, day: string, month: string, year: string) => `${day}.${month}.${year}`)), (signs |= DOT);
  if (signs & HYPHEN && figures && LOOK.hyphenMonth.in(s, bits)) s = replaceFound(s, HYPHEN_MONTH_DATE, hyphenMonthDate as never); // round 194
  const month = LOOK.month.in(s, bits);
  if (month) s = replaceFound(s, MONTH_FILLER);
  if (LOOK.first.in(s, bits)) (s = replaceFound(s, FIRST_DAYS, firstDays)), (bits |= WRITTEN_LETTERS);
  if (month) (s = replaceFound(s, SEASON_MONTHS, seasonMonths as never)), (bits |= WRITTEN_LETTERS);
  if (LOOK.time.in(s, bits) && !YEARLY_WORD.test(s)) (s = replaceFound(s, SEASON_TIME, seasonTime as never)), (bits |= WRITTEN_LETTERS);
  PROSPECT_NOTE.lastIndex = 0;
  if (LOOK.prospect.in(s, bits) && PROSPECT_NOTE.test(s)) {
    const figure = s.search(/\d/);
    s = s.replace(PROSPECT_NOTE, (m: string, at: number) => (figure >= 0 && figure < at ? blank(m) : m));
  }
  if (LOOK.strategy.in(s, bits) && LOOK.horizonYear.in(s, bits)) {
    const deadline = s.search(TASK_DEADLINE);
    if (deadline >= 0) {
      s = replaceFound(s, DOCUMENT_HORIZON, ((m: string, head: string, horizon: string, at: number) =>
        at > deadline ? head + blank(horizon) : m) as never);
    }
  }
  if (LOOK.comparison.in(s, bits)) s = replaceFound(s, COMPARISON_NOTE);
  if (LOOK.baseline.in(s, bits)) s = replaceFound(s, BASELINE_NOTE);
  if (figures && LOOK.day.in(s, bits)) {
    s = replaceFound(s, HISTORY_YEAR_BEFORE, (_m: string, year: string, rest: string) => blank(year) + rest);
    s = replaceFound(s, HISTORY_YEAR_AFTER, (_m: string, day: string, year: string) => day + blank(year));
  }
  if (figures && LOOK.inYear.in(s, bits)) s = replaceFound(s, DAY_THEN_YEAR_IN, (_m: string, day: string, between: string, year: string, tail: string) => day + blank(between) + year + blank(tail)); // round 242
  if (LOOK.fromEventDay.in(s, bits)) (s = replaceFound(s, NOMINATIVE_AFTER_START, (_m: string, head: string) => head + 'я')), (bits |= YA); // round 242
  if (LOOK.dedicated.in(s, bits)) s = replaceFound(s, DEDICATED_PART, (_m: string, head: string, part: string) => head + blank(part));
  PURPOSE_CLAUSE.lastIndex = 0;
  if (LOOK.purpose.in(s, bits) && PURPOSE_CLAUSE.test(s)) {
    const figure = s.search(DATE_START);
    s = s.replace(PURPOSE_CLAUSE, (m: string, at: number) => (figure >= 0 && figure < at ? blank(m) : m));
  }
  if (figures && LOOK.eventDay.in(s, bits)) s = replaceFound(s, EVENT_DAY_AFTER_DEADLINE); // round 227
  if (figures && LOOK.who.in(s, bits)) s = replaceFound(s, WHO_CLAUSE); // round 227: «те, кто не сможет 13 сентября прийти, …»
  REASON_CLAUSE.lastIndex = 0;
  if (LOOK.reason.in(s, bits) && REASON_CLAUSE.test(s)) {
    const figure = s.search(DATE_START);
    s = s.replace(REASON_CLAUSE, (m: string, at: number) => (figure >= 0 && figure < at ? blank(m) : m));
  }
  RELATIVE_CLAUSE.lastIndex = 0;
  if (LOOK.relative.in(s, bits) && RELATIVE_CLAUSE.test(s)) {
    const day = s.search(MONTH_BEFORE);
    s = s.replace(RELATIVE_CLAUSE, (m: string, at: number) =>
      day >= 0 && day < at && (!DATE_START.test(m) || YEARLY_IN_CLAUSE.test(m) || SCHOOL_YEAR_BEFORE_CLAUSE.test(s.slice(0, at))) ? blank(m) : m,
    );
  }
  NEGATED_ALTERNATIVE.lastIndex = 0;
  if (signs & (COMMA | HYPHEN | DASH) && LOOK.negated.in(s, bits) && NEGATED_ALTERNATIVE.test(s)) {
    const figure = s.search(DATE_START); // a figure or a month name: «в мае — а не в июне»
    s = s.replace(NEGATED_ALTERNATIVE, (m: string, at: number) => (figure >= 0 && figure < at ? blank(m) : m));
  }
  PART_NOTE.lastIndex = 0;
  if (signs & COMMA && PART_NOTE.test(s)) {
    const figure = s.search(/\d/);
    s = s.replace(PART_NOTE, (m: string, at: number) => (figure >= 0 && figure < at ? blank(m) : m));
  }
  s = replaceFound(s, LETTER_ZERO, () => '0');
  if (hasLatin(s)) s = s.replace(WORD_WITH_LATIN, fixWord);
  s = lowerSameLength(s);
  if (LOOK.throughout.in(s, bits)) s = replaceFound(s, THROUGHOUT, throughout as never); // round 277: «на протяжении» reads as «в течение»
  if (signs & COMMA && LOOK.thanComma.in(s, bits)) s = replaceFound(s, COMMA_BEFORE_THAN, (m: string) => m.replace(',', ' ')); // round 277: «не позднее, чем»
  if (hasOddChar(s)) {
    ODD_CHARS.lastIndex = 0;
    s = s.replace(ODD_CHARS, fixOdd);
  }
  return s;
}
