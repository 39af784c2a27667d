/**
 * Phrase lists are data: one phrase per line, in a tiny notation, compiled once
 * into a single regular expression per list. The notation, word by word
 * (words are separated by spaces; the text is matched lower-cased, «ё» as «е»):
 *
 *   по           the word itself
 *   запрос*      the stem with any ending: запрос, запросу, запросам
 *   с|со         one of the words
 *   [чем]        an optional word
 *   <срок>       a named piece from PIECES below («10 дней», «трех рабочих дней», «неделю»; also
 *                <число>, <число-дня>, <число-срока>, <число-или-два>, <срок-отступа>, <число-отступа>, <отсчёт>, <установленный>, <срок-прил>, <прил-мн>, <прил-р>, <прил-п>, <прил-пр>, <прил-т>, <слова>, <фраза>, <тема-года>, <перечень>, <событие>, <событие-п>, <событие-пм>, <событие-т>, <название-т>, <день-события>, <не-каждые>, <срок-без-отсчёта>, <час>, <час-ч>, <начало-события>, <начала-события>, <обращение>, <глагол-установки>)
 *
 * Between words any spaces and commas may stand («не позднее, чем за»). A phrase
 * ends at a word boundary: «по мере» does not match «по мерке».
 */

import { MAX_YEAR, MIN_YEAR } from '../scan/years';
import { VERBAL_NOUN_END } from '../lexicon';
import { isLetter, isSpace } from '../tokens';
import { lettersOf, mayHold, neededLetters } from '../letters';

/** Number words as they appear in deadlines: «10», «10-ти», «3-х», «одного», «трех», «шестого», «следующего» (рабочего дня).
 *  Round 60: «несколько / нескольких» is a count too, one the text does not give: «Ответ жюри будет дан в течение нескольких дней.»
 *  (a regional olympiad's appeal notice, https://xn--b1ayi3a.xn--l1afu.xn--p1ai/news/338 — corpus-real-54) is a bare span (`unparsed`,
 *  it was open-ended work), «за несколько дней до начала …» and «через несколько дней после …» count from their event. */
/**
 * Round 147. «Лицо, нашедшее ребенка, обязано заявить об этом в течение сорока восьми часов в орган внутренних дел или в орган опеки и
 * попечительства по месту обнаружения ребенка.» (a page quoting the law on civil status acts, http://dexter900.narod.ru/index/0-144 —
 * corpus-real-135): the tens «сорок» and «девяносто» in every case are counts like «двадцать» and «тридцать», and a count of tens
 * written with its units in words («сорока восьми», «двадцати четырех», «тридцати одного») is one count (`TENS_BEFORE_UNITS`), so «в
 * течение сорока восьми часов» is a bare span (`unparsed`, it was open-ended work: the ongoing «в течение … часов» took the unknown
 * word) and «в течение сорока восьми часов с момента …» an offset. The other tens were counts already («пят[а-я]*» takes «пятидесяти»).
 */
const TENS_BEFORE_UNITS =
  '(?:(?:двадцат|тридцат|сорок|пятьдесят|пятидесят|шестьдесят|шестидесят|семьдесят|семидесят|восемьдесят|восьмидесят|девяност)[а-я]*\\s+(?=(?:одн|один|дв|тр|четыр|пят|шест|сем|восьм|восем|девят)[а-я]*(?![а-я])))?';
// Round 202: «полутора» («в течение полутора месяцев работы должны быть завершены», a Moscow region news page on the roofs of two
// kindergartens, https://360.ru/news/mosobl/kryshi-dvuh-detskih-sadov-otremontirujut-v-domodedove — corpus-real-186; it was open-ended
// work, the ongoing «в течение … месяцев» took the word it did not know) is a count like «двух»: a bare span
const NUMBER =
  `${TENS_BEFORE_UNITS}(?:нескольк[а-я]*|следующ[а-я]*|\\d+(?:-?[а-я]{1,3})?|одн[а-я]*|один|перв[а-я]*|дв[а-я]*|втор[а-я]*|тр[а-я]*|четыр[а-я]*|четверт[а-я]*|пят[а-я]*|шест[а-я]*|сем[а-я]*|седьм[а-я]*|восьм[а-я]*|восем[а-я]*|девят[а-я]*|десят[а-я]*|пятнадцат[а-я]*|двадцат[а-я]*|тридцат[а-я]*|сорок[а-я]*|девяност[а-я]*|полутор[а-я]*)`;

const CENTURIES = Array.from({ length: Math.floor(MAX_YEAR / 100) - Math.floor(MIN_YEAR / 100) + 1 }, (_, k) => Math.floor(MIN_YEAR / 100) + k).join('|');
/** Round 66: a year in figures right after a count of months («за 9 месяцев 2014 года») makes them the first months of that year, no
 *  span (`monthsOfYearAt` in scan/numbers.ts). */
// Round 187: or the current year in words («за 11 месяцев этого года», `CURRENT_YEAR_OF` in scan/numbers.ts)
const YEAR_AHEAD = `[\\s,]*(?:(?:${CENTURIES})\\d\\d(?!\\d)|(?:этого|текущего|нынешнего|сего)\\s+года(?![а-я]))`;
const MONTHS_OF_YEAR = `(?!${YEAR_AHEAD})`;
/** Round 66: not a count of months right before a year in figures (the first months of that year, `MONTHS_OF_YEAR`). */
const MONTHS_BEFORE_YEAR = `(?![\\s,]*(?:месяц[а-я]*|мес\\.?)${YEAR_AHEAD})`;
/**
 * Round 106. «Руководители учебных заведений должны разработать график отработки занятий за 25 и 26 октября.» (a news page on the days
 * added to autumn holidays, https://tv6.live/ru/2021/10/20/kanikuly-no-ne-sovsem-shkolniki-dolzhny-budut-otrabotat-dni-dobavlennye-k-osennim-kanikulam-video
 * — corpus-real-94): a number after «за» with a month in words after it («за 25 октября», «за 25 и 26 октября», «за 25-26 октября»)
 * is a day the work is for, not the count of an offset before an event (`dayOfMonthAt` in scan/words.ts reads the same days).
 */
const DAY_OF_MONTH_AHEAD =
  '(?!(?:[\\s,]*(?:и|или|-|–|—)?[\\s,]*\\d{1,2}(?!\\d))*[\\s,]+(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*(?![а-я]))';

/** A unit of time, optionally «рабочих» / «календарных» (also «раб.», «кал.»): «дней», «рабочих дней», «раб. дн.», «недели», «месяц», «суток», «минут». */
const UNIT = `(?:(?:рабоч[а-я]*|раб\\.?|календарн[а-я]*|календ\\.?|кал\\.?)[\\s,]+)?(?:дн[а-я]*\\.?|день|недел[а-я]*|месяц[а-я]*(?![а-я])${MONTHS_OF_YEAR}|час[а-я]*|мин|минут[а-я]*|сут[а-я]*|полугода|полгода|год|года|лет)`;

/** Words of a period a report covers («за 4 квартал», «за I полугодие», «за 2 четверть»): after them a number is not a span. */
const PERIOD_WORD = '(?:кв|квартал|кватал|полугод|четверт)';

/** Not the start of a weekday or a month name. */
const NOT_DATE_WORD = '(?!понедельн|вторник|сред[аыу]|четверг|пятниц|суббот|воскресен|январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)';

/** Round 46. A number that counts units of time: not a year in figures — «Отчет за 2020 год», «Протоколы заседаний ШМО за 2013-2014
 *  учебный год.» (a gist of ШМО protocols, https://gist.github.com/33ccc7df0f1c80b35c66961873560fc2 — corpus-real-42) name the year a
 *  report covers, not a span of 2020 years before an event (they were `event`, «за 2020 год»). */
/** The years are the scanner's (`MIN_YEAR`–`MAX_YEAR`, scan/years.ts): one rule for what a year in figures is. */
/** Round 208: nor two years glued («за 20222023 учебный год», round 30's `gluedYears`; a kindergarten's plan, corpus-real-191). */
const COUNT = `(?!(?:${CENTURIES})\\d\\d(?:(?:${CENTURIES})\\d\\d)?(?!\\d))${NUMBER}`;

/**
 * A word of `<слова>` / `<фраза>`: letters, or two runs of letters joined by a hyphen («осенне-зимнего»; round 59) or by a slash (round 62:
 * «Количество и периодичность групповых/подгрупповых и индивидуальных занятий определяется учителем-логопедом …», an answer on speech
 * therapy sessions, https://www.9111.ru/questions/20500961 — corpus-real-56; «родителей/законных представителей»): alternatives written
 * with a slash are one word, also after a hyphen («педагога-психолога/социального педагога»; the text was `unparsed`).
 */
const WORD = '[а-я]+(?:[-/][а-я]+){0,2}';

/**
 * Round 64. «Завершился Конкурс Первичных отделений Движения Первых, в котором за шесть месяцев приняли участие более 13 тысяч
 * детско-взрослых команд.» (a region's news of the contest of first-level branches,
 * http://www.elista.org/socium/6_komand_iz_respubl… — corpus-real-58): a span after «за» with a verb in the past tense after it (within
 * four words, none of them «до / перед / после / раньше / ранее / с / со / от», which name what the span counts back from) says how long
 * something took — a duration a report sums up, «за шесть месяцев приняли участие», «за три года в проекте поучаствовали», «за год было
 * проведено» —, not an offset before an event like «за 10 дней до …» (it was `event`). The verb: a word ending in «-ла / -ло / -ли» or «-лся /
 * -лась / -лось / -лись» (not the masculine «-л» alone: «материал», «протокол», «журнал» end so), none of the words of `NOT_PAST`.
 */
const NOT_ANCHOR = '(?!(?:до|перед|после|раньше|ранее|с|со|от)(?![а-я]))';
/** Words ending like a past verb that are none: conjunctions, nouns in «-ло / -ли», nouns of persons in «-тели» («родители»). */
const NOT_PAST = '(?!(?:если|или|число|дело|село|тело|тепло|начало|недели|цели|роли|модели|земли|мысли)(?![а-я]))(?![а-я]*тели(?![а-я]))';
/**
 * Round 175. «За недельный рейд выявлено 3 безнадзорных подростка; …» (a city's news of a week-long raid,
 * https://www.gongmedia.ru/news/2019/06/14/gde-provodyat-vremya-vashi-deti/), «— За 8 месяцев — всего 5 преступлений с участием
 * несовершеннолетних — кражи, хулиганство.» (a national paper on a youth patrol, https://www.sb.by/articles/otryad-osobogo-naznacheniya.html
 * — both corpus-real-161; they were `event`, the span an offset): the neuter short participle of what was done («выявлено», «проведено»,
 * «задержано» — three letters or more, then «-ено / -ано / -яно» after a letter other than «н», so the adverbs in «-нно» are none) is
 * the past verb of round 64 when no comma and no «будет / будут / быть» stand between («за две недели, если иное не оговорено …» and
 * round 101's «за 10 дней будет направлено уведомление» keep their offsets), and «всего» («in all») right after the span or a dash is the sum a report gives for it: the span is how long
 * it took, not an offset.
 */
const PAST_VERB_AFTER = `(?:(?:[\\s,]+${NOT_ANCHOR}[а-я]+){0,3}[\\s,]+${NOT_PAST}[а-я]+(?:ла|ло|ли|лся|лась|лось|лись)|(?:\\s+${NOT_ANCHOR}(?!(?:будет|будут|быть)(?![а-я]))[а-я]+){0,3}\\s+[а-я]{3,}[^н\\s,.-](?:ен|ан|ян)о|[\\s,-]+всего)(?![а-я])`;

/**
 * Round 121. «45 детей помещались за 9 месяцев в реабилитационные центры, из которых 21 ребенок находился в социально-опасном
 * положении.» (a district paper's report of its КДН, http://rayon.partizansky.ru/?id=20131015055134&in=3664f605802f3e57b8c5d97dcc52082ab2a&showprevue=godoc
 * — corpus-real-109; it was `event`, «за 9 месяцев в …» an offset): the same duration with the past verb right before «за» («помещались
 * за 9 месяцев», «провели за год»), when no word that names what the span counts back from («до / перед / после / раньше / ранее / с /
 * со / от») follows the span — «направлялись за 10 дней до начала» keeps its offset. The verb before is a plural or reflexive past
 * («-ли / -лся / -лась / -лось / -лись»), not «-ла / -ло»: the word before «за» is often the subject, and «Школа за 10 дней направит
 * …» is no verb (round 101's pin). A lookbehind, read at the span after «за».
 */
const PAST_VERB_BEFORE = `(?<=(?<![а-я])${NOT_PAST}[а-я]+(?:ли|лся|лась|лось|лись)[\\s,]+за[\\s,]+)`;
const ANCHOR_AFTER = `[\\s,]+(?:до|перед|после|раньше|ранее|с|со|от)(?![а-я])`;

/**
 * Round 70. «Первоклассники показали дошколятам, чему уже научились за два месяца обучения в школе.» (a school's news of a meeting
 * for future first-graders, http://aschool1.at.ua/news/roditelskoe_sobranie_budushhikh_pervoklassnikov/2012-11-15-75 —
 * corpus-real-63): a span after «за» with a noun of the work it measures right after it in the genitive — «за два месяца обучения»,
 * «за год работы», «за три недели занятий», «за смену пребывания» — says how long that work went on, a duration like round 64's «за
 * шесть месяцев приняли участие», not an offset before an event (it was `event`, its reason the span). «за 10 дней до начала работы»
 * keeps its «до» between the span and the noun and stays an offset.
 */
/**
 * Round 101. «Свое мастерство в нем за четыре дня покажут двадцать четыре педагога.» (a regional TV's news of a teachers' contest,
 * https://www.gtrkpskov.ru/news-feed.html?start=3180 — corpus-real-89) and «За две недели комиссия выборочно посетит несколько школ, …»
 * (a page on an official's inspections, https://klops.ru/dictionaries/persona/190-aleksandr-ierusalimov — corpus-real-87): a span after
 * «за» with a verb in the perfective future after it (within four words, none of them one of `NOT_ANCHOR`'s) says how long the work
 * will take — round 64's duration, told of the future — not an offset before an event (it was `event`). The verb: «будет / будут» or a
 * word ending in «-ут / -ют / -ат / -ят / -ит / -ет», not the imperfective present of rules («подает», «направляют», «размещается»:
 * «-ает / -яет / -ует / -еет» and their plurals, and no reflexive), none of `NOT_FUTURE`'s nouns, and no verb of notice or of handing in
 * («уведомит», «предупредят», «сообщат», «направят», «подадут», «представят»: «Организатор за 10 дней сообщит …» keeps its offset).
 */
const NOT_FUTURE =
  '(?!(?:совет|бюджет|предмет|ответ|отч[её]т|зач[её]т|уч[её]т|расч[её]т|сч[её]т|результат|аттестат|объект|проект|кабинет|комитет|институт|университет|факультет|интернет|минут|маршрут|пакет|билет|сюжет|приоритет|портрет|аспект|кандидат|депутат|формат|визит|лимит|кредит|свет|цвет|нет|лет|может|могут|стоит|следует|будет|будут)(?![а-яё]))(?!(?:уведом|предупред|сообщ|извест|информир|оповест|направ|отправ|опублику|размест|пода|представ|предостав|сдад|сдаст)[а-яё]*(?![а-яё]))';
const FUTURE_VERB_AFTER = `(?:[\\s,]+${NOT_ANCHOR}[а-яё]+){0,3}[\\s,]+(?:буд(?:ет|ут)[\\s,]+${NOT_FUTURE}[а-яё]+|${NOT_FUTURE}(?![а-яё]*(?:[аяуе]ет|[аяуе]ют)(?![а-яё]))[а-яё]+(?:ут|ют|ат|ят|ит|ет)(?![а-яё]))`;

/**
 * Round 146. «Данные Рособрнадзора свидетельствуют, что за пять месяцев (апрель-август) свыше 23,5 тысячи детей-мигрантов были
 * заявлены на обучение.» (a national news site on the migrant children's test, https://news.mail.ru/society/68503184/ — corpus-real-134):
 * a span after «за» with a bracket right after it that writes a window with both ends — two months joined by a dash («(апрель-август)»),
 * or «с … по …» («(с 1 апреля по 31 августа)») — is the window's length, the time the figures cover, not an offset before an event
 * (the scanner's `spanOfWindowAt` reads the window; the piece `<срок-окна>` lets `eventAtStart` leave such a span at the start).
 */
const MONTH_NAME = '(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*';
/** Round 247: «За месяц с 14 сентября по 14 октябре …» — the window with no bracket, «с <число> … по <число>» right after the span
 *  (the scanner's `spanBeforeWindowAt`). */
const WINDOW_NO_BRACKET = '[\\s,]+с\\s+\\d{1,2}(?!\\d)[^;()]{0,40}?\\sпо\\s+\\d';
const WINDOW_AFTER = `(?:\\s*\\((?:${MONTH_NAME}\\s*[-–—]\\s*${MONTH_NAME}|с\\s+[^()]{1,40}?\\s+по\\s+[^()]{1,40})\\)|${WINDOW_NO_BRACKET})`;

const OF_WORK_AFTER = '[\\s,]+(?:обучения|учебы|работы|занятий|пребывания|деятельности|существования|реализации|практики|смены)(?![а-я])';

/**
 * Round 166. «122 центра «Точка роста» открыли в Смоленской области за два года» and «За два года более 13 тысяч учеников школ освоили
 * 926 программ дополнительного образования.» (a regional paper on the «Точка роста» centres,
 * https://smolgazeta.ru/watchday/109350-122-centra-tochka-rosta-otkryli-v.html — corpus-real-154): a span of years after «за» with no
 * «до / перед / после / с / от» after it — «за два года», «за 5 лет», «за год» — is how long the work took, the time the figures cover,
 * not an offset before an event (it was `event`, its reason the span). «за 2 года до окончания срока» keeps its «до» and stays an offset.
 */
const NOT_YEARS_SPAN = `(?!(?:${COUNT}[\\s,]+)?(?:год|года|лет)(?![а-я])(?!${ANCHOR_AFTER}))`;

/**
 * Round 199. «Согласно подписанному указу Правительство России за три месяца должно сформировать состав организационного комитета, а
 * также разработать и утвердить план главных мероприятий тематического года.» (a teachers' paper on the decree of the Год педагога и
 * наставника, https://ug.ru/2023-god-obyavlen-godom-pedagoga-i-nastavnika — corpus-real-183; it was `event`, the offset «за три месяца
 * должно сформировать …»): a span after «за» with a word of obligation right after it — «должно / должна / должны / должен / обязан*» —
 * is the time allowed for the work, a limit like «в трехмесячный срок» or «в течение двух месяцев» (a bare span), not an offset before an
 * event. A verb of notice or of handing in after the word keeps the offset («за 5 дней обязан уведомить …», «за 3 дня должны быть
 * поданы …»: notice before the event), and «за 10 дней до начала …» and «за месяц провести инструктаж» (no such word) read as before.
 */
const OBLIGED_AFTER =
  '[\\s,]+(?:должн(?:о|а|ы)|должен|обязан(?:о|а|ы)?)(?![а-я])(?![\\s,]+(?:быть[\\s,]+)?(?:уведом|предупред|сообщ|извест|информир|оповест|направ|отправ|опублик|размест|пода|представ|предостав|сда)[а-я]*)';

/** Named pieces usable as `<name>` in phrases. */
/**
 * Round 104. «не допускается в дошкольное учреждение 21 день с начала контакта» (a test on a kindergarten's quarantine rules,
 * https://testw.ru/vopros.html?id_test=770&id_vopros=45338 — corpus-real-86): «с начала» and a noun after a span is the event the span
 * counts from (`START_OF_EVENT`, in `отсчёт` and the piece `<начало-события>`), like «с момента». Not the start of a period with a date
 * of its own — «с начала учебного года / месяца / четверти / сентября / каникул» — which reads as before. Round 168: «не допускаются в
 * детскую организацию в течении 17 дней от начала заболевания» (a test on a kindergarten's rules after scarlet fever,
 * https://testw.ru/vopros.html?id_test=769&id_vopros=44753 — corpus-real-156; it was `unparsed`): «от начала» and the same noun counts
 * from the event like «с начала» («от даты», «от дня» were read already); «от начала учебного года» reads as before.
 */
const PERIOD_STARTS = 'учебн|календарн|текущ|нов|следующ|очередн|финансов|отчетн|год|месяц|недел|квартал|четверт|полугод|триместр|семестр|каникул|смен|сезон|дня|дне|суток|лет|осен|зим|весн|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|период|срок|века|столети|десятилети|пятилетк|эпидсезон';
/**
 * Round 282. «- срок проведения плановой и внеплановой проверки наличия и состояния архивных документов одного фонда не может превышать
 * 60 рабочих дней с начала её проведения.» (a region's regulation of keeping archival documents,
 * https://docs.cntd.ru/document/537916381/titles/7DO0KA — corpus-real-243; it was `unparsed`, the bare span «60 рабочих»): a possessive
 * «её / ее / их» between «начала» and the event's noun («с начала её проведения», «от начала их работы») is the same anchor («его»
 * already was: three letters); a period after the pronoun reads as before.
 */
const START_OF_EVENT = `(?:с|от)[\\s]+начала[\\s]+(?:(?:ее|её|их)[\\s]+)?(?!(?:${PERIOD_STARTS})[а-я]*(?![а-я]))[а-я]{3,}(?![а-я])`;

export const PIECES: Readonly<Record<string, string>> = {
  /** a number in figures or words */
  число: NUMBER,
  /** a number that starts a span, not the number of a quarter, half or school quarter: «за 10 дней», not «за 4 квартал» */
  /** round 216: a count or two counts in figures with a dash between, the range of days of an adaptation regime: «первые 2-3 дня» */
  'число-или-два': `(?:\\d{1,2}\\s*-\\s*\\d{1,2}(?!\\d)|${COUNT})`,
  'число-срока': `${COUNT}(?![\\d])(?![\\s,]*${PERIOD_WORD})${MONTHS_BEFORE_YEAR}`,
  /** round 146: a span with a bracket right after it that writes a window with both ends: «пять месяцев (апрель-август)» */
  'срок-окна': `(?:${COUNT}[\\s,]+)?${UNIT}${WINDOW_AFTER}`,
  /** a span of time: «10 дней», «3-х рабочих дней», «двух недель», «неделю», «день» */
  срок: `(?:${COUNT}[\\s,]+)?${UNIT}`,
  /** round 194: a span that does not say how long ago («больше 10 лет назад» is a label, round 140), for a threshold of a condition */
  'срок-не-назад': `(?:${COUNT}[\\s,]+)?${UNIT}(?![\\s,]+назад(?![а-я]))`,
  /** round 64: a span before an event after «за», not a duration with a past verb after it («за шесть месяцев приняли участие»); round 70:
   *  nor with a noun of the work it measures after it («за два месяца обучения»); round 121: nor with the past verb right before «за» and
   *  no «до / после …» after the span («помещались за 9 месяцев в …») */
  'срок-отступа': `(?!(?:${COUNT}[\\s,]+)?${UNIT}(?:${PAST_VERB_AFTER}|${FUTURE_VERB_AFTER}|${OF_WORK_AFTER}|${OBLIGED_AFTER}))${NOT_YEARS_SPAN}(?!${PAST_VERB_BEFORE}(?:${COUNT}[\\s,]+)?${UNIT}(?![а-я])(?!${ANCHOR_AFTER}))(?:${COUNT}[\\s,]+)?${UNIT}`,
  /** round 64: the number of such a span at the start: «за 10 дней до …», not «За шесть месяцев приняли участие …» (round 70: nor «за три
   *  недели занятий»); round 178: nor figures glued to a form's underscores, a blank year («за 20____ год», the year line of a report
   *  form, https://base.garant.ru/403366175/b89690251be5277812a78962f6302560 — corpus-real-164; it was `event`) */
  'число-отступа': `(?!\\d+_)(?!${COUNT}[\\s,]+${UNIT}(?:${PAST_VERB_AFTER}|${FUTURE_VERB_AFTER}|${OF_WORK_AFTER}|${OBLIGED_AFTER}))${NOT_YEARS_SPAN}${COUNT}(?!\\d)(?![\\s,]*${PERIOD_WORD})${MONTHS_BEFORE_YEAR}${DAY_OF_MONTH_AHEAD}`,
  /** round 45: the participle of someone setting a day or a date: «установленный», «определенные», «назначенную», «утвержденный»,
   *  «указанный» (в день, установленный Оргкомитетом) */
  установленный: '(?:установлен|определен|назначен|утвержден|указан)[а-я]*',
  /** an adjective of a span: «месячный», «15-дневный», «десятидневный», «трехдневный» */
  'срок-прил': '(?:\\d+-?)?[а-я]*(?:дневн|месячн|недельн)[а-я]*',
  /** what the span counts from: «после», «со дня», «с даты», «с момента», «от даты», «следующего за (официальным) днем»,
   *  also after «исчисляемых» / «считая»: «исчисляемых со дня регистрации»; round 31: «следующих за годом / месяцем …» («действительно в
   *  течение четырех лет, следующих за годом написания такого сочинения»); round 82: «с / от» and a possessive before the verbal noun
   *  itself, with no «дня / даты» («Документ составляется на основе обследования, в течение 15 дней с его проведения.»); round 133: the
   *  verbal noun right after «с / со / от» with no possessive either («не позднее 15 календарных дней со обращения гражданина», «в
   *  течение трех дней с получения сведений», «в течение месяца со вступления решения в силу»); round 147: «со времени» and «с того
   *  момента / дня» (before «, когда …») count from their event like «с момента» and «со дня» («в течение 3 дней со времени вступления
   *  его в законную силу», «в течение одного месяца с того момента, когда им стало известно о необходимости этого», a commentary on
   *  art. 34 of the Civil Code, https://gist.github.com/239efaa9f856f5ca893aebcf2597a83a — corpus-real-135) */
  отсчёт: `(?:(?:исчисляем[а-я]*|считая)[\\s,]+)?(?:после|со[\\s]+дня|с[\\s]+даты|с[\\s]+момента|со[\\s]+времени|с[\\s]+того[\\s]+(?:момента|дня)|с[\\s]+дня|от[\\s]+даты|от[\\s]+дня|(?:с|со|от)[\\s]+(?:(?:его|ее|её|их)[\\s]+)?[а-я]+${VERBAL_NOUN_END}(?![а-я])|следующ[а-я]*[\\s]+за[\\s]+(?:[а-я]+(?:ым|им)[\\s]+)?(?:днем|годом|месяцем)|${START_OF_EVENT})`,
  /** round 104: «с начала» and a noun that is no period with a date of its own: «с начала контакта», «с начала заболевания» */
  'начало-события': START_OF_EVENT,
  /** round 136: «начала» and a noun that is no period with days of its own, after «в день / дни»: «в день начала болезни», not «в день
   *  начала учебного года» */
  'начала-события': `начала[\\s]+(?!(?:${PERIOD_STARTS})[а-я]*(?![а-я]))[а-я]{3,}(?![а-я])`,
  /** a plural adjective before a noun: «конкретные», «точные»; round 126: with a word of degree before it, «более / наиболее / самые
   *  точные» («Более точные даты проведения краевых конкурсов будут определены позже, …») */
  'прил-мн': '(?:(?:более|наиболее|самые)\\s+)?[а-я]+(?:ые|ие)',
  /** one to seven words, no digits: «проведения», «каникул будут», «начала и дата окончания проведения конкурса»; round 59: a compound
   *  word with a hyphen is one word («осенне-зимнего», «учебно-воспитательной») */
  слова: `${WORD}(?:[\\s,]+${WORD}){0,6}`,
  /** round 91: one to eight words, among which a bracketed explanation of one to four words may stand: «полномочий Совет родителей
   *  (законных представителей) несовершеннолетних обучающихся», «действия (далее – Положение)» */
  'слова-скобки': `${WORD}(?:[\\s,]+(?:${WORD}|\\(\\s*${WORD}(?:[\\s,–-]+${WORD}){0,3}\\s*\\))){0,7}`,
  /** one to twelve words: what stands between «Даты»/«Сроки» and the verb of setting them («проведения проверочных для каждого
   *  класса и предмета школы будут»); a number or «4-7» may stand among them as a label («для учеников 4-7 классов»); round 88: so may
   *  one to four words in brackets, as one of them («Сроки прохождения отдельных административных процедур (действий), необходимых для
   *  предоставления государственной услуги, указаны в разделе 3 Регламента.», https://docs.cntd.ru/document/561542841/titles/M7U98B);
   *  round 160: one to six words in the brackets («2. Сроки проведения регионального этапа (единые для всех регионов страны) утверждены
   *  приказом МОН РФ № 1304 от 01.12.2013 …», https://olimpiada.ru./news/2305 — corpus-real-149; it was `unparsed`) */
  фраза: `${WORD}(?:[\\s,]+(?:${WORD}|\\d+(?:-\\d+)?|\\(${WORD}(?:[\\s,]+${WORD}){0,5}\\))){0,11}`,
  /** a list of what is set together with the dates, after a comma: «, план подготовки, сценарный план проведения мероприятия, …,
   *  смета расходов на проведение мероприятия» — two to eight items of one to seven words each */
  перечень: '[а-я]+(?:\\s+[а-я]+){0,6}(?:\\s*,\\s*[а-я]+(?:\\s+[а-я]+){0,6}){1,7}',
  /** an anniversary in the dative: «80-летию», «80 летию», «столетию», «восьмидесятилетию» */
  годовщина: '(?:\\d+[\\s-]?|[а-я]+)лети[юя]',
  /** a verbal noun naming an event: «проведения», «завершения», «подачи», «регистрации», «открытия»; a journey's start or end
   *  (round 26): «заезда», «отъезда», «выезда», «приезда» (… в лагере в день заезда; до отъезда ребенка в лагерь);
   *  round 98: a coming or going on foot, «прихода», «ухода», «выхода», «перехода», «похода» (Детей с подозрением на ОРВИ изолируют …
   *  до прихода родителей.)
   *  round 185: not «сведения» — «до сведения» is whom a thing is brought to, no event («Дымова Н.В., … довела до сведения родителей
   *  график подготовительных занятий …», http://romanovobr.ru/structure/96-news/1264-2011-01-31-16-20-02 — corpus-real-171; it was
   *  `event`), as round 51's `deliveredTo` reads its «до» */
  событие: `(?:(?!сведени[яй](?![а-я]))[а-я]+(?:${VERBAL_NOUN_END}|езда)|(?:при|у|вы|пере|по)хода)`,
  /** what a count of first days, weeks or months is of (round 19): «работы», «обучения», «пребывания», «учебы», «стажировки»,
   *  «смены»; round 79: «реализации» (of a programme, a project, a month) — not a month («в первые две недели сентября») nor «учебного
   *  года»; round 83: «трудоустройства» (a young specialist's first year after being hired) */
  деятельность: '(?:работ[а-я]*|обучени[а-я]|пребывани[а-я]|учеб[ыеу]|стажировк[а-я]|деятельност[а-я]|заняти[а-я]|смен[ыеу]|практик[а-я]|функционировани[а-я]|реализаци[а-я]|трудоустройств[а-я])',
  /** an adjective in the genitive before a themed week, decade or day, not an ordinal: «предметной», «Единого», «всероссийских» — not
   *  «второй», «последней» («во время второй недели сентября» is days of a month) */
  'прил-р': '(?!перв|втор|трет|четверт|пят|последн|следующ|прошл|текущ)[а-я]+(?:ой|ей|ого|его|ых|их)',
  /** round 51: an adjective in the prepositional, singular or plural, before «случае / случаях», not an ordinal: «экстренных»,
   *  «исключительных», «особом» — not «первом», «втором» (an enumeration of cases, not a condition) */
  'прил-пр': '(?!перв|втор|трет|четверт|пят|последн)[а-я]+(?:ом|ем|ых|их)',
  /** the same noun after «перед»: «сдачей», «проведением», «открытием», «регистрацией» */
  'событие-т': '[а-я]+(?:нием|тием|цией|чей)',
  /** round 54: an adjective in the instrumental, singular or plural, before what «перед» names, not an ordinal: «каждой», «дальней»,
   *  «каждым», «очередным», «дальними» (перед каждой поездкой, перед очередным выездом) — not «первой», «последним» */
  'прил-т': '(?!перв|втор|трет|четверт|пят|последн|следующ)[а-я]+(?:ой|ей|ым|им|ыми|ими)',
  /** round 56: a name in quotes after «перед», its first word in the instrumental: «"Последним» (звонком), «Днем» (знаний), «Зарницей» */
  'название-т': '[«"„“]\\s*[а-я]+(?:ым|им|ой|ей|ом|ем|ами|ями)',
  /** round 94: a themed week, decade, month, day, festival, feast, campaign or action named in quotes, its noun in the genitive first or
   *  after one or two adjectives inside the quotes: «"Недели безопасности», «"Месячника", «"Единого дня", «"Декады дорожной» */
  'название-р': `[«"„“]\\s*(?:(?!перв|втор|трет|четверт|пят|последн|следующ|прошл|текущ)[а-я]+(?:ой|ей|ого|его|ых|их)\\s+){0,2}(?:недел[а-я]*|декад[а-я]*|месячник[а-я]*|дня|дней|фестивал[а-я]*|праздник[а-я]*|акци[а-я]*)(?![а-я])`,
  /** round 113: the name of a themed year right after «года», its first word a noun in the genitive: «культуры», «семьи», «педагога»,
   *  «науки», «защитника», «памяти», «наследия» — not a word of work or of counting back («работы», «реализации», «назад») nor a little
   *  word («и», «в», «до»): «в рамках Года культуры», not «в рамках года работы» */
  'тема-года': '(?!(?:работы|обучения|учебы|реализации|деятельности|назад|тому|спустя)(?![а-я]))[а-я]{4,}(?:ы|и|а|я)(?![а-я])',
  /** round 97: an hour of a civil-defence calendar plan counted from «Ч», the moment the signal is given: «Ч»+10 ч, «Ч+2 ч», «Ч + 0,5-2 ч.»,
   *  «Ч+1.00», «Ч+30 мин», «Ч+1 сут» — the letter (in quotes or not), «+», the hours or minutes (one number or two joined by a dash), a unit */
  /** round 152: a clock time in figures, «10.00», «09.00», «8:15» (not the day and month of a date: no dot and figure after it) */
  'час': '(?<![\\d.,:])(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?!\\d)(?![.,]\\d)',
  'час-ч': `ч[»"“”']?\\s*\\+\\s*\\d{1,3}(?:[.,:]\\d{1,2})?(?:\\s*-\\s*\\d{1,3}(?:[.,:]\\d{1,2})?)?(?:\\s*(?:ч|час[а-я]*|мин|минут[а-я]*|сут[а-я]*)\\.?)?`,
  /** round 132: an ordinal in the genitive between «дня» and the event's verbal noun: «1-го», «1го», «первого», «последнего»,
   *  «очередного» (до дня 1-го занятия, до дня первого занятия) */
  'порядковое-р': '(?:\\d{1,2}-?(?:го|ого)|(?:перв|втор|трет|последн|очередн|следующ)(?:ого|его))',
  /** the same noun after «при»: «введении», «поступлении», «регистрации», «открытии» (not «наличии»); round 166: and «записи»,
   *  «переписи» (Перевод статуса происходит автоматически при записи обучающегося на программы …) */
  'событие-п': '(?:[а-я]+(?:нии|тии|ции)|(?:за|пере)писи)',
  /** round 175: the same nouns in the plural prepositional after «при»: «нарушениях», «изменениях», «обращениях»; not the places
   *  and bodies a thing is attached to («при медучреждениях», «при школьных отделениях», «при предприятиях») */
  'событие-пм': '(?![а-я]*(?:учрежден|заведен|отделен|помещен|подразделен|объединен|поселен|управлен|предприят))[а-я]+(?:ниях|тиях)',
  /** round 52: an adjective in the prepositional singular after «при»: «несчастном», «планомерном», «внезапной»; round 53 uses it
   *  before the school event a thing is done at: «общешкольной», «торжественной», «родительском» (на общешкольной линейке) */
  'прил-п': '[а-я]+(?:ом|ем|ой|ей)',
  /** one to seven words before the «день» of an ordinal day («на 3-й [рабочий] день после …»), none of them a weekday or a month:
   *  «в четвертый понедельник октября … день …» is a weekday of a month */
  'слова-дня': `${NOT_DATE_WORD}[а-я]+(?:[\\s,]+${NOT_DATE_WORD}[а-я]+){0,6}`,
  /** the «день» of an ordinal day counted from an event, not a day of every month or school quarter («в первый рабочий день месяца»,
   *  round 17) */
  // round 74: nor the first or last day of a season («В первый день лета …», `seasonDay` in scan/words.ts)
  /** round 192: the number of a day counted from an event — a count or ordinal, not a year in figures («в 2022 году … дня») */
  'число-дня': COUNT,
  'день-события': '(?:день|дня)(?![\\s,]+(?:месяца|четверти|лета|осени|зимы|весны))',
  /** round 84: the word after «через» at the start, not «каждые / каждый / каждую»: «Через каждые пять лет музей … должен подтвердить
   *  звание.» is a repeat («каждые пять лет»), not an offset like «через 10 дней со дня …» */
  'не-каждые': '(?!кажд)[^\\s,]+',
  /** round 215: the month or the week after «со следующего / следующей …» with nothing after it but a sign or the text's end: «со
   *  следующего месяца» is open-ended work, «со следующего месяца после подачи заявления» (corpus-real-54) and round 60's «со следующего
   *  месяца подачи заявления» count from the event */
  'срок-без-отсчёта': '(?:месяца|недели)(?=\\s*(?:[.,;:!?)»"]|$))',
  /** round 114: an appeal, a complaint or a request to an authority in any case and number — «обращению», «обращениям» —, not the handling
   *  of a thing, which «с / со» follows («по обращению с отходами», «по обращению с огнем» are a subject, not an appeal) */
  обращение: 'обращени[а-я]*(?![\\s,]+(?:с|со)(?![а-я]))',
  // Round 180: a verb of setting («устанавливается», «определяется», «оговаривается» …) or its short participle («установлен»,
  // «предусмотрены»), not a long present participle («оговариваемой», «устанавливаемых»), which describes the noun before it
  'глагол-установки':
    '(?:(?:устанавлива|определя|утвержда|регламентиру|регулиру|указыва|оговарива)(?!ем(?:ый|ой|ая|ое|ые|ых|ым|ыми|ую|ом|ого|ому)(?![а-я]))|регламентирован|установлен|определен|указан|предусмотрен)[а-я]*',
};

const SEP = '[\\s,]+';

function slot(word: string): string {
  const piece = /^<(.+)>$/.exec(word);
  if (piece) {
    const src = PIECES[piece[1]!];
    if (src === undefined) throw new Error(`unknown phrase piece ${word}`);
    return src;
  }
  const alts = word.split('|').map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}[а-я]*` : w));
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** The regular-expression source of one phrase. */
export function phraseSource(phrase: string): string {
  let src = '';
  let needSep = false;
  for (const w of phrase.trim().split(/\s+/)) {
    const optional = w.startsWith('[') && w.endsWith(']');
    const body = slot(optional ? w.slice(1, -1) : w);
    if (optional) src += needSep ? `(?:${SEP}${body})?` : `(?:${body}${SEP})?`;
    else {
      src += (needSep ? SEP : '') + body;
      needSep = true;
    }
  }
  return src;
}

/** Each phrase's source, longest phrase first, for one alternation of them (so «по мере поступления» wins over «по мере»). */
function alternatives(phrases: readonly string[]): string[] {
  return [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
}

/** A matcher for phrases at the start of the text (after punctuation and any of `leading`); group 1 is the phrase. */
export function atStart(phrases: readonly string[], leading: readonly string[] = [], label = false): RegExp {
  const lead = leading.length > 0 ? `(?:(?:${leading.join('|')})${SEP})?` : '';
  const pattern = (alt: string) => `^[^0-9a-zа-я]*${label ? GRADE_LABEL : ''}${lead}(${alt})(?![а-я])`;
  const whole = parted(phrases, pattern);
  if (phrases.length < BY_LETTER_MIN) return whole;
  const before = new RegExp(`^[^0-9a-zа-я]*(?:${label ? GRADE_LABEL.slice(0, -1) : '(?!)'}${leading.length > 0 ? `|(?:${leading.join('|')})${SEP}` : ''})`);
  // with no label or leading word at the start (what `before` looks for), their optional groups match nothing: the phrases are tried
  // right after the signs
  return new ByFirstLetter(whole, phrases, (alt) => `^[^0-9a-zа-я]*(${alt})(?![а-я])`, before);
}

/** Lists of at least this many phrases at the start are looked for by their first letter (`ByFirstLetter`). */
const BY_LETTER_MIN = 8;
/** The first words a `ByFirstLetter` keeps the matcher of. */
const BY_WORD_MAX = 20_000;

/**
 * The letters a phrase can begin with, or null when that is not known here (a piece, a sign, a figure): the first letters of its first
 * word's alternatives, and of the next word's when the first is optional.
 */
export function firstLetters(phrase: string): ReadonlySet<string> | null {
  const words = phrase.trim().split(/\s+/);
  const letters = new Set<string>();
  for (const w of words) {
    const optional = w.startsWith('[') && w.endsWith(']');
    for (const alt of (optional ? w.slice(1, -1) : w).split('|')) {
      const bare = alt.endsWith('*') ? alt.slice(0, -1) : alt;
      if (!/^[а-я]/.test(bare) || /^.[?*+{]/.test(bare)) return null;
      letters.add(bare[0]!);
    }
    if (!optional) return letters;
  }
  return null; // every word optional
}

/** One plain word of a phrase: its alternatives, each a word or a stem (`ежегодн*`: any word it begins). */
type PlainWord = ReadonlyArray<{ readonly word: string; readonly stem: boolean }>;

/** A way a phrase can begin: the words its first word can be, and the letters its second word can begin with (null: any, or none). */
export interface PhraseStart {
  readonly first: PlainWord;
  readonly second: ReadonlySet<string> | null;
}

/** The alternatives of a word of a phrase, or null when it is not plain words of letters (a piece, a sign, a figure). */
function plainWord(word: string): PlainWord | null {
  const alternatives = word.split('|');
  if (!alternatives.every((alt) => /^[а-я]+\*?$/.test(alt))) return null;
  return alternatives.map((alt) => (alt.endsWith('*') ? { word: alt.slice(0, -1), stem: true } : { word: alt, stem: false }));
}

/**
 * The ways a phrase can begin, or null when that is not known here: each word it can begin with (an optional word, or the word after
 * the optional ones before it) with the first letters of the word that can come next (null when that word is not plain, or the phrase
 * may end there). Known when every word the phrase can begin with is plain words of letters; a plain word's match ends where the text's
 * run of letters ends (a separator, the phrase's end or a sign follows it), and the next word begins after the commas and spaces.
 * «[в|во|на] [период|время] перв* дни» can begin «в период», «в перв…», «период перв…» or «перв… дни».
 */
export function startsOf(phrase: string): PhraseStart[] | null {
  const words = phrase.trim().split(/\s+/).map((w) => {
    const optional = w.startsWith('[') && w.endsWith(']');
    return { optional, body: optional ? w.slice(1, -1) : w };
  });
  const out: PhraseStart[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = plainWord(words[i]!.body);
    if (first === null) return null;
    // the words that can come next: each optional one after it, and the first that is not optional
    const second = new Set<string>();
    let any = false;
    let j = i + 1;
    for (; j < words.length; j++) {
      const next = plainWord(words[j]!.body);
      if (next === null) any = true;
      else for (const alt of next) second.add(alt.word[0]!);
      if (!words[j]!.optional) break;
    }
    if (j === words.length) any = true; // the phrase may end after this word
    out.push({ first, second: any ? null : second });
    if (!words[i]!.optional) return out;
  }
  return null; // every word optional
}

/** Whether the text's first word (its run of letters а–я) can be one of `first`. */
function firstWordIs(first: PlainWord, word: string): boolean {
  return word !== '' && first.some((w) => (w.stem ? word.startsWith(w.word) : word === w.word));
}

/**
 * A matcher of phrases at the start of the text that tries only the phrases that can begin with the text's first word (or figure),
 * and go on with its second word's first letter. Where no grade label or leading word may stand before the phrase, the phrase begins
 * at the text's first letter or figure (only signs are passed over before it, and no phrase whose first letter is known begins with
 * a sign); a first word of plain letters ends where the text's run of letters ends, and the second word begins after the commas and
 * spaces that follow. So a phrase that cannot begin so cannot match, and a match found among the others is the whole list's match
 * (the same pattern, the order of the phrases kept). Where a label or a leading word stands first, the whole list is tried. A list of
 * a hundred phrases that nearly every text reaches (`EVENT_START`) was a tenth of the parser's time.
 */
class ByFirstLetter extends RegExp {
  private readonly byKey = new Map<string, RegExp | null>();
  /** The matcher of each set of phrases (their indices), so first words that leave the same phrases share one. */
  private readonly bySet = new Map<string, RegExp | null>();
  private readonly first: ReadonlyArray<ReadonlySet<string> | null>;
  private readonly starts: ReadonlyArray<PhraseStart[] | null>;

  constructor(
    private readonly whole: RegExp,
    private readonly phrases: readonly string[],
    private readonly pattern: (alternation: string) => string,
    private readonly before: RegExp,
  ) {
    super(whole.source);
    this.first = phrases.map(firstLetters);
    this.starts = phrases.map(startsOf);
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.before.test(text)) return this.whole.exec(text);
    const n = text.length;
    let at = 0;
    while (at < n && !isLetterOrFigure(text.charCodeAt(at))) at++;
    // the first word (the run of letters а–я; none before a figure), its first character, and the first character of the second
    // word: after the run of letters and one or more commas and spaces
    let end = at;
    while (end < n && isCyrillic(text.charCodeAt(end))) end++;
    let next = end;
    while (next < n && isSeparator(text.charCodeAt(next))) next++;
    const a = at < n ? text[at]! : '';
    const b = next > end && next < n ? text[next]! : '';
    const key = end > at ? `${text.slice(at, end)} ${b}` : `${a} ${b}`;
    let matcher = this.byKey.get(key);
    if (matcher === undefined) {
      const word = text.slice(at, end);
      const some: number[] = [];
      for (let k = 0; k < this.phrases.length; k++) {
        const first = this.first[k]!;
        const starts = this.starts[k]!;
        // a plain first word ends where the text's run of letters ends (a separator or the phrase's end follows it)
        if (starts !== null) {
          if (starts.some((s) => firstWordIs(s.first, word) && (s.second === null || s.second.has(b)))) some.push(k);
        } else if (first === null || first.has(a)) some.push(k);
      }
      const set = some.join(',');
      matcher = this.bySet.get(set);
      if (matcher === undefined) {
        matcher = some.length === 0 ? null : parted(some.map((k) => this.phrases[k]!), this.pattern);
        this.bySet.set(set, matcher);
      }
      if (this.byKey.size >= BY_WORD_MAX) this.byKey.clear(); // a text's first words are many; the sets of phrases they leave, few
      this.byKey.set(key, matcher);
    }
    return matcher === null ? null : matcher.exec(text);
  }

  /** `split` and `matchAll` copy a matcher through its species: they get a plain one of the same source. */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
}

/** а–я: the letters of a phrase's plain word. */
function isCyrillic(c: number): boolean {
  return c >= 0x430 && c <= 0x44f;
}

/** What `[\\s,]` matches between a phrase's words. */
function isSeparator(c: number): boolean {
  return c === 44 || isSpace(c);
}

/** 0–9, a–z, а–я: what `^[^0-9a-zа-я]*` stops at. */
function isLetterOrFigure(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c);
}

/**
 * Round 26. A grade label and a dash before a phrase at the start are a note, as before a date («4 классы – 15 апреля»): «9, 11
 * классы - по окончанию сроков государственной итоговой аттестации» → the event, «5-9 кл. - по графику ОО» → the schedule. Only
 * numbers joined by «-» or «,», then «класс…» or «кл», then a dash; the phrase must follow right after it.
 */
const GRADE_LABEL = '(?:\\d+(?:\\s*[-,]\\s*\\d+)*\\s*(?:класс[а-я]*|кл)\\.?\\s*-\\s*)?';

/**
 * A matcher for phrases anywhere, as whole words; group 1 is the phrase. A search for them is tried at every position of the text;
 * it is made only when the text holds the letters of one of them (`PartedRegExp`'s `needs`).
 */
export function anywhere(phrases: readonly string[]): RegExp {
  return parted(phrases, (alt) => `(?:^|[^а-я])(${alt})(?![а-я])`, true);
}

/**
 * V8 compiles a regular expression whose source is over 20 KB without its optimisations (`kRegExpTooLargeToOptimize`), and the
 * longest phrase lists are over it (`EVENT_ANYWHERE` 32 KB, `EVENT_START` 27 KB: together a tenth of the parser's time). Most texts
 * hold none of their phrases; shorter matchers over parts of the list, each under the size, tell that in about half the time.
 */
const PART_SOURCE = 16 * 1024;

/**
 * A matcher that looks for a match with its parts first. Found or not is the same as the whole one's (a text matches an alternation
 * exactly when it matches one of its parts' alternations, the same pattern around each), and a match found is the whole one's,
 * so which phrase wins where several match is as before. Only `exec` (and `test`, which calls it) is changed; a matcher made from
 * its `source` is the whole one.
 * With `needs` (`anywhere`), each part — or the whole list, when it is short and is its only part — is looked for only where the text
 * holds the letters one of its phrases needs (`neededLetters` of each phrase's source): a text of a few words holds the letters of few
 * phrases, and a search for phrases anywhere is tried at every position.
 */
class PartedRegExp extends RegExp {
  constructor(
    source: string,
    private readonly parts: readonly RegExp[],
    private readonly needs: ReadonlyArray<readonly number[]> | null = null,
  ) {
    super(source);
  }

  override exec(text: string): RegExpExecArray | null {
    const bits = this.needs === null ? 0 : textLetters(text);
    for (let k = 0; k < this.parts.length; k++) {
      if (this.needs !== null && !mayHold(bits, this.needs[k]!)) continue;
      // a short list is its only part: the whole matcher is that search
      if (this.parts.length === 1 || this.parts[k]!.test(text)) return super.exec(text);
    }
    return null;
  }

  /** `split` and `matchAll` copy a matcher through its species: they get a plain one of the same source. */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
}

/** The letters of the last text a matcher with `needs` read (the parser gives one text to many of them in turn). */
let lastText = '';
let lastBits = 0;
function textLetters(text: string): number {
  if (text !== lastText) (lastText = text), (lastBits = lettersOf(text));
  return lastBits;
}

/**
 * The matcher `pattern` makes of the alternation of `phrases`: whole when its source is short, else looked for by parts first; with
 * `letters`, each part only where the text holds a phrase's letters.
 */
function parted(phrases: readonly string[], pattern: (alternation: string) => string, letters = false): RegExp {
  const sources = alternatives(phrases);
  const source = pattern(sources.join('|'));
  if (source.length <= PART_SOURCE && !letters) return new RegExp(source);
  // the same sources, cut into runs that keep each part's source under the size
  const room = PART_SOURCE - pattern('').length;
  const runs: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const one of sources) {
    if (run.length > 0 && size + 1 + one.length > room) (runs.push(run), (run = []), (size = 0));
    size += (run.length > 0 ? 1 : 0) + one.length;
    run.push(one);
  }
  runs.push(run);
  const parts = runs.map((r) => new RegExp(pattern(r.join('|'))));
  return new PartedRegExp(source, parts, letters ? runs.map((r) => r.flatMap((one) => neededLetters(one))) : null);
}
