import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS, normalizeDeadline, parseDeadline, type Deadline, type DeadlineContext } from '../../src/lib/deadline';
import { readdirSync, readFileSync } from 'node:fs';
import { anywhere, atStart, firstLetters, startsOf } from '../../src/lib/deadline/phrases/compile';
import { BARE_SPANS, CONDITIONS_ANYWHERE, EVENT_ANYWHERE, EVENT_CONDITIONS, EVENT_START, LEADING_WORDS } from '../../src/lib/deadline/phrases/events';
import { DEADLINE_NAMES, DEADLINE_NAMES_AT_START } from '../../src/lib/deadline/phrases/due';
import { ONGOING as ONGOING_PHRASES } from '../../src/lib/deadline/phrases/ongoing';
import { ACT_EDITS, DOCUMENT_NOUNS, SCHEDULE_ANYWHERE, SCHEDULE_START } from '../../src/lib/deadline/phrases/schedules';

/** The demo roadmap's context: year 2021, period 2021-01-01..2021-12-31. */
const CAL: DeadlineContext = { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } };
/** A school-year roadmap. */
const SCHOOL: DeadlineContext = { year: 2021, period: { start: '2021-09-01', end: '2022-08-31' } };

type Expected = Partial<Omit<Deadline, 'text'>> & Pick<Deadline, 'kind'>;
type Case = [text: string, expected: Expected];

/** Full expected object: every field not given is its empty value. */
function full(text: string, e: Expected): Deadline {
  return {
    text,
    kind: e.kind,
    start: e.start ?? null,
    due: e.due ?? null,
    dates: e.dates ?? [],
    every: e.every ?? null,
    day: e.day ?? null,
    reason: e.reason ?? null,
  };
}

const by = (due: string): Expected => ({ kind: 'by', due });
const on = (...dates: string[]): Expected => ({ kind: 'on', start: [...dates].sort()[0]!, due: [...dates].sort().at(-1)!, dates });
const range = (start: string, due: string): Expected => ({ kind: 'range', start, due });
const ongoing2021: Expected = { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' };
const monthly = (day: number | null): Expected => ({ kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month', day });
const schedule = (reason: string): Expected => ({ kind: 'schedule', reason });
const event = (reason: string): Expected => ({ kind: 'event', reason });

const SEED: Case[] = [
  ['До 15.02.2021', by('2021-02-15')],
  ['До 15.02. 2021', by('2021-02-15')],
  ['До 01.03.2021', by('2021-03-01')],
  ['До 15.03.2021', by('2021-03-15')],
  ['До 30.03.2021', by('2021-03-30')],
  ['До 20.05.2021', by('2021-05-20')],
  ['До 25.12.2021', by('2021-12-25')],
  ['В течение года', ongoing2021],
  ['октябрь-ноябрь 2021', range('2021-10-01', '2021-11-30')],
  ['август 2021 ноябрь 2021 декабрь 2021 март 2022', {
    kind: 'months', start: '2021-08-01', due: '2022-03-31', dates: ['2021-08-31', '2021-11-30', '2021-12-31', '2022-03-31'],
  }],
  ['11.02.-19.02.2021', range('2021-02-11', '2021-02-19')],
  ['09.06.2021- 11.06.2021', range('2021-06-09', '2021-06-11')],
  ['22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021', on('2021-04-22', '2021-05-19', '2021-09-15', '2021-10-13', '2021-11-17')],
  ['По графику ОО', schedule('график ОО')],
  ['по графику ОО', schedule('график ОО')],
  ['По плану ВШК', schedule('план ВШК')],
  ['В соответствии с графиком ДОБО', schedule('график ДОБО')],
  ['По итогам работ', event('итоги работ')],
  ['ежемесячно до 28 числа', monthly(28)],
];

const BY: Case[] = [
  // Round 265 (corpus-real-230): «до 24 часов <день>» is the end of that day (round 264's rule; https://base.garant.ru/17681001/31c8140a2e1dc585c5111b6d2281821d);
  // «текущего года» after a day keeps it in the context year after a next year in words written first
  // (https://base.garant.ru/74733559/f0919a1a5b9327ff53d0b0cd9f3489ec)
  ['Проект решения о бюджете района на очередной финансовый год считается внесенным в срок, если он доставлен Собранию депутатов Канашского района до 24 часов 15 ноября текущего года.', by('2021-11-15')],
  ['до 24 часов 15 ноября', by('2021-11-15')],
  ['Глава Первомайского района Оренбургской области вносит проект решения о районном бюджете на очередной финансовый год (очередной финансовый год и плановый период) на рассмотрение в Совет депутатов муниципального образования не позднее 15 ноября текущего года.', by('2021-11-15')],
  ['В следующем году до 1 марта текущего года', by('2021-03-01')],
  // Round 228 (corpus-real-207): a month after «в» before a past verb of ordering is when the order was given, as round 214's day
  // (https://aif.ru/society/education/vypuskniki_rossiyskih_shkol_smogut_poluchit_elektronnuyu_kopiyu_attestata); with its year as before
  ['В феврале президент РФ поручил провести эксперимент по применению электронных копий документов до 1 декабря 2021 года.', by('2021-12-01')],
  ['в марте губернатор потребовал до 1 сентября провести проверку готовности школ', by('2021-09-01')],
  ['В феврале 2021 года президент поручил до 1 декабря провести эксперимент', range('2021-02-01', '2021-12-01')],
  // Round 227 (corpus-real-206): «последним / крайним днём приёма / <события>» names the deadline
  // (https://aiin-aciic.ucoz.ru/news/registracija_kandidatov/2011-04-29-480); a «кто» clause with a day of its own is a note before the
  // sentence's day (https://kaluga24.tv/news/008851); an event's day after a deadline in the same clause is a note
  // (http://old.cikrf.ru/law/decree_of_cec/2010/05/17/Zp101391.html)
  ['Последним днем приема заявлений и подписных листов объявлена дата 5 мая.', by('2021-05-05')],
  ['Последним днём подачи документов станет 20 июля.', by('2021-07-20')],
  ['Досрочное голосование, в котором примут участие те, кто не сможет 13 сентября прийти на избирательные участки, будет продолжаться до 12 сентября.', by('2021-09-12')],
  ['2. Предложить избирательным комиссиям субъектов Российской Федерации разработать и представить в Центральную избирательную комиссию Российской Федерации в срок не позднее 16 августа 2010 года комплексы мероприятий по подготовке и проведению выборов в органы местного самоуправления в единый день голосования 10 октября 2010 года в субъекте Российской Федерации.', by('2010-08-16')],
  // Round 232 (corpus-real-211): a part word that governed a noun of its own («начала мобилизации») leaves no part for the window
  // of a later «до конца / до начала <года>» (https://dzen.ru/a/Y16VMSUUZBbavJmh)
  ['После начала мобилизации «ОПОРА РОССИИ» выступила с предложением о продлении мер до конца 2023 года.', by('2023-12-31')],
  ['После начала работы комиссии ограничения сохраняются до начала 2024 года', by('2023-12-31')],
  // Round 214 (corpus-real-196): the day a past verb of ordering follows is the order's day when the order names its term after it
  // (https://vidsboku.com/news/ryazanskiy-gubernator-poruchil-provodit-medobsledovanie-voditeley-shkolnyh-avtobusov?field_scope_tid=8);
  // with no term after the verb the day reads as before
  ['Рязанский губернатор Олег Ковалев на заседании облправительства во вторник, 5 августа, потребовал до 1 сентября провести дополнительный инструктаж с водителями школьных автобусов, в случае необходимости организовать медицинское обследование.', by('2021-09-01')],
  ['5 августа губернатор поручил провести проверку к 1 сентября', by('2021-09-01')],
  ['5 августа губернатор поручил провести проверку', on('2021-08-05')],
  // Round 206 (corpus-real-189): a form's line between a month word and its year is dropped
  ['до 15 мая_2021', by('2021-05-15')],
  // Round 199 (corpus-real-142's known miss of round 154): the year of a theme year after «к ноябрю» is a label
  // (http://www.yoki.ru/news/social/society/23-10-2008/67147-0/)
  ['Президент России Дмитрий Медведев поручил к ноябрю разработать комплекс мероприятий, направленных на формирование позитивного образа учителя в общественном сознании и подготовить решение об объявлении в РФ 2010 г. Годом учителя, передает Радио "Маяк".', by('2021-10-31')],
  // Round 191 (corpus-real-176): a span spelt out by «то есть» and a day is that day, the span its length (https://russian.city/tula/393130088)
  ['Проверку и обработку материалов должны завершить в течение 12 дней – то есть до 16 декабря.', by('2021-12-16')],
  ['в течение 10 рабочих дней, т.е. не позднее 20 мая', by('2021-05-20')],
  // Round 185 (corpus-real-171): two counts of three figures joined by a dash before a counted noun are a label like «10-15 человек»
  // (https://news.mail.ru/society/67368191/)
  ['Я думаю, что до конца августа еще порядка 100−150 человек подойдут, заявления напишут.', by('2021-08-31')],
  // Round 186 (corpus-real-172): «в преддверии» right before a day and its month is by that day, like «накануне 1 сентября»
  // (https://360.ru/news/mosobl/avtoinspektsija-odintsova-proverit-shkolnye-avtobusy-pered-uchebnym-godom/)
  ['В преддверии первого сентября Госавтоинспекция Московской области проводит масштабную проверку готовности школьных автобусов.', by('2021-09-01')],
  // Round 159 (corpus-real-148): «перед учебным годом» without «новым» is by the start of the school year, like «перед новым учебным
  // годом» (http://www.orinfo.ru/95825/v-lagere-zastava-otdokhnut-100-podrostkov-iz-ilekskogo-raiona)
  ['Набраться новых впечатлений перед учебным годом сюда приезжают дети из 13 сел.', by('2021-08-31')],
  // Round 106 (corpus-real-94): «закончить / окончить» before a period of study is a verb of ending, by its day
  // (https://k1news.ru/news/obrazovanie/uroki-vo-vseh-kostromskih-shkolah-zakonchatsya-odnovremenno)
  ['Остальные школьники закончат учебный год 30 мая.', by('2021-05-30')],
  // Round 103 (corpus-real-91): the transitive forms of «завершить» are verbs of ending, by their day (https://tegrk.ru/?p=177897)
  ['Месячник завершат 10 октября.', by('2021-10-10')],
  // Round 97 (corpus-real-83's known misses): «до Нового года» is by the year's last day (https://www.newkaliningrad.ru/news/community/32395-.html);
  // «Срок <день>» opening a cell is a `by` (http://nevarono.tunev.gov.spb.ru/roo/1-roo/32533-o-merakh-bezopasnosti-na-vodnykh-obektakh.html)
  ['Проверки будут продолжаться до Нового Года.', by('2021-12-31')],
  ['Срок 20.05.2023.', by('2023-05-20')],
  // Round 86 (corpus-real-75): a year named by an adjective of the next year, with «финансового» (https://ru24.pro/documents/409092753,
  // https://docs.cntd.ru/document/427001257/titles/3QB850B)
  ['Образовательные организации, которым государственное задание формируется на учебный год, составляют План на очередной финансовый год и плановый период до начала очередного финансового года.', by('2021-12-31')],
  ['3.1.1. О достижении значения результата предоставления субсидии, указанного в соглашении, в срок не позднее 30 января следующего финансового года.', by('2022-01-30')],
  // Round 80 (corpus-real-69): a verb of starting with no date of its own starts nothing before a verb of ending
  // (https://rg.ru/2017/04/19/v-shkolah-nachalis-vserossijskie-proverochnye-raboty.html)
  ['В школах начались Всероссийские проверочные работы, которые завершатся в мае.', by('2021-05-31')],
  // Round 77 (corpus-real-66): hours after a distributive «по» are a rate (http://deti.sovlib.ru/kursanty-v-biblioteke), a season after
  // «следующего» is next year's (https://kuzbassnews.ru/news/yunarmeycy-posta-no1-v-kemerove-zastupili-na-vahtu-pamyati)
  ['Дежурство у мемориала осуществляется ежедневно по 6 часов и продлится до 9 мая.', by('2021-05-09')],
  ['До следующего лета им предстоит нести службу у мемориала «Слава кузбассовцам, павшим за Родину в годы Великой Отечественной войны 1941-1945 гг.».', by('2022-05-31')],
  // Round 72 (corpus-real-64): after «до <день>», «к новому <годы> учебному году» is the work's purpose (https://base.garant.ru/409236622/)
  ['1. Определить персональную ответственность руководителей образовательных организаций, подведомственных МКУ "Департамент образования" местной администрации городского округа Нальчик, МКУ "Управление культуры" местной администрации городского округа Нальчик, МКУ "Управление по физической культуре и спорту" местной администрации городского округа Нальчик, за проведение до 1 августа 2024 года мероприятий по подготовке образовательных учреждений городского округа Нальчик к новому 2024 - 2025 учебному году.', by('2024-08-01')],
  // Round 65 (corpus-real-59): the past forms of the verbs of ending read as «по»
  // (https://rosvuz.ru/news/187-bolee-20-tys-uchitelej-kryma-povysili-svoyu-kvalifikaciyu)
  ['Первая часть программы (она завершилась 7 июня) предназначена для всех категорий работников системы общего образования вновь присоединенных к России территорий.', by('2021-06-07')],
  ['Приём заявлений на курсы закончился 15 мая.', by('2021-05-15')],
  // Round 62, part 4 (corpus-real-56): an age is a label, with its «до» (https://newdaynews.ru/ekaterinburg/751571.html)
  ['Прием заявлений для детей в возрасте от 5 до 18 лет до 1 мая.', by('2021-05-01')],
  // Round 61 (corpus-real-55): «, а не <срок>» is the old deadline, a note
  // (https://nsportal.ru/blog/shkola/obshcheshkolnaya-tematika/all/2018/03/27/kak-provesti-samoobsledovanie-oo-3-vazhnyh)
  ['Теперь школы обязаны разместить на сайте и направить отчет учредителю до 20 апреля, а не до 1 сентября, как раньше.', by('2021-04-20')],
  // Round 61: a count of five figures before a noun is a label (https://itat.kuz-edu.ru/index.php?id=41286)
  ['До 2024 года в школах России будет создано 19950 центров образования естественно-научной и технологической направленностей «Точка роста».', by('2023-12-31')],
  // Round 54 (corpus-real-49): a verb of starting with no day, then «продлится до <дня>» (https://ru24.pro/pics/114705098)
  ['Сегодня в России по инициативе Госавтоинспекции и Министерства образования и науки Российской Федерации стартовала Неделя дорожной безопасности, посвященная вопросам обеспечения безопасности детей на дорогах, которая продлится до 29 сентября.', by('2021-09-29')],
  ['Начался прием заявлений, он продолжится до 1 апреля.', by('2021-04-01')],
  // Round 48 (corpus-real-43): a clause number of two parts without its closing dot before a word (https://gist.github.com/e096b2a30f3ae4c7a7f35cd3c255bfbf)
  ['2.2 Оборудовать уголок по профориентации в кабинете обслуживающего труда до 15.09.2012 года', by('2012-09-15')],
  // Round 48 (corpus-real-43): a season's period after «за» is what a report covers, the «не позднее» day the deadline
  ['Отчет за летний период — не позднее 1 сентября', by('2021-09-01')],
  // Round 44 (corpus-real-40): an adjective of a year between «к» and a school year in figures (http://talrono.ru/?p=7551)
  ['- О подготовке образовательных организаций к новому 2024-2025 учебному году.', by('2024-08-31')],
  // Round 42 (corpus-real-39): «учебных» before a noun that is no year, after «с», starts no window (https://gist.github.com/1b92132a10ba028fad98e7f2f1a708ee)
  ['Для участия в ГИА необходимо подать в образовательную организацию заявление с указанием выбранных учебных предметов до 1 марта включительно.', by('2021-03-01')],
  // Round 42 (corpus-real-39): a day after «за» before a deadline is the day a result is for (https://gist.github.com/7275ecc536f2594e649ea4f39f2d0c63)
  ['Результаты экзаменов по ОГЭ за 30.05 и ОГЭ и ГВЭ за 01.06, кроме литературы, являются предварительными до 16:00 13 июня.', by('2021-06-13')],
  // Round 42 (corpus-real-39): a part of every quarter in the nominative (https://gist.github.com/c3de6d60ebcf09e525823731d383cd5b)
  ['Книга приказов по обучающимся — конец четверти.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  // Round 42 (corpus-real-39): «по факту <чего>» inside a sentence (https://gist.github.com/c3de6d60ebcf09e525823731d383cd5b)
  ['Протоколы педагогических советов — по факту проведения.', event('по факту проведения')],
  // Round 42 (corpus-real-39): the plural «по запросам» inside a sentence (https://gist.github.com/03f1821c4a4d833ef378bfe176792c04)
  ['Выполнение справок по запросам пользователей.', event('по запросам пользователей')],
  // Round 43 (corpus-real-34): a breakdown of a count by years after a colon is a note (https://penza.aif.ru/society/education/40_penzenskih_shkol_v_2022_godu_poluchat_novoe_kompyuternoe_oborudovanie)
  ['До конца 2024 года еще в 121 школе будет обновлено компьютерное и интерактивное оборудование: в 2023 году его получат 70 образовательных организаций, в 2024-м - 51.', by('2024-12-31')],
  // Round 43 (corpus-real-36): a part's deadline after the whole's is a note; «до начала осени» is before September (https://kommersant.ru/doc/3680924)
  ['Белый дом направил в министерства и регионы план-график подготовки новых нацпроектов — окончательно эта работа должна быть завершена к 30 декабря, но основная часть — до начала осени, чтобы успеть вписать необходимые расходы в бюджет.', by('2021-12-30')],
  ['до начала осени', by('2021-08-31')],
  // Round 41 (corpus-real-38): an item number before «в / с / к» and a word is dropped (https://docs.cntd.ru/document/570920118/titles/11SG96M)
  ['4.1. В срок до 15 августа года, следующего за отчетным, на основании сведений, представленных участниками подготовки сводного доклада, Министерством осуществляется подготовка проекта сводного доклада и направление его на согласование участникам подготовки сводного доклада.', by('2021-08-15')],
  // Round 41 (corpus-real-38): a number with a plus after it is a label (https://tmgnews.ru/novosti/500-pomozhet-li-novyi-proekt-povysit-kachestvo-obrazovaniia-v-tuve/amp)
  ['Проект «500+» реализуется в рамках федерального проекта «Современная школа» нацпроекта «Образование», направленного на достижение цели, обозначенной в указе президента – вхождение России к 2024 году в число 10 стран-лидеров мира по качеству общего образования.', by('2024-12-31')],
  // Round 39 (corpus-real-26): a participial phrase after a date is a note (https://coko24.ru/2012/12/25/)
  ['Аттестация на соответствие занимаемой должности : до 16 января 2013 координатору необходимо зарегистрировать в автоматизированной системе педагогов, аттестующихся на соответствие занимаемой должности по региональному графику в феврале 2013 года; прикрепить электронную версию представления работодателя; назначить тест.', by('2013-01-16')],
  // Round 31 (corpus-real-29): «…, следующего за отчетным годом» after «за <год> год» is in the next year (http://ds110.ucoz.net/index/municipalnoe_zadanie/0-44)
  ['Отчет за 2025 год представляется до 01 февраля, следующего за отчетным годом.', by('2026-02-01')],
  ['Перед началом учебного года', by('2021-08-31')],
  ['до 1 сентября 2021 г.', by('2021-09-01')],
  ['До 01.09.2021 г.', by('2021-09-01')],
  ['до 31 декабря 2021 года', by('2021-12-31')],
  ['не позднее 15.04.2021', by('2021-04-15')],
  ['Не позднее 15 апреля', by('2021-04-15')],
  ['не позже 30 июня 2021 г.', by('2021-06-30')],
  ['в срок до 20.01.2021', by('2021-01-20')],
  ['В срок до 1 марта', by('2021-03-01')],
  ['к 1 сентября', by('2021-09-01')],
  ['К 01.09.2021', by('2021-09-01')],
  ['до 15 сентября', by('2021-09-15')],
  ['до 15.09', by('2021-09-15')],
  ['до 15.09.21', by('2021-09-15')],
  ['до 1.11', by('2021-11-01')],
  ['До 25.05.2021г.', by('2021-05-25')],
  ['до  30.04.2021.', by('2021-04-30')],
  ['ДО 10.10.2021', by('2021-10-10')],
  ['до 10.10.2021,', by('2021-10-10')],
  ['до15.02.2021', by('2021-02-15')],
  ['До 15.02.2021 года', by('2021-02-15')],
  ['до 15 февраля 2021 года включительно', by('2021-02-15')],
  ['по 15.03.2021', by('2021-03-15')],
  ['до конца сентября', by('2021-09-30')],
  ['к концу октября 2021 г.', by('2021-10-31')],
  ['до конца 2021 года', by('2021-12-31')],
  ['до конца года', by('2021-12-31')],
  ['до конца I квартала 2021 г.', by('2021-03-31')],
  ['до конца I полугодия', by('2021-06-30')],
  ['до сентября 2021', by('2021-08-31')],
  ['не позднее сентября 2021', by('2021-09-30')],
  ['до 2022 года', by('2021-12-31')],
  // «к <год> году» is the programme's target year, by its end (README, «до» with a month or year)
  ['к 2024 году', by('2024-12-31')],
  ['к началу 2024 года', by('2023-12-31')],
  ['до начала 2022 года', by('2021-12-31')],
  ['к началу учебного года', by('2021-08-31')],
  ['до конца учебного года', by('2021-08-31')],
  ['До 15.02.2021 по графику ОО', by('2021-02-15')],
  ['До 01.09.2021, далее постоянно', by('2021-09-01')],
  ['До 25.12.2021 (отчет)', by('2021-12-25')],
  ['до 2021-03-15', by('2021-03-15')],
  ['до 15/03/2021', by('2021-03-15')],
  // Round 11 (corpus-real-16): «к новому учебному году» is «к началу учебного года», in either word order; a date in words between
  // «от» and «№» is the document's
  ['к новому учебному году', by('2021-08-31')],
  ['Перед учебным новым годом', by('2021-08-31')],
  ['Приказ от 15 мая 2020 года № 236: не позднее 1 апреля', by('2021-04-01')],
  // Round 12 (corpus-real-17): a day the text calls the deadline (DEADLINE_NAMES); a verb of ending right after its day
  ['10 февраля – срок, до которого должны были быть запущены все конкурсные процедуры.', by('2021-02-10')],
  ['И 20 марта – финальный срок заключения контрактов.', by('2021-03-20')],
  ['Последний срок подачи заявлений — 15 мая', by('2021-05-15')],
  ['Крайний срок: 01.10.2021', by('2021-10-01')],
  ['25 января заканчивается прием заявлений на участие в итоговом собеседовании.', by('2021-01-25')],
  ['30 июня 2021 г. завершается приём документов', by('2021-06-30')],
  // Round 21: a stray space before or after the dots of a full date (a school document: «от «29 » 08. 2012г», https://nsportal.ru./site/46668/vshk)
  ['до 10 .10.2021', by('2021-10-10')],
  ['до 10 . 10 . 2021', by('2021-10-10')],
  // Round 30: «в канун учебного года» is «накануне учебного года» (http://rpk.rodniki.ru/?p=3560)
  ['в канун учебного года', by('2021-08-31')],
  // Round 127 (corpus-real-115): a verb of ending after its day with its subject between them governs the day
  // (https://drogganoye.tatarstan.ru/index.htm/news/975441.htm)
  ['26 июля вузы завершают прием документов от абитуриентов, поступающих только по результатам ЕГЭ, сообщает Рособрнадзор.', by('2021-07-26')],
  // Round 143 (corpus-real-131): the last day of taking or handing in is the deadline, like «крайний срок»
  // (https://chel3.ru/amp/cheliabinskii-myzei-obiavil-konkyrs-risynkov-v-stile-naskalnoi-jivopisi.html, https://zavrayadm.ru/news/70778.html)
  ['Последний день сдачи работ: 24 октября 2021 года.', by('2021-10-24')],
  ['- последний день приёма игрушек СТРОГО 10 ДЕКАБРЯ;', by('2021-12-10')],
  // Round 153 (corpus-real-141): after a task's own deadline, the horizon in a strategic document's name is a note
  // (https://www.interfax-russia.ru/moscow/news/putin-poruchil-razrabotat-koncepciyu-cifrovoy-platformy-psihologicheskoy-pomoshchi-shkolnikam-i-ih-roditelyam,
  // https://sh-shaxtnaya-r56.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_132.html)
  ['Президент РФ Владимир Путин поручил правительству до 15 декабря обеспечить актуализацию концепции развития психологической службы в системе образования РФ, рассчитанной до 2025 года.', by('2021-12-15')],
  ['Премьер-министр Михаил Мишустин поручил к марту 2025 года сформировать Стратегию развития образования до 2030 года.', by('2025-02-28')],
  ['Действие программы рассчитано до 2027 года', by('2026-12-31')],
  // Round 264 (corpus-real-229): «последний день для <отглагольного>» and «… для <кого>, чтобы <сделать>» name the deadline; the day's
  // midnight «до 24 часов» right before a day and its month is a time of day
  // (https://kvadroplus.com/2024/12/10/byudzhetniku-kaznachejstvo-napravilo-grafik-provedeniya-operacij-po-schetam-v-konce-2024-goda-nachale-2025-goda,
  // https://docs.cntd.ru/document/802054778/titles/13T2767)
  ['27 декабря – последний день для федеральных ПБС, чтобы подать платежные документы для оплаты с лицевых счетов.', by('2021-12-27')],
  ['27 декабря – последний день для подачи платежных документов.', by('2021-12-27')],
  ['31 мая – последний день для приема заявок.', by('2021-05-31')],
  ['Счета, используемые для исполнения окружного бюджета завершаемого года, подлежат закрытию до 24 часов 31 декабря.', by('2021-12-31')],
];

const ON: Case[] = [
  // Round 230 (corpus-real-209): the last day of a term right after a day is which school day it is, a note
  // (https://yurgaschkola15.ucoz.ru/news/den_zdorovja/2011-11-04-24)
  ['В субботу 29 октября в последний учебный день 1 четверти в школе прошел День здоровья.', on('2021-10-29')],
  ['24 декабря – последний учебный день II четверти', on('2021-12-24')],
  // Round 227 (corpus-real-206): an English month name in a date line's two shapes is that month
  // (https://eanews.ru/news/policy/Vybory_v_Ekaterinburgskuyu_gorodskuyu_Dumu_Plan_meropriyatiy_17_05_2018; corpus-real-184's known miss);
  // a year of this century in ordinal words is that year (https://special.luga.ru/about/video?id=2479)
  ['May 17, 2018, 10:50 AM', on('2018-05-17')],
  ['Post on 05-Mar-2020', on('2020-03-05')],
  ['September 1, 2021', on('2021-09-01')],
  ['Первое в две тысячи тринадцатом году заседание территориальной избирательной комиссии Лужского района прошло десятого января.', on('2013-01-10')],
  // Round 224 (corpus-real-204): a relative clause after a day that names its own day with a yearly repeat is the described day's
  // repeat, a note (https://gkeu.bks.by/vospitatelnyj-chas-spidu-net)
  ['29 ноября 2017 года куратором 32 Фн-Б группы Скобликовым Е.В. был проведен воспитательный час “СПИДу–нет!”, посвященное предстоящему Всемирному дню борьбы со СПИДом, который отмечается ежегодно 1 декабря, начиная с 1988 года.', on('2017-11-29')],
  ['15 мая прошел классный час, посвященный Дню семьи, который каждый год отмечается 15 мая.', on('2021-05-15')],
  // Round 221 (corpus-real-201): a plan's «на период до <год>» after the day of its approval is the plan's horizon, a label, as «на
  // 2021-2027 годы» after a day is (https://uiedu.ru/2021/04/20/%d1%83%d1%82%d0%b2%d0%b5%d1%80%d0%b6%d0%b4%d1%91%d0%bd-%d0%bf%d0%bb%d0%b0%d0%bd-%d0%be%d1%81%d0%bd%d0%be%d0%b2%d0%bd%d1%8b%d1%85-%d0%bc%d0%b5%d1%80%d0%be%d0%bf%d1%80%d0%b8%d1%8f%d1%82%d0%b8%d0%b9)
  ['29 марта 2021 г. Губернатором Иркутской области был утверждён план основных мероприятий, проводимых в рамках Десятилетия детства в Иркутской области, на период до 2027 года.', on('2021-03-29')],
  ['15 мая 2021 г. утверждена Стратегия развития образования на период до 2030 года', on('2021-05-15')],
  // Round 221 (corpus-real-201): a periodical's quoted name before «от <дата> №» with a word of publishing before it is the issue,
  // the day it came out, not an act's date (https://za-nas-zakon.ru/doc/postanovlenie-ot-21062011-N-203-pp-pravitelstvo-arhangelskoi-oblasti)
  ['ОПУБЛИКОВАНО: «Волна» от 05.07.2011 №30;', on('2011-07-05')],
  ['Опубликовано в газете «Вестник» от 5 мая 2020 г. № 17', on('2020-05-05')],
  // Round 217 (corpus-real-199): a bare «Пр-<номер>», the index of the President's instructions, is an act's number like «№ 2753»,
  // so the date before it stays the day (https://bazanpa.ru/prezident-rf-strategiia-ot28112014-h2696593/?amp=1)
  ['28.11.2014, Пр-2753', on('2014-11-28')],
  ['Утверждена Президентом РФ 28.11.2014, Пр-2753', on('2014-11-28')],
  // Round 214 (corpus-real-196): an apostrophe between a month's name and two figures stands for the century
  // (https://svisgaz.by/news/edu/proveden-ezhegodnyy-osmotr-tekhnicheskogo-sostoyaniya-shkolnykh-avtobusov-pered-nachalom-novogo-uche.html)
  ['17 Августа’22', on('2022-08-17')],
  ["3 сентября '21, 10:15", on('2021-09-03')],
  // Round 214 (corpus-real-196): a rubric and its counter after a date line's year, clock and bar are a label
  // (https://gazeta-rognedino.ru/society/education/2020/08/26/v-bryanskoj-oblasti-pered-nachalom-uchebnogo-goda-provoditsya-proverka-shkolnyx-avtobusov)
  ['26 августа 2020, 9:56 | Образование 11', on('2020-08-26')],
  ['17 мая 2023, 16:45 | Общество 16', on('2023-05-17')],
  // Round 214 (corpus-real-196): a colon after «№» is the sign's own (http://lex.justice.md/viewdoc.php?action=view&view=doc&id=380273&lang=2)
  ['Опубликован : 07.11.2014 в Monitorul Oficial Nr. 333-338     статья № : 971', on('2014-11-07')],
  ['№: 15 мая', on('2021-05-15')],
  // Round 206 (corpus-real-189): a form's line between a month word and its year is dropped (http://gpdou42.tvoysadik.ru/file/card?id=8000)
  ['от «08»__февраля_2021г.', on('2021-02-08')],
  ['08 февраля__2021 года', on('2021-02-08')],
  // Round 207 (corpus-real-190): «до» after a verb of time remaining counts the time left until the event, no deadline: the day later in
  // the sentence is the event's (http://xn----7sbbdcrylc1ahd6a1as4e7b.xn--p1ai/news/skoro-budet-itogovoe-sochinenie/); «Ne» alone before a
  // number is an OCR of «№», a label (https://kerch2.krymschool.ru/file/card?id=3052)
  ['Меньше месяца осталось до написания одиннадцатиклассниками итогового сочинения – традиционно оно проводится в первую среду декабря, напоминает главный специалист-эксперт управления образования Людмила Белкина.', on('2021-12-01')],
  ['flnororo.n or 16.09.2025 Ne 16', on('2025-09-16')],
  // Round 205 (corpus-real-188): «от» with a form's line glued to it keeps a protocol's day and a bare «от <дата>»; a blank date stays
  // blank (in UNPARSED's form rows)
  ['Протокол № 1 от_30.08.2021', on('2021-08-30')],
  ['от_06.04.2023г', on('2023-04-06')],
  // Round 199 (corpus-real-183): after a time already read, a year that names a theme year («<год> … Годом <тема>», «<год> год будет
  // посвящён …») is a label (https://turi-sosh-1.obr57.ru/news/c9731d97-c2ea-4cea-a288-e89434b87941, http://cod02.ru/sport/2018-god-obyavlen-v-bashkortostane-godom-semi-2.html,
  // https://29ru.net/mix/394320407, https://xn----dtbhvcrdbcoh1a.xn--p1ai/v-rossii-2023-god-objavlen-godom-uchitelja-i-pedagoga/)
  ['27 июня Президент Российской Федерации Владимир Путин подписал Указ об объявлении 2023 года Годом педагога и наставника.', on('2021-06-27')],
  ['22 декабря Глава Башкортостана Рустэм Хамитов подписал Указ, согласно которому 2018 год объявлен в республике Годом семьи.', on('2021-12-22')],
  ['20 декабря Президент Российской Федерации Владимир Путин в ходе заседания Госсовета по вопросам поддержки семей в РФ объявил 2025 год Годом защитника Отечества.', on('2021-12-20')],
  ['Президент Владимир Путин на встрече с лауреатами и финалистами конкурса «Учитель года России» 5 октября заявил, что 2023 год будет посвящён учителям и педагогам.', on('2021-10-05')],
  // an act's «№ N» with its issuer's words, then «от» and a full date, is the act's label (http://bogdan-bal.ru/s-dnem-uchitelya/)
  ['По указу № 1961 Президента РФ от 3 октября 1994 года День учителя стал отмечаться 5 октября вместе со Всемирным днём учителей.', on('2021-10-05')],
  // an abbreviated month (or «Май»), a day of two figures and the year with spaces only is a blog's dateline (http://bogdan-bal.ru/s-dnem-uchitelya/,
  // http://www.sohds15.ru/shkolnaya-akcziya-bessmertnyj-polk/)
  ['Окт 05 2015', on('2015-10-05')],
  ['Май 05 2020', on('2020-05-05')],
  // Round 200 (corpus-real-184): a letter code glued straight to an act's figures opens its number, a label; the day after it is read
  // (https://www.prodlenka.org/konferencii/pedagogpsiholog/soderzhanie-i-osobennosti-organizacii-raboty-p)
  ['Лицензия на осуществление образовательной деятельности № Л035-01271-78/00346888 Выдана Комитетом по образованию Санкт-Петербурга 19.11.2020 года.', on('2020-11-19')],
  // Round 194 (corpus-real-179): a day, a month word and a year joined by hyphens are that day
  // (https://kuzyushka.ru/detjam/357-kostromskih-podrostkov-priglashajut-v-novye-it-kuby-kuzjushka.html)
  ['- 09-май-2021, 13:06', on('2021-05-09')],
  ['12-окт-2020', on('2020-10-12')],
  // Round 192 (corpus-real-177): an act's number with a letter code before its slash is one number, and «в„–» is «№»
  // (http://shkola-fan.ru/wp-content/uploads/2015/04/templates/index.php?docid=169817)
  ['Зарегистрировано в Правительстве Калининградской области 30 октября 2023 г. в„– ГР/933/2023', on('2023-10-30')],
  // Round 195 (corpus-real-180): «Прочитано N раз» is a post's counter of readers (https://vostv.ru/news/arkhiv/item/11845-gotovy-li-lagerya-dnevnogo-prebyvaniya-prinyat-detej)
  ['21.05.2018, 17:40 Прочитано 1163 раз', on('2018-05-21')],
  // Round 185 (corpus-real-171): the hour «00» with both figures is midnight, a clock before the day (https://news.mail.ru/society/67831982/)
  ['Первое заявление было подано в 00.05 18 марта в Норильске — девочку записали в школу № 20.', on('2021-03-18')],
  // Round 186 (corpus-real-172): a part of a whole listed after the first is a count, a label, like the first after «из них»
  // (https://smolnarod.ru/sn/smolenskie-shkoly-proveryayut-k-uchebnomu-godu/)
  ['По состоянию на 31 июля проверены 73 образовательные организации, из них 32 – общеобразовательные и 41 – дошкольные.', on('2021-07-31')],
  // Round 183 (corpus-real-169): «до его <verbal noun>» names an event, not «до» a date later in the sentence
  // (https://sosh106.educhr.ru/index.php?component=public_news&new_id=307432)
  ['С целью профилактических мер по предупреждению экстремистской деятельности, то есть борьбы с экстремизмом ещё до его проявления, ликвидации причин и условий возникновения экстремизма 21 ноября в школе проведены беседы с учащимися 7-11 классов.', on('2021-11-21')],
  // Round 176 (corpus-real-162): «при <событии>» right after a payment's noun is its name, so the dateline is the day
  // (https://tass.ru/obschestvo/24824215)
  ['МОСКВА, 19 августа. /ТАСС/. Фонд пенсионного и социального страхования РФ разработал порядок выдачи государственного единовременного пособия при передаче ребенка на воспитание в семью.', on('2021-08-19')],
  // Round 180 (corpus-real-166): a doubled dot before the year of a full date is the date's one dot (http://murava-school.pruzhany.by/?p=10481)
  ['01.10..2021', on('2021-10-01')],
  // Round 177 (corpus-real-163): a plural «годы» after «начала …» names past years, no current year; the day written stays
  // (https://culture.ru/events/5165434/o-bitvakh-surovykh-o-slavnoi-pobede-urok-muzhestva)
  ['Час мужества приурочен к празднованию дня Воинской Славы России 5 декабря — день начала контрнаступления советских войск под Москвой в годы Великой Отечественной войны.', on('2021-12-05')],
  // Round 171 (corpus-real-159): the full participle of moving before «с <день>» names the old day; the new day is the deadline
  // (https://obolon.info/2007/09/27/20070927233654913/)
  ['Поэтому управление разрешило школам провести занятия, перенесенные с 1 октября, в первый день осенних каникул, то есть 27 октября.', on('2021-10-27')],
  // Round 169 (corpus-real-157): after a day, the results' year after «за» and the tasks' year after «на» are labels; the day is the
  // meeting's (https://minobr.75.ru/novosti/212094)
  ['Министерство образования и науки Забайкальского края 4 марта проведет расширенное заседание коллегии об итогах работы регионального ведомства образования за 2020 год задачи на 2021 год.', on('2021-03-04')],
  // Round 168 (corpus-real-156): a weekday's abbreviation before a full date with slashes is that date's day (https://ds72.centerstart.ru/node/384)
  ['вт, 22/09/2020 - 11:41', on('2020-09-22')],
  // Round 168 (corpus-real-156): a date after a verb of registering stays that day, a registry number after it notwithstanding (round 63)
  ['Опубликовано 15.03.2021 N 01-12/345', on('2021-03-15')],
  // Round 158 (corpus-real-147): a form's quoted day with the month's figures and a year is that date (https://sorsk3.khakasiyaschool.ru/file/card?id=2803)
  ['Протокол №1 от «29»08 2025 г.', on('2025-08-29')],
  // Round 179 (corpus-real-165): a protocol's noun nearer the «№» than an issued act's noun makes the number the protocol's, its date the
  // meeting's day (http://polev18.ru/file/card?id=11789)
  ['ПРИНЯТО решением педагогического совета Протокол № 12 от 20 мая 2023 г.', on('2023-05-20')],
  // Round 188 (no new set): a protocol's date after «от» before its number is the day of its meeting, as after «№ N от»
  // (https://sch322.lenschool.ru/file/card?id=1308, corpus-real-62)
  ['Протокол от «29» августа 2025г. № 1', on('2025-08-29')],
  ['(протокол от 31.01.2022 № 4)', on('2022-01-31')],
  ['ПРОТОКОЛ заседания педагогического совета от 06 ноября 2017 № 3', on('2017-11-06')],
  // Round 145 (corpus-real-133): a day with a verb of starting right after it is that verb's day, a verb of ending written before it
  // with other words between notwithstanding (https://nok-school.ucoz.ru/news/nachalis_uchebno_polevye_sbory/2023-03-20-2718)
  ['В соответствии с требованиями п. 1 ст. 13 Федерального Закона «О воинской обязанности и военной службе», изучение курса Основы безопасности жизнедеятельности завершаются учебными (учебно-полевыми) сборами, в целях реализации военно-патриотического воспитания юношей, 20 марта начались учебно-полевые сборы для юношей 10 классов общеобразовательных школ Неклиновского района.', on('2021-03-20')],
  ['Курс завершается сборами. 20 марта начались сборы', on('2021-03-20')],
  // Round 133 (corpus-real-121): three or four figures that cannot be a year, closing the text after a date with its year, are the
  // page's view count, a label (https://usynovi-moskva.ru/news/155882/)
  ['28.02.2022 371', on('2022-02-28')],
  // Round 111 (corpus-real-99): «с.» before a capitalised word is the abbreviation of «село» (or an initial), not the preposition «с»
  // (https://pgsga.ru/infocenter/news/5191.html)
  [
    'Ярмарки проходили в таких регионах, как Кинель - 14 марта, пос. Смышляевка - 22 марта, Чапаевск - 23 марта, с. Приволжское - 9 апреля, Красный Яр - 19 апреля, Новокуйбышевск - 19 апреля, пос. Рощинский - 26 апреля, с. Новоспасское - 27 апреля.',
    on('2021-03-14', '2021-03-22', '2021-03-23', '2021-04-09', '2021-04-19', '2021-04-19', '2021-04-26', '2021-04-27'),
  ],
  // Round 113 (corpus-real-101): a full date written day first with hyphens is that date
  // (https://vologda-poisk.ru/news/obschestvo/2022-god-obyavlen-v-rossii-godom-narodnogo-iskusstva-i-kulturnogo-naslediya;
  // https://aprlnr.su/glavnaja/37687-v-zorinskoj-shkole-10-proshla-torzhestvennaja-linejka-posvjaschennaja-otkrytiju-goda-semi.html)
  ['16-10-2025 1 681 просмотр', on('2025-10-16')],
  ['7-02-2024,', on('2024-02-07')],
  // Round 106 (corpus-real-94): a day after «за» with its month is the day the work is for, not an offset
  // (https://tv6.live/ru/2021/10/20/kanikuly-no-ne-sovsem-shkolniki-dolzhny-budut-otrabotat-dni-dobavlennye-k-osennim-kanikulam-video)
  ['Руководители учебных заведений должны разработать график отработки занятий за 25 и 26 октября.', on('2021-10-25', '2021-10-26')],
  // Round 97 (corpus-real-83's known misses): a bracketed day after an item named in quotes is that item's day
  // (https://sh-v1-gorlovka-r897.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_55.html); a window of hours before its day is
  // that day's time (https://zhiguo.ucoz.ru/news/2025-04-30)
  ['- администрацией школы был проведен инструктаж учителей по теме «План действий против террора и диверсий» (02.09), информ- акция «100 причин, по которым терроризма быть не должно!» (03.09) с участием педагогов и сотрудников школы;', on('2021-09-02', '2021-09-03')],
  ['В соответствии с распоряжением администрации муниципального образования "Жигаловский район" от 15.04.2025 № 155-од, приказом начальника управления образования от 16.04.2025 № 137-од образовательные организации муниципального образования "Жигаловский район", подведомственные управлению образования, в период с 9.00 час до 10.00 час 30.04.2025 года приняли участие в Учениях по отработке действий работников образовательных организаций, предназначенных для проведения отдыха детей и оздоровления, обучающихся и сотрудников охраны при захвате заложников и срабатывании взрывного устройства, доставленного беспилотным летательным аппаратом (далее Учения).', on('2025-04-30')],
  // Round 91 (corpus-real-80): days with no year before a school year written after them are days of that school year
  // (http://prz-shkola-sad.ru/stranica-novosti/u; corpus-real-70's known miss, http://edu.mari.ru/mouo-morki/dou5/Lists/List1/DispForm.aspx?ID=399)
  ['04 октября  в ОУ состоялось первое в 2016-2017 учебном году заседание Управляющего Совета.', on('2016-10-04')],
  ['17, 21 октября в детском саду прошли первые родительские собрания в новом 2025-2026 учебном году.', on('2025-10-17', '2025-10-21')],
  // Round 77 (corpus-real-66): the years of a war after its noun are its name (https://kemerovo.ru/press-tsentr/novosti/45336/?print=Y)
  ['Завтра, 6 сентября, в 15.00 на Аллее героев у памятника воинам-кузбассовцам, павшим в годы Великой Отечественной войны 1941 – 1945 гг. юнармейцы торжественно заступят на Всероссийскую Вахту Памяти.', on('2021-09-06')],
  // Round 74 (corpus-real-65): a grade joined to its noun by a hyphen is a label (https://tuvaonline.ru/2023/06/21/print:page,1,vypusknye-vechera-dlya-11-h-klassov-v-tuve-sostoyatsya-24-iyunya.html),
  // numbers after a single «№» joined by «,» are a label (https://www.gov.spb.ru/gov/terr/reg_center/news/34377), the edge day of a season
  // (https://biabor.info/news/bncommunity/1844-sotsialnyj-patrul-v-dejstvii, http://www.electrostal.ru/novosti/novosti-goroda/1-iyunya-v-elektrostali-nachinayut-rabotu-prishkol-nye-lagerya/)
  ['Выпускные вечера 11-классников - 24 июня, время проведения мероприятия должно быть не позднее 22.00 часов.', on('2021-06-24')],
  ['3 июня в Центральном районе Санкт‑Петербурга на базе образовательных учреждений № 122, 174, 620 начали работу лагеря дневного пребывания детей.', on('2021-06-03')],
  ['В последний день лета социальный патруль выехал в рейд.', on('2021-08-31')],
  ['В первый день лета в городе заработают пришкольные оздоровительные лагеря дневного пребывания.', on('2021-06-01')],
  // Round 73 (corpus-real-64's known miss): «перенести … с <день> на <день>» is the new day (https://ria24.today/news/v-ukraine-osennie-kanikuly-mogut-nachatsya/10322809)
  ['Комиссия ТЭБ и ЧС предлагает Минобразования разослать заказное письмо для того, чтобы перенести начало каникул с 25 октября на 18 октября.', on('2021-10-18')],
  // Round 72 (corpus-real-64): a school year in figures inside the label of «начало … четверти — <день>» (https://kherson-news.ru/other/2022/10/30/59405-amp.html, its clause)
  ['Начало второй четверти 2022-2023 учебного года — 7 ноября 2022 года', on('2022-11-07')],
  // Round 71 (corpus-real-62): a relative clause after a day, with no date of its own, is a note (https://mgorod.kz/news/v-uralskix-shkolax-poyavilis-tetradi-dlya-klassov-predshkolnoj-podgotovki)
  ['- 15 августа придет первая часть учебников для первоклашек, по которым они будут обучаться в первом полугодии.', on('2021-08-15')],
  // Round 70 (corpus-real-63): «посвящённый итогам …» after a date is a note (http://georg-eparhia.ru/6077-pedagogicheskiy-sovet-svyato-sergievskoy-pnsh-podvel-itogi-pervogo-uchebnogo-polugodiya.html)
  ['30 декабря в ЧОУ «Православная начальная школа им. прп. Сергия Радонежского г. Будённовска» прошёл традиционный педагогический совет, посвящённый итогам первого полугодия 2022-2023 учебного года.', on('2021-12-30')],
  // Round 68 (corpus-real-62): «до последнего» closing its clause is an adverb (https://mgorod.kz/news/v-uralskix-shkolax-poyavilis-tetradi-dlya-klassov-predshkolnoj-podgotovki)
  ['- У нас есть такие родители, которые тянут до последнего, приходят 30 августа и просят взять ребенка в школу.', on('2021-08-30')],
  // Round 63 (corpus-real-57): a full date glued to its time of day (https://ko.ru/news/putin-pozvolil-chinovnikam-otchitatsya-o-dokhodakh-v-avguste-iz-za-koronavirusa/)
  ['18.04.202011:54', on('2020-04-18')],
  // Round 63 (corpus-real-57): a Latin «N» before a number is the number sign (http://levonevski.net/pravo/normreg2013/num16/d16753.html)
  ['Зарегистрировано в НРПА РБ 8 августа 2011 г. N 9/43036', on('2011-08-08')],
  // Round 63 (corpus-real-57): a held yearly event with a parenthetical between its adjective and noun (http://www.top-personal.ru/officeworkissue.html?240)
  ['10 октября 2012 года в Подмосковье состоялся ежегодный, уже восьмой, Совет по архивному делу при Федеральном архивном агентстве.', on('2012-10-10')],
  // Round 65 (corpus-real-59): the number of a part before a dash is a label (https://gist.github.com/8a97205a0098386ace09f860f9caf42c)
  ['Часть 2 — 20 апреля Математика — 25 апреля Окружающий мир — 27 апреля.', on('2021-04-20', '2021-04-25', '2021-04-27')],
  // Round 65 (corpus-real-59): a year-first date, seconds and a zone offset (https://kop.lomschool.ru/file/card?id=106)
  ["Подписано цифровой подписью: МОУ \"КОПОРСКАЯ ШКОЛА\" Дата: 2021.09.03 17:02:49 +03'00'", on('2021-09-03')],
  // Round 65 (corpus-real-59): figures glued to a nickname are a label (https://easyen.ru/forum/46-2095-8)
  ['Добавлено (07.02.2016, 05:34) --------------------------------------------- Сергей53, У нас только копии заверенные директором, подлиники оставляем себе.', on('2016-02-07')],
  // Round 62 (corpus-real-56): a wiki footnote in square brackets and «<nowiki>» are notes (https://xn--b1aeclalpr9a.xn--p1ai/index.php?diff=2263&oldid=2261&title=%D0%A8%D0%BA%D0%BE%D0%BB%D1%8C%D0%BD%D1%8B%D0%B5_%D1%81%D0%BB%D1%83%D0%B6%D0%B1%D1%8B_%D0%BC%D0%B5%D0%B4%D0%B8%D0%B0%D1%86%D0%B8%D0%B8_%D0%B8_%D0%BF%D1%80%D0%B8%D0%BC%D0%B8%D1%80%D0%B5%D0%BD%D0%B8%D1%8F)
  ['Первая школьная медиация с участием школьников-медиаторов была проведена в России 16 декабря 2002 года в московской школе № 464 [http://www.sprc.ru/ <nowiki>[1]</nowiki>].', on('2002-12-16')],
  ['Первая школьная медиация была проведена 16 декабря 2002 года [1][13].', on('2002-12-16')],
  // Round 62 (corpus-real-56): a post's view counter is a label (http://mozhaysky.omsu.inlite.ru/article/novaya-shkola-v-mozhajske-otkroetsya-1-sentyabrya-421933)
  ['16 августа 2022 в 16:58 Просмотров: 47', on('2022-08-16')],
  ['29.12.2020 13:20 Просмотры: 166', on('2020-12-29')],
  // Round 167 (corpus-real-155): a readers' counter «читали: N раз» is a view counter, a label
  // (http://kalugasport.ru/legkaya-atletyka-bt/item/10613-krossnaciipromchitsyavkalugepokirova)
  ['15.09.2023 23:16 читали: 744 раз', on('2023-09-15')],
  // Round 167 (corpus-real-155): a list of pairs of birth years before «годов рождения» are labels, the sentence's «в течение учебного
  // года» is its time (https://icmos.ru/announcements/19-marta-start-gorodskogo-etapa-sorevnovaniy-shkolnoy-sportivnoy-ligi-po-voleybolu)
  ['Соревнования школьной спортивной лиги по волейболу проводятся Департаментом образования совместно с Московской Федерацией Волейбола в течение учебного года среди команд образовательных организаций трех возрастных подгрупп: 2000-2002, 2003-2004, 2005-2006 годов рождения.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 62 (corpus-real-56): «ДО» in capitals before «в» is the abbreviation of дополнительное образование
  // (https://dapp-looksrare.org/301224/novosti-navigator-dopolnitelnogo-obrazovaniya-47-leningradskaya-oblast)
  ['19. Порядок отчисления и зачисления детей на программы ДО в ЕИС «Навигатор» [18.08.2023]', on('2023-08-18')],
  ['Семинар для педагогов ДО и воспитателей 15.05.2021', on('2021-05-15')],
  // Round 61 (corpus-real-55): a bracket naming a weekday of a month before the day is a note; «срок 1» is a label
  // (http://muuo-alyta.ucoz.ru/index/raspisanie_oge2019/0-75)
  ['1) основной срок (вторая среда февраля) – 8 февраля 2022 года', on('2022-02-08')],
  ['2) дополнительный срок 1 (вторая рабочая среда марта) – 15 марта 2022 года', on('2022-03-15')],
  // Round 54 (corpus-real-49): a dateline with the month in words before its day and the year after a comma (https://kaldar.obr.site/life/news/289572/3734577)
  ['Апрель 29, 2025', on('2025-04-29')],
  ['Ноябрь 3, 2024 г. Учебная эвакуация', on('2024-11-03')],
  // Round 54 (corpus-real-49): a date with a two-digit year, then the next item's number (https://gist.github.com/ac5a01edc8f1bfc6f83b875853ac1ec8)
  ['22.05.16. 1.Подведение итогов работы классного родительского комитета.', on('2016-05-22')],
  ['15.09.2021. 2.Выборы родительского комитета', on('2021-09-15')],
  // Round 48 (corpus-real-43): periods after «за» before a list of «не позднее» days (http://ssca.ru/?p=4672)
  ['Сроки подачи апелляций за учебный и летний периоды — не позднее 20 августа и 11 сентября соответственно.', on('2021-08-20', '2021-09-11')],
  ['Для подсчета рейтинга за учебный период необходимо заполнить информационную форму не позднее 3 августа 2023 года, для подсчета рейтинга за летний период — не позднее 1 сентября 2023 года.', on('2023-08-03', '2023-09-01')],
  // Round 46 (corpus-real-42): a school's number after the abbreviation of its type is a label (https://gist.github.com/anonymous/6ba8bcba8ad8f4ce16a3be30f658a2cd)
  ['Семинар на базе МБОУ СОШ 19 по теме «ФГОС» 20 октября', on('2021-10-20')],
  // Round 45 (corpus-real-41): a noun of starting or ending, its period and a day right after it (https://gist.github.com/ce7df50755ab36a594afa89033be2a57)
  ['Для 1,9,11 классов окончание учебного года 25 мая г.', on('2021-05-25')],
  ['Начало IV четверти 28 марта г.', on('2021-03-28')],
  // Round 43 (corpus-real-37): a year of the day's history with «в этот день» is a label (http://ocher.biblioteka-perm.ru/news/2019/07/25/9030/)
  ['27 августа – День Российского кино В 1919 году в этот день был подписан «декрет о национализации кинематографа».', on('2021-08-27')],
  // Round 41 (corpus-real-38): a day in quotes before a month word is that day (https://shddt.profiedu.ru/file/card?id=106)
  ['от «08» декабря 2022 г. (протокол № 3).', on('2022-12-08')],
  // Round 41 (corpus-real-38): «перед» before a party is «in front of», not «before» (https://hron.ru/news/read/7001)
  ['Основная трудность заключается в росте задолженности перед поставщиками: на 1 октября 2003 года долг составляет 4442 тыс. рублей, между тем как ежедневная потребность средств составляет 175 тыс. руб.', on('2003-10-01')],
  // Round 131 (corpus-real-119): «перед» before students, an audience or a hyphen-joined compound of people is «in front of» too
  // (https://astrakhan-news.net/society/2025/04/24/213582.html)
  ['Избирательные участки распахнут свои двери перед студентами-избирателями 25 апреля 2025 года в 8.45.', on('2025-04-25')],
  // Round 39 (corpus-real-35): a stray space before the dot of a day and month closed by a dot (https://rostovmama.ru/forum/index.php/topic,154870.60.html)
  ['Заседание будет 22 .12.', on('2021-12-22')],
  ['15.02.2021', on('2021-02-15')],
  ['25 марта 2021 г.', on('2021-03-25')],
  ['25 марта', on('2021-03-25')],
  ['05.04.21', on('2021-04-05')],
  ['15.03', on('2021-03-15')],
  ['1 сентября 2021 года', on('2021-09-01')],
  ['23.11.2021 г.', on('2021-11-23')],
  ['15.02.2021 (понедельник)', on('2021-02-15')],
  ['15.02.2021 в 10.00', on('2021-02-15')],
  ['15.02.2021, 10:00', on('2021-02-15')],
  ['15.03.2021, 15.06.2021, 15.09.2021, 15.12.2021', on('2021-03-15', '2021-06-15', '2021-09-15', '2021-12-15')],
  ['15.03, 15.06, 15.09, 15.12', on('2021-03-15', '2021-06-15', '2021-09-15', '2021-12-15')],
  ['20.01.2021; 20.04.2021', on('2021-01-20', '2021-04-20')],
  ['10 и 24 марта 2021 г.', on('2021-03-10', '2021-03-24')],
  ['12, 19, 26 февраля', on('2021-02-12', '2021-02-19', '2021-02-26')],
  ['22.04, 19.05.2021', on('2021-04-22', '2021-05-19')],
  ['до 15.03.2021, до 15.09.2021', on('2021-03-15', '2021-09-15')],
  ['До 1 декабря 2021 г. (промежуточный), до 1 июня 2022 г. (итоговый)', on('2021-12-01', '2022-06-01')],
  ['10 апреля, 10 октября', on('2021-04-10', '2021-10-10')],
  ['15.09.2021 г., 15.12.2021 г., 15.03.2022 г., 15.06.2022 г.', on('2021-09-15', '2021-12-15', '2022-03-15', '2022-06-15')],
  ['2021-05-20', on('2021-05-20')],
  // Round 12 (corpus-real-17): the day of an event stays `on` («основной срок» names it); a dash after a word that follows a date
  // is a label's; a verb of starting after its day stays `on` (corpus-real-15: «13 января … стартовала …»)
  ['Основной срок проведения итогового собеседования в этом году назначен на 8 февраля.', on('2021-02-08')],
  ['Математика – 5 декабря 2023г Русский язык – 6 декабря 2023г', on('2023-12-05', '2023-12-06')],
  ['История – 15 мая, физика – 20 мая', on('2021-05-15', '2021-05-20')],
  ['13 января стартовала олимпиада школьников.', on('2021-01-13')],
  ['10 .10 .2021', on('2021-10-10')], // round 21: stray spaces around the dots
  // Round 21: days listed with a comma and no space before a month in words («3,6 классы» in a school's plan table shows the shape:
  // https://syasschool2.nubex.ru/zhizn-shkoli/news/37893.html)
  ['25,26 декабря', on('2021-12-25', '2021-12-26')],
  // Round 21: «ко Дню …» names the event, the day written after it says when (a plan row «Митинг «Ко Дню 65 – Победы!» | 9 мая»,
  // https://schkolaur.ucoz.ru/load/65_pobede/1-1-0-3)
  ['ко Дню учителя (5 октября)', on('2021-10-05')],
  // Round 149 (corpus-real-137): a month abbreviated before its day, a comma and the year is that day, as round 54's nominative
  // «Апрель 29, 2025» (https://ads.govoritmoskva.ru/news/353710)
  ['16:11 Фев. 25, 2023', on('2023-02-25')],
  ['Дек 29, 2008', on('2008-12-29')],
  // Round 144 (corpus-real-132): the month right after «за» is what is paid for, the day with its month after it is when
  // (https://news.mail.ru/society/69275522/)
  ['Ранее в СМИ появилась информация о том, что часть педагогов не получила выплаты за декабрь — 25 и 29 декабря.', on('2021-12-25', '2021-12-29')],
  ['Отчёт за сентябрь – 5 октября', on('2021-10-05')],
  // Round 144 (corpus-real-132): a day with «-го» after a day and its month is another day of that month before a word too
  // (https://tayga.info/160120)
  ['В пресс-службе минобразования Забайкалья сообщили, что деньги на школу в Засопку были перечислены 5 октября, 6-го их отправят на счета работников.', on('2021-10-05', '2021-10-06')],
  // Round 144 (corpus-real-132): a Dzen date line's year glued to the day of its short form (https://dzen.ru/a/Y06mBTY432OHjgll)
  ['18 октября 202218 окт 2022', on('2022-10-18', '2022-10-18')],
  // Round 141 (corpus-real-129): a share in brackets after a count is a note on it (https://cpsd.ucoz.ru/load/metodichka/sovety_pedagoga/mezhdunarodnyj_den_detskogo_telefona_doverija/3-1-0-20)
  ['По состоянию на 1 апреля 2013 г., к единому номеру подключено 232 организации во всех субъектах Российской Федерации, из которых 101 (43,5%) служба работает в круглосуточном режиме.', on('2013-04-01')],
  // Round 141: a day called planned before a word of moving is the day left, not one of the text's days (corpus-real-14's row; it was on
  // 05-05 and 05-12)
  ['Кроме того, итоговое сочинение для учеников 11 классов школ, запланированное на 5 мая, будет перенесено на 12 мая.', on('2021-05-12')],
  // Round 150 (corpus-real-138): a date line with a comma before the year and a dash before the clock is that day
  // (https://www.obyektiv.press/news/minprosveshcheniya-ustanovilo-rekomenduemuyu)
  ['29 августа, 2025 - 12:17', on('2025-08-29')],
  // Round 164 (corpus-real-153): a statistical form's code after «форма / отчёт» with no «№» is the form's name, a label
  // (https://normativ.kontur.ru/document?moduleId=44&documentId=23537)
  ['— Форма 85-К от 11.08.2009', on('2009-08-11')],
  // Round 154 (corpus-real-142): a verb of starting with what is begun and «до / к / не позднее» after them is a deadline, so the two
  // days are a list of «до» days (https://kirov-news.net/society/2022/09/22/244063.html; it was the window between them)
  [
    'Работа будет завершена к 1 января 2023 года, а в школах новые образовательные программы начнут применять до 1 сентября 2023 года.',
    on('2023-01-01', '2023-09-01'),
  ],
  // Round 154 (corpus-real-142): the infinitive «исполниться» is the verb of turning, the years after it an age
  // (https://rg.ru/amp/2022/08/24/putin-poruchil-vyplatit-po-10-tysiach-rublej-na-shkolnikov-donbassa.html; it was `unparsed`, «6 лет»)
  [
    'Ребенку должно исполниться 6 лет не позднее 1 сентября этого года, а к обучению в школах на указанных территориях нужно приступить не позже 15 сентября.',
    on('2021-09-01', '2021-09-15'),
  ],
  // Round 178 (corpus-real-164): a date with backslash-escaped separators, its clock after «T» a note
  // (http://baishevo.bashkirschool.ru/file/card?id=4411; it was `unparsed`, «непонятное число «01»»)
  ['Время подписания: 2023\\-01\\-18\\T11:21:28', on('2023-01-18')],
  ['18\\.01\\.2023', on('2023-01-18')],
  // Round 267 (corpus-real-232): «г.» before a capitalised word after an institution's number is the town, the number a label
  // (https://ds12.uokvz.ru/news/meropriyatiya/otchyotno-vybornoe-profsoyuznoe-sobranie; it was `unparsed`, «непонятное число «12»»)
  ['2 апреля 2024г. в МБДОУ д/с 12 г.Кропоткин МО Кавказский район состоялось отчётно-выборное профсоюзное собрание.', on('2024-04-02')],
  ['2 апреля в школе 5 г. Томска прошло собрание', on('2021-04-02')],
  // Round 267 (corpus-real-232): «первое в 2015 году заседание» after a day is that day's year
  // (http://edu.mari.ru/mouo-gornomari/Lists/List5/DispForm.aspx?ID=6; it was the range 2015-01-01..2021-10-02)
  ['2 октября в актовом зале Администрации Горномарийского района состоялось первое в 2015 году заседание Совета молодых педагогов района.', on('2015-10-02')],
  ['18 декабря в МБДОУ № 29 состоялось итоговое в 2014 году заседание Совета профсоюзных организаций работников дошкольных учреждений.', on('2014-12-18')],
];

const DATE_RANGES: Case[] = [
  // Round 228 (corpus-real-207): a window inside one that crossed the new year keeps its year
  // (https://consultant.ru/document/cons_doc_LAW_427082/3d806477891651f894992af17bbc134d845e1b6c); a list in calendar order moves on
  ['Подраздел содержит данные о приеме и выпуске за период с 1 октября прошлого года по 30 сентября текущего года (графы 3, 5, 6, 8, 9, 11, 12, 14) и данные о численности студентов на начало учебного года по состоянию на 1 октября (графы 4, 7, 10, 13).', range('2020-10-01', '2021-09-30')],
  ['с 1 октября 2020 года по 30 сентября 2021 года и в сентябре', range('2020-10-01', '2021-09-30')],
  ['с 25 декабря по 9 января, с 24 марта по 2 апреля', range('2021-12-25', '2022-04-02')],
  // Round 227 (corpus-real-206): «с сегодняшнего дня (<день>) и до <день>» is the window from that day
  // (http://admorlov.ru/vybory/o-nachale-dosrochnogo-golosovaniya/); a window in brackets after an offset is the offset in days
  // (http://www.orichi-rayon.ru/law/vyiboryi-2012/kalendarnyij-plan)
  ['С сегодняшнего дня (3 сентября) и до 9 сентября проходит досрочное голосование в помещении территориальной избирательной комиссии (г. Орлов, ул. Ст. Халтурина, д.18, 3 этаж, 48 кабинет).', range('2021-09-03', '2021-09-09')],
  ['Не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования (с 12 по 22 декабря 2010 года)', range('2010-12-12', '2010-12-22')],
  // Round 232 (corpus-real-211): a relative clause right after «учебный год» says which school year that is, a note after a day
  // and its month (https://web.lifelines.name/read/d3c3579d-c20d-555e-bad2-5b3618b75a62)
  ['С 9 по 24 июня проверяют готовность детских садов к новому учебному году, который начнется в 2025–2026 годах.', range('2021-06-09', '2021-06-24')],
  ['С 1 по 15 августа проходит приемка школ к учебному году, который стартует 1 сентября 2026 года', range('2021-08-01', '2021-08-15')],
  // Round 209 (corpus-real-192): «до конца месяца» after a day names that day's month
  // (http://kostroma-news.net/society/2020/04/14/21162.html); «сезон» with its year after a season's adjective is that season
  // (http://edu-novreg.ru/content/v-grigorovskoy-shkole-proshlo-gigienicheskoe-obuchenie-i-attestaciya-rabotnikov)
  ['С 15 апреля и до конца месяца на территории Костромы будут проводиться мероприятия, направленные на борьбу с грызунами.', range('2021-04-15', '2021-04-30')],
  ['подготовка к летнему оздоровительному сезону 2021 года', by('2021-05-31')],
  // Round 202 (corpus-real-186): a bracket of months alone after a whole year written first stays a note, as round 78 decided for any
  // bracket with no deadline word after such a year (https://penza-gov.ru/doc/11869; pins)
  ['2008 (июнь - август)', range('2008-01-01', '2008-12-31')],
  ['2021 г. (сентябрь)', range('2021-01-01', '2021-12-31')],
  // Round 205 (corpus-real-188): a count's field after the dates — «количество / число <кого>», a colon or a dash, the figures alone or
  // by parts — is a label (https://shkola1surgut-r86.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/poleznaya-informatsiya/otdyh-i-ozdorovlenie-uchaschihsya)
  ['Летние каникулы: 01.06.2024 - 26.06.2024 Количество обучающихся: 1 корпус - 100, 2 корпус - 100', range('2024-06-01', '2024-06-26')],
  ['июнь 2024 г., число детей - 25', range('2024-06-01', '2024-06-30')],
  // a figure before a month word or a date's dot after such a field is still a day (pins)
  ['число участников: 15 мая', on('2021-05-15')],
  // Round 199 (corpus-real-183): the year of a theme year after a time already read is a label, the time stays
  // (https://m.gazeta.ru/social/news/2022/06/27/18015758.shtml)
  ['В конце 2021 года Путин подписал указ об объявлении 2022 года Годом культурного наследия народов РФ «в целях популяризации народного искусства, сохранения культурных традиций, памятников истории, а также этнокультурного многообразия».', range('2021-12-01', '2021-12-31')],
  // alone the year of a theme year is its window (pin)
  ['2023 год объявлен Годом педагога и наставника', range('2023-01-01', '2023-12-31')],
  // Round 200 (corpus-real-184): «за прошлый год» is the year before the context's, the period a count covers
  // (http://podhod24.ru/news/2020/02/26/8-800-2000-122-eto-detskiy-telefon-doveriya-v-rossii-emu-ispolnyaetsya-10-let.html; corpus-real-100's
  // known miss); «на <adj> учебный год» names its school year after an earlier «в конце» with other words between (http://stupinopmss.ru/479/)
  ['За прошлый год на телефон службы экстренной психологической помощи в Челябинской области поступило около 56 тысяч обращений.', range('2020-01-01', '2020-12-31')],
  ['Только за прошлый год проведено более 320 мероприятий, которые посетили почти 6,5 тысяч человек.', range('2020-01-01', '2020-12-31')],
  ['По сложившейся традиции в конце психологи поделились своими творческими планами на предстоящий учебный год.', range('2021-09-01', '2022-08-31')],
  // Round 192 (corpus-real-177): a year in figures with its year word before «дня» is the year, no day counted from an event
  // (https://dobro.rooivacevichi.gov.by/ — the page's full address in the set)
  ['В 2022 году тема Всемирного дня здоровья звучит так: «Наша планета, наше здоровье».', range('2022-01-01', '2022-12-31')],
  // Round 195 (corpus-real-180): a window in a clause of its own with a verb of going on after «после <события>»
  // (http://www.ug.ru/archive/79510); one whole month of a quarter named first (https://old-shumer.cap.ru/SiteMap.aspx?id=2737430)
  ['Традиционно она начинается после окончания выпускных экзаменов 9‑х классов и продолжается приблизительно с 18 июня по 4 июля, то есть 15-16 дней.', range('2021-06-18', '2021-07-04')],
  ['I квартал, февраль', range('2021-02-01', '2021-02-28')],
  ['II квартал, апрель', range('2021-04-01', '2021-04-30')],
  // Round 180 (corpus-real-166): a count with a case ending glued by a dash before its noun is a label like «320 педагогам»
  // (https://sarinform.ru/node/218066)
  ['Как уточнили в региональной прокуратуре, 320-ти педагогам задолжали шесть миллионов рублей за декабрь 2019 года.', range('2019-12-01', '2019-12-31')],
  // Round 171 (corpus-real-159): a day glued by a dot to a month's name in the genitive is that day
  // (https://zolushkari.ru/index.php/2016-07-09-13-55-25/obrazovanie/87-godovoj-kalendarnyj-uchebnyj-grafik-gosudarstvennogo-byudzhetnogo-doshkolnogo-obrazovatelnogo-uchrezhdeniya-detskij-sad-s-p-dzhejrakh-zolushka-na-2019-2020-uchebnyj-god)
  ['с 01.июля по 31 августа 2020г.', range('2020-07-01', '2020-08-31')],
  // Round 158 (corpus-real-147): a verb of starting right after a date keeps its «from» past a grade after it, and the window runs to the
  // day after «до» (http://rayon.partizansky.ru/?id=20140303043123&in=1575b3db68475441766fe34e05feb42eca9&showprevue=godoc)
  ['1 марта началось зачисление ребят в первый класс, которое продлится до 5 сентября.', range('2021-03-01', '2021-09-05')],
  // Round 164 (corpus-real-153): two two-digit years, the second the next one, before «гг» or a school-year word are a pair of years
  // (https://dag-lastochka.tvoysadik.ru/file/card?id=2194)
  ['положение о самообслед. 22-23гг', range('2022-01-01', '2023-12-31')],
  // Round 164 (corpus-real-153): a form's blank month does not take the first year of a pair (https://sverdlovsk-gov.ru/doc/29708)
  ['за ______________ 2007/2008 учебного года', range('2007-09-01', '2008-08-31')],
  // Round 156 (corpus-real-144): a dash before the «по» of a window of days says the join twice
  // (https://www.prikcdt.ru/novosti-rajona/otchet-o-meropriyatiyakh-munitsipalnogo-byudzhetnogo-uchrezhdeniya-dopolnitelnogo-obrazovaniya-detej-prikubanskij-rajonnyj-tsentr-detskogo-tvorchestva-o-provedenii-meropriyatij-po-organizatsii-pravovogo-prosveshcheniya-v-sentyabre-2021)
  ['- С 13 - по 15 сентября проведены беседы в учебных группах на тему: «Права и обязанности, обучающихся ЦДТ» в учебных группах педагогами ЦДТ', range('2021-09-13', '2021-09-15')],
  // Round 133 (corpus-real-121): the window that round 60's «предыдущего / следующего года» ends is in that year, its start too
  // (https://blanker.ru/note/srok-sdachi-otcheta-opekuna)
  ['В таком отчете отражаются сведения за период с 1 января по 31 декабря предыдущего года.', range('2020-01-01', '2020-12-31')],
  // Round 106 (corpus-real-94): days with «число» after a month named in the clause are days of that month
  // (https://marsrus.ru/041224/novosti-uchatsya-li-shkolniki-v-pyatnitsu)
  ['Ученики, обучающиеся по триместрам, уже насладились каникулами в октябре, когда отдыхали с 9 по 17 число.', range('2021-10-09', '2021-10-17')],
  // Round 102 (corpus-real-90): the finite forms of «приступить» are verbs of starting like «начнутся»; a day of ending after makes a
  // window (https://vestnikp.ru/?do=1&id=9660)
  ['К работам приступят 26 мая, а завершить их планируется к 25 августа.', range('2021-05-26', '2021-08-25')],
  // Round 101 (corpus-real-89): an ordinal day in words after «по» with no month ends the range in the month of the day before it
  // (https://gazetasami.ru/%D0%B2%D0%BE-%D0%B2%D1%81%D0%B5%D0%B9-%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B5-%D0%BD%D0%B0%D1%87%D0%B0%D0%BB%D0%B0%D1%81%D1%8C-%D0%B1%D0%BE%D0%BB%D1%8C%D1%88%D0%B0%D1%8F-%D1%83%D1%87%D0%B8%D1%82%D0%B5/)
  ['Неделя стартует первого октября и будет проводится по девятое включительно.', range('2021-10-01', '2021-10-09')],
  // Round 100 (corpus-real-88): «через <срок>» with nothing it counts from is a story's «later»; the window after it says when
  // (https://76.ru/text/education/2025/10/14/76073269/)
  ['Но буквально через месяц учеников снова ждет отдых — с 15 по 23 ноября.', { kind: 'range', start: '2021-11-15', due: '2021-11-23' }],
  // Round 97 (corpus-real-83's known miss): a phrase «, посвященные …» after the dates is their topic, its season a note
  // (https://mdou-kirovo.ucoz.ru/news/2017-06-09)
  ['В рамках недели безопасности ( с 05.06. по 09.06.) в группах детского сада прошли родительские собрания, посвященные безопасному отдыху в летний период.', range('2021-06-05', '2021-06-09')],
  // Round 86 (corpus-real-75): the short participles of starting and ending read as «с» and «по» (https://base.garant.ru/76564768/)
  ['Проверка начата 28.09.2022, окончена 11.10.2022.', range('2022-09-28', '2022-10-11')],
  // Round 80 (corpus-real-69): two numbers joined by a glued «х» are a format of play (http://uo-minusinsk.ru/?mode=news&id=782)
  ['Помимо приобретения соревновательного опыта по различнымвидам спорта и повышения спортивного мастерства девчонки и мальчишки  в возрасте 11-13 лет  боролись за путевку на зональный этап, который пройдет 4-5 октября в таких видах как шахматы, легкоатлетическое многоборье, легкоатлетическая эстафета 4х200 м., баскетбол 3х3.', { kind: 'range', start: '2021-10-04', due: '2021-10-05' }],
  // Round 75 (corpus-real-65's known miss): «с <день> на <N> календарных дней» is the window of those days (https://interfax.ru/russia/175178)
  ['Департамент образования столицы издал приказ о приостановлении занятий в государственных образовательных учреждениях с 31 января на пять календарных дней для учащихся с 1-го по 8-й класс.', range('2021-01-31', '2021-02-04')],
  // Round 74 (corpus-real-65): a class's figure with its letter glued to it is a label (https://shkola35tambov-r68.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/poleznaya-informatsiya/novosti_67.html)
  ['В 1а, 1е, 3г, 3з, 4е, 5а, 5в, 5д, 6д классах с 13.12.2022 по 19.12.2022 приостановлена образовательная деятельность', range('2022-12-13', '2022-12-19')],
  // Round 179 (corpus-real-165): so is one after a noun of pupils or closing a list of classes, «г» too
  // (https://school22tmn.ru/%d1%80%d0%be%d1%81%d1%81%d0%b8%d1%8f-%d0%bc%d0%be%d0%b8-%d0%b3%d0%be%d1%80%d0%b8%d0%b7%d0%be%d0%bd%d1%82%d1%8b/)
  ['Так, 6-7 сентября в библиотеку на Луначарского, с которой школа сотрудничает более 20 лет, вышли ребята 9г, а 8 сентября еще два 9 класса: 9д и 9л,  встретились со специалистом центра «Маяк».', range('2021-09-06', '2021-09-08')],
  ['15 мая учащиеся 8в и 9г посетили колледж', on('2021-05-15')],
  // Round 72 (corpus-real-64): «начинается не позднее … и завершается не позднее …» is the window (https://sevadm.ru/news/all_news/obrazovanie/49846/)
  ['Для закрепленных лиц прием заявлений в первый класс начинается не позднее 1 февраля и завершается не позднее 30 июня текущего года.', range('2021-02-01', '2021-06-30')],
  // Round 71 (corpus-real-62): «на <учебный год>» after a window of days is its purpose (https://mosuzedu.ru/?p=403); «в срок <дата> до
  // <дата>» is a window (http://www.rzn.info/news/2016/8/18/v-2017-godu-sformiruyut-novyy-perechen-uchebnikov-dlya-ryazanskih-shkol.html);
  // «в первые N дней с начала …» is the window of those days (https://mgorod.kz/news/v-uralskix-shkolax-poyavilis-tetradi-dlya-klassov-predshkolnoj-podgotovki)
  ['Департамент образования информирует о проведении с 20 февраля по 1 марта 2012г. сбора информации по формированию заказа на учебники и учебные пособия для первой ступени общего образования на 2012-2013 учебный год.', range('2012-02-20', '2012-03-01')],
  ['Издательства, желающие включить свои учебники в перечень, должны направить в срок 15 ноября 2016 года до 15 января 2017 года соответствующее заявление, сообщается на сайте минобразования .', range('2016-11-15', '2017-01-15')],
  ['Также заместитель руководителя горОО отметила, что учебники школьникам будут выдавать в первые пять дней с начала учебного года.', range('2021-09-01', '2021-09-05')],
  // Round 61 (corpus-real-55): a time in brackets between a date and its year is a note
  // (https://serg-school.ucoz.ru/news/vserossijskoe_testirovanie_po_kulture_rechi/2023-09-13-886)
  ['Срок проведения тестирования: 22 сентября (12.00 МСК) – 10 октября (15.00 МСК) 2023 года.', range('2023-09-22', '2023-10-10')],
  // Round 50 (corpus-real-45): a grade's case ending after a spaced dash (https://gist.github.com/1b4650c8a6b2126a24d81ce83f3417ef)
  ['С 20сентября по 18 октября 2014 года согласно плану ВШК проводилось изучение адаптации учащихся 1 – х классов.', range('2014-09-20', '2014-10-18')],
  // Round 43 (corpus-real-36): the graduates' year is the year of the windows (https://ooipkro.ru/Bank_HTML/Text/t19_141.htm)
  ['Экзамены проводились в два тура: первый (школьный) - 4-20 июня - для выпускников школ 2001 года, второй (вузовский) - 17-28 июля - для выпускников школ прошлых лет, иногородних абитуриентов (вузовский), выпускников техникумов и профучилищ.', range('2001-06-04', '2001-07-28')],
  // Round 39: «к <учебному году>» after a window of days is its purpose (corpus-real-35, http://dou135.ivedu.ru/print.php?item_id=5815&type=N);
  // «и действует до <day>» after a day ends a window from it (corpus-real-33, https://gimn-14.odinedu.ru/)
  ['В период с 02.08.2022 по 12.08.2022 специальной межведомственной комиссией проводится приёмка образовательных учреждений к 2022/2023 учебному году.', range('2022-08-02', '2022-08-12')],
  ['(вступил в силу 01.09.2023 г. и действует до 31.08.2029 г.)', range('2023-09-01', '2029-08-31')],
  // Round 116 (corpus-real-104): a bare year after «и будут действовать до» ends that window on the year's eve, as «до 2027 года» alone
  // (https://imag.one/news/kak-v-novom-godu-budut-uchitsya-rossiyskie/5631891)
  ['Они вступят в силу 1 января и будут действовать до 2027 года.', range('2021-01-01', '2026-12-31')],
  // Round 116 (corpus-real-104): a year right after a legal act's noun names the act, a label (https://news.mail.ru/society/67548112/)
  ['Как отметил представитель ОП РФ, с 1 сентября 2024 года вступил в силу федеральный закон 2023 года, запрещающий ученикам использовать телефоны и другие средства связи во время проведения занятий.', { kind: 'ongoing', start: '2024-09-01', due: null, dates: [], every: null, day: null, reason: null }],
  ['с 1 по 15 сентября', range('2021-09-01', '2021-09-15')],
  ['с 1 по 15 сентября 2021 г.', range('2021-09-01', '2021-09-15')],
  ['1-15 сентября', range('2021-09-01', '2021-09-15')],
  ['15-19 февраля 2021', range('2021-02-15', '2021-02-19')],
  ['10 - 14 мая 2021 года', range('2021-05-10', '2021-05-14')],
  ['с 18 по 22 октября', range('2021-10-18', '2021-10-22')],
  ['20-21 октября 2021', range('2021-10-20', '2021-10-21')],
  ['с 15 февраля по 15 марта 2021 г.', range('2021-02-15', '2021-03-15')],
  ['18 октября - 22 октября 2021 г.', range('2021-10-18', '2021-10-22')],
  ['с 15.02 по 15.03.2021', range('2021-02-15', '2021-03-15')],
  ['с 15.02. по 19.02.2021', range('2021-02-15', '2021-02-19')],
  ['с 01.09.2021 по 30.09.2021', range('2021-09-01', '2021-09-30')],
  ['С 01.09.2021г. по 31.12.2021г.', range('2021-09-01', '2021-12-31')],
  ['01.09.2021 – 31.12.2021', range('2021-09-01', '2021-12-31')],
  ['01.02.2021—26.02.2021', range('2021-02-01', '2021-02-26')],
  ['20.09-30.09.2021', range('2021-09-20', '2021-09-30')],
  ['20.09.-30.09.2021 г.', range('2021-09-20', '2021-09-30')],
  ['15.01.2021-15.02.2021', range('2021-01-15', '2021-02-15')],
  ['15 – 19.02.2021', range('2021-02-15', '2021-02-19')],
  ['с 1 сентября до 15 сентября', range('2021-09-01', '2021-09-15')],
  ['28.12-10.01.2022', range('2021-12-28', '2022-01-10')],
  ['с 1.09.2021 по 31.05.2022', range('2021-09-01', '2022-05-31')],
  // Round 10 (corpus-real-14): «с <день> до <день> <месяц>» is a range of days like «с … по …» (https://dzen.ru/a/YIL3VztzW1L4e-bK)
  ['Также предусмотрен дополнительный период с 12 до 17 июля — для тех ребят, которые не смогли сдать экзамены в основные дни.', range('2021-07-12', '2021-07-17')],
  ['с 12 до 17.07.2022', range('2022-07-12', '2022-07-17')],
  ['до 17 июля', by('2021-07-17')],
  // Round 10: a list of windows that crossed the new year keeps calendar order (https://59.ru/text/gorod/2017/08/31/51149531,
  // https://kerch.fm./2022/09/12/v-rossii-utverdili-grafik-shkolnyh-kanikul.html)
  ['Осенние каникулы будут длиться с 28 октября по 6 ноября, зимние – с 25 декабря по 9 января, весенние – с 24 марта по 2 апреля.', range('2021-10-28', '2022-04-02')],
  ['По данным портала, для школ с обучением по четвертям осенние каникулы наступят 29 октября и продолжатся до 6 ноября, зимние запланированы с 31 декабря по 8 января, весенние - с 8 по 16 апреля.',
    range('2021-10-29', '2022-04-16')],
  ['с 1 по 7 марта, с 1 по 7 ноября', range('2021-03-01', '2021-11-07')],
  // Round 11: a span of calendar days or weeks counted from a day is the window it covers (corpus-real-14's known miss)
  ['Заявления будут принимать по графику в течение трех дней с 25 марта.', range('2021-03-25', '2021-03-27')],
  ['в течение двух недель с 1 сентября', range('2021-09-01', '2021-09-14')],
  // Round 148 (corpus-real-136): days of the month a contest was moved to, written before the move, are the new time; the month after
  // «на» only names their month, its year their year (https://www.profsoyz.ru/node/2587)
  ['Совсем скоро, 10-15 февраля в Перми пройдет финал конкурса "Воспитатель года России" - 2020, перенесенного с ноября 2020 года на февраль 2021 года в связи с пандемией.', range('2021-02-10', '2021-02-15')],
  ['10-15 февраля пройдет финал, перенесенного с ноября на февраль.', range('2021-02-10', '2021-02-15')],
  // Round 148 (corpus-real-136): a length of service after «стаж*» is who may take part, a label: the year's window is the time
  // (https://360.ru/news/mosobl/pobeditelej-oblastnogo-konkursa-molodyh-uchitelej-nagradili-v-podmoskove/)
  ['В этом году свои силы в конкурсе испытали 54 педагога со стажем работы до трех лет.', range('2021-01-01', '2021-12-31')],
  // Round 166 (corpus-real-154): numbers right after «школа» in any case, one or a list, are the schools' numbers
  // (https://ddt-gadzhievo.ru/news/2018-09-11)
  ['С 6 по 8 сентября Дом детского творчества радушно встречал учащихся школ 276 и 279.', range('2021-09-06', '2021-09-08')],
];

const MONTH_RANGES: Case[] = [
  // Round 217 (corpus-real-199): two whole month forms of one case glued into one word are the two months with the dash the page
  // lost, a window (https://rostov-gov.ru/doc/31519); a word that is no pair of months reads as before
  ['сентябрьоктябрь', range('2021-09-01', '2021-10-31')],
  ['Проводятся в январемарте 2022 года.', range('2022-01-01', '2022-03-31')],
  ['сентябряоктября', range('2021-09-01', '2021-10-31')],
  // Round 217 (corpus-real-199): a month right after a day of that month is the day's own year, a news item's date line and the month
  // it speaks of (https://erono.ru/news/?ELEMENT_ID=301); another month before the day's still moves on
  ['17.12.2012 Во второй половине декабря в общеобразовательных школах проходит цикл лекций.', range('2012-12-16', '2012-12-31')],
  ['17.12.2012 В декабре прошли лекции.', range('2012-12-01', '2012-12-31')],
  ['15.12.2012, январь', range('2012-12-15', '2013-01-31')],
  // Round 117 (corpus-real-105): a month, a slash and the next month are one window, like a dash
  // (https://sozvezdiye-vlg.ru/%d0%b7%d0%b0%d1%89%d0%b8%d1%82%d0%b0-%d0%bf%d1%80%d0%be%d0%b5%d0%ba%d1%82%d0%be%d0%b2-%d0%b7%d0%b0%d0%b3%d0%be%d0%bb%d0%be%d0%b2%d0%be%d0%ba)
  ['Апрель/май — время защиты индивидуальных учебных проектов выпускников школы.', { kind: 'range', start: '2021-04-01', due: '2021-05-31' }],
  // Round 105 (corpus-real-93): «Марша», the title word «марш», is no misspelt «марта» (https://vestnik-lesnoy.ru/marsh-parkov)
  ['Финал акции «Марша парков» состоится в мае в Екатеринбурге.', range('2021-05-01', '2021-05-31')],
  // Round 77 (corpus-real-66): the «к» after «приуроченные» names the event (https://rayfo-orlovsky.ru/news/3074-v-rossii-projdet-nedelya-finansovoj-gramotnosti)
  ['Активности, приуроченные к Неделе, продолжатся в российских регионах и в апреле.', range('2021-04-01', '2021-04-30')],
  // Round 43 (corpus-real-38): «ответственный за …» after a date and a comma is a note (https://tmgnews.ru/novosti/500-pomozhet-li-novyi-proekt-povysit-kachestvo-obrazovaniia-v-tuve/amp)
  ['В декабре 2021 года региональным Министерством образования и науки был утвержден список координаторов, ответственных за реализацию проекта «500+» в 2022 году.', range('2021-12-01', '2021-12-31')],
  ['сентябрь 2021', range('2021-09-01', '2021-09-30')],
  ['Сентябрь 2021 г.', range('2021-09-01', '2021-09-30')],
  ['сентябрь', range('2021-09-01', '2021-09-30')],
  ['в сентябре', range('2021-09-01', '2021-09-30')],
  ['В сентябре 2021 года', range('2021-09-01', '2021-09-30')],
  ['Сент. 2021', range('2021-09-01', '2021-09-30')],
  ['сен 2021', range('2021-09-01', '2021-09-30')],
  ['дек. 2021 г.', range('2021-12-01', '2021-12-31')],
  ['Май', range('2021-05-01', '2021-05-31')],
  ['в мае', range('2021-05-01', '2021-05-31')],
  ['февраль', range('2021-02-01', '2021-02-28')],
  ['Октябрь, 2021', range('2021-10-01', '2021-10-31')],
  ['январь-февраль', range('2021-01-01', '2021-02-28')],
  ['Январь – март 2021 г.', range('2021-01-01', '2021-03-31')],
  ['с сентября по декабрь 2021 г.', range('2021-09-01', '2021-12-31')],
  ['с января по май', range('2021-01-01', '2021-05-31')],
  ['март—апрель 2021', range('2021-03-01', '2021-04-30')],
  ['в октябре – ноябре 2021 г.', range('2021-10-01', '2021-11-30')],
  ['ноябрь 2021 – февраль 2022', range('2021-11-01', '2022-02-28')],
  ['Сентябрь 2021 года – май 2022 года', range('2021-09-01', '2022-05-31')],
  ['ноябрь – февраль 2022', range('2021-11-01', '2022-02-28')],
  ['Декабрь-январь', range('2021-12-01', '2022-01-31')],
  ['в конце сентября', range('2021-09-21', '2021-09-30')],
  ['начало октября 2021 г.', range('2021-10-01', '2021-10-10')],
  ['середина ноября', range('2021-11-11', '2021-11-20')],
  ['первая декада ноября', range('2021-11-01', '2021-11-10')],
  ['3 декада февраля', range('2021-02-21', '2021-02-28')],
  ['конец августа - начало сентября', range('2021-08-21', '2021-09-10')],
  ['в конце года', range('2021-12-01', '2021-12-31')],
  ['сентябрь - октябрь 2021 г., январь - февраль 2022 г.', range('2021-09-01', '2022-02-28')],
  // Round 17: a week or a half of a month is its days, like a decade (weeks 1–7 … 22–28, the last seven days; halves 1–15, 16–end)
  ['первая неделя сентября', range('2021-09-01', '2021-09-07')],
  ['вторая неделя октября 2025 г.', range('2025-10-08', '2025-10-14')],
  // Round 170 (corpus-real-158): an adjective of lessons, school or work between the ordinal and «неделя» keeps the week
  // (https://ynorvash-yantik.edu21-test.cap.ru/news/2022/10/03/uroki-o-vazhnom-denj-uchitelya/?id=9b5cc140-11a7-4b3a-8258-609539f64b0d)
  ['Первая учебная неделя октября в школе началась с торжественной церемонии выноса флагов Российской Федерации и Чувашской Республики и исполнения гимнов России и Чувашии.', range('2021-10-01', '2021-10-07')],
  ['во вторую рабочую неделю марта', range('2021-03-08', '2021-03-14')],
  ['в течение второй недели марта', range('2021-03-08', '2021-03-14')],
  ['третья неделя января', range('2021-01-15', '2021-01-21')],
  ['1-я неделя ноября', range('2021-11-01', '2021-11-07')],
  ['четвертая неделя февраля', range('2021-02-22', '2021-02-28')],
  ['в последнюю неделю декабря', range('2021-12-25', '2021-12-31')],
  ['последняя неделя февраля 2024', range('2024-02-23', '2024-02-29')],
  ['первая-вторая неделя сентября', range('2021-09-01', '2021-09-14')],
  ['первая половина октября', range('2021-10-01', '2021-10-15')],
  ['вторая половина сентября', range('2021-09-16', '2021-09-30')],
  ['2-я половина февраля', range('2021-02-16', '2021-02-28')],
  // Round 21: a part written after the month; the last decade of a month
  ['сентябрь, в конце месяца', range('2021-09-21', '2021-09-30')],
  ['октябрь (в начале месяца)', range('2021-10-01', '2021-10-10')],
  ['май, последняя неделя', range('2021-05-25', '2021-05-31')],
  ['ноябрь – 2 декада', range('2021-11-11', '2021-11-20')],
  ['в последней декаде сентября', range('2021-09-21', '2021-09-30')],
  // Round 21: «к» before an event named in words: the month after it says when (a plan row «К годовщине освобождения села … | декабрь»,
  // https://lukownikowoschool.ru/vneurochnaya_deyatelnost/6118/6316)
  ['к столетию школы (май 2021)', range('2021-05-01', '2021-05-31')],
  ['к 180-летию со дня рождения писателя (май 2021)', range('2021-05-01', '2021-05-31')],
];

const MONTH_LISTS: Case[] = [
  ['февраль, март 2021', { kind: 'months', start: '2021-02-01', due: '2021-03-31', dates: ['2021-02-28', '2021-03-31'] }],
  ['март, июнь, сентябрь, декабрь', { kind: 'months', start: '2021-03-01', due: '2021-12-31', dates: ['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31'] }],
  ['апрель 2021, октябрь 2021', { kind: 'months', start: '2021-04-01', due: '2021-10-31', dates: ['2021-04-30', '2021-10-31'] }],
  ['в августе и декабре', { kind: 'months', start: '2021-08-01', due: '2021-12-31', dates: ['2021-08-31', '2021-12-31'] }],
  ['Декабрь 2021 г., май 2022 г.', { kind: 'months', start: '2021-12-01', due: '2022-05-31', dates: ['2021-12-31', '2022-05-31'] }],
  ['август, декабрь 2021 г., март, май 2022 г.', {
    kind: 'months', start: '2021-08-01', due: '2022-05-31', dates: ['2021-08-31', '2021-12-31', '2022-03-31', '2022-05-31'],
  }],
  ['октябрь 2021 г. (1 этап), март 2022 г. (2 этап)', { kind: 'months', start: '2021-10-01', due: '2022-03-31', dates: ['2021-10-31', '2022-03-31'] }],
  // Round 21: two parts of one window are two points, a month each (the end of the school year is May, the month lessons end in)
  ['в начале и в конце учебного года', { kind: 'months', start: '2021-09-01', due: '2022-05-31', dates: ['2021-09-30', '2022-05-31'] }],
  ['в начале и конце года', { kind: 'months', start: '2021-01-01', due: '2021-12-31', dates: ['2021-01-31', '2021-12-31'] }],
  ['в конце I и II четверти', { kind: 'months', start: '2021-10-01', due: '2021-12-31', dates: ['2021-10-31', '2021-12-31'] }],
];

const PERIODS: Case[] = [
  // Round 228 (corpus-real-207): «плановый период» is no plan's noun, so the planning period after «и плановый период на» is read
  // with the year before it (https://korobinskay.jimdofree.com/документы/); a plan's noun after a date keeps its years a label
  ['муниципальное задание на 2023 и плановый период на 2024-2025 годов', range('2023-01-01', '2025-12-31')],
  ['бюджет городского округа на 2022 год и планового периода на 2023-2024 годов', range('2022-01-01', '2024-12-31')],
  ['до 01.02.2021 утвердить план мероприятий на 2021 год и плановый период на 2022-2023 годы', by('2021-02-01')],
  // Round 232 (corpus-real-211): «в течение прошлого / предыдущего … года» is the year before the context's, as round 177 reads the
  // next one (https://news-life.pro/barnaul/420832805)
  ['- В течение прошлого года специалисты отдела в рамках своей компетенции осуществляли плановый и внеплановый учредительный контроль в отношении муниципальных бюджетных и автономных дошкольных образовательных организаций, - отметила Ирина Синенко.', range('2020-01-01', '2020-12-31')],
  ['в течение предыдущего финансового года', range('2020-01-01', '2020-12-31')],
  // Round 214 (corpus-real-196): the first days of a school year are its beginning, as «в начале учебного года»
  // (https://ustyuzhna.com/news/districts/prieddvierii-shkolnogho-siezona-sotrudniki-gosavtoinspiektsii-ustiuzhienskogho-raiona-provieli-provierku-shkolnykh-avtobusov.html)
  ['«Школьные» автобусы планируется проверить при работе на линии, особенно в первые дни нового учебного года.', range('2021-09-01', '2021-09-30')],
  ['в первых числах учебного года', range('2021-09-01', '2021-09-30')],
  ['в первые дни сентября', range('2021-09-01', '2021-09-10')],
  // Round 207 (corpus-real-190): a figure before a unit of a file's size is a label; the school year before it is read (http://geum.ru/next/art-328371.php)
  ['План внутришкольного контроля маоу сош №17 в 2011-2012 учебном году, 676.8kb.', range('2011-09-01', '2012-08-31')],
  ['План внутришкольного контроля гоу сош №828 в 2010-2011 учебном году, 510.75kb.', range('2010-09-01', '2011-08-31')],
  // Round 201 (corpus-real-185): one year written twice before a school-year word is the school year it names
  // (https://324school.spb.ru/index.php/svedeniya-ob-oo/struktura-i-organy-upravleniya/24-sovet-starsheklassnikov); the next or previous
  // school year in words after «в», written first, is the school year of the months, seasons and days after it (https://dzen.ru/b/ZC761NLswGF2hhKp)
  ['2022-2022 учебный год', range('2022-09-01', '2023-08-31')],
  ['Были оговорены сроки каникул в следующем учебном году, проведение ремонтных работ в летний период и создание мотивирующего образовательного пространства.', range('2022-06-01', '2022-08-31')],
  ['в прошлом учебном году, в марте', range('2020-03-01', '2020-03-31')],
  ['Комплектование МДОУ на новый учебный год осуществляется в период с 1 июня по 30 июня.', range('2021-06-01', '2021-06-30')],
  // Round 194 (corpus-real-179): a two-digit last year further on than the next one, before a plural year word, ends a window of
  // calendar years (https://d61.ru/proekt-cifrovaya-obrazovatelnaya-sreda.html); a number after a verb of reaching is a count
  // (https://publico.ru/news/v-rossii-sozdany-bolee-190-centrov-cifrovogo-obrazovaniya-it-kub)
  ['О проведении в 2020-22 годах эксперимента по внедрению целевой модели цифровой образовательной среды', range('2020-01-01', '2022-12-31')],
  ['на 2021-23 годы', range('2021-01-01', '2023-12-31')],
  ['Ожидается, что в 2024 году их число достигнет 340.', range('2024-01-01', '2024-12-31')],
  // Round 193 (corpus-real-178): a «семестр» of a school year is its half, as «полугодие» reads
  // (https://bkatr-rcheb.edu21.cap.ru/news/2011/11/18/news_159912/?id=32832bea-3064-4e0c-9bb8-e23a4f937b2b)
  ['· итоги первого семестра 2011-2012 учебного года;', range('2011-09-01', '2011-12-31')],
  ['во втором семестре 2021-2022 учебного года', range('2022-01-01', '2022-08-31')],
  ['в 1 семестре', range('2021-01-01', '2021-06-30')],
  // Round 182 (corpus-real-168): a school-year word after two years more than one apart names every school year from the first to the
  // last (http://lib-5.ru/urok2/urok-99610.php); a noun of starting before a plural noun of activity leaves the school year named later
  // whole (https://school117.oshkole.ru/adverts/13551.html); a journal's volume and pages and a book's count of pages are labels
  // (https://psyjournals.ru/journals/bppe/archive/2016_n3/Umnyakova_Egorov,
  // http://www.kniga.seluk.ru/k-kulturologiya/787704-1-profilaktika-socialnogo-sirotstva-razvitie-seti-sluzhb-primireniya-rossii-sbornik-materialov-moskva-2013-profi.php)
  ['(2014-2017 учебные годы, возраст обучающихся – 10-18 лет.)', range('2014-09-01', '2017-08-31')],
  ['Информируем вас о начале мероприятий по проведению социально-психологического тестирования учащихся  в 2020/2021 учебном году.', range('2020-09-01', '2021-08-31')],
  ['2016. Том 13. № 3. С. 11–17', range('2016-01-01', '2016-12-31')],
  ['М: Благотворительный фонд «Просвещение», 2013. – 186 с.', range('2013-01-01', '2013-12-31')],
  // Round 177 (corpus-real-163): «в течение следующего года» with no anchor after it is the year after the context's
  // (https://kuzbass1.ru/news/official/140834)
  ['В течение следующего года им предстоит нести службу у мемориала, посвященного памяти кузбассовцев, павших за Родину в годы Великой Отечественной войны 1941-1945 годов.', range('2022-01-01', '2022-12-31')],
  // Round 171 (corpus-real-159): a letter glued by a slash to a letter is one abbreviation («д/с» детский сад), not the preposition «с»
  // (https://dag-salam.tvoysadik.ru/file/card?id=3459)
  ['Годовой календарный учебный график МБДОУ д/с «Салам» на 2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  // Round 171 (corpus-real-159): «в грядущем учебном году» is the next school year, as «в предстоящем учебном году»
  // (https://vedtver.ru/news/society/stal-izvesten-shkolnyj-kalendar-na-grjadushhij-uchebnyj-god-kogda-roditeljam-brat-bilety-v-teplye-kraja/)
  ['Школьные каникулы в грядущем учебном году продлятся 7 дней.', range('2021-09-01', '2022-08-31')],
  // Round 169 (corpus-real-157): an item number before the preposition «О» of an agenda's item is the item's number
  // (https://news.samaratoday.ru/news/81395, http://barabinsk.ucoz.ru/load/2-1-0-172)
  ['3. О плане мероприятий по комплексной безопасности образовательных учреждений на 2007-2008 годы;', range('2007-01-01', '2008-12-31')],
  ['2. О результатах обучения учащихся в 1 полугодии 2008-2009 учебного года, выполнении учебных планов и программ.', range('2008-09-01', '2008-12-31')],
  // Round 169 (corpus-real-157): «Вопрос N.» is an agenda item's number, like «пункт N»
  // (https://komobr-eao.ru/deyatelnost/kollegiya/materialy-kollegii-ot-05-aprelya-2019-goda.html)
  ['Вопрос 1. Об итогах работы комитета образования Еврейской автономной области в 2018 году и приоритетных направлениях и задачах развития региональной системы образования на 2019 год.', range('2018-01-01', '2019-12-31')],
  // Round 169 (corpus-real-157): the results of a year named relative to the current one cover that year
  // (https://crimea-news.com/society/2022/12/27/1005713.html)
  ['Глава администрации Сакского района Владимир Сабивчак поблагодарил директоров школ и заведующих детских садов за плодотворную работу, подвел итоги уходящего года в образовательных учреждениях района.', range('2021-01-01', '2021-12-31')],
  ['итоги прошлого года', range('2020-01-01', '2020-12-31')],
  // Round 179 (corpus-real-165): so do the graduates of such a year (https://newsprom.online/news/Obschestvo/289196.html)
  ['Большинство выпускников этого года (71,7%) либо четко определились с профессией, либо находились в активной стадии выбора.', range('2021-01-01', '2021-12-31')],
  ['выпускники прошлого года', range('2020-01-01', '2020-12-31')],
  // Round 169 (corpus-real-157): «перед» before the heads and staff of schools and offices is «in front of»
  // (http://oo-krgv.ru/news/itogi-rajonnogo-grazhdansko-patrioticheskogo-proekta-znaem-pomnim-khranim)
  ['Из огромного количества управленческих задач, стоящих перед заместителями по воспитанию в текущем учебном году, первоочерёдной является формирование Рабочей программы воспитания.', range('2020-09-01', '2021-08-31')],
  // Round 135 (corpus-real-123): a count of months in words before a year is its first months
  // (https://dag.aif.ru/amp/society/prokuratura_v_dagestane_dobilas_vyplaty_uchitelyam_prosrochennoy_zarplaty); «до сих пор» is no «до»
  // (https://hron.ru/news/read/7698); a year in words after a window is the whole window's (https://hron.ru/news/read/7698); «по
  // учебным планам» makes no «по <учебный год>» (https://docs.cntd.ru/document/902340482/titles/8PK0LU)
  ['В трех школах Чародинского района за четыре месяца 2022 года образовалась задолженность по заработной платы в размере более 1,3 млн рублей.', range('2022-01-01', '2022-04-30')],
  ['До сих пор не погашена задолженность перед педагогами за 2003 год.', range('2003-01-01', '2003-12-31')],
  ['Орским учителям компенсированы затраты лишь с января по май минувшего года.', range('2020-01-01', '2020-05-31')],
  ['Объем учебной нагрузки, установленный учителям при заключении трудового договора, не может быть уменьшен на следующий учебный год, за исключением случаев уменьшения количества обучающихся и часов по учебным планам и программам.', range('2021-09-01', '2022-08-31')],
  // Round 80 (corpus-real-69): «учебная» between a school quarter's number and «четверть» is skipped
  // (https://myangorch-zivil.edu21.cap.ru/news/2017/06/02/news_495491/?id=e30f70c4-9202-4036-9835-274c61b3b23b)
  ['Ученики 6 класса в течение всей четвертой учебной четверти работали над составлением родословной своих семей.', { kind: 'range', start: '2021-04-01', due: '2021-05-31' }],
  // Round 66 (corpus-real-60): a count of months before a year is the first months of that year (http://caomed.ru/novosti/1805-vshej-nachnut-iskat-u-rossijskikh-shkolnikov.html)
  ['К такому заявлению её подтолкнула печальная статистика за 9 месяцев 2014 года.', range('2014-01-01', '2014-09-30')],
  // Round 187 (corpus-real-173): the current year in words after a count of months is the context's year, whose first months the
  // count names (https://saratov.aif.ru/society/details/713714)
  ['За 11 месяцев этого года на территории области произошло 210 дорожно-транспортных происшествий в которых пострадали несовершеннолетние саратовцы.', range('2021-01-01', '2021-11-30')],
  // Round 187 (corpus-real-173): an act's number with a dotted part after its slash and a glued tail is one number, its date after
  // «от» the act's label, so the week's days are read (https://bkobr.ru/press-centr/novosti/3787-vserossijskaya-nedelya-bezopasnosti-dorozhnogo-dvizheniya)
  ['В соответствии с пунктом 6 Плана мероприятий по вопросам развития в субъектах Российской Федерации системы профилактики детского дорожно-транспортного травматизма в рамках межведомственного взаимодействия Минпросвещения России и Госавтоинспекции в 2023 году, на основании письма Министерства общего и профессионального образования №24/3.2-14536 от 06.09.2023, в целях совершенствования деятельности образовательных организаций по профилактике дорожно-транспортных происшествий с участием детей, повышения уровня правовой культуры в области дорожного движения с 18 по 22 сентября 2023 обучающиеся образовательных организаций приняли участие во Всероссийской недели безопасности дорожного движения.', range('2023-09-18', '2023-09-22')],
  ['За 6 месяцев 2021 года', range('2021-01-01', '2021-06-30')],
  // Round 62 (corpus-real-56): a wiki footnote after counts is a note (https://xn--b1aeclalpr9a.xn--p1ai/index.php?diff=2263&oldid=2261&title=%D0%A8%D0%BA%D0%BE%D0%BB%D1%8C%D0%BD%D1%8B%D0%B5_%D1%81%D0%BB%D1%83%D0%B6%D0%B1%D1%8B_%D0%BC%D0%B5%D0%B4%D0%B8%D0%B0%D1%86%D0%B8%D0%B8_%D0%B8_%D0%BF%D1%80%D0%B8%D0%BC%D0%B8%D1%80%D0%B5%D0%BD%D0%B8%D1%8F)
  ['По состоянию на 2022 год в Российской Федерации функционируют более 32 000 школьных служб медиации и примирения в различных образовательных организациях, включая 28 718 служб в общеобразовательных школах [https://fcprc.ru/ <nowiki>[2]</nowiki>].', range('2022-01-01', '2022-12-31')],
  // Round 62 (corpus-real-56): «ДО» after a programme's abbreviation is no «до»
  ['Реализация ФОП ДО (май 2023)', range('2023-05-01', '2023-05-31')],
  // Round 61 (corpus-real-55): a season, then a part of a school year inside it: the part
  // (http://shd3school.ru/ege-oge/ege/1097-provedenie-vserossijskikh-proverochnykh-rabot-dlya-4-8-klassov.html)
  ['Осенью в начале нового учебного года их напишут учащиеся, перешедшие в 5-9 классы.', range('2021-09-01', '2021-09-30')],
  // Round 61 (corpus-real-55): «в следующем году» after the text's dates adds that year
  // (https://infonex.ru/okolo-100-tysyach-uchenikov-prinyali-uchastie-v-proekte-bilet-v-budushhee)
  ['В ноябре-декабре первые пробы под эгидой проекта прошли в 46 регионах нашей страны, а в следующем году «Билет в будущее» затронет все 85 регионов.', range('2021-11-01', '2022-12-31')],
  // Round 61 (corpus-real-55): «в новом году» is the year after the current one (https://amurnews.ru/society/317180)
  ['— В новом году продолжим работу по созданию в школах цифровой образовательной среды.', range('2022-01-01', '2022-12-31')],
  // Round 48 (corpus-real-41, -42): a bare «в учебном году» (or «в — учебном году») is the context's school year (https://gist.github.com/800993f4638fb8c2785cfa7b062c87d6, https://gist.github.com/2a2a4991394045f6211ba206c3797b4c)
  ['Обеспечить учебно-методическую поддержку перехода на ФГОС второго поколения в учебном году, продолжая изучать нормативные документы и примерные образовательные программы ФГОС второго поколения.', range('2020-09-01', '2021-08-31')],
  ['Организовать и провести по мере необходимости аттестацию педагогических работников с целью подтверждения соответствия занимаемой должности в — учебном году.', range('2020-09-01', '2021-08-31')],
  // Round 46 (corpus-real-42): a school's number after the abbreviation of its type is a label (https://gist.github.com/anonymous/6ba8bcba8ad8f4ce16a3be30f658a2cd)
  ['План мероприятий мбоу оош 19 по активизации работы со слабоуспевающими выпускниками 9 класса в 2011.', range('2011-01-01', '2011-12-31')],
  // Round 46 (corpus-real-42): a year after «за» is the year a report or protocol covers (https://gist.github.com/33ccc7df0f1c80b35c66961873560fc2)
  ['Протоколы заседаний ШМО за 2013-2014 учебный год.', range('2013-09-01', '2014-08-31')],
  ['Отчет за 2020 год', range('2020-01-01', '2020-12-31')],
  // Round 46 (corpus-real-42): a month in the nominative after «с» and a partner is the plan's month (https://gist.github.com/anonymous/79ebd19411b25148b4941cfed08e73df)
  ['Изучение нормативных документов и методических рекомендаций по работе с одаренными детьми сентябрь.', range('2021-09-01', '2021-09-30')],
  // Round 45 (corpus-real-41): «на следующий учебный год» after what is done (https://gist.github.com/97e1f968921f54dbbf01dbca76cd3858)
  ['Составление плана работы РМО на следующий учебный год.', range('2021-09-01', '2022-08-31')],
  // Round 45 (corpus-real-41): a school year written first, then a month of it (https://gist.github.com/2236db74404f9ad7156aa10e2066751b)
  ['Обсуждение плана научно -методической работы школы, планов работы М/О на 2016/17 учебный год. Сентябрь. ЗУВР, методсовет.', range('2016-09-01', '2016-09-30')],
  ['I квартал', range('2021-01-01', '2021-03-31')],
  ['I квартал 2021 г.', range('2021-01-01', '2021-03-31')],
  ['1 кв.', range('2021-01-01', '2021-03-31')],
  ['1-й квартал 2021 года', range('2021-01-01', '2021-03-31')],
  ['II квартал', range('2021-04-01', '2021-06-30')],
  ['III квартал 2021 г.', range('2021-07-01', '2021-09-30')],
  ['IV кв. 2021', range('2021-10-01', '2021-12-31')],
  ['4 кв. 2021 г.', range('2021-10-01', '2021-12-31')],
  ['в I квартале 2022 г.', range('2022-01-01', '2022-03-31')],
  ['во II квартале', range('2021-04-01', '2021-06-30')],
  ['в течение I квартала', range('2021-01-01', '2021-03-31')],
  ['I-II квартал 2021', range('2021-01-01', '2021-06-30')],
  ['III-IV кв. 2021 г.', range('2021-07-01', '2021-12-31')],
  ['в I и II кварталах', range('2021-01-01', '2021-06-30')],
  ['IV квартал 2021 г. – I квартал 2022 г.', range('2021-10-01', '2022-03-31')],
  ['третий квартал', range('2021-07-01', '2021-09-30')],
  ['1-е полугодие', range('2021-01-01', '2021-06-30')],
  ['II полугодие 2021 г.', range('2021-07-01', '2021-12-31')],
  ['второе полугодие 2021 года', range('2021-07-01', '2021-12-31')],
  ['во II полугодии', range('2021-07-01', '2021-12-31')],
  ['2 пол. 2021', range('2021-07-01', '2021-12-31')],
  ['в течение первого полугодия 2021-2022 учебного года', range('2021-09-01', '2021-12-31')],
  ['II полугодие 2021-2022 уч. года', range('2022-01-01', '2022-08-31')],
  ['1 четверть', range('2021-09-01', '2021-10-31')],
  ['III четверть 2021-2022 учебного года', range('2022-01-01', '2022-03-31')],
  ['2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  // Round 50 (corpus-real-45): a school year whose dash was lost between two years (https://gist.github.com/anonymous/65cbbcd95e7098ea14145df145630b99)
  ['В 2015 2016 учебном году 7 педагогов успешно прошли аттестацию в намеченные сроки.', range('2015-09-01', '2016-08-31')],
  ['2021/2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['в течение 2021/2022 уч. года', range('2021-09-01', '2022-08-31')],
  ['2021-2022 уч.г.', range('2021-09-01', '2022-08-31')],
  ['в 2021/22 учебном году', range('2021-09-01', '2022-08-31')],
  ['2020-2021 учебный год', range('2020-09-01', '2021-08-31')],
  ['2021 год', range('2021-01-01', '2021-12-31')],
  ['2021г.', range('2021-01-01', '2021-12-31')],
  ['в течение 2021 года', range('2021-01-01', '2021-12-31')],
  ['В 2021 году', range('2021-01-01', '2021-12-31')],
  ['2021-2022 гг.', range('2021-01-01', '2022-12-31')],
  // Round 18: «г.г.» and «г. г.» are «гг.» (a school's «Коллективный договор на 2021-2023 г.г.»); «г. Пермь» after «г.» is a city
  ['2021-2022 г.г.', range('2021-01-01', '2022-12-31')],
  ['2021 - 2022 г. г.', range('2021-01-01', '2022-12-31')],
  ['2021-2022 г. г. Пермь', range('2021-09-01', '2022-08-31')],
  ['2021 - 2023 годы', range('2021-01-01', '2023-12-31')],
  ['с 2021 по 2023 год', range('2021-01-01', '2023-12-31')],
  // Round 12 (corpus-real-17): the current year in words, when the text has no date
  ['Еще два центра откроют в текущем году.', range('2021-01-01', '2021-12-31')],
  ['в этом году', range('2021-01-01', '2021-12-31')],
  ['В нынешнем году', range('2021-01-01', '2021-12-31')],
  ['с 1 по 15 сентября заканчивается прием', range('2021-09-01', '2021-09-15')],
  // Round 17: the current / next school year in words (placed by its end, like «до конца учебного года»); «текущий год»
  ['в текущем учебном году', range('2020-09-01', '2021-08-31')],
  ['текущий год', range('2021-01-01', '2021-12-31')],
  // Round 21: a part of a named quarter, half or school quarter is a month of it, as «в конце года» is December; the school year's end is May
  ['в конце I четверти', range('2021-10-01', '2021-10-31')],
  ['в начале III четверти', range('2021-01-01', '2021-01-31')],
  ['в середине I четверти', range('2021-09-16', '2021-10-15')],
  ['в середине 3 четверти', range('2021-02-01', '2021-02-28')],
  ['в конце II полугодия', range('2021-12-01', '2021-12-31')],
  ['в начале 2 квартала', range('2021-04-01', '2021-04-30')],
  ['в конце учебного года', range('2021-05-01', '2021-05-31')],
  // Round 21: school quarters listed with a comma and no space («контрольных работ за 1 и 2 четверти»,
  // https://nsportal.ru/user/138765/page/demoversii-predstoyashchih-kontrolnyh-rabot-za-1-i-2-chetverti-2020-2021-uchebnogo-)
  ['1,2 четверть', range('2021-09-01', '2021-12-31')],
  ['I,II четверть', range('2021-09-01', '2021-12-31')],
  // Round 30: two years glued together before «гг.» are a pair (https://xn--15-6kce9amu6a.xn--80aac3agbfud7c8b.xn--p1ai/file/card?id=4164)
  ['Паспорт программы развития МБОУ СОШ № 15 на 20242026 гг.', range('2024-01-01', '2026-12-31')],
  // Round 67 (corpus-real-61): «в прошлом учебном году» is the school year before the context's (https://riamobalashiha.ru/news/obschestvo/ucheniki-shkoly-v-balashihe-sobrali-okolo-4-t-makulatury-v-hode-aktsii)
  ['В прошлом учебном году во время весенней акции мы спасли 25 деревьев.', range('2019-09-01', '2020-08-31')],
  // Round 92 (corpus-real-81, -82): «ДО» after an organisation's form is дополнительное образование (https://www.1urok.ru:443/categories/23/articles/76670);
  // a count after a verb of being is a label (https://poligraf.media/obsestvo/20180828/v-27-skolah-voronezskoj-oblasti-rezultaty-ege-byli-nazvany-somnitelnymi)
  ['Данный проект разработан МБУ ДО «Центр ППСС» на 2021-2024 годы.', range('2021-01-01', '2024-12-31')],
  ['Так, в прошлом году таких учебных заведений по стране было 3116, из которых в Воронежской области – 33.', range('2020-01-01', '2020-12-31')],
  // Round 150 (corpus-real-138): «в новом учебном году» inside a sentence is the next school year, like «в следующем учебном году»
  // (https://zab.ru/news/131612)
  ['Единый звонок с урока в российских школах отменят в новом учебном году', range('2021-09-01', '2022-08-31')],
  // Round 175 (corpus-real-161): «с» before two years joined by a dash and «годов» names those years, not an open start
  // (https://chernevka.schools.by/pages/kompleks-meroprijatij-po-profilaktike-beznadzornosti-i-pravonarushenij-sredi-nesovershennoletnih-v-dribinskom-rajone-na-2020-2022-gg)
  ['В период с 2017-2019 годов с целью принятия целенаправленных мер в сфере профилактики безнадзорности и правонарушений несовершеннолетних субъектами профилактики реализован Комплекс мероприятий', range('2017-01-01', '2019-12-31')],
];

const RECURRING: Case[] = [
  // Round 257 (corpus-real-228, http://stolipino.nikrn.ru/razgovoryi-o-vazhnom-8): an ordinal weekday of a month named after «каждый»
  // is that day of every year (it was weekly, and `on` the day with the ordinal in figures); with no ordinal, or with «месяца», as before
  ['Отмечается он каждое третье воскресенье октября.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['каждый 1-й понедельник июля', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['каждую субботу октября', { kind: 'recurring', start: '2021-10-01', due: '2021-10-31', every: 'week' }],
  ['каждую последнюю пятницу месяца', monthly(null)],
  // Round 227 (corpus-real-206): «будние дни:» opening a regime's line is weekly
  // (https://aksay.ikro.ru/election-campaign/13-sentyabrya-2020-god-msu/rezhim-raboty-komissii/); a window, then a span of weekdays, is
  // weekly inside the window (http://msmetal-kolpinfo.ru/node/589)
  ['• будние дни: с 09.00 до 18.00, перерыв с 13.00 до 14.00;', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['· с 25 февраля по 16 марта 2018 года с понедельника по пятницу с 15.00 до 19.00 часов;', { kind: 'recurring', start: '2018-02-25', due: '2018-03-16', every: 'week' }],
  // Round 214 (corpus-real-196): «каждый будний день / каждое буднее утро» is weekly like «в будние дни»; «каждое утро» stays daily work
  // (https://xn----7sbalrggkc2ahebxflf9rzb.xn--p1ai/society/2024/03/06/v-krasnogorskom-mkdcz-bryanshhiny-sostoitsya-prazdnichnyj-konczert)
  ['Каждое буднее утро пазики и газели, окрашенные в яркий жёлтый цвет, с бортовой надписью «Дети» начинают свой маршрут.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Каждый будний вечер автобус отвозит детей домой', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['каждое утро', ongoing2021],
  // Round 209 (corpus-real-192): «раз в N дней» of a week or more is a repeat, every week when N is whole weeks
  // (https://urpngt.rospotrebnadzor.ru/osnovnie-napravlenija/zashhita-prav-potrebitelejj/6813-mery-profilaktiki-pedikuleza.html); «раз в сезон» a
  // repeat with no `every` (https://transparent-ekb.ru/bezodet)
  ['За лицами, контактировавшими с больным педикулезом, устанавливается медицинское наблюдение сроком на 1 месяц с проведением осмотров 1 раз в 10 дней.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  ['не реже 1 раза в 14 дней', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Санитарные нормы требуют замены песка не реже 1 раза в сезон.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  // Round 189 (corpus-real-174): a semester after a count is the unit of a repeat with no `every`, like «дважды в полугодие»
  // (https://dzen.ru/list/questions/dlia-chego-slujit-kontrolnyi-vopros?from_cloud=true); «в конце учебной четверти» is of every school
  // quarter like «в конце четверти» (https://mywordworld.ru/seasons/pravila-oformleniya-tetradei-po-russkomu-yazyku-8-spravka-po/)
  ['В некоторых вузах для них применяется термин «контрольная точка» — это проверочные по всем предметам, которые проводятся дважды в семестре.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  ['в конце учебной четверти, полугодия.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  // Round 177 (corpus-real-163): the end of the school or working week is in every week (https://www.ntv.ru/novosti/amp/2716440/)
  ['А после завершения учебной недели, после последнего занятия, будет проходить церемония спуска флага.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 164 (corpus-real-153): a night from one weekday to the next is that night of every week, like «с понедельника по пятницу»
  // (http://www.rujel.net/about/Questions/method/plancontrol)
  ['Замечания по ведению журналов формируются в ночь с воскресенья на понедельник.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 159 (corpus-real-148): a few words of what the hours are for between an opening weekday after «в / во» and a window of hours
  // are the regime of that day of every week; a text that only names weekdays as days off repeats every week
  // (https://novostipmr.com/ru/news/14-05-19/v-tiraspole-na-baze-nekotoryh-shkol-budut-otkryty-ozdorovitelnye)
  ['В субботу продолжительность пребывания детей будет с 08:30 до 14:30.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['В воскресенье — выходной.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 156 (corpus-real-144): «цикл / серия / формат» before a repeat adjective in the genitive names the events that repeat, like a
  // noun of holding (https://znamya-truda32.ru/society/2022/08/03/v-shkolah-dubrovskogo-rajona-budet-novyj-format-klassnyh-chasov-razgovor-o-vazhnom)
  ['Это обновленный формат еженедельных классных часов, посвященных самым различным темам.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 135 (corpus-real-123): half a month after «каждые» is the unit of a monthly repeat (https://base.garant.ru/57293806/)
  ['Заработная плата выплачивается не реже чем каждые полмесяца в день, установленный правилами внутреннего трудового распорядка, коллективным договором, трудовым договором (ч. 6 ст. 136 ТК РФ).', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month' }],
  // Round 117 (corpus-real-105): a repeat adjective in an oblique case after a noun of holding repeats
  // (https://goldenhistory.ru/novosti/vazhnaya-informaciya/polozhenie-o-nauchnom-obshhestve-uchashhihs/)
  ['- 5. проведение ежегодной школьной научно-практической конференции «Компас»', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 132 (corpus-real-120): «до / не позднее» with «дня / даты» before the event's verbal noun is that event
  // (http://japanesewithlove.com/uchenikamhtml, https://specped.ru/payment/); an adjective of the coming period between «каждого» and
  // the unit repeats (https://bigschool3.obr.site/meal/free)
  ['Абонемент оплачивается до дня 1-го занятия.', event('до дня 1-го занятия')],
  ['Оплата производится единовременно, не позднее даты начала образовательной программы в объеме 100%.', event('не позднее даты начала образовательной программы в объеме 100%')],
  // round 132, the same rule's other lines (templates of its family)
  ['Родительская плата вносится не позднее дня подписания договора.', event('не позднее дня подписания договора')],
  ['Документы представляются не позднее подачи заявления.', event('не позднее подачи заявления')],
  ['Оплата производится не позднее начала занятий.', event('не позднее начала занятий')],
  ['До 5 сентября каждого нового учебного года предоставляются следующие документы в кабинет ответственному за организацию питания или классному руководителю:', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year', day: 5 }],
  // Round 111 (corpus-real-99): «в выходные дни» is the weekend of every week, like «в будние дни» (https://dzen.ru/a/Z-1kHEmdFzLdGiLO)
  ['Традиционно мы проводим такие встречи в выходные дни, чтобы абитуриентам и их родителям было максимально удобно добраться до нас, не жертвуя своим учебным или рабочим временем.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 99 (corpus-real-87): after a weekday's hours, a spaced dash and words of what the hours are for are a note
  // (https://nalprog70.ru/?Page=Poryadok_obrashcheniya_v_uchrezhdenie)
  ['понедельник: 8.00 - 10.00 - прием по личным вопросам', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['четверг: 14.00 - 16.00 - прием по личным вопросам', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 88 (corpus-real-77): a count of times in the current calendar year repeats yearly
  // (https://id41.ru/news/ofitsialno/vyplata_na_priobretenie_odezhdy_obuchayushchikhsya_detey_iz_mnogodetnykh_semey/?print_page=yes)
  ['Выплата предоставляется одному из родителей (законных представителей) на каждого обучающегося один раз в текущем календарном году в размере 3000 рублей.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 84 (corpus-real-73): «через каждые N лет» repeats (https://museum.ucoz.net/load/pasport_muzeja_obrazovatelnogo_uchrezhdenija/1-1-0-1)
  ['Через каждые пять лет музей образовательного учреждения должен подтвердить звание.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 77 (corpus-real-66): «по будням» is every week (https://kuzbassnews.ru/news/yunarmeycy-posta-no1-v-kemerove-zastupili-na-vahtu-pamyati)
  ['Нести караул юнармейцы будут по будням с 10:30 до 15:00 (с поправкой графика во время зимних морозов).', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 63 (corpus-real-57): a repeat adjective in the instrumental after a copula, before its noun (https://www.edudata.ru/kpmo/info/instr_monit_doy.html)
  ['1.    Таблица "Годовые показатели мониторинга системы дошкольного образования" является ежегодной заполняемой таблицей уровня образовательной организации, реализующей дошкольное образование.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 57 (corpus-real-52): a repeat adjective in an oblique case before a noun of reporting (https://docs.cntd.ru/document/802063578/titles/3DTOU8V,
  // https://docs.cntd.ru/document/973020740/titles/2TR8B4F)
  ['2) ежеквартальную информацию о проведенных мероприятиях по осуществлению государственных полномочий;', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['2. Предоставление ежемесячной отчетности о количестве часов, предоставленного ледового времени.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month' }],
  // Round 57 (corpus-real-52): a condition opening the text, then a repeat (https://base.garant.ru/74036338/daf75cc17d0d1b8b796480bc59f740b8)
  ['В случае финансового обеспечения затрат Отчет о достижении результата предоставления субсидии направляется в Управление ежемесячно не позднее 5 числа месяца, следующего за отчетным, до момента использования субсидии в полном объеме.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month', day: 5 }],
  // Round 54 (corpus-real-49): a count of times per a span with a decimal fraction (https://74lsy.uralschool.ru/file/card?id=7390)
  ['- проводить оценочные процедуры по каждому учебному предмету в одной параллели классов не чаще 1 раза в 2,5 недели.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Обследование не реже 1 раза в 1,5 месяца', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month' }],
  // Round 56 (corpus-real-51): the end of a week no one names (https://neznaykan.wixsite.com/history/pravila-raboty-s-dnevnikami), a
  // count of days in a week (http://mbdou-vishenka.ru/roditelyam/page/13/)
  ['В конце недели учащиеся могут подсчитывать и фиксировать количество положительных отметок за прошедшую неделю.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Детский сад работает 5 дней в неделю с 7.00 до 17.30.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 55 (corpus-real-50): a timetable's heading before a lone weekday (http://school16serp.ru/informaciya/o-shkole/upolnomochennyjj-po-zashhite-prav-uchashhikhsya-mbou-sosh-16)
  ['часы приёма: понедельник — 16.00.-18.00.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 52 (corpus-real-47): a count of times per a period after «за», and «единожды» (https://gist.github.com/de7fe0638f4db84583bf6a289d547754,
  // https://gist.github.com/anonymous/f39e53abdb2d045c5b334dab0ce839f1)
  ['Организационной формой работы Комиссии являются заседания, которые проводятся не реже двух раз за учебный год.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['Далее периодичность устанавливается по необходимости, но нельзя это делать реже, чем единожды за три года.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 53 (corpus-real-48): a regular week that starts with an activity is a weekly repeat (http://nlomov409.ucoz.net/news/razgovor_o_vazhnom/2022-08-15-1998)
  ['Во всех школах страны учебная неделя будет начинаться с классного часа «Разговор о важном», посвященного самым различным темам, волнующим современных ребят.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Школьная неделя начинается с линейки и поднятия флага.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 51 (corpus-real-46): an exception after «по четвертям» closing the cell (https://gist.github.com/anonymous/c8b46c717de10b6b61cb316ffac60f6a)
  ['Проводится по четвертям за исключением предметов с учеб', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  // Round 49 (corpus-real-44): a telephone number is a label and «кроме субботы и воскресенья» with hours are the weekdays
  // (https://school67nvkz.kuz-edu.ru/index.php?id=30932)
  ['8 (3842) 58-70-25, кроме субботы и воскресенья с 9.00 до 17.00.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 43: one test of a time of day — «10:05» after a colon is an hour, not the 10th
  ['ежемесячно до 10:05', monthly(null)],
  // Round 39 (corpus-real-35): weekdays in words are Monday to Friday of every week, unless a daily word is there
  // (https://tvtver.ru/news/v-tverskih-detskih-sadah-prodolzhayut-rabotat-dezhurnye-gruppy/); a length of time per week is a weekly load
  // (https://videouroki.net/razrabotki/tematika-klassnykh-chasov-dlya-nachalnykh-klassov-1-klass.html)
  ['В управлении образования администрации Твери в будние дни с 9:00 до 17:00 продолжает работать «горячая линия»: позвонив по телефону 34-45-42 родители могут получить консультации по всем вопросам, касающимся работы дежурных групп в детсадах.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['ежедневно (в рабочие дни) с 09:00 до 16:00', ongoing2021],
  ['Тематика классных часов в 1 классе (из расчёта 30-35 минут в неделю)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 39 (corpus-real-35): a day of the school week with its weekday in brackets (https://cheretyanka.schools.by/pages/rezhim-raboty-uchrezhdenija-obrazovanija)
  ['4. В шестой школьный день (субботу) мероприятия проводятся по утвержденному директором школы плану с 9.00 до 14.00:', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['ежемесячно', monthly(null)],
  // Round 8 (corpus-real-11): the instrumental after «станет / будет» (https://dzen.ru/b/YyibnKHTJHBuhR-q)
  ['Церемония поднятия флагов проводится перед началом 1 урока 1 смены и станет еженедельной, как и спуск флагов и знамени в конце недели.',
    { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['отчёт будет ежемесячным', monthly(null)],
  // Round 28 (corpus-real-27): a season of every year is a yearly repeat (https://www.examen.ru/news-and-articles/news/kogda-obyavyat-rezultaty-vpr/)
  ['С 2015 года каждую весну в школах проводятся Всероссийские проверочные работы.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['каждое лето', { kind: 'recurring', start: '2021-06-01', due: '2021-08-31', every: 'year' }],
  // Round 8: «триместр» is the unit of a repeat with no «every» value, like «полугодие»
  ['1 раз в триместр', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  // Round 210 (corpus-real-193): «кв.» before «категория» (or «кат.», «кв.к.») is «квалификационная», a teacher's category, not a quarter
  // (http://myshared.ru/amp/570829); «кв.» before anything else stays a quarter
  ['не позднее 3 месяцев до окончания кв. категории', event('3 месяцев до окончания кв. категории')],
  ['за 3 месяца до окончания срока действия кв. категории', event('за 3 месяца до окончания срока действия кв. категории')],
  ['1 кв. 2021', range('2021-01-01', '2021-03-31')],
  // Round 210 (corpus-real-193): a timetable of several weekdays, each after the hours of the one before, is weekly
  // (https://goo.kz/content/view/29/20869?lang=ru); a date after the second weekday keeps its reading
  ['Среда с 16:00 до 18:00 Пятница с 16:00 до 18:00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Вторник с 9:00 до 13:00, четверг с 14:00 до 17:00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Среда с 16:00 до 18:00 Пятница 13 марта', on('2021-03-13')],
  // Round 273 (corpus-real-236's page, https://museum-schvarz.ru/contact-information/opening-hours/): a bracket closing a weekday's hours
  // is a note on them; a bracket with a date or the holidays, and a bracket with no hours before it, keep their reading
  ['Воскресенье с 11:00 до 17:00 (касса закрывается на 1 час раньше).', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Суббота с 10.00 до 17.00 (перерыв с 13:00 до 14:00)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Среда с 12.00 до 13.00 (15 мая)', on('2021-05-15')],
  ['понедельник с 9.00 до 12.00 (в каникулы)', event('в каникулы')],
  // Round 210 (corpus-real-193): a verb of registering before a registry's long name still makes the date the day it happened
  // (https://ozerich.pukhovichi-asveta.gov.by/)
  ['Зарегистрировано в Национальном реестре правовых актов Республики Беларусь 30 марта 2005 г. N 8/12342', on('2005-03-30')],
  // Round 210 (corpus-real-193): a bare «на учебный год» is the context's school year (https://m-bratstvo.ru/trud/)
  ['8. Приказ о создании аттестационной комиссии на учебный год (с указанием срока полномочий).', range('2020-09-01', '2021-08-31')],
  // Round 220 (corpus-real-200): a count of days opening a cell, a dash and the days is how many they are, a label
  // (https://spb.hse.ru/ba/hist/calendar); the count alone stays a bare span
  ['2 дня – 23.02, 08.03', on('2021-02-23', '2021-03-08')],
  ['1 день – 04.11', on('2021-11-04')],
  ['9 дней – 31.12 – 08.01', range('2021-12-31', '2022-01-08')],
  ['2 дня', { kind: 'unparsed', reason: 'срок отсчитывается от события: «2 дня»' }],
  // Round 220 (corpus-real-200): the plural «наступят» is a verb of starting, «окончатся» of ending
  // (https://www.todes-chkalovarena.ru/040525/novosti-kogda-kanikuly-u-studentov-zimoj); the singular «наступит» reads as before
  ['В этом учебном году зимние каникулы у студентов наступят 25 декабря 2023 года и окончатся 8 января 2024 года.', range('2023-12-25', '2024-01-08')],
  ['каникулы окончатся 8 января 2024 года', by('2024-01-08')],
  ['Заветный час наступит вечером 24 июня.', on('2021-06-24')],
  // Round 220 (corpus-real-200): the end of a window «с … до середины <месяца>» is the 15th, as round 59's «до середины …» alone
  // (https://nsn.fm/society/chislo-uchastnikov-demonstratsionnogo-ekzamena-prevysilo-500-tysyach-chelovek); «по середину» keeps the 20th
  ['в период с января до середины августа 2025 года', range('2025-01-01', '2025-08-15')],
  ['с января по середину августа 2025 года', range('2025-01-01', '2025-08-20')],
  // Round 220 (corpus-real-200): the number of a part of the document between the preposition and the document is the same document
  // (https://collegepravosudiya.ru/informaciya-o-demonstracionnom-ekzamene-dlya-studentov-poluchajushhih-obrazovanie-po-specialnosti-40-02-04-jurisprudenciya)
  ['в соответствии с п. 67 Порядка проведения ГИА', schedule('порядок проведения ГИА')],
  ['согласно пункту 3.2 Положения о практике', schedule('положение о практике')],
  ['в п. 3 положения', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 220 (corpus-real-200): an order with a bare «на учебный год» after it is the act that sets the thing for the year
  // (http://geum.ru/next/art-202388.php); round 98's «назначается приказом» alone stays unread
  ['5. Заведующий учебно-методическим кабинетом назначается приказом директора на учебный год.', schedule('приказом директора на учебный год')],
  ['Заведующий кабинетом назначается приказом директора', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 220 (corpus-real-200): a footnote mark after a year and its «года» inside a sentence is dropped
  // (https://mkep.ru/bezopasnost/protivodeystvie_korruptsii/priemnaya_kompaniya_2024_20240705)
  ['Согласно тексту приказа №457 Минпросвещения от 2 сентября 2020 года 1, колледжи России начинают прием заявлений на поступление не позднее 20 июня.', by('2021-06-20')],
  // Round 220 (corpus-real-200): «с» between «прекращается» and a day is the day it ends
  // (https://consultant.ru/document/cons_doc_LAW_169190/0adc14c4f4cef2ff7c9f8e6ffc595efe524ccdf0); the transitive «прекращает» reads as before
  ['Прием заявлений прекращается с 1 сентября', by('2021-09-01')],
  ['С 15 мая библиотека прекращает выдачу книг', { kind: 'ongoing', start: '2021-05-15', due: '2021-12-31' }],
  // Round 213 (corpus-real-195): a number above 4 before «квартал» is a town's block, a label (https://docs.cntd.ru/document/561697775/titles/3NIIBI7);
  // with a year in figures after it, it still fails as a quarter
  ['В 2022 году планируется создать 990 новых мест в общеобразовательной организации 68 квартала г. Якутска.', range('2022-01-01', '2022-12-31')],
  ['5 квартал 2021 года', { kind: 'unparsed', reason: 'нет квартала с номером 5' }],
  // Round 213 (corpus-real-195): «наступающего / грядущего года» after a month is the next year, as «следующего года»
  // (https://kr-gazeta.ru/obrazovanie/s-yanvarya-nastupayushchego-goda-nachinaetsya-realizatsiya-proekta-po-kapremontu-shkol)
  ['С января наступающего года начинается реализация проекта по капремонту школ', { kind: 'ongoing', start: '2022-01-01', due: null }],
  ['в декабре грядущего года', range('2022-12-01', '2022-12-31')],
  // Round 213 (corpus-real-195): four figures before «мест», «школ», «центров» … (an adjective between or not) are a count
  // (https://docs.cntd.ru/document/561697775/titles/3NIIBI7)
  ['В рамках реализации мероприятия к 2023 году будет создано 2015 новых мест в общеобразовательных организациях.', by('2023-12-31')],
  ['выпускники 2021 года', range('2021-01-01', '2021-12-31')],
  // Round 213 (corpus-real-195): adjectives of scope before «день» keep the day of the event after it (https://m.severpost.ru/read/58890)
  ['Мероприятие пройдёт в единый Всероссийский день открытия детских технопарков под патронажем Инновационного центра «Сколково» в 12.00.', event('в единый Всероссийский день открытия детских технопарков под патронажем Инновационного центра «Сколково» в 12.00')],
  // Round 213 (corpus-real-195): two counters after a date line are labels (https://www.infoorel.ru/news/rasporyajenie--120-r.html)
  ['28 мая 2007 в 00:00 848 0', on('2007-05-28')],
  ['28.02.2022 371 5 7 9', { kind: 'unparsed', reason: 'непонятное число «371»' }],
  // Round 212 (corpus-real-194): a period that a document fixes, its agent between, is a schedule (https://p-obr.ru/plan-raboty-komissii-po-ohrane-truda.html)
  ['Доклад отправляют в органы власти в установленный нормативными документами период времени.', schedule('в установленный нормативными документами период времени')],
  ['в установленный законом период', schedule('в установленный законом период')],
  // Round 212 (corpus-real-194): «на плановой основе» and «в плановом порядке» inside a sentence: a plan holds the dates
  // (https://base.garant.ru/21612137/701a1de667fce1210ea0f662d697a3d3); «на регулярной основе» stays open-ended
  ['1. Повышение квалификации областных государственных служащих осуществляется на плановой основе.', schedule('на плановой основе')],
  ['Проверки проводятся в плановом порядке.', schedule('в плановом порядке')],
  ['Обучение осуществляется на регулярной основе.', ongoing2021],
  // Round 212 (corpus-real-194): a term's length as a bound, «сроком более / до / не более …», is no threshold (same source)
  ['(сроком более одного месяца) обучения: курсы повышения квалификации', { kind: 'unparsed', reason: 'срок отсчитывается от события: «сроком более одного месяца»' }],
  ['Дети, пропустившие более 3 дней, допускаются со справкой', event('более 3 дней, допускаются со справкой')],
  // Round 212 (corpus-real-194): «в последний / первый месяц» of a year is its last or first month (http://fomin-detsad8.ru/?PAGEN_1=4)
  ['В последний месяц уходящего года в детском саду прошел конкурс новогодних поделок', range('2021-12-01', '2021-12-31')],
  ['в первом месяце следующего года', range('2022-01-01', '2022-01-31')],
  ['в первый месяц работы', event('в первый месяц работы')],
  // Round 216 (corpus-real-198): a bare count after a verb of turning is an age (https://dzen.ru/a/Xsk1uYCna20QteqH); a month after it
  // keeps its day
  ['Старшему сыну исполнилось 3 и осенью мы собрались отправить его в сад.', range('2021-09-01', '2021-11-30')],
  ['Ему исполнится 7 сентября', on('2021-09-07')],
  // Round 216 (corpus-real-198): the start or the end of rendering a service is an event (https://tramitador.org/gu/service/269608);
  // «в процессе предоставления … услуги» inside a sentence on a service's term stays a bare span
  ['Выдается в начале оказания услуги', event('в начале оказания услуги')],
  ['Выдается в конце оказания муниципальной услуги', event('в конце оказания муниципальной услуги')],
  ['в процессе предоставления государственной услуги и не может превышать 10 рабочих дней', { kind: 'unparsed', reason: 'срок отсчитывается от события: «10 рабочих»' }],
  // Round 216 (corpus-real-198): the first days of a stay, a count or two counts of them, and the days after them, are events
  // (https://dou2.pogranichny.org/); «2-3 дня» alone stays a bare span
  ['Первые 2-3 дня –  пребывание ребенка в группе не более 3-х часов.', event('первые 2-3 дня – пребывание ребенка в группе не более 3-х часов')],
  ['В первые три дня пребывания', event('в первые три дня пребывания')],
  ['2-3 дня', { kind: 'unparsed', reason: 'срок отсчитывается от события: «2 дня»' }],
  ['В последующие дни время пребывания ребенка в группе постепенно увеличивается.', event('в последующие дни время пребывания ребенка в группе постепенно увеличивается')],
  // Round 216 (corpus-real-198): a span from an hour of one weekday to an hour of another is weekly
  // (https://sad16mol.uomrik.gov.by/одно-окно/режим-работы-учреждения); with no hours it reads as before
  ['с 7.00 ч. понедельника до 19.00 ч. пятницы', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['с 8:00 понедельника до 18:00 пятницы', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['с понедельника до пятницы', ongoing2021],
  // Round 216 (corpus-real-198): a month after «каждый» is a yearly repeat over the period, like «ежегодно в сентябре»
  // (https://brusni4ka-sbk.ru/kak-podgotovit-rebenka-k-skole-sovety-i-rekomendacii-roditelam)
  ['Каждый сентябрь в Калужских дворах – целое событие, как первый звонок заводит целую армию маленьких учеников.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['каждый май', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 226 (no set; a probe of a plan table's abbreviations): «р.» after a small count is «раз», a slash glued to the period is «в»,
  // «уч. год» is the school year's unit, «ежедн.» is «ежедневно»; a price («100 р. в месяц») stays unread
  ['1 р. в четв.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['2 р/год', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['1 раз/мес', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month' }],
  ['1 раз в уч. год', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['ежедн.', ongoing2021],
  ['100 р. в месяц', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 226 (a probe): a date not yet known, «дата уточняется», is a date someone sets later, like «сроки будут определены
  // дополнительно»; a date written with it wins
  ['дата уточняется', schedule('дата уточняется')],
  ['Конкретная дата будет уточнена позднее', schedule('конкретная дата будет уточнена позднее')],
  ['время и место уточняются', schedule('время и место уточняются')],
  ['дата уточняется (ориентировочно 15 мая)', on('2021-05-15')],
  // Round 226 (a probe): «от … до …» with a day or a month on both sides is a window, like «с … до …»; an age and an act's date as before
  ['от 1 сентября до 31 мая', range('2021-09-01', '2022-05-31')],
  ['от 01.09 до 30.09', range('2021-09-01', '2021-09-30')],
  ['от 1 до 15 сентября', range('2021-09-01', '2021-09-15')],
  ['от мая до сентября', range('2021-05-01', '2021-09-30')],
  ['от 5 до 17 лет', { kind: 'unparsed', reason: 'непонятное число «5»' }],
  // Round 233 (corpus-real-212): a clause of reason after the dates is a note, like round 67's purpose clause
  // (https://vit-consalt.ru/news/2022-11-24-06-19-19); with no date before it its dates are the text's
  ['В 2022 году утвердить документ нужно до 19 декабря, так как 17 декабря выпадает на выходной.', by('2022-12-19')],
  ['Заявления принимаются до 15 мая, поскольку с 1 по 10 января праздничные дни', by('2021-05-15')],
  ['Так как 1 сентября — воскресенье, линейка пройдет 2 сентября', on('2021-09-01', '2021-09-02')],
  // Round 233 (corpus-real-212): genitive words between the results and the adjective of the year (https://ksp.eseur.ru/?cat=1)
  ['Подведены итоги отчетно-выборной кампании прошлого года.', range('2020-01-01', '2020-12-31')],
  ['Подведены итоги работы уходящего года.', range('2021-01-01', '2021-12-31')],
  ['результаты ЕГЭ прошлого года', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 233 (corpus-real-212): a season's word right after «г.» is a town (http://htclife.ru/index.php?docid=755127); after a year's «г.» it is read
  ['"Отраслевое трехстороннее соглашение по регулированию социально-трудовых и связанных с ними экономических отношений между администрацией Зиминского городского муниципального образования, Координационным советом организаций профсоюзов г. Зимы, Управлением образования администрации Зиминского городского муниципального образования на 2015 - 2018 гг."', range('2015-01-01', '2018-12-31')],
  ['декабрь 2021 г. Зима', range('2021-12-01', '2022-02-28')],
  // Round 229 (corpus-real-208): the adverbs of a repeat without «еже-» repeat like «ежеквартально»
  // (https://adaminus.ru/articles/kak-chasto-provoditsya-zasedanie-ekspertnoy-komissii); the adjective «квартальный» stays unread
  ['- Квартально - для анализа итогов периода', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['поквартально, до 10 числа', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter', day: 10 }],
  ['помесячно', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month' }],
  ['квартальный отчет', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 229 (corpus-real-208): «не позднее / не позже» before a time the text points back to is that event, like round 198's «до
  // указанного срока» (https://docs.cntd.ru/document/473313848/titles/2EVQ88O)
  ['а) с конкретной датой исполнения - не позднее указанного срока;', event('не позднее указанного срока')],
  ['не позже этой даты', event('не позже этой даты')],
  // Round 229 (corpus-real-208): a form's line after a date filled in whole is the rest of its line, so the date after «от» before «№»
  // is the act's label (https://blankidoc.ru/blank/78126/index.html)
  ['от _18.11.2011__№_321__', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 229 (corpus-real-208): «в рабочее время» in the clause of a thing's arrival is when it arrives, no daily work
  // (https://docs.cntd.ru/document/459702414/titles/1CB2HCT)
  ['Обращения, поступившие в Министерство, его территориальные органы или подведомственные учреждения в рабочее время, регистрируются в день поступления, при поступлении в нерабочее время - на следующий рабочий день.', event('в день поступления, при поступлении в нерабочее время - на следующий рабочий день')],
  // Round 234 (corpus-real-213): a day of the year after the year of an event counts from that event
  // (https://docs.cntd.ru/document/467307535/titles/853N); round 31's year reported on keeps the context's year
  ['2) не позднее 15 января года, следующего за годом, в котором получены гранты, отчет о достижении результата предоставления гранта.', event('года, следующего за годом, в котором получены гранты, отчет о достижении результата предоставления гранта')],
  ['до 1 марта года, следующего за годом предоставления субсидии', event('года, следующего за годом предоставления субсидии')],
  ['до 20 января года, следующего за отчетным годом', by('2021-01-20')],
  // Round 234 (corpus-real-213): a verb of setting opening the text before the dates it sets says who sets them; the offset after it
  // is no deadline (https://docs.cntd.ru/document/571051800/titles/35CC6RC)
  ['2.2.1. Утверждает приказом Министерства сроки проведения конкурса, которые не могут быть меньше 30 календарных дней, следующих за днем размещения объявления об условиях проведения конкурса.', { kind: 'schedule', reason: 'утверждает приказом Министерства сроки проведения конкурса, которые не могут быть меньше 30 календарных дней, следующих за днем размещения объявления об условиях проведения конкурса' }],
  // Round 238 (corpus-real-215): an age after a noun of people is a label like one after a noun of children
  // (https://news.myseldon.com/ru/news/index/311482895?requestId=ecd18ce7-d678-449d-9dd6-6d1aa0830c17)
  ['При этом все занятия в центрах для людей от 60 до 80 лет будут проводиться бесплатно уже начиная с мая текущего года.', { kind: 'ongoing', start: '2021-05-01', due: '2021-12-31' }],
  ['Занятия для пенсионеров 60-80 лет пройдут 15 мая.', on('2021-05-15')],
  // Round 238 (corpus-real-215): a verb of ending right after the apposition «Сегодня, <день>,» governs the day
  // (https://moovly.ru/movies/aEVHOUhjWTNhRklCbVdhNWZPa0dLL0FNN1hHODRZejVBVVRudG5SWXVTQT0); the past still reports it
  ['Сегодня, 17 марта, завершается первая Всероссийская неделя финансовой грамотности для детей и молодежи, к которой успешно присоединилась Вологодская область.', by('2021-03-17')],
  ['Сегодня, 17 марта, завершилась неделя.', on('2021-03-17')],
  // Round 238 (corpus-real-215): a bracket after a started day that opens with a verb of ending is the window's end
  // (https://k-dou30.ru/2024/04/27/)
  ['Первый этап Эстафет стартовал 11.04.2024 (завершится 30.06.2024).', range('2024-04-11', '2024-06-30')],
  // Round 238 (corpus-real-215): «после <события>» then a verb of taking place before the days: the days say when
  // (https://1line.info/news/social/obrazovanie/v-kuzbasse-nachalsya-konkurs-metodicheskikh-materialov-fingramotnost-2025.html?region=kuzbas)
  ['После технической экспертизы состоится заочный тур (7-19 апреля), а затем очный тур в формате публичной защиты методических разработок (21-30 апреля).', range('2021-04-07', '2021-04-30')],
  // Round 238 (corpus-real-215): a dot between the number sign and its figure is the sign's own (https://lycee4.oshkole.ru/pages/34826.html);
  // the strategy's «до 2030 года» after the bare window is read, round 153
  ['Региональный центр финансовой грамотности Волгоградской области информирует о том, что с 19 ноября 2025 года по 10 февраля 2026 года в рамках реализации Стратегии повышения финансовой грамотности и формирования финансовой культуры в Российской Федерации до 2030 года, утвержденной Распоряжением Правительства РФ от 24.10.2023 N.2958-p пройдет седьмой этап Всероссийской просветительской эстафеты «Мои финансы» Тема данного этапа:«Рациональное потребление».', range('2025-11-19', '2029-12-31')],
  ['с 19 ноября по 10 декабря, приказ №.15', range('2021-11-19', '2021-12-10')],
  // Round 222 (corpus-real-202): a dateline whose agency is a regional one with a hyphen («НТА-Приволжье») or «ИТАР-ТАСС» is a note,
  // the sentence's own time is the cell's (https://nta-pfo.ru/news/pfo/2008/news_423409); with no time after it the day stays
  ['Дзержинск. 19 сентября. НТА-Приволжье – В Дзержинске (Нижего-родская область) в конце сентября будет открыт Молодежный информационный центр.', { kind: 'range', start: '2021-09-21', due: '2021-09-30' }],
  ['Дзержинск. 19 сентября. НТА-Приволжье – Молодежный центр откроется с 1 октября.', { kind: 'ongoing', start: '2021-10-01', due: '2021-12-31' }],
  ['МОСКВА, 1 сентября. /ИТАР-ТАСС/. С 15 сентября начнется прием заявок.', { kind: 'ongoing', start: '2021-09-15', due: '2021-12-31' }],
  ['Дзержинск. 19 сентября. НТА-Приволжье – Мэрия сообщила об открытии центра.', { kind: 'on', start: '2021-09-19', due: '2021-09-19', dates: ['2021-09-19'] }],
  // Round 222 (corpus-real-202): a count of days or hours a week or a month in words repeats like the count in figures
  // (http://kungur-krai.ru/kultura/print:page,1,3958-na-baze-doma-kultury-s-yugovskoe-vse-leto-rabotala-detskaya-igrovaya-ploschadka.html)
  ['три дня в неделю с 17 часов', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Дом культуры работает пять дней в неделю', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['два часа в неделю', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['два дня в месяц', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'month' }],
  // Round 219 (corpus-real-195): «первая / вторая половина» of a year is its half, as «полугодие» is; a half or a quarter of the next year
  // is in it (https://m.ru24.net/mix/373164118)
  ['во второй половине 2024 года', range('2024-07-01', '2024-12-31')],
  ['в первой половине учебного года', range('2021-09-01', '2021-12-31')],
  ['во втором полугодии следующего года', range('2022-07-01', '2022-12-31')],
  ['в 1 квартале следующего года', range('2022-01-01', '2022-03-31')],
  // Round 218 (corpus-real-186's known miss): «на очередной финансовый год» is the year a plan is for, read when nothing else says when
  // (https://base.garant.ru/29143606/53f89421bbdaf741eb2d1ecc4ddb4c33); it gives no year to a day beside it
  ['1.2. План финансово-хозяйственной деятельности учреждения (далее - План) составляется на очередной финансовый год и плановый период.', range('2022-01-01', '2022-12-31')],
  ['в текущем финансовом году', range('2021-01-01', '2021-12-31')],
  ['Проект плана на следующий год представляется не позднее 30 декабря текущего года.', { kind: 'by', due: '2021-12-30' }],
  // Round 204: a trimester is a third of the school year (I Sep–Nov, II Dec–Feb, III Mar–May); «в конце триместра» of every one
  // (corpus-real-108's «В конце триместра школьники могут проголосовать …», https://360.ru/news/; it was `unparsed`)
  ['I триместр', { kind: 'range', start: '2021-09-01', due: '2021-11-30' }],
  ['во втором триместре', { kind: 'range', start: '2020-12-01', due: '2021-02-28' }],
  ['в конце 3-го триместра', { kind: 'range', start: '2021-05-01', due: '2021-05-31' }],
  ['В конце триместра школьники могут проголосовать и сообщить, насколько вкусно их кормят.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  ['Так, каникулы в первом триместре будут со 2 по 8 октября', { kind: 'range', start: '2021-10-02', due: '2021-10-08' }],
  ['в течение зимнего триместра', { kind: 'range', start: '2020-12-01', due: '2021-02-28' }],
  // round 220: the end «до середины ноября» of a window is the 15th (it was the 20th, the middle ten days' end)
  ['осенний триместр — с начала сентября до середины ноября', { kind: 'range', start: '2021-09-01', due: '2021-11-15' }],
  // Round 208 (corpus-real-191): glued years after «за» are the years a report covers; an edition's date with «от» left out is a label;
  // an institution's «№ N» before an act's number; hours before «ежедневно»; a curriculum's code; a year before a months window; a
  // dashed heading before a weekday's hours (https://mechta-1-rt.tvoysadik.ru/file/card?id=4222, http://rodnichok77.kaluga.ru/file/card?id=1224,
  // https://23svur.tvoysadik.ru/file/card?id=430, http://dou66magadan.ru/main/118-prikaz-129-ob-organizacii-raboty-v-2017-2018-uchebnom-godu.html,
  // https://nekrschool.edu.yar.ru/svedeniya_ob_obrazovatelnoy_organizatsii/godovoy_grafik_raboti.html)
  ['2. Анализ работы дошкольной образовательной организации за 20222023 учебный год', range('2022-09-01', '2023-08-31')],
  ['Отчет за 20242026 гг.', range('2024-01-01', '2026-12-31')],
  ['(в новой редакции 31.08.2022 г.)', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['Положение в новой редакции утверждено 31.08.2022', on('2022-08-31')],
  ['МБОУ СОШ № 5 от 01.09.2023', on('2023-09-01')],
  ['1.1.Установить режим работы МБДОУ при 5-дневной рабочей неделе 12 часов, ежедневно в соответствии с Уставом - с 07.30 до 19.30.', ongoing2021],
  ['ГОУ СПО «Беловский педагогический колледж» МДК 01.01.  МЕДИКОБИОЛОГИЧЕСКИЕ И СОЦИАЛЬНЫЕ ОСНОВЫ ЗДОРОВЬЯ КОНСПЕКТЫ  ЛЕКЦИЙ Белово 2014', range('2014-01-01', '2014-12-31')],
  ['Срок реализации программы – 1 год (октябрь-май)', range('2021-10-01', '2022-05-31')],
  ['Начало 2-й смены – Понедельник с 12.30,', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Начало занятий – понедельник, 15 марта', on('2021-03-15')],
  ['по итогам ежеквартальной проверки', event('итоги ежеквартальной проверки')],
  ['Ежемесячно до 25 числа', monthly(25)],
  ['ежемесячно, до 28-го числа', monthly(28)],
  ['ежемесячно в срок до 28 числа', monthly(28)],
  ['до 28 числа ежемесячно', monthly(28)],
  ['ежемесячно (до 28 числа)', monthly(28)],
  ['ежемесячно до 28.', monthly(28)],
  ['ежемесячно до 5 числа', monthly(5)],
  ['до 25 числа каждого месяца', monthly(25)],
  ['Не позднее 10 числа месяца, следующего за отчетным', monthly(10)],
  ['1 раз в месяц', monthly(null)],
  ['каждый месяц', monthly(null)],
  ['Ежемесячный мониторинг до 28 числа', monthly(28)],
  ['еженедельно', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Еженедельно (по пятницам)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['по пятницам', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['каждый понедельник', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['ежеквартально', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['1 раз в четверть', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['Ежеквартально до 10 числа месяца, следующего за отчетным кварталом', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter', day: 10 }],
  ['ежегодно', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['ежегодно до 1 сентября', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year', day: 1 }],
  ['2 раза в год (декабрь, май)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['Март (ежегодно)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['1 раз в полугодие', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  ['ежемесячно с сентября по май', { kind: 'recurring', start: '2021-09-01', due: '2022-05-31', every: 'month' }],
  // round 165: a repeat with a named start and no end starts there (a monthly report «начиная с октября» is not due from January), with
  // no due when it starts after the period; the repeat's day is no stray number for its start or window. corpus-real-141's
  // «начиная с I квартала 2022 г., далее - ежегодно», http://www.consultant.ru/document/cons_doc_LAW_407364/c77b41a2ba70bf305e36e756608c79a8b969619e/
  ['Ежемесячно до 28 числа, начиная с октября 2021 г.', { kind: 'recurring', start: '2021-10-01', due: '2021-12-31', every: 'month', day: 28 }],
  ['ежемесячно, начиная с 01.03.2021', { kind: 'recurring', start: '2021-03-01', due: '2021-12-31', every: 'month' }],
  ['начиная с I квартала 2022 г., далее - ежегодно', { kind: 'recurring', start: '2022-01-01', due: null, every: 'year' }],
  ['ежемесячно до 25 числа с сентября по май', { kind: 'recurring', start: '2021-09-01', due: '2022-05-31', every: 'month', day: 25 }],
  ['ежегодно с 2020 года', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // round 173: weekdays in the dative plural after «по» are a weekly repeat's days, not a window's end, so its named start holds;
  // «по воскресеньям» (ending in «-ям») is a repeat like «по субботам»
  ['еженедельно по понедельникам с 5 сентября', { kind: 'recurring', start: '2021-09-05', due: '2021-12-31', every: 'week' }],
  ['еженедельно, по пятницам, с 01.02.2021', { kind: 'recurring', start: '2021-02-01', due: '2021-12-31', every: 'week' }],
  ['по воскресеньям', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // a course's page, its source at https://github.com/varmara/multivar-course (it ran from the period's start)
  ['9:00--10:45 по понедельникам, начиная с 15 февраля', { kind: 'recurring', start: '2021-02-15', due: '2021-12-31', every: 'week' }],
  // http://old.krasnoturinsk.info/voskresnaya-shkola-krasnoturinska-skoro-nachnet-zanyatiya (it was unparsed)
  ['Уроки в воскресной школе проводятся один день в неделю – по воскресеньям.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // round 174: a yearly repeat's month or day with no year, beside one start with its year, begins at the start; corpus-real.tsv's
  // «Май, ежегодно с 2023 года», https://tor-3.tverschool.ru/file/card?id=57 (it ran over the period)
  ['Май, ежегодно с 2023 года', { kind: 'recurring', start: '2023-01-01', due: null, every: 'year' }],
  ['ежегодно в мае, начиная с 2022 года', { kind: 'recurring', start: '2022-01-01', due: null, every: 'year' }],
  ['Март, ежегодно с марта 2021 г.', { kind: 'recurring', start: '2021-03-01', due: '2021-12-31', every: 'year' }],
  ['ежеквартально в 2022 году', { kind: 'recurring', start: '2022-01-01', due: '2022-12-31', every: 'quarter' }],
  // a count of months names the unit (round 7)
  ['1 раз в 3 месяца', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['раз в шесть месяцев', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  ['раз в 2 месяца', monthly(null)],
  ['2-я суббота месяца', monthly(null)], // https://gymnasium.pruzhany.by/plan-raboty-senata
  // the numeric dates list the instances of a day of every month (http://www.acnc.eu/inf/buhgalterskaa-i-nalogovaa-otcetnost-v-rossii)
  ['не позднее 25-го числа месяца, следующего за истекшим кварталом: 25.04, 25.07, 25.10, 25.01.', monthly(25)],
  // Round 10 (corpus-real-14): «полгода» is a half year, the unit of a repeat with no `every` (https://ya.ru/neurum/c/pravo/q/kakie_suschestvuyut_vidy_instruktazhey_kakova_2bc4c3ae)
  ['Проводится не реже одного раза в полгода по программам, разработанным для первичного инструктажа на рабочем месте.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  ['1 раз в полгода', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: null }],
  // Round 10: an ordinal day that is a weekday of a month is not an ordinal day counted from an event («на второй день после …»):
  // the repeat wins (https://sh-novospasskaya-1-e-novospasskoe-r38.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/den-shkolnyh-bibliotek.html)
  ['В четвертый понедельник октября ежегодно отмечается день школьных библиотек.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 11 (corpus-real-16): a periodicity adjective alone (a «Периодичность» cell)
  ['Квартальная', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['годовой', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // a least count of meetings per period is a repeat (corpus-real-15's known miss, round 11)
  ['6.4.За учебный год проводятся не менее 4 заседаний методического объединения учителей;', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],  // Round 18: a count written as an adverb («дважды», «трижды», «четырежды») is «N раза»
  ['дважды в год', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['Трижды в месяц', monthly(null)],
  ['четырежды в год (октябрь, декабрь, март, май)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['не реже дважды в четверть', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  // Round 17: which week, day or weekday of a month or school quarter, with none named, is one of every month / quarter
  ['первая неделя месяца', monthly(null)],
  ['последняя неделя месяца', monthly(null)],
  ['последний день месяца', monthly(null)],
  ['последний рабочий день месяца', monthly(null)],
  ['первый рабочий день месяца', monthly(null)],
  ['последняя пятница месяца', monthly(null)],
  ['еженедельно, в последнюю неделю месяца', monthly(null)],
  ['в начале месяца', monthly(null)],
  ['последняя неделя четверти', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['в конце четверти', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['по четвертям', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  // Round 29: what is done, named before «по четвертям / по кварталам» closing the cell (probe s24, http://chelovechek.info/grafik/)
  ['Промежуточная аттестация по четвертям', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['Контрольные работы – по кварталам', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  // Round 17: the abbreviations of a plan table, and spans or lists of weekdays
  ['ежемес.', monthly(null)],
  ['еженед.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['ежекв.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['ежегодн.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['пн-пт', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['понедельник-пятница', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['пн., ср., пт.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['с понедельника по пятницу', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 19: «лет» counts years like «года» (https://ooo-ado.ru/blog/povyshenie-kvalifikacii-kak-chasto-dolzhny-prohodit: «Периодичность — Раз в 5 лет»)
  ['1 раз в 5 лет', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['не реже одного раза в пять лет', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 167 (corpus-real-155): a periodicity of some years is a yearly repeat, which beats an act's date
  // (https://www.vluki.ru/news/2017/08/29/506014.html)
  ['Постановлением правительства от 26 января 2017 года предусматривается четырехлетняя периодичность актуализации Минспортом России государственных требований комплекса ГТО с учетом практики выполнения нормативов ГТО за каждый прошедший четырехлетний период.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 21: a decade of every month with none named, like «в середине месяца» (a reporting system's periods «Первая декада месяца»,
  // «Вторая декада месяца» in a public repository, `find_string` «декада месяца», 2026-12-02)
  ['последняя декада месяца', monthly(null)],
  ['во второй декаде', monthly(null)],
  // Round 30: the count of «N раз» is a label, so the dates name the repeat's window; a count in a named part of the unit repeats in
  // every one (https://sh5-orsk-r56.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/vse-dokumenty_8.html)
  ['1 раз в год (с 24 апреля по 15 мая)', { kind: 'recurring', start: '2021-04-24', due: '2021-05-15', every: 'year' }],
  ['Периодичность промежуточной аттестации:1 раз в конце учебного года (с 24 апреля по 15 мая).', { kind: 'recurring', start: '2021-05-01', due: '2021-05-31', every: 'year' }],
  // Round 92 (corpus-real-82): a count of times per a range of counts repeats (https://article.wn.com/view/WNATaf396e7dc2334b8d01208b5f3be9eb53);
  // a heading of working hours with the hours alone is weekly (http://geum.ru/next/art-384208.leaf-2.php)
  ['И у нас нет программы переподготовки преподавателей региональных институтов повышения квалификации, с ними практически никто не работает, а каждый учитель раз в 4-5 лет приходит в институт повышения квалификации", - сказал Кравцов во вторник на первом заседании Наблюдательного совета Центра знаний "Машук".', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['Режим рабочего дня с 8.15 до 18.00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  // Round 127 (corpus-real-115): figures before a weekday in the singular and «месяца» say which weekdays of every month
  // (https://profinance.kz/news/work/v_kazahstanskih_shkolah_vvoditsy)
  ['Теперь День профориентации будет проходить каждую 2 и 4 субботу месяца в течение 2 академических часов.', monthly(null)],
  // Round 150 (corpus-real-138): a weekly load with only whole months named runs over those months (https://www.kommersant.ru/doc/7992346,
  // https://www.obyektiv.press/news/minprosveshcheniya-ustanovilo-rekomenduemuyu)
  ['Уточняется, что в течение сентября и октября учебная нагрузка первоклассников «не должна превышать 15 часов в неделю».', { kind: 'recurring', start: '2021-09-01', due: '2021-10-31', every: 'week' }],
  ['Для первоклассников учебная нагрузка в сентябре и ноябре «не должна превышать 15 часов в неделю» — три урока в день по 35 минут каждый, для адаптации детей к школе предлагается организовывать облегченный учебный день.', { kind: 'recurring', start: '2021-09-01', due: '2021-11-30', every: 'week' }],
  // Round 178 (corpus-real-164): the field's name «Периодичность» before a periodicity adjective is the «Периодичность» cell
  // (http://xn--80aa3agjl3d.xn--d1acj3b/file/card?id=3977; it was `unparsed`)
  ['Периодичность _квартальная', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'quarter' }],
  ['Периодичность: годовая', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
];

const ONGOING: Case[] = [
  // Round 264 (corpus-real-229): an accounting standard's number «ФСБУ 27/2021» is its name, a label
  // (https://gosuslugiguide.ru/accounting_and_reporting/kommentarij-k-fsbu-272021-dokumenty-i-dokumentooborot-v-buhgalterskom-ucete-postrocno.html)
  ['4. ФСБУ 27/2021 обязательно применять с 01.01.2022 года, но добровольно можно и раньше.', { kind: 'ongoing', start: '2022-01-01', due: null }],
  // Round 228 (corpus-real-207): the numbers after a form's «строка / графа» are labels
  // (https://businessneeds.ru/buhhelp.ru/extfile/0609506_/rephlp/0609506_/part2.3.htm)
  ['Строка 05. Число дней работы образовательного учреждения за период с начала отчетного года', ongoing2021],
  ['Графы 5, 6. Сведения приводятся за период с начала года', ongoing2021],
  // Round 215 (corpus-real-197): «со следующего месяца / со следующей недели» with no date is open-ended like «с завтрашнего дня»
  // (https://moscow-live.ru/events/society/10019-shkolnikov-moskvy-postavjat-na-uchet.html); with «после …» it counts from the event
  ['Мэр Москвы Юрий Лужков подписал распоряжение, по которому система вводится в эксплуатацию со следующего месяца.', ongoing2021],
  ['Прием заявлений откроется со следующей недели', ongoing2021],
  // Round 209 (corpus-real-192): repeats more often than a week are daily work
  // (https://data-static.usercontent.dev/sampledata/20200525/13/2882671816261296414.html)
  ['Предусмотрена также санитарная обработка и дезинфекция в детсадах раз в два дня.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['Кроме того, медсестер обязали мерить детям температуру каждый четыре часа, а ребенка с повышенной просто не будут принимать.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['раз в 3 дня', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 197 (corpus-real-181): «в рабочее время» is daily work, open-ended
  // (http://go29.news/2017/08/17/roditeli-uchenikov-pomorya-mogut-nastuchat-na-shkoly-i-sady/); a phone's groups joined by en dashes are a
  // phone, dropped (http://www.kianews.com.ua/node/30870)
  ['Звонить следует в рабочее время.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['Консультации проводятся в рабочее время', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['По информации управления, звонки принимаются ежедневно с 14.00 до 18.00 по номеру: (0652) 27–52–32.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 193 (corpus-real-178): «старт [<its thing>] [будет / был] дан» before a day is the verb of starting, open-ended from that day
  // (https://eduinspector.ru/2023/09/29/2-8-oktyabrya-2023-goda-bolshaya-uchitelskaya-nedelya/)
  ['Её старт будет дан в Туле 2 октября — День среднего профессионального образования, где состоится награждения и подведение итогов Всероссийского конкурса среди педагогических работников системы СПО «Мастер года».', { kind: 'ongoing', start: '2021-10-02', due: '2021-12-31' }],
  ['Старт акции был дан 1 сентября.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // Round 192 (corpus-real-177): an item's number glued to its lower-case word is the item's; a count per day is daily work
  // (https://obklass.blogspot.com/2011/02/blog-post.html)
  ['1.2.обеспечить соблюдение необходимого температурного режима и  проведение текущей дезинфекции в учреждениях (проведение влажных уборок 2-3 раза в сутки с применением дезинфицирующих средств);', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 192 (corpus-real-177): a range of daily hours after «от … до» is daily work, over the schedule word (https://kostrom-gov.ru/doc/13603)
  ['2.Установить продолжительность работы котельных по неполному графику от 8 до 12 часов в сутки в зависимости от температуры воздуха и отапливаемого объема помещений.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['проветривание от 2 до 3 раз в день', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 190 (corpus-real-175): «под постоянным контролем» is «на постоянном контроле», open-ended work
  // (http://special.kremlin.ru/events/president/news/16764); a century after «с» and its part is open-ended from that part's first year
  // (https://edpolicy.ranepa.ru/obrazovatelnaya-bednost-v-rf-problemy-izmereniya-i-ocenki)
  ['Президент поручил Министерству образования и науки держать под постоянным контролем процесс модернизации систем общего образования в регионах.', ongoing2021],
  ['Понятие «образовательная бедность» используется в научной литературе с конца XX века и обозначает социально-экономические условия, в которых невозможно полноценно обеспечить качественное образование.', { kind: 'ongoing', start: '1991-01-01', due: '2021-12-31' }],
  ['в XX веке', range('1901-01-01', '2000-12-31')],
  // Round 184 (corpus-real-170): an item number before a lower-case word is the item's number when no date follows too
  // (https://shkolanovyevyselki-r64.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/stipendii-i-mery-podderzhki-obuchayuschihsya/mery-podderzhki_3.html)
  ['1.1. бесплатное горячее питание не менее одного раза в день в виде завтрака или обеда в зависимости от режима (смены) обучения для обучающихся 1-4 классов;', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 186 (corpus-real-172): the first person plural of «приступить» is a verb of starting, open-ended from its month
  // (https://dzen.ru/list/house/remont-mebeli-cherepovec?from_cloud=true); «принято решение начать <day>» is a planned start, like
  // «решено начать» (https://bga32.ru/2024/10/08/otopitelnyj-sezon-startuet-zavtra)
  ['К кровельным работам приступим в апреле.', { kind: 'ongoing', start: '2021-04-01', due: '2021-12-31' }],
  ['Сегодня в горадминистрации принято решение начать отопительный сезон еще раньше — 9 октября, то есть завтра.', { kind: 'ongoing', start: '2021-10-09', due: '2021-12-31' }],
  // Round 183 (corpus-real-169): «Начало действия <документа> - <date>» is in force from that day on; after the period no due
  // (https://zapsib-cot.ru/news/novosti/ustanovleny-trebovaniya-k-obespecheniyu-antiterroristicheskoy-zashchishchennosti-obektov-territoriy-/)
  ['Начало действия документа - 15.10.2023.', { kind: 'ongoing', start: '2023-10-15', due: null }],
  // Round 176 (corpus-real-162): groups of three figures with a decimal fraction before «рублей» are an amount, a label
  // (https://xn--h1aigka1a.xn--p1ai/2024/02/22/); the start after the period has no due
  ['С 1 февраля 2024 года данное пособие выплачивается в размере 24 604,30 рублей.', { kind: 'ongoing', start: '2024-02-01', due: null }],
  // Round 161 (corpus-real-150): «учебных / учебные» between a count and a noun that is no date word counts things, a label
  // (https://tass.ru/obschestvo/25813097)
  ['С 1 сентября 2027 года учебный план в десятых и одиннадцатых классах предусматривает обязательное изучение минимум 13 учебных предметов и два на углубленном уровне', { kind: 'ongoing', start: '2027-09-01', due: null }],
  // Round 161 (corpus-real-150): an adjective of a year between «с» and a school year in figures changes nothing
  // (https://www.vedomosti.ru/opinion/columns/2025/09/01/1135413-pervii-zvonok-uchebnogo-goda)
  ['На это направлены важные изменения, которые вступают в силу с нового, 2025/26 учебного года.', { kind: 'ongoing', start: '2025-09-01', due: null }],
  // Round 160 (corpus-real-149): a date after «редакция от» is the edition's, a label; the start of force after it is read
  // (https://sbbars.ru/prikaz-ob-utverzhdenii-rezultatov-shkolnogo-etapa-olimpiady-ob)
  ['Редакция от 17.11.2016 — Действует с 18.12.2016', { kind: 'ongoing', start: '2016-12-18', due: '2021-12-31' }],
  // Round 158 (corpus-real-147): «систематический» in the other cases stays open-ended work; its instrumental only describes a noun
  // (the UNPARSED row; https://nsportal.ru/user/71442/page/programma-raboty-so-slabouspevayushchimi-obuchayushchimisya)
  ['систематический контроль', ongoing2021],
  // Round 137 (corpus-real-125): a figure's change «с / со / от N до M <noun>» is a count, a label, and the year before it is read
  // (https://adi19.ru/news/69846-v-rossii-uvelicili-cislo-premij-lucsim-ucitelam-za-dostizenia-v-pedagogike)
  ['С 2023 года число победителей выросло с 1000 до 1250 человек.', { kind: 'ongoing', start: '2023-01-01', due: null }],
  // round 137, the same rule's other lines (templates of its family)
  ['С 1 сентября число премий увеличится со 100 до 125 человек.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['В 2024 году конкурс собрал от 1000 до 1500 заявок.', { kind: 'range', start: '2024-01-01', due: '2024-12-31' }],
  // Round 106 (corpus-real-94): a number after «ещё» at a clause's end is a count, a label
  // (https://kamchatka.aif.ru/health/na_kamchatke_zakryvayutsya_na_karantin_vse_shkoly_elizovskogo_rayona)
  ['Ранее были закрыты на карантин семь школ, с 1 февраля к ним добавятся ещё 12.', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
  // Round 107 (corpus-real-95): a verb of starting with the action begun as an infinitive before it reads as «начнётся»
  // (https://ru24.pro/various/384883289)
  ['Принимать заявки от образовательных учреждений начнут 5 августа.', { kind: 'ongoing', start: '2021-08-05', due: '2021-12-31' }],
  // Round 105 (corpus-real-93): the transitive «начать» before an infinitive is a verb of starting, open-ended from its month
  // (https://odessa-life.od.ua/news/37720-vtoroklassniki-sobrali-pochti-9-tysyach-ispolzovannyh-batareek)
  ['Как говорится в сообщении, дети в мае этого года начали принимать участие в экологической акции по сбору отработанных батареек, химических источников питания, аккумуляторов от телефонов, ноутбуков, видеокамер, раций и прочей портативной техники.', { kind: 'ongoing', start: '2021-05-01', due: '2021-12-31' }],
  // Round 99 (corpus-real-87): entering into force in a year is in force from its first day (http://toptyumen.ru/2017/03/28/27520)
  ['Приказом Минобрнауки России от 29.11.2016 N 1487 внесены изменения в Порядок заполнения, учета и выдачи документов о высшем образовании и о квалификации и их дубликатов, которые вступают в силу в 2017 году.', { kind: 'ongoing', start: '2017-01-01', due: '2021-12-31' }],
  // Round 98 (corpus-real-86): a part of every day is daily work (https://sevkavportal.ru/news/pub/zdorove/item/39580-v-shkolakh-stavropolya-mediki-budut-osmatrivat-detej-ezhednevno.html)
  ['А специальные комиссии из медработников и педагогов каждое утро на входе в школу выявляют заболевших.', ongoing2021],
  ['каждый вечер', ongoing2021],
  // Round 96 (corpus-real-85): the first days of a month are its beginning (http://perv.edu22.info/novosti/1094-otkrytie-prishkolnykh-lagerej-v-pervomajskom-rajone)
  ['С первых дней июня при 16 школах и 3 филиалах Первомайского района начали свою работу лагеря с дневным пребыванием детей.', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' }],
  // Round 87 (corpus-real-76): «в любой момент» is «в любое время» (http://www.donschool88.ru/cvedeniya-ob-obrazovatelnoy-organizatsii/svedeniya-o-zaschite-personalnyh-dannyh/)
  ['Согласие на использование персданных можно отозвать в любой момент.', ongoing2021],
  // Round 88 (corpus-real-77): an ordinal with its ending before a repeat adjective is a label
  // (https://xn--80aeaj2aesddcjte.news/po-vsemu-kazaxstanu-startovala-akciya-doroga-v-shkolu/)
  ['С 1 августа дан старт 7-й ежегодной общереспубликанской акции «Дорога в школу» по девизом «Дари добро детям».', { kind: 'ongoing', start: '2021-08-01', due: '2021-12-31' }],
  // Round 93 (corpus-real-82): «в настоящее время» with no date is open-ended work (https://etokavkaz.ru/news/75595)
  ['В настоящее время в Кабардино-Балкарии работает Центр непрерывного повышения профессионального мастерства для педагогических работников в рамках нацпроекта «Образование», уточнили в Минпросвещения республики.', ongoing2021],
  // «в настоящий момент» is the same (the family's template, round-93.ts)
  ['В настоящий момент идет прием заявок на курсы повышения квалификации.', ongoing2021],
  // Round 95 (corpus-real-84): «сейчас» before a verb of work going on is «в настоящее время»
  // (https://aromolux.ru/articles/chto-takoe-svidetelstvo-o-dopolnitelnom-obrazovanii.html), and «когда угодно» is «в любое время»
  // (https://skysmart.ru/articles/useful/kak-perejti-na-domashnee-obuchenie)
  ['Сейчас идет электронная запись, получение сертификатов дополнительного образования.', ongoing2021],
  ['Подать заявление можно когда угодно, закон не ограничивает родителей сроками.', ongoing2021],
  // Round 91 (corpus-real-80): a bracketed explanation among the words of a term that «не ограничен» (https://ktip-ptz.ru/struk/sovetrodit/)
  ['Срок полномочий Совет родителей (законных представителей) несовершеннолетних обучающихся не ограничен.', ongoing2021],
  // Round 85 (corpus-real-74): «круглый год» is open-ended work (https://ugra.aif.ru/society/v-hanty-mansiyske-shkolniki-mogut-zarabotat-pervye-dengi-v-trudotryade);
  // «старт» after «дан» is a verb of starting, after its month open-ended from the month's first day (http://ksmo.ru/news/4399)
  ['По информации администрации окружной столицы, формирование и работа отрядов проходит круглый год в свободное от учёбы время, а также в период летних каникул.', ongoing2021],
  ['В июле будет дан старт работ трудовых отрядов в селе Хатанга, п. Усть-Порт и п. Байкаловск.', { kind: 'ongoing', start: '2021-07-01', due: '2021-12-31' }],
  // Round 83 (corpus-real-72): an amount written again in words in brackets before its unit of money is a label (http://www.kalmykia-gov.ru/doc/18426)
  ['1.Установить единовременную денежную выплату в размере 100 000 (сто тысяч) рублей молодым воспитателям муниципальных дошкольных образовательных организаций в качестве подъемного капитала с ежегодным вручением, начиная с 1 января 2015 года.', { kind: 'ongoing', start: '2015-01-01', due: '2021-12-31' }],
  // Round 80 (corpus-real-69): a number after «номер» is a telephone number, a label
  // (https://vologda-poisk.ru/news/obschestvo/vologzhane-mogut-pozvonit-po-goryachey-linii-chtoby-presech-travlyu)
  ['Позвонив по номеру 122, пострадавший от буллинга свяжется с одним из операторов, которые находятся на рабочем месте круглосуточно.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 77 (corpus-real-66): «начнет свою работу <день>» reads as «начнётся» (http://riata.ru/v-rossii/item/17465-v-rossii-sozdadut-voenno-patrioticheskoe-dvizhenie-yunarmiya.html)
  ['Всероссийское военно-патриотическое движение "Юнармия" начнет свою работу 1 сентября.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // Round 280 (corpus-real-241): a verbal noun in «-цию» is the work begun, so «начнут» after its month reads as «с»
  // (https://www.go61.ru/news/1496628/skotinu-novosahtinska-privut; it was the window of January)
  ['Ветеринарные врачи уже в январе начнут вакцинацию от нодулярного дерматита КРС – смертельно опасного для животных заболевания.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 78 (corpus-real-67): «Продолжается …» is running work (https://str-okrug.ucoz.ru/news/plan_raboty_okruga_na_dekabr/2015-11-28-336);
  // a clause «, как планировали …,» is a note (https://imag.one/news/viktoriya-chernyshova-osennie-kanikuly-v/4491071)
  ['Продолжается заочный окружной читательский конкурс для учащихся начальной школы, посвященный году литературы;', ongoing2021],
  ['Осенние каникулы в большинстве школ Ростова начнутся, как планировали до начала этого учебного года, 2 ноября.', { kind: 'ongoing', start: '2021-11-02', due: '2021-12-31' }],
  // Round 70 (corpus-real-63): «<месяц> и позднее» inside a sentence is open-ended from that month (http://sdam-ege.ru/)
  ['В декабре и позднее многие школы проводят пробные экзамены.', { kind: 'ongoing', start: '2021-12-01', due: '2021-12-31' }],
  // Round 68 (corpus-real-62): a news dateline is a note (https://stav.aif.ru/amp/society/law/791511,
  // https://www3.interfax-russia.ru/main/ispolzovanie-gosudarstvennyh-informacionnyh-sistem-v-obrazovatelnom-processe-stalo-obyazatelnym-dlya-shkol-i-kolledzhey-s-1-yanvarya)
  ['Ставрополь, 1 августа – АиФ-СК. В Ставрополе с 1 августа началась выдача школьникам бесплатных учебников, сообщает пресс-служба администрации краевого центра.', { kind: 'ongoing', start: '2021-08-01', due: '2021-12-31' }],
  ['6 января. Interfax-Russia.ru - Школы и колледжи с 1 января должны использовать в образовательном процессе только государственные информационные системы, сообщили в пресс-службе Минпросвещения РФ.', ongoing2021],
  // Round 65 (corpus-real-59): a clause's comma before the month keeps the verb of starting «с»
  // (https://rosvuz.ru/news/187-bolee-20-tys-uchitelej-kryma-povysili-svoyu-kvalifikaciyu)
  ['Как сообщили РОСВУЗу в Минобрнауки, в июне стартовала программа курсов повышения квалификации для учителей Крыма.', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' }],
  // Round 65 (corpus-real-59): a verb of starting after a season, in the first person
  // (https://gorlovka-pravda.com/novosti-gorlovki/dnr-news/v-vosoedinenyh-regionah-strany-trudjatsja-okolo-36-tysjach-uchitelei-24687.html)
  ['Летом этого года мы начинаем обучение руководителей школ новых регионов образовательным практикам на базе Центра знаний «Машук».', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' }],
  // Round 63 (corpus-real-57): a footnote mark in angle brackets is a note (https://consultant.ru/document/cons_doc_LAW_421554/b34d7f55e6dd0b38b16353adecaf6c72caee5f17)
  ['Постоянно <1>', ongoing2021],
  // Round 63 (corpus-real-57): «в пределах календарного года» is open-ended (https://labourmigrationspb.com/7893-nekotorye-sekrety-vkhodiashchikh-dokumentov.html)
  ['Регистрация ведется в пределах календарного года.', ongoing2021],
  // Round 63 (corpus-real-57): «начиная с отчета за <год>» starts with that year (https://normativ.kontur.ru/document?moduleId=44&documentId=40818&from=similarforms)
  ['Данная форма введена в действие, начиная с отчета за 2019 год', { kind: 'ongoing', start: '2019-01-01', due: '2021-12-31' }],
  // Round 62, part 4 (corpus-real-56): an age is a label (https://newdaynews.ru/ekaterinburg/751571.html)
  ['Оплачивать дополнительное образование детей старше 5 лет с 1 сентября 2022 года можно будет специальными сертификатами.', { kind: 'ongoing', start: '2022-09-01', due: null }],
  // Round 62, part 2 (corpus-real-56): «начала [свою] работу» is the verb of starting (https://tiraspol-news.ru/society/2024/05/28/118701.html)
  ['Госпрограмма начала свою работу в 2019 году и направлена на создание доступной среды для людей с инвалидностью.', { kind: 'ongoing', start: '2019-01-01', due: '2021-12-31' }],
  // Round 62, part 2 (corpus-real-56): a participle of starting before its year reads as «с» (https://www.kommersant.ru/doc/2850893)
  ['В результате реформы системы образования, стартовавшей в 2013 году, все школы и детские сады в России должны стать доступными для детей-инвалидов.', { kind: 'ongoing', start: '2013-01-01', due: '2021-12-31' }],
  ['Проект, начавшийся в феврале, охватил 40 школ.', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
  // Round 62, part 2 (corpus-real-56): «с прошлого / следующего года» is open-ended from that year
  // (http://sallaty.ru/politika/v-bashkirii-s-novogo-uchebnogo-goda-roditelyam-nachnut-vydavat-sertifikaty-na-detskie-kruzhki.html)
  ['Как пояснил глава ведомства, в 36 городах и районах республики программа действует уже с прошлого года.', { kind: 'ongoing', start: '2020-01-01', due: '2021-12-31' }],
  ['Сертификаты выдаются со следующего года.', { kind: 'ongoing', start: '2022-01-01', due: null }],
  // Round 62 (corpus-real-56): «с сегодняшнего дня» with no date is open-ended (https://dzen.ru/a/X06U3lcQ3H1QMPD1)
  ['Ну, вот, с сегодняшнего дня и у нас в городе начал свою работу первый ресурсный класс, созданный родителями детей с РАС (расстройство аутистического спектра).', ongoing2021],
  ['С этого дня запись в кружки открыта для всех.', ongoing2021],
  ['Отныне консультации проводит педагог-психолог школы.', ongoing2021],
  // Round 61 (corpus-real-55): work running for the N-th year now is open-ended work
  // (https://360.ru/news/mosobl/bolee-50-tysjach-shkolnikov-podmoskovja-projdut-professionalnye-proby-v-etom-godu/)
  ['Единую модель профориентации реализуют в Подмосковье уже третий год.', ongoing2021],
  ['Школа участвует в проекте не первый год.', ongoing2021],
  // Round 61: «от N до M тыс. <кого>» is a count, a label (https://yoldash.ru/news/v-proekt-bilet-v-budushchee-po)
  ['Ежедневно к проекту присоединяются от 10 до 50 тыс. школьников.', ongoing2021],
  // Round 61: a phone number from its bracketed code is a label (https://sharangaroo.edusite.ru/p84aa1.html)
  ['ЗАДАТЬ СВОИ ВОПРОСЫ ВЫ МОЖЕТЕ ПО ТЕЛЕФОНУ: (83155)2-20-42 (ежедневно с 09.00 по 16.00 кроме субботы и воскресенья)', ongoing2021],
  // Round 58 (corpus-real-53): «каждый день» is daily work like «ежедневно» (https://www.ng.ru/news/798342.html)
  ['Центры работают каждый день с 10:00 до 19:00.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 53 (corpus-real-48): a season after «с» starts at its first month (https://dokrgv.ru/mod/page/view.php?id=15607)
  ['Несколько пилотных площадок работали у нас в районе с весны 2021 года.', { kind: 'ongoing', start: '2021-03-01', due: '2021-12-31' }],
  ['Кружок работает с осени 2020 года.', { kind: 'ongoing', start: '2020-09-01', due: '2021-12-31' }],
  // Round 48 (corpus-real-43): «с нового / следующего учебного года» is open-ended from its start (http://kuragsosh.dagestanschool.ru/?section_id=53)
  ['Министерством просвещения Российской Федерации проведена соответствующая нормативная работа для того, чтобы эти нормы распространялись на все регионы уже с нового учебного года.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // Round 49 (corpus-real-44): «в течен» is a cut «в течение» (https://gist.github.com/4362dd80c8748173c6c992aeb855193d); entering into
  // force on a day is in force from it (https://gist.github.com/anonymous/360fe7acae2c99c51a82e528b3557ed7); an act's date after
  // «приказом … от» closing the text is a label (https://gist.github.com/fcac7332eb4c9c809932c7e52b4f8625)
  ['Нормативное обеспечение введения ФГОС дошкольного образования В течен учебного года Ширяева Н. И', ongoing2021],
  ['Приказ "Об утверждении положения о порядке и формах проведения ГИА по образовательным программам основного общего образования", вступающий в силу 1 сентября 2013 г', { kind: 'ongoing', start: '2013-09-01', due: '2021-12-31' }],
  ['Перейти ОУ с 01 сентября года на обучение по Федеральному государственному образовательного стандарта начального общего образования, утвержденного приказом Министерства образования и науки РФ от 6 октября г.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // Round 43 (corpus-real-38): the acts named before «признать утратившими силу с» are labels (https://base.garant.ru/36785152)
  ['2. Постановления Главы города Подольска от 30.01.2012 N 92-П "Об утверждении долгосрочной целевой программы городского округа Подольск Московской области "Совершенствование организации питания обучающихся муниципальных общеобразовательных учреждений города Подольска на период 2012 - 2014 годов", от 29.06.2012 N 1137-П "Об утверждении долгосрочной целевой программы "Развитие дошкольного образования в городе Подольске в 2012 - 2014 годах" признать утратившими силу с 1 января 2013 года.', { kind: 'ongoing', start: '2013-01-01', due: '2021-12-31' }],
  // Round 41 (corpus-real-38): a verb of starting after its year or month reads as «с» before it (https://hron.ru/news/read/7001,
  // https://ria24.today/news/v-murmanskoy-oblasti-moderniziruyut/6035292)
  ['В 2004 году начинается второй этап лицензирования учебных заведений.', { kind: 'ongoing', start: '2004-01-01', due: '2021-12-31' }],
  ['В феврале в Мурманской области стартует приём заявок на конкурс грантов для школ, где должны обновить общественные пространства.', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
  // Round 39: an hour after «в» is a time of day, so «ежедневно» is read (corpus-real-35, https://lyceum179.ru/); «планируют начать <day>»
  // starts open-ended work (corpus-real-25, https://rzn.mk.ru/); starts only, each «с <day>», are open-ended from the earliest
  // (corpus-real-26, https://veshk-obr.ucoz.net/)
  ['Занятия в ОДОД начинаются через час после окончания общеобразовательного процесса и заканчиваются в 20 часов ежедневно.', ongoing2021],
  ['Капитальный ремонт четырёх школ в Рязани планируют начать 16 мая.', { kind: 'ongoing', start: '2021-05-16', due: '2021-12-31' }],
  ['Экзамены для 11 классов начнутся с 8 июня, для 9 классов - с 9 июня.', { kind: 'ongoing', start: '2021-06-08', due: '2021-12-31' }],
  // Round 34 (corpus-real-32): a count per day is daily work, open-ended like «ежедневно» (https://zubut.dagestanschool.ru/?section_id=59)
  ['не реже одного раза в день', ongoing2021],
  ['2 раза в сутки', ongoing2021],
  // Round 31 (corpus-real-29): the periodicity column of lists of published information is open-ended work
  // (https://base.garant.ru/57407297/f7ee959fd36b5699076b35abf4f52c5c)
  ['Поддерживается в актуальном состоянии', ongoing2021],
  ['Периодически проверяется усвоение материала по темам уроков, на которых ученик отсутствовал по ой или иной причине.', ongoing2021], // round 35
  ['постоянно', ongoing2021],
  ['Постоянно', ongoing2021],
  ['в течение всего периода', ongoing2021],
  ['В течение учебного года', ongoing2021],
  ['весь период', ongoing2021],
  ['систематически', ongoing2021],
  ['в течение месяца', ongoing2021],
  ['В течении года', ongoing2021],
  ['в течение  года.', ongoing2021],
  ['регулярно', ongoing2021],
  ['на постоянной основе', ongoing2021],
  // Round 37 (corpus-real-35): round the clock is daily work; «постоянным» in the instrumental only describes a noun
  ['Дежурный (воспитатели): круглосуточно.', ongoing2021],
  ['Занятия проходят в соответствии с установленным постоянным расписанием', { kind: 'schedule', reason: 'установленное постоянное расписание' }],
  ['бессрочно', ongoing2021],
  ['в течение года по отдельному плану', ongoing2021],
  ['в течение всего срока реализации программы', ongoing2021],
  ['круглогодично', ongoing2021],
  ['ежедневно', ongoing2021],
  ['на протяжении учебного года', ongoing2021],
  ['в период реализации программы', ongoing2021],
  ['в ходе реализации проекта', ongoing2021],
  ['в рамках реализации дорожной карты', ongoing2021],
  ['непрерывно', ongoing2021],
  ['с 01.09.2021', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['с сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['начиная с 01.09.2021', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // «в том числе» is «including», not a day of the month (http://www.xn--35-vlclgjk.xn--p1ai/Informatsiya_dlya_obuchayuschikhsya)
  ['в течение всего календарного года, в том числе в каникулярное время, праздничные и выходные дни', ongoing2021],
  // Round 10 (corpus-real-15): «в любое время» (https://news.rambler.ru/community/55251938-v-roskachestve-obyasnili-pri-kakom-uslovii-i-kak-mozhno-pomenyat-shkolu/)
  ['Перейти в другую школу по собственной инициативе можно в любое время — такое право предоставлено обучающемуся федеральным законом, рассказал в беседе с RT директор Департамента защиты прав потребителей Роскачества Игорь Поздняков.', ongoing2021],
  ['в любое время до 1 мая', by('2021-05-01')],
  // Round 11 (corpus-real-16)
  ['Срок действия данного Положения не ограничен.', ongoing2021],
  ['без ограничения срока', ongoing2021],  // Round 18: «на период / срок / время реализации, действия» is «в период реализации»
  ['на период реализации программы', ongoing2021],
  ['На весь срок действия программы.', ongoing2021],
  // Round 18: a span without a figure names the unit the work fills, like «в течение месяца» (round 8); with a figure it is a bare span
  ['в течение недели', ongoing2021],
  ['в течение дня', ongoing2021],
  ['без ограничения срока', ongoing2021],
  // Round 17: «в теч.» is «в течение»; «<год> и далее» is open-ended from the year's start
  ['в теч. года', ongoing2021],
  ['в теч. уч. года', ongoing2021],
  ['в теч. уч.г.', ongoing2021],
  ['в течение текущего учебного года', ongoing2021],
  ['2021 и далее', ongoing2021],
  ['в течение 2021 года и далее', ongoing2021],
  ['2025 и далее', { kind: 'ongoing', start: '2025-01-01', due: null }],
  // Round 23: a span of a themed period stays open-ended work (corpus-real-20's «В течение месячника»), unlike «в рамках месячника …»
  ['в течение месячника безопасности', ongoing2021],
  ['в течение предметной недели', ongoing2021],
  ['в течение недели профориентации', ongoing2021], // round 25: as «в течение месячника» (round 23), a genitive after the week changes nothing
  // Round 67 (corpus-real-61): «уже <глагол> N-й год» is running work (https://ysia.ru/ucheniki-shkoly-31-yakutska-proveli-ekologicheskuyu-aktsiyu-po-sboru-i-utilizatsii-batareek/amp)
  ['Акция в школе №31 стала традиционной и уже проводится четвертый год.', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // Round 141 (corpus-real-129): «с завтрашнего дня / утра» with no date is open-ended like «с сегодняшнего дня» (https://newdaynews.ru/ekb/554958.html)
  ['С завтрашнего дня в Екатеринбурге начнут работать горячие линии по вопросам приема первоклассников в школы.', ongoing2021],
  // Round 141 (corpus-real-129): a repeat in a clause of what was done before is set aside; «каждодневный» is daily work
  // (https://vologda-poisk.ru/news/obrazovanie/ezhednevnaya-goryachaya-liniya-organizovana-dlya-roditeley-v-upravlenii-obrazovaniya-vologdy)
  ['Ранее горячая линия по телефону 72-45-14 работала лишь один раз в неделю, но в связи с ростом количества вопросов, в том числе связанных с зачислением детей в первые классы, она переведена на каждодневный режим работы.', ongoing2021],
  ['Если раньше работники данной сферы консультировали вологжан лишь один раз в неделю, то в связи с приемной кампанией детей в школы города, работа с родителями осуществляется каждый день.', ongoing2021], // http://vologda.mk.ru/articles/2018/02/01/v-vologde-dlya-roditeley-budushhikh-shkolnikov-rabotaet-goryachaya-liniya.html
  // Round 141 (corpus-real-129): a toll-free number is a phone wherever it stands (http://rassvet-school.myjino.ru/novosti/item/376-о-проведении-«горячей-линии»-по-вопросу-детского-отдыха)
  ['Также, консультацию в круглосуточном режиме, в том числе в выходные дни, можно получить по телефону Единого консультационного центра Роспотребнадзора – 8-800-555-49-43 (звонок бесплатный).', ongoing2021],
  // Round 150 (corpus-real-138): the hours at which lessons or the school day routinely start or end are daily work
  // (https://stolicaonego.ru/news/v-rossii-ustanovili-dlitelnost-shkolnogo-dnja/,
  // https://www.tatar-inform.ru/news/minprosveshheniya-rf-opredelilo-prodolzitelnost-ucebnogo-dnya-v-skolax-5996818,
  // http://school43n.beluo.ru/deyatelnost/rezhim-uchebnogo-uchrezhdeniya)
  ['Согласно новым правилам, занятия должны начинаться не раньше 8:00 утра и заканчиваться не позже 19:00 вечера, если в школе есть вторая смена.', ongoing2021],
  ['Он должен начинаться не ранее 8 часов утра и завершаться не позднее 19 часов при наличии второй смены.', ongoing2021],
  ['Учебный день начинается с 8-30, окончание занятий в 16-00.', ongoing2021],
  // Round 150 (corpus-real-138): «от N до M» with three or four figures that no year has is a range of amounts, a label
  // (https://news.mail.ru/society/67484670/)
  ['Согласно новым нормативам, вводимым в действие с 1 сентября, для первоклассников годовой объём учебных часов будет варьироваться в пределах от 620 до 653.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // Round 151 (corpus-real-139): a count of hours or minutes a day is daily work, like a count of times per day
  // (https://5vp.tvoysadik.ru/file/card?id=3686)
  ['12 часов в день (с 7.00 до 19.00 часов)', ongoing2021],
  // Round 166 (corpus-real-154): a span right after a dash that follows a period's word is that period's length, a label
  // (http://dutz-altay.ru/index.php/roditelyam/rezhim-raboty?tmpl=component&print=1)
  ['Занятия с детьми проходят в течение всего календарного года – 36 недель.', ongoing2021],
  // Round 175 (corpus-real-161): «в данный момент» is «в настоящий момент» (http://www.apiural.ru/news/society/12565); an age opening a
  // line before a dash is its label, «круглосуточно» daily work (http://xn--80aaafcqvsexldstc7i6e.xn--p1ai/the-news/2631-komendantskij-chas-dlya-detej-i-podrostkov)
  ['В данный момент идет работа по формированию структуры и утверждению штата территориальных комиссий.', ongoing2021],
  ['до 7 лет - круглосуточно', ongoing2021],
  // Round 178 (corpus-real-164): an edition's date after «с изменениями на» is a label, the start of force after it is read
  // (https://docs.cntd.ru/document/902290777/titles/6560IO; it was `on` 2015-12-17)
  ['Об утверждении порядка предоставления информации государственным (муниципальным) учреждением, ее размещения на официальном сайте в сети Интернет и ведения указанного сайта (с изменениями на 17 декабря 2015 года) (редакция, действующая с 1 января 2017 года)', { kind: 'ongoing', start: '2017-01-01', due: '2021-12-31' }],
  // Round 275 (corpus-real-238): «в законную силу» is «в силу», entering into force on a day is in force from it, round 49
  // (https://matv.kodms.ru/news/izmeneniya-v-koap-rf; it was `on` 2013-05-06)
  ['Федеральным законом от 05.04.2013 года  N 49-ФЗ внесены изменения  в ст. 20.25 и ст. 32.2 КоАП РФ, которые вступили в законную силу 06.05.2013 года.', { kind: 'ongoing', start: '2013-05-06', due: '2021-12-31' }],
];

const SCHEDULES: Case[] = [
  // Round 227 (corpus-real-206): a regime set by an act lives in that act
  // (https://ikso.org/tik/site/rezhevskoy_rayon/o_komissii/rezhim_raboti_komissii)
  ['Режим работы комиссии во время избирательной кампании устанавливается отдельным решением комиссии.', schedule('режим работы комиссии во время избирательной кампании устанавливается отдельным решением комиссии')],
  // Round 207 (corpus-real-190): the end of a period as the subject of a passive verb of setting is what is dated; who sets it is the
  // text's (https://24.nnovschool.ru/?section_id=36)
  ['Для 9 и 11 классов окончание учебного года определяется в  соответствии с расписанием государственной итоговой аттестации (далее – ГИА)', schedule('расписание государственной итоговой аттестации (далее – ГИА)')],
  // Round 199 (corpus-real-183): a document joined by «и» before the schedule's noun one can read somewhere is published with it
  // (https://ladushki.tvoysadik.ru/site/pub?id=1136)
  ['С Положением и сроками проведения конкурса можно ознакомиться в прикрепленном файле.', schedule('с Положением и сроками проведения конкурса можно ознакомиться в прикрепленном файле')],
  // Round 196: a document in the instrumental opening a text that is no note on an act's edits still names who sets the dates (pin)
  ['Приказом директора утвержден график', schedule('приказ директора утвержден график')],
  // Round 189 (corpus-real-174): «заранее» before the document's adjectives belongs to the participle; the plan holds the dates
  // (https://airpres.kz/social/shkoly-i-detsady-budut-vneplanovo-proveryat-v-kazahstane)
  ['Такие проверки будут проводиться согласно заранее установленному годовому плану.', schedule('установленный годовый план')],
  // Round 184 (corpus-real-170): a contract is dated like an issued act, so its list of numbers and date are its label and «на
  // основании контракта …» names the document (http://school512.ru/svedeniya/obrazovatelnye-standarty/2-uncategorised/863-menyu)
  ['Диетическое меню отсутствует (на основании контракта №512/1, №512/2, №512/3 от 27.08.2024)', schedule('контракт №512/1, №512/2, №512/3 от 27.08.2024')],
  // Round 182 (corpus-real-168): «руководствуясь <документом>» names the document that holds the dates, like «придерживаясь»
  // (http://bumtorg.ru/business/kak-ubedit-roditelei-proiti-komissiyu-pmpk-kak-obosnovat-otkaz-ot/)
  ['Она ведет свою деятельность, руководствуясь Приказом Министерства образования и науки РФ от 24 марта 2009 г. № 95 «Об утверждении «Положения о психолого-медико-педагогической комиссии».', schedule('приказ Министерства образования и науки РФ от 24 марта 2009 г. № 95 «Об утверждении «Положения о психолого-медико-педагогической комиссии»')],
  // Round 185 (corpus-real-171): a verb of deciding before «в индивидуальном порядке» inside a sentence is a schedule
  // (https://gnkk.ru/news/v-krasnoyarske-nachinayut-vydavat-pute/)
  ['Этот вопрос решается в индивидуальном порядке с руководителем учреждения.', schedule('решается в индивидуальном порядке с руководителем учреждения')],
  // Round 181 (corpus-real-167): what a contract marks or writes down («обозначены в трудовом договоре») is set by it
  // (https://amp.tsargrad.tv/news/vladimir-putin-podpisal-zakon-odoplate-zanastavnichestvo-narabote_1080292), and a verb of writing down
  // the dates before them («прописывают сроки») is someone setting them
  // (https://woman.rambler.ru/love/54768871-zakon-zapreschaet-prinuzhdat-sotrudnikov-k-nastavnichestvu/); both were `unparsed`
  ['Порядок, форма и сроки наставнической деятельности должны быть обозначены в трудовом договоре или в дополнительном соглашении к нему.', schedule('обозначены в трудовом договоре или в дополнительном соглашении к нему')],
  ['В трудовом договоре или отдельном документе прописывают сроки, содержание и форму такой работы.', schedule('прописывают сроки, содержание и форму такой работы')],
  // Round 176 (corpus-real-162): the parts of a document in the plural hold the dates (https://base.garant.ru/16396652/5cb260c13bb77991855d9c76f8d1d4c8);
  // «Правила» approved by an act hold the terms like a Порядок (http://en.admin.tomsk.ru/pgs/wf)
  ['22. Сроки выполнения конкретных административных процедур указаны в соответствующих подразделах раздела III административного регламента.', schedule('сроки выполнения конкретных административных процедур указаны в соответствующих подразделах раздела III административного регламента')],
  ['Договор о приемной семье заключается в соответствии с Правилами заключения договора об осуществлении опеки или попечительства в отношении несовершеннолетнего подопечного, утвержденными Постановлением Правительства Российской Федерации от 18 мая 2009 г. N 423, и с учетом положений статьи 153.1 Семейного кодекса Российской Федерации.', schedule('правила заключения договора об осуществлении опеки или попечительства в отношении несовершеннолетнего подопечного, утвержденными Постановлением Правительства Российской Федерации от 18 мая 2009 г. N 423, и с учетом положений статьи 153.1 Семейного кодекса Российской Федерации')],
  // Round 177 (corpus-real-163): a timetable one is told to follow holds the dates (https://gnkk.ru/news/krasnoyarskiy-post-n-1-gotovit-pochetny)
  ['Следить за расписанием тренировок можно на сайте Поста № 1.', schedule('следить за расписанием тренировок можно на сайте Поста № 1')],
  // Round 171 (corpus-real-159): a verb of keeping to a document names the document that holds the dates
  // (https://kamysh.press/obschestvo/61973-na-sahaline-i-kurilah-obyavili-datu-nachala-vesennih-kanikul.html)
  ['Но, несмотря на это, государственные школы следуют графику ведомства.', schedule('график ведомства')],
  ['Школы придерживаются утверждённого графика.', schedule('утвержденный график')],
  // Round 171 (corpus-real-159): the dates' noun with «в / к компетенции» of someone after it
  // (https://dzen.ru/list/new-year/osennie-zimnie-vesennie-i-letnie-kanikuly)
  ['Вопросы о сроках начала и окончания каникул находятся в компетенции руководства школ.', schedule('сроках начала и окончания каникул находятся в компетенции руководства школ')],
  // Round 168 (corpus-real-156): «в установленные [<прил>] периоды» is a period someone fixes, like «в установленные сроки»
  // (https://telefon-registratury.ru/article-medosmotry-detei.html)
  ['Профилактические медицинские осмотры несовершеннолетних проводятся в установленные возрастные периоды', schedule('в установленные возрастные периоды')],
  // Round 170 (corpus-real-158): the place and the time listed with a comma, then a verb of setting, say who sets the time
  // (https://www.tv21.ru/news/2013/08/26/uchebnyy-god-v-shkolah-murmanskoy-oblasti-nachnetsya-2-sentyabrya)
  ['Место, время и формы проведения праздничных мероприятий определяются  образовательными организациями самостоятельно по согласованию с местными органами власти.', schedule('место, время и формы проведения праздничных мероприятий определяются образовательными организациями самостоятельно по согласованию с местными органами власти')],
  // Round 161 (corpus-real-150): a planning document after «изменений в» names the document changed, no schedule
  // (https://school10salsk.rostovschool.ru/file/card?id=2113)
  ['Приказ о внесении изменений в ООП ООО для 8-9 классов', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 161 (corpus-real-150): a form's blank number of an issued act stands for the number; the act's date after «от» is its label
  // (https://talschool8.uralschool.ru/file/card?id=4911)
  ['Приказ №_____ от 31.08.2023 г.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 160 (corpus-real-149): a bracket of five or six words in the subject of «сроки … утверждены …» (https://olimpiada.ru./news/2305)
  ['2. Сроки проведения регионального этапа (единые для всех регионов страны) утверждены приказом МОН РФ № 1304 от 01.12.2013 и не в компетенции московского оргкомитета изменять эти сроки.', schedule('сроки проведения регионального этапа (единые для всех регионов страны) утверждены приказом МОН РФ № 1304 от 01.12.2013 и не в компетенции московского оргкомитета изменять эти сроки')],
  // Round 151 (corpus-real-139): «Дата / Срок окончания учебного года …» opening the text is a heading; the document after it says when
  // (https://litsey-yugorsk.gosuslugi.ru/roditelyam-i-uchenikam/kanikuly)
  ['Дата окончания учебного года для 9-х, 11-х классов в соответствии с расписанием ГИА.', schedule('расписание ГИА')],
  // Round 135 (corpus-real-123): the dates' noun after a lead-in, a passive verb of setting and a document in the instrumental
  // (https://samoychiteli.ru/document35347.html)
  ['Для работников, работающих у работодателей – религиозных организаций, сроки предупреждения об увольнении определяются трудовым договором (ч. 2 ст. 347 ТрК РФ).', schedule('сроки предупреждения об увольнении определяются трудовым договором (ч. 2 ст. 347 ТрК РФ)')],
  // Round 99 (corpus-real-87): an order issued «о … сроках …» sets those dates (https://ovaya.dagestanschool.ru/file/card?id=6667); a
  // document fixing the deadline outranks a condition opening the text
  // (https://kibersec.ru/chto-schitat-obrabotka-personal-nyh-dannyh-operatorom-prekraschena)
  ['2.1.Директор Школы издает приказ о порядке, сроках проведения самообследования и составе комиссии по проведению самообследования (далее Комиссии).', schedule('издает приказ о порядке, сроках проведения самообследования и составе комиссии по проведению самообследования (далее Комиссии)')],
  ['В случае прекращения обработки персональных данных оператор обязан уничтожить персональные данные или обеспечить их уничтожение в установленные законодательством сроки.', schedule('в установленные законодательством сроки')],
  // Round 98 (corpus-real-86): the order that organises the work sets its dates (http://dosatuy.ru/dokument/indobuh.html); an
  // administrative act holds the dates like an order (http://sheksna.edu35.ru/index.php/documents/34-fz/1072--16062014-n-658-q-.html)
  ['Индивидуальное обучение больных детей на дому организуется приказом директора школы.', schedule('организуется приказом директора школы')],
  ['На основании распорядительного акта руководителя образовательной организации будет проводиться социально-психологическое тестирование обучающихся на выявление употребления наркотиков.', schedule('распорядительный акт руководителя образовательной организации будет проводиться социально-психологическое тестирование обучающихся на выявление употребления наркотиков')],
  ['в соответствии с распорядительным актом', schedule('распорядительный акт')],
  // Round 96 (corpus-real-85): a schedule one can read somewhere (https://www.m24.ru/news/obshchestvo/12112025/846488)
  ['С графиком мероприятий и списком площадок, где будут проводиться правовые консультации, можно ознакомиться на сайте ГУ Минюста России по столице в разделе "Всероссийский день правовой помощи детям".', schedule('с графиком мероприятий и списком площадок, где будут проводиться правовые консультации, можно ознакомиться на сайте ГУ Минюста России по столице в разделе "Всероссийский день правовой помощи детям')],
  // Round 97 (corpus-real-83's known miss): a compound adjective before the plan's noun; the plan outranks «в случае …» later in the
  // sentence (https://yanysh-rcheb.edu21.cap.ru/news/2009/09/02/news_19859/?id=8902dafe-0d4f-474c-a4d6-93c9b0f712d4)
  ['В соответствии с учебно-воспитательным планом, в школе прошло учение по действию  персонала и учащихся в случае возникновении пожара.', schedule('учебно-воспитательный план, в школе прошло учение по действию персонала и учащихся в случае возникновении пожара')],
  // Round 95 (corpus-real-84): a resolution that regulates the intake sets its dates, the act's date a label (https://school39mog.by/?page_id=1963)
  ['Порядок зачисления в 10-й класс регламентируется Постановлением Министерства образования Республики Беларусь от 17.08.2022 № 269 «О приеме лиц для получения общего среднего образования в гимназиях, средних школах».', schedule('регламентируется Постановлением Министерства образования Республики Беларусь от 17.08.2022 № 269 «О приеме лиц для получения общего среднего образования в гимназиях, средних школах»')],
  // Round 88 (corpus-real-77): dates stated in a section of a document are set by it, words in brackets between (https://docs.cntd.ru/document/561542841/titles/M7U98B)
  ['2.4.2. Сроки прохождения отдельных административных процедур (действий), необходимых для предоставления государственной услуги, указаны в разделе 3 Регламента.', schedule('сроки прохождения отдельных административных процедур (действий), необходимых для предоставления государственной услуги, указаны в разделе 3 Регламента')],
  // Round 90 (corpus-real-79): the time of an event that someone publishes is set by them (http://www.unn.ru/bibn/news/24-12-2024)
  ['Даты проведения финалов едины для всех городов, конкретное место и время проведения финалов публикуют вузы-организаторы на своих страничках.', schedule('время проведения финалов публикуют вузы-организаторы на своих страничках')],
  ['Место и сроки подачи заявок разместит управление образования', schedule('сроки подачи заявок разместит управление образования')],
  // Round 86 (corpus-real-75): the procedure someone sets (https://base.garant.ru/36732762/c01a212d22eae22b06d988f681a14f39) and a
  // legal act (https://docs.cntd.ru/document/545274930/titles/VVQBP8) hold the dates
  ['1. Бюджетная смета казенного учреждения составляется, утверждается и ведется в порядке, определенном главным распорядителем бюджетных средств, в ведении которого находится казенное учреждение, в соответствии с общими требованиями, установленными Министерством финансов Российской Федерации.', schedule('составляется, утверждается и ведется в порядке, определенном главным распорядителем бюджетных средств, в ведении которого находится казенное учреждение, в соответствии с общими требованиями, установленными Министерством финансов Российской Федерации')],
  ['1. Порядок, сроки и иные условия составления бюджетной отчетности, в том числе об исполнении бюджета городского округа и иной бюджетной отчетности городского округа, устанавливаются в соответствии с нормативными правовыми актами Российской Федерации, Московской области и городского округа.', schedule('нормативный правовой акт Российской Федерации, Московской области и городского округа')],
  // Round 83 (corpus-real-72): a day fixed in the text of a contract is set by it (https://radissonsochi.ru/tag/mozhno-li-oformlyat-trudovoy-dogovor-ranshe-sroka)
  ['К фактическому выполнению своих трудовых функций работник должен приступить с того дня, который закреплён в тексте подписанного трудового договора.', schedule('закреплён в тексте подписанного трудового договора')],
  // its forms as pay rules and collective agreements write them (the same class)
  ['Выплата производится в срок, закрепленный в коллективном договоре.', schedule('закрепленный в коллективном договоре')],
  ['Отпуск предоставляется в период, оговоренный трудовым договором.', schedule('оговоренный трудовым договором')],
  // Round 84 (corpus-real-73): a deadline a document fixes (https://zknrf.ru/laws/Federalnyy-zakon-ot-29.12.2012-N-273-FZ/Statya-93.1,
  // https://docs.cntd.ru/document/551639724/titles/8P60LT, https://consultant.ru/document/cons_doc_LAW_284756/06633d3b59bfe819c3ae991a86a16069d1afe770,
  // https://readboom.net/see/5996196-licenzirovanie-obrazovatelnoy-deyatelnosti-s?page=7, https://izmrono1.ucoz.ru/index/2017_god/0-197)
  ['Указанный в предписании срок его исполнения не может превышать шесть месяцев.', schedule('указанный в предписании срок его исполнения не может превышать шесть месяцев')],
  ['54. Срок исполнения, указанный в предписании, не может превышать 6 месяцев.', schedule('срок исполнения, указанный в предписании, не может превышать 6 месяцев')],
  ['69. Организация, которой было выдано предписание, должна исполнить его в установленный в предписании срок и представить в уполномоченный орган отчет о результатах исполнения предписания (далее - отчет об исполнении предписания).', schedule('в установленный в предписании срок и представить в уполномоченный орган отчет о результатах исполнения предписания (далее - отчет об исполнении предписания)')],
  ['В указанном предписании устанавливается срок его исполнения, который не может превышать шести месяцев.', schedule('в указанном предписании устанавливается срок его исполнения, который не может превышать шести месяцев')],
  ['В соответствии с Федеральным законом Российской Федерации от 02.05.2006 года №59-ФЗ "О порядке рассмотрения обращений граждан Российской Федерации" и в соответствии с полномочиями отдела образования все обращения были проверены в установленные законом сроки.', schedule('в установленные законом сроки')],
  // Round 78 (corpus-real-67): a list of checks holds their dates (https://www.inform.kz/ru/shkoli-idetsadi-budut-vneplanovo-proveryat-vkazahstane-9f799d)
  ['Плановые проверки проводятся на основании акта о назначении проверки согласно годовому списку проверок.', schedule('годовый список проверок')],
  // Round 72 (corpus-real-64): «имеют право сами …» (https://ria24.today/news/osennie-kanikuly-2021-kogda-shkolniki-idut/10326622)
  ['Однако администрации учебных заведений имеют право сами корректировать даты.', schedule('имеют право сами корректировать даты')],
  // Round 62, part 3 (corpus-real-56): words joined by a slash are one word of <слова> (https://www.9111.ru/questions/20500961)
  ['Количество и периодичность групповых/подгрупповых и индивидуальных занятий определяется учителем-логопедом (учителями-логопедами) с учетом выраженности речевого нарушения обучающегося, рекомендаций ПМПК, ППк....', schedule('периодичность групповых/подгрупповых и индивидуальных занятий определяется учителем-логопедом (учителями-логопедами) с учетом выраженности речевого нарушения обучающегося, рекомендаций ПМПК, ППк')],
  ['Сроки консультаций родителей/законных представителей определяет педагог-психолог.', schedule('сроки консультаций родителей/законных представителей определяет педагог-психолог')],
  // Round 57 (corpus-real-52): «в (порядке и) сроке, указанном …» and the dates before «вправе установить» (https://base.garant.ru/73496825/67c2a8d30625b9de7e93b635b19812ca)
  ['28. Получатель субсидии в порядке и сроке, указанным в приложении 4 к настоящему порядку, направляет в департамент отчёт о достижении показателя результативности по форме, установленной приложением 3 к настоящему порядку.', schedule('срок, указанным в приложении 4 к настоящему порядку, направляет в департамент отчёт о достижении показателя результативности по форме, установленной приложением 3 к настоящему порядку')],
  ['Сроки и формы предоставления получателем субсидии дополнительной отчётности департамент вправе установить в договоре о предоставлении субсидии.', schedule('сроки и формы предоставления получателем субсидии дополнительной отчётности департамент вправе установить в договоре о предоставлении субсидии')],
  // Round 55 (corpus-real-50): a verb of setting with its document after «в» (https://lawnotes.ru/npa/_pravila-vida-sporta-_kudo_-(utv.-prikazom-minsporta-rossii-ot-27.12.2024-n-1353)/razdel-v/statya-19)
  ['Предварительная заявка (в электронном виде) должна быть подана в оргкомитет соревнований, срок предоставления регламентируется в Положении.', schedule('регламентируется в Положении')],
  // Round 52 (corpus-real-47): two adjectives joined by «и» before a document noun (https://gist.github.com/2b4ca7b0f0baf2b8afe51253234c1679)
  ['Согласно годовому и квартальному планам работы Министерства специалисты, курирующие работу органов управления образованием и образовательных учреждений, должны поставить в известность их руководителей о предстоящем или планируемом инспектировании.', schedule('годовый и квартальный план работы Министерства специалисты, курирующие работу органов управления образованием и образовательных учреждений, должны поставить в известность их руководителей о предстоящем или планируемом инспектировании')],
  // Round 51 (corpus-real-46): a verb of putting a document in force before its noun (https://gist.github.com/0444079db8a02265f4397b16b4423886)
  ['Вводится в действие приказом по школе.', schedule('приказ по школе')],
  // Round 45 (corpus-real-41): «граф.» / «расп.», the shortened nouns of plan tables; «своему» is «свой» (https://gist.github.com/771ba6112fce63d35150cacea0a21106)
  ['Неделя начальных классов по своему граф.', schedule('свой график')],
  ['по расп.', schedule('расписание')],
  // Round 45 (corpus-real-41): a day that someone sets, at the start and inside a sentence (https://gist.github.com/79dfcb2fea2ba41203820dbdd211dbff)
  ['в день, установленный Оргкомитетом', schedule('день, установленный Оргкомитетом')],
  ['Задания выполняются Участниками непосредственно в дошкольных образовательных учреждениях в день, установленный Оргкомитетом, на специальном бланке заданий.', schedule('в день, установленный Оргкомитетом, на специальном бланке заданий')],
  // Round 45 (corpus-real-41): the perfective verb of drawing up a schedule (https://sarov24.ru/obschestvo/11753-vserossijskie-proverochnye-raboty-projdut-s-14-sentjabrja-po-12-oktjabrja.html)
  ['Школы могут сами составить график проведения проверочных работ в рамках этого интервала.', schedule('составить график проведения проверочных работ в рамках этого интервала')],
  ['График проведения проверочных работ составляет школа.', schedule('график проведения проверочных работ составляет школа')],
  // Round 39 (corpus-real-35): who sets the regime on its own; a code of sanitary rules is a label (https://novsch34.rostovschool.ru/file/card?id=2630)
  ['2.5. Школа определяет режим урочной и внеурочной деятельности, специально организованной в рамках бюджетных средств, самостоятельно с учетом рекомендаций СП 2.4.3648-20 «Санитарно-эпидемиологических требований к организации воспитания и обучения, отдыха и оздоровления детей и молодежи».',
    schedule('определяет режим урочной и внеурочной деятельности, специально организованной в рамках бюджетных средств, самостоятельно с учетом рекомендаций СП 2.4.3648-20 «Санитарно-эпидемиологических требований к организации воспитания и обучения, отдыха и оздоровления детей и молодежи»')],
  ['Режим занятий устанавливается образовательной организацией самостоятельно', schedule('режим занятий устанавливается образовательной организацией самостоятельно')],
  // Round 34 (corpus-real-32): «согласно с <документом>» like «в соответствии с» (https://news.21.by/other-news/2018/08/27/1587660.html)
  ['согласно с утвержденным графиком', schedule('утвержденный график')],
  ['по графику', schedule('график')],
  ['По графику ОО.', schedule('график ОО')],
  ['  по графику ОО  ', schedule('график ОО')],
  ['по графику проведения ВПР', schedule('график проведения ВПР')],
  ['по плану', schedule('план')],
  ['по плану работы ОО', schedule('план работы ОО')],
  ['согласно графику', schedule('график')],
  ['Согласно графику ОО', schedule('график ОО')],
  ['в соответствии с планом ВШК', schedule('план ВШК')],
  ['в соответствии с планом работы школы', schedule('план работы школы')],
  ['по отдельному графику', schedule('отдельный график')],
  ['согласно календарному учебному графику', schedule('календарный учебный график')],
  ['по расписанию', schedule('расписание')],
  ['В соответствии с планом-графиком', schedule('план-график')],
  ['в сроки, установленные приказом УО', schedule('сроки, установленные приказом УО')],
  ['по циклограмме', schedule('циклограмма')],
  ['согласно регламенту', schedule('регламент')],
  ['в установленные сроки', schedule('установленные сроки')],
  // Round 11 (corpus-real-16): a participle's agent before the document noun; «на усмотрение …» says who sets the dates
  ['Плановая инвентаризация осуществляется в соответствии с утверждённым руководителем графиком.', schedule('утвержденный график')],
  ['Периодичность собраний – на усмотрение учителей и администрации.', schedule('на усмотрение учителей и администрации')],
  // Round 14 (corpus-real-19): planning documents by abbreviation, and КТП by its long name
  // (https://romashki.volgogradschool.ru/file/card?id=348)
  ['В соответствии с КТП рабочих программ', schedule('КТП рабочих программ')],
  ['по ИУП', schedule('ИУП')],
  ['согласно КУГ', schedule('КУГ')],
  ['в соответствии с календарно-тематическим планированием', schedule('календарно-тематическое планирование')],
  ['по календарно-тематическому плану', schedule('календарно-тематический план')],
  ['согласно ИОМ', schedule('ИОМ')],
  ['в соответствии с ООП', schedule('ООП')],
  // Round 15 (corpus-real-20): a span beside a condition counts from no condition — the document named sets the dates
  // (https://base.garant.ru/30373255/9d78f2e21a0e8d6e5a75ac4e4a939832); the dates first in a list of what is set together
  // (https://docs.cntd.ru/document/802027927/titles/192M7RU)
  ['Срок рассмотрения может быть продлен не более чем на 1 месяц по мотивированному постановлению в случае уклонения несовершеннолетнего от явки на заседание комиссии.',
    schedule('мотивированное постановление в случае уклонения несовершеннолетнего от явки на заседание комиссии')],
  ['Срок может быть продлен на 10 дней по письменному распоряжению председателя при наличии оснований.',
    schedule('письменное распоряжение председателя при наличии оснований')],
  ['6.2. Дата, план подготовки, сценарный план проведения мероприятия, количество и категория участников, смета расходов на проведение мероприятия утверждаются начальником Департамента за месяц до проведения мероприятия.',
    schedule('дата, план подготовки, сценарный план проведения мероприятия, количество и категория участников, смета расходов на проведение мероприятия утверждаются начальником Департамента за месяц до проведения мероприятия')],
  // Round 16 (corpus-real-21): a schedule of one's own (https://today.29ru.net/moscow/259063000); «по началу …» in the dative names
  // a subject, not a day (https://uprobr.ucoz.ru/news/ob_organizovannom_nachale_2023_2024_uchebnogo_goda/2023-08-21-12262)
  ['В каждом образовательном учреждении утвержден свой график...', schedule('утвержден свой график')],
  ['Каждая школа утверждает своё расписание', schedule('утверждает своё расписание')],
  ['Отчёт по окончанию четверти сдаётся согласно графику', schedule('график')],
  // Round 21: ИПР / ИПРА (a programme of development or rehabilitation: «составляется индивидуальная программа реабилитации (далее ИПР)»,
  // https://dietmap.ru/rekomendacii-dlja-individualnoj-programmy-razvitija-rebenka-s-ovz), alone too; a roadmap holds the dates («все
  // получили «дорожную карту» … с конкретными сроками проведения работ», https://news.rambler.ua/community/54199759-pochti-1-5-tysyachi-obektov-obrazovaniya-otremontiruyut-v-2025-godu-po-proektu-edinoy-rossii/comments)
  ['по ИПР', schedule('ИПР')],
  ['согласно ИПРА', schedule('ИПРА')],
  ['ИПР', schedule('ИПР')],
  ['в соответствии с дорожной картой', schedule('дорожная карта')],
  // Round 21: «в индивидуальном порядке» opening a cell, like «индивидуально» («дата и время будут сообщены в индивидуальном порядке», a
  // public repository, `find_string`, 2026-12-02)
  ['в индивидуальном порядке', schedule('индивидуальный порядок')],
  ['В установленном законом порядке', schedule('установленный порядок')],
  // Round 25: a safety passport holds its measures like a plan («Паспорт безопасности … определяющим … мероприятий по предупреждению …»,
  // https://consultant.ru/document/cons_doc_LAW_444529/3a8414c84492c81d127f96b406f98f7dd042d07b)
  ['в соответствии с паспортом безопасности', schedule('паспорт безопасности')],
  // Round 27: «вправе» is «имеет право» — who may set the date sets it
  // (https://riavrn.ru/news/poslednij-zvonok-v-shkolah-voronezha-projdet-25-maya/?from=related)
  ['При этом, как уточнили в региональном департаменте образования, науки и молодежной политики, каждая школа в районах Воронежской области вправе самостоятельно определить дату проведения праздника.', schedule('вправе самостоятельно определить дату проведения праздника')],
  ['Организатор вправе изменить сроки проведения конкурса', schedule('вправе изменить сроки проведения конкурса')],
  // Round 28 (corpus-real-27): «на основе <плана>» names the document like «на основании» (https://sh-spck1-angarsk-r138.gosweb.gosuslugi.ru/,
  // «Методический совет»); «соотнесено с <графиком>» is fitted to it (https://sh8-irkutsk-r138.gosweb.gosuslugi.ru/, «новости_265»); a verb
  // of setting before «сроки» is who sets them (http://ustyug.krskschool.ru/file/card?id=2502)
  ['Деятельность Методического совета осуществляется на основе годового планирования.', schedule('годовое планирование')],
  ['на основе плана работы школы', schedule('план работы школы')],
  ['на основании отдельного приказа', schedule('отдельный приказ')],
  ['- Проведение оценочных процедур регламентировано ОУ и соотнесено с утвержденным графиком', schedule('соотнесено с утвержденным графиком')],
  ['Наставничество организуется на основании локального акта учреждения и приказа руководителя, в которых определяются кандидатуры подшефных, наставников, сроки наставничества, график отчетности.', schedule('определяются кандидатуры подшефных, наставников, сроки наставничества, график отчетности')],
  ['Министерство определяет сроки проведения.', schedule('определяет сроки проведения')],
  ['Университет сам назначает даты сдачи академической задолженности.', schedule('назначает даты сдачи академической задолженности')], // round 33
  ['Сроки пересдачи назначаются школой', schedule('сроки пересдачи назначаются школой')], // round 33
  ['Сроки подготовки и даты итоговой аттестации по дисциплинам школам предоставлено избирать самостоятельно.', schedule('сроки подготовки и даты итоговой аттестации по дисциплинам школам предоставлено избирать самостоятельно')], // round 35
  ['Решение о переносе или отмене каникул принимается непосредственно школой.', schedule('решение о переносе или отмене каникул принимается непосредственно школой')], // round 35
  ['Точные даты можно узнать на официальном сайте МЦКО или у школьного администратора.', schedule('точные даты можно узнать на официальном сайте МЦКО или у школьного администратора')], // round 36
  // Round 64 (corpus-real-58): the title of an act the dates live in is the act's name, not the cell's date (https://school.tver.ru/school/9/static_pages/14308)
  ['Муниципальный этап будет проводиться в соответствии с графиком, определенным приказом управления образования Администрации города Твери от 03.11.2022 № 937 «О проведении муниципального этапа всероссийской олимпиады школьников в 2022/2023 учебном году в г.Твери» (приложение № 2 к приказу), в сроки, установленные приказом Министерства образования Тверской области от 03.11.2022 № 1056/ПК «О внесении изменений в приказ Министерства образования Тверской области от 01.11.2022 № 1038/ПК».', schedule('график, определенным приказом управления образования Администрации города Твери от 03.11.2022 № 937 «О проведении муниципального этапа всероссийской олимпиады школьников в 2022/2023 учебном году в г.Твери» (приложение № 2 к приказу), в сроки, установленные приказом Министерства образования Тверской области от 03.11.2022 № 1056/ПК «О внесении изменений в приказ Министерства образования Тверской области от 01.11.2022 № 1038/ПК»')],
  // Round 67 (corpus-real-61): the time or the date made known later is a schedule (http://klass1a2018.blogspot.com/2019/03/3.html, https://tolyatti-news.net/society/2025/09/02/220051.html)
  ['Время приёма будет сообщено дополнительно.', schedule('время приёма будет сообщено дополнительно')],
  ['Дата, место и время станут известны позднее.', schedule('дата, место и время станут известны позднее')],
  // Round 126 (corpus-real-114): a word of degree before the dates' adjective, «Более точные даты …», is still the dates someone else sets
  // (https://edu.pkgo.ru/news/sroki-provedeniya-konkursa-uchitel-goda-na-kamchatke-perenosyatsya)
  ['Более точные даты проведения краевых конкурсов будут определены позже, в зависимости от санитарно-эпидемиологической ситуации.', schedule('более точные даты проведения краевых конкурсов будут определены позже, в зависимости от санитарно-эпидемиологической ситуации')],
  // Round 128 (corpus-real-116): «время [и место] проведения … будет определять <кто>» says who sets the time, like «сроки и место …»
  // (https://rzn.aif.ru/society/voennyy_komissar_serkez_prokommentiroval_ukaz_o_prizyve_na_voennye_sbory)
  ['Он также сказал, что время и место проведения сборов будет определять Минобороны РФ.', schedule('время и место проведения сборов будет определять Минобороны РФ')],
  ['Место и время проведения сборов определяет военный комиссариат.', schedule('место и время проведения сборов определяет военный комиссариат')],
  ['Время проведения определяет организатор.', schedule('время проведения определяет организатор')],
  // Round 136 (corpus-real-124): the start or resumption of work named after «о / об» with a verb of making known in the future
  // (https://sadik122.ru/news/8483.html); the active verb's line (the family's template, round-136.ts)
  ['О начале работы ЦПМПК МО в обычном режиме будет сообщено дополнительно.', schedule('о начале работы ЦПМПК МО в обычном режиме будет сообщено дополнительно')],
  ['Об открытии записи на обследование сообщат позже.', schedule('об открытии записи на обследование сообщат позже')],
  // Round 130 (corpus-real-118): a perfective verb of choosing or setting after «самостоятельно» says who sets the dates
  // (https://www.penzainform.ru/news/learning/2026/02/06/v_2026_godu_smestilis_sroki_provedeniya_vpr_v_shkolah.html,
  // https://stolicaonego.ru/news/v-rosobrnadzore-nazvali-daty-provedenija-vpr-v-2026-uchebnom-godu/)
  ['Учебным заведениям необходимо самостоятельно выбрать даты в рамках определенного периода.', schedule('самостоятельно выбрать даты в рамках определенного периода')],
  ['Каждая школа сможет самостоятельно выбрать даты их проведения, учитывая рекомендации Рособрнадзора и свой учебный график.', schedule('самостоятельно выбрать даты их проведения, учитывая рекомендации Рособрнадзора и свой учебный график')],
  // Round 91 (corpus-real-80): the date after «о» with a verb of making known in the active
  // (https://konkovomedia.ru/news/v-skole-113-raspustili-sostav-upravlyayushhego-soveta); an order «по <организации>» inside a sentence
  // (https://sh16-bratsk-r138.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/struktura-i-organy-upravleniya-obrazovatelnoy-organizatsiey/pedsovet)
  ['О дате выборов нового состава Управляющего совета сообщат позже.', schedule('о дате выборов нового состава Управляющего совета сообщат позже')],
  ['Директор приказом по Учреждению сроком на один год назначает секретаря Педагогического совета, который выполняет функции по фиксации решений совета.', schedule('приказом по Учреждению сроком на один год назначает секретаря Педагогического совета, который выполняет функции по фиксации решений совета')],
  // Round 92 (corpus-real-82): words between «установленными» and «сроками»
  // (https://www.consultant.ru/document/cons_doc_LAW_456558/86be1f7eafccd65139496c2ba515c90565867a74/), «согласно …» the same (the family's
  // template, round-92.ts); a date «еще неизвестна» (https://vse42.ru/amp/news/29574921), «не известны» the same (round-92.ts)
  ['- осуществляет корректную работу в ЛК в ФИС ОКО по сбору данных и систематизации информации в соответствии с установленными на федеральном уровне сроками;', schedule('в соответствии с установленными на федеральном уровне сроками')],
  ['ВПР проводятся согласно установленным на федеральном уровне срокам.', schedule('согласно установленным на федеральном уровне срокам')],
  ['Уточним, дата и программа всекузбасского съезда школьных директоров еще неизвестна.', schedule('дата и программа всекузбасского съезда школьных директоров еще неизвестна')],
  ['Однако даты проведения ВПР еще не известны.', schedule('даты проведения ВПР еще не известны')],
  // Round 138 (corpus-real-126): a normative act holds the rule and its days like «правовой акт» (http://rooalex.tomedu.ru/?p=12787)
  ['Учебный процесс организуется в соответствии с нормативными актами школ.', schedule('нормативный акт школ')],
  ['в соответствии с локальным нормативным актом', schedule('локальный нормативный акт')],
  // Round 149 (corpus-real-137): a card one pays with is no road map (https://cultryb.ru/news/item/3376); a programme one takes part in or
  // belongs to is no document of dates (http://rodina.news/programmu-kulturnye-normativy-shkolnikov-zapustyat-19062518513680.htm), the
  // road map and the programme after other words hold the dates as before
  ['Они познакомились с мероприятиями, которые будут проводиться по Пушкинской карте в нашем районе в ближайшее время.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['Участие в программе будет исключительно на добровольной основе, отметили в Минпросвещения', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['Участие в программе по графику', schedule('график')],
  ['по дорожной карте', schedule('дорожная карта')],
  // Round 147 (corpus-real-135): «сроки / даты …» inside a sentence with a passive verb of setting and the authority in the instrumental
  // after it (https://gist.github.com/235881f18ff007d6674ca688686dff36)
  ['Перечень документов, предоставляемых гражданином, подавшим заявление о назначении его опекуном или попечителем, сроки предоставления таких документов определяются Правительством Российской Федерации.', schedule('сроки предоставления таких документов определяются Правительством Российской Федерации')],
  ['Как сообщили в органе опеки, даты плановых обследований утверждены уполномоченным органом.', schedule('даты плановых обследований утверждены уполномоченным органом')],
  // Round 144 (corpus-real-132): the participle before the day, «в установленные дни», is the day the pay rules fix, like «в
  // установленные сроки» (https://dzen.ru/a/Y06mBTY432OHjgll)
  ['Работодатель обязан платить зарплату в установленные дни, даже если в отдельные периоды промежуток между начислениями длиннее 15 дней.', schedule('в установленные дни, даже если в отдельные периоды промежуток между начислениями длиннее 15 дней')],
  ['в установленные дни', schedule('установленные дни')],
  // Round 141 (corpus-real-129): «в день <событие>, установленный …» is a day someone sets (https://docs.cntd.ru/document/459600340/titles/2QASO8N)
  ['Руководители министерств проводят прием граждан с 10.00 до 12.00 часов в день приема, установленный графиком.', schedule('в день приема, установленный графиком')],
  // Round 143 (corpus-real-131): the place and the time, or the dates with «будет объявлено», made known later after «о / об»
  // (https://dzen.ru/news/story/6bd0cdea-7282-5c39-b4eb-7f0ba71b739b, http://orel-gazeta.ru/?p=16104); «индивидуально» after a verb of
  // taking place (https://zavrayadm.ru/news/70778.html)
  ['О месте и времени проведения заключительного этапа и награждения победителей оргкомитет сообщит дополнительно.', schedule('о месте и времени проведения заключительного этапа и награждения победителей оргкомитет сообщит дополнительно')],
  ['О датах выставки в филиале музея и награждении победителей будет объявлено дополнительно – сообщает администрация Орла.', schedule('о датах выставки в филиале музея и награждении победителей будет объявлено дополнительно – сообщает администрация Орла')],
  ['- награждение победителей пройдёт индивидуально.', schedule('пройдёт индивидуально')],
  // Round 140 (corpus-real-128): who decides the start or the end sets its day (https://news.mail.ru/society/68045904/); «по срокам» no
  // longer hides «решение … остается за …» (https://news.mail.ru/incident/67892597/); the future «примут» after the decision's object
  // (corpus-real-126's known miss, https://ulpressa.ru/2020/10/05/%D1%81%D0%BC%D0%B8-%D1%83%D0%BB%D1%8C%D1%8F%D0%BD%D0%BE%D0%B2%D1%81%D0%BA%D0%B8%D1%85-%D1%88%D0%BA%D0%BE%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA%D0%BE%D0%B2-%D0%B8%D0%B7-%D0%B7%D0%B0-%D1%80%D0%BE%D1%81%D1%82)
  ['Вместе с тем каждый муниципалитет принимает решение о начале отопительного сезона самостоятельно.', schedule('принимает решение о начале отопительного сезона самостоятельно')],
  ['Окончательное решение по срокам остается за местными властями.', schedule('решение по срокам остается за местными властями')],
  ['Окончательное решение о дате перехода на дистанционную работу примут главы этих регионов.', schedule('решение о дате перехода на дистанционную работу примут главы этих регионов')],
  ['в день принятия решения о завершении проекта', event('в день принятия решения о завершении проекта')], // a verbal noun: the decision's day (corpus-real-52)
  // Round 139 (corpus-real-127): the participle of setting after the term, with the document that sets it
  // (https://archivist.ru/products/unichtozhenie-dokumentov, https://biznesinalogi.ru/lenta/post/55907), and the future of a short
  // participle of setting before the dates (https://news.mail.ru/society/69586217/)
  ['Хранение документов менее срока, установленного законодательством, не допускается.', schedule('менее срока, установленного законодательством, не допускается')],
  ['Документы хранятся не менее срока, указанного в перечне.', schedule('менее срока, указанного в перечне')], // the document after «в» (round-139.ts)
  [
    'Для начала отметим основные моменты: сроки хранения, указанные в перечне (утв. приказом Росархива от 20.12.2019 № 236, далее – перечень № 236), обязательны для всех, не только для государственных, муниципальных учреждений.',
    schedule('сроки хранения, указанные в перечне (утв. приказом Росархива от 20.12.2019 № 236, далее – перечень № 236), обязательны для всех, не только для государственных, муниципальных учреждений'),
  ],
  [
    'В законе также закрепляется порядок взаимодействия структур: будет определен формат и сроки передачи информации, а также перечень обязательных сведений о ребенке и его статусе.',
    schedule('будет определен формат и сроки передачи информации, а также перечень обязательных сведений о ребенке и его статусе'),
  ],
  // Round 154 (corpus-real-142): «согласно режиму образовательного процесса» names the regime that holds the hours, a schedule
  // (https://armou1.aramilgo.ru/shownews.htm?newsid=1630391835&page=35; it was `unparsed`)
  ['1. Утвердить график подвоза обучающихся согласно режиму образовательного процесса (приложение № 1).', schedule('режим образовательного процесса приложение № 1')],
  // Round 280 (corpus-real-241): a term an instruction provides for, «предусмотренн*» and «инструкцией / в инструкции» beside round 84's
  // participles and documents (https://khakassia-gov.ru/doc/20404; it was `unparsed`)
  ['В срок, предусмотренный инструкцией по применению', schedule('срок, предусмотренный инструкцией по применению')],
];

const EVENTS: Case[] = [
  // Round 237 (corpus-real-214's theme): the nouns of admission, hiring, commissioning and a break in work after «до / при / перед» are
  // events like «до заключения трудового договора» and «перед допуском» (a labour-protection clause, a public repository's test data;
  // https://etalonline.by/document/?q_id=2182628&regnum=u02000756; https://dzen.ru/b/ZEdufnkGMn2GOkmv; https://testsmart.ru/quest/28479)
  ['2.2. Работники должны проходить обучение по оказанию первой помощи пострадавшему на производстве до допуска к самостоятельной работе.', event('до допуска к самостоятельной работе')],
  ['Ответ: Специалиста по выкладке товара при трудоустройстве необходимо направить на предварительный медицинский осмотр.', event('при трудоустройстве необходимо направить на предварительный медицинский осмотр')],
  ['✅Обоснование: Закона от № 426-ФЗ от 28.12.2013 «О специальной оценке условий труда» внеплановая специальная оценка условий труда (СОУТ) проводится в том числе при вводе в эксплуатацию вновь организованных рабочих мест.', event('при вводе в эксплуатацию вновь организованных рабочих мест')],
  ['при перерыве в работе более чем на 30 календарных дней;', event('при перерыве в работе более чем на 30 календарных дней')],
  ['Перед трудоустройством работник проходит предварительный медицинский осмотр.', event('перед трудоустройством работник проходит предварительный медицинский осмотр')],
  ['Предварительный профосмотр - первое медицинское обследование, которое проходит работник при устройстве на работу.', event('при устройстве на работу')],
  ['При трудоустройстве, далее ежегодно', event('при трудоустройстве, далее ежегодно')],
  // Round 227 (corpus-real-206): «в день выборов / референдума» is the day of voting (https://helpiks.org/2-82366.html); a month picked
  // out by a clause is fixed by its event, no monthly repeat (http://yurii.ru/ref5/text-10240-str-3-ref.php)
  ['Голосование вне помещения для голосования проводится только в день выборов и только на основании письменного заявления или устного обращения избирателя о предоставлении ему возможности проголосовать вне помещения для голосования.', event('в день выборов и только на основании письменного заявления или устного обращения избирателя о предоставлении ему возможности проголосовать вне помещения для голосования')],
  ['Встреча с кандидатами проводится в день референдума', event('в день референдума')],
  ['Днем голосования на выборах Президента Российской Федерации является второе воскресенье месяца, в котором проводилось голосование на предыдущих общих выборах Президента Российской Федерации и в котором четыре года тому назад был избран Президент Российской Федерации.', event('месяца, в котором проводилось голосование на предыдущих общих выборах Президента Российской Федерации и в котором четыре года тому назад был избран Президент Российской Федерации')],
  // Round 223 (corpus-real-203): the season of fire danger or of bathing alone at the start of a cell is round 118's event
  // (https://sverdlovsk-gov.ru/doc/60037)
  ['Летний пожароопасный период', event('летний пожароопасный период')],
  // Round 217 (corpus-real-199): a lesson, a class or a training after «перед» inside a sentence waits for that event, like «перед
  // поездкой» (https://sh-timoshinskaya-r138.gosweb.gosuslugi.ru/glavnoe/novosti/novosti_227.html)
  ['В каждом классе перед уроками были проведены Пятиминутки памяти "Дети Беслана, мы помним!";', event('перед уроками были проведены Пятиминутки памяти "Дети Беслана, мы помним')],
  ['Инструктаж перед каждым занятием', event('перед каждым занятием')],
  ['Перед тренировкой', event('перед тренировкой')],
  // Round 215 (corpus-real-197): the attestations in the plural and a check of knowledge after «на время / на период» are the stage of
  // round 74's «на период аттестации» (https://mgkasp.ru/kak-perejti-na-semejnoe-obucenie.html)
  ['На время аттестаций ребёнок на семейном образовании получает статус экстерна', event('на время аттестаций ребёнок на семейном образовании получает статус экстерна')],
  ['На период проверки знаний ученик зачисляется в школу', event('на период проверки знаний ученик зачисляется в школу')],
  // Round 209 (corpus-real-192): a school year with its years after «в преддверии» stays the event phrase (https://respectrb.ru/print/54678)
  ['Памятка направлена в преддверии нового учебного года 2023/2024 в связи с сохранением на территории РФ рисков распространения инфекций, передающихся воздушно-капельным путем.', event('в преддверии нового учебного года 2023/2024 в связи с сохранением на территории РФ рисков распространения инфекций, передающихся воздушно-капельным путем')],
  // Round 206 (corpus-real-189): the filing of a complaint or an application after «при» is the moment of a procedure, a condition
  // that is an event (https://base.garant.ru/32364161/7a69fb6632f5876efd3160114758a106)
  ['3. При подаче жалобы в исполнительный орган местного самоуправления она подается через административную комиссию, принявшую постановление о наказании, которая в течение трех суток направляет жалобу вместе с делом в исполнительный орган местного самоуправления.', event('при подаче жалобы в исполнительный орган местного самоуправления она подается через административную комиссию, принявшую постановление о наказании, которая в течение трех суток направляет жалобу вместе с делом в исполнительный орган местного самоуправления')],
  ['при подаче заявления', event('при подаче заявления')],
  // Round 205 (corpus-real-188): «в любой момент / в любое время» with a condition or before an event is that occasion, as round 50's
  // need (https://docs.cntd.ru/document/577933981/titles/3GFO4M3); alone it stays open-ended (in ONGOING)
  ['72. Заявление о смене учреждения может быть подано до зачисления ребенка в учреждение в любой момент в случае несогласия родителей (законных представителей) с зачислением ребенка в конкретное учреждение, в котором было предоставлено место.', event('до зачисления ребенка в учреждение в любой момент в случае несогласия родителей (законных представителей) с зачислением ребенка в конкретное учреждение, в котором было предоставлено место')],
  ['Отозвать заявление можно в любой момент до зачисления.', event('до зачисления')],
  // Round 203 (corpus-real-187): an incident of information security after «при» is an event, like round 52's emergencies; a term after
  // it counts from it (https://panor.ru/articles/pravila-raboty-s-personalnymi-dannymi-snova-izmenilis-podgotovte-novye-dokumenty-po-obraztsu/93798.html)
  ['При утечке данных на это будет всего 24 часа (приказ Роскомнадзора от 14.11.2022 № 187).', event('при утечке данных на это будет всего 24 часа (приказ Роскомнадзора от 14.11.2022 № 187)')],
  ['при компьютерной атаке — в течение 3 часов', event('при компьютерной атаке — в течение 3 часов')],
  ['При утрате носителя персональных данных составляется акт.', event('при утрате носителя персональных данных составляется акт')],
  // Round 200 (corpus-real-184): a meeting already held (https://kazpravda.kz/n/aktsent-na-rannem-vyyavlenii-riskov); deadlines
  // pointed back to (https://mosaica.ru/ru/ul/news/2017/03/09/v-pravitelstve-razrabotayut-kompleks-mer-po-borbe-s-gruppami-smerti); the
  // preparation for a meeting, its standing commission no open-ended work (https://www.yarnews.net/news/show/yaroslavl/17472/deputaty_municipaliteta_yaroslavlya_posetili_centry_psihologo-mediko-socialnogo_soprovozhdeniya.htm)
  ['Новые подходы к решению этой социальной проблемы обсудили на недавнем заседании Межведомственной комиссии при акимате области.', event('на недавнем заседании Межведомственной комиссии при акимате области')],
  ['Отчёт о проведении акции направляется в такие же сроки.', event('в такие же сроки')],
  ['Минздрав в эти же сроки разработает методические рекомендации для преподавателей по проведению внеклассных занятий со школьниками и родительских собраний по вопросу профилактики суицидов среди несовершеннолетних.', event('в эти же сроки разработает методические рекомендации для преподавателей по проведению внеклассных занятий со школьниками и родительских собраний по вопросу профилактики суицидов среди несовершеннолетних')],
  ['В рамках подготовки к заседанию постоянной комиссии муниципалитета по социальной политике, на котором будет рассматриваться вопрос о работе Центров психолого-медико-социального сопровождения муниципальной системы образования города Ярославля, депутаты посетили четыре учреждения этого направления.', event('в рамках подготовки к заседанию постоянной комиссии муниципалитета по социальной политике, на котором будет рассматриваться вопрос о работе Центров психолого-медико-социального сопровождения муниципальной системы образования города Ярославля, депутаты посетили четыре учреждения этого направления')],
  // Round 197 (corpus-real-181): the adjectives of «незамедлительно / немедленно / безотлагательно» are the event (https://newargun.ru/?page_id=6484)
  ['В этой связи в адрес начальника управления дошкольных учреждений г. Аргуна внесено представление об незамедлительном устранении выявленных нарушений и привлечении виновных должностных лиц к строгой дисциплинарной ответственности.', event('незамедлительном устранении выявленных нарушений и привлечении виновных должностных лиц к строгой дисциплинарной ответственности')],
  ['принять безотлагательные меры', event('безотлагательные меры')],
  // Round 196 (no new set): an act's note on its own edits names no one who sets dates; the moment of entering into force after it is the
  // event (https://base.garant.ru/32720783/13449eeb93ab53cc2eb41914a19730fe, corpus-real-170)
  ['Приказом Министерства образования и науки Пермского края от 25 сентября 2017 г. N СЭД-26-01-06-947 приказ дополнен приложением N 3, вступающим в силу с момента опубликования названного приказа', event('с момента опубликования названного приказа')],
  // Round 189 (corpus-real-174): a check or a control after «в ходе / в рамках / в процессе» is the time of that action, like «в ходе
  // рейда» (https://ds-skazka-r42.gosweb.gosuslugi.ru/nash-detskiy-sad/novosti-i-sobytiya/novosti-i-sobytiya_224.html,
  // https://41.dagestanschool.ru/file/card?id=1051); a quarantine after «во время» is an event like the holidays
  // (https://dnepr.info/ru/news/shkoly-dnepra-budut-proveryat-bez-preduprezhdeniya-novovvedeniya/); «в кратчайшее время» is «в
  // кратчайший срок» (http://nevarono.imc-nev.ru/roo/1-roo/22224-ispolnenie-porucheniya.html)
  ['В ходе проверки были изучены и проанализированы условия осуществления образовательного процесса: создание развивающего пространства в МБДОУ, оформление и оборудование помещений, документация.', event('в ходе проверки были изучены и проанализированы условия осуществления образовательного процесса: создание развивающего пространства в МБДОУ, оформление и оборудование помещений, документация')],
  ['оказание методической помощи педагогическим работникам в процессе контроля;', event('в процессе контроля')],
  ['Некоторые изменения в приказе позволяют провести внеплановую проверку школы дистанционно во время карантина или других чрезвычайных обстоятельств.', event('во время карантина или других чрезвычайных обстоятельств')],
  ['Необходимо в кратчайшее время внести изменения и направить в отдел образования администрации Невского района служебное письмо об устранении нарушения.', event('в кратчайшее время внести изменения и направить в отдел образования администрации Невского района служебное письмо об устранении нарушения')],
  // Round 192 (corpus-real-177): a spell of illness after «на / в период / время» is a stage, an event, like a repair
  // (https://obklass.blogspot.com/2011/02/blog-post.html)
  ['1.3.ввести «масочный режим» в учреждениях на период эпидемического подъема.', event('на период эпидемического подъема')],
  ['на время карантина', event('на время карантина')],
  // Round 202 (corpus-real-186): «в сжатые сроки» is «в кратчайшие сроки» (https://kremenchug.ua/news/power/18460-novyy-detsad-uzhe-osenyu-smozhet-prinyat-140-detey.html);
  // the closing of a kindergarten after «в / на период» (https://docs.cntd.ru/document/543773839/titles/L3M7IR); «со следующего дня»
  // (https://vesti-k.ru/news/2023/06/19/kapremont-detskogo-sada-v-yalte-kotoryj-postradal-pri-potope-zavershat-k-1-iyulya/); a bracket of
  // what a rule leaves out is a note (https://docs.cntd.ru/document/561420507/titles/OGIGBR)
  ['Олег Бабаев уверяет, что, учитывая то, что до начала отопительного периода осталось не так много времени, ремонтные работы будут выполняться в сжатые сроки.', event('до начала отопительного периода осталось не так много времени, ремонтные работы будут выполняться в сжатые сроки')],
  ['ремонтные работы будут выполняться в сжатые сроки', event('в сжатые сроки')],
  ['- в период закрытия дошкольного учреждения на ремонтные и (или) аварийные работы;', event('в период закрытия дошкольного учреждения на ремонтные и (или) аварийные работы')],
  ['Не уложится к дате – со следующего дня начнет платить штраф», - отметила Павленко.', event('со следующего дня начнет платить штраф», - отметила Павленко')],
  ['3.1. Перед составлением годовой отчетности (кроме имущества, инвентаризация которого проводилась не ранее 1 октября отчетного года).', event('перед составлением годовой отчетности (кроме имущества, инвентаризация которого проводилась не ранее 1 октября отчетного года)')],
  // Round 195 (corpus-real-180): «до момента» before an event's verbal noun (https://kamchatka-gov.ru/doc/24519); the holidays'
  // time after «на» (http://kisgazeta.ru/novosti/profilnye-uchrezhdeniya-podtverdili-gotovnost-k-nachalu-letnej-ozdorovitelnoj-kampanii.html);
  // a campaign after «в / на период» with its adjectives (https://old-shumer.cap.ru/SiteMap.aspx?id=2737430); the last day of a
  // practice (http://www.ug.ru/archive/79510); every shift of a camp (https://vmeste-rf.tv/news-amp/this-year-in-children-s-camps-will-have-a-rest-of-six-million-people/)
  ['Проведение заседаний межведомственной комиссии по проверке готовности оздоровительных лагерей с дневным пребыванием детей, созданных на базе муниципальных общеобразовательных организаций Мильковского муниципального района к оздоровительному сезону, до момента их открытия.', event('до момента их открытия')],
  ['Кроме того, на каникулярный период запланировано провести 9 выездных лагерей, расположенных в Республике Крым, городах Черноморья и соседних республиках Северного Кавказа.', event('на каникулярный период запланировано провести 9 выездных лагерей, расположенных в Республике Крым, городах Черноморья и соседних республиках Северного Кавказа')],
  ['Контроль за безопасностью детей в период летней оздоровительной кампании', event('в период летней оздоровительной кампании')],
  ['Заявления принимаются до момента начала смены', event('до момента начала смены')],
  ['Итогом этой работы являются защита исследований в последний день практики.', event('в последний день практики')],
  ['Каждую смену пожарные проводят не только проверки, но и учения для детей и вожатых.', event('каждую смену пожарные проводят не только проверки, но и учения для детей и вожатых')],
  // Round 198 (corpus-real-182): the adverb «оперативно» (https://ok.ru/cilnaadm/topic/153315738822010); «скорейшее / оперативное
  // устранение …» (https://dzen.ru/a/XWZ_ewSvHwCtFhQQ, https://www.braslav-star.by/2021/10/22/…/amp/); «к указанному сроку» pointing back
  // to a time named before (https://vesti-kalmykia.ru/news/v-shkolah-respubliki-vyyavili-narusheniya-pozharnoj-bezopasnosti)
  ['Поручил оперативно их устранить.', event('оперативно их устранить')],
  ['Кроме штрафов руководству 12 тысяч учебных заведений выданы предписания о скорейшем устранении нарушений.', event('скорейшем устранении нарушений')],
  ['Во исполнение поручений в регионе обеспечено оперативное устранение большинства выявленных нарушений.', event('оперативное устранение большинства выявленных нарушений')],
  ['Наши сотрудники продолжают работать, и к указанному сроку все нарушения пожарной безопасности будут устранены', event('к указанному сроку все нарушения пожарной безопасности будут устранены')],
  ['Отчёт представить до указанной даты', event('до указанной даты')],
  ['Работы по устранению замечаний завершить до указанного срока', event('до указанного срока')],
  ['Отчёт представить к указанной дате', event('к указанной дате')],
  // Round 182 (corpus-real-168): «в течение подготовки / проведения …» is that stage of work, an event like «в период подготовки»
  // (http://www.ligamediatorov.ru/about-us/areas-of-activity/judicial-mediation)
  ['5.3.   В течение подготовки и проведения процедуры медиации каждая из сторон может встречаться  и поддерживать связь с медиатором, как в индивидуальном порядке, так и совместно с другой стороной.', event('в течение подготовки и проведения процедуры медиации каждая из сторон может встречаться и поддерживать связь с медиатором, как в индивидуальном порядке, так и совместно с другой стороной')],
  // Round 185 (corpus-real-171): «с принятием <акта>» opening a text is the moment a change runs from; the year after it is the acts'
  // (https://7info.ru/ryazan/v-ryazani-utverdili-novoe-raspredelenie-shkol-za-gorodskimi-territoriyami)
  ['С принятием этого постановления утратили силу аналогичные документы, действовавшие в 2025 году.', event('с принятием этого постановления утратили силу аналогичные документы, действовавшие в 2025 году')],
  // Round 183 (corpus-real-169): «по прибытии …» waits for someone's arrival, an event like «по возвращении …»
  // (https://www.consultant.ru/document/cons_doc_LAW_345948/685c96d25bf9b4ddc29f48248c12873302563c6c/)
  ['По прибытии и проведению работ', event('по прибытии и проведению работ')],
  // Round 181 (corpus-real-167): an ordinal day of an event inside a sentence, and a span in the instrumental before «позже / ранее»,
  // count from the event the text named before (https://events44.ru/news/76268; both were `unparsed`)
  ['Наконец, на третий день молодые учителя представят свои проекты.', event('на третий день молодые учителя представят свои проекты')],
  ['Днем позже будет организовано проведение ряда мероприятий и секций, посвященных тематике совета.', event('днем позже будет организовано проведение ряда мероприятий и секций, посвященных тематике совета')],
  // Round 180 (corpus-real-166): «в последний трудовой день» is the last day of a worker's employment, an event
  // (https://pasis30.ru/news/uvolnenie-i-otrabotka-2h-nedel-vse-njuansy-i-inye-sroki-otrabotki-pri-uvolnenii)
  ['Также в этой статье говорится об обязанности работодателя в последний трудовой день выдать работнику трудовую книжку или предоставить сведения о трудовой деятельности и произвести полный расчет.', event('в последний трудовой день выдать работнику трудовую книжку или предоставить сведения о трудовой деятельности и произвести полный расчет')],
  // Round 169 (corpus-real-157): «По итогу …», the singular of «По итогам …», opens an event (https://crimea-news.com/society/2022/12/27/1005713.html)
  ['По итогу совещания руководителям образовательных учреждений поставлены соответствующие задачи, даны поручения и рекомендации.', event('итог совещания руководителям образовательных учреждений поставлены соответствующие задачи, даны поручения и рекомендации')],
  // Round 168 (corpus-real-156): «до момента, когда / пока …» is a condition like «до того момента, когда …»
  // (https://vin-svay.com/9/karantin-po-vetryanke-v-detskom-sadu-skolko-dnej.html)
  ['Обычно карантин длится до момента, когда последний заболевший ребенок перестанет быть заразным.', event('до момента, когда последний заболевший ребенок перестанет быть заразным')],
  // Round 170 (corpus-real-158): a camp session after «в рамках / в ходе / в период / во время» is the session's time
  // (https://informpskov.ru/embed/452755)
  ['В рамках смены для детей каждый день предусмотрены различные активности по возрасту.', event('в рамках смены для детей каждый день предусмотрены различные активности по возрасту')],
  // Round 160 (corpus-real-149): a clock time of the day of an event's start or end is that event's hour (https://school230.ru/?p=27128)
  ['Зарегистрироваться можно до 08:00 дня начала тура (по московскому времени), а также во время тура с 11:00 дня начала тура до 18:00 дня окончания тура.', event('до 08:00 дня начала тура (по московскому времени), а также во время тура с 11:00 дня начала тура до 18:00 дня окончания тура')],
  ['до 18:00 дня проведения олимпиады', event('до 18:00 дня проведения олимпиады')],
  // Round 156 (corpus-real-144): a holiday after «в рамках / в ходе» is the feast's time
  // (https://shkola4shumixa-r45.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_26.html)
  ['В рамках этого праздника в нашей школе прошёл библиотечный урок "Книги - верные друзья!"', event('в рамках этого праздника в нашей школе прошёл библиотечный урок "Книги - верные друзья')],
  // Round 145 (corpus-real-133): «при отправке / постановке / сдаче / выдаче / передаче …» is an event like «при приеме / переводе»
  // (https://geostart.ru/doc/read/46727/2)
  ['31. При отправке призывников со сборного пункта к месту прохождения военной службы в их документах персонального учета (военном билете и учетно-послужной карточке) записывается дата убытия со сборного пункта, которая заверяется гербовой печатью военного комиссариата субъекта Российской Федерации.', event('при отправке призывников со сборного пункта к месту прохождения военной службы в их документах персонального учета (военном билете и учетно-послужной карточке) записывается дата убытия со сборного пункта, которая заверяется гербовой печатью военного комиссариата субъекта Российской Федерации')],
  ['Медицинское освидетельствование при первоначальной постановке на воинский учет', event('при первоначальной постановке на воинский учет')],
  // Round 149 (corpus-real-137): a month glued by a hyphen to a word before it is the half of a name, no month (https://perspektiva.mskobr.ru/edu-news/16393)
  ['Показ спектакля пройдёт в рамках школьного месячника «Арт-Март» в корпусе на Сестрорецкой улице.', event('в рамках школьного месячника «Арт-Март» в корпусе на Сестрорецкой улице')],
  // Round 136 (corpus-real-124): «в день начала <события>» inside a sentence is the day of that event
  // (https://mosregtoday.ru/news/soc/ne-prosto-bumazhka-uchitelja-poluchili-pravo-trebovat-s-roditelej-novye-spravki/)
  ['Профессор отметила, что первоначально, в день начала болезни, достаточно простого уведомления от родителей классному руководителю.', event('в день начала болезни, достаточно простого уведомления от родителей классному руководителю')],
  // Round 134 (corpus-real-122): «в день / в дни» with an adjective in the genitive before the event's verbal noun is that event
  // (https://www.buhgalteria.ru/news/kogda-provodit-vvodnyy-instruktazh-po-okhrane-truda-dlya-novenkikh-.html)
  ['Вводный инструктаж по охране труда для работников надо провести в день фактического приема сотрудника на работу.', event('в день фактического приема сотрудника на работу')],
  // round 134, the same rule's other lines (templates of its family)
  ['Приказ вступает в силу в день его официального опубликования.', event('в день его официального опубликования')],
  ['Дежурство организуется в дни массового проведения мероприятий.', event('в дни массового проведения мероприятий')],
  // Round 135 (corpus-real-123): «до каникул» with no season is an event
  // (https://press-line.ru/news/2004/10/tuvinskie-uchitelya-otmechayut-svoj-professional-ny-j-prazdnik-bez-zar/print)
  ['Педагоги Кызыла заработную плату в последний раз получали еще до каникул.', event('до каникул')],
  // Round 128 (corpus-real-116): «перед допуском / приёмом / заездом / стартом / запуском …» waits for that step
  // (https://news.21.by/other-news/2019/05/09/1789826.html)
  ['Перед допуском к вахте школьники выдерживают двухмесячную подготовку.', event('перед допуском к вахте школьники выдерживают двухмесячную подготовку')],
  // Round 121 (corpus-real-109): «в рамках / в ходе» with the adjectives that name which campaign, and «операции / кампании», are an
  // event like «в рамках акции» (https://dankovcszn.ru/iblock/news/e/obshherossijskaja_antinarkoticheskaja_akcija_soobshhi_gde_torgujut_smertju__mi_protiv_narkotikov19-11-2019,
  // https://alshvesti.ru/articles/iz-istorii/2019-04-19/profilakticheskaya-operatsiya-deti-rossii-41809)
  ['В рамках Общероссийской антинаркотической акции «Сообщи, где торгуют смертью» специалисты отделения психолого-педагогической помощи семье ОБУ «Центр социальной защиты населения по Данковскому району» с учащимися 9 класса МБОУ СОШ №1 организовали мероприятие «Мы против наркотиков» с целью повышения уровня информационности о проблеме наркомании.', event('в рамках Общероссийской антинаркотической акции «Сообщи, где торгуют смертью» специалисты отделения психолого-педагогической помощи семье ОБУ «Центр социальной защиты населения по Данковскому району» с учащимися 9 класса МБОУ СОШ №1 организовали мероприятие «Мы против наркотиков» с целью повышения уровня информационности о проблеме наркомании')],
  ['В рамках операции проводится разъяснительная работа среди учащихся и их родителей, осуществляется проверка состоящих на учете родителей и семей «группы риска», организуется проведение мероприятий, направленных на выявление несовершеннолетних правонарушителей, а также лиц, вовлекающих подростков в преступную деятельность.', event('в рамках операции проводится разъяснительная работа среди учащихся и их родителей, осуществляется проверка состоящих на учете родителей и семей «группы риска», организуется проведение мероприятий, направленных на выявление несовершеннолетних правонарушителей, а также лиц, вовлекающих подростков в преступную деятельность')],
  // Round 121 (corpus-real-109): the closing day of a themed week is that event's day
  // (https://adm-moskovsky.ru/press-center/ourNews/ourNews_463.html)
  ['По словам Альбины Вегержинской, в заключительный день недели «Независимое детство» в школе проведут конкурс на лучшее оформление стенда «Уголок профилактики вредных привычек».', event('в заключительный день недели «Независимое детство» в школе проведут конкурс на лучшее оформление стенда «Уголок профилактики вредных привычек»')],
  // Round 122 (corpus-real-110): a break after «в течение» is the time of that event, not open-ended work
  // (https://sosh2-yadrin.edu21.cap.ru/news/2018/11/16/news_620724/?id=8a85ea6a-0c0b-49c1-9e74-9fdf67ffd9d1)
  ['Акция проходила в течение большой перемены под руководством педагога-психолога Филипповой М.В..', event('в течение большой перемены под руководством педагога-психолога Филипповой М.В')],
  ['в течение первого урока', event('в течение первого урока')],
  ['Дежурство на протяжении всего урока', event('на протяжении всего урока')],
  ['Дежурство на протяжении всех перемен', event('на протяжении всех перемен')],
  // Round 119 (corpus-real-107): a possessive between «по» and the noun of results or of an end («По его итогам …») is the event, as
  // «по итогам» is (https://governors.ru/news/Kurskie-uchitelya-mogut-stat-uchastnikami-programmy-Zemskiy-uchitel-v-2021-godu/321653)
  ['По его итогам выберут 6 победителей, которые отправятся на работу в сельскую местность.', event('по его итогам выберут 6 победителей, которые отправятся на работу в сельскую местность')],
  // Round 118 (corpus-real-106): the season of an activity a safety plan waits for («купального / отопительного / пожароопасного
  // сезона») after «в течение», «до и в течение» is an event like the holidays (https://ivan-gov.ru/doc/50379)
  ['До и в течение купального сезона', event('до и в течение купального сезона')],
  ['на протяжении купального сезона', event('на протяжении купального сезона')],
  ['на период пожароопасного сезона', event('на период пожароопасного сезона')],
  ['в купальный сезон', event('в купальный сезон')],
  ['в течение ледостава', event('в течение ледостава')],
  ['на протяжении весеннего паводка', event('на протяжении весеннего паводка')],
  // Round 115 (corpus-real-103): the holidays with no season and no dates inside a sentence are an event, like «в каникулы» opening a
  // cell (https://hd2k.ru/dzen/676bbe6f9717c12825cde42e); «как только <событие>» is the moment the clause names, like «тогда, когда …»
  // (https://chr.aif.ru/amp/society/history/850894)
  ['Приглашают заниматься на каникулах дополнительно.', event('на каникулах дополнительно')],
  ['Занятия начнутся, как только наберут группу желающих.', event('как только наберут группу желающих')],
  // Round 114 (corpus-real-102): «по [каждому] обращению» inside a sentence waits for the appeal, like «по просьбе»
  // (https://arh.aif.ru/amp/incidents/1151811, https://omsk.aif.ru/amp/society/education/posle_zhalob_v_prokuraturu_omskie_shkoly_proveryat_na_predmet_poborov)
  ['Проверку образовательного учреждения прокуратура района организовала по обращению родителей учащихся.', event('по обращению родителей учащихся')],
  ['Прокуратура Омска по каждому обращению организовала проверку.', event('по каждому обращению организовала проверку')],
  // Round 113 (corpus-real-101): a themed year after «в рамках» is a frame like a themed week or day (https://malamdk.okusp.ru/item/1151821;
  // https://kinoavtograf.ru/news/news_short/1189-2014-god-kultury.html), and the holidays' days with no dates opening a text are the
  // holidays (https://xn---3--5cdiy3aifxf6ducc6e.xn--p1ai/novostnaia_lienta/dien_pobiedy_)
  ['В рамках Года  культурного наследия в доме культуры пройдет цикл мероприятий: выставки мастер классы часы общения и другие мероприятия.', event('в рамках Года культурного наследия в доме культуры пройдет цикл мероприятий: выставки мастер классы часы общения и другие мероприятия')],
  ['Органам исполнительной власти субъектов РФ рекомендовано осуществлять необходимые мероприятия в рамках Года культуры.', event('в рамках Года культуры')],
  ['В течение праздничных дней школьники примут участие в различных Всероссийских акциях.', event('в течение праздничных дней школьники примут участие в различных Всероссийских акциях')],
  ['в праздничные дни', event('в праздничные дни')], // the same holidays' days after «в»
  ['в течение майских праздников', event('в течение майских праздников')], // the holidays named by their season, like «в течение летних каникул»
  // Round 108 (corpus-real-96): the exams after «на период» inside a sentence (http://www.bezmani.ru/spravka/bse/base/5/016226.htm), and
  // «немедля» like «немедленно» (https://www.kommersant.ru/doc/2297609)
  ['Предприятия и учреждения на период экзаменов предоставляют экстернам дополнит, отпуск с сохранением зарплаты.', event('на период экзаменов предоставляют экстернам дополнит, отпуск с сохранением зарплаты')],
  ['— В экстернат, и немедля!', event('немедля')],
  ['Без промедления', event('без промедления')],
  ['Заявление о переходе на семейное образование рассматривается без отлагательств.', event('без отлагательств')],
  // Round 102 (corpus-real-90): «на протяжении» with a count counts from its event like «в течение», at the start and inside a sentence
  ['На протяжении трех рабочих дней со дня получения заявления', event('на протяжении трех рабочих дней со дня получения заявления')],
  ['Апелляции принимаются на протяжении двух рабочих дней после объявления результатов.', event('на протяжении двух рабочих дней после объявления результатов')],
  // Round 99 (corpus-real-87): words between «по истечении» and the term (http://kgbu.ru/news/item_91.html)
  ['Кроме того, уничтожить документы можно только по истечении законодательно установленных сроков их хранения.', event('по истечении законодательно установленных сроков их хранения')],
  // Round 98 (corpus-real-86): a coming or going in «-хода» is an event (https://sevkavportal.ru/news/pub/zdorove/item/39580-v-shkolakh-stavropolya-mediki-budut-osmatrivat-detej-ezhednevno.html)
  ['Детей с подозрением на ОРВИ изолируют от класса в специальном помещении до прихода родителей.', event('до прихода родителей')],
  ['до ухода детей домой', event('до ухода детей домой')],
  // Round 96 (corpus-real-85): a possessive before the noun of a wish or a request
  // (https://shkola60kurgan-r45.gosweb.gosuslugi.ru/pedagogam-i-sotrudnikam/attestatsiya-pedagogicheskih-rabotnikov); the term of a thing's
  // use (https://gymn4.brestgoo.gov.by/об-учреждении/библиотека-медиатека); a dateline of «ИА «…»» is a note
  // (https://i38.ru/obrazovanie-pervie/roditeley-irkutskich-shkolnikov-v-sluchae-neyavki-rebenka-na-uchebu-predupredyat-v-techenie-trech-chasov)
  ['Аттестация педагогических работников в целях установления первой или высшей квалификационной категории проводится по их желанию.', event('по их желанию')],
  ['По их просьбе', event('по их просьбе')],
  ['- В течение срока пользования учебник должен иметь прочную обложку, защищающую учебник от повреждений и загрязнений.', event('в течение срока пользования учебник должен иметь прочную обложку, защищающую учебник от повреждений и загрязнений')],
  ['Иркутск, 10.01.22 (ИА «Телеинформ»), - В Иркутске в случае неявки ребенка на уроки школа должна будет предупредить родителей об этом в течение трех часов.', event('в случае неявки ребенка на уроки школа должна будет предупредить родителей об этом в течение трех часов')],
  // Round 97 (corpus-real-83's known misses): an hour of a civil-defence calendar plan counted from «Ч», the moment of the signal
  // (https://studfile.net/preview/7638129/page:3); the flood after «в период» inside a sentence
  // (https://perchur-marpos.edu21.cap.ru/news/2020/03/17/news_746492/?id=d1b4d9e8-5ddc-455d-a733-f44cf761f0e0)
  ['«Ч»+10 ч', event('«Ч»+10 ч')],
  ['«Ч»+0,5-2 ч', event('«Ч»+0,5-2 ч')],
  ['В нашей школе идет месячник по обеспечению безопасности на водных объектах в период начала весеннего паводка', event('в период начала весеннего паводка')],
  // Round 94 (corpus-real-83): a themed week named in quotes after «в рамках проведения» is an event, as unquoted
  // (http://uray.ru/sotrudniki-gosavtoinspekcii-goroda-uraja-provodjat-proverki-ugolkov-po-bezopasnosti-dorozhnogo-dvizhenija-i-pasportov-dorozhnoj-bezopasnosti-v-obrazovatelnyh-organizacijah/)
  ['В рамках проведения «Недели безопасности», посвященной вопросам обеспечения безопасности детей на дорогах, в школах города сотрудники ГИБДД проверяют информацию, размещаемую в уголках по безопасности дорожного движения и наличие, и соответствие паспортов дорожной безопасности.', event('в рамках проведения «Недели безопасности», посвященной вопросам обеспечения безопасности детей на дорогах, в школах города сотрудники ГИБДД проверяют информацию, размещаемую в уголках по безопасности дорожного движения и наличие, и соответствие паспортов дорожной безопасности')],
  // Round 87 (corpus-real-76): «в этот день» with no date is the day of the event named before (http://xn--1-7sbqrfdqfy6cn0d.xn--p1ai/vis_p94aa1.html);
  // «в срок, не превышающий N (N словом) рабочих дней с даты …» inside a sentence (https://gov.cap.ru/SiteMap.aspx?gov_id=527&id=2706999)
  ['В этот день в школе для 8-11 классов прошли тематические уроки с просмотром видеофильма «Безопасность в Интернет», для 1-4 классов показан видеофильм «Почемучка. Безопасность при работе в Интернете».', event('в этот день в школе для 8-11 классов прошли тематические уроки с просмотром видеофильма «Безопасность в Интернет», для 1-4 классов показан видеофильм «Почемучка. Безопасность при работе в Интернете»')],
  ['Решение об уничтожении должно быть принято в срок, не превышающий 3 (трех) рабочих дней с даты появления оснований к уничтожению персональных данных.', event('в срок, не превышающий 3 (трех) рабочих дней с даты появления оснований к уничтожению персональных данных')],
  // Round 90 (corpus-real-79): «до» and a possessive pronoun before a verbal noun of an event (http://annamitroshina.blogspot.com/2015/09)
  ['5.1. Для участия в Олимпиаде необходимо до ее начала зарегистрироваться (подать Заявку (приложение №3)) на информационном портале www.ckbg.ru.', event('до ее начала зарегистрироваться (подать Заявку (приложение №3)) на информационном портале www.ckbg.ru')],
  ['Заявку на участие подать до её окончания', event('до её окончания')],
  // Round 86 (corpus-real-75): a day of the month inside a condition repeats nothing
  // (http://www.school335.ru/index.php?option=com_content&task=view&id=1516&Itemid=30); a part of the month after «в следующем месяце»
  // is of that month (https://massage-aleksa-perm.ru/180625/novosti-kogda-prihodit-kompensatsiya-za-detskij-sad-moskva)
  ['Льготное питание предоставляется начиная с месяца, следующего за месяцем подачи заявления, если заявление подано до 15 числа.', event('с месяца, следующего за месяцем подачи заявления, если заявление подано до 15 числа')],
  ['Компенсация родительской оплаты начисляется в следующем месяце, идущем после месяца внесения платы (в конце месяца).', event('после месяца внесения платы (в конце месяца)')],
  // Round 89 (corpus-real-78): each day of a shift is an event (https://infobira.ru/?action=view&id=17477&module=articles); a named day after
  // «в» inside a sentence is an event (http://rechkalovschool.uoirbitmo.ru/shkolnyy_sportivnyy_klub/?n=498)
  ['Каждый день смены будет посвящен изучению биографии знаменитых личностей в истории Отечества.', event('каждый день смены будет посвящен изучению биографии знаменитых личностей в истории Отечества')],
  ['Традиционно учащиеся 5-11 классов в День здоровья дружно вышли в Васьков Лог на школьный турслет.', event('в День здоровья дружно вышли в Васьков Лог на школьный турслет')],
  // Round 85 (corpus-real-74): a count of shifts after «в течение» is an event (https://khabarovsktv.ru/node/23624); «за время … каникул»
  // at the start is an event that outranks the document named later (https://bat1-batyr.moy.su/news/shkola_volontjorov_tvori_dobro/2024-03-30-7401)
  ['Также в течение трёх летних смен будет проходить городской конкурс «Трудовая молодёжь».', event('в течение трёх летних смен будет проходить городской конкурс «Трудовая молодёжь»')],
  ['За время весенних каникул участники кружка активно помогают жителям Батыревского муниципального округа голосовать за объекты благоустройства по федеральной программе «Формирование комфортной городской среды».', event('за время весенних каникул участники кружка активно помогают жителям Батыревского муниципального округа голосовать за объекты благоустройства по федеральной программе «Формирование комфортной городской среды»')],
  // Round 83 (corpus-real-72): the first year of a young specialist's work after «на период» is counted from the hiring
  // (https://base.garant.ru/409602887/3e22e51c74db8e0b182fad67b502e640)
  ['Гарантированная доплата молодым специалистам <*> устанавливается на период первого года трудоустройства выпускникам профессиональной образовательной организации', event('на период первого года трудоустройства выпускникам профессиональной образовательной организации')],
  // Round 84 (corpus-real-73): «в день приема» inside a sentence, like «в день проведения»
  // (https://consultant.ru/document/cons_doc_LAW_335299/d93ed58505a5ccb20a0ffa8a33e3a48a7d45dec2)
  ['60. Копия описи с отметкой о дате приема заявления о предоставлении лицензии и прилагаемых к нему документов в день приема вручается соискателю лицензии или направляется ему заказным почтовым отправлением с уведомлением о вручении.', event('в день приема вручается соискателю лицензии или направляется ему заказным почтовым отправлением с уведомлением о вручении')],
  // Round 82 (corpus-real-71): a span counted from a possessive and a verbal noun
  // (https://corpsafety.ru/stati/aktualizaciya-pasporta-bezopasnosti-kak-prohodit-procedura/), «по истечении срока» inside a sentence
  // (https://for-teacher.ru/edu/zavuchu/doc-meh7zg8.html)
  ['Документ составляется на основе обследования, в течение 15 дней с его проведения.', event('в течение 15 дней с его проведения')],
  ['Паспорт подлежит пересмотру и переоформлению в случаях изменения требований по обеспечению защиты объекта и территории или по истечении срока – 5 лет.', event('по истечении срока – 5 лет')],
  // Round 81 (corpus-real-70): the weather in the plural after «при» (http://uokovdor.ru/news/2024-12-14), «до тех пор, пока …»
  // (https://izhevsk.mk.ru/amp/social/2022/12/13/74-selskikh-shkoly-v-udmurtii-pereshli-na-distancionnoe-obuchenie-izza-snegopadov.html),
  // a repair after «на время» (https://8plus1.ru/prodolzhaetsya-remont-v-detsadah-barabinska), «до особого распоряжения …»
  // (https://udm-info.ru/news/2020-05-26/detskie-sady-v-izhevske-pereydut-na-letniy-rezhim-raboty-1982206)
  ['Министерство образования и науки Мурманской области информирует, что при сильных морозах (-25°C и ниже для I - IV классов, -28°C и ниже для V – IX классов, ниже -30°C для X- XI классов) родители учеников самостоятельно принимают решение о том, пойдёт ли ребёнок в школу или останется дома (о последнем варианте необходимо сообщить классному руководителю), а директора школ - об отмене занятий или о проведении уроков в дистанционном режиме.', event('при сильных морозах (-25°C и ниже для I - IV классов, -28°C и ниже для V – IX классов, ниже -30°C для X- XI классов) родители учеников самостоятельно принимают решение о том, пойдёт ли ребёнок в школу или останется дома (о последнем варианте необходимо сообщить классному руководителю), а директора школ - об отмене занятий или о проведении уроков в дистанционном режиме')],
  ['Режим удаленного обучения сохранится в образовательных учреждениях до тех пор, пока дороги на школьных автобусных маршрутах не расчистят.', event('до тех пор, пока дороги на школьных автобусных маршрутах не расчистят')],
  // its «до того момента, когда …» (the same class, as a plan of summer repairs writes it)
  ['Дети посещают дежурную группу до того момента, когда закончится ремонт.', event('до того момента, когда закончится ремонт')],
  ['Некоторых детей на время ремонта приютят в других детсадах.', event('на время ремонта приютят в других детсадах')],
  ['Детские сады в Ижевске продолжат работать в режиме дежурных групп до особого распоряжения главы Удмуртии.', event('до особого распоряжения главы Удмуртии')],
  // Round 77 (corpus-real-66): the day next to an event inside a sentence (https://docs.cntd.ru/document/727382831/titles/7DS0KD), a
  // celebration after «в рамках» (https://hron.ru/news/read/44518)
  ['26. Задания демонстрационного экзамена доводятся до главного эксперта в день, предшествующий дню начала демонстрационного экзамена.', event('в день, предшествующий дню начала демонстрационного экзамена')],
  ['Проводится мероприятие в рамках празднования Дня защитника Отечества.', event('в рамках празднования Дня защитника Отечества')],
  // Round 78 (corpus-real-67): «в кратчайшие сроки» alone is an event
  // (https://balezinoinfo.ru/news/48-socialnye-seti/10693-goryachee-pitanie-v-shkolakh-na-kontrole-obespechenie-besp-29691)
  ['В кратчайшие сроки они были устранены.', event('в кратчайшие сроки они были устранены')],
  // Round 79 (corpus-real-68): «за первую неделю реализации <…>» is counted from the stage's start, an event
  // (https://obrazdobroe.ucoz.ru/news/rajonnyj_mesjachnik_po_borbe_s_rasprostraneniem_vich_infekcii_narkomanii/2021-01-11-973)
  ['За первую неделю реализации профилактического месячника в школах была обновлена информация на стендах «Уголок профилактики вредных привычек», размещена информация на школьных сайтах о проведении месячника с указанием номера телефона доверия.', event('за первую неделю реализации профилактического месячника в школах была обновлена информация на стендах «Уголок профилактики вредных привычек», размещена информация на школьных сайтах о проведении месячника с указанием номера телефона доверия')],
  // Round 76 (corpus-real-64's known miss): «в соответствии со сроками его окончания» is the dates of an event (https://kherson-news.ru/other/2022/10/30/59405-amp.html)
  ['Организовать возвращение детей с оздоровительного отдыха в соответствии со сроками его окончания.', event('в соответствии со сроками его окончания')],
  ['Отчёт о смене представить согласно срокам её завершения', event('согласно срокам её завершения')],
  // Round 74 (corpus-real-65): «На период аттестации» (https://pribrejniy.ru/tag/kak-vystavlyayutsya-itogovye-ocenki-pri-perekhode-na-semeynoe-obrazovanie),
  // «тогда, когда …» (https://ok.ru/group/55052805538025/topic/158187098045929)
  ['На период аттестации ученик становится экстерном — может посещать консультации, пользоваться библиотекой и лабораториями.', event('на период аттестации ученик становится экстерном — может посещать консультации, пользоваться библиотекой и лабораториями')],
  ['Заниматься спортом желающие могут только тогда, когда в школе не проходят уроки или ученики находятся на каникулах, подчеркнули в мэрии.', event('тогда, когда в школе не проходят уроки или ученики находятся на каникулах, подчеркнули в мэрии')],
  ['Родители могут прийти в школу в то время, когда у ребенка нет уроков.', event('в то время, когда у ребенка нет уроков')],
  // Round 72 (corpus-real-64): «со дня его официального подписания» (http://npa.dnronline.su/?p=23907), «в период его проведения» inside a
  // sentence (http://kirovsk-gov.ru/doc/36793)
  ['- Настоящее Распоряжение вступает в силу со дня его официального подписания.', event('со дня его официального подписания')],
  ['3.2.Обеспечить охрану жизни и здоровья участников Конкурса в период его проведения.', event('в период его проведения')],
  // Round 70 (corpus-real-63): «по желанию / по приглашению …» (https://sosh-yantik.edu21.cap.ru/news/2016/01/23/news_357825/?id=9fb09659-25b2-4513-86ab-a5fc06fdb5de,
  // https://anadyr.org/pub/vladislav-kuznetsov-provel-rabochuyu-vstrechu-s-luchshimi-uchitelyami-strany) and «в заключении» with a past
  // verb (https://alatr.cap.ru/news/2004/03/26/09-30-soveschanie-rukovoditelej-obscheobrazovateljnih)
  ['по желанию', event('по желанию')],
  ['Участие в пробном экзамене платное по желанию учащихся и их родителей.', event('по желанию учащихся и их родителей')],
  ['Педагоги прибыли на Чукотку по приглашению начальника окружного управления образования и науки Арюны Байковой.', event('по приглашению начальника окружного управления образования и науки Арюны Байковой')],
  ['В заключении были подведены итоги предметных олимпиад учебного года.', event('в заключении были подведены итоги предметных олимпиад учебного года')],
  // Round 66 (corpus-real-60): «в заключение / в заключении» an event in the genitive is its close (http://obzh.ru/mchsnews/sotrudniki-mchs-vedut-priyomku-shkol-k-novomu-uchebnomu-godu-2.html)
  ['В заключении подобных инспектирований проводятся дополнительные инструктажи по мерам пожарной безопасности с руководителями учреждений.', event('в заключении подобных инспектирований проводятся дополнительные инструктажи по мерам пожарной безопасности с руководителями учреждений')],
  ['В заключение проведения эвакуации проводится разбор тренировки.', event('в заключение проведения эвакуации проводится разбор тренировки')],
  // Round 68 (corpus-real-62): «в тот день, когда …» is an event (https://www.9111.ru/questions/16469956)
  ['Учитель ставит оценки в журнал, как правило, в тот день, когда идут занятия.', event('в тот день, когда идут занятия')],
  // Round 63 (corpus-real-57): the first meeting with its possessive, and a term «сроком на 1 год» as a label (https://xn--205-5cdozfc7ak5r.xn--80acgfbsl1azdqr.xn--p1ai/file/card?id=4503)
  ['2.3. Из числа членов комиссии на ее первом заседании прямым открытым голосованием простым большинством голосов сроком на 1 год выбираются заместитель председателя и секретарь.', event('на ее первом заседании прямым открытым голосованием простым большинством голосов сроком на 1 год выбираются заместитель председателя и секретарь')],
  // Round 54 (corpus-real-49): a journey after «перед» (http://63.rodina.news/samarskoi-oblasti-avtoinspektory-pedagogi-provodyat-18012811000046.htm)
  // and a meal after «во время» (https://shkola1shajkovka-r40.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_346.html) inside a sentence
  ['Инструктажи проходят непосредственно перед поездкой в салонах школьных автобусов, с целью закрепления навыков безопасного поведения юных пассажиров.', event('перед поездкой в салонах школьных автобусов, с целью закрепления навыков безопасного поведения юных пассажиров')],
  ['Инструктаж с детьми перед каждой экскурсией', event('перед каждой экскурсией')],
  ['Родители - представители детей из разных классов школы - приходят в школьную столовую для проведения родительского контроля за организацией питания в школе, присутствуют во время завтрака или обеда (по их выбору).', event('во время завтрака или обеда (по их выбору)')],
  ['Дежурный учитель находится в столовой во время приема пищи.', event('во время приема пищи')],
  // Round 56 (corpus-real-51): an event named in quotes after «перед» (https://school26kurgan.ru/news/den_detstva/2018-05-30-319)
  ['В нашей школе зарождается новая добрая традиция, в день перед "Последним звонком" дарить обучающимся 11-х классов частичку детства.', event('перед "Последним звонком" дарить обучающимся 11-х классов частичку детства')],
  // Round 55 (corpus-real-50): «во время» before a body's sitting (https://lawnotes.ru/npa/_pravila-vida-sporta-_kudo_-(utv.-prikazom-minsporta-rossii-ot-27.12.2024-n-1353)/razdel-v/statya-19),
  // the adjective «периодической» is no open-ended word (https://pavlodar.com/zakon/?dok=01900&uro=080012)
  ['Официальная заявка подается во время комиссии по допуску.', event('во время комиссии по допуску')],
  ['2. Объявление о проведении открытого конкурса должно быть опубликовано на государственном и русском языках в периодической печати не позднее чем за тридцать календарных дней до дня окончания приема заявок на участие в конкурсе.', event('за тридцать календарных дней до дня окончания приема заявок на участие в конкурсе')],
  // Round 52 (corpus-real-47): «прежде чем» opening a text (https://gist.github.com/d26200c438f4b2e8c26d51e9fb0a1891), «постоянного
  // состава» (https://gist.github.com/1026a67378aab2826c999fee5b61beb3), «при» with adjectives (https://gist.github.com/01116341b1017bf0dacb39a35379a345),
  // «при несчастном случаи» (https://gist.github.com/a1f6ed02a568c2e54f0332278dd82467), «при пожаре» (https://gist.github.com/1026a67378aab2826c999fee5b61beb3),
  // «во время проведения …» (https://uo-taishet.ru/materialy-meropriyatij/324-meropriyatiya/3332-2017-05-15-01-06-12), «во время работы …»
  // (https://gist.github.com/anonymous/c9c16719c5e4f2b2b0da797980ae54e5), «в течение первого месяца» (https://gist.github.com/anonymous/c2b822a78e9d904d7fd85a5a1c1c24ee)
  ['Прежде чем приступить к разработке планов мероприятий ГО и ЧС в школе, необходимо подготовить и объявить приказ директора - начальника ГО школы лицея, колледжа , который регламентирует эту работу, определяет сроки исполнения и ответственных лиц.', event('прежде чем приступить к разработке планов мероприятий ГО и ЧС в школе, необходимо подготовить и объявить приказ директора - начальника ГО школы лицея, колледжа , который регламентирует эту работу, определяет сроки исполнения и ответственных лиц')],
  ['Запретить выход из помещений без крайней необходимости учащихся и постоянного состава до получения указаний по режиму защиты.', event('до получения указаний по режиму защиты')],
  // Round 146 (corpus-real-134): «при [<прил.>] результате …» is a condition like «в случае …»
  // (https://gazeta.spb.ru/2642558-okolo-19-detej-migrantov-postupili-v-rossijskie-shkoly/)
  ['При отрицательном результате тестирования ребенку предлагают пройти дополнительное обучение.', event('при отрицательном результате тестирования ребенку предлагают пройти дополнительное обучение')],
  ['При планомерном приведении в готовность гражданской обороны.', event('при планомерном приведении в готовность гражданской обороны')],
  ['Медицинским и педагогическим работникам ДОУ обеспечить безопасное проведение коррекционно-воспитательно-образовательного процесса; при несчастном случаи принять меры по оказанию доврачебной помощи пострадавшим, и оперативное изве', event('при несчастном случаи принять меры по оказанию доврачебной помощи пострадавшим, и оперативное изве')],
  ['В. При пожаре в школе или на объекте, находящемся по соседству', event('при пожаре в школе или на объекте, находящемся по соседству')],
  ['- об организации охраны правопорядка во время проведения ГИА;', event('во время проведения ГИА')],
  ['Издать приказ об обеспечении пожарной безопасности во время работы летнего оздоровительного лагеря.', event('во время работы летнего оздоровительного лагеря')],
  ['В течение первого месяца проводится обучение и проверка знаний у вновь принятых работников и работников, имеющих перерыв в работе.', event('в течение первого месяца проводится обучение и проверка знаний у вновь принятых работников и работников, имеющих перерыв в работе')],
  // Round 53 (corpus-real-48): the school event a thing is done at after «на» (https://sh-bogdanixskaya-r24.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_220.html)
  // and the onset of the holidays after «с наступлением» (https://fabradm.ucoz.ru/news/nedelja_detskoj_knigi/2018-04-11-300)
  ['Награждение пройдет на общешкольной линейке.', event('на общешкольной линейке')],
  ['Итоги конкурса подводятся на итоговом педагогическом совете.', event('на итоговом педагогическом совете')],
  ['Беседа на классном часе', event('на классном часе')],
  ['По традиции с наступлением весенних школьных каникул во все библиотеки приходит Неделя детской и юношеской книги.', event('с наступлением весенних школьных каникул во все библиотеки приходит Неделя детской и юношеской книги')],
  ['Проверка утепления окон с наступлением холодов', event('с наступлением холодов')],
  // Round 51 (corpus-real-46): a condition «в <прил.> случаях» (https://gist.github.com/anonymous/6acf4ed7e67bceca02fad0a717f6682a)
  ['В экстренных случаях директор и его заместители по учебновоспитательной работе могут посещать уроки учителей.', event('в экстренных случаях директор и его заместители по учебновоспитательной работе могут посещать уроки учителей')],
  // Round 48 (corpus-real-43): a threshold of how long something lasts is a condition, no span (https://school3-5959.narod.ru/p82aa1.html)
  ['Дети, болеющие 2 дня и более, должны обследоваться у участкового врача детской поликлиники по месту жительства.', event('2 дня и более, должны обследоваться у участкового врача детской поликлиники по месту жительства')],
  ['Учащиеся, отсутствовавшие 5 и более дней, допускаются к занятиям только со справкой врача.', event('5 и более дней, допускаются к занятиям только со справкой врача')],
  ['Учащиеся, пропустившие более 3 дней, допускаются к занятиям только со справкой врача.', event('более 3 дней, допускаются к занятиям только со справкой врача')],
  // Round 50 (corpus-real-45): a stage of work, a school event with its adjectives, «по завершению», the holidays after «на период»
  // inside a sentence, and «в любое время … по необходимости» (https://gist.github.com/96eaa4cbf1e4085a34cfea3bfbf8a809,
  // https://gist.github.com/638b38279f1d8049ea3d72e418a0f914, https://gist.github.com/anonymous/bc1610ab1681c44fbbcf733a6ea9b48f,
  // https://gist.github.com/716d231f1e4bec5b90365e1455de92df, https://gist.github.com/d99f5e4f1f12d4f24a361df4190c6f05)
  ['Диагностика учащихся в период подготовки к сдаче экзаменов 9,11 кл.', event('в период подготовки к сдаче экзаменов 9,11 кл')],
  ['Торжественное вручение аттестатов провести во время выпускного вечера.', event('во время выпускного вечера')],
  ['Составлять отчет о результатах деятельности сотрудника стажера по завершению срока наставничества.', event('завершение срока наставничества')],
  ['Участие в Ярмарке постоянных и временных рабочих мест на период каникул и дальнейшего выбора профессии учащегося.', event('на период каникул и дальнейшего выбора профессии учащегося')],
  ['В отдельном блоке циклограммы представлены приказы, издание которых возможно в любое время года по необходимости.', event('по необходимости')],
  // Round 47 (corpus-real-43): a break or a lesson with the adjective that names which one after «во время» (https://gist.github.com/07e10bc41a8c8e77c67a49a305dc2ca4)
  ['Читальный зал работает во время большой перемены.', event('во время большой перемены')],
  // Round 46 (corpus-real-42): what is done in advance of an event is an event (https://gist.github.com/86d629af6049d6e1692a54a8fd142f89)
  ['О времени и месте проведения мероприятий РМО руководитель обязан заблаговременно поставить в известность директора МБУ ДПО МЦ.', event('заблаговременно поставить в известность директора МБУ ДПО МЦ')],
  ['Заранее сообщить родителям о собрании', event('заранее сообщить родителям о собрании')],
  // Round 46 (corpus-real-42): a number inside an «если» condition is the condition's (https://gist.github.com/bbce7b66a19d6eb33f36f3ee2c5e3bf4)
  ['Ставить в известность классного руководителя или непосредственно родителей ученика о низкой успеваемости, если наблюдается скопление неудовлетворительных оценок 3 и более 2.', event('если наблюдается скопление неудовлетворительных оценок 3 и более 2')],
  // Round 44 (corpus-real-40): «при <событии>» opening a cell, then «далее …», is an event at the start (https://sch12.edu-lida.gov.by/%D0%BE-%D1%88%D0%BA%D0%BE%D0%BB%D0%B5/%D0%B0%D0%BD%D1%82%D0%B8%D0%BA%D0%BE%D1%80%D1%80%D1%83%D0%BF%D1%86%D0%B8%D0%BE%D0%BD%D0%BD%D0%B0%D1%8F-%D0%B4%D0%B5%D1%8F%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D0%BE%D1%81%D1%82%D1%8C)
  ['При приеме на работу, далее - не реже 1 раза в год', event('при приеме на работу, далее - не реже 1 раза в год')],
  ['При поступлении на работу и далее ежегодно', event('при поступлении на работу и далее ежегодно')],
  // Round 44 (corpus-real-40): the holidays with no season inside a sentence (https://gist.github.com/91da591d8732a0b842af614e430e8363)
  ['Беседы по технике безопасности во время каникул.', event('во время каникул')],
  // Round 43 (corpus-real-37): the end of the school year that an event is dedicated to is its name (https://ufacity.info/press/news/484191.html);
  // round 142: «в период проведения <чего>» inside a sentence is read first, so the reason starts there
  ['Отдел профилактики пожаров МБУ УПО г. Уфы по Орджоникидзевскому району сообщает, что в целях обеспечения пожарной безопасности в период проведения праздничных мероприятий, посвященных окончанию учебного года, в том числе последних звонков, руководители образовательных учреждений должны организовать с выпускниками и их родителями профилактическую и разъяснительную работу.', event('в период проведения праздничных мероприятий, посвященных окончанию учебного года, в том числе последних звонков, руководители образовательных учреждений должны организовать с выпускниками и их родителями профилактическую и разъяснительную работу')],
  // Round 39 (corpus-real-27): a period assigned to someone is a stage of work (https://belochka-tegda.tvoysadik.ru/file/card?id=1427)
  ['3.5. Наставничество осуществляется в течение всего периода, назначенного стажеру.', event('в течение всего периода, назначенного стажеру')],
  ['по мере необходимости', event('по мере необходимости')],
  ['По мере необходимости', event('по мере необходимости')],
  ['по запросу', event('по запросу')],
  ['по запросам ОО', event('по запросам ОО')],
  ['по мере поступления', event('по мере поступления')],
  ['По итогам проведения ВПР', event('итоги проведения ВПР')],
  ['по итогам I полугодия', event('итоги I полугодия')],
  ['По итогам 2021 года', event('итоги 2021 года')],
  ['по результатам мониторинга', event('результаты мониторинга')],
  ['По окончании четверти', event('окончание четверти')],
  ['после проведения диагностических работ', event('после проведения диагностических работ')],
  ['при необходимости', event('при необходимости')],
  ['по согласованию', event('по согласованию')],
  ['в период проведения ГИА', event('в период проведения ГИА')],
  ['В течение 3-х дней после получения результатов', event('в течение 3-х дней после получения результатов')],
  ['в течение месяца после проведения ВПР', event('в течение месяца после проведения ВПР')],
  ['В течение недели со дня получения результатов', event('в течение недели со дня получения результатов')],
  ['Не позднее чем за 10 дней до проведения', event('за 10 дней до проведения')],
  ['по мере необходимости, но не реже 1 раза в квартал', event('по мере необходимости, но не реже 1 раза в квартал')],
  ['по завершении учебного года', event('завершение учебного года')],
  ['сразу по завершении работ', event('завершение работ')],
  ['в случае выявления нарушений', event('в случае выявления нарушений')],
  ['по факту проведения', event('по факту проведения')],
  ['по требованию', event('по требованию')],
  ['по готовности', event('по готовности')],
  ['по поступлении документов', event('по поступлении документов')],
  ['по приглашению', event('по приглашению')],
  ['по заявкам школ', event('по заявкам школ')],
  ['по обращению родителей', event('по обращению родителей')],
  ['по выходу приказа', event('по выходу приказа')],
  // https://lawmix.ru/zakonodatelstvo/1322217 — «по завершению» (dative) as often written
  ['по завершению учебного процесса 2011/2012 учебного года', event('завершение учебного процесса 2011/2012 учебного года')],
  ['по окончанию четверти', event('окончание четверти')],
  ['во время каникул', event('во время каникул')],
  ['в каникулярное время', event('в каникулярное время')],
  ['перед проведением экзамена', event('перед проведением экзамена')],
  // Round 6: «в момент …» is an event like «в день …» (https://base.garant.ru/47109242/ad9ca880784808b957a451f490b09cec)
  ['в момент обращения', event('в момент обращения')],
  ['информация о времени и месте мероприятий предоставляется заявителю в момент обращения', event('в момент обращения')],
  // Round 7 (corpus-real-10): «в день <event>» inside a sentence (https://docs.cntd.ru/document/406623029/titles/1EGC9B8)
  ['Результаты Конкурса в день завершения третьего тура основного этапа Конкурса оформляются протоколом оргкомитета.',
    event('в день завершения третьего тура основного этапа Конкурса оформляются протоколом оргкомитета')],
  // Round 10 (corpus-real-14): «в случае …», «при <событии>» and «в тот же день» inside a sentence are events when nothing else
  // is understood (https://ya.ru/neurum/c/pravo/q/kakie_suschestvuyut_vidy_instruktazhey_kakova_2bc4c3ae,
  // https://students-library.com/library/read/37019-kak-casto-provodat-povtornyj-instruktaz-po-voprosam-ohrany-truda-na-rabocih-mestah,
  // https://consultant.ru/document/cons_doc_LAW_287743/01cf9f7a4edbef851483d3aa688a529bbfb4a731)
  ['Проводится в случае каких-либо изменений, например, если появляется новое законодательство об охране труда или изменяются технологические процессы.',
    event('в случае каких-либо изменений, например, если появляется новое законодательство об охране труда или изменяются технологические процессы')],
  ['-      при введении в действие новых или пересмотренных нормативных актов об охране труда, а также при внесении изменений и дополнений к них;',
    event('при введении в действие новых или пересмотренных нормативных актов об охране труда, а также при внесении изменений и дополнений к них')],
  ['Инструктаж проводится при поступлении на работу', event('при поступлении на работу')],
  ['Флеш-накопитель доставляется в РЦОИ вместе с другими ЭМ в тот же день членами ГЭК или Перевозчиком ЭМ из ППЭ в РЦОИ.',
    event('в тот же день членами ГЭК или Перевозчиком ЭМ из ППЭ в РЦОИ')],
  ['результаты размещаются в этот же день', event('в этот же день')],
  ['до 15 мая, при наличии финансирования', by('2021-05-15')],
  // Round 10 (corpus-real-15): «в срок до <срок> <отсчёт>» and «следующий за ним рабочий день» inside a sentence
  // (https://base.garant.ru/18910807/b6e02e45ca70d110df0019b9fe339c70, https://ya.ru/neurum/c/pravo/q/kak_dolgo_prokuratura_rassmatrivaet_obraschenie_81aeea4e)
  ['Обращения рассматриваются в срок до одного месяца со дня поступления в орган государственной власти или орган местного самоуправления, обязанные разрешить вопрос по существу.',
    event('в срок до одного месяца со дня поступления в орган государственной власти или орган местного самоуправления, обязанные разрешить вопрос по существу')],
  ['Если установленный срок истекает в выходной или праздничный день, последним днём разрешения считается следующий за ним рабочий день. 1',
    event('следующий за ним рабочий день. 1')],
  // Round 10 (corpus-real-15): «после» an event named in words, then windows written in full — the windows say when; a day
  // without its year or a single date after «после …» keeps the event
  // (http://dou69.kirov.spb.ru/realizatsiya-variativnoj-chasti-obrazovatelnoj-programmy-vo-vzaimodejstvii-s-sotsialnymi-partnerami/8-novosti/80-komplektovanie-na-2025-2026-uchebnyj-god)
  ['После окончания периода комплектования проводится доукомплектование ДОО при наличии свободных мест в период с 01.07.2025г. по 31.01.2026г.', range('2025-07-01', '2026-01-31')],
  ['после проведения ВПР с 15 по 20 мая', event('после проведения ВПР с 15 по 20 мая')],
  ['После окончания четверти 01.11.2021', event('после окончания четверти 01.11.2021')],
  // Round 11 (corpus-real-16): events named inside a sentence
  ['Учащиеся школы в преддверии Дня Победы поздравили ветеранов тыла, труда.', event('в преддверии Дня Победы поздравили ветеранов тыла, труда')],
  ['В Канун памятной даты ученики 7-9 классов стали участниками урока мужества.', event('в Канун памятной даты ученики 7-9 классов стали участниками урока мужества')],
  ['накануне проведения экзамена', event('накануне проведения экзамена')],
  ['Учащиеся 9 и 11 классов могут оставить в пользовании до сдачи последнего экзамена учебники, необходимые для подготовки.', event('до сдачи последнего экзамена учебники, необходимые для подготовки')],
  ['Для организаций проведение инвентаризации обязательно перед сдачей годовой отчетности.', event('перед сдачей годовой отчетности')],
  // «постоянной комиссии» is no open-ended work next to a counted span; «числа депутатов» is no day of the month
  ['Внеочередные заседания Думы созываются не позднее, чем в семидневный срок по предложению Главы администрации города, председателя постоянной комиссии, либо не менее одной трети от установленного числа депутатов.', event('в семидневный срок по предложению Главы администрации города, председателя постоянной комиссии, либо не менее одной трети от установленного числа депутатов')],
  // a condition, when nothing else is understood (EVENT_CONDITIONS)
  ['Родители обязаны прийти на собрание, если у ребенка появились серьезные проблемы.', event('если у ребенка появились серьезные проблемы')],
  // Round 12 (corpus-real-17): a meeting or a lesson named as the time
  ['На первом заседании совета школы в новом учебном году план работы школы утверждается.', event('на первом заседании совета школы в новом учебном году план работы школы утверждается')],
  ['на заседании педсовета', event('на заседании педсовета')],
  ['На очередном совещании при директоре', event('на очередном совещании при директоре')],
  ['В конце каждого заседания может отводиться до 15 минут для объявлений.', event('в конце каждого заседания может отводиться до 15 минут для объявлений')],
  ['в начале урока', event('в начале урока')],
  // Round 13 (corpus-real-18): «перед тем, как …», «при смене …»
  ['Перед тем, как сдавать ГТО, следует обязательно получить допуск от врачей.', event('перед тем, как сдавать ГТО, следует обязательно получить допуск от врачей')],
  ['• при смене материально ответственных лиц;', event('при смене материально ответственных лиц')],
  ['при переходе на новую программу', event('при переходе на новую программу')],
  // Round 14 (corpus-real-19): a request or a petition, and «незамедлительно», wait for the act of the row
  // (https://biblio49.eto-ya.com/page/7, https://pubdoc.ru/doc/299928/giperssylka)
  ['По просьбе учителя', event('по просьбе учителя')],
  ['по ходатайству администрации школы', event('по ходатайству администрации школы')],
  ['по заявлению родителей', event('по заявлению родителей')],
  ['Выдача справок по просьбе родителей', event('по просьбе родителей')],
  ['Незамедлительно', event('незамедлительно')],
  ['Информация направляется незамедлительно', event('незамедлительно')],
  ['Незамедлительно, не позднее 1 рабочего дня', event('незамедлительно, не позднее 1 рабочего дня')],
  ['в срочном порядке', event('в срочном порядке')],
  // Round 16 (corpus-real-21): an offset of nought from an event outranks the document named
  // (https://novohoperskdshi.ru/roditelyam/polozhenie-ob-appelyacionnoy-komissii-14472.html)
  ['Состав апелляционной комиссии утверждается приказом директора Школы одновременно с утверждением состава комиссии по отбору детей.',
    event('одновременно с утверждением состава комиссии по отбору детей')],
  ['Приказ размещается на сайте по распоряжению директора в день его издания', event('в день его издания')],  // Round 18: a submission is an event like a petition; «на период / время проведения …» is «в период проведения …»
  ['по представлению классного руководителя', event('по представлению классного руководителя')],
  ['Награждение по представлению администрации', event('по представлению администрации')],
  ['на период проведения ГИА', event('на период проведения ГИА')],
  ['на весь период проведения государственной итоговой аттестации', event('на весь период проведения государственной итоговой аттестации')],
  // Round 18: work timed to an anniversary or to memorable dates (a library's plan: https://biblyakutiya.blogspot.com/2022/12/2023-2-ii.html)
  ['К 180-летию со д.р.', event('к 180-летию со д.р')],
  ['Выставка к 80-летию Победы', event('к 80-летию Победы')],
  ['к юбилейным датам писателей', event('к юбилейным датам писателей')],
  ['к 80-летию Победы (май 2021)', range('2021-05-01', '2021-05-31')],
  // Round 17: a holiday with no dates is an event, like «в период каникул»; «по необх.» is «по необходимости»
  ['в каникулы', event('в каникулы')],
  ['осенние каникулы', event('осенние каникулы')],
  ['в зимние каникулы', event('в зимние каникулы')],
  ['по необх.', event('по необх')],
  // Round 19 (a probe of plan cells): the first month of work, before holidays and exams, stages of work, agreements
  ['в первый месяц работы', event('в первый месяц работы')],
  ['в течение первого месяца работы', event('в течение первого месяца работы')], // https://moluch.ru/th/4/archive/315/10742 («в первый год работы»)
  ['перед каникулами', event('перед каникулами')],
  ['Инструктаж по ТБ перед каникулами', event('перед каникулами')],
  ['в период подготовки к ГИА', event('в период подготовки к ГИА')], // https://kopilkaurokov.ru/vsemUchitelam/prochee/psikhologho_piedaghoghichieskoie_soprovozhdieniie_vypusknikov_ghimnazii_v_protsi
  ['в период адаптации', event('в период адаптации')],
  ['в адаптационный период', event('в адаптационный период')], // https://zh-szf.ru/ru/nauka/article/115152/jats («в адаптационный период: сентябрь – октябрь»)
  ['по договоренности', event('по договоренности')],
  ['по договорённости с партнёрами', event('по договорённости с партнёрами')],
  ['Экскурсии по договоренности с музеем', event('по договоренности с музеем')],
  ['по предварительной записи', event('по предварительной записи')], // round 33
  ['Посещение столовой проходят строго по предварительной записи.', event('по предварительной записи')], // round 33
  ['3.    Родители могут прийти для беседы к любому учителю, предварительно согласовав время посещения.', event('предварительно согласовав время посещения')], // round 35
  ['Чаще всего на подготовку отводятся летние каникулы.', event('летние каникулы')], // round 35
  ['индивидуально, по запросу', event('по запросу')],
  // Round 21: holidays named by their season, like «в период каникул» («… во время летних каникул», https://racheiskaya.minobr63.ru/5399-2)
  ['в период летних каникул', event('в период летних каникул')],
  ['во время зимних каникул', event('во время зимних каникул')],
  ['в течение летних каникул', event('в течение летних каникул')], // a span of the holidays is the holidays, not open-ended work
  // Round 268 (corpus-real-233's variants): the holidays after «на протяжении» or «в течение всех», and «каникулярный период» after
  // either, are the holidays too (they were open-ended work; «в течение летнего каникулярного периода» was the summer)
  ['На протяжении всех каникул ребёнок пройдет все уровни квеста, выберет свою миссию.', event('на протяжении всех каникул ребёнок пройдет все уровни квеста, выберет свою миссию')],
  ['на протяжении летних каникул', event('на протяжении летних каникул')],
  ['в течение всех летних каникул', event('в течение всех летних каникул')],
  ['в течение летнего каникулярного периода', event('в течение летнего каникулярного периода')],
  ['на протяжении всего лета', range('2021-06-01', '2021-08-31')],
  // Round 21: a feast or a jubilee after «к», like an anniversary («Митинг «Ко Дню 65 – Победы!»», https://schkolaur.ucoz.ru/load/65_pobede/1-1-0-3)
  ['к Дню Победы', event('к Дню Победы')],
  // Round 37 (corpus-real-35): the celebration of a feast after «к»; the holidays' time inside a sentence
  ['Родителей познакомили с планом мероприятий по подготовке к празднованию 809-летия Победы в ВОВ.', event('к празднованию 809-летия Победы в ВОВ')],
  ['2.3. Школа имеет право в каникулярное время использовать часы внеурочной деятельности на организацию внеклассной работы, проектной деятельности.', event('в каникулярное время использовать часы внеурочной деятельности на организацию внеклассной работы, проектной деятельности')],
  ['к Новому году', event('к Новому году')],
  ['Выставка к юбилею школы', event('к юбилею школы')],
  ['в индивидуальном порядке, по запросу', event('по запросу')],
  // Round 23 (probe s23b): a themed week, decade, month or day of a plan is an event, like «во время месячника» («В рамках предметной
  // недели был проведен конкурс», https://sh-ilinskaya-r24.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_394.html; «23 апреля
  // в рамках месячника безопасности учащихся был проведен День защиты детей», https://mezschool.3dn.ru/news/den_zashhity_2010/2010-04-27-34)
  ['в рамках недели профориентации', event('в рамках недели профориентации')],
  ['в рамках декады математики', event('в рамках декады математики')],
  ['в рамках месячника безопасности', event('в рамках месячника безопасности')],
  ['в ходе предметной недели', event('в ходе предметной недели')], // «В ходе недели были проведены …», https://sh-spck-skosh-r69.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_297.html
  ['в период декады', event('в период декады')],
  ['в рамках Недели науки и техники (февраль)', event('в рамках Недели науки и техники (февраль)')], // a month alone after an event phrase does not win
  ['в рамках Дня здоровья', event('в рамках Дня здоровья')], // «Также в рамках Дня здоровья проведен марафон», https://uprav-rad.ucoz.ru/news/vsemirnyj_den_zdorovja/2014-04-08-226
  ['в рамках Единого дня профориентации', event('в рамках Единого дня профориентации')],
  ['в рамках недели, 15 марта', on('2021-03-15')], // days written out after an event phrase win
  ['во время второй недели сентября', event('во время второй недели сентября')], // as before: «во время» opens an event
  ['в период первой декады ноября', range('2021-11-01', '2021-11-10')], // an ordinal decade is days of its month, not a themed decade
  // Round 23: a stage of work, like «в период адаптации» (round 19)
  ['на период наставничества', event('на период наставничества')],
  ['на время стажировки', event('на время стажировки')],
  ['в период прохождения курсов', event('в период прохождения курсов')],
  // Round 23: a proposal of someone, like «по представлению» («прекращения наставничества … по инициативе работника»,
  // https://audit-reshenie.ru/izmeneniya-novosty-zakonodatelstva-journal/tpost/4cs77m5to1-novaya-statya-tk-rf-o-nastavnichestve-op?amp=true)
  ['по инициативе председателя', event('по инициативе председателя')],
  ['Заседания созываются по инициативе председателя', event('по инициативе председателя')],
  ['к юбилеям писателей', event('к юбилеям писателей')], // round 23: the plural of «к юбилею»
  ['на августовском педсовете', event('на августовском педсовете')], // round 23: a meeting named by its month
  // Round 25: a referral and a call, like «по представлению» and «по приглашению»; the years between attestations, a stage like «в
  // адаптационный период»; «в ходе проведения месячника» and «по решению …» are events (corpus-real-24's two relabelled rows)
  ['по направлению ПМПК', event('по направлению ПМПК')],
  ['по вызову', event('по вызову')],
  ['Выезд по вызову', event('по вызову')],
  ['в межаттестационный период', event('в межаттестационный период')],
  ['в ходе проведения месячника', event('в ходе проведения месячника')],
  ['По решению ОИВ ЭМ могут быть распечатаны непосредственно в ППЭ.', event('по решению ОИВ ЭМ могут быть распечатаны непосредственно в ППЭ')],
  ['1.1.Рабочая группа по введению новых ФГОС общего образования (далее – Рабочая группа) создана на период введения новых ФГОС общего образования в целях информационного, консалтингового и научно-методического сопровождения этого процесса', event('на период введения новых ФГОС общего образования в целях информационного, консалтингового и научно-методического сопровождения этого процесса')], // round 36
  // Round 59 (corpus-real-53): the weather after «при» is a condition
  // (https://zaslavl.minskregion.by/index.php/novosti/reshenie-minskogo-oblastnogo-ispolnitelnogo-komiteta/?print=1&tmpl=component);
  // «к началу <события>» (https://susanin.news/udmurtia/health/20180425-248752); a time pointed back to («до этого времени»,
  // https://press-line.ru/news/2013/05/stala-izvestna-data-otkrytiya-pervoy-smeny-v-zagorodnyh-lageryah); a stage of a process over a
  // season (https://m.ru24.pro/pics/2020-05-28/page405)
  ['для медицинских учреждений, учреждений социального обеспечения, школ и дошкольных учреждений, музеев, государственных архивов, библиотек – при среднесуточной температуре в течение пяти суток плюс 100С и ниже;', event('при среднесуточной температуре в течение пяти суток плюс 100С и ниже')],
  ['Занятия на улице отменяются при неблагоприятных погодных условиях', event('при неблагоприятных погодных условиях')],
  ['Все детские лагеря и санатории Удмуртии к началу летнего оздоровительного сезона обязаны получить санэпидзаключения от регионального Роспотребнадзора.', event('к началу летнего оздоровительного сезона обязаны получить санэпидзаключения от регионального Роспотребнадзора')],
  ['До этого времени учреждениям предстоит получить заключения надзорных органов.', event('до этого времени учреждениям предстоит получить заключения надзорных органов')],
  ['К этому времени ремонт должен быть завершен', event('к этому времени ремонт должен быть завершен')],
  ['До этой даты документы принимаются в школе', event('до этой даты документы принимаются в школе')],
  ['к той дате отчеты должны быть сданы', event('к той дате отчеты должны быть сданы')],
  ['По распоряжению Роспотребнадзора детские лагеря этим летом откроются только на третьем этапе снятия санитарных ограничений.', event('на третьем этапе снятия санитарных ограничений')],
  ['Осенью школы откроются на заключительном этапе снятия ограничений', event('на заключительном этапе снятия ограничений')],
  ['на третьем этапе снятия ограничений, с 1 июля', { kind: 'ongoing', start: '2021-07-01', due: '2021-12-31' }], // a day written wins
  // Round 64 (corpus-real-58): a themed month inside a sentence is an event (https://khabarovsk-news.ru/society/2026/01/23/57968.html)
  ['Во всех школах нашего города пройдут мероприятия в рамках месячника патриотического воспитания.', event('в рамках месячника патриотического воспитания')],
  // Round 129 (corpus-real-117): «с даты <события>» is the moment a rule runs from, like «со дня <события>»
  // (https://nashedelo.ru/faq/sovet-roditelei-rukovodstvo-shkoly-dolzhno-vypolnyat-absolyutno-vse-resheniya-soveta-roditelei)
  ['С даты создания Совета Родителей и уведомления школы о таком создании все документы школы, принятые без учета мнения Совета родителей, могут быть признаны недействующими (часть 4 статья 30 Федерального Закона от 29.12.2012 года №273-ФЗ «Об образовании в РФ»', event('с даты создания Совета Родителей и уведомления школы о таком создании все документы школы, принятые без учета мнения Совета родителей, могут быть признаны недействующими (часть 4 статья 30 Федерального Закона от 29.12.2012 года №273-ФЗ «Об образовании в РФ)»')],
  // Round 138 (corpus-real-126): days named by the weather or by the order that makes them are an event, like «в дни актировки»
  // (https://shkola16-ach.ucoz.ru/news/25_dekabrja_2020_g_rabota_shkoly_v_period_nizkikh_temperatur/2020-12-25-349)
  ['В актированные дни занятия проводятся на закрепление и повторение ранее изученных тем.', event('в актированные дни занятия проводятся на закрепление и повторение ранее изученных тем')],
  ['Ограничения будут действовать и в последующие морозные дни.', event('в последующие морозные дни')], // https://d-kvadrat.ru/novosti/28756
  // Round 138 (corpus-real-126): «по возвращении из …» waits for the return (https://dan-news.ru/obschestvo/s-23-marta-v-dnr-vozobnovljaetsja-obuchenie-v-distancionnom-rezhime/)
  ['Их обучение возобновится по возвращении из эвакуации.', event('по возвращении из эвакуации')],
  // Round 142 (corpus-real-130): «в эти [N] дни» is the days a sentence before named, like «в этот день»
  // (https://sevastopol.press/2025/09/08/12-i-13-sentjabrja-zanjatia-v-shkolah-otmenili/, http://simcat.ru/news/38257)
  ['В эти дни для учеников уже запланированы различные экскурсии.', event('в эти дни для учеников уже запланированы различные экскурсии')],
  ['Изменится ли учебный процесс в эти три дня – выяснила ulpravda.ru.', event('в эти три дня – выяснила ulpravda.ru')],
  // Round 142 (corpus-real-130): «в период проведения <чего>» inside a sentence is the time of that event (https://dzen.ru/b/Ze8LOrST7z73Q7fZ)
  ['В министерстве отметили, что муниципальные органы управления образованием и образовательные организации вправе самостоятельно принимать решения о режиме работы в период проведения выборов.', event('в период проведения выборов')],
  // Round 141 (corpus-real-129): a planned day moved «до периода <событие>» waits for that event (http://prosveshenie.tv/news/minobrnauki-pereneslo-obshherossijskij-den-prijoma-grazhdan/page/2/)
  ['«Принимая во внимание осложнение эпидемиологической обстановки, сопряженной с высоким риском инфицирования COVID-19, общероссийский день приема граждан, запланированный к проведению 14 декабря 2020 года, переносится до периода стабилизации эпидемиологической ситуации», – говорится в сообщении.', event('до периода стабилизации эпидемиологической ситуации», – говорится в сообщении')],
  // Round 140 (corpus-real-128): the weather after «если / когда» is a condition, a span inside it counts the weather
  // (https://news.mail.ru/society/68384796/, https://news.mail.ru/society/67891597/, https://news.mail.ru/society/67933276/)
  ['По ее словам, традиционно отопление запускают, когда среднесуточная температура воздуха в течение пяти суток держится ниже 8 градусов.', event('когда среднесуточная температура воздуха в течение пяти суток держится ниже 8 градусов')],
  ['Напомним, отопительный сезон в регионе стартует, когда среднесуточная температура воздуха опускается до +8 градусов и держится на этом уровне в течение пяти суток.', event('когда среднесуточная температура воздуха опускается до +8 градусов и держится на этом уровне в течение пяти суток')],
  ['МинЖКХ напоминает, что, как правило, отопительный сезон начинается, если среднесуточная температура воздуха в течение 5 дней подряд ниже +8℃.', event('если среднесуточная температура воздуха в течение 5 дней подряд ниже +8℃')],
  // Round 140 (corpus-real-128): «в тот момент, когда …» like «в тот день, когда …» (https://uzgazeta.ru/segodnja-poslednij-den-otopitelnog/)
  ['Напомним, по закону отопление перестают подавать в тот момент, когда 5 дней подряд среднесуточная температура держится на отметке +8 градусов.', event('в тот момент, когда 5 дней подряд среднесуточная температура держится на отметке +8 градусов')],
  // Round 140 (corpus-real-128): «срочно» (https://kremenchug.ua/news/power/15523-detskie-sady-kremenchuga-uzhe-s-teplom.html) and «по их
  // заявкам» (https://moskvalux.ru/?p=33012) are events
  ['Андрей Погребной упрекнул руководство садика за халатность в этом вопросе и приказал срочно, к завтрашнему дню, устранить все проблемы.', event('срочно, к завтрашнему дню, устранить все проблемы')],
  ['Тепло поступает с выходных в детские сады, школы и больницы по их заявкам.', event('по их заявкам')],
  // Round 150 (corpus-real-138): «перед выходными» like «перед праздниками» (https://www.nsk.om1.ru/amp/news/society/280173-v_novosibirskikh_shkolakh_vpervye_proveli_ceremoniju_podnjatija_gosudarstvennogo_flaga)
  ['Спускать флаг положено перед выходными с сопровождением гимна.', event('перед выходными с сопровождением гимна')],
  // Round 152 (corpus-real-140): a clock time «по местному времени» with no date is the hour of the exam day, an event
  // (https://obyektiv.press/node/129163, https://consultant.ru/document/cons_doc_LAW_382073/39cf789e1cb269e5a23f47102d7ef6dd6416fb5d)
  ['Экзамен по всем учебным предметам начинается в 10.00 по местному времени.', event('10.00 по местному времени')],
  ['Не ранее 09.00 по местному времени обеспечить допуск участников экзамена согласно спискам распределения.', event('09.00 по местному времени обеспечить допуск участников экзамена согласно спискам распределения')],
  ['Инструктаж проводится не ранее 08:15 по местному времени;', event('08:15 по местному времени')],
  // Round 172 (corpus-real-160): the year of a budget being drafted is the budget's, a label; the condition is the event
  // (http://kemer-gov.ru/doc/1124)
  ['2.Финансовому отделу, Администрации города при формировании бюджета на 2005 год предусмотреть финансирование данной Программы.', event('при формировании бюджета на 2005 год предусмотреть финансирование данной Программы')],
  ['Финансовому управлению при составлении местного бюджета на 2023 год учесть расходы', event('при составлении местного бюджета на 2023 год учесть расходы')],
  // Round 166 (corpus-real-154): «при записи …» inside a sentence is an event like «при зачислении …» (round 10's «при <событии>»;
  // https://mishutka-ak-dovurak.rtyva.ru/?p=2706)
  ['Перевод статуса происходит автоматически при записи обучающегося на программы из реестра сертифицированных программ.', event('при записи обучающегося на программы из реестра сертифицированных программ')],
  // Round 175 (corpus-real-161): a verbal noun in the plural after «при» is the event the singular is
  // (https://orsk-panorama.ru/?action=view&id=5134&module=articles)
  ['При неоднократных нарушениях правил детей могут поставить на учет в подразделения по делам несовершеннолетних.', event('при неоднократных нарушениях правил детей могут поставить на учет в подразделения по делам несовершеннолетних')],
];

/** Deadlines that count from an event, in every form: `event`, the reason names the offset and the event. */
const OFFSET_EVENTS: Case[] = [
  // Round 232 (corpus-real-211): the count repeated in words in brackets after the figure keeps the offset
  // (https://base.garant.ru/402813562/63e4cf8f9e6a86c9ba7c43cbb5645947/)
  ['5.2. Предложения по включению в план проведения проверок в отношении граждан должностные лица, уполномоченные осуществлять муниципальный земельный контроль, представляют заместителю главы администрации муниципального образования "Янтарный городской округ" заблаговременно, за 1 (один) месяц до начала предстоящего года или ранее указанного срока.', event('заблаговременно, за 1 (один) месяц до начала предстоящего года или ранее указанного срока')],
  ['за 10 (десять) дней до начала учебного года', event('за 10 (десять) дней до начала учебного года')],
  // Round 215 (corpus-real-54's row, pinned): «со следующего месяца после …» counts from the event, not open-ended
  ['Если все документы в порядке, компенсацию начнут выплачивать со следующего месяца после подачи заявления.', event('после подачи заявления')],
  // Round 206 (corpus-real-189): «в пределах <срок> <отсчёт>» is an offset from an event and beats the document the sentence names
  // (https://ngzakon.ru/faq/zakonno-li-menya-ne-dopuskayut-k-sdache-ekzamena-b/)
  ['5. Обучающиеся, имеющие академическую задолженность, вправе пройти промежуточную аттестацию по соответствующим учебному предмету, курсу, дисциплине (модулю) не более двух раз в сроки, определяемые организацией, осуществляющей образовательную деятельность, в пределах одного года с момента образования академической задолженности.', event('в пределах одного года с момента образования академической задолженности')],
  // Round 199 (corpus-real-183): a verb of notice after the word of obligation keeps the offset (pin)
  ['Участник за 5 дней обязан уведомить организатора', event('за 5 дней обязан уведомить организатора')],
  // Round 176 (corpus-real-162): «полугода» is a unit of a counted span (https://www.nizhnevartovsk-gid.ru/news/region/otdelenie-socfonda-po-hmao-yugre-vyplatilo-bolee-700-edinovremennyh-posobiy-pri-peredache-rebenka-na-vospitanie-v-semyu.htm);
  // a day of the month after an event's month counts from the event (http://www.charysh.ru/o-srokah-vyplat-otdelnyh-mer-socialnoj-podderzhki-semjam-s-detmi/)
  ['Обратиться за пособием нужно в течение полугода с момента, после того, как на ребенка оформлена опека.', event('в течение полугода с момента, после того, как на ребенка оформлена опека')],
  ['Выплата указанных мер социальной поддержки осуществляется органами социальной защиты населения не позднее 26 числа месяца, следующего за месяцем приема (регистрации) заявления.', event('числа месяца, следующего за месяцем приема (регистрации) заявления')],
  // Round 168 (corpus-real-156): a span counted «от начала <события>» counts from that event like «с начала …»
  // (https://testw.ru/vopros.html?id_test=769&id_vopros=44753)
  ['не допускаются в детскую организацию в течении 17 дней от начала заболевания', event('в течении 17 дней от начала заболевания')],
  // Round 147 (corpus-real-135): «со времени <события>» and «с того момента / дня, когда …» after a span count from their event
  // (https://gist.github.com/239efaa9f856f5ca893aebcf2597a83a); a count of tens with its units in words is one count
  // (http://dexter900.narod.ru/index/0-144)
  ['Оно формулирует обязанность суда, принявшего указанное решение, - в течение 3 дней со времени вступления его в законную силу сообщить об этом органу опеки и попечительства по месту жительства недееспособного ограниченно дееспособного гражданина для установления над ним опеки попечительства.', event('в течение 3 дней со времени вступления его в законную силу сообщить об этом органу опеки и попечительства по месту жительства недееспособного ограниченно дееспособного гражданина для установления над ним опеки попечительства')],
  ['Однако независимо от этого органы опеки и попечительства должны установить опеку попечительство в течение одного месяца с того момента, когда им стало известно о необходимости этого, а также осуществлять надзор за деятельностью назначенных опекунов и попечителей п.', event('в течение одного месяца с того момента, когда им стало известно о необходимости этого, а также осуществлять надзор за деятельностью назначенных опекунов и попечителей п')],
  ['в течение месяца с того дня, когда стало известно о необходимости установления опеки', event('в течение месяца с того дня, когда стало известно о необходимости установления опеки')],
  ['в течение сорока восьми часов с момента обнаружения ребенка', event('в течение сорока восьми часов с момента обнаружения ребенка')],
  // Round 142 (corpus-real-130): a time made known later with an offset from an event after it is the offset, when it must be made known
  // (https://gist.github.com/anonymous/cd120266728384dd847b88b2d1bc1e4c)
  ['О времени и месте голосования участковые избирательные комиссии обязаны оповестить избирателей не позднее чем за 20 дней до дня его проведения через средства массовой информации.', event('за 20 дней до дня его проведения через средства массовой информации')],
  // Round 139 (corpus-real-127): a count before «года» after «до окончания …» is a span, not the current year
  // (https://graph.org/Skolko-let-hranyatsya-lichnye-dela-v-shkole-Hranenie-Lichnyh-Del-Uchashchihsya-v-SHkole-Sroki-Pravila-i-Vazhnye-Aspekty-10-31);
  // a year written first does not hide an offset from a day after it (https://standarta.su/videlenie-dokumentov-k-unichtozeniu/)
  [
    '• Личные дела учащихся, выбывших из школы до окончания обучения, также хранятся 3 года с момента прекращения образовательных отношений.',
    event('до окончания обучения, также хранятся 3 года с момента прекращения образовательных отношений'),
  ],
  [
    'К примеру, если документ был оформлен в 2011 году, а срок его хранения был назначен три года, то он должен быть уничтожен и включен в акт только после 1 января 2015 года.',
    event('после 1 января 2015 года'),
  ],
  // Round 133 (corpus-real-121): the verbal noun right after «с / со / от», with no «дня / даты / момента», is what the span counts from
  // (https://docs.cntd.ru/document/469400616/titles/3HG4KTD)
  [
    '86. Управление министерства на основании заявления и документов, представленных гражданином, не позднее 15 календарных дней со обращения гражданина принимает и оформляет решение о даче предварительного согласия или об отказе в даче предварительного согласия.',
    event('не позднее 15 календарных дней со обращения гражданина принимает и оформляет решение о даче предварительного согласия или об отказе в даче предварительного согласия'),
  ],
  // Round 133 (corpus-real-121): «месяца» after an ordinal and before what it counts from is the Nth month of a span from an event, not an
  // unnamed calendar month (https://www.gorod-moskva.ru/inform-block/952.html)
  [
    '• второе контрольное обследование — по истечении 11 месяцев со дня вступления в законную силу решения суда, но не позднее окончания 13-го месяца со дня вступления в законную силу решения суда;',
    event('по истечении 11 месяцев со дня вступления в законную силу решения суда, но не позднее окончания 13-го месяца со дня вступления в законную силу решения суда'),
  ],
  // Round 104 (corpus-real-86's known miss): a span counted «с начала» of an event counts from it like «с момента»
  // (https://testw.ru/vopros.html?id_test=770&id_vopros=45338)
  ['не допускается в дошкольное учреждение 21 день с начала контакта', event('21 день с начала контакта')],
  // Round 31 (corpus-real-29): «следующих за годом …» counts from an event, and a condition found first does not hide it
  // (https://github.com/ShamanKing19/gym40/blob/8447f5221190ec8b086e5457a61ca8d789a166df/students/ege/index.php)
  ['Итоговое сочинение в случае представления его при приеме на обучение по программам бакалавриата и программам специалитета действительно в течение четырех лет, следующих за годом написания такого сочинения.', event('в течение четырех лет, следующих за годом написания такого сочинения')],
  ['в срок не более 30 календарных дней со дня их получения', event('в срок не более 30 календарных дней со дня их получения')],
  ['не более пяти календарных дней после проведения соответствующего экзамена', event('не более пяти календарных дней после проведения соответствующего экзамена')],
  ['в течение одного рабочего дня, следующего за днем получения результатов', event('в течение одного рабочего дня, следующего за днем получения результатов')],
  ['не позднее рабочего дня, следующего за днем поступления документов', event('не позднее рабочего дня, следующего за днем поступления документов')],
  ['через 10 дней со дня проведения экзамена', event('через 10 дней со дня проведения экзамена')],
  ['Спустя месяц после окончания курсов', event('спустя месяц после окончания курсов')],
  ['за 10 дней до начала', event('за 10 дней до начала')],
  ['за неделю до проведения', event('за неделю до проведения')],
  ['2 недели до экзамена', event('2 недели до экзамена')],
  ['Не позднее чем за 2 недели до начала экзаменационного периода', event('за 2 недели до начала экзаменационного периода')],
  ['Не позднее чем за день до проведения итогового сочинения (изложения)', event('за день до проведения итогового сочинения (изложения)')],
  ['не позднее, чем через 12 дней со дня написания сочинения', event('через 12 дней со дня написания сочинения')],
  ['не позднее 3 рабочих дней после заседания', event('не позднее 3 рабочих дней после заседания')],
  ['не позднее шестого рабочего дня с даты получения', event('не позднее шестого рабочего дня с даты получения')],
  ['в день проведения экзамена', event('в день проведения экзамена')],
  ['В дни проведения ГИА', event('в дни проведения ГИА')],
  ['в 10.00 в день проведения', event('в день проведения')],
  // Round 8 (corpus-real-12): a span without a figure counted from an event is no open-ended work
  // (https://360.ru/news/mosobl/dopolnitelnyj-period-sdachi-oge-nachnetsja-v-podmoskove-17-sentjabrja/)
  ['Узнать их школьники смогут в своих образовательных учреждениях в течение дня после утверждения.', event('в течение дня после утверждения')],
  // Round 8: «в день его издания / поступления» (https://base.garant.ru/73712270/73124650f0b358338e0284a85c55fd47)
  ['Приказ руководителя учреждения размещается на официальном сайте и информационном стенде учреждения в день его издания.', event('в день его издания')],
  ['Поступившее заявление регистрируется Ответственным специалистом, в день его поступления.', event('в день его поступления')],
  ['на следующий день после проведения', event('на следующий день после проведения')],
  ['на 3-й день после экзамена', event('на 3-й день после экзамена')],
  ['в первый, следующий за ним, рабочий день', event('в первый, следующий за ним, рабочий день')],
  ['на второй рабочий день после проведения экзамена', event('на второй рабочий день после проведения экзамена')],
  ['за 15 минут до начала экзамена', event('за 15 минут до начала экзамена')],
  ['В течение двух рабочих дней, следующих за официальным днем объявления результатов экзамена', event('в течение двух рабочих дней, следующих за официальным днем объявления результатов экзамена')],
  ['Рассматривается в течение четырех рабочих дней, следующих за днем ее поступления', event('в течение четырех рабочих дней, следующих за днем ее поступления')],
  ['до окончания ВПР (до получения результатов)', event('до окончания ВПР (до получения результатов)')],
  ['до начала занятий', event('до начала занятий')],
  // a bracket inside an event phrase is a note; a phrase inside brackets is still read
  ['5 рабочих дней (при приеме в 1 и 10 класс), исчисляемых со дня регистрации заявления', event('5 рабочих дней (при приеме в 1 и 10 класс), исчисляемых со дня регистрации заявления')],
  ['в течение 3 рабочих дней (не считая выходных) после проведения', event('в течение 3 рабочих дней (не считая выходных) после проведения')],
  ['в кратчайшие сроки (не позднее 2 рабочих дней после обращения)', event('не позднее 2 рабочих дней после обращения')],
  ['Не позднее, чем за 30 минут до начала собеседования', event('за 30 минут до начала собеседования')],
  ['в течение 3 рабочих дней с даты получения', event('в течение 3 рабочих дней с даты получения')],
  ['в течение одного рабочего дня со дня получения результатов ГИА-9', event('в течение одного рабочего дня со дня получения результатов ГИА-9')],
  ['в течение 2 дней со дня получения сведений', event('в течение 2 дней со дня получения сведений')],
  ['10 рабочих дней со дня издания приказа', event('10 рабочих дней со дня издания приказа')],
  ['до 3 дней с момента поступления', event('до 3 дней с момента поступления')],
  ['в срок до 5 дней после проверки', event('в срок до 5 дней после проверки')],
  ['в месячный срок со дня образования', event('в месячный срок со дня образования')],
  ['не позднее чем в 15-дневный срок со дня получения запроса', event('не позднее чем в 15-дневный срок со дня получения запроса')],
  // https://sh-nikolskaya-r19.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/dokumenty-all_30.html
  ['не позднее чем за один рабочий день', event('за один рабочий день')],
  // http://nashashkola8.ru/sroki-provedeniya-protsedur-gia/ — «раб. дн.»
  ['в течение 1 раб. дн., следующего за днем получения результатов проверки', event('в течение 1 раб. дн., следующего за днем получения результатов проверки')],
  ['в течение 1 раб. дня после утверждения председателем ГЭК', event('в течение 1 раб. дня после утверждения председателем ГЭК')],
  ['за 10 дней до 01.09.2021', event('за 10 дней до 01.09.2021')], // counted from a date: still the event the text names
  ['через 2 недели после 15.03', event('через 2 недели после 15.03')],
  // an explicit «до <дата>» after the offset is the deadline itself
  ['не позднее, чем за 2 недели до даты его проведения до 17 ноября 2021 года', by('2021-11-17')],
  // https://docs.cntd.ru/document/944932622/titles/1H4S7FG
  ['не должны превышать 40 дней со дня регистрации, в соответствии с пунктом 24 настоящего регламента, письма и прилагаемых к нему документов',
    event('не должны превышать 40 дней со дня регистрации, в соответствии с пунктом 24 настоящего регламента, письма и прилагаемых к нему документов')],
  ['не может превышать 3 рабочих дней со дня принятия заявления', event('не может превышать 3 рабочих дней со дня принятия заявления')], // https://base.garant.ru/16383475/15cfb84fe473ee48d0069a40379cfd33
  // Round 7 (the variant matrix in deadline-families.test.ts): offsets the matrix found unread
  // «в срок, не превышающий …» (https://docs.cntd.ru/document/553388542/titles/2UM48JH: «в срок, не превышающий 1 рабочего дня с даты прин…»)
  ['в срок, не превышающий 1 рабочего дня с даты принятия решения', event('в срок, не превышающий 1 рабочего дня с даты принятия решения')],
  ['по истечении 10 дней со дня получения заявления', event('по истечении 10 дней со дня получения заявления')],
  ['По истечении трёх рабочих дней со дня проведения экзамена.', event('по истечении трёх рабочих дней со дня проведения экзамена')],
  ['не ранее 10 дней после окончания четверти', event('не ранее 10 дней после окончания четверти')],
  ['в срок не позднее 10 дней со дня окончания четверти', event('в срок не позднее 10 дней со дня окончания четверти')],
  // «следующего рабочего дня» is a span (https://isc.irk.ru/en/node/614)
  ['не позднее следующего рабочего дня после дня ее подачи', event('не позднее следующего рабочего дня после дня ее подачи')],
  ['в течение следующего рабочего дня после проведения экзамена', event('в течение следующего рабочего дня после проведения экзамена')],
  // a span without figures after «за» is an offset, not «до <дата>»
  ['за месяц до начала учебного года', event('за месяц до начала учебного года')],
  ['за неделю до начала каникул', event('за неделю до начала каникул')],
  ['не позднее чем за два месяца до окончания четверти', event('за два месяца до окончания четверти')],
  // Round 18: a span without a figure before an event is an offset, like «в течение 10 дней до …» (it was open-ended work)
  ['в течение недели до начала экзамена', event('недели до начала экзамена')],
  ['В течение месяца до проведения ГИА', event('месяца до проведения ГИА')],
  // Round 22 (corpus-real-23, https://49.berezsad.ru/file/card?id=1156): a count in words beats the document named before it
  ['2.8. Разработка и утверждение ИПК осуществляется в соответствии с постановлением Комиссии по делам несовершеннолетних и защите их прав Пермского края от 29 июня 2016 г. № 12 «Об утверждении новой редакции Порядка межведомственного взаимодействия по профилактике детского и семейного неблагополучия», в срок не более семи рабочих дней со дня постановки на ведомственный учёт.', event('не более семи рабочих дней со дня постановки на ведомственный учёт')],
  ['в соответствии с положением о конкурсе в течение пяти рабочих дней со дня подачи заявки', event('в течение пяти рабочих дней со дня подачи заявки')],
  // Round 242 (corpus-real-210, https://docs.cntd.ru/document/459606403/titles/2C4PA5): a noun left in the nominative after «со дня» is its genitive
  ['Срок выполнения административной процедуры – 7 рабочих дней со дня обращение заявителя.', event('со дня обращение заявителя')],
];

/** Deadlines set by an authority or a document: the document → `schedule`; a decision or an instruction → `event`. */
const AUTHORITIES: Case[] = [
  // Round 215 (corpus-real-197): «по предварительному согласованию с …» is an agreement still to be reached, like «по согласованию»
  // (https://schoolegypt.ru/eksternat/semeynaya_forma/?special_version=Y)
  ['Участие в официальных апробациях по предварительному согласованию с администрацией школы.', event('по предварительному согласованию с администрацией школы')],
  ['по предварительному согласованию с ОО', event('по предварительному согласованию с ОО')],
  // Round 168 (corpus-real-156): «соответственно / согласно решению …» waits for the decision like «по решению …» (https://medlec.org/lek-132660.html)
  ['Соответственно решению территориальных органов', event('соответственно решению территориальных органов')],
  // Round 70 (corpus-real-63): the start of a period that is moved names what is moved; the authority says when (http://www.toccii.ru/studentam/grafik-raboty-raspisaniya-zanyatiy)
  ['В иных случаях перенос срока начала учебного года осуществляется по решению Учредителя.', event('по решению Учредителя')],
  ['Перенос начала учебного года на 1 октября', on('2021-10-01')],
  // Round 31 (corpus-real-29): «в порядке и сроки, установленные …» (https://docs.cntd.ru/document/819030587/titles/32RANOJ)
  ['2. Органы местного самоуправления представляют в уполномоченный орган исполнительной власти автономного округа в сфере образования отчеты о целевом использовании финансовых средств окружного бюджета, выделенных для осуществления отдельных государственных полномочий, в порядке и сроки, установленные нормативным правовым актом администрации автономного округа.', schedule('сроки, установленные нормативным правовым актом администрации автономного округа')],
  ['Сроки проведения определяет управление образования', schedule('сроки проведения определяет управление образования')],
  // Round 30: the dates after another thing set with them and «и» (https://sh-konduj-r76.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/dokumenty-all_8.html)
  ['Форму и сроки текущей аттестации определяет учитель с учётом контингента обучающихся, содержания учебного материала и используемых образовательных технологий.',
    schedule('форму и сроки текущей аттестации определяет учитель с учётом контингента обучающихся, содержания учебного материала и используемых образовательных технологий')],
  ['Конкретные сроки каникул будут установлены каждой образовательной организацией самостоятельно',
    schedule('конкретные сроки каникул будут установлены каждой образовательной организацией самостоятельно')],
  ['по приказу управления образования', schedule('приказ управления образования')],
  ['По приказу директора', schedule('приказ директора')],
  ['на основании приказа УО', schedule('приказ УО')],
  ['по распоряжению министерства', schedule('распоряжение министерства')],
  ['согласно постановлению администрации', schedule('постановление администрации')],
  ['по отдельному письму', schedule('отдельное письмо')],
  ['по отдельному письму министерства', schedule('отдельное письмо министерства')],
  ['сроки определяет министерство', schedule('сроки определяет министерство')],
  ['Сроки устанавливаются приказом УО', schedule('сроки устанавливаются приказом УО')],
  ['в срок, установленный приказом', schedule('срок, установленный приказом')],
  ['даты утверждаются Рособрнадзором', schedule('даты утверждаются Рособрнадзором')],
  // https://docs.cntd.ru/document/973079417/titles/PE67IR
  ['Дата начала и дата окончания проведения конкурса утверждаются правовым актом организатора',
    schedule('дата начала и дата окончания проведения конкурса утверждаются правовым актом организатора')],
  ['по решению педагогического совета', event('по решению педагогического совета')],
  ['по согласованию с ОО', event('по согласованию с ОО')],
  ['по указанию УО', event('по указанию УО')],
  ['по поручению министерства', event('по поручению министерства')],
  ['через 5 дней после выхода приказа', event('через 5 дней после выхода приказа')],
  ['в течение 5 рабочих дней со дня издания приказа', event('в течение 5 рабочих дней со дня издания приказа')],
  // Round 6 (corpus-real-8): a restricting word before the phrase changes nothing (http://orcoko.ru/…/rosobrnadzor-soobshhaet-o-zavershenii-priema-zayavlenij-na-uchastie-v-ege-2018)
  ['только по решению государственной экзаменационной комиссии', event('по решению государственной экзаменационной комиссии')],
  ['лишь по согласованию с учредителем', event('по согласованию с учредителем')],
  ['строго по графику ОО', schedule('график ОО')],
  // an authority's decision inside a sentence, when nothing else is understood
  ['Заявления принимаются по решению ГЭК', event('по решению ГЭК')],
  // a schedule that someone else sets (https://csp-karelia.ru/ocentre/news/12750.html)
  ['График проведения повторного тестирования определяется центром тестирования.', schedule('график проведения повторного тестирования определяется центром тестирования')],
  ['Расписание занятий утверждается директором', schedule('расписание занятий утверждается директором')],
  // Round 13 (corpus-real-18): a schedule that is made later, the verb first
  ['На основании заявки формируется график тестирования, и определяется место тестирования по нормативам.', schedule('формируется график тестирования, и определяется место тестирования по нормативам')],
  ['составляется расписание', schedule('составляется расписание')],
  ['сроки переноса — по согласованию с родителями', event('по согласованию с родителями')],
  // Round 7: the rules and regulations a date is set by are documents too; «сообщены/объявлены» are verbs of setting
  ['в соответствии с порядком проведения ГИА', schedule('порядок проведения ГИА')],
  ['в соответствии с Порядком', schedule('порядок')],
  ['в соответствии с положением о конкурсе', schedule('положение о конкурсе')],
  ['сроки будут сообщены дополнительно', schedule('сроки будут сообщены дополнительно')],
  ['даты будут объявлены дополнительно', schedule('даты будут объявлены дополнительно')],
  // a «по» before a document is no «по <дата>»: the dates in the bracket are the deadline
  ['по графику (октябрь 2021)', range('2021-10-01', '2021-10-31')],
  ['по приказу УО, до 1 октября', by('2021-10-01')],
  // Round 7 (corpus-real-10): up to twelve words between «Даты» and the verb (https://tula.mk.ru/amp/social/2023/01/22/stalo-izvestno-raspisanie-provedeniya-vpr.html)
  ['Даты проведения проверочных для каждого класса и предмета школы будут определены самостоятельно.',
    schedule('даты проведения проверочных для каждого класса и предмета школы будут определены самостоятельно')],
  // Round 8 (corpus-real-11): a grade label among the words before the verb; «по согласованию с …» after it is a note
  ['даты проведения проверочных работ для учеников 4-7 классов определяются руководителями учебных заведений по согласованию с органом госвласти субъекта РФ в сфере образования',
    schedule('даты проведения проверочных работ для учеников 4-7 классов определяются руководителями учебных заведений по согласованию с органом госвласти субъекта РФ в сфере образования')],
  // Round 8 (corpus-real-11): an offset from an event beats the document the sentence names (README, «Authorities and documents»)
  ['по приказу УО в течение 5 рабочих дней со дня издания приказа', event('в течение 5 рабочих дней со дня издания приказа')],
  ['По новому порядку приказ о приеме директор издает в течение 3 рабочих дней после того, как школа примет все заявления.',
    event('в течение 3 рабочих дней после того, как школа примет все заявления')],
  ['по графику, в течение 10 дней', schedule('график, в течение 10 дней')],
  // Round 9 (corpus-real-12): who sets the dates after a lead-in clause ending in «что»; «выбирает» sets them too
  // (https://golos.zp.ua/obshhestvo/223430/stalo-izvestno-kogda-v-zaporozhe-nachnutsja-zimnie-kanikuly)
  ['Однако стоит отметить, что график каникул руководство каждого учебного заведения выбирает индивидуально и обязаны лишь утвердить его с соответствующими органами.',
    schedule('однако стоит отметить, что график каникул руководство каждого учебного заведения выбирает индивидуально и обязаны лишь утвердить его с соответствующими органами')],
  ['График каникул школа выбирает самостоятельно', schedule('график каникул школа выбирает самостоятельно')],
  ['Отметим, что 1 сентября', on('2021-09-01')],
  // Round 9 (corpus-real-13): «самостоятельно» next to the verb of setting; a footnote number after the last sentence is dropped
  // (https://ya.ru/neurum/c/drugoe/q/kak_menyayutsya_daty_shkolnyh_kanikul_v_zavisimosti_897be10a,
  // https://gorodglazov.com/2018/03/16/vesennie-kanikuly-v-shkolah-glazova-projdut-v-raznye-sroki)
  ['Образовательные учреждения самостоятельно выбирают период отдыха, ориентируясь на рекомендации Министерства просвещения России. 5',
    schedule('образовательные учреждения самостоятельно выбирают период отдыха, ориентируясь на рекомендации Министерства просвещения России. 5')],
  ['Их устанавливает каждое учебное заведение самостоятельно', schedule('их устанавливает каждое учебное заведение самостоятельно')],
  ['Школа самостоятельно определяет сроки до 1 сентября', by('2021-09-01')],
  // Round 10 (corpus-real-14): who sets the dates inside a sentence (SCHEDULE_ANYWHERE) — «имеет право устанавливать … график»,
  // «устанавливается <документом>», «частота / периодичность … определяются …», «в установленный срок»
  // (http://severinform.ru/?date=15-07-2024&newsid=304700&page=newsfull, https://kerch.fm./2022/09/12/v-rossii-utverdili-grafik-shkolnyh-kanikul.html,
  // https://59.ru/text/gorod/2017/08/31/51149531, https://ya.ru/neurum/c/ekonomika-i-finansi/q/kakie_sroki_vyplaty_premiy_ustanavlivayutsya_841f7791)
  ['При этом каждая школа имеет право устанавливать свой график отдыха для учеников, сообщает ИА «СеверИнформ».',
    schedule('имеет право устанавливать свой график отдыха для учеников, сообщает ИА «СеверИнформ»')],
  ['Как сообщается на портале "Объясняем РФ", график является рекомендательным, администрации школ имеют право корректировать даты, пишет РИА, - передает Керчь.ФМ.',
    schedule('имеют право корректировать даты, пишет РИА, - передает Керчь.ФМ')],
  ['Продолжительность и периодичность каникул устанавливается календарным учебным графиком, который является частью образовательной программы.',
    schedule('продолжительность и периодичность каникул устанавливается календарным учебным графиком, который является частью образовательной программы')],
  ['Такие выплаты выдаются вне отчётных периодов, их размер и частота начисления определяются работодателем в одностороннем порядке, для каждого случая выпускается отдельный приказ руководителя. 1',
    schedule('частота начисления определяются работодателем в одностороннем порядке, для каждого случая выпускается отдельный приказ руководителя')],
  ['отчёт сдаётся в установленный срок', schedule('в установленный срок')],
  ['школа имеет право устанавливать даты каникул до 1 сентября', by('2021-09-01')],
  // Round 10 (corpus-real-13's known misses): a decision that rests with someone says who sets the dates
  // (https://ya.ru/neurum/c/drugoe/q/pochemu_voznikayut_rashozhdeniya_v_kanikulyarnyh_dc5677b6,
  // https://gorodglazov.com/2018/03/16/vesennie-kanikuly-v-shkolah-glazova-projdut-v-raznye-sroki)
  ['Окончательное решение о том, когда и сколько дней будут отдыхать ученики, остаётся за педсоветом учебных учреждений. 1',
    schedule('решение о том, когда и сколько дней будут отдыхать ученики, остаётся за педсоветом учебных учреждений')],
  ['Окончательное решение – за школами.', schedule('решение – за школами')],
  ['по решению педсовета', event('по решению педсовета')],
  // Round 10 (corpus-real-14): a full date between «от» and «№»/«N» is the document's date, a label (https://www.9111.ru/questions/15319106)
  ['Скажите пожалуйста, Приказом Минобрнауки России от 07.04.2014 N 276 «Об утверждении Порядка проведения аттестации педагогических работников организаций, осуществляющих образовательную деятельность» заявления педагогических работников о проведении аттестации рассматриваются аттестационными комиссиями в срок не более 30 календарных дней со дня их получения, в течение которого осуществляется письменное уведомление педагогических работников о сроке и месте проведения их аттестации.',
    event('не более 30 календарных дней со дня их получения, в течение которого осуществляется письменное уведомление педагогических работников о сроке и месте проведения их аттестации')],
  ['согласно приказу от 01.09.2021 № 123', schedule('приказ от 01.09.2021 № 123')],
  ['по приказу от 01.09.2021 № 123, до 1 октября', by('2021-10-01')],
  ['приказ от 01.09.2021', on('2021-09-01')],
  // Round 10 (corpus-real-15): «имеет возможность» like «имеет право» (https://dzen.ru/list/new-year/zimnie-kanikuly-ukraina-2024?from_cloud=true)
  ['Однако, каждая школа имеет возможность корректировать график каникул, учитывая собственные образовательные потребности, эпидемиологическую ситуацию и погодные условия.',
    schedule('имеет возможность корректировать график каникул, учитывая собственные образовательные потребности, эпидемиологическую ситуацию и погодные условия')],
  // Round 19 (a probe of plan cells): an agreement is a document; a document in the instrumental opens a cell with no preposition
  ['в соответствии с договором', schedule('договор')], // https://www.proza.ru/2010/12/19/485 («на основе договора или соглашения»)
  ['согласно договору', schedule('договор')],
  ['в соответствии с соглашением', schedule('соглашение')],
  ['по муниципальному контракту', schedule('муниципальный контракт')],
  ['приказом по школе', schedule('приказ по школе')], // https://nsportal.ru./site/46668/vshk («УТВЕРЖДЕНО приказом по МБОУ …»)
  // Round 211 (pins): a document in the instrumental with no date of its own still names who sets the dates
  ['Приказом директора МБОУ СОШ № 5', schedule('приказ директора МБОУ СОШ № 5')],
  ['Приказом № 156', schedule('приказ № 156')],
  ['Отдельным приказом директора', schedule('отдельный приказ директора')],
  ['индивидуально', schedule('индивидуально')],
  // Round 59 (corpus-real-53, https://mazyr.by/2019/04/kogda-v-mozyre-otklyuchat-otoplenie): who decides on the dates, with a compound
  // word («осенне-зимнего»), the plural, the verb first
  ['Решение о сроках завершения осенне-зимнего периода принимается областными, районными и городскими исполнительными комитетами, когда температура на улице в течение трех суток подряд составляет + 8 градусов и выше.', schedule('решение о сроках завершения осенне-зимнего периода принимается областными, районными и городскими исполнительными комитетами, когда температура на улице в течение трех суток подряд составляет + 8 градусов и выше')],
  ['Органы местного самоуправления принимают решение о сроках начала отопительного сезона', schedule('принимают решение о сроках начала отопительного сезона')],
  // Round 163 (corpus-real-152): a day and month with no year between «от» and «№» are the act's date, a label
  // (https://korobitsyno.lenschool.ru/file/card?id=2224)
];

/** A date with a note after it: the date is the deadline (README, «Priority»). */
const MIXED: Case[] = [
  // Round 223 (corpus-real-203): «до» before a clock right after a day is that day's deadline
  // (http://nevarono.imc-nev.ru/roo/1-roo/40933-uborka-territorii.html?print=1&tmpl=component, https://lentv24.ru/Teplo.htm)
  ['2. 13.01.2025, понедельник, до 9.00 направить информацию о состоянии территории и 4-6 фотографий.', by('2025-01-13')],
  ['Сроки поставлены жёсткие: уже сегодня, 18 сентября, до 3 часов дня информация о начале отопительного периода должна быть направлена в Комитет.', by('2021-09-18')],
  ['19 августа 2026 г. (до 17:00 по московскому времени)', on('2026-08-19')],
  // Round 223 (corpus-real-203): a season's eve beside a day is what the work prepares for
  // (https://klgd.ru/press/news/detail.php?ID=5787223&print=Y, https://rmpts.ru/press-tsentr/novosti/7-upravlyayushchie-kompanii-brosili-svoi-doma-na-proizvol-sudby-spisok)
  ['К 4 июня ответственные лица от управляющих организаций и ресурсоснабжающих компаний обязаны предоставить на утверждение в мэрию планы-графики подготовки жилфонда и его инженерного оборудования к эксплуатации зимой.', by('2021-06-04')],
  ['В соответствии с этими правилами подготовка многоквартирных домов к «зиме» должна быть завершена к 15 сентября (!)', by('2021-09-15')],
  // Round 223 (corpus-real-203): the letter З alone before a month is the figure 3
  // (https://sh-borskoe-r27.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_352.html)
  ['З марта 2025 года в школе прошли мероприятия, на которых рассказывалось о Всемирном Дне гражданской обороны.', on('2025-03-03')],
  // Round 223 (corpus-real-203): a genitive month in the English order (http://ds14.educrub.ru/?q=node/447)
  ['четверг, сентября 6, 2018', on('2018-09-06')],
  // Round 152 (corpus-real-140): «не позднее / не ранее» before an hour in words right before a day, like round 60's «до 21 часа 5
  // февраля»: the hour is that day's (http://rcoi12.ru/gia9/gia9-news/17699/print/)
  ['Руководителям образовательных организаций не позднее 15 часов 10 сентября 2019 года необходимо организовать доставку заявлений в ГБУ Республики Марий Эл «ЦИТОКО», каб.309, тел. 45-16-09.', by('2019-09-10')],
  ['не позже 17 часов 25 мая', by('2021-05-25')],
  // Round 142 (corpus-real-130): days opening a clause of their own after «после <события>» («…, и 18 марта …») are when the next thing
  // happens, not the anchor (https://ladyvrn.ru/voronezhczam-rasskazali-kak-budut-rabotat-shkoly-i-detskie-sady-15-16-i-17-marta/)
  ['После завершения голосования в школах проведут уборку помещений, которые использовались для выборов, и 18 марта дети вернутся к занятиям.', on('2021-03-18')],
  // Round 142 (corpus-real-130): «учебных» between a count and its noun is an adjective of the things counted, a label
  // (https://interfax-russia.ru/center/main/chast-tulskih-shkol-pereydet-na-distant-6-sentyabrya-iz-za-vyborov)
  ['Тула. 3 сентября. ИНТЕРФАКС - Более 300 учебных заведений в Тульской области, где расположены избирательные участки, перейдут на дистанционное обучение в период голосования на выборах, сообщила пресс-служба областного правительства.', on('2021-09-03')],
  // Round 104 (corpus-real-87's known misses): a term extended by a span beside a condition is the bare span; the condition only says
  // when the term changes (https://docs.cntd.ru/document/895268467/titles/8P60LU, https://docs.cntd.ru/document/468000292/titles/P9C8N6)
  ['В исключительных случаях, а также в случае направления запроса о предоставлении информации, необходимой для рассмотрения обращения, в иной государственный орган, орган местного самоуправления или должностному лицу, срок рассмотрения обращения может быть продлен, но не более чем на 30 дней.', { kind: 'unparsed', reason: 'срок отсчитывается от события: «30 дней»' }],
  ['Указанный срок может быть продлен, но не более чем на 5 рабочих дней в случае направления оператором в адрес субъекта персональных данных мотивированного уведомления с указанием причин продления срока предоставления запрашиваемой информации.', { kind: 'unparsed', reason: 'срок отсчитывается от события: «5 рабочих дней»' }],
  // Round 87 (corpus-real-76): a part of a year named relative to the current one (https://dzen.ru/list/gadgets/vse-shkoly-rossii-baza-dannyh?from_cloud=true);
  // «… продлится до начала сентября» ending a window (https://mosregtoday.ru/news/obrazovanie/zhiteli-podmoskovja-podali-uzhe-bolee-20-tysjach-zajavlenij-na-zapis-detej-v-pervyj-klass);
  // a site's name with figures (https://45.ru/text/education/2024/12/10/74860157/); a grade with its noun left out
  // (https://podcast.gtrk-vyatka.ru/vesti/education/76179-kirovskim-uchiteljam-predstavjat-informacionnuju-sistemu-moja-shkola.html); a wiki link's
  // target (https://docs.spbcokoit.ru/doku.php?do=export_raw&id=%D0%B4%D0%BE2_%D0%BC%D0%B5%D1%82%D0%BE%D0%B4%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B5_%D1%80%D0%B5%D0%BA%D0%BE%D0%BC%D0%B5%D0%BD%D0%B4%D0%B0%D1%86%D0%B8%D0%B8)
  ['Двухлетний эксперимент по внедрению цифровой образовательной среды (ЦОС) в 15 регионах России завершился в конце прошлого года.', by('2020-12-31')],
  ['Подача заявлений в школы не по прописке стартует 6 июля и продлится до начала сентября.', range('2021-07-06', '2021-08-31')],
  ['Еще одна опрошенная мама школьника рассказала 45.RU, что родительский чат им завели еще весной, но пока сообщений никто там не пишет.', range('2021-03-01', '2021-05-31')],
  ['А к 2024 году в системе разместят материалы по каждому уроку для всех предметов с 1-го класса по 11-й.', by('2024-12-31')],
  ['С 2020 года на портале размещаются видеоуроки для [[:сфо_до2|смешанного формата обучения]].', { kind: 'ongoing', start: '2020-01-01', due: '2021-12-31' }],
  // Round 83 (corpus-real-72): a number after «из них» is the part of a whole, a label, also with a dash before what it counts
  // (http://moles.ee/24/Aug/26/est1.php)
  ['По состоянию на утро понедельника, 26 августа, в Таллинне 172 активные вакансии в сфере образования: из них 28 – опорных специалистов, в школах – чуть более 70 вакансий, в детских садах – чуть более 90 вакансий.', on('2021-08-26')],
  // Round 84 (corpus-real-73): a repeat adjective after «организована» names this year's item, its days
  // (http://toys.segment.ru/review/news_business/rospotrebnadzor_pri_proverkah_shkol_vyipisal_pochti_200_mln_rubley_shtrafov)
  ['В преддверии учебного года с 16 августа до 4 сентября в региональных управлениях Роспотребнадзора организована ежегодная «горячая линия» для родителей по вопросам качества и безопасности детских товаров.', range('2021-08-16', '2021-09-04')],
  // Round 82 (corpus-real-71): a month before «следующего / будущего года» is of the next year
  // (https://lipetsktime.ru/news/blagoustroystvo_regiona/k_kontsu_2024_goda_v_eletskom_layt_planiruetsya_vozvesti_shkolu,
  // https://novorab.ru/2020/12/11/v-novorossijske-pristupili-k-stroitelstvu-eshhe-odnogo-detskogo-sada/); the perfective infinitives of
  // starting and ending and «должен приступить» (https://penza-news.net/society/2022/03/15/203135.html, https://komiinform.ru/news/291092);
  // «, как и обещали» with no closing comma (https://m.durovloh.me/wall-17579_1010228); a school year's start with its years beside a day
  // (https://dspykane-yadrin.edu21.cap.ru/news/2018/08/01/news_597584/?id=78a38ed6-7385-4b92-a5d8-9d6991ffe4b5)
  ['Завершить строительство подрядчик должен в декабре следующего года.', range('2022-12-01', '2022-12-31')],
  ['Детский сад примет малышей в середине сентября будущего года.', range('2022-09-11', '2022-09-20')],
  ['Работы должны начаться 15 апреля, а закончиться 25 августа.', range('2021-04-15', '2021-08-25')],
  ['В технической документации указано, что подрядчик должен приступить к работам 1 октября 2026 года и завершить их до 1 декабря 2027 года.', range('2026-10-01', '2027-12-01')],
  ['Новая школа, как и обещали откроется 1 сентября.', on('2021-09-01')],
  ['1  августа 2018 г., в детском саду, состоялась приемка дошкольного учреждения  к началу  2018-2019 учебного года.', on('2018-08-01')],
  // Round 81 (corpus-real-70): numbers joined by «и» after «№» or «№№» are labels (https://svobobr.ru/dobro-pozhalovat-v-detskie-sady-goroda-svobodnogo/,
  // https://8plus1.ru/prodolzhaetsya-remont-v-detsadah-barabinska, http://ezhenedelno.ru/p2403.htm — its Greek «ο» and «κ» kept)
  ['27 июня комиссии принимала дошкольные учреждения № 9 и 20.', on('2021-06-27')],
  ['1 июля приняли малышей обновленные детсады №№4 и 6, где в течение месяца проводился косметический ремонт.', on('2021-07-01')],
  ['Также на летο запланирοваны ремонтные работы в шкοлах №17 и 32.', range('2021-06-01', '2021-08-31')],
  // Round 78 (corpus-real-67): «срок готовности» names the deadline (http://pohsvu.ru/post/open/1635), and after a year written first a
  // bracket opening with it holds the deadline (the same page); «100%» and «Школы 800» are labels (https://news.mail.ru/politics/67494411/,
  // https://auditor-sajta.ru/231124/novosti-800-shkola-nizhnij-novgorod-verhnie-pechery); a house's number after its street is a label
  // (https://xn--45-vlcq4c.xn--p1ai/88/10/71/344/, http://kvels45.ru/companies/Biblioteka_Kurganskiy_gorodskoy_innovatsionno-metodicheskiy_tsen.html)
  ['Рекомендовать Северо-Восточному управлению разработать Программу развития системы образования округа с учётом приоритетов развития образования региона и округа (установить срок готовности программы- 1 ноября 2014 г.).', by('2014-11-01')],
  ['Рекомендовать ГБОУ ДПО ЦПК «Похвистневский РЦ» организовать в 2014 г. изучение общественного мнения о качестве образования (срок готовности итогового заключения –  1 июня 2014 г.).', by('2014-06-01')],
  ['По его словам, готовность учебных заведений к 1 сентября составляет почти 100%, однако, согласно докладам правоохранительных органов и профильных заместителей губернаторов, в нескольких школах необходимо решить ряд вопросов: где-то соблюсти требования санитарного законодательства, где-то решить вопрос со школьными автобусами, питанием и устранить небольшие недостатки.', by('2021-09-01')],
  ['Корпус «Школы 800» в Верхних Печёрах готов на 95%, его планируют ввести в эксплуатацию до 1 июля 2022 года, сообщали областные власти.', by('2022-07-01')],
  ['1 июля 1993г. – ЦНМР реорганизован в Инновационно–методический центр приказом ГорУНО № 479 и  был переведен в здание по адресу: г.Курган, ул. Гоголя, 103-а.', on('1993-07-01')],
  ['С того открытого собрания и пошло объединение районных кабинетов в один Городской методический кабинет, который в феврале 1989г. расположился по адресу: г. Курган, ул. Красина, 70.', range('1989-02-01', '1989-02-28')],
  // Round 79 (corpus-real-68): a plan's years before a day with its month and year are the plan's period, a label
  // (https://murindkol.ru/novosti/dostizheniya-kolledzha/2021/222/4137-edinyy-urok-po-bezopasnosti-v-seti-internet-2022/page,173,
  // https://s-ksh2.k-edu.ru — «Ученики и учителя Кировского района примут участие в Едином уроке безопасности в сети»,
  // https://sh4-shuya-r24.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_84.html)
  ['В соответствии с пунктом 5 перечня федеральных мероприятий, направленных на обеспечение информационной безопасности детей, производство информационной продукции для детей и оборот информационной продукции на 2022-2027 годы, утвержденный приказом Министерства цифрового развития, связи и массовых коммуникаций Российской Федерации от 22.03.2022 № 226, в образовательных организациях Российской Федерации с 01 октября по 10 декабря 2022 года проводится Единый урок по безопасности в сети «Интернет».', range('2022-10-01', '2022-12-10')],
  ['В рамках реализации плана мероприятий по реализации Концепции информационной безопасности детей на 2018-2010 годы во всех общеобразовательных организациях Российской Федерации 30 октября 2018 года пройдет Единый урок по безопасности в сети «Интернет».', on('2018-10-30')],
  ['Во исполнение пункта 45 плана мероприятий по реализации в 2022-2025 годах Стратегии государственной национальной политики на период до 2025 года, утвержденного распоряжением Правительства Российской Федерации от 20 декабря 2021 г. № 3718-р, в период с 1 по 15 мая 2024 года во всех образовательных организациях пройдут мероприятия в рамках Всероссийской историко-патриотической акции «Линейка памяти».', range('2024-05-01', '2024-05-15')],
  // a span after a verb of lasting is a length (https://ngt54.ru/bolee-70-razlichnyh-meroprijatij-projdut-v-tatarskom-rajone-v-ramkah-goda-semi)
  ['Районный конкурс художественного творчества «Герб моей семьи» продлится 3 месяца, а такие акции, как создание «Школы молодой семьи» или организация работы семейного клуба «Мой ребенок» для молодых родителей, – в течение всего 2024 года.', range('2024-01-01', '2024-12-31')],
  // the year a decree was signed is a label (https://kkulikeev-yaltch.edu21.cap.ru/news/2024/08/10/boljshaya-semejnaya-estafeta-v-denj-fizkuljturnika/?id=96576dee-9cd9-4e13-9f10-3e1b77a78da2)
  ['Дата каждый год меняется, так как этот праздник традиционно отмечают во вторую субботу последнего летнего месяца в соответствии с Указом «О праздничных и памятных днях», подписанным в 1980 году.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 60 (corpus-real-54): the trigger clause of an administrative procedure — an application is an event, an order a schedule
  // (https://docs.cntd.ru/document/441751595/titles/1T5V766, https://docs.cntd.ru/document/499104599/titles/2RD66ME)
  ['3.2.1. Юридическим фактом для начала административной процедуры является личное обращение заявителя.', event('юридическим фактом для начала административной процедуры является личное обращение заявителя')],
  ['19. Основанием для начала подготовки к проведению проверки является распоряжение (приказ) управления о ее проведении.', schedule('основанием для начала подготовки к проведению проверки является распоряжение (приказ) управления о ее проведении')],
  // a register line's number and date, then the answer's date (http://ds308.ru/item/869797)
  ['№ 1-з от 31.03.2023г. - ответ дан 04.04.2023г.', on('2023-04-04')],
  // «подлежат ежегодному учету» repeats; «до 18 лет» is an age, not a day (https://garant.ru/hotlaw/kursk/395686)
  ['Обязательному ежегодному учету подлежат все дети в возрасте от 6 лет 6 месяцев до 18 лет.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // an hour before its day (https://xn--b1ayi3a.xn--l1afu.xn--p1ai/news/338); «нескольких» is a count (the same page)
  ['Подать заявку можно до 21 часа 5 февраля по адресу: moschem@olimpiada.ru', by('2021-02-05')],
  // Round 102 (corpus-real-90): «на протяжении» with a count is a counted span like «в течение»; with no event it is a bare span
  // (https://riamo.ru/news/zhkh/zhiteljam-moskvy-nachali-podavat-otoplenie/)
  ['Подача отопления и прогрев внутридомовых систем отопления проводится на протяжении пяти суток.', { kind: 'unparsed', reason: 'срок отсчитывается от события: «на протяжении пяти суток»' }],
  ['Ответ жюри будет дан в течение нескольких дней.', { kind: 'unparsed', reason: 'срок отсчитывается от события: «в течение нескольких дней»' }],
  // «<день> следующего календарного года» (http://mbdou41.ru/index/pamjatka_dlja_roditelej/0-51)
  ['желаемая дата поступления изменяется на 1 сентября следующего календарного года', on('2022-09-01')],
  // «с месяца <события>» (https://detsad201.ru/dlya-roditeley)
  ['Компенсация назначается с месяца подачи заявления.', event('с месяца подачи заявления')],
  // … and the month after it (https://docs.cntd.ru/document/450221048/titles/V40AMF)
  ['Назначение компенсации осуществляется с месяца, следующего за месяцем обращения граждан.', event('с месяца, следующего за месяцем обращения граждан')],
  // windows in brackets after their labels (http://special.admk26.ru/novosti/nid-5105.html)
  ['ДООЦ «Орбита» - 1смена (01.06-21.06), 2 смена (24.06-14.07)', range('2021-06-01', '2021-07-14')],
  // Round 56 (corpus-real-51): an anniversary with a spaced dash is a label (http://ds46.educrub.ru/?q=node/635); «Накануне,» cut off
  // by a comma is no «накануне <дня>» (https://saratovmer.ru/news/78380)
  ['В апреле в соответствии с планом мероприятий к Году педагога и наставника  была организована в фойе детского сада корпуса 1 и музыкальном зале корпуса 2 выставка, посвященная 200 –летию К.Д. Ушинского.', range('2021-04-01', '2021-04-30')],
  // Round 56 (corpus-real-51): a repeat adjective after «очередной» names one meeting of the series
  // (https://uo-mgo.ru/21-marta-v-upravlenii-obrazovaniem-provedeno-ocherednoe-ezhenedelnoe-apparatnoe-soveshhanie)
  ['21 марта в Управлении образованием проведено очередное еженедельное аппаратное совещание', on('2021-03-21')],
  ['Накануне, 14 апреля, на базе детского сада № 180 «Солнышко» состоялась викторина для методистов и специалистов дошкольных учреждений Фрунзенского района.', on('2021-04-14')],
  // Round 57 (corpus-real-52): a weekday after «в» is no period of a least count (https://dzen.ru/a/Y-ab_dgHYxjBIkep)
  ['Власти Кировской области рассчитывают к концу 2023 года вовлечь в Российское движение детей и молодежи "Движение первых" не менее 28 тыс. человек, сообщили в пятницу в пресс-службе правительства региона.', by('2023-12-31')],
  // Round 52 (corpus-real-47): an act's date written again after its number is a label (https://nevarono.spb.ru/roo/1-roo/2646-vykhod-na-ljod.html)
  ['Во исполнение письма Комитета по образованию Санкт-Петербурга от 27.02.2017 № 03-17-1165/17-0-1 от 27.02.2017 в срок до 07 марта 2017 года в общеобразовательных учреждениях необходимо провести мероприятия по вопросу информирования обучающихся об опасности выхода на лёд и правилах поведения на водных объектах в период таяния льда.', by('2017-03-07')],
  // Round 51 (corpus-real-46): a school quarter after «за» (https://gist.github.com/anonymous/6acf4ed7e67bceca02fad0a717f6682a,
  // https://gist.github.com/cd9d0f43b6206601031726e064a7e595, https://gist.github.com/anonymous/c8b46c717de10b6b61cb316ffac60f6a); «в этом
  // учебном году» inside a sentence (https://gist.github.com/anonymous/c5936904779b4617c67aa8c8ee4196dd); an item number before «В следующем
  // учебном году» (https://gist.github.com/95e73c69d972a1dba699bc02c8df4ac5); a month, then the next item's number
  // (https://bitbucket.org/bestrosewil1988/workspace/snippets/kkoxAE); the «до» of «доводится до …» (https://gist.github.com/36f842f51eefca76fbacb9b42444db4c);
  // two grades whose dash was lost (https://gist.github.com/anonymous/6c19758a18ad1b6ebc3841c53c14489a); a measure's number after
  // «мероприятие» (http://jjpk.hosting2.pstu.ru/vpk/news/2017/03/08/604)
  ['Справка об исполнении плана ВШК за 1 четверть учебного года.', range('2021-09-01', '2021-10-31')],
  ['Приказ "О выполнении программ за 1 четверть"', range('2021-09-01', '2021-10-31')],
  ['Наша учба Итоги успеваемости за 1 четверть 2011 2012 учебного года', range('2011-09-01', '2011-10-31')],
  ['Преподавание предмета «География» в МБ ОУ ______ В этом учебном году преподает географию в 5 классах.', range('2020-09-01', '2021-08-31')],
  ['1. В следующем учебном году активизировать работу научного общества.', range('2021-09-01', '2022-08-31')],
  ['Октябрь 1. План-график по реализации ФГОС НОО и ФГОС ООО.', range('2021-10-01', '2021-10-31')],
  ['Он доводится до членов педагогического коллектива в начале учебного года.', range('2021-09-01', '2021-09-30')],
  ['Справка по итогам проверки планов воспитательной работы классных руководителей 1 9х классов на 2009 2010учебный.', range('2009-09-01', '2010-08-31')],
  ['Напоминаем, что данный комплекс мероприятий проводится в рамках мероприятия 2.2. Федеральной целевой программы развития образования на 2016 - 2020 годы «Повышение качества образования в школах с низкими результатами обучения и в школах, функционирующих в неблагоприятных социальных условиях, путем реализации региональных проектов и распространение их результатов».', range('2016-01-01', '2020-12-31')],
  // Round 49 (corpus-real-44): «вместо» a weekday of a month (https://obrpoch.admin-smolensk.ru/gosudarstvennaya-itogovaya-attestaciya/novyj-razdel/arhiv-2022-2023-g-g);
  // «по итогам …» of the item before the cell's month (https://gist.github.com/b16f34396e752159e198eb03a5bb34a8); a half with a dash
  // before «учебного года» (https://gist.github.com/48901be4e3096b1a9a3420711f7bf16c)
  ['Изменена дополнительная дата проведения итогового собеседования: вместо первого рабочего понедельника мая – третий понедельник апреля.', on('2021-04-19')],
  ['Заседание секции дошкольных работников в августовской конференции по итогам учебного года и определению задач на новый учебный год. Август Методист по ДОУ', range('2021-08-01', '2021-08-31')],
  ['График проведения диагностических работ на второе полугодие - учебного года.', range('2021-01-01', '2021-08-31')],
  // Round 49 (corpus-real-44): a clause number «N.N» with a comma before a word (https://bitbucket.org/gesmetzmarti1975/workspace/snippets/qRX96p)
  ['1.6, Подготовка отчета по результатам обсуждения, до 01.04.2016.', by('2016-04-01')],
  // Round 44 (corpus-real-40): an item number before a date in figures (https://gimnaziya11rubczovsk-r22.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/mesyachnik-ohrany-truda-2024.html)
  ['1. С 08.04. по 19.04.2024г. комиссией по охране труда проведена проверка соблюдения требований безопасности во время занятий в кабинетах повышенной опасности (химии, физики, технологии, спортивный зал).', range('2024-04-08', '2024-04-19')],
  ['3. 19.04.2024г. проведена тренировка по эвакуации "Действия учащихся, персонала и посетителей гимназии при чрезвычайных ситуациях" с участием 1019 учащихся и 79 сотрудников.', on('2024-04-19')],
  // Round 44 (corpus-real-40): an act's date and bare number before its title are labels (https://gist.github.com/9f50df9be06d7f4e869bc37c98d4d686)
  ['Постановление администрации 30.05.2016 1048 "Об утверждении плана мероприятий («дорожная карта»), реализуемых для достижения запланированных значений показателей доступности для инвалидов объектов и предоставляемых на них услуг в Воскресенском муниципальном района на период 2016-2030 годы"', range('2016-01-01', '2030-12-31')],
  // Round 33 (corpus-real-31): a number after a noun of an address is a house or a room (https://m.ru24.net/mix/373171242)
  ['по адресу: пл. В.И. Ленина, д. 5, ежедневно (в рабочие дни) с 09:00 до 16:00.', ongoing2021],
  ['каб. 12 - до 15.05.2021', by('2021-05-15')],
  // Round 31 (corpus-real-29): a number code after «№» is no date
  // (https://github.com/ShamanKing19/gym40/blob/8447f5221190ec8b086e5457a61ca8d789a166df/incoming/1_class_incoming/index.php); the day after
  // «со дня <событие>» is the event's day (https://teachers-skills.ru/topic/1252)
  ['8. карта формы №26/у-2000 (по мере готовности, но не позднее 05 сентября текущего календарного года);', by('2021-09-05')],
  ['Указ вступает в силу со дня его подписания, 27 июня 2022 года.', on('2022-06-27')],
  ['6 июня 2012 года 09 часов 30 минут', on('2012-06-06')],
  ['27.02.2023 (25 февраля — суббота)', on('2023-02-27')],
  ['до 15.10.2021 (9 классы)', by('2021-10-15')],
  ['октябрь 2021, 5-7 классы', range('2021-10-01', '2021-10-31')],
  ['до 20.05.2021 для 9-х классов', by('2021-05-20')],
  ['до 1 сентября, 25 человек', by('2021-09-01')],
  ['ноябрь 2021 (2 этап), март 2022 (3 этап)', { kind: 'months', start: '2021-11-01', due: '2022-03-31', dates: ['2021-11-30', '2022-03-31'] }],
  ['до 01.09.2021, при наличии финансирования', by('2021-09-01')],
  ['май 2022 - по результатам ВПР', range('2022-05-01', '2022-05-31')],
  ['до 25.12, после проведения педсовета', by('2021-12-25')],
  ['22 апреля, далее - по необходимости', on('2021-04-22')],
  ['до 15.05.2021, в течение 3 дней после проверки', by('2021-05-15')],
  ['22.04. (пт)', on('2021-04-22')],
  ['26 июня (понедельник) — русский язык', on('2021-06-26')],
  ['19 и 20 мая – по иностранным языкам', on('2021-05-19', '2021-05-20')],
  ['11 июня (вт.) - резервный день: математика, история России', on('2021-06-11')],
  ['05.03.2014 05.07.2014 - дополнительный этап', on('2014-03-05', '2014-07-05')],
  // a span after a date counts from an event: a note, the date is the deadline
  ['до 31 августа. Не позднее 1 рабочего дня с даты подачи заявления', by('2021-08-31')],
  ['до 1 июня; в течение 3 рабочих дней после приема заявления', by('2021-06-01')],
  // grades are labels, never days: «с 1 по 11 классы», «1-4 классы», «5–9 кл.»
  ['с 1 по 11 классы – 31 мая 2021 г.', on('2021-05-31')],
  ['1-4 классы - до 20.05.2021', by('2021-05-20')],
  ['5–9 кл. – 15 мая, 10-11 кл. – 20 мая', on('2021-05-15', '2021-05-20')],
  // an event phrase at the start followed by days written out: the days win
  ['В дни проведения выпускных вечеров – 24 мая и 23 июня', on('2021-05-24', '2021-06-23')],
  ['в период каникул: с 1 по 7 ноября', range('2021-11-01', '2021-11-07')],
  ['после 15 мая', event('после 15 мая')],
  ['по итогам I четверти', event('итоги I четверти')],
  // a year written first is the year of the dates after it, not a window of its own
  ['в 2015 году с 23 марта по 18 апреля', range('2015-03-23', '2015-04-18')],
  ['2022 год: март, июнь', { kind: 'months', start: '2022-03-01', due: '2022-06-30', dates: ['2022-03-31', '2022-06-30'] }],
  ['в 2022 году, I полугодие', range('2022-01-01', '2022-06-30')],
  // a span before a window written in full is its length (https://mgsshi.by/…, https://rusuaz.blogspot.com)
  ['9 дней (с 30 октября 2022 г. по 7 ноября 2022 г. включительно)', range('2022-10-30', '2022-11-07')],
  ['81 день с 12 июня 2023 г. по 31 августа 2023 г. включительно', range('2023-06-12', '2023-08-31')],
  // Round 146 (corpus-real-134): after «за» too, a span before a bracketed window with both ends is its length, the time the figures
  // cover (https://news.mail.ru/society/68503184/); «за 2 недели до …» stays an offset
  ['Данные Рособрнадзора свидетельствуют, что за пять месяцев (апрель-август) свыше 23,5 тысячи детей-мигрантов были заявлены на обучение.', range('2021-04-01', '2021-08-31')],
  ['за 9 дней (с 30 октября по 7 ноября)', range('2021-10-30', '2021-11-07')],
  // Round 146 (corpus-real-134): a form's code after «форма / по форме» is the form's name, a label
  // (https://womans.mirtesen.ru/blog/43515049005/Detyam-inostrannyih-grazhdan-budet-neobhodima-spravka-ob-otsutst?utm_referrer=mirtesen.ru)
  ['Медицинская справка по форме 086/у до 1 августа', by('2021-08-01')],
  ['в течение 3 рабочих дней после 30 июня', event('в течение 3 рабочих дней после 30 июня')], // counted from a day: still an event
  // a period named after a range of days, and «по итогам …» after a date, are notes (https://school247spb.ru/basic-education/educational-schedule/)
  ['1 сентября — 27 октября – 1 четверть', range('2021-09-01', '2021-10-27')],
  ['13-14 декабря – по предварительным итогам 2 четверти и 1 полугодия (5-11 кл)', range('2021-12-13', '2021-12-14')],
  ['11 – 17 октября – по итогам 1 четверти.', range('2021-10-11', '2021-10-17')],
  ['сентябрь - октябрь - ноябрь', range('2021-09-01', '2021-11-30')], // months chain on: only a period after days is a note
  // verbs of starting and ending read as «с» and «по»
  ['прием начинается 1 апреля и завершается 30 июня', range('2021-04-01', '2021-06-30')],
  ['завершается 30 июня', by('2021-06-30')],
  // «с» in «в соответствии с …» is not «from» (https://ria.ru/20250818/ucheba-2036003312.html)
  ['идет в соответствии с планом-графиком и завершится к 29 августа', by('2021-08-29')],
  // «за <период>» before a deadline is the period a report covers, not an offset (http://www.acnc.eu/inf/buhgalterskaa-i-nalogovaa-otcetnost-v-rossii)
  ['За 4 кватал 2015г. - не позднее 25.01.2016г.', by('2016-01-25')],
  ['за I квартал 2021 года - до 20 апреля', by('2021-04-20')],
  ['за 4 квартал', range('2021-10-01', '2021-12-31')], // round 51: with no deadline after it, the quarter a report covers (it was `event`)
  // Round 6: a number after a noun of a part of a document names that part (https://kchr-gov.ru/doc/941)
  ['с 14 по 22 марта 2006 года согласно приложению 1', range('2006-03-14', '2006-03-22')],
  ['до 15 мая, п. 2.3 положения', by('2021-05-15')],
  ['до 1 июня, протокол № 5', by('2021-06-01')],
  ['в соответствии с пунктом 24 регламента до 10 сентября', by('2021-09-10')],
  // Round 155 (corpus-real-143): a range of parts after such a noun is one label, «приложению 1-21» like «приложению 1»
  // (https://hot-adm.ru/article9525); a month word after the dash keeps the day
  ['1. Утвердить требования к организации и проведению муниципального этапа всероссийской олимпиады школьников в 2021-2022 учебном году согласно приложению 1-21 к настоящему приказу.', range('2021-09-01', '2022-08-31')],
  ['до 15 мая, пункты 2.1-2.4 положения', by('2021-05-15')],
  ['п. 2-15 мая', on('2021-05-15')],
  // Round 6 (corpus-real-9): a school year written first, then days: the days name the window (https://ru.market.korupciya.com/?p=7949)
  ['2016-2017 учебный год начнется в четверг 1 сентября 2016 и продлится до 26 мая 2017 включительно.', range('2016-09-01', '2017-05-26')],
  ['в 2021-2022 учебном году - 1 декабря', on('2021-12-01')],
  ['2021-2022 учебный год: 10 января, 15 марта', on('2022-01-10', '2022-03-15')],
  // ordinal words before a month are its days (https://hotgeo.ru/society/44999)
  ['с тридцатого августа по третье сентября включительно', range('2021-08-30', '2021-09-03')],
  ['двадцать пятого мая', on('2021-05-25')],
  ['первого сентября', on('2021-09-01')],
  // a full date right after the period a report covers is its deadline (https://futazhik.ru/strakhovoe-pravo/5140-sroki-sdachi-otchyotnosti-v-2023-godu-3.html)
  ['За I квартал 2023 года 25.04.2023', on('2023-04-25')],
  ['за январь 2023 года 27.02.2023', on('2023-02-27')],
  // Round 7: a percentage is a label
  ['до 1 декабря, охват не менее 80 %', by('2021-12-01')],
  ['до 1 декабря (100%)', by('2021-12-01')],
  // Round 7 (corpus-real-10): a period named before a colon labels the dates after it
  // (https://kulturarb.ru/ru/news/sobytiya-na-pro-kultura-rf/ura-kanikuly96)
  ['Первая четверть: 1 сентября - 26 октября 2024 года', range('2024-09-01', '2024-10-26')],
  ['II квартал: до 15.07.2021', by('2021-07-15')],
  // Round 8 (corpus-real-11): a quarter or school quarter named before days inside it says where they fall
  // (https://magilev.by/news/2022/09/06/kogda-kanikuly-grafik-na-nyneshnij-uchebnyj-god)
  ['Для детей из первых и вторых классов в третьей четверти предусмотрены дополнительные каникулы (7 дней) – с 20 по 26 февраля.', range('2021-02-20', '2021-02-26')],
  ['I квартал, до 15 марта', by('2021-03-15')],
  ['I квартал, до 15 апреля', { kind: 'range', start: '2021-01-01', due: '2021-04-15' }],
  // Round 8 (corpus-real-11): a list item's marker «1)» at the start is no number of the deadline (https://55tal.uralschool.ru/site/pub?id=574)
  ['1) муниципальный этап – до 23 сентября 2022 года;', by('2022-09-23')],
  ['3) федеральный этап – с 10 октября по 31 октября 2022 года.', range('2022-10-10', '2022-10-31')],
  ['а) до 1 мая', by('2021-05-01')],
  // Round 9 (corpus-real-12): a bracketed alternative day between a day and its month is a note (https://postila.ru/post/72582480)
  ['Экзамен по русскому языку ученики девятых классов сдают 24 (25) мая, ОГЭ по математике — 27 (28) мая.', on('2021-05-24', '2021-05-27')],
  ['24(25) мая', on('2021-05-24')],
  // Round 9 (corpus-real-12): a year written first gives its year to the days without one, even when a later day has its own
  // (https://dzen.ru/list/new-year/plan-raboty-shkoly-v-period-zimnih-kanikul?from_cloud=true)
  ['В 2023 году у всех школьников последним учебным днем станет пятница 29 декабря, а в школу дети вернутся 9 января 2024 года...',
    on('2023-12-29', '2024-01-09')],
  ['В 2023 году с 29 декабря по 9 января 2024 года', range('2023-12-29', '2024-01-09')],
  // Round 9 (corpus-real-13): a clause number «2.4.1.» at the start is dropped
  // (https://xn--18-6kcho3acf2a1c3c.xn--80aac3agbfud7c8b.xn--p1ai/?section_id=220)
  ['2.4.1. К написанию итогового сочинения (изложения) в текущем учебном году в дополнительные даты (в первую среду февраля и вторую среду апреля) допускаются:',
    on('2021-02-03', '2021-04-14')],
  ['1.9.1. до 1 мая', by('2021-05-01')],
  ['01.09.21. Линейка', on('2021-09-01')],
  // Round 9 (corpus-real-13): an ignored ordinal takes its «с» with it (https://stolicaonego.ru/news/itogovoe-sobesedovanie-po-russkomu-jazyku-u-devjatiklassnikov-projdet-11-fevralja/)
  ['Для тех, кто не пройдет собеседование с первого раза или пропустит его по болезни, предусмотрены резервные дни — 11 марта и 20 апреля.',
    on('2021-03-11', '2021-04-20')],
  // Round 9 (corpus-real-13): a three- or four-digit count that cannot be a year, before a word, is a label (https://ukn-minobr.nobl.ru/presscenter/events/4615)
  ['В ноябре 2023 года управлением по контролю и надзору в сфере образования запланировано проведение 1135 наблюдений за соблюдением обязательных требований (мониторингов безопасности).',
    range('2023-11-01', '2023-11-30')],
  ['до 15 марта для 350 участников', by('2021-03-15')],
  // a title in quotes after a date is a note (https://club-ug-ach.ucoz.ru/news/2014-09-23)
  ['С 21-24.10.2014 – прием заявок на участие в заочном этапе городского конкурса профессионального мастерства «Педагог города – 2014».',
    range('2014-10-21', '2014-10-24')],
  // Round 10 (corpus-real-13): a year joined to a word by a hyphen is a title's year, the year of the dates that have none
  // (https://emet-kozlov.edu21.cap.ru/news/2012/12/10/news_256875/?id=52dd2d4d-f510-48b9-9c1a-6a0c91df315b)
  ['С 3 по 8 декабря в школе прошла Неделя математики-2012.', range('2012-12-03', '2012-12-08')],
  ['до 15 мая, ЕГЭ-2024', by('2024-05-15')],
  ['до 15 мая 2023, ЕГЭ-2024', by('2023-05-15')],
  // Round 11 (corpus-real-16): a class's number and letter in quotes are a label
  ['в 5 "А" классе – 15 мая', on('2021-05-15')],
  // Round 15 (corpus-real-20): list items numbered inside a sentence are labels
  // (https://sh-divinskaya-ploskoe-r66.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/oblastnaya-aktsiya-ekologicheskiy-yanvar.html)
  ['В январе на базе центра "Точка роста" были проведены мероприятия: 1. литературно-художественный конкурс "Зимние встречи на кормушке", 2.занимательная викторина "От А до Я", 4.мероприятие "День снегиря".',
    range('2021-01-01', '2021-01-31')],
  ['до 15 мая провести: 1) конкурс рисунков, 2) викторину', by('2021-05-15')],
  // a «с» before a partner («с одаренными детьми», «с ветеранами») starts no window
  // (https://vpered-pgr.ru/society/2021/09/01/v-bryanske-centr-po-rabote-s-odarennymi-detmi-otkroetsya-17-sentyabrya)
  ['Как сообщает пресс-служба, центр для работы с одаренными детьми «ОГМА» откроется в Брянске 17 сентября.', on('2021-09-17')],
  ['Встреча с ветеранами 17 сентября и 20 октября', on('2021-09-17', '2021-10-20')],
  ['с момента подписания до 31 декабря', by('2021-12-31')],
  // an opening verb names the day of the opening, before or after it (Round 15 decision)
  ['Центр откроется 17 сентября.', on('2021-09-17')],
  ['Регистрация откроется 1 марта', on('2021-03-01')],
  // Round 16 (corpus-real-21): a number after «из» is a count (http://www.vsoh1.ru/news/zasedanie_roditelskogo_komiteta/2010-11-23-110);
  // a date after «не» / «вместо» no longer holds, and «N-го» takes the month written before it (https://news.mail.ru/society/67632786/)
  ['22 ноября 2010 года состоялось заседание родительского комитета школы, на котором присутствовали представители 13 классов из 22 (самый низкий % участия родителей за последние 5 лет).',
    on('2010-11-22')],
  ['В связи с этим учеба в 10-х классах будет завершаться не 31 мая, как раньше, а 25-го.', by('2021-05-25')],
  ['Экзамен пройдёт не 5 мая, а 12-го.', on('2021-05-12')],
  ['вместо 5 мая оно пройдёт 12-го числа', on('2021-05-12')],
  // Round 17: days after a holiday win, as after every event at the start
  ['в осенние каникулы (с 28.10 по 05.11)', range('2021-10-28', '2021-11-05')],
  // Round 19: a date after a document in the instrumental or an agreement is the deadline
  ['приказом по школе, до 1 сентября', by('2021-09-01')],
  ['по договоренности, до 15 мая', by('2021-05-15')],
  // Round 20 (corpus-real-22): Greek look-alike letters (http://dopodlinno.ru/cityhonews143.htm: «до κонца марта», «В срοк до 31
  // марта 2014 гοда»), a year written first before a dated day (https://byanik-urmary.edu21.cap.ru/news/2011/05/17/news_126460/),
  // the eve of a window in a list and the start of the school year beside a day (https://34374.info/?p=2986), «в прошлом году» (the
  // same page), a span after a noun of length (https://kuga-sch.nubex.ru/15188)
  ['Готовнοсть ППЭ обязана быть прοверена κомиссией до κонца марта', by('2021-03-31')],
  ['В срοк до 31 марта 2014 гοда члены κомиссии инспектируют ППЭ', by('2014-03-31')],
  ['В соответствии с планом основных мероприятий 2011 г. и в целях недопущения пожаров,  14.05.2011 г. проведена плановая объектовая тренировка', on('2011-05-14')],
  ['2011 г. - 14.05.2012', range('2011-01-01', '2012-05-14')],
  ['В прежние годы приемка школ к новому учебному году происходила в конце августа.', range('2021-08-21', '2021-08-31')],
  ['до сентября, июль-август', range('2021-07-01', '2021-08-31')],
  ['к началу учебного года, до 25 августа', by('2021-08-25')],
  ['25 августа акты о приемке школ к новому учебному году были подписаны', on('2021-08-25')],
  ['В прошлом году впервые уже 25 августа акты о приемке всех школ к новому учебному году были подписаны.', on('2020-08-25')],
  ['в прошлом году', range('2020-01-01', '2020-12-31')],
  ['в следующем году 1 марта', on('2022-03-01')],
  ['Областная комиссия ежегодно направляет отчет за прошедший год', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  ['В первом классе продолжительность урока 35 минут (сентябрь, октябрь, ноябрь, декабрь) и 40 минут (январь-май).', { kind: 'months', start: '2021-09-01', due: '2021-12-31', dates: ['2021-09-30', '2021-10-31', '2021-11-30', '2021-12-31'] }],
  ['длительность смены – 21 день, с 1 по 21 июня', range('2021-06-01', '2021-06-21')],
  // Round 22 (corpus-real-23): item numbers of a decade plan before a day and its month (http://lib-5.ru/urok3/urok-185657.php),
  // a clause number before a lower-case word with a date after it (https://studylib.ru/doc/4542512/grippa-i-ostryh-respiratornyh-virusnyh),
  // two lengths before windows (https://deafsch.by/organizacziya-obrazovatelnogo-proczessa/kanikulyi), the period a plan covers
  // after «на» (http://businesspravo.ru/Docum/DocumShow_DocumID_29697.html)
  ['1.24 ноября. Общешкольная линейка. Объявление начала декады.', on('2021-11-24')],
  ['2. 25 -26 ноября. Конкурс чтецов «Лермонтовские чтения». К 200-летию со дня рождения поэта.', range('2021-11-25', '2021-11-26')],
  ['6. 2 – 3 декабря. Конкурс рисунков, посвящённых Дню Матери.', range('2021-12-02', '2021-12-03')],
  ['7. 4 декабря . Общешкольная линейка. Подведение итогов декады. Награждение победителей.', on('2021-12-04')],
  ['1.1. подготовить план мероприятий по профилактике гриппа и ОРВИ в срок до 28.01.2016г, предоставить директору;', by('2016-01-28')],
  ['летние – 92 дня с 1 июня 2023 г.  по 31 августа 2023 г., для учащихся, завершивших обучение на II ступени общего среднего образования, – 81  день с 12 июня 2023 г. по 31 августа 2023 г. включительно.', range('2023-06-01', '2023-08-31')],
  ['3. Префектурам административных округов до 01.06.2002 разработать и утвердить план мероприятий по развитию дополнительного образования детей на 2002-2004 гг.', by('2002-06-01')],
  ['План мероприятий по развитию дополнительного образования детей на 2002-2004 гг.', range('2002-01-01', '2004-12-31')],
  // Round 25 (corpus-real-24): a part of a school year beside a window of days inside it is a note; a document's number with letters
  // after «от <date>» is a label, and a plan's noun reaches over participial phrases to «на <years>»
  ['… воспитания навыков безопасного поведения на дороге в начале 2023/2024 учебного года в период с 18 сентября по 22 сентября 2023 года, сотрудниками Госавтоинспекции будет проводиться Всероссийская неделя безопасности дорожного движения.', range('2023-09-18', '2023-09-22')],
  ['в начале учебного года, с 1 по 5 сентября', range('2021-09-01', '2021-09-05')],
  ['В период с 05.12.2022 по 09.12.2022 в Московской области в образовательных учреждениях будет проходить «Неделя функциональной грамотности» в соответствии с Планом мероприятий, направленных на формирование и оценку функциональной грамотности обучающихся общеобразовательных организаций, расположенных на территории Московской области, на 2022/2023 учебный год, утвержденным распоряжением Министерства образования Московской области от 13.10.2022 № Р-682 .', range('2022-12-05', '2022-12-09')],
  ['до 1 марта согласно приказу от 15 мая 2020 года № 01-12/345', by('2021-03-01')],
  // Round 26 (corpus-real-25): a grade label before a phrase at the start (https://www.school1-sozonov.ru/content/1054), one weekday
  // alone with hours (http://sch-33.ru/index.php/sotsialnaya-sluzhba/upolnomochennyj-po-zashchite-prav-detej-v-obrazovatelnom-protsesse?tmpl=component&print=1&page=),
  // «со дня <событие>» (https://checheninfo.ru/336751-volgograd-2023-god-objavlen-godom-pedagoga-i-nastavnika.html), «все сроки …»
  // (https://chr.mk.ru/amp/social/2020/05/14/lipeckie-shkolniki-napishut-ege-pozzhe-chem-planirovali.html), a journey's start or end
  // (http://dolmechta.ucoz.ru/news/2021-04-06, https://cashbackdolpioner.com/%D0%B4%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D1%8B-%D0%B2-%D0%BB%D0%B0%D0%B3%D0%B5%D1%80%D1%8C/)
  ['9, 11 классы - по окончанию сроков государственной итоговой аттестации', event('окончание сроков государственной итоговой аттестации')],
  ['5–9 кл. - по плану ВШК', schedule('план ВШК')],
  ['понедельник 09.00 - 15.00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Указ вступает в силу со дня его подписания.', event('со дня его подписания')],
  ['Все сроки будут утверждены Правительством Российской Федерации.', schedule('все сроки будут утверждены Правительством Российской Федерации')],
  ['Эти документы оформляются до отъезда ребенка в лагерь.', event('до отъезда ребенка в лагерь')],
  ['Медосмотр в день заезда', event('в день заезда')],
  // Round 27 (corpus-real-26): a whole month before a window of days inside it is the row's heading
  // (https://ber-ddute.berschool.ru/?section_id=119); a bare day after «а» takes the month of the day before it
  // (https://zbs.rooivacevichi.gov.by/, p-156863); a day after «на» that a window of days is for is a note, its year the window's
  // (http://www.2499.ru/show/komplekt/)
  ['Сентябрь с 08 по 12 сентября 2025г. 09.00-10.00 – первая категория 15.00-16.00 – высшая категория', range('2025-09-08', '2025-09-12')],
  ['с 1 по 5 сентября, сентябрь', range('2021-09-01', '2021-09-30')],
  ['Репетиция НИКО пройдет для наших учащихся 14 ноября, а 29 – само исследование.', on('2021-11-14', '2021-11-29')],
  ['до 10 мая, а 25 человек – позже', by('2021-05-10')],
  ['В соответствии с приказом Департамента образования города Москвы от 15 февраля 2011 года № 126 «Об утверждении Порядка комплектования государственных образовательных учреждений, реализующих основную общеобразовательную программу дошкольного образования, системы Департамента образования города Москвы» с 1 марта по 31 мая будет проводиться комплектование дошкольных образовательных учреждений на 1 сентября 2012 года.', range('2012-03-01', '2012-05-31')],
  ['Сведения на 01.01.2022', on('2022-01-01')],
  // Round 30: a year or school year after a day written in full that contains it is the period the work is about
  // (https://uprobr.ucoz.ru/load/prikaz_411_ot_23102009/1-1-0-90)
  ['1.1. осуществить в срок до 11.12.2009 года проверку деятельности общеобразовательных учреждений по вопросу ведения классных журналов в 2009/2010 учебном году;', by('2009-12-11')],
  // Round 32 (corpus-real-30): one weekday with hours «с … до …» (http://tanejici.slutsk.edu.by/ru/main.aspx?guid=1671,
  // http://rogovo.minsk.edu.by/ru/main.aspx?guid=1281); a share with a slash and «по требованию» inside a sentence
  // (https://sh7-ivanovo-r24.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/struktura-i-organy-upravleniya-obrazovatelnoy-organizatsiey/pedsovet);
  // «с <год>» after a day (https://school31.edummr.ru/index.php/en/vse-novosti/260-2013g-28-oktyabrya-mezhdunarodnyj-den-shkolnykh-bibliotek?layout=default&print=1&tmpl=component)
  ['среда с 12.00 до 13.00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Понедельник с 8.30 до 17.00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['пятница до 13.05', by('2021-05-13')],
  ['Внеочередные заседания Педагогического совета проводятся  по требованию не менее 1/3 от общего числа педагогических работников Учреждения.',
    event('по требованию не менее 1/3 от общего числа педагогических работников Учреждения')],
  ['Заседание созывается по требованию директора.', event('по требованию директора')],
  ['до 1/3', { kind: 'unparsed', reason: 'непонятное число «1.3»' }],
  ['Международный день школьных библиотек (International School Library Day) отмечается 28 октября с 1999 года по инициативе ЮНЕСКО.', on('2021-10-28')],
  // Round 38 (corpus-real-36): «срок исполнения —» names its day the deadline (http://rcoi12.ru/news/news-federal/12161/); a timetable's
  // abbreviation of one weekday with its hours (https://bpoo.uksivt.ru/web/index.php?r=site/document&id=24); a percentage with a decimal
  // fraction is a label (https://pdfslide.tips/documents/-01112018-.html)
  ['Срок исполнения — первое сентября 2016 года.', by('2016-09-01')],
  ['Пт 09:00–17:00', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['По состоянию на 01.09.2018, 18,6% подростков-участников программы «Шанс» воспитываются в детских учреждениях, расположенных в сельской местности (села, деревни, хутора);', on('2018-09-01')],
  // Round 38: a count of years before a window of years is its length (https://ooipkro.ru/Bank_HTML/Text/t19_141.htm)
  ['Эксперимент рассчитан на 3 года 2001-2003.', { kind: 'range', start: '2001-01-01', due: '2003-12-31' }],
  // Round 40 (corpus-real-37): the plural number sign «№№» before a list (http://old.glazov-gov.ru/services/news/view?news=1325830564);
  // an issued act's date after its number (https://emschool4.ru/news/2015-11-17-109); an anniversary's count of years
  // (https://cdb-mich.ucoz.ru/news/literaturnaja_mozaika/2025-01-16-1478); a count of teaching time
  // (https://ddtpravdinsk.klgdschool.ru/file/card?id=6619)
  ['10 и 11 сентября пройдут экстренные эвакуации в школах №№ 9,10,1,3 и в ФМЛ.', on('2021-09-10', '2021-09-11')],
  ['В соответствии с письмом №53/10512 от 28.10.2015г. провести инструктажи до 1 декабря.', by('2021-12-01')],
  ['4 января – 240 лет со дня рождения немецкого писателя-сказочника Якоба Гримма (1785–1863).', on('2021-01-04')],
  ['- 26 мая 2026 года - 34 учебные недели.', on('2026-05-26')],
  // Round 40: «с <дня недели>» alone is open-ended (https://barnaul-news.net/incident/2024/10/26/317169.html); «приурочить к»
  // (https://gorod48.ru/news/1925937/), «во время перемен» (https://docs.cntd.ru/document/995121930/titles/24KCDB2) and «в рамках
  // мероприятий» (https://essentuki-r07.gosweb.gosuslugi.ru/dlya-zhiteley/novosti-i-reportazhi/novosti_14.html) are events
  ['С понедельника полицейские совместно с представителями системы профилактики посещают семьи, которые могут находится в сложном положении.', ongoing2021],
  ['Мероприятие приурочили к Всемирному дню гражданской обороны.', event('приурочили к Всемирному дню гражданской обороны')],
  ['Библиотека не должна закрываться на перерыв во время перемен между учебными занятиями.', event('во время перемен между учебными занятиями')],
  ['В рамках мероприятий инспекторы проводят беседы с родителями.', event('в рамках мероприятий инспекторы проводят беседы с родителями')],
  // Round 59 (corpus-real-53): «до середины <месяца>» is the 15th (https://www.dfm106.ru/news/d-city/v-krasnodare-k-novomu-uchebnomu-godu-otremontiruyut-detskie-sady-i-shkoly-);
  // a phone number after a range (https://www.press-line.ru/news/2007/08/v-krasnoyarske-projdet-aktsiya-pomogi-pojti-uchit-sya/print);
  // a span counted from an event, then «, до <дата>» (https://pravda-nn.ru/news/otopitelnyj-sezon-v-detsadah-shkolah-i-bolnitsah-dzerzhinska-nachnetsya-18-sentyabrya);
  // a repeat adjective in a text reporting a held event (https://vestiagula.ru/tag/34-2022/page/8) or with a full date (corpus-real-52,
  // https://docs.cntd.ru/document/574862868/titles/2UVGDGJ); the results of a past school year after a day
  // (https://komsml.cap.ru/press-centr/2005/08/21/na-konferencii-pedagogov-rajona-budet-obsuzhdat)
  ['Сделать реомнты планируют до середины августа.', by('2021-08-15')],
  ['в середине августа', range('2021-08-11', '2021-08-20')], // the days 11–20 as before
  ['Акция продлится с 15 августа по 30 сентября, На протяжении всего времени действия акции будет работать телефон «горячей линии»: 26-15-10.', range('2021-08-15', '2021-09-30')],
  ['В многоквартирные дома тепло придет в течение 3 недель после официального пуска отопительного сезона, до 8 октября.', by('2021-10-08')],
  ['Документы направляются в течение 3 рабочих дней со дня получения, но не позднее 8 октября', by('2021-10-08')],
  ['за 10 дней до 01.09.2021', event('за 10 дней до 01.09.2021')], // the date anchors the offset: no deadline after it
  ['23 августа в Махачкале прошло ежегодное Августовское совещание работников образования.', on('2021-08-23')],
  ['В 2021 году ежегодные планы направляются руководителями проектов в региональный проектный офис до 15 августа 2021 г.', by('2021-08-15')],
  ['ежегодный отчёт до 1 сентября', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year', day: 1 }], // as before
  ['20 августа т.г. состоялось очередное совещание диркторов общеобразовательных учреждений района, на котором подведены итоги единых государственных экзаменов 2004-2005 учебного года, обсужден вопрос перевода базовых школ на самостоятельное финансирование, затронуты организационные вопросы по подготовке и проведению конференции педагогических работников района.', on('2021-08-20')],
  // Round 67 (corpus-real-61): a title in straight quotes after a date is a note (http://klass1a2018.blogspot.com/2019/03/3.html)
  ['3 апреля в рамках Всероссийского экологического субботника "Зелёная весна" пройдёт сбор макулатуры.', on('2021-04-03')],
  // Round 67 (corpus-real-61): a purpose clause «, чтобы …» after the dates is a note (https://mbouasosh.ucoz.net/news/vot_ono_kakoe_nashe_leto_trudovoe/2024-07-18-1059)
  ['В течение июня, июля, августа группы учащихся 5-11 класса содержали в порядке пришкольную территорию, чтобы в сентябре они удивили всех своим разноцветным великолепием.', { kind: 'months', start: '2021-06-01', due: '2021-08-31', dates: ['2021-06-30', '2021-07-31', '2021-08-31'] }],
  // Round 92 (corpus-real-81): five figures in a year's place, one reading left (http://kom-obr.ru/2022/12/29/); «отстающими по … программе»
  // is the curriculum, so the dateline's day stays (https://tass.ru/obschestvo/25387793)
  ['23 декабря 20222 года на базе ГАУ ДПО «ВГАПО» проводилось итоговое совещание по работе со школами с низкими образовательными результатами в 2022 году.', on('2022-12-23')],
  ['МОСКВА, 19 октября. /ТАСС/. Индивидуальные занятия с детьми, отстающими по обязательной школьной программе, должны проводиться педагогами на безвозмездной основе.', on('2021-10-19')],
  // Round 127 (corpus-real-115): a number after an educational organisation's abbreviation is its number, a label
  // (http://prof.cduttkirspb.ru/p46aa1.html)
  ['Кустовое родительское собрание прошло 5 апреля в ОУ 264.', on('2021-04-05')],
  // Round 140 (corpus-real-128): a span before «назад» says how long ago, a label; the year is read
  // (http://znamja.com/vse-novosti/media/2018/10/19/novyie-kotelnyie-dlya-shkolyi-i-sadika/)
  ['Двухэтажное кирпичное здание Брызгаловской средней школы в поселке имени Карла Маркса было построено 45 лет назад в 1973 году в расчете на 278 учащихся.', range('1973-01-01', '1973-12-31')],
  // Round 242 (corpus-real-210): «в <год> году» after a day with no year is its year (https://ria24.today/news/gubernator-pozdravil-peterburzhcev-s/2572921,
  // https://ddom7.ru/?p=4148); an English month after its day (http://pervom.cit-vbg.ru/vosp-pedagog)
  ['Впервые 1 июня отмечался в 1950 году.', on('1950-06-01')],
  ['1 июня в 2012 году Генеральной Ассамблеей ООН был провозглашен Всемирный день родителей.', on('2012-06-01')],
  ['11 January 2019 12:35', on('2019-01-11')],
  ['5th of February 2019', on('2019-02-05')],
  // Round 248 (corpus-real-218, https://www.newsinfo.ru/news/2003-12-29/item/561400/): an opening verb and a verb of ending, each with its
  // day, are one window; an opening verb alone names its day
  ['Госдума утвердила сегодня распорядок работы депутатов на весенней сессии палаты парламента, которая открывается 12 января и завершится 19 июня 2004 года.', range('2004-01-12', '2004-06-19')],
  ['Навигация открывается 1 мая, закрывается 30 сентября', range('2021-05-01', '2021-09-30')],
  ['Регистрация откроется 1 марта', on('2021-03-01')],
  // Round 246 (corpus-real-222): a yearly adjective in a news sentence of today is one item of the series; a verb of starting before
  // its day is open-ended (https://russkiymir.ru/news/195927/?sphrase_id=3229321)
  ['Финальный тур ежегодного конкурса на звание «Учитель года» начинается сегодня, 25 сентября.', { kind: 'ongoing', start: '2021-09-25', due: '2021-12-31' }],
  // Round 244 (corpus-real-220, http://0-50.ru/news/russia/2011-02-04/id_13772.html): a span after «на» before a dash, a colon or a
  // bracket is the length of the days after it; the number of sanitary rules with a spaced dash before its year is a label
  // (https://schoolderg1.my1.ru/news/karantin/2022-02-17-1538)
  ['Карантин, который, вероятно, так радует незаболевшую гриппом часть школьников, продлен на 2 дня – на 7 и 8 февраля.', on('2021-02-07', '2021-02-08')],
  ['Карантин продлен на 2 дня – до 8 февраля.', by('2021-02-08')],
  ['Занятия отменены на 2 дня (7 и 8 февраля).', on('2021-02-07', '2021-02-08')],
  ['СаНПиН 2.4.2.2821 - 10 "Санитарно-эпидемиологические требования", классы закрыты на карантин с 17.02.2022 по 22.02.2022 года.', range('2022-02-17', '2022-02-22')],
  ['СП 3.1.2.3114 – 13 «Профилактика туберкулеза», справку представить до 1 марта', by('2021-03-01')],
  // Round 249: a clause number of three parts, or an item number before a capitalised preposition and a date, glued to the word after
  // it (corpus-real-13's and corpus-real-40's clauses with the space lost); runs of spaces read as one
  ['2.4.1.К написанию итогового сочинения (изложения) в текущем учебном году в дополнительные даты (в первую среду февраля и вторую среду апреля) допускаются:', on('2021-02-03', '2021-04-14')],
  ['1.С 08.04. по 19.04.2024г. комиссией по охране труда проведена проверка', range('2024-04-08', '2024-04-19')],
  ['Зарегистрировано  в  Минюсте  России  1  октября  2013  г.  N  30067', on('2013-10-01')],
  // Round 250: low-high quotes read as «…»: a title's year in them after days with no year is a note (corpus-real-209's row in «…»)
  ['С 23 по 27 сентября в Волгограде пройдет финал конкурса Всероссийского профессионального конкурса „Воспитатель года России – 2023“.', range('2021-09-23', '2021-09-27')],
  ['В пятницу, 10 февраля, в Смоленске стартовал первый этап всероссийского конкурса „Учитель года — 2023”.', on('2021-02-10')],
  // Round 251: a date with slashes reads as with dots (corpus-extra's «15 – 19.02.2021» and corpus-real-101's act date so written)
  ['15 – 19/02/2021', range('2021-02-15', '2021-02-19')],
  // Round 268 (corpus-real-233's variants, https://khabarovsktv.ru/node/23624): a slash date whose second number is 13–31 is written
  // month first (Drupal's «D, m/d/Y - H:i»); one both ways readable stays the day first, dots write the day first
  ['чт, 05/23/2024 - 17:32', on('2024-05-23')],
  ['до 12/15/2021', by('2021-12-15')],
  ['вт, 06/04/2024 - 10:00', on('2024-04-06')],
  ['05.23.2024', { kind: 'unparsed', reason: 'несуществующая дата «05.23.2024»' }],
  // Round 252: the dot of a month's abbreviation after its day, before a small letter or a figure, ends no date (corpus texts with the
  // full name read so: corpus-real-215's «онлайн-зачет … с 1 по 15 декабря 2022 года», an act's date after «от»)
  ['Пятый ежегодный Всероссийский онлайн-зачет по финансовой грамотности проходит с 1 по 15 дек. 2022 года.', range('2022-12-01', '2022-12-15')],
  ['Вопрос о повышении рассмотрели 21 дек. прошлого года на заседании краевого правительства.', on('2020-12-21')],
  ['от 21 апр. 2015 г. № 291', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['Указ Президента Российской Федерации от 16/01/2025 № 28 «О проведении в Российской Федерации Года защитника Отечества»', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 253 (corpus-real-224): a month written with the year written first is a day of that year, the leading year no window
  // (https://seg-sh6.ru/4698/10280.html); a word in brackets between an ordinal in figures and its noun leaves the ordinal a label
  // (https://muraveynik59.ru/main/novosti/2025/093/o_provedenii_kraevogo_konkursa_kraevedcheskih_issledovatelskih_i_proektnyh_rabot_otechestvo.html)
  ['Эксперты выдвинули 20 исследовательских работ для участия в районной конференции "Юность. Наука. Краеведение - 2020", которая состоится в апреле 2020 года.', range('2020-04-01', '2020-04-30')],
  ['в 2020 году конференция состоится в апреле 2020 года', range('2020-04-01', '2020-04-30')],
  ['Сроки, место, порядок проведения и список участников 2-го (очного) тура Конкурса будут уточнены информационным письмом не позднее 26 ноября 2025 года', by('2025-11-26')],
  ['1-й (заочный) этап – до 15 марта', by('2021-03-15')],
  // Round 258: a day with an ordinal ending before its month is the plain day (corpus-real-100's row with «4-го мая»,
  // https://www.pnp.ru/social/v-rossiyskikh-shkolakh-proydet-akciya-bessmertnyy-polk.html; corpus-real-222's «до 23-го апреля»)
  ['Во всех школах страны учебный день 4-го мая начнется с торжественной линейки, посвященной 78-й годовщине со Дня Победы в Великой Отечественной войне.', on('2021-05-04')],
  ['Распоряжение Правительства РФ от 25-го июля 2022 г. № 2036-р Об утверждении Плана проведения в РФ Десятилетия науки и технологий', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['Ведомство рекомендует 24–25-го мая как даты проведения в 2024 году в школах последних звонков, а выпускных вечеров 28–29-го июня 2024 года».', range('2024-05-24', '2024-06-29')],
  ['к 1-му сентября', by('2021-09-01')],
  // Round 256: a bracket of other hours after round 92's heading of working hours (a second shift, a break) keeps the weekly hours
  // (corpus-real-227, http://school567.edu.ru/?page_id=442)
  ['Режим работы ГПД с 12.30 до 18.30 (с 13.30 до 19.30).', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['Режим работы: с 8.00 до 17.00 (обед с 12.00 до 13.00)', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['с 12.30 до 18.30 (с 13.30 до 19.30)', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 255: a number of five to seven figures, or a count after «более / свыше …», closing a sentence is a label; «до уровня / размера
  // …» is no «до» for a later year; «… правоотношения, возникшие с <дня>» after «после <события>» is the day an act applies from
  // (corpus-real-226's rules of premiums, news of pay and edition notes)
  ['2.3. Исполнительный орган государственной власти Санкт-Петербурга, в ведении которого находится ГОУ, готовит мотивированное заключение на каждого претендента, содержащее краткий перечень заслуг претендента за последние три года (далее - заключение), и в период с 6 по 8 июня текущего года направляет заключения и документы претендента в соответствии с перечнем в Комитет по адресу: Комитет по образованию, пер.Антоненко, д.8, Санкт-Петербург, 190000.', range('2021-06-06', '2021-06-08')],
  ['07.10.2021 19:04 43740', on('2021-10-07')],
  ['С 1 сентября советники директора по воспитанию появятся только в 335 школах Удмуртии при общем количестве школ более 600.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['Среднюю зарплату воспитателей детсадов было велено подтянуть до уровня зарплат учителей в регионе в 2013 году.', range('2013-01-01', '2013-12-31')],
  ['до уровня 2019 года', by('2018-12-31')],
  ['Постановление вступает в силу после его официального опубликования и распространяется на правоотношения, возникшие с 1 января 2016 года.', { kind: 'ongoing', start: '2016-01-01', due: '2021-12-31' }],
  ['Выплата производится после опубликования 1 июля', event('после опубликования 1 июля')],
  // Round 259: the dash between two numbers reads the same whichever dash it is (corpus-real-57's age and corpus-real-113's days
  // with the other dash)
  ['4. Численность воспитанников в возрасте 3 – 6 лет указывается с учетом филиалов на 1 января года следующего за отчетным.', on('2021-01-01')],
  ['Ведомство рекомендует 24-25 мая как даты проведения в 2024 году в школах последних звонков', range('2024-05-24', '2024-05-25')],  // Round 260: a two-figure year from 70 on is the last century's
  ['до 12.05.98', by('1998-05-12')],
  ['в 98-99 учебном году', range('1998-09-01', '1999-08-31')],  // Round 261: a date with a two-figure year reads as with its four figures, and a reason quotes a rewritten date as written
  ['Публикации за 17.04.25', on('2025-04-17')],
  ['в первую среду декабря (04.12.24)', on('2024-12-04')],
  ['до 31/02/2021', { kind: 'unparsed', reason: 'несуществующая дата «31/02/2021»' }],  // Round 262: an item number before a day and an abbreviated month is the item's number (corpus-real-38's and -177's rows so written)
  ['4.1. В срок до 15 авг. года, следующего за отчетным, на основании сведений Министерство готовит проект сводного доклада', by('2021-08-15')],
  ['1. 26 дек. 2014 года в 13.00 часов провести Новогоднюю елку главы', on('2014-12-26')],  // Round 263: a month's abbreviation after its day is the month's whole name (corpus-real-129's and -184's rows so written)
  ['Общероссийский день приема граждан в Министерстве науки и высшего образования, назначенный на 14 дек., был перенесен из-за ситуации с распространением коронавируса.', { kind: 'unparsed', reason: 'срок перенесён, новый не назван' }],
  ['Приказом и.о.директора МБОУ «Коробицынская СОШ» от 31 авг. № 243', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['до 31 фев', { kind: 'unparsed', reason: 'несуществующая дата: 31.02.2021' }],
  // Round 266 (corpus-real-231): «после <события>» after every date of a repeat's window is a note on it
  // (https://docs.cntd.ru/document/468902068/titles/3N38CF0); an offset before the dates reads as before
  ['13. Заседание конкурсной комиссии автономного округа проводится 1 раз в год в период с 1 по 15 декабря текущего года, после обобщения поступивших сведений.', { kind: 'recurring', start: '2021-12-01', due: '2021-12-15', every: 'year' }],
  ['ежегодно, через 10 дней после 1 сентября', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'year' }],
  // Round 266: after «после <события>», «с <день> и продолжатся до <день>» is the window (https://www.chausynews.by/119707/); a start alone stays the event
  ['Сборы начнутся сразу после завершения занятий в десятом классе с 26 мая и продолжатся до 5 июня.', range('2021-05-26', '2021-06-05')],
  ['после окончания экзаменов, с 18 июня', event('после окончания экзаменов, с 18 июня')],
  // Round 266: one or two figures after a word before the closing quote of a name are part of it
  // (https://www.mk-lenobl.ru/amp/social/2025/11/06/u-shkolnikov-gatchinskogo-okruga-nachalis-uchebnovoennye-sbory.html); after a month they are not
  ['Ранее «МК в Ленобласти» рассказал, что Центр военно-патриотического воспитания детей и молодежи «Авангард 47» открылся в октябре 2024 года в поселке Разметелево Всеволожского района.', range('2024-10-01', '2024-10-31')],
  ['акция «Декабрь 15» пройдет 15 мая', { kind: 'unparsed', reason: 'непонятное число «15»' }],
  // Round 266: an age after «студент…» (and «СПО / вузов / колледжей / техникумов») is a label (https://birobidzhan-news.net/other/2025/02/28/150805.html)
  ['Принять участие в ней могут школьники от 7 до 17 лет, а также студенты СПО от 18 лет до 21 года из всех регионов России.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['студенты 2 курса с 1 по 5 сентября', range('2021-09-01', '2021-09-05')],
  ['до 15 сен\u00adтяб\u00adря 2021 г.', by('2021-09-15')],  // Round 269: what a cell holds and no one sees (a soft hyphen, a stress mark, «й» as two characters, a mark of direction)
  ['до 15 сентя\u0301бря 2021 г.', by('2021-09-15')],
  ['в течение учебного года'.normalize('NFD'), ongoing2021],
  ['\u200eдо 15.09.2021\u200f', by('2021-09-15')],
  ['от 13 декабря 2023 г. с. Бея № 145/1', { kind: 'unparsed', reason: 'не удалось распознать срок' }],  // Round 270: a place between an act's date and its number (corpus-real-229's and corpus-real-57's rows)
  ['ПРИКАЗ. «09» января 2017г. с.п. Солнечный. № 20.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['от 31 августа 2022 года протокол № 1', on('2022-08-31')],
  // Round 271: what a hearing's notice writes beside its day (corpus-real-234): a hall's room (https://polkrug.ru/news/politika/10009-publichnye-slushaniya-21),
  // «к.» after a house (http://mukazna.rostov-gorod.ru:22281/news/862662608), «пр-кт» and a budget's planning period before a dated day
  // (https://cherinfo.ru/glavanpa/111270-postanovlenie-glavy-goroda-cerepovca-ot-12112020-no-66-o-naznacenii-publicnyh-slusanij-po-proektu-gorodskogo-budzeta-na-2021-god),
  // a cadastral number (https://shixovskoe-r43.gosweb.gosuslugi.ru/ofitsialno/publichnye-slushaniya/novosti_246.html), «через «…»» (https://nsr.nso.ru/news/13665),
  // an execution's year after «за» (http://gp-static.wdepo.ru/news/2015/05/07%2010:44:18+05/30094-id/index.html)
  ['7 мая 2019 года в 17:00 по адресу: ул. Свердлова, д. 48, зал заседаний 608, состоятся публичные слушания', on('2019-05-07')],
  ['14.12.2021 в 17.00 час. по адресу: ул. Б. Садовая, д. 47, к. 440 (4 этаж).', on('2021-12-14')],
  ['на 27 ноября 2020 года в 13.30 час. по адресу: г. Череповец, пр-кт Строителей, 2, каб. 309.', on('2020-11-27')],
  ['в границах земельного участка 43:30:390813:3803 (далее Проект) с 15.06.2023г. по 30.06.2023', range('2023-06-15', '2023-06-30')],
  ['Срок проведения общественных обсуждений через «Единый портал»: с 11.02.2026 г. по 04.03.2026 г.', range('2026-02-11', '2026-03-04')],
  ['14 мая в 18:00 состоятся публичные слушания по исполнению бюджета за 2014 год.', on('2021-05-14')],
  ['Назначить публичные слушания по проекту бюджета на 2021 год и плановый период 2022 и 2023 годов на 27 ноября 2020 года', on('2020-11-27')],
  ['на 2026 год и плановый период 2027 и 2028 годов', range('2026-01-01', '2028-12-31')],
  ['Срок сдачи 6-НДФЛ за I квартал - не позднее 25 апреля.', by('2021-04-25')], // Round 272 (corpus-real-235): a form named figures first
  ['С 2023 года страхователи сдают общий отчет ЕФС-1 вместо старых форм СЗВ-ТД, СЗВ-СТАЖ и ОДВ-1, СИоЗП, ДСВ-3 и расчета 4-ФСС.', { kind: 'ongoing', start: '2023-01-01', due: null }],
  ['от 21.11.2011 № 324-ФЗ', { kind: 'unparsed', reason: 'не удалось распознать срок' }], // round 272: an act's number stays one
  ['Предоставляем подраздел 1.2 подраздела 1 формы ЕФС-1 за 2024 год.', range('2024-01-01', '2024-12-31')], // round 272: «подраздел» and its number
  ['1 ОКТЯБРЯ – СРОК УПЛАТЫ НАЛОГОВ', by('2021-10-01')], // round 272: the term of paying (DEADLINE_NAMES)
  ['перенести срок уплаты налога с 25 октября на 18 октября', on('2021-10-18')], // round 272: a moved term of paying stays the new day
  ['за 9 месяцев — до 27 октября;', by('2021-10-27')], // round 272: months covered, a dash, a deadline
  ['за 2 недели - до 15 мая', { kind: 'event', reason: 'за 2 недели - до 15 мая' }], // round 272: weeks stay an offset
  ['С 1 января 2024 года перечислять налоги, страховые взносы и другие суммы в бюджет можно только в составе ЕНП на общий КБК 18201061201010000510', { kind: 'ongoing', start: '2024-01-01', due: null }], // round 272: a long code
  ['До 12 ч. 00 мин. 09.03.2023.', by('2023-03-09')],  // Round 276: an hour's words abbreviated before a day, the day in figures (a public list of deadline strings)
  ['не позднее 24 ч. 15 ноября 2021 г.', by('2021-11-15')],
  ['до 18 ч. 30 мин.', { kind: 'unparsed', reason: 'срок отсчитывается от события: «18 ч»' }],
  ['На протяжении следующего года планируется провести шесть очередных сессий городского Совета.', range('2022-01-01', '2022-12-31')],  // Round 277: the other ways the same words are written
  ['в течении трех дней с 25 марта', range('2021-03-25', '2021-03-27')],
  ['письменную форму уведомления сотрудник должен получить не позднее, чем 1 августа.', by('2021-08-01')],
  ['Руководителям не позднее чем 15 часов 10 сентября 2019 года необходимо организовать доставку заявлений.', by('2019-09-10')],
  ['Начало уч. года: 1 сентября 2022 года', on('2022-09-01')],
  ['Начало уч. г.: 1 сентября 2022 года', on('2022-09-01')],  // Round 283: «уч. г.» in its case, «мес.» and «дн.» after a count, an ordinal day before «текущего месяца»
  ['в новом уч. г.', range('2021-09-01', '2022-08-31')],
  ['За 9 мес. 2023 года 3 ребенка прибыли к нам в город из других регионов.', range('2023-01-01', '2023-09-30')],
  ['Детский сад работает 5 дн. в неделю с 7.00 до 17.30.', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week', day: null }],
  ['Оплата производится до 10-го текущего месяца!', monthly(10)],
  ['Документ 25-ФЗ Тип Закон Дата принятия 02.03.2007', on('2007-03-02')],  // Round 274: a law's number with its code and no «№» is a label (corpus-real-237, https://www.klerk.ru/cdoc/view/federalnyj-zakon-ot-2-marta-2007-g-n-25-fz-o-municipalnoj-sluzbe-v-rossijskoj-federacii/stata-91-klassnye-ciny-municipalnyh-sluzasih)
  ['по 44-ФЗ до 1 марта', by('2021-03-01')],
  ['Правило 2. Утвердите график отпусков до 17 декабря 2025 года', by('2025-12-17')],  // Round 274: «Правило / Шаг N» opening a text is the item's number (corpus-real-237, https://www.klerk.ru/blogs/vk_tech/666705/)
  ['Шаг 2. Подайте заявление до 1 марта', by('2021-03-01')],
  ['1 раз(а) в неделю', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],  // Round 278: «раз(а)» is «раз» (corpus-real-239, https://lk.dom.mos.ru/rd2arc/2020/1603298/form23_contractId_2342405.html)
  ['1 раз(а) в день', ongoing2021],
  ['1 раз в двое суток', ongoing2021],  // Round 278: «раз в двое суток» is round 209's «раз в два дня», daily work (corpus-real-239, https://samara-gov.ru/doc/31803)
  ['1 раз вдвое суток во время гололеда', ongoing2021],  // Round 278: «в» glued to «двое» (corpus-real-239, https://poisk-ru.ru/s7394t14.html)
  ['3 раза в летний период', { kind: 'recurring', start: '2021-06-01', due: '2021-08-31' }],  // Round 278: «период» after a season's adjective is a count's unit, like «сезон» (corpus-real-239, https://samara-gov.ru/doc/31803)
  ['2 раза в зимний период', { kind: 'recurring', start: '2021-12-01', due: '2022-02-28' }],
  ['1 раз в весенне-летний период', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31' }],
  ['Закон Республики Крым от 4 июля 2017 года № 396-ЗРК/2017', { kind: 'unparsed', reason: 'не удалось распознать срок' }],  // Round 278: the series year after an act's number is the number's (corpus-real-239, https://prg.kz/m/amp/document/38880092)
  ['До 1 декабря текущего года крымчане получат платёжные документы за ноябрь.', by('2021-12-01')],  // Round 278: «за <месяц>» after a deadline is the month covered (corpus-real-239, https://ruinformer.com/page/krymchane-dobrovolno-otdajut-svoi-milliony)
  ['6.6.1. Передача документов в архив органа осуществляется в срок, установленный руководителем органа или уполномоченным им лицом.', schedule('срок, установленный руководителем органа или уполномоченным им лицом')],  // Round 282: who sets the term after its participle, inside a sentence (corpus-real-243, https://docs.cntd.ru/document/446689560/titles/29NEERH)
  ['Отчет сдается в срок, установленный комиссией.', schedule('срок, установленный комиссией')],
  ['в течение срока, установленного руководителем', ongoing2021],
  ['- срок проведения плановой и внеплановой проверки наличия и состояния архивных документов одного фонда не может превышать 60 рабочих дней с начала её проведения.', event('60 рабочих дней с начала её проведения')],  // Round 282: a possessive between «с начала» and the event (corpus-real-243, https://docs.cntd.ru/document/537916381/titles/7DO0KA)
  ['в течение 10 дней с начала ее учебного года', { kind: 'unparsed', reason: 'срок отсчитывается от события: «10 дней»' }],
  ['Выставку можно посетить с 4 по 17 июня по адресу Шубина, 1.', range('2021-06-04', '2021-06-17')],  // Round 282: a street's name alone after «по адресу» (corpus-real-243, https://arh.aif.ru/culture/events/v_arhangelske_otkryvaetsya_vystavka_s_pismami_petra_i_i_ekateriny_ii)
  ['по адресу: Москва, 15 мая', on('2021-05-15')],
  ['Архивный отдел подготовил выставку документов, посвященную юбилейной дате – 80-тилетию Похвистневского районного архива, которое торжественно отметил в октябре текущего года.', range('2021-10-01', '2021-10-31')],  // Round 282: «-ти-» glued to an anniversary's noun (corpus-real-243, http://pohr.ru/?p=27298)
  ['10.Март.2026', on('2026-03-10')],  // Round 282: a day, a month's name and a year joined by dots (corpus-real-243, https://mbstver.ru/mc-events/den-arhivov-2/?mc_id=3129)
  ['12.ГБОУ.2020', { kind: 'unparsed', reason: 'непонятное число «12»' }],
  ['1 раз в 2 суток', ongoing2021],  // Round 279: «суток» counts days in «раз в N суток» (corpus-real-240, https://docs.cntd.ru/document/456064716/titles/9MKIBD)
  ['раз в 14 суток', { kind: 'recurring', start: '2021-01-01', due: '2021-12-31', every: 'week' }],
  ['в течение 2 суток', { kind: 'unparsed', reason: 'срок отсчитывается от события: «в течение 2 суток»' }],
  ['С 15 апреля по 30 мая 2022 года проходит рейтинговое голосование по отбору общественных территорий для благоустройства в 2022 году.', range('2022-04-15', '2022-05-30')],  // Round 279: a later year after a noun of the clause after a day with its year is a label (corpus-real-240, https://arspik.ru/item/1208783)
  ['27 мая 2024 года в 15:00 часов в МАУК «ЦКС Ужурского района» пройдёт общественное обсуждение будущего благоустройства детского сквера по ул. Рабочая в районе Хлебозавода, которое запланировано на 2025 год в рамках программы "Формирование комфортной городской среды" национального проекта «Жилье и городская среда».', on('2024-05-27')],
  ['Приём начнётся 1 сентября 2021 года и продлится в 2022 году.', range('2021-09-01', '2022-12-31')],
  ['Данный приказ был издан 30 июня 2016 года, но актуален и в 2021 году.', range('2016-06-30', '2021-12-31')],
  ['до 10 апреля — за I квартал текущего года', by('2021-04-10')],  // Round 281: the period covered after the day (corpus-real-242, https://bitvadizainerov.ru/koap/3514-kalendar-yekologa-2023-kakuyu-otchetnost-neobkhodimo-sdat-za-2022-god.html)
  ['до 10.04 за 1-е полугодие', by('2021-04-10')],
  ['20 июля – срок сдачи расчета платы за негативное воздействие на окружающую среду за 2-й квартал', on('2021-07-20')],
  ['январь, за I квартал', range('2021-01-01', '2021-03-31')], // round 281: no day before the period: read as before
  ['дата начала 01.12.2021 дата завершения 10.12.2021 г. (включительно)', range('2021-12-01', '2021-12-10')],  // Round 281: «дата начала / завершения» and a full date (corpus-real-242, http://xn----7sbabuda0bdhmgdekgkoui.xn--p1ai/documents/630.html)
  ['26.10.2020 12:29|ПсковКомментариев: 0', on('2020-10-26')],  // Round 281: a post's counter of comments (corpus-real-242, https://m.pln24.ru/dzhkh/394982.html)
  ['Комментарии: 15 мая', on('2021-05-15')], // round 281: not before a month
  ['4, 11, 18 и 25 ноября (каждую среду) мусоровозы приедут в поселок Идрица', on('2021-11-04', '2021-11-11', '2021-11-18', '2021-11-25')],  // Round 281: «(каждую среду)» after the days is a note (corpus-real-242, https://m.pln24.ru/dzhkh/394982.html)
];

/** A weekday of a month: «в первую среду декабря» (https://coko38.ru/…/raspisanie, https://krasnoarmeets.uralschool.ru/?section_id=258). */
const WEEKDAYS: Case[] = [
  // Round 191 (corpus-real-176): a bare month in the genitive after a weekday of a month is the same weekday of that month
  // (https://www.1obl.ru/news/o-lyudyakh/rosobrnadzor-naznachil-itogovoe-sochinenie-na-3-dekabrya/)
  ['Эти даты соответствуют установленному порядку проведения ГИА: первая среда декабря, февраля и вторая среда апреля.', on('2021-12-01', '2021-02-03', '2021-04-14')],
  ['в первую среду февраля и мая', on('2021-02-03', '2021-05-05')],
  ['во вторую среду февраля, марта и апреля', on('2021-02-10', '2021-03-10', '2021-04-14')],
  ['в первую среду декабря', on('2021-12-01')],
  ['во вторую среду февраля', on('2021-02-10')],
  ['во вторую рабочую среду марта и третий понедельник апреля', on('2021-03-10', '2021-04-19')],
  ['в первую среду декабря 2024 г.', on('2024-12-04')],
  // Round 8: a full date of the same month in the bracket after it gives the year (corpus-real-4, https://sch26ptz.ru/uchenikam/8044/)
  ['в первую среду декабря (04.12.2024)', on('2024-12-04')],
  ['в первую среду декабря (04.11.2024)', on('2021-12-01')],
  // Round 152 (corpus-real-140): the bracket's date may name its month in words (https://1-kerch.krymschool.ru/?section_id=144)
  ['в основную дату - в первую среду декабря (06 декабря 2023г.);', on('2023-12-06')],
  ['в дополнительные сроки: в первую среду февраля (7 февраля 2024 г.) и вторую среду апреля (10 апреля 2024 г.)', on('2024-02-07', '2024-04-10')],
  ['в первую среду декабря (6 декабря 2023 года)', on('2023-12-06')],
  ['в первую среду декабря (6 ноября 2023 года)', on('2021-12-01')],
  ['в третью пятницу мая 2022 года', on('2022-05-20')],
  // Round 10 (corpus-real-14): a weekday of a month with its number in figures (https://www.culture.ru/events/759218/akciya-podari-knige-novuyu-zhizn)
  ['Традиция отмечать Международный день школьных библиотек в 4-й понедельник октября закрепилась и распространилась во многих странах.', on('2021-10-25')],
  ['во 2-ю среду февраля', on('2021-02-10')],
  ['в 3-ю рабочую среду марта', on('2021-03-17')],
  // Round 95 (corpus-real-84): the last weekday of a month is one day, the fifth or, lacking it, the fourth
  // (http://litgt.rgups.ru/%d0%b4%d0%b5%d0%bd%d1%8c-%d0%be%d1%82%d1%80%d1%8b%d1%82%d1%8b%d1%85-%d0%b4%d0%b2%d0%b5%d1%80%d0%b5%d0%b9)
  ['День открытых дверей традиционно проводится в последнюю субботу марта.', on('2021-03-27')],
  ['в последнюю пятницу апреля', on('2021-04-30')],
  ['последний понедельник февраля 2022 г.', on('2022-02-28')],
  // Round 235 (a probe of self-written cells): two or more weeks of one weekday of a month are a day each
  ['в первую и третью субботу октября', on('2021-10-02', '2021-10-16')],
  ['во 2-ю и 4-ю среду февраля', on('2021-02-10', '2021-02-24')],
  ['в первую и последнюю субботу сентября', on('2021-09-04', '2021-09-25')],
  ['в первую, вторую и третью пятницу мая 2022 года', on('2022-05-06', '2022-05-13', '2022-05-20')],
  // Round 240 (corpus-real-217): the preposition of the first day repeated before the next day of a list is the same list
  // (https://vitprofles.by/news/nachalsya-priem-dokumentov-v-kolledgi-kogda-proydut-vstupitelnie-ispitaniya); counts and «числа» read as before
  ['Для второй категории сроки зачисления – до 9 и до 17 августа соответственно.', on('2021-08-09', '2021-08-17')],
  ['к 5 и к 20 мая 2022 года', on('2022-05-05', '2022-05-20')],
  ['до 5, до 10 и до 20 мая', on('2021-05-05', '2021-05-10', '2021-05-20')],
  ['до 9 и до 17.08.2021', on('2021-08-09', '2021-08-17')],
  ['до 9 и до 17 лет', { kind: 'unparsed', reason: 'непонятное число «9»' }],
  // Round 240 (corpus-real-217): the rules and the order of admission fix a term like an order (https://gtsolifk.ru/postupayuschim/aspirantura/informatsiya_o_prieme_na_obuchenie/file/g_med.osmotr.pdf)
  ['Документы, необходимые для поступления, принимаются не позднее срока завершения приема документов, установленного Правилами приема (просмотр документа).', { kind: 'schedule', reason: 'позднее срока завершения приема документов, установленного Правилами приема (просмотр документа)' }],
  ['не позднее срока, установленного порядком приема', { kind: 'schedule', reason: 'позднее срока, установленного порядком приема' }],
  ['сроки, указанные в правилах приема', { kind: 'schedule', reason: 'сроки, указанные в правилах приема' }],
];

/** Round 236 (a probe of self-written cells): a day inside a season named right before it is that season's, the text its window. */
const DAY_IN_SEASON: Case[] = [
  ['зимой, до 15 декабря', range('2021-12-01', '2022-02-28')],
  ['в зимний период, до 20 декабря', range('2021-12-01', '2022-02-28')],
  ['зимой 2021 года, до 15 декабря', range('2021-12-01', '2022-02-28')],
  ['летом, до 15 августа', range('2021-06-01', '2021-08-31')],
  ['зимой и 10 марта', range('2021-12-01', '2022-03-10')],
];

/** Round 245 (corpus-real-221): «между <день> и <день>» is the window between the two days. */
const ROUND_245: Case[] = [
  // a social centre's news of the месячник «Белая трость» (https://yardem.nkort.ru/press-center/news/belaya-trost.html)
  ['В России в период между 15 октября (День белой трости) и 13 ноября (Международный день слепых) проходит Месячник «Белая трость».', range('2021-10-15', '2021-11-13')],
  ['между 1 и 15 мая', range('2021-05-01', '2021-05-15')],
  ['Между 10.03 и 20.03', range('2021-03-10', '2021-03-20')],
  ['между 28 декабря и 9 января', range('2021-12-28', '2022-01-09')],
  ['между 20 мая и 10 мая', { kind: 'unparsed', reason: 'начало срока (20.05) позже его окончания (10.05): не перепутаны ли числа?' }],
  // two days with no «между», months alone and numbers before another word read as before
  ['15 октября и 13 ноября', on('2021-10-15', '2021-11-13')],
  ['между сентябрем и ноябрем', { kind: 'months', start: '2021-09-01', due: '2021-11-30', dates: ['2021-09-30', '2021-11-30'] }],
  ['между 5 и 9 классами', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
];

/** Round 241 (corpus-real-218): days of a month named before them, a budget's year after its day, «тел» without its dot. */
const ROUND_241: Case[] = [
  // a month named before «с <день> по <день>» with no month after: the days of that month (https://dumatv.ru/news/deputati-opredelili-poryadok-raboti-do-kontsa-sessii)
  ['В документе отмечается, что пленарные заседания в мае пройдут в период с 16 по 29.', range('2021-05-16', '2021-05-29')],
  ['В июне пленарные заседания запланированы с 6 по 19.', range('2021-06-06', '2021-06-19')],
  ['в мае с 16 до 29', range('2021-05-16', '2021-05-29')],
  ['в мае с 1 по 11 классы', range('2021-05-01', '2021-05-31')], // a noun after the days: a label, as before
  // a budget's year after the day or month it is passed is a label (https://ural-news.net/other/2021/08/06/273696.html)
  ['Главное в декабре – рассмотрение и принятие городского бюджета на 2022 год.', range('2021-12-01', '2021-12-31')],
  ['29 ноября депутаты примут бюджет Тюменской области на 2025 год и плановый период 2026 и 2027 годов.', on('2021-11-29')],
  ['Бюджет на 2022 год и плановый период 2023 и 2024 годов', range('2022-01-01', '2024-12-31')], // no day: the years, as before
  // «тел» without its dot names a phone (https://old.akzs.ru/news/main/2017/12/08/15076)
  ['Аккредитация ведется по тел 29-40-97, 29-40-99, 29-40-87 до 15.00 12 декабря.', by('2021-12-12')],
];

/** Round 247 (corpus-real-223): a full date in figures after «за», a span before a window with no bracket, a season heading over a
 *  repeat's days, an «и» between nouns before «и продлится до», a street named by its adjective alone, «начнем с <чего>». */
const ROUND_247: Case[] = [
  // a full date in figures after «за» is the day a list covers (https://5shl.uralschool.ru/site/day-events?date=2025-04-17)
  ['Публикации за 17.04.2025', on('2025-04-17')],
  ['Новости за 01.09.2021', on('2021-09-01')],
  // a span after «за» and then «с <день> по <день>» is the window's length (https://kolomna-spravka.ru/news/16296)
  ['За месяц с 14 сентября по 14 октябре в акции примут участие 77 подмосковных городов.', range('2021-09-14', '2021-10-14')],
  ['За 2 недели с 1 по 14 марта собрано 500 кг.', range('2021-03-01', '2021-03-14')],
  // a season written first before the days of a repeat is their heading (https://prokopevsk-gid.ru/news/sport/vse-vyhodim-na-uborku-bolee-50-chelovek-vyydut-na-osennie-chistye-igry-v-yurge.htm)
  ['Этой осенью с 17 по 25 сентября по всей России пройдут ежегодные экологические соревнования в рамках всероссийского Осеннего Кубка Чистоты, которые объединят жителей в борьбе с мусором.', { kind: 'recurring', start: '2021-09-17', due: '2021-09-25', every: 'year' }],
  // an «и» between two nouns after the day leads to no date; «и продлится до» joins the day to its end (https://cro.edu-vrn.ru/archives/8356)
  ['27 апреля акция масштабно шагнет на улицы и площади города и продлится до 9 мая.', range('2021-04-27', '2021-05-09')],
  // a street named by its adjective after «на», then its house number (https://aif.ru/society/history/pobedonoscam_nashim_akciya_georgievskaya_lentochka_startovala_11_let_nazad)
  ['3 мая в почтовом отделении на Мясницкой, 26, прошёл флешмоб «Поздравь ветерана с Победой!».', on('2021-05-03')],
  // «начнем мы с <чего>» says what comes first, not when something begins (https://edu-net.khb.ru/edunet-news/50/21_09_2017_6585)
  ['А начнем мы с похода в Дом престарелых п. Октябрьского 1 октября, в преддверии праздника «Дня пожилых людей».', on('2021-10-01')],
  ['Начнем с 1 октября.', { kind: 'ongoing', start: '2021-10-01', due: '2021-12-31' }], // a date after «с»: open-ended, as before
];

/** Round 243 (corpus-real-219): degrees are no date, a building's year in a participial phrase is its history, a day after «к концу месяца —». */
const ROUND_243: Case[] = [
  // a count with a degree sign is a measure (https://dzen.ru/news/story/7f974473-e10a-5ab4-9b3d-7e7f535b60c5)
  ['Завершить работы планируют в сентябре 2024 года.Телеканал 360°', range('2024-09-01', '2024-09-30')],
  ['Отопление включат 15 октября при температуре +8°', on('2021-10-15')],
  ['при -25°C и ниже до 15 февраля', by('2021-02-15')],
  ['до 360', { kind: 'unparsed', reason: 'непонятное число «360»' }], // no sign: as before
  // the year of a building's opening or construction in a participial phrase after a comma is its history
  // (https://rostov.aif.ru/money/finance/bolee_74_mln_rubley_zatratyat_na_kapremont_detsada_v_kamenske-shahtinskom)
  ['Согласно информации из официальных источников, ремонтные работы в дошкольном учреждении, открытом в 1976 году, ведутся с июня 2018 года.', { kind: 'ongoing', start: '2018-06-01', due: '2021-12-31' }],
  ['Школа, построенная в 1962 году, будет отремонтирована до 1 сентября.', by('2021-09-01')],
  ['Школа открыта в 2020 году', range('2020-01-01', '2020-12-31')], // the short participle: when, as before
  // a day and its month after «к концу месяца —» is that day (https://m.smi24.net/voronezh/409849825)
  ['Она заработает только к концу месяца — 22 сентября.Подрядчик не успел завершить ремонт.', by('2021-09-22')],
  ['до окончания месяца – 30 апреля', by('2021-04-30')],
  ['до конца месяца', { kind: 'unparsed', reason: 'не указано, какого месяца' }], // alone: as before
];

/** Round 239 (corpus-real-216): a capital «Год» after a part word, before the noun it is named for, is a themed year's name. */
const THEMED_YEAR_NAME: Case[] = [
  // https://www.socialinform.ru/torzhestvennye-meropriyatiya-k-200-letiyu-k-d-ushinskogo-projdut-19-fevralya-v-moskovskom-pedagogicheskom-gosudarstvennom-universitete/amp
  ['В ближайшее воскресенье, 19 февраля, в Московском педагогическом государственном университете пройдет торжественное празднование начала Года педагога и наставника.', on('2021-02-19')],
  ['19 февраля пройдет празднование начала Года семьи.', on('2021-02-19')],
  ['в конце Года защитника Отечества, 20.12.2025', on('2025-12-20')],
  ['19 февраля пройдет празднование начала года.', range('2021-01-01', '2021-02-19')], // the calendar year, as before
];

/** Days listed before a numeric date take its month and year, whatever the separators (http://oek.su/sksk_anons/1979-plan-raboty-doma-kultury-na-oktyabr-2016-goda.html, http://kugkultura.ru/index/maj_2015/0-92). */
const DAY_LISTS: Case[] = [
  ['01,08,15,22,29. 10.16 19.00-22.00', on('2016-10-01', '2016-10-08', '2016-10-15', '2016-10-22', '2016-10-29')],
  ['25,26.12.2022', on('2022-12-25', '2022-12-26')],
  ['25 и 26.12.2022', on('2022-12-25', '2022-12-26')],
  ['01.- 08.05.15г.', range('2015-05-01', '2015-05-08')],
  ['15,03,2021', on('2021-03-15')], // a date written with commas stays one date
];

/** Times of day are not dates. */
const TIMES: Case[] = [
  // Round 90 (corpus-real-79): a time with a space after its dot, after a word of time (https://www.kresttsy.ru/physical_education_and_sports/20-sentyabrya-sostoitsya-vserossiiskii-den-bega-kross-natsii)
  ['20 сентября 2025 года на территории МАУ «Крестецкий ФОК» по адресу ул. Железнодорожная, д. № 33а в 12. 00 состоятся соревнования в рамках Всероссийского дня бега «Кросс нации»', on('2025-09-20')],
  ['15 мая с 9. 30 на стадионе', on('2021-05-15')],
  ['26.01.09 10.00 ч', on('2009-01-26')],
  ['05.05.06 14.00 - 15.00', on('2006-05-05')],
  ['18.02.2018 г. с 09-00 до 16-00', on('2018-02-18')],
  ['15.03.2021 в 14.30', on('2021-03-15')],
  ['15.03.2021, 10:00', on('2021-03-15')],
  ['10-30 сентября', range('2021-09-10', '2021-09-30')], // «-30» before a month is a day, not minutes
  // Round 142 (corpus-real-130): a day with its month in words and a year glued to the clock (https://nsn.fm/society/den-vyborov-17-sentyabrya-budet-rabochim-dlya-shkolnikov)
  ['9 сентября 202115:15', on('2021-09-09')],
];

const NORMALISATION: Case[] = [
  // Round 145 (corpus-real-133): a version after a capitalised name is part of the name, a label (https://edu.ruobr.ru/news/9712)
  ['Всероссийский этап «Зарницы 2.0» состоится в сентябре.', range('2021-09-01', '2021-09-30')],
  // Round 125 (corpus-real-113): the grades a label is for stand between «начало / окончание <период>» and its dash, and a day glued by
  // a hyphen to the word before its month is that day
  // (https://shkola51ulyanovsk-r73.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/dokumenty-all-52_7.html)
  ['- Начало учебного года для учащихся 1-11 классов– 01.09.2021 года;', on('2021-09-01')],
  ['- Окончание учебного года для 1-х классов-25 мая 2022 г., 9 и 11 классов-25 мая 2022 г., 2-8 классов-31 мая 2022г.', on('2022-05-25', '2022-05-25', '2022-05-31')],
  // Round 125 (corpus-real-113): «дату» put first before a verb of setting says who sets the date (https://kgzt.ru/?p=16476)
  ['Для девятых классов дату проведения торжества утверждает каждая образовательная организация самостоятельно.', { kind: 'schedule', reason: 'для девятых классов дату проведения торжества утверждает каждая образовательная организация самостоятельно' }],
  // Round 121 (corpus-real-109): four figures right before a noun of people count them, a label, not a year
  // (https://pskov.aif.ru/dontknows/1279051?from_inject=1)
  ['В 2012 году в Пскове тест прошли 2040 детей, положительных результатов было только 2: школьники употребляли марихуану.', range('2012-01-01', '2012-12-31')],
  // Round 123 (corpus-real-111, no parser change): an ordinal word before a repeat adjective in the nominative with a future verb reads
  // as round 88's figures do, a repeat over the window its days name
  // (https://shkolasialeevskopyatinskaya-r13.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti)
  ['С 1 по 15 декабря пройдет пятый ежегодный Всероссийский онлайн-зачет по финансовой грамотности, который организует Банк России совместно с Агентством стратегических инициатив.', { kind: 'recurring', start: '2021-12-01', due: '2021-12-15', every: 'year' }],
  // Round 122 (corpus-real-110): a phone number after a colon following its noun («телефона доверия: 8-800-2000-122») is a label
  // (https://fond-detyam.ru/novosti-fonda/12292/)
  ['В этот день ученикам одновременно - в 11.00 для первой смены и в 15.00 для второй - предложат записать в дневники и мобильные единый общероссийский номер детского телефона доверия: 8-800-2000-122.', event('в этот день ученикам одновременно - в 11.00 для первой смены и в 15.00 для второй - предложат записать в дневники и мобильные единый общероссийский номер детского телефона доверия: 8-800-2000-122')],
  // Round 124 (corpus-real-112): a postcode at the head of an address («по адресу: 428018, г. Чебоксары, …») is a label
  // (https://chebobraz.cap.ru/Info.aspx?id=901992&page=766&type=news)
  ['Конкурсные работы принимаются до 15 октября 2009 года по адресу: 428018, г. Чебоксары, ул. Афанасьева, 13, Дом детского туризма «Эткер», тел. (8352) 58-55-44 (отдел краеведения).', by('2009-10-15')],
  // Round 124 (corpus-real-112): the year a figure is compared with («по сравнению с 2017-м») is a baseline, no start of a window
  // (https://kuban24.tv/item/v-rossii-projdet-god-detskogo-turizma-205092/amp)
  ['Планируется увеличить количество детей, принимающих участие в походах и экскурсиях, на 300 тыс. к 2021 году по сравнению с 2017-м.', by('2021-12-31')],
  // Round 128 (corpus-real-116): a figure joined by a hyphen to an adjective of a length («5-дневные учебные сборы») is a label
  // (https://trakgym-krarm.edu21-test.cap.ru/news/2022/05/24/c-24-po-28-maya-2022-goda-v-chuvashii-prohodyat-5-dnevnie-uchebnie-sbori-s-yunoshami-10-klassov/?id=0cbaaf9f-fa92-4f99-9d7d-7086eec9e805)
  ['C 24 по 28 мая 2022 года в Чувашии проходят 5-дневные учебные сборы с юношами 10 классов.', range('2022-05-24', '2022-05-28')],
  // Round 128 (corpus-real-116): an e-mail address is a note, never a date (http://novafisha.ru/news/79321.html)
  ['Отправить ролик необходимо до 20 декабря на этот адрес электронной почты: 777-345@bk.ru.', by('2021-12-20')],
  // Round 128 (corpus-real-116): a verb of ending before «в середине <месяца>» is by the end of its days 11–20
  // (https://m24.ru/amp/articles/sbory/20042017/137785)
  ['Завершится кампания в середине июля.', by('2021-07-20')],
  // Round 124 (corpus-real-112): «прекращается <день>» is a verb of ending, by that day (http://gorn.proftest.ru/?cat=24&paged=12)
  ['Подача заявок на участие в конкурсе и работ прекращается 1 декабря 2016 года.', by('2016-12-01')],
  // Round 124 (corpus-real-112): «на этот год» is the current year, like «на текущий год» (https://gtrk-kaluga.ru/news/obschestvo/news-4182)
  ['На этот год намечены экскурсии в Санкт-Петербург, Калининград, Казань, Екатеринбург и Симферополь.', range('2021-01-01', '2021-12-31')],
  // Round 124 (corpus-real-112): an ordinal before a season's adjective («65-й летний туристский слет») is a label
  // (https://xn--d1aa2abrz.xn--p1ai/blog/2024/05/24/65-%d0%b9-%d0%bb%d0%b5%d1%82%d0%bd%d0%b8%d0%b9-%d1%82%d1%83%d1%80%d0%b8%d1%81%d1%82%d1%81%d0%ba%d0%b8%d0%b9-%d1%81%d0%bb%d0%b5%d1%82-%d0%be%d0%b1%d1%83%d1%87%d0%b0%d1%8e%d1%89%d0%b8%d1%85%d1%81%d1%8f)
  ['С 14 июня по 18 июня 2024 г. в полевых условиях около села Бортное Чернского района Тульской области (N 53.42107° E 36.92775°) состоится 65-й летний туристский слет обучающихся Тульской области.', range('2024-06-14', '2024-06-18')],
  // Round 120 (corpus-real-108): a child's age with its months («возраста 1 год и 3 месяца») is a label, and the window beside it is read
  // (https://kaluga.er.ru/activity/news/shestoj-vserossijskij-den-priema-roditelej-doshkolnikov)
  ['Другая заявительница, имеющая ребенка возраста 1 год и 3 месяца, обратилась с вопросом - возможно ли уже с октября определить ребенка в дошкольное учреждение.', { kind: 'ongoing', start: '2021-10-01', due: '2021-12-31' }],
  // Round 120 (corpus-real-108): a day glued to a page's heading before its month is that day
  // (https://mel.fm/novosti/1489362-opros-dlya-roditeley-stalkivalis-li-vy-s-poborami-v-shkole)
  ['Новости31 августа, 2022', on('2022-08-31')],
  // Round 119 (corpus-real-107): the code of a speciality or of an enlarged group of them («УГСН 44.00.00») is a label
  // (https://promo.olymp.ncfu.ru/olimpstudents.html)
  ['Олимпиада проводится для студентов СПО и ВО, обучающихся по УГСН 44.00.00 Образование и педагогические науки, в период с 01.02.2025 г. по 21.03.2025 г.', range('2025-02-01', '2025-03-21')],
  // Round 117 (corpus-real-105): an age after «возраст участников», «с N лет до M года», is a label, never an event
  // (https://sh-nyuksenskaya-r19.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/olimpiady-i-konferentsii/sobytiya_21.html)
  ['Возраст участников с 14 лет до 21 года.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 148 (corpus-real-136): a length of service after «стаж*», with «не менее» and seven words between, is a label like an age,
  // never a span from an event (https://lipetsktime.ru/news/obrazovanie/pedagogi_regiona_poluchat_pochetnye_zvaniya)
  ['Лауреаты должны иметь стаж работы в сфере образования на территории региона не менее 15 лет.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 118 (corpus-real-106): a grade with the full plural ending of its ordinal («9-11-ых классах») is a label, and a relative clause
  // after a day opened by a compound preposition («, в ходе которых …») is a note
  // (https://sh-13-omsk-r52.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/den-pozharnoy-ohrany.html,
  // https://ds244-omsk-r52.gosweb.gosuslugi.ru/nash-detskiy-sad/novosti-i-sobytiya/vserossiyskie-otkrytye-uroki-obzh.html)
  ['В рамках Всероссийских открытых уроков ОБЖ 27 апреля в 9-11-ых классах прошли уроки, посвященные Дню пожарной охраны, в ходе которых были рассмотрены вопросы безопасного отдыха детей в летний период, правила поведения в природной среде, в том числе на водных объектах, действия при возникновении или угрозе возникновения чрезвычайных ситуаций природного и техногенного характера в местах массового пребывания людей.', on('2021-04-27')],
  ['- 27 апреля 2024 года - урок, посвященный Дню пожарной охраны, в ходе которого также будут рассмотрены вопросы безопасного отдыха детей в летний период, правила поведения в природной среде, в том числе на водных объектах, действия при возникновении или угрозе возникновения чрезвычайных ситуаций природного и техногенного характера в местах массового пребывания людей;', on('2024-04-27')],
  // Round 118 (corpus-real-106): a web address glued to a sentence's dot is a note (http://0-1.ru/?id=41804)
  ['Дата проведения Всероссийского урока по ОБЖ выбрана не случайно – 30 апреля отмечается День пожарной охраны России.http://www.vestnik-rm.ru/news-3-4012.htm', on('2021-04-30')],
  // Round 114 (corpus-real-102): a «в» after a partner word that «с» governs opens the date's own window
  // (https://vestivrn.ru/news/2024/12/20/direktora-shkoly-pod-voronezhem-oshtrafovali-na-10-tysyach-za-provedyonnye-v-koridorakh)
  ['Прокуратура нагрянула в учебное учреждение с проверкой в сентябре.', range('2021-09-01', '2021-09-30')],
  // Round 114 (corpus-real-102): the figures and letter codes after «серия» are a form's series, a label
  // (http://2nsergi.uralschool.ru/file/card?id=1829)
  ['серия 66А01 № 0002304, рег. № 8616 на срок до 06 февраля 2025', by('2025-02-06')],
  // Round 110 (corpus-real-98): «в летнее / зимнее / осеннее / весеннее время» is the season
  // (https://shkolaxovrinskaya-r73.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_119.html)
  ['Ученики 6 класса МОУ Ховринская ООШ проходят отработку в летнее время .', range('2021-06-01', '2021-08-31')],
  // Round 108 (corpus-real-96): an item number of one part before a preposition and a month word (https://dzen.ru/a/aRB36r0LvTm_x8M4)
  ['1. В августе в чат написал папа, для дочери родители выбрали семейную форму, о чём был информирован орган местного самоуправления г. Севастополя (Департамент), как это написано в ч. 5 ст. 63 Закона об образовании.', range('2021-08-01', '2021-08-31')],
  // Round 108 (corpus-real-96): the age a thing turns or has reached is a label
  // (http://semlot.ru/zdravookhranenie/91-actual/education/11861-semya-kak-shkola; https://e1.ru/text/education/2023/04/10/72206276)
  ['В следующем году такой форме обучения, как семейное образование исполнится 30 лет.', range('2022-01-01', '2022-12-31')],
  ['— Нашему проекту уже 3 года, и сейчас идет набор на следующий учебный год, за который можно пройти программу сразу двух лет — 10-го и 11-го класса, — объясняет Наталья Александровна.', range('2021-09-01', '2022-08-31')],
  // Round 108 (corpus-real-96): an act's date with its year after a space, before its number, is a label
  // (https://docs.cntd.ru/document/901764134/titles/6580IP)
  ['от 23.06 2000 N 1884', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  // Round 90 (corpus-real-79): «в» glued to a month in the prepositional (http://arkh-gov.ru/doc/72349)
  ['1. Провести вапреле 2018 года муниципальный этап Всероссийских спортивных игр школьников"Президентские спортивные игры", "Президентскиесостязания".', range('2018-04-01', '2018-04-30')],
  ['Сдача нормативов запланирована всентябре', range('2021-09-01', '2021-09-30')],
  ['Дo 15.02.2021', by('2021-02-15')], // Latin o
  ['oктябрь-ноябрь 2021', range('2021-10-01', '2021-11-30')],
  ['c 1 по 15 сентября', range('2021-09-01', '2021-09-15')], // Latin c
  // Round 15 (corpus-real-20): a connector written twice by a slip is read once
  // (https://old.oblivobr.ru/index.php/2011-05-17-12-04-20/2011-07-29-12-41-20/pnpo-2011/256-plan-raboty-munitsipalnoj-konkursnoj-komissii)
  ['С 5 по по 25 марта 2011г.', range('2011-03-05', '2011-03-25')],
  ['с с 1 по 15 сентября', range('2021-09-01', '2021-09-15')],
  ['до до 15 мая', by('2021-05-15')],
  ['До\u00a015.02.2021', by('2021-02-15')],
  ['октябрь\u00a0–\u00a0ноябрь\u00a02021', range('2021-10-01', '2021-11-30')],
  ['в течениe года', ongoing2021],
  ['по грaфику ОО', schedule('грaфик ОО'.replace('a', 'а'))],
  ['сентябрь2021', range('2021-09-01', '2021-09-30')],
  ['ноябя 2021', range('2021-11-01', '2021-11-30')],
  ['сентебрь 2021', range('2021-09-01', '2021-09-30')],
  ['сентябрь  2021 г.', range('2021-09-01', '2021-09-30')],
  ['ОКТЯБРЬ-НОЯБРЬ 2021', range('2021-10-01', '2021-11-30')],
  ['До 15.О2.2021', by('2021-02-15')], // Cyrillic О for zero
  ['Апрель – май 2021 гг.', range('2021-04-01', '2021-05-31')],
  ['сентябрь–октябрь 2021 г.г.', range('2021-09-01', '2021-10-31')],
  ['II кв', range('2021-04-01', '2021-06-30')],
  ['До 15.02.2021 г.,', by('2021-02-15')],
  ['\tдо 15.02.2021\t', by('2021-02-15')],
  ['сентябрь 2021, 2 этап', range('2021-09-01', '2021-09-30')], // a numbered stage is a label
  // Round 10 (corpus-real-14): «по-новому», «по-прежнему» are adverbs, not «по <дата>» (https://www.culture.ru/events/759218/akciya-podari-knige-novuyu-zhizn)
  ['Однако в 2008 году праздник стал отмечаться по-новому: теперь в течение всего октября праздновался месячник школьных библиотек.', range('2008-10-01', '2008-10-31')],
  ['по-прежнему 15 мая', on('2021-05-15')],
  // Round 10: «2.» before a capitalised word that is not a month is a list item's number (https://www.maybe.ru/dom/df/2881/forum.php?t=946414)
  ['2. Неспособность ликвидировать задолженность в установленный срок (12 месяцев).', schedule('в установленный срок (12 месяцев)')],
  ['3. Отчёт до 15 мая', by('2021-05-15')],
  // Round 10 (corpus-real-15): a clause number of two parts at the start, the last one a single digit, before a capitalised word
  // (https://zaki.ru/pagesnew.php?id=53006&page=4, https://sh6-gusinoozersk-r81.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/struktura-i-organy-upravleniya-obrazovatelnoy-organizatsiey/metodicheskiy-sovet)
  ['4.1. Прием во 2-9-ые, 11 (12)-ые классы общеобразовательных учреждений осуществляется при наличии свободных мест.', event('при наличии свободных мест')],
  ['6.4.Отчёт сдаётся до 15 мая', by('2021-05-15')],
  // Round 10 (corpus-real-15): a number joined to a word by a hyphen is part of a name («ГИА-9»), digits glued to Latin letters
  // are part of an address (https://volga37.ru/podat-zajavlenie-na-uchastie-v-gia-9-devjatiklassnikam-ivanovskoj-oblasti-mozhno-do-vtorogo-marta/,
  // https://sh7-gorkovskij-r07.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_54.html)
  ['Рособрнадзор продлил сроки подачи заявлений на участие в ГИА-9 до 2 марта.', by('2021-03-02')],
  ['ОГЭ-2024 до 2 марта', by('2024-03-02')],
  ['сентября-15 октября', range('2021-09-01', '2021-10-15')],
  ['отчёт на адрес school15@mail.ru до 10 марта', by('2021-03-10')],
  // Round 143 (corpus-real-131): single figures joined by dots before «степени» / «места» are the prizes' degrees or places, a label
  // (https://www.culture.ru/events/971865/raionnyi-onlain-konkurs-chtecov-vsyudu-rodimuyu-rus-uznayu)
  ['Победители и призеры конкурса будут награждены Дипломами 1.2.3 степени и памятными подарками на мероприятии 11 апреля в Центральной библиотеке.', on('2021-04-11')],
  // Round 153 (corpus-real-141): an item number before a word counts when a year with its year word follows
  // (https://base.garant.ru/16429622/ef88941cf1f7e3b96e81d9940a032a7e)
  ['17. В целях реализации основной задачи Программы в 2016 - 2025 годах предусматривается реализация следующих мероприятий:', range('2016-01-01', '2025-12-31')],
  // Round 163 (corpus-real-152): figures written on a form's line, its underscores on both sides, are filled in
  // (https://syzgi.uralschool.ru/file/card?id=3999, https://10-lazorik.tvoysadik.ru/file/card?id=13322)
  ['Протокол №_1__от_29_._08__.2023г.', on('2023-08-29')],
  ['«_25__» августа 2020 г.', on('2020-08-25')],
  // Round 172 (corpus-real-160): a form's line of underscores between a filled day's closing quote and the month is no blank day
  // (https://book-gvardiya.ru/polozhenie-o-rabote-krasnogvardejskogo-mku-mtsrb-s-materialami-vklyuchennymi-v-federalnyj-spisok-ekstremistskih-materialov/)
  ['«__19_»_____августа 2013 г.', on('2013-08-19')],
  ['«19» ____ сентября 2021 года', on('2021-09-19')],
  // Round 166 (corpus-real-154): an underscore of a form's blank glued before the year of a quoted day and the month's figures
  // (https://cdod-bakhchisaray.krymschool.ru/file/card?id=700)
  ['«26» 08. _2022г.', on('2022-08-26')],
];

/** Round 5 classes, each from a real cell (sources in the issue note and corpus-real-6.tsv). */
const SEASONS: Case[] = [
  // Round 215 (corpus-real-197): the beginning, middle or end of a season is its first, middle or last month
  // (https://examwiki.ru/kak-prohodili-ekzameny-v-sssr)
  ['Для сотни тысяч российских выпускников начало лета ознаменовалось сдачей ЕГЭ.', range('2021-06-01', '2021-06-30')],
  ['в середине лета', range('2021-07-01', '2021-07-31')],
  ['в конце зимы 2021-2022', range('2022-02-01', '2022-02-28')],
  // Round 112 (corpus-real-100): a season before «прошлого / следующего года» is that season of that year
  // (https://krym.aif.ru/society/-my-idem-iskat-sakskie-krasnye-sledopyty-rabotayut-v-pole)
  ['За плечами у них уже три полевых выхода, хотя отряд был создан только осенью прошлого года.', range('2020-09-01', '2020-11-30')],
  // Round 109 (corpus-real-97): «первый / последний день <месяца>» is that one day
  // (http://il-school41.ru/2017/11/%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82-%D0%BA%D0%B8%D0%BD%D0%BE%D0%B7%D0%B0%D0%BB-%D1%81%D0%BE%D0%B2%D0%B5%D1%82%D1%81%D0%BA%D0%BE%D0%B3%D0%BE-%D0%BA%D0%B8%D0%BD%D0%BE/)
  ['Последний день октября стал стартом проекта «Кинозал Советского Кино» детского объединения «Вершины мудрости» под руководством Маргариты Викторовны Дудкиной.', on('2021-10-31')],
  // Round 96 (corpus-real-85): the months of a season named by its adjective are that season (https://saby.tatarstan.ru/index.htm/news/2091750.htm);
  // the first days of a month are its first ten (http://perv.edu22.info/novosti/1094-otkrytie-prishkolnykh-lagerej-v-pervomajskom-rajone)
  ['235 детей и подростков планируется оздоровить за три летних месяца в стационарном лагере.', range('2021-06-01', '2021-08-31')],
  ['Заявления принимаются в первых числах июня', range('2021-06-01', '2021-06-10')],
  // Round 88 (corpus-real-77): a season after «прошлым» is that season of the year before
  // (https://www.gtrk-vyatka.ru/vesti/society/print:page,1,93462-v-2024-godu-deti-uchastnikov-svo-vnov-smogut-besplatno-otdohnut-v-lagerjah.html)
  ['Отметим, что прошлым летом в загородных лагерях отдохнули 712 детей участников СВО.', range('2020-06-01', '2020-08-31')],
  // Round 90 (corpus-real-79): a season after «от» with nothing of a window after it (https://uvatskie.ru/news/media/2017/2/10/iz-za-holodov-v-uvate-otmenenyi-turniryi/)
  ['Сегодня, 10 февраля, теплого подарка от зимы ждали участники III районного фестиваля спорта среди лиц с ограниченными возможностями.', on('2021-02-10')],
  ['25 марта школьники ждали подарка от весны', on('2021-03-25')],
  // Round 162 (corpus-real-151): a season in the instrumental after «с» is a companion, no time (https://mdoy227.ucoz.ru/news/2018-02-18)
  ['15 февраля ребятишки из старших и подготовительных к школе групп прощались с Зимой.', on('2021-02-15')],
  ['В октябре дети попрощались с осенью', range('2021-10-01', '2021-10-31')],
  // Round 162 (corpus-real-151): a season seen off or met names the feast, no time (https://osadou1.ru/2022/03/11)
  ['Весёлые проводы зимы, которые озарены радостным ожиданием приближающегося тепла, весеннего обновления природы прошли 2 марта с МБДОУ « Осинский детский сад №1».', on('2021-03-02')],
  ['22 февраля дети провожали снежную зиму и встречали солнечную весну', on('2021-02-22')],
  // Round 49 (corpus-real-44): a season before its days is their heading, «или» joins the days (https://gist.github.com/c9297b5b6b670588294cba39390ef40c)
  ['Кроме того, можно успеть пройти аттестацию осенью — пятого или восемнадцатого сентября года.', on('2021-09-05', '2021-09-18')],
  ['В течение лета', range('2021-06-01', '2021-08-31')], // https://regions.ru/chekhov/kultura_i_obrazovanie/chto-delat-esli-rebenok-poluchil-dvoyku-po-itogam-goda
  ['летом 2022', range('2022-06-01', '2022-08-31')],
  ['в летний оздоровительный период', range('2021-06-01', '2021-08-31')],
  ['осенью 2021 года', range('2021-09-01', '2021-11-30')],
  ['зимой 2021-2022', range('2021-12-01', '2022-02-28')],
  // Round 28 (corpus-real-27): a season of a school year is in the calendar year it falls in (https://dzen.ru/id/621500c98f2acb78c86ad551);
  // a season written first is the heading of months inside it (http://spec.sasovo2.reg-school.ru/news/2020-04-18-provedeniye-vserossyskikh-proverochnykh-rabot-pereneseno-na-osen)
  ['Часть работ было написано обучающимися весной 2021-2022 учебного года.', range('2022-03-01', '2022-05-31')],
  ['осенью 2021-2022 учебного года', range('2021-09-01', '2021-11-30')],
  ['весной 2021-2022', range('2021-03-01', '2021-05-31')],
  ['Проведение всероссийских проверочных работ (ВПР) для учащихся 4-8 классов перенесено на осень 2020 года, планируется, что они пройдут в сентябре-октябре.', range('2020-09-01', '2020-10-31')],
  ['осенью 2020 года в декабре', range('2020-09-01', '2020-12-31')],
  ['Перед началом осенних каникул', event('перед началом осенних каникул')], // an adjective is a season only before «период»
  // Round 149 (corpus-real-137): a quoted name of an adjective and a season is no season (https://school5.yaguo.ru/?cat=107&paged=5); the
  // months in a bracket after a season's period are its window (http://www.bmks.ru/gorodskoj_muzej/o_muzej/chasy_raboty)
  ['Фестиваль-конкурс «Театральная весна» проводится с 1992 года.', { kind: 'ongoing', start: '1992-01-01', due: '2021-12-31' }],
  ['Зимний период (с октября по май)', range('2021-10-01', '2022-05-31')],
  ['в летний период (каникулы)', range('2021-06-01', '2021-08-31')],
];

const NUMERIC_MONTHS: Case[] = [
  ['03.2026', range('2026-03-01', '2026-03-31')], // https://kanikuly56.blogspot.com/p/blog-page_2.html
  ['с 03.2021 по 05.2021', range('2021-03-01', '2021-05-31')],
  ['09/2021', range('2021-09-01', '2021-09-30')],
];

const LABELLED_DAYS: Case[] = [
  // Round 230 (corpus-real-209): bare years that go on the list after years of birth are years of birth too
  // (https://news.sarbc.ru/main/2006/07/10/61093.html)
  ['Соревнования проводятся по четырем возрастным группам: 1989-90 гг.р., 1991-92, 1993-94, 1995-96 среди мальчиков и девочек.', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['Соревнования пройдут 15 мая, участвуют дети 2010 г.р., 2011 и 2012', on('2021-05-15')],
  // Round 230 (corpus-real-209): a count right before a unit of length is a distance, a label (http://opkhv.ru/news/nko/2062)
  ['- 11:00 – регистрация участников лыжной гонки на 2016 м, 5-3 км;', { kind: 'unparsed', reason: 'не удалось распознать срок' }],
  ['15 мая - бег на 1000 м', on('2021-05-15')],
  ['Бег на 2000 метров 15 мая', on('2021-05-15')],
  // Round 225 (corpus-real-205): four runs of figures joined by dots, an IP address of a wiki's history line, is a label, no date
  // (http://www.letopisi.org/index.php?title=%D0%9F%D0%BB%D0%B0%D0%BD_%D0%BC%D0%B5%D1%80%D0%BE%D0%BF%D1%80%D0%B8%D1%8F%D1%82%D0%B8%D0%B9&oldid=8654)
  ['Версия от 09:14, 18 апреля 2006; 194.85.113.101 (обсуждение)', on('2006-04-18')],
  ['Правка от 7 ноября 2012 10.0.0.1', on('2012-11-07')],
  ['Доступ с IP 217.118.64.2 — до 15 сентября', by('2021-09-15')],
  // Round 215 (corpus-real-197): a library code after «УДК» / «ББК» and the author's mark are the book's labels
  // (http://www.express-externat.spb.ru/news/shkolnyj-eksternat-igry-s-prostranstvom)
  ['Статья из из книги "Социальные и пространственные измерения современного мегаполиса Санкт-Петербург", 3–5 апреля 2017 г., издательство Норма, УДК 316.334.54 ББК 60.54, С69. стр. 169-183.', range('2017-04-03', '2017-04-05')],
  // Round 215 (corpus-real-197): «СО» (семейное образование) before a comma is no preposition «со» opening a window
  // (https://mgkasp.ru/kak-perejti-na-semejnoe-obucenie.html)
  ['Права и обязанности семей, которые выбрали СО, конкретизированы в письме Минобрнауки России от 15 ноября 2013 года.', on('2013-11-15')],
  ['Семьи выбрали со 2 по 5 мая', range('2021-05-02', '2021-05-05')],
  // https://docs.cntd.ru/document/446235787/titles/3HNO8QJ
  ['Начало предоставления муниципальной услуги - 25 августа, срок окончания предоставления муниципальной услуги - 15 сентября текущего года.', range('2021-08-25', '2021-09-15')],
  ['Окончание учебного года: 31 мая 2024 года', on('2024-05-31')], // https://gul13.tvoysadik.ru/file/card?id=2263
  ['Начало учебного года: с 01 сентября 2023года Окончание учебного года: 31 мая 2024 года', range('2023-09-01', '2024-05-31')],
  // Round 10 (corpus-real-14): more forms of the verbs of starting and ending (https://open.kg/news/local-news/page/150, https://rossaprimavera.ru/news/8fd8faa1)
  ['Учебные занятия завершаются 31 декабря.', by('2021-12-31')],
  ['занятия закончатся 28 мая', by('2021-05-28')],
  ['Отмечается, что первый этап зачисления начался 1 апреля и продлится до 30 июня.', range('2021-04-01', '2021-06-30')],
  ['прием заявлений начался 1 апреля', { kind: 'ongoing', start: '2021-04-01', due: '2021-12-31' }],
  // Round 10 (corpus-real-13): a verb of ending reads as «по» whatever stands between it and its day
  // (https://k1news.ru/news/obrazovanie/pervoklassnikov-v-kostromskie-shkoly-budut-prinimat-po-novym-pravilam/)
  ['Завершится прием заявлений от родителей 30 июня.', by('2021-06-30')],
  ['по графику 30 июня', on('2021-06-30')],
];

describe.each([
  ['seed deadlines', SEED],
  ['by', BY],
  ['on', ON],
  ['weekday of a month', WEEKDAYS],
  ['day inside a season named before it', DAY_IN_SEASON],
  ['round 241: days of a month named before them, a budget\'s year, «тел»', ROUND_241],
  ['round 245: «между <день> и <день>»', ROUND_245],
  ['round 247: «за <дата>», a span before a window, a season over a repeat, «и продлится до», a street\'s adjective, «начнем с <чего>»', ROUND_247],
  ['round 243: degrees, a building\'s year of history, a day after «к концу месяца —»', ROUND_243],
  ['a themed year\'s name after a part word', THEMED_YEAR_NAME],
  ['seasons', SEASONS],
  ['a month written as a number with its year', NUMERIC_MONTHS],
  ['a noun of starting or ending with a label', LABELLED_DAYS],
  ['days listed before a date', DAY_LISTS],
  ['ranges of days', DATE_RANGES],
  ['months and ranges of months', MONTH_RANGES],
  ['lists of months', MONTH_LISTS],
  ['quarters, halves, school and calendar years', PERIODS],
  ['recurring', RECURRING],
  ['ongoing', ONGOING],
  ['schedules', SCHEDULES],
  ['events', EVENTS],
  ['offsets from an event', OFFSET_EVENTS],
  ['authorities and documents', AUTHORITIES],
  ['a date with a note', MIXED],
  ['times of day', TIMES],
  ['typos and odd characters', NORMALISATION],
] as Array<[string, Case[]]>)('%s (year 2021, period 2021)', (_name, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(parseDeadline(text, CAL)).toEqual(full(text, expected));
  });
});

describe('phrase lists', () => {
  const rows = [SEED, BY, ON, WEEKDAYS, SEASONS, NUMERIC_MONTHS, LABELLED_DAYS, DATE_RANGES, MONTH_RANGES, MONTH_LISTS, PERIODS, RECURRING, ONGOING, SCHEDULES, EVENTS, OFFSET_EVENTS, AUTHORITIES, MIXED]
    .flat()
    .map(([text]) => normalizeDeadline(text))
    .concat(UNPARSED.map(([text]) => normalizeDeadline(text)));
  const lists: Array<[string, readonly string[]]> = [
    ['EVENT_START', EVENT_START],
    ['EVENT_ANYWHERE', EVENT_ANYWHERE],
    ['EVENT_CONDITIONS', EVENT_CONDITIONS],
    ['ONGOING', ONGOING_PHRASES],
    ['SCHEDULE_START', SCHEDULE_START],
    ['SCHEDULE_ANYWHERE', SCHEDULE_ANYWHERE],
    ['BARE_SPANS', BARE_SPANS],
    ['DEADLINE_NAMES', DEADLINE_NAMES],
    ['DEADLINE_NAMES_AT_START', DEADLINE_NAMES_AT_START],
    ['ACT_EDITS', ACT_EDITS],
  ];
  // Adding a phrase is one line in its list plus one row in a table above: this keeps the two together.
  it.each(lists.flatMap(([name, phrases]) => phrases.map((p) => [name, p] as const)))('%s «%s» has a test row', (_name, phrase) => {
    const re = anywhere([phrase]);
    expect(rows.some((r) => re.test(r)), `no test row matches «${phrase}»`).toBe(true);
  });
  it.each(DOCUMENT_NOUNS.map((d) => [d.nominative, d.forms] as const))('document noun «%s» has a test row', (_name, forms) => {
    const re = new RegExp(`(?:^|[^а-я])(?:${forms})(?![а-я])`);
    expect(rows.some((r) => re.test(r))).toBe(true);
  });
});

describe('phrases at the start, looked for by their first letters', () => {
  // Every text of every corpus and its variants with what may stand before a phrase: a grade label, a leading word, signs, a capital
  const dir = 'test/fixtures/deadlines';
  const texts = readdirSync(dir)
    .filter((f) => f.startsWith('corpus') && f.endsWith('.tsv'))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n'))
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => normalizeDeadline(l.split('\t')[0]!));
  const variants = [...new Set(texts)].flatMap((t) => [t, `5-9 классы - ${t}`, `только ${t}`, `«${t}`, ` — ${t.slice(2)}`, `По${t}`, `12 ${t}`, t.replace(' ', ' ,\u00a0'), t.replace(' ', ''), t.replace(' ', '.'), t.replace(/^([а-я]+)/, '$1а'), t.replace(/^([а-я])[а-я]+/, '$1')]);
  it.each([
    ['EVENT_START', atStart(EVENT_START, LEADING_WORDS, true)],
    ['SCHEDULE_START', atStart(SCHEDULE_START, LEADING_WORDS, true)],
    ['CONDITIONS_ANYWHERE', atStart(CONDITIONS_ANYWHERE)],
  ] as const)('%s finds what the whole list finds', (_name, re) => {
    const whole = new RegExp(re.source);
    let found = 0;
    for (const v of variants) {
      const [a, b] = [re.exec(v), whole.exec(v)];
      expect(a === null ? null : [a.index, a[0], a[1]], v).toEqual(b === null ? null : [b.index, b[0], b[1]]);
      if (b !== null) found++;
    }
    expect(found).toBeGreaterThan(50);
  });
  it('knows a first letter only where the phrase must begin with it', () => {
    expect(firstLetters('по|при необх')).toEqual(new Set(['п']));
    expect(firstLetters('[в] адаптационн*|межаттестационн* период')).toEqual(new Set(['в', 'а', 'м']));
    expect(firstLetters('<срок> <отсчёт>')).toBeNull();
    expect(firstLetters('[в|во|на] <число> дней')).toBeNull();
    expect(firstLetters('ежегодн* до')).toEqual(new Set(['е']));
    // and the ways a phrase can begin: each word it can begin with (a stem is any word it begins) and the first letters of the next
    const w = (word: string, stem = false) => ({ word, stem });
    expect(startsOf('в|во течение|период <число>')).toEqual([{ first: [w('в'), w('во')], second: new Set(['т', 'п']) }]);
    expect(startsOf('ежегодн* до')).toEqual([{ first: [w('ежегодн', true)], second: new Set(['д']) }]);
    expect(startsOf('по|при необх')).toEqual([{ first: [w('по'), w('при')], second: new Set(['н']) }]);
    // an optional word first: it, or the word after it
    expect(startsOf('[в] сроки')).toEqual([{ first: [w('в')], second: new Set(['с']) }, { first: [w('сроки')], second: null }]);
    expect(startsOf('[в|во|на] [период|время] перв* дни')).toEqual([
      { first: [w('в'), w('во'), w('на')], second: new Set(['п', 'в']) },
      { first: [w('период'), w('время')], second: new Set(['п']) },
      { first: [w('перв', true)], second: new Set(['д']) },
    ]);
    // an optional word or a piece next: any second letter
    expect(startsOf('в [течение] года')).toEqual([{ first: [w('в')], second: new Set(['т', 'г']) }]);
    expect(startsOf('в <число> дней')).toEqual([{ first: [w('в')], second: null }]);
    expect(startsOf('в [<число>] дней')).toEqual([{ first: [w('в')], second: null }]);
    // a piece first, or every word optional: not known
    expect(startsOf('<срок> <отсчёт>')).toBeNull();
    expect(startsOf('[в|во|на] <число> дней')).toBeNull();
    expect(startsOf('[в] [сроки]')).toBeNull();
  });
});

const SCHOOL_CASES: Case[] = [
  // Round 97 (corpus-real-83, https://www.newkaliningrad.ru/news/community/32395-.html): «до Нового года» in a school year is the last day of
  // its first calendar year
  ['Проверки будут продолжаться до Нового Года.', by('2021-12-31')],
  // Round 82 (corpus-real-71, https://33live.ru/novosti/14-01-2025-remont-shkoly-%E2%84%9640-vo-vladimire-nachnut-v-marte.html): a verb of
  // ending before «до» is the window's end, so the window keeps calendar order in a school year (it ran from 2021-11-19 to 2022-03-03)
  ['Ремонт, который начнется 3 марта и должен завершиться до 19 ноября, охватит все помещения и инженерные системы школы.', range('2022-03-03', '2022-11-19')],
  ['март', range('2022-03-01', '2022-03-31')],
  ['сентябрь', range('2021-09-01', '2021-09-30')],
  ['январь', range('2022-01-01', '2022-01-31')],
  ['до 15 марта', by('2022-03-15')],
  ['до 1 июня', by('2022-06-01')],
  ['15.01', on('2022-01-15')],
  ['сентябрь-май', range('2021-09-01', '2022-05-31')],
  ['ноябрь, декабрь, январь', { kind: 'months', start: '2021-11-01', due: '2022-01-31', dates: ['2021-11-30', '2021-12-31', '2022-01-31'] }],
  // a list of bare months: each month as one month alone is read, inside the period (README, «Missing year»)
  ['Октябрь, январь, апрель', { kind: 'months', start: '2021-10-01', due: '2022-04-30', dates: ['2021-10-31', '2022-01-31', '2022-04-30'] }],
  ['I полугодие', range('2021-09-01', '2021-12-31')],
  ['II полугодие', range('2022-01-01', '2022-08-31')],
  ['I квартал', range('2022-01-01', '2022-03-31')],
  ['до конца учебного года', by('2022-08-31')],
  ['до конца года', by('2021-12-31')],
  ['В течение учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2022-08-31' }],
  ['постоянно', { kind: 'ongoing', start: '2021-09-01', due: '2022-08-31' }],
  ['ежемесячно до 28 числа', { kind: 'recurring', start: '2021-09-01', due: '2022-08-31', every: 'month', day: 28 }],
  // Round 17: the current and the next school year in words
  ['текущий учебный год', range('2021-09-01', '2022-08-31')],
  ['на текущий учебный год', range('2021-09-01', '2022-08-31')],
  ['следующий учебный год', range('2022-09-01', '2023-08-31')],
  ['в новом учебном году', range('2022-09-01', '2023-08-31')],
  // Round 21: lists of school quarters and parts of them in a school-year roadmap
  ['2,4 четверти', range('2021-11-01', '2022-05-31')],
  ['3,4 четверть', range('2022-01-01', '2022-05-31')],
  ['в начале и в конце учебного года', { kind: 'months', start: '2021-09-01', due: '2022-05-31', dates: ['2021-09-30', '2022-05-31'] }],
  ['в середине 3 четверти', range('2022-02-01', '2022-02-28')],
  ['в конце II полугодия', range('2022-05-01', '2022-05-31')],
];

describe('school-year roadmap (year 2021, period 2021-09-01..2022-08-31)', () => {
  it.each(SCHOOL_CASES)('%s', (text, expected) => {
    expect(parseDeadline(text, SCHOOL)).toEqual(full(text, expected));
  });
});

/**
 * Round 226: a year named relative to the current one («в январе следующего года», «в мае прошлого года», «в I квартале следующего
 * года») counts from the context's year in a school-year roadmap as in a calendar one: the two readings give the same dates. Before
 * the round the school year first put January–August in its second year and the shift came on top («до 10 января следующего года» →
 * 2023-01-10 in a 2021/22 roadmap, 2022-01-10 in a 2021 one).
 */
function relativeYearTexts(): string[] {
  const PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
  const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
  const WORDS = ['следующего', 'будущего', 'наступающего', 'прошлого', 'прошедшего', 'минувшего', 'предыдущего'];
  const out: string[] = [];
  for (const w of WORDS) {
    for (let m = 0; m < 12; m++) {
      out.push(`в ${PREP[m]} ${w} года`, `до 10 ${GEN[m]} ${w} года`, `${m + 1} ${GEN[m]} ${w} года`, `в конце ${GEN[m]} ${w} года`);
    }
    out.push(`в I квартале ${w} года`, `во 2 квартале ${w} года`, `в первом полугодии ${w} года`, `весной ${w} года`, `летом ${w} года`);
  }
  return out;
}

describe('a year named relative to the current one reads the same in a school-year roadmap as in a calendar one', () => {
  it.each(relativeYearTexts())('%s', (text) => {
    const cal = parseDeadline(text, CAL);
    const school = parseDeadline(text, SCHOOL);
    expect(cal.kind).not.toBe('unparsed');
    expect([school.kind, school.start, school.due, school.dates]).toEqual([cal.kind, cal.start, cal.due, cal.dates]);
  });
});

const YEAR_ONLY: Case[] = [
  ['до 15 сентября', by('2021-09-15')],
  ['до 15.02', by('2021-02-15')],
  ['сентябрь – май', range('2021-09-01', '2022-05-31')],
  ['ноябрь-февраль', range('2021-11-01', '2022-02-28')],
  ['март, апрель', { kind: 'months', start: '2021-03-01', due: '2021-04-30', dates: ['2021-03-31', '2021-04-30'] }],
  ['сентябрь, март', { kind: 'months', start: '2021-09-01', due: '2022-03-31', dates: ['2021-09-30', '2022-03-31'] }],
  ['В течение года', { kind: 'ongoing' }],
  ['ежемесячно', { kind: 'recurring', every: 'month' }],
  ['с 01.09.2021', { kind: 'ongoing', start: '2021-09-01' }],
];

describe('year only (year 2021, no period)', () => {
  it.each(YEAR_ONLY)('%s', (text, expected) => {
    expect(parseDeadline(text, { year: 2021 })).toEqual(full(text, expected));
  });
});

const NO_CONTEXT: Case[] = [
  ['До 15.02.2021', by('2021-02-15')],
  ['сентябрь 2021', range('2021-09-01', '2021-09-30')],
  ['2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['В течение года', { kind: 'ongoing' }],
  ['постоянно', { kind: 'ongoing' }],
  ['ежемесячно до 28 числа', { kind: 'recurring', every: 'month', day: 28 }],
  ['по графику ОО', schedule('график ОО')],
];

describe('no context', () => {
  it.each(NO_CONTEXT)('%s', (text, expected) => {
    expect(parseDeadline(text)).toEqual(full(text, expected));
  });
});

/** A calendar roadmap of a leap year (round 69). */
const LEAP: DeadlineContext = { period: { start: '2020-01-01', end: '2020-12-31' } };

const UNPARSED: Array<[text: string, context: DeadlineContext, reason: RegExp]> = [
  // a day of the month no month has, in a monthly repeat, is named as wrong (it was «ежемесячно» with no day, and no one was told)
  ['ежемесячно до 32 числа', CAL, /^несуществующее число месяца «32»: в месяце не больше 31 дня — проверьте число$/],
  ['Ежемесячно, до 45-го числа', CAL, /^несуществующее число месяца «45»/],
  // Round 228 (corpus-real-207): «No» before a number is the typed number sign (http://korolev.msk.ru/doc/proadm25.htm); a day and a
  // month in figures before a blank year is a form's blank date (https://docs.cntd.ru/document/406557589/titles/3HRLF6I); a form's
  // lines after «строки / по строкам» are labels, «02 число» no day of every month
  ['от "10" июня 2014 года No986', CAL, /^не удалось распознать срок$/],
  ['Приказ No 986 от 10.06.2014', CAL, /^не удалось распознать срок$/],
  ['На 01.10.20__', CAL, /дата не заполнена/],
  ['по состоянию на 31.12.20__ г.', CAL, /дата не заполнена/],
  ['По строкам 01 и 02 число проведенных в группах и пропущенных дней детьми', CAL, /^не удалось распознать срок$/],
  ['Строки 01 – 02. Число проведенных в группах и пропущенных дней детьми', CAL, /^не удалось распознать срок$/],
  // Round 227 (corpus-real-206): «N°» before a number is the number sign, so the act's date is a label (https://base.garant.ru/27320397/)
  ['(утв. постановлением Территориальной избирательной комиссии Койгородского района от 21 июля 2008 г. N°2/3)', CAL, /^не удалось распознать срок$/],
  // Round 224 (corpus-real-204): a month with its year after the edition words is the state of a text's wording, a label like round
  // 207's day (http://levonevski.net/pravo/normreg2009/num14/d14551.html)
  ['Текст документа с изменениями и дополнениями по состоянию на август 2009 года', CAL, /^не удалось распознать срок$/],
  ['(с изменениями на август 2015 года)', CAL, /^не удалось распознать срок$/],
  // Round 221 (corpus-real-201): an act's date stays a label when an act's noun stands between the word of publishing and the quoted
  // name, and a periodical's name with no word of publishing is read as before
  ['опубликован приказ «Об утверждении плана» от 05.07.2011 №30', CAL, /не удалось распознать срок/],
  ['Приказ «О плане мероприятий» от 05.07.2011 №30', CAL, /не удалось распознать срок/],
  // Round 219: a half of a year numbered past two is a slip the check names, as «III полугодие» is
  ['в третьей половине 2021 года', CAL, /^нет полугодия с номером 3$/],
  // Round 217 (corpus-real-199): a Cyrillic «Н» alone before a number right after a year is the number sign «N», so the act's date is a
  // label (https://educontest.net/ru/2540476/); after «N» a «Пр-<номер>» stays as it is
  ['Приказ министерства образования и науки рф от 10 декабря 2013 г. Н 1324', CAL, /^не удалось распознать срок$/],
  ['от 10 декабря 2013 г. Н 1324', CAL, /^не удалось распознать срок$/],
  ['(с изменениями от 05.10.2016 г. N Пр-1060)', CAL, /^не удалось распознать срок$/],
  // Round 215 (corpus-real-197): a place after a verb of existing keeps round 122's length (https://edpolicy.ranepa.ru/model-zakonodatelnyh-izmenenij-semejnoj-formy-obshchego-obrazovaniya)
  ['Семейная форма получения общего образования существует в России более 20 лет.', CAL, /существует в России более 20 лет/],
  // Round 215 (corpus-real-197): an act's date year first after «№ <номер> от» is its label (https://bestprofi.com/home/document/677267999)
  ['Приказ № 61 от 2016-01-22г./Министерство образования и науки Республики Казахстан', CAL, /^не удалось распознать срок$/],
  // Round 211 (no new set; the relabels of corpus-real-147, -152, -167 and -191): a document in the instrumental opening the text with
  // its own date is one issued act named by its label, not who sets the dates; «Приказом по школе» stays a schedule (pins in SCHEDULES)
  ['Приказом от «31» августа 2023 г. № 156', CAL, /^не удалось распознать срок$/],
  ['(приказом от 30.10.2023 г. № 628)', CAL, /^не удалось распознать срок$/],
  ['Приказом заведующего № 83 от 30.08.2022', CAL, /^не удалось распознать срок$/],
  ['Приказом и.о. директора МБОУ «Коробицынская СОШ» № 83 от 30.08.2022', CAL, /^не удалось распознать срок$/],
  // (these two were round 208's and round 163's schedules)
  ['приказом заведующего МАДОУ № 23 № 67-О от 27.05.2024 г.', CAL, /^не удалось распознать срок$/],
  ['Приказом и.о.директора МБОУ «Коробицынская СОШ» от 31 августа № 243', CAL, /^не удалось распознать срок$/],
  // Round 207 (corpus-real-190): a coming count after «в течение» is a bare span
  // (https://penza.er.ru/activity/news/rezultaty-sochinenij-shkolnikov-stanut-izvestny-v-techenie-nedeli); «с изменениями и дополнениями по
  // состоянию на <дата>» is a text's edition, a label (http://levonevski.net/pravo/norm2009/num12/d12975/page8.html)
  ['Школьники смогут узнать результаты своих сочинений в течение ближайших семи дней.', CAL, /^срок отсчитывается от события: «в течение ближайших семи дней»$/],
  ['Программа будет реализовываться на протяжении последующих трех лет.', CAL, /^срок отсчитывается от события: «на протяжении последующих трех лет»$/],
  ['Текст документа с изменениями и дополнениями по состоянию на 10 июля 2009 года', CAL, /^не удалось распознать срок$/],
  // Round 205 (corpus-real-188): «расп.» / «постан.», abbreviations of an act's noun, make «№ … от <дата>» the act's label
  // (http://dshi-15.ru/documents/5.html); a form's line of underscores glued to «от» before a whole date is the line, so «от» is read
  // (https://shugurovo.penzschool.ru/file/card?id=326); a bare «№ … от» and a protocol's stay their day (in ON)
  ['Утв. расп. № 190 от 02.07.2012', CAL, /^не удалось распознать срок$/],
  ['Постан. 12 от 10.01.2020', CAL, /^не удалось распознать срок$/],
  ['Приказ № 61 от_06.04.2023г', CAL, /^не удалось распознать срок$/],
  ['Приказ № 61 от__6 апреля 2023 г.', CAL, /^не удалось распознать срок$/],
  // Round 199 (corpus-real-183): a span after «за» with a word of obligation after it is the time allowed, no offset before an event
  // (https://ug.ru/2023-god-obyavlen-godom-pedagoga-i-nastavnika)
  ['Согласно подписанному указу Правительство России за три месяца должно сформировать состав организационного комитета, а также разработать и утвердить план главных мероприятий тематического года.', CAL, /^не удалось распознать срок$/],
  // Round 200 (corpus-real-184): an act's number with a dash and an ordinal's letter is a number, so the date after «от» is its label
  // (https://moschki-sosh.tverschool.ru/file/card?id=634); a standing commission is no open-ended work
  ['Приказ №62-е от 23.06.2025г.', CAL, /^не удалось распознать срок$/],
  ['Депутаты постоянной комиссии посетили центр психолого-педагогической помощи', CAL, /^не удалось распознать срок$/],
  // Round 197 (corpus-real-181): an institution's quoted name between an act's noun and its «№ … от» (https://gorcamp.ru/o-tsentre/protivodejstvie-korruptsii/);
  // a court case's identifier (https://www.consultant.ru/law/podborki/konflikt_interesov_v_obrazovatelnoj_organizacii); a term as a span
  // of lengths (https://gist.github.com/c503fedc16523fe47898dc66ad26d9ea)
  ['Утверждено приказом директора МБУ ДОЦ «Дружба»  № 41 от 26.04.2019г.', CAL, /^не удалось распознать срок$/],
  ['Определение Второго кассационного суда общей юрисдикции от 21.12.2023 N 88-34126/2023 (УИД 69RS0026-01-2023-000250-44)', CAL, /^не удалось распознать срок$/],
  ['План может быть составлен на срок от одного года до трех:', CAL, /^не удалось распознать срок$/],
  // Round 202 (corpus-real-186): «полутора» is a count, so «в течение полутора месяцев» is a bare span, not open-ended work
  // (https://360.ru/news/mosobl/kryshi-dvuh-detskih-sadov-otremontirujut-v-domodedove)
  ['«Подрядчики уже определены, и в течение полутора месяцев работы должны быть завершены», — сообщила руководитель муниципалитета.', CAL, /^срок отсчитывается от события: «в течение полутора месяцев»$/],
  // Round 196 (no new set): a document in the instrumental opening an editorial note on an act («внесены изменения», «признано
  // утратившим силу», «изложен в новой редакции») says who changed the act, not who sets the dates; the act's date is its label
  // (https://base.garant.ru/18361318/da0ca740e319b67eff630b4065586e13, corpus-real-171; https://base.garant.ru/18365651/89300effb84a59912210b23abe10a68f,
  // corpus-real-164)
  ['Постановлением Администрации города Орла от 26 мая 2014 г. N 1988 настоящее постановление признано утратившим силу', CAL, /^не удалось распознать срок$/],
  ['Постановлением Администрации города Кургана от 25 апреля 2012 г. N 2683 в статью 2 настоящего приложения внесены изменения', CAL, /^не удалось распознать срок$/],
  ['Приказом Министерства просвещения Российской Федерации от 12 августа 2022 г. №732 внесены изменения в федеральный государственный образовательный стандарт среднего общего образования', CAL, /^не удалось распознать срок$/],
  ['Постановлением Администрации города Кургана от 16 января 2013 г. N 83 пункт 2 главы 1 настоящего приложения изложен в новой редакции', CAL, /^не удалось распознать срок$/],
  ['Распоряжением главы администрации от 12.08.2022 № 732 распоряжение утратило силу', CAL, /^не удалось распознать срок$/],
  // and the document after a bare «в» with such a verb after it is the document changed
  ['В план работы внесены изменения', CAL, /^не удалось распознать срок$/],
  // Round 194 (corpus-real-179): «больше … назад» says how long ago, no threshold of a condition
  // (https://edu-shmr.ru/glavnaya/item/2171-konkurs-yunykh-chtetsov-zhivaya-klassika); a number after a verb of changing a count and
  // «до» is the count it is brought to (https://xn--80aapampemcchfmo7a3c9ehj.xn--p1ai/news/v-ulyanovske-otkrylsya-pervyy-shkolnyy-it-kub)
  ['Конкурс появился больше 10 лет назад.', CAL, /^не удалось распознать срок$/],
  ['количество мест мы планируем увеличить до 500', CAL, /^не удалось распознать срок$/],
  // Round 190 (corpus-real-175): a counted span with «последних» before or after its count is a span with no event
  // (https://skladknig.com/book/razvitie-chelovecheskogo-kapitala/reading/50); a century with no preposition is a name
  ['В ходе статистического анализа были выявлены школы, на долю которых приходится более 60 % неудовлетворительных оценок в ЕГЭ по данному региону, а затем определены «наиболее неблагополучные», т. е. те, в которых учащиеся получали в течение трех последних лет неудовлетворительные оценки (баллы) по ЕГЭ и по русскому языку, и по математике.', CAL, /^срок отсчитывается от события: «в течение трех последних лет»$/],
  ['на протяжении последних пяти лет', CAL, /^срок отсчитывается от события: «на протяжении последних пяти лет»$/],
  ['в течение последних двух лет', CAL, /^срок отсчитывается от события: «в течение последних двух лет»$/],
  ['на протяжении трех последних лет', CAL, /^срок отсчитывается от события: «на протяжении трех последних лет»$/],
  ['Педагогические кадры XXI века', CAL, /^не удалось распознать срок$/],
  // Round 184 (corpus-real-170): a bare number after an issued act's noun, then «от» and a full date, is the act's number and date
  // (https://romashkino.krymschool.ru/file/card?id=4614); a day with its month and year right after an issued act's «№» is the act's
  // date, the number left blank (https://13ksh-rostov.tvoysadik.ru/file/card?id=2917)
  ['Пр. 240 от 30.08.24 - О создании комиссии по осуществлению контроля за качеством горячего питания-', CAL, /^не удалось распознать срок$/],
  ['Приказ №______«28» марта 2025 г.', CAL, /^(?:дата не заполнена|не удалось распознать срок)/],
  ['Приказ №___ «28» марта 2025 г.', CAL, /^не удалось распознать срок$/],
  // Round 185 (corpus-real-171): «до сведения» is whom a thing is brought to, no event (http://romanovobr.ru/structure/96-news/1264-2011-01-31-16-20-02?layout=default&print=1&tmpl=component)
  ['Дымова Н.В., заместитель директора по УВР довела до сведения родителей график подготовительных занятий для будущих первоклассников.', CAL, /^не удалось распознать срок$/],
  // Round 186 (corpus-real-172): a bare «в планах» is what is intended, no plan that holds the dates; «За 5 лет» is a length
  // (https://rutube.ru/video/0c98ad90c22504df222064dd712f3497)
  ['За 5 лет в планах отремонтировать порядка 11 тысяч школ.', CAL, /^срок отсчитывается от события/],
  // Round 181 (corpus-real-167): a second length of service joined to the first by «и» is a label like the first
  // (https://kazved.ru/news/v-rt-startuetprofessionalnyi-konkurs-dlya-molodyx-pedagogov-5883327; it was `event`, «свыше 3 лет»)
  ['Конкурсная программа предусматривает две категории участников: со стажем педагогической деятельности от 1 до 3 лет и свыше 3 лет.', CAL, /^не удалось распознать срок$/],
  // Round 176 (corpus-real-162): «пособие при передаче ребёнка …» is the payment's name, no event
  // (https://radiokurs.ru/54395-semi-vzjavshie-na-vospitanie-rebenka-poluchat-edinovremennoe-posobie.html)
  ['Единовременное пособие при передаче ребёнка на воспитание в семью получили 89 семей Курской области.', CAL, /^не удалось распознать срок$/],
  // Round 180 (corpus-real-166): a letter glued to an act's number makes the date after «от» the act's label
  // (https://bur-madou-st.tvoysadik.ru/file/card?id=6499); a long present participle of a verb of setting describes its noun and names
  // no schedule (https://lawyersocial.net/question/19210541, https://www.9111.ru/questions/14346014)
  ['Приказ № 30а от 25.02.2022', CAL, /^не удалось распознать срок$/],
  // Round 187 (corpus-real-173): a slash part's own dotted parts and a tail glued by «-» belong to the act's number
  // (https://bkobr.ru/press-centr/novosti/3787-vserossijskaya-nedelya-bezopasnosti-dorozhnogo-dvizheniya)
  ['письма Министерства общего и профессионального образования №24/3.2-14536 от 06.09.2023', CAL, /^не удалось распознать срок$/],
  // Round 192 (corpus-real-177, corpus-real-123): a lettered act's number after «№» and after «в„–» keeps the date before it a label
  ['Источник: Письмо Роструда от 24.12.2020 № ПГ/59245-6-1', CAL, /^не удалось распознать срок$/],
  ['Приказ в„– 5 от 12.03.2021', CAL, /^не удалось распознать срок$/],
  // Round 188: an issued act's date between «от» and «№» stays a label; only a protocol's is its meeting's day
  ['Приказ директора от 31.08.2024 № 150', CAL, /^не удалось распознать срок$/],
  ['ПРИКАЗ от 22 декабря 2014 года N 1601 О продолжительности рабочего времени (нормах часов педагогической работы за ставку заработной платы) педагогических работников и о порядке определения учебной нагрузки педагогических работников, оговариваемой в трудовом договоре.', CAL, /^не удалось распознать срок$/],
  ['На Вашей стороне нормы Порядка определения учебной нагрузки педагогических работников, оговариваемой в трудовом договоре, утвержденного Приказом Минобрнауки России от 22.12.2014 №1601.', CAL, /^не удалось распознать срок$/],
  // Round 168 (corpus-real-156): a joint act's second number before «от <дата>» (http://dou107.sochi-schools.ru/stranitsa-zdorovya/meditsinskoe-obsluzhivanie/),
  // a sanitary rule's code before «от <дата>» (http://gim8.rybadm.ru/mediz/p9aa1.html) and a registry number after a date with no «от»
  // (https://www.medspecial.ru/forum/forum28/topic2120/) leave the date the act's label
  ['Приказ Минздрава РФ N 186, Минобразования РФ N 272 от 30.06.92 «О совершенствовании системы медицинского обеспечения в  ДОУ»', CAL, /^не удалось распознать срок$/],
  ['СП 3.1.2.3114-13 от 16.05.2014г.', CAL, /^не удалось распознать срок$/],
  ['ПРОФИЛАКТИКА ОСТРЫХ РЕСПИРАТОРНЫХ ВИРУСНЫХ ИНФЕКЦИЙ (МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ) 12 июня 1980 г. N 08-14/4-14', CAL, /^не удалось распознать срок$/],
  // Round 170 (corpus-real-158): «пр», the abbreviation of «приказ», before an act's number makes its date the act's label
  // (https://uchitelya.com/russkiy-yazyk/184844-plan-raboty-mo-klassnyh-rukovoditeley-na-2019-2020-uchebnyy-god.html)
  ['Приложение к пр№ 370 от 30.08.2019 г', CAL, /^не удалось распознать срок$/],
  // Round 160 (corpus-real-149): an issued act's blank number before its date leaves the date the act's label
  // (https://lib-5.ru/urok1/urok-39390.php)
  ['приказ № от 25.08.2014 года', CAL, /^не удалось распознать срок$/],
  ['Редакция от 17.11.2016', CAL, /^не удалось распознать срок$/],
  // Round 158 (corpus-real-147): the instrumental «систематическим / систематическими» only describes a noun, like round 37's
  // «постоянным» (https://nsportal.ru/user/71442/page/programma-raboty-so-slabouspevayushchimi-obuchayushchimisya)
  ['Неуспеваемость – это отставание в учении, при котором за отведенное время обучающийся не овладевает на удовлетворительном уровне знаниями, предусмотренными учебной программой, а так же весь комплекс проблем, который может сложиться у ребёнка в связи с систематическим обучением (как в группе, так и индивидуально).', CAL, /^не удалось распознать срок$/],
  // Round 147 (corpus-real-135): a count of tens with its units in words is a count, so the span names no event
  // (http://dexter900.narod.ru/index/0-144)
  ['Лицо, нашедшее ребенка, обязано заявить об этом в течение сорока восьми часов в орган внутренних дел или в орган опеки и попечительства по месту обнаружения ребенка.', CAL, /^срок отсчитывается от события: «в течение сорока восьми часов»$/],
  ['в течение девяноста дней', CAL, /^срок отсчитывается от события: «в течение девяноста дней»$/],
  // Round 146 (corpus-real-134): a form's code after «форма» is a label, its number after the hyphen no year
  // (https://womans.mirtesen.ru/blog/43515049005/Detyam-inostrannyih-grazhdan-budet-neobhodima-spravka-ob-otsutst?utm_referrer=mirtesen.ru)
  ['Пока же для поступления детей-иностранцев в детсад достаточно справки о профилактическом осмотре (форма 026/у-2000).', CAL, /^не удалось распознать срок$/],
  // Round 141 (corpus-real-129): a day called appointed before a word of moving is the day left; no new day written leaves no date
  // (http://prosveshenie.tv/news/minobrnauki-pereneslo-obshherossijskij-den-prijoma-grazhdan/page/2/)
  ['Общероссийский день приема граждан в Министерстве науки и высшего образования, назначенный на 14 декабря, был перенесен из-за ситуации с распространением коронавируса.', CAL, /^срок перенесён, новый не назван$/],
  // Round 129 (corpus-real-117): an example word («например:») between an act's noun and its date with the number is the act's example
  // date, a label (https://consultant.ru/document/cons_doc_LAW_226741/de0ba739ab9a1f3015c365b4a70568185fbb1ec9)
  ['Дата оформляется словесно-цифровым способом; номер состоит из знака "N" и порядкового номера приказа, например: 15 июня 2010 г. N 44.', CAL, /^не удалось распознать срок$/],
  // Round 126 (corpus-real-114): after a word of moving, «с <месяц> на более поздние сроки» leaves no date: the month is the time left
  // (https://edu.pkgo.ru/news/sroki-provedeniya-konkursa-uchitel-goda-na-kamchatke-perenosyatsya)
  ['Проведение регионального этапа конкурса «Учитель года» переносится с апреля на более поздние сроки.', CAL, /^срок перенесён, новый не назван$/],
  // Round 121 (corpus-real-109): a span after «за» with the past verb right before it is a duration, no offset
  // (http://rayon.partizansky.ru/?id=20131015055134&in=3664f605802f3e57b8c5d97dcc52082ab2a&showprevue=godoc)
  ['45 детей помещались за 9 месяцев в реабилитационные центры, из которых 21 ребенок находился в социально-опасном положении.', CAL, /^срок отсчитывается от события: «9 месяцев»$/],
  // Round 121 (corpus-real-109): an age after «После» before the child's noun is a label, no event
  // (https://www.nakanune.ru/news/2025/10/15/22842243/)
  ['После 15 лет подросток может подписать согласие сам.', CAL, /^не удалось распознать срок$/],
  // Round 122 (corpus-real-110): «больше <срок>» after a verb of working in the present is a length, a bare span
  // (https://crimea-news.com/society/2019/12/17/585407-amp.html)
  ['Консультационный центр на базе детского сада 130 работает уже больше года.', CAL, /^срок отсчитывается от события: «работает уже больше года»$/],
  // Round 105 (corpus-real-93): years followed by «года рождения» are the age of those taking part, a label
  // (http://urmschool.ru/novosti/1541-komanda-yunykh-shakhmatistov-nashej-shkoly-prinyala-uchastie-v-otkrytom-vserossijskom-turnire-po-shakhmatam-rossijskogo-dvizheniya-shkolnikov)
  ['Турнир проводится по сети, в двух возрастных категориях: младшая (2006-2012 года рождения) и старшая (2002-2005 года рождения).', CAL, /^не удалось распознать срок$/],
  // Round 167 (corpus-real-155): a list of years of birth before «годов рождения / г.р.» (https://icmos.ru/announcements/19-marta-start-gorodskogo-etapa-sorevnovaniy-shkolnoy-sportivnoy-ligi-po-voleybolu)
  ['трех возрастных подгрупп: 2000-2002, 2003-2004, 2005-2006 годов рождения.', CAL, /^не удалось распознать срок$/],
  // Round 167 (corpus-real-155): an act's number with a letter glued to its figures («№ ДК-П12-2441») makes its date a label
  // (http://dyussh-kom.ru/info/)
  ['Настоящее положение о Всероссийском зимнем фестивале школьников «Президентские спортивные игры» (далее – Фестиваль) разработано в соответствии с поручением Президента Российской Федерации от 4 апреля 2013 г. № Пр-756, поручением Правительства Российской Федерации от 12 апреля 2013 г. № ДК-П12-2441.', CAL, /^не удалось распознать срок$/],
  // Round 70 (corpus-real-63): «за <срок> обучения» is a duration, no offset (http://aschool1.at.ua/news/roditelskoe_sobranie_budushhikh_pervoklassnikov/2012-11-15-75)
  ['Первоклассники показали дошколятам, чему уже научились за два месяца обучения в школе.', CAL, /^не удалось распознать срок$/],
  // Round 69: a 29 February moved into the next year (a window's end, a list's calendar order) that is not a leap year does not
  // exist, as when the year rules put it there («29.02» in 2021 above); the property test's text (fast-check) was the first
  ['с 1 марта по 29 февраля', LEAP, /^несуществующая дата: 29\.02\.2021$/],
  ['с 25 декабря по 9 января, 29 февраля', LEAP, /^несуществующая дата: 29\.02\.2021$/],
  ['декабрь - январь, 29 февраля', LEAP, /^несуществующая дата: 29\.02\.2021$/],
  // round 106: «за 29 февраля» is now a day the work is for, not an offset, so this property-test text reads like «2021-2022 29 февраля
  // 21 2021» and its stray «21» is what it cannot read (it was «несуществующая дата: 29.02.1997», reached through the offset); the 29
  // February a rule moves a year on is still caught by the two rows above and round 69's property
  ['2021-2022 за 29 февраля 21 2021', { period: { start: '1995-01-01', end: '1996-03-01' } }, /^непонятное число «21»$/],
  ['2021-2022за29февраля21  2021', { period: { start: '1995-01-01', end: '1996-03-01' } }, /^непонятное число «21»$/],
  // Round 115 (corpus-real-103): «больше <срок>» after a verb of taking time is a length, a bare span, not round 48's threshold
  // (https://www.pressreader.com/russia/aif-na-yenisee-krasnoyarsk/20171122/281672550248001)
  ['Поэтому на то, что обычно можно усвоить за три месяца, у них уходит больше года.', CAL, /^срок отсчитывается от события: «уходит больше года»$/],
  // Round 68 (corpus-real-62): a negated verb before «больше <срок>» is a bare span (https://www.iliqchuan.ru/forum/showpost.php?p=6089&postcount=2)
  ['• Желательно не держать книги на руках больше 1 месяца.', CAL, /^срок отсчитывается от события: «не держать книги на руках больше 1 месяца»$/],
  // Round 63 (corpus-real-57): an act's number with its code after a spaced dash is one number, the date after «от» its label (https://primalka.kbrschool.ru/file/card?id=1008)
  ['Приказ №133/6 – ОД от 27.09.2021 г.', CAL, /^не удалось распознать срок$/],
  ['', CAL, /^срок не указан$/],
  ['   ', CAL, /^срок не указан$/],
  ['-', CAL, /^срок не указан$/],
  ['???', CAL, /^срок не указан$/],
  // Round 51 (corpus-real-46): a document after a bare «в», then what is written in it, is no schedule (https://gist.github.com/c63fd4a990753c842b98e13a460f8f91)
  ['Программа развития школы на период с В Программе отражены основные идеи Государственной целевой программы города Москвы на среднесрочный период гг.', CAL, /^не удалось распознать срок$/],
  // Round 29: «по четвертям» closing a cell repeats only after a label of plain words (probe s24)
  ['для школ с обучением по четвертям', CAL, /^не удалось распознать срок$/],
  ['до 31.02.2021', CAL, /^несуществующая дата «31\.02\.2021»$/],
  ['31.02.2021', CAL, /^несуществующая дата/],
  ['32.01.2021', CAL, /^несуществующая дата/],
  ['15.13.2021', CAL, /^несуществующая дата/],
  ['29.02.2021', CAL, /^несуществующая дата/],
  ['29.02', CAL, /^несуществующая дата: 29\.02\.2021$/],
  // a span with no event, quoted (round 7)
  ['в десятидневный срок', CAL, /^срок отсчитывается от события: «в десятидневный срок»$/],
  ['В 10-дневный срок.', CAL, /^срок отсчитывается от события: «в 10-дневный срок»$/],
  ['в течение трёх рабочих дней', CAL, /^срок отсчитывается от события: «в течение трёх рабочих дней»$/],
  ['до окончания четверти', CAL, /^не указано, какой четверти$/],
  ['в течение 10 дней', CAL, /срок отсчитывается от события/],
  ['в течение одного дня', CAL, /срок отсчитывается от события: «в течение одного дня»/], // round 18: a figure (in words too) counts a span
  ['V квартал 2021', CAL, /^нет квартала с номером 5$/],
  ['5 квартал 2021', CAL, /^нет квартала с номером 5$/],
  ['3 полугодие', CAL, /^нет полугодия с номером 3$/],
  ['до конца месяца', CAL, /^не указано, какого месяца$/],
  ['до конца квартала', CAL, /^не указано, какого квартала$/],
  ['сентябрь', {}, /^не указан год/],
  ['до 15 сентября', {}, /^не указан год/],
  ['сентябрь', { period: { start: '2021-01-01', end: '2021-06-30' } }, /не попадает в период/],
  ['декабрь 2021 – январь 2021', CAL, /^начало срока позже его окончания$/],
  // days of one month the wrong way round are a slip, not a window of almost a year (README, «Missing year»)
  ['с 20 по 10 мая', CAL, /^начало срока \(20\.05\) позже его окончания \(10\.05\): не перепутаны ли числа\?$/],
  ['с 15.05 по 10.05', CAL, /^начало срока \(15\.05\) позже его окончания \(10\.05\)/],
  ['с 15 мая по 10 мая 2021', CAL, /^начало срока \(15\.05\) позже его окончания \(10\.05\)/],
  ['с 15 мая 2021 по 10 мая', SCHOOL, /^начало срока \(15\.05\) позже его окончания \(10\.05\)/],
  ['15.05.2021-10.05.2021', CAL, /^начало срока \(15\.05\) позже его окончания \(10\.05\)/],
  ['непонятный текст', CAL, /^не удалось распознать срок$/],
  ['отчёт 12345', CAL, /непонятное число/],
  ['1.2', CAL, /^непонятное число «1\.2»$/], // a clause number, not 1 February
  // Round 11: a condition does not outrank a span it holds («…, то срок сокращается до 15 дней»)
  ['Если обращение не требует проверки, то срок сокращается до 15 дней', CAL, /^срок отсчитывается от события: «15 дней»$/],
  ['не менее одной трети от установленного числа депутатов', CAL, /^не удалось распознать срок$/],
  // Round 17: a count of weeks is no week of the month; «до конца месяца» stays unsaid (not «в конце месяца», a repeat)
  ['2 недели марта', CAL, /^срок отсчитывается от события/],
  // Round 20: a length alone names no time (corpus-real-21's «Продолжительность занятий увеличивается с 5 до 10 дней …» likewise)
  ['продолжительность урока 35 минут', CAL, /^не удалось распознать срок$/],
  // Round 21: a stray space before a dot is read only in a full date with its four-digit year
  ['1 . 2', CAL, /^непонятное число «1»$/],
  // Round 59: a form's blank date (https://chelyab-gov.ru/doc/35618, corpus-real-53)
  ['По гигиеническим и энтомологическим показателям ввоз детей в оздоровительное учреждение разрешен с "___" ________ 2007 г.', CAL, /^дата не заполнена: «"___" ________ 2007 г\.»$/],
  ['до «__» __________ 20__ г.', CAL, /^дата не заполнена/],
  // Round 162 (corpus-real-151): a form's day left as empty guillemets is a blank day (https://341.tvoysadik.ru/file/card?id=4440)
  ['Приказ от « » 2025 г. №', CAL, /^дата не заполнена: «« » 2025 г\.»$/],
  ['Протокол от «» мая 2024 года', CAL, /^дата не заполнена/],
  // Round 64 (corpus-real-58): a span after «за» with a past verb after it is a duration, not an offset (http://www.elista.org/socium/6_komand_iz_respubliki_kalmykiya_stali_pobeditelyami_konkursa_pervichnyh_otdelenij_dvizheniya_pervyh_foto)
  ['Завершился Конкурс Первичных отделений Движения Первых, в котором за шесть месяцев приняли участие более 13 тысяч детско-взрослых команд.', CAL, /^не удалось распознать срок$/],
  // Round 101 (corpus-real-89, corpus-real-87): a span after «за» with a verb in the future after it is a duration, not an offset
  // (https://www.gtrkpskov.ru/news-feed.html?start=3180, https://klops.ru/dictionaries/persona/190-aleksandr-ierusalimov)
  ['Свое мастерство в нем за четыре дня покажут двадцать четыре педагога.', CAL, /^не удалось распознать срок$/],
  ['За две недели комиссия выборочно посетит несколько школ, чтобы выяснить,  каким образом осуществляется контроль посещаемости учащимися уроков.', CAL, /^не удалось распознать срок$/],
  // Round 163 (corpus-real-152): an act's date and number are labels after the act's noun in a digest's angle brackets
  // (https://inelt.com/news/show/type/manager/year/2016/month/03/alias/poryad_prohozhd_gia_11_litsam_s_ogran_vozmozh_zdorov) and after the
  // word of approval (https://www.consultant.ru/document/cons_doc_LAW_412831/8d7f4f5d76198db7726964e20c116a1394e16858)
  ['<Письмо>Рособрнадзора 09.12.2015 N 10-51-932/10-3417', CAL, /^не удалось распознать срок$/],
  ['См. новый межведомственный комплексный план мероприятий, утв. Правительством РФ 10.04.2023 N 3838п-П8.', CAL, /^не удалось распознать срок$/],
  // Round 172 (corpus-real-160): a full date in brackets right after an issued act's number is the act's date, a label
  // (https://uprobr.ucoz.ru/news/prokurorskaja_proverka_ehlektronnykh_zhurnalov_i_dnevnikov_chto_delat_shkole/2019-02-26-8183)
  ['Распоряжение Правительства Российской Федерации № 1993-р (17 декабря 2009 г.) закрепляет за школами ответственность за предоставление родителям и ученикам информации об успеваемости в электронном виде.', CAL, /^не удалось распознать срок$/],
  ['Приказ Минобрнауки России № 1015 (30.08.2013)', CAL, /^не удалось распознать срок$/],
  // and the form's line before a filled day's month is no blank after an act's number either (round 172)
  ['Приказ № 45 от «__19_»_____августа 2013 г.', CAL, /^не удалось распознать срок$/],
  // Round 166 (corpus-real-154): a span of years after «за» with no «до / перед / после / с / от» after it is how long the work took, no
  // offset (https://smolgazeta.ru/watchday/109350-122-centra-tochka-rosta-otkryli-v.html); a dot glued between the figures of an act's
  // number belongs to it (https://dussh1kamenka.profiedu.ru/file/card?id=26)
  ['122 центра «Точка роста» открыли в Смоленской области за два года', CAL, /^не удалось распознать срок$/],
  ['(Приказ Управления образования администрации Каменского района Пензенской области от 23.03.2020 г № 101.1/01-05)', CAL, /^не удалось распознать срок$/],
  // Round 175 (corpus-real-161): a span after «за» with a neuter short participle of what was done, or with «всего», is a duration, not
  // an offset (https://www.gongmedia.ru/news/2019/06/14/gde-provodyat-vremya-vashi-deti/, https://www.sb.by/articles/otryad-osobogo-naznacheniya.html)
  ['За недельный рейд выявлено 3 безнадзорных подростка; 3 подростка, совершивших преступления; 2 подростка, совершивших административные правонарушения.', CAL, /^не удалось распознать срок$/],
  ['— За 8 месяцев — всего 5 преступлений с участием несовершеннолетних — кражи, хулиганство.', CAL, /^срок отсчитывается от события: «8 месяцев»$/],
  // Round 178 (corpus-real-164): an edition's date after «с изменениями на» (https://docs.cntd.ru/document/420245838/titles/6500IL) and an
  // act's date with its edition in brackets after it (https://normativ.kontur.ru/document?moduleId=44&documentId=26103&from=similarforms)
  // are labels; figures glued to a form's underscores after «за» are a blank year, no offset
  // (https://base.garant.ru/403366175/b89690251be5277812a78962f6302560; it was `event`)
  ['(с изменениями на 8 апреля 2015 года)', CAL, /^не удалось распознать срок$/],
  ['Форма 1-ДО от 20.07.2011 (ред. от 02.02.2012)', CAL, /^не удалось распознать срок$/],
  ['за 20____ год', CAL, /^непонятное число «20»$/],
];

// Round 69: a 29 February that stays in its leap year keeps its day; a repeat's window ending on a 29 February that does not
// exist is the roadmap's period, as when the year rules put it there
const LEAP_CASES: Case[] = [
  ['с 1 по 10 декабря, 29 февраля', range('2020-02-29', '2020-12-10')],
  ['29 февраля', on('2020-02-29')],
  ['с 1 марта 2020 по 28 февраля', range('2020-03-01', '2021-02-28')],
  ['ежемесячно с 1 марта по 29 февраля', { kind: 'recurring', start: '2020-01-01', due: '2020-12-31', every: 'month' }],
  // February's and winter's last day with no year written is fixed once the year is known (rounds 109 and 74 took the 28th)
  ['в последний день февраля', on('2020-02-29')],
  ['Последний день февраля стал стартом проекта', on('2020-02-29')],
  ['до последнего дня февраля', by('2020-02-29')],
  ['в последний день зимы', on('2020-02-29')],
  // a year written is kept: 2021 is a common year
  ['в последний день февраля 2021 года', on('2021-02-28')],
];

describe('leap-year roadmap (period 2020-01-01..2020-12-31)', () => {
  it.each(LEAP_CASES)('%s', (text, expected) => {
    expect(parseDeadline(text, LEAP)).toEqual(full(text, expected));
  });
});

describe('unparsed: never guess, say why in Russian', () => {
  it.each(UNPARSED)('%s', (text, context, reason) => {
    const d = parseDeadline(text, context);
    expect(d).toEqual(full(text, { kind: 'unparsed', reason: d.reason! }));
    expect(d.reason).toMatch(reason);
  });
});

describe('contract', () => {
  it('returns the properties in contract order', () => {
    for (const text of ['До 15.02.2021', 'По графику ОО', 'ежемесячно до 28 числа', '']) {
      expect(Object.keys(parseDeadline(text, CAL))).toEqual(['text', 'kind', 'start', 'due', 'dates', 'every', 'day', 'reason']);
    }
  });

  it('keeps the text verbatim, spaces and case included', () => {
    const text = '  До 15.02. 2021\u00a0г. ';
    expect(parseDeadline(text, CAL).text).toBe(text);
  });

  it('lists every kind', () => {
    expect(DEADLINE_KINDS).toEqual(['by', 'on', 'range', 'months', 'recurring', 'schedule', 'event', 'ongoing', 'unparsed']);
  });

  it('ignores a malformed context instead of throwing', () => {
    const bad = [
      { year: 20.5 },
      { year: Number.NaN },
      { period: { start: '2021-02-31', end: '2021-12-31' } },
      { period: { start: '2021-12-31', end: '2021-01-01' } },
      null,
      'x',
    ] as unknown as DeadlineContext[];
    for (const context of bad) {
      expect(parseDeadline('До 15.02.2021', context)).toEqual(full('До 15.02.2021', by('2021-02-15')));
      expect(parseDeadline('В течение года', context).due).toBeNull();
    }
  });

  it('does not throw on a non-string input from untyped callers', () => {
    expect(parseDeadline(undefined as unknown as string, CAL)).toMatchObject({ text: '', kind: 'unparsed' });
    expect(parseDeadline(42 as unknown as string, CAL)).toMatchObject({ text: '42', kind: 'unparsed' });
  });
});
