/**
 * Word classes for the deadline grammar. Every word of a deadline is looked up
 * once; unknown words are «other» (ignored unless nothing else is understood).
 * To teach the parser a new word form, add it to the list of its class below.
 */
import { monthOfWord } from './months';
import type { DeadlineEvery } from './types';

/** Grammatical role of a word in a deadline. */
export type WordClass =
  | 'month' // сентябрь, сентября, сент (n: 1–12)
  | 'roman' // I, II, IV (n)
  | 'ordinal' // первый, второе, третьей (n)
  | 'ordinalSuffix' // the «го» of «28-го», the «е» of «1-е»
  | 'quarter' // квартал, кв
  | 'half' // полугодие
  | 'schoolQuarter' // четверть
  | 'trimester' // триместр: a third of the school year (round 204: I Sep–Nov, II Dec–Feb, III Mar–May) and the unit of a repeat («1 раз в триместр»)
  | 'decade' // декада
  | 'year' // год, года, г · гг, годы, годов (plural)
  | 'school' // учебный, уч
  | 'dayOfMonth' // числа
  | 'monthWord' // месяц, месяца
  | 'weekWord' // неделя
  | 'weekday' // понедельникам, пятницу
  | 'season' // лето, летом, осенью (n: its first month)
  | 'seasonAdj' // летний, летнего (n: its first month) — a season only before «период»
  | 'duration' // дней, дня, лет, часов, рабочих: «в течение 10 дней» is relative, not a date
  | 'from' // с, со
  | 'to' // по
  | 'by' // до
  | 'towards' // к, ко, перед
  | 'not' // не
  | 'later' // позднее, позже
  | 'earlier' // ранее, раньше
  | 'and' // и
  | 'end' // конец, конца, окончания
  | 'begin' // начало, начала
  | 'middle' // середина
  | 'relative' // через, спустя, после
  | 'each' // каждый, каждого
  | 'times' // раз, раза
  | 'recurring' // ежемесячно, еженедельно (every)
  | 'other';

/** A classified word. */
export interface WordInfo {
  cls: WordClass;
  /** The number a month, Roman numeral or ordinal word stands for; 0 otherwise. */
  n: number;
  /** 'recurring': how often («ежемесячно» → month). */
  every: DeadlineEvery | null;
  /** 'year': a plural form («гг.», «годы»: several calendar years). */
  plural: boolean;
}

const TABLE = new Map<string, WordInfo>();
const info = (cls: WordClass, n = 0, every: DeadlineEvery | null = null, plural = false): WordInfo => ({ cls, n, every, plural });
const put = (cls: WordClass, n: number, words: string[]) => {
  for (const w of words) TABLE.set(w, info(cls, n));
};

put('roman', 1, ['i']);
put('roman', 2, ['ii']);
put('roman', 3, ['iii']);
put('roman', 4, ['iv']);
put('roman', 5, ['v']);
const ADJ = ['ый', 'ая', 'ое', 'ого', 'ой', 'ом', 'ому', 'ую', 'ые', 'ых', 'ий'];
put('ordinal', 1, ADJ.map((e) => 'перв' + e));
put('ordinal', 2, ['второй', 'вторая', 'второе', 'второго', 'втором', 'второму', 'вторую', 'вторые', 'вторых']);
put('ordinal', 3, ['третий', 'третья', 'третье', 'третьего', 'третьей', 'третьем', 'третьему', 'третью', 'третьи', 'третьих']);
put('ordinal', 4, ADJ.filter((e) => e !== 'ий').map((e) => 'четверт' + e));
// «с тридцатого августа по третье сентября»: ordinal words up to 31 are days of a month before a month name
// (with «двадцать»/«тридцать» before them: «двадцать пятого мая»)
const ORDINAL_STEMS = ['пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат',
  'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат', 'тридцат'];
ORDINAL_STEMS.forEach((stem, k) => put('ordinal', k < 15 ? k + 5 : (k - 13) * 10, ADJ.map((e) => stem + e)));
// Round 118. «В рамках Всероссийских открытых уроков ОБЖ 27 апреля в 9-11-ых классах прошли уроки, …» (a school's news of the fire service's
// day, https://sh-13-omsk-r52.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/den-pozharnoy-ohrany.html — corpus-real-106; it was
// `unparsed`, «непонятное число «9»»): the full plural endings of an ordinal after a figure — «-ых», «-ые», «-ым», «-ыми» («9-11-ых классах»,
// «1-ые классы», «10-11-ым классам», «с 5-ыми классами») — are suffixes like the short «-х», «-м». Not the pronouns «их», «им», «ей», «ее»:
// a word of its own before a date («для них», «их родители») must keep its reading.
put('ordinalSuffix', 0, ['е', 'й', 'я', 'го', 'ое', 'ой', 'ый', 'ий', 'ая', 'ого', 'ому', 'ему', 'м', 'ом', 'ем', 'ю', 'ую', 'х', 'ти', 'ми', 'ых', 'ые', 'ым', 'ыми']);
put('quarter', 0, ['квартал', 'квартала', 'квартале', 'кварталу', 'кварталом', 'кварталы', 'кварталов', 'кварталах', 'кварталам', 'кв', 'кварт', 'кватал']);
put('half', 0, ['полугодие', 'полугодия', 'полугодии', 'полугодию', 'полугодием', 'полугодий', 'полугодиях', 'полугодиям', 'полуг', 'полугод', 'пол', 'полгода']);
// Round 193. «· итоги первого семестра 2011-2012 учебного года;» (a village school's news of its pedagogical council, its agenda,
// https://bkatr-rcheb.edu21.cap.ru/news/2011/11/18/news_159912/?id=32832bea-3064-4e0c-9bb8-e23a4f937b2b — corpus-real-178; it was the
// whole school year, to 2012-08-31): a «семестр» of a school year is its half, so «первый / 1 / I семестр» reads as «первое полугодие»
// and «второй / II семестр» as «второе полугодие»; «1 раз в семестр» is round 23's «раз в полугодие» (every half, `every` null).
put('half', 0, ['семестр', 'семестра', 'семестре', 'семестру', 'семестром', 'семестры', 'семестров', 'семестрах', 'семестрам']);
put('schoolQuarter', 0, ['четверть', 'четверти', 'четвертью', 'четвертей', 'четвертям', 'четвертях', 'четв']);
put('trimester', 0, ['триместр', 'триместра', 'триместре', 'триместру', 'триместром', 'триместры', 'триместров', 'триместрах', 'триместрам']);
put('decade', 0, ['декада', 'декады', 'декаде', 'декаду', 'декадой']);
put('year', 0, ['год', 'года', 'году', 'годом', 'г']);
for (const w of ['гг', 'годы', 'годов', 'годах', 'годам', 'годами']) TABLE.set(w, info('year', 0, null, true));
put('school', 0, ['учебный', 'учебного', 'учебном', 'учебному', 'учебным', 'учебные', 'учебных', 'уч', 'учеб', 'учебн']);
put('dayOfMonth', 0, ['число', 'числа', 'числу', 'числам', 'чисел', 'числ', 'числе']);
put('monthWord', 0, ['месяц', 'месяца', 'месяце', 'месяцу', 'месяцем', 'месяцы', 'месяцев', 'мес']);
put('weekWord', 0, ['неделя', 'недели', 'неделе', 'неделю', 'неделей', 'недель', 'нед']);
// weekdays, n = 1 (Monday) … 7 (Sunday): «по пятницам», «в первую среду декабря»
put('weekday', 1, ['понедельник', 'понедельника', 'понедельникам']);
put('weekday', 2, ['вторник', 'вторника', 'вторникам']);
put('weekday', 3, ['среда', 'среду', 'среды', 'средам']);
put('weekday', 4, ['четверг', 'четверга', 'четвергам']);
put('weekday', 5, ['пятница', 'пятницу', 'пятницы', 'пятницам']);
put('weekday', 6, ['суббота', 'субботу', 'субботы', 'субботам']);
put('weekday', 7, ['воскресенье', 'воскресенья', 'воскресеньям']);
// Round 173: «по понедельникам», «по воскресеньям»: the dative plural names the days of a weekly repeat (after «по» it is no end of a
// window); «воскресеньям» ends in «-ям», which the repeat's own test had missed, so «по воскресеньям» was no repeat at all
/** A weekday in the dative plural («понедельникам», «средам», «воскресеньям»). */
export const isWeekdaysDative = (t: { cls: string; text: string }): boolean => t.cls === 'weekday' && /[ая]м$/.test(t.text);
// Round 17: the abbreviations of a timetable («пн-пт», «пн., ср., пт.»); «ср»/«вс» only as a weekday, never «сравни»
put('weekday', 1, ['пн', 'понед']);
put('weekday', 2, ['вт']);
put('weekday', 3, ['ср']);
put('weekday', 4, ['чт']);
put('weekday', 5, ['пт']);
put('weekday', 6, ['сб']);
put('weekday', 7, ['вс']);
// seasons, n = the first month: «в течение лета» is June–August; an adjective only with «период» («в летний период»),
// so «осенних каникул» stays an event and not a season
put('season', 6, ['лето', 'лета', 'лету', 'летом']);
put('season', 9, ['осень', 'осени', 'осенью']);
put('season', 3, ['весна', 'весны', 'весну', 'весной', 'весною', 'весне']); // round 43: the dative of «к весне», «к зиме»
put('season', 12, ['зима', 'зимы', 'зиму', 'зимой', 'зимою', 'зиме']);
put('seasonAdj', 6, ['летний', 'летнего', 'летнем', 'летнему', 'летним']);
put('seasonAdj', 9, ['осенний', 'осеннего', 'осеннем', 'осеннему', 'осенним']);
put('seasonAdj', 3, ['весенний', 'весеннего', 'весеннем', 'весеннему', 'весенним']);
put('seasonAdj', 12, ['зимний', 'зимнего', 'зимнем', 'зимнему', 'зимним']);
put('duration', 0, [
  'день', 'дня', 'дней', 'дни', 'суток', 'сутки', 'час', 'часа', 'часов', 'ч', 'мин', 'минут', 'минуты', 'минуту', 'минута', 'лет', 'рабочих', 'рабочий', 'рабочего', 'календарных',
  'календарный', 'календарного', 'дн', 'раб', 'кал', 'календ',
]);
// «начинается 1 апреля и завершается 30 июня»: verbs of starting and ending read as «с» and «по»
put('from', 0, ['с', 'со', 'начинается', 'начнется', 'начинаться', 'начинаются', 'начнутся', 'стартует', 'стартуют', 'начался', 'началась', 'начались', 'стартовал', 'стартовала', // Round 62: «В результате реформы системы образования, стартовавшей в 2013 году, все школы … должны стать доступными для
  // детей-инвалидов.» (https://www.kommersant.ru/doc/2850893 — corpus-real-56): the participles of starting, and the neuter and plural past,
  // read as the finite verbs
  'стартовало', 'стартовали', 'началось', 'стартовавший', 'стартовавшая', 'стартовавшее', 'стартовавшие', 'стартовавшего', 'стартовавшей',
  'стартовавшему', 'стартовавшим', 'стартовавшем', 'стартовавшую', 'стартовавших', 'начавшийся', 'начавшаяся', 'начавшееся', 'начавшиеся',
  'начавшегося', 'начавшейся', 'начавшемуся', 'начавшимся', 'начавшемся', 'начавшуюся', 'начавшихся',
  // Round 65: «Летом этого года мы начинаем обучение руководителей школ новых регионов …» (the minister on teachers' courses in the new
  // regions, https://gorlovka-pravda.com/novosti-gorlovki/dnr-news/v-vosoedinenyh-regionah-strany-trudjatsja-okolo-36-tysjach-uchitelei-24687.html
  // — corpus-real-59): the first person plural, what a ministry or a school says of itself, reads as the third
  'начинаем', 'начнем', 'начнём', 'стартуем',
  // Round 82: «Работы должны начаться 15 апреля, а закончиться 25 августа.» (a regional news page on a school's капремонт contract,
  // https://penza-news.net/society/2022/03/15/203135.html — corpus-real-71): the perfective infinitives after «должны / планируется»,
  // as the imperfective «начинаться» already was
  'начаться', 'стартовать',
  // Round 102: «К работам приступят 26 мая, а завершить их планируется к 25 августа.» (a district paper on a school gym's капремонт
  // contract, https://vestnikp.ru/?do=1&id=9660 — corpus-real-90; it was `on`, two days): the finite forms of «приступить» are verbs of
  // starting like «начнутся» — before a day they read as «с» that day (right after its day, as every verb of starting, the day stays)
  'приступят', 'приступит', 'приступили', 'приступил', 'приступила', 'приступило', 'приступает', 'приступают',
  // Round 186: «К кровельным работам приступим в апреле.» (a contractor on a school's капремонт, quoted on
  // https://dzen.ru/list/house/remont-mebeli-cherepovec?from_cloud=true — corpus-real-172; it was April's window): the first person
  // plural of «приступить», what a contractor or a school says of itself, reads as the third (round 65's «начнём»)
  'приступим', 'приступаем',
  // Round 86: «Проверка начата 28.09.2022, окончена 11.10.2022.» (an antimonopoly office's act of an unscheduled check of a customer's
  // auction, https://base.garant.ru/76564768/ — corpus-real-75): the short passive participles of starting, every gender and number,
  // read as the past verbs («началась 28.09.2022»)
  'начат', 'начата', 'начато', 'начаты',
  // Round 220: «В этом учебном году зимние каникулы у студентов наступят 25 декабря 2023 года и окончатся 8 января 2024 года.» (a news
  // page on students' holidays, https://www.todes-chkalovarena.ru/040525/novosti-kogda-kanikuly-u-studentov-zimoj — corpus-real-200; it
  // was `on`, two days): the plural «наступят / наступают» — of «каникулы», a plural-only period — is a verb of starting like
  // «начнутся»; not the singular «наступит / наступает», whose subject is mostly a moment («Заветный час наступит вечером 24 июня.»,
  // corpus-real-88, stays that day)
  'наступят', 'наступают']);
put('to', 0, [
  'по', 'завершается', 'завершится', 'завершаться', 'заканчивается', 'закончится', 'заканчиваться', 'оканчивается', 'завершаются', 'завершатся',
  'заканчиваются', 'закончатся', 'оканчиваются', // Round 10: «Учебные занятия завершаются 31 декабря.»
  // Round 65: «Первая часть программы (она завершилась 7 июня) предназначена для всех категорий работников …» (a news page on courses
  // for Crimea's teachers, https://rosvuz.ru/news/187-bolee-20-tys-uchitelej-kryma-povysili-svoyu-kvalifikaciyu — corpus-real-59): the
  // past forms of the verbs of ending, every gender and number, read as the present ones — by that day (it was `on` it)
  'завершился', 'завершилась', 'завершилось', 'завершились', 'закончился', 'закончилась', 'закончилось', 'закончились', 'окончился',
  'окончилась', 'окончилось', 'окончились',
  // Round 82: the perfective infinitives («…, а закончиться 25 августа»), as «заканчиваться» already was
  'закончиться', 'завершиться', 'окончиться',
  // Round 220: «… и окончатся 8 января 2024 года.» (corpus-real-200, above): the perfective future of «окончиться», as «закончится»
  'окончится', 'окончатся',
  // Round 86: «…, окончена 11.10.2022.»: the short passive participles of ending, as the past verbs («закончилась 11.10.2022»)
  'окончен', 'окончена', 'окончено', 'окончены', 'завершен', 'завершена', 'завершено', 'завершены', 'закончен', 'закончена', 'закончено',
  'закончены',
  // Round 103: «Месячник завершат 10 октября.» (a regional news page on a month of school tourism, https://tegrk.ru/?p=177897 —
  // corpus-real-91): the transitive finite forms of «завершить / завершать», someone ending the thing, every person, number and tense,
  // read as the intransitive ones — by that day (it was `on` it); their past after its day stays that day (`PAST_ENDING`, round 65).
  // Not «закончить / окончить»: in school texts their transitive forms also mean finishing school («закончила школу в 1990 году»); not
  // the infinitive «завершить»: a plan item's infinitive keeps its day or window (round 82, corpus-real-71's «Капремонт планируют
  // завершить в 2026 году.»)
  'завершат', 'завершим', 'завершит', 'завершают', 'завершаем', 'завершает', 'завершили', 'завершил', 'завершила', 'завершило',
  // Round 124: «Подача заявок на участие в конкурсе и работ прекращается 1 декабря 2016 года.» (a district's local-history contest,
  // http://gorn.proftest.ru/?cat=24&paged=12 — corpus-real-112): «прекращаться / прекратиться», the reflexive verb of a thing's end,
  // every person, number and tense, the infinitives and the short participles («прекращён / прекращена …»), read as «завершается» —
  // by that day (it was `on` it). Not the transitive «прекращает / прекратит»: «С 15 мая библиотека прекращает выдачу …» is the start
  // of the pause, open-ended from its day (the README's round on «с»); the past after its day stays that day (`PAST_ENDING`).
  'прекращается', 'прекратится', 'прекращаются', 'прекратятся', 'прекращаться', 'прекратиться', 'прекратился', 'прекратилась',
  'прекратилось', 'прекратились', 'прекращен', 'прекращён', 'прекращена', 'прекращено', 'прекращены',
]);
put('by', 0, ['до']);
put('towards', 0, ['к', 'ко', 'перед', 'накануне', 'канун']); // «перед началом учебного года» reads as «к началу»; «накануне учебного года» too
// (round 30: «в канун учебного года» is «накануне учебного года»; the «в» before «канун» is skipped like any word)
put('not', 0, ['не']);
put('later', 0, ['позднее', 'позже', 'позднее']);
put('earlier', 0, ['ранее', 'раньше']);
// Round 49: «… осенью — пятого или восемнадцатого сентября года.» (an ОГЭ news page copied into a gist,
// https://gist.github.com/c9297b5b6b670588294cba39390ef40c — corpus-real-44), «последний звонок — 21 или 22 мая»: «или» between two
// days, months or windows joins them like «и» — either is a day of the work, both are listed (the first one was lost)
put('and', 0, ['и', 'или']);
put('end', 0, ['конец', 'конца', 'конце', 'концу', 'концом', 'окончание', 'окончания', 'окончанию', 'завершения']);
put('begin', 0, ['начало', 'начала', 'начале', 'началу', 'началом']);
put('middle', 0, ['середина', 'середины', 'середине', 'середину']);
put('relative', 0, ['через', 'спустя', 'после']);
put('each', 0, ['каждый', 'каждого', 'каждую', 'каждое', 'каждые', 'каждой', 'каждом', 'каждых', 'каждая']);
put('times', 0, ['раз', 'раза', 'дважды', 'трижды', 'четырежды', 'единожды']); // round 52: «единожды» is «один раз»
// Round 17: «ежемес.», «еженед.», «ежекв.», «ежегодн.»: the abbreviations of a plan table repeat like their full words
for (const [every, words] of [['week', ['еженед', 'еженедел']], ['month', ['ежемес', 'ежемесяч']], ['quarter', ['ежекв', 'ежекварт']],
  ['year', ['ежег', 'ежегод', 'ежегодн']]] as const) for (const w of words) TABLE.set(w, info('recurring', 0, every));
// Round 229: «- Квартально - для анализа итогов периода» (a list of how often expert commissions sit,
// https://adaminus.ru/articles/kak-chasto-provoditsya-zasedanie-ekspertnoy-komissii — corpus-real-208; it was `unparsed`): the adverbs of
// a repeat without «еже-» — «квартально», «поквартально», «помесячно», «понедельно» — repeat like «ежеквартально», «ежемесячно»,
// «еженедельно». Only these adverbs: the adjective «квартальный (отчёт)» names a report's period, not a repeat, and stays as it was.
for (const [every, words] of [['week', ['понедельно']], ['month', ['помесячно']], ['quarter', ['квартально', 'поквартально']]] as const)
  for (const w of words) TABLE.set(w, info('recurring', 0, every));

/** The endings of a verbal noun that names an event («проведения», «получения», «развития», «регистрации», «встречи»): one source for the phrase pieces (phrases/compile.ts) and the scanner. */
export const VERBAL_NOUN_END = '(?:ния|тия|ции|чи)';

/** The value of a cardinal number word in a span («трех дней» → 3). */
export const CARDINAL_VALUE: Readonly<Record<string, number>> = {
  один: 1, одну: 1, одного: 1, одной: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, четыре: 4, четырех: 4, пять: 5, пяти: 5,
  шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, пятнадцать: 15,
  пятнадцати: 15, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30,
};

/**
 * Cardinal number words (as a pattern's source): a span's count written without figures, a length of service in words. «ё» is
 * allowed where a word has it: the length of service is blanked before «ё» becomes «е» (normalize.ts).
 */
export const CARDINAL_WORDS =
  '(?:один|одну|одни|одного|одной|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|пятнадцать|пятнадцати|двадцать|двадцати|тридцать|тридцати|сорок|сорока)';

/** Cardinal number words that start a span written without figures: «за один рабочий день», «за две недели», «через три дня». */
export const CARDINAL = new RegExp(`^${CARDINAL_WORDS}$`);

/**
 * Nouns of a part of a document and their abbreviations: a number right after one («согласно приложению 1», «пункт 2.3»,
 * «п. 24», «ст. 59») is that part's number, never a date. One word form per stem, matched with any ending.
 */
// Round 169: «вопрос» too, an agenda's item («Вопрос 1. Об итогах работы комитета образования … в 2018 году и … на 2019 год.», a
// regional education committee's collegium, https://komobr-eao.ru/deyatelnost/kollegiya/materialy-kollegii-ot-05-aprelya-2019-goda.html
// — corpus-real-157; it was `unparsed`, «непонятное число «1»»; «по вопросу 3» the same). Only the singular: in «Для разъяснения
// возникающих вопросов 1 февраля …» the plural is followed by a day.
// Round 182: a volume of a journal or a book, «2016. Том 13. № 3. С. 11–17» (a journal's line,
// https://psyjournals.ru/journals/bppe/archive/2016_n3/Umnyakova_Egorov — corpus-real-168; it was `unparsed`, «непонятное число «13»»).
// Round 228: a line or a column of a statistical form, «Строка 05. Число дней работы образовательного учреждения за период с начала
// отчетного года» (a page of the instructions to Росстат's form 85-К, https://businessneeds.ru/buhhelp.ru/extfile/0609506_/rephlp/0609506_/part2.3.htm
// — corpus-real-207; it was `unparsed`, «непонятное число «05»»), «Строки 01 – 02.», «Графа 4.», «по строкам 01 и 02», «в графах 3 - 21»:
// the form's line and column numbers are labels like a table's. Every case of «строка» and «графа» (not «строчка», not «граф» alone).
// Round 274: an item of a guide, «Правило 2. Утвердите график отпусков до 17 декабря 2025 года» (https://www.klerk.ru/blogs/vk_tech/666705/
// — corpus-real-237; it was `unparsed`, «непонятное число «2»»), «Шаг 1. Подайте заявление …»: the singular of «правило» and «шаг» in any
// case (not «правила», a plural or a genitive: «Правила 2021 года»).
const REFERENCE_NOUN = /^(?:том|тома|томе|тому|строк(?:а|и|е|у|ой|ам|ами|ах)|граф(?:а|ы|е|у|ой|ам|ами|ах)|приложени[а-я]*|подпункт[а-я]*|пункт[а-я]*|подраздел[а-я]*|раздел[а-я]*|стать[а-я]*|глав[аеуыо][а-я]?|таблиц[а-я]*|протокол[а-я]*|абзац[а-я]*|вопрос|вопроса|вопросу|правило|правилу|правилом|правиле|шаг|шага|шагу|шагом|шаге|п|пп|ст|гл|прил|табл|разд)$/;

/** True when a number right after `word` names a part of a document («приложению 1»). */
export function isReferenceNoun(word: string): boolean {
  return REFERENCE_NOUN.test(word);
}

/**
 * Round 33. Nouns of an address and their abbreviations (the abbreviations only with their dot, see `addressNumber`): a number
 * right after one is a house, a building or a room, never a date. «кв.» is left out: it is also «квартал».
 */
const ADDRESS_NOUN = /^(?:дом|дома|доме|дому|домом|корпус[а-я]*|строени[а-я]*|квартир[а-я]*|кабинет[а-я]*|аудитори[а-я]*|офис[а-я]*|помещени[а-я]*)$/;
const ADDRESS_ABBREVIATION: ReadonlySet<string> = new Set(['д', 'корп', 'стр', 'каб', 'ауд', 'оф', 'пом']);

/** How `word` names a part of an address: `full` («дом», «кабинете»), `abbreviation` («д», «каб»), or null. */
export function addressNoun(word: string): 'full' | 'abbreviation' | null {
  if (ADDRESS_NOUN.test(word)) return 'full';
  return ADDRESS_ABBREVIATION.has(word) ? 'abbreviation' : null;
}

/** «еже…» adverbs and adjectives: the stem says how often. */
const RECURRING_STEMS: Array<[string, WordInfo]> = [
  ['еженед', info('recurring', 0, 'week')],
  ['ежемес', info('recurring', 0, 'month')],
  ['ежекв', info('recurring', 0, 'quarter')],
  ['ежегод', info('recurring', 0, 'year')],
];

const RECURRING_FORM = /(о|ый|ий|ая|ое|ые|ой|ым|ыми)$/;

/**
 * Round 57. A repeat adjective in an oblique case («ежеквартальную», «ежемесячной», «ежегодного», «ежемесячных», «ежемесячным»)
 * repeats only before a noun of reporting (`REPORT_NOUN`): «2) ежеквартальную информацию о проведенных мероприятиях …», «2.
 * Предоставление ежемесячной отчетности о количестве часов …» (a law on delegated powers, https://docs.cntd.ru/document/802063578/titles/3DTOU8V,
 * and a city's rules of municipal services, https://docs.cntd.ru/document/973020740/titles/2TR8B4F — corpus-real-52); they were
 * `unparsed`. Before another noun the form stays what it was («определяются ежегодным приказом» a schedule, «по итогам ежегодного
 * конкурса» an event).
 */
const OBLIQUE_REPEAT_FORM = /(ую|ой|ого|ому|ом|ых|ым|ыми)$/;
const REPORT_NOUN = /^(?:отч[её]т[а-я]*|информаци[а-я]*|сведени[а-я]*|доклад[а-я]*|мониторинг[а-я]*)$/;

/** How often the oblique repeat adjective `word` says its `next` word (a noun of reporting) is due, or undefined. */
export function obliqueRepeatBefore(word: string, next: string | undefined): WordInfo['every'] | undefined {
  if (!next || !REPORT_NOUN.test(next)) return undefined;
  return obliqueRepeat(word);
}

/** How often the repeat adjective `word` in an oblique case («ежегодному», «ежемесячной», «ежеквартальных») says, or undefined. */
export function obliqueRepeat(word: string): WordInfo['every'] | undefined {
  if (!word.startsWith('еже') || !OBLIQUE_REPEAT_FORM.test(word)) return undefined;
  for (const [stem, repeat] of RECURRING_STEMS) if (word.startsWith(stem)) return repeat.every;
  return undefined;
}

/**
 * Round 60. «Обязательному ежегодному учету подлежат все дети в возрасте от 6 лет 6 месяцев … до 18 лет, …» (a city's rule of
 * учёт детей, https://garant.ru/hotlaw/kursk/395686 — corpus-real-54), «"Ежегодному персональному учету подлежат все дети до 18 лет,
 * …"» (https://m.lenta.ru/news/2005/12/12/children/): what «подлежит / подлежат» a yearly, monthly or quarterly duty in the dative
 * («ежегодному учету», «ежегодной проверке», «ежеквартальному пересмотру») repeats, whatever the noun (they were `unparsed`, the
 * ages read as spans); round 57 read the oblique form only before a noun of reporting. The verb anywhere in the text, either order.
 */
export const SUBJECT_TO = /^подлеж[а-я]*$/;
const OTHER: WordInfo = info('other');
const CACHE = new Map<string, WordInfo>();
const CACHE_LIMIT = 20000;

/** Classifies one normalised word (lower case, Cyrillic). */
export function classifyWord(word: string): WordInfo {
  const known = TABLE.get(word);
  if (known) return known;
  const cached = CACHE.get(word);
  if (cached) return cached;
  let found = OTHER;
  if (word.startsWith('еже')) {
    // adverbs, nominative adjectives and the instrumental after «станет / будет / проводится»: «ежемесячно», «ежегодный
    // отчёт», «станет еженедельной»; not «по итогам ежегодного …»
    if (RECURRING_FORM.test(word)) for (const [stem, repeat] of RECURRING_STEMS) if (word.startsWith(stem)) found = repeat;
  } else {
    const m = monthOfWord(word);
    if (m) found = info('month', m);
  }
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(word, found);
  return found;
}

/**
 * The kinds of settlement a place's name is written after, abbreviated with a dot: «с.» (село), «п.» and «пос.» (посёлок), «пгт»,
 * «рп» (рабочий посёлок), «д.» and «дер.» (деревня), «ст.» (станица), «х.» (хутор), «г.» and «гор.» (город), «мкр.» (микрорайон).
 * Round 124 drops a postcode before them (`POSTCODE_BEFORE_PLACE` in `normalize.ts`), round 270 passes over them between an act's date
 * and its number (`placeBeforeNumber` in `scan/numbers.ts`).
 */
export const SETTLEMENT_ABBREVIATIONS: readonly string[] = ['с', 'п', 'пос', 'пгт', 'рп', 'д', 'дер', 'ст', 'х', 'г', 'гор', 'мкр'];

/** The opening quotes of a name as tokens: «…», "…", „…“ and “…” (rounds 197, 252 and 271 read a name after them). */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['«', '"', '„', '“']);

/**
 * The codes of a law after its number: a federal law («ФЗ», «ФКЗ») and a region's («ОЗ», «КЗ», «РЗ»), as a token writes them. Round 272
 * keeps them out of a form's name written figures first («273-ФЗ» is no form), round 274 reads «25-ФЗ» with no «№» as a law's number.
 */
export const LAW_CODES: readonly string[] = ['фз', 'фкз', 'оз', 'кз', 'рз'];

/** Round 150. The hour words after a figure of the clock («8 часов», «19 ч»), and the part of the day after them («8 утра»). */
export const HOUR_UNITS: ReadonlySet<string> = new Set(['ч', 'час', 'часа', 'часов']);
/** What may follow «в день / в сутки» of a count per day: nothing, a mark, or a word that opens another phrase (not «в день рождения»). */
export const AFTER_PER_DAY: ReadonlySet<string> = new Set(['и', 'а', 'но', 'или', 'по', 'в', 'во', 'на', 'с', 'со', 'до', 'после', 'перед', 'при', 'для', 'не']);
/** Round 151. Words of minutes after a count: «30 минут в день» (read with HOUR_UNITS by the length of every day, recurrence.ts). */
export const MINUTE_UNITS: ReadonlySet<string> = new Set(['мин', 'минута', 'минуты', 'минут']);
export const DAY_PART: ReadonlySet<string> = new Set(['утра', 'вечера']);
/**
 * Round 150. Verbs of starting or ending in the imperfective, infinitive or present: the routine of every day, not one start
 * (read by the scanner's hours, scan/numbers.ts, and by the daily routine, recurrence.ts).
 */
export const ROUTINE_EDGE_VERB = /^(?:начина|заканчива|заверша|оканчива)(?:ться|ется|ются)$/;
/** Round 150. Words between such a verb and its hour: «не ранее», «не позже, чем», «с», «в», «до». */
const BEFORE_CLOCK: ReadonlySet<string> = new Set(['не', 'ранее', 'раньше', 'позднее', 'позже', 'чем', 'с', 'со', 'в', 'во', 'до', 'к']);

/**
 * Where the words between a verb of a routine start or end and its hour stop, walking from `k` by `step` (+1 towards the hour,
 * -1 back to the verb), at most five words; the comma of «не позже, чем» is one of them. One walk for the scanner's hours and
 * the daily routine.
 */
export function pastBeforeClock(toks: ReadonlyArray<{ text: string }>, k: number, step: 1 | -1): number {
  for (let n = 0; n < 5 && (BEFORE_CLOCK.has(toks[k]?.text ?? '') || (toks[k]?.text === ',' && toks[k + 1]?.text === 'чем')); n++) k += step;
  return k;
}

/**
 * Round 62: the genitive adjectives of a year relative to the context's, and the shift each names («прошлого» −1, «текущего» 0,
 * «следующего» +1). Read after «с» and the parts of a year (`scan/words.ts`) and, since round 219, after «половины» (`scan/numbers.ts`).
 */
export const RELATIVE_YEAR_SHIFT: Readonly<Record<string, number>> = {
  прошлого: -1, прошедшего: -1, минувшего: -1, предыдущего: -1, этого: 0, текущего: 0, нынешнего: 0, уходящего: 0, следующего: 1, будущего: 1, нового: 1, наступающего: 1,
};
