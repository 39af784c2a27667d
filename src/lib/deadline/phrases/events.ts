/**
 * Event deadlines: the work happens after (or before) something, not on a date.
 * One phrase per line, in the notation of `compile.ts`; a comment shows a real cell.
 * The reason is the text from the phrase on («после проведения ВПР»), or a noun
 * from EVENT_NOUNS plus the rest («по итогам работ» → «итоги работ»).
 */

/** Words that may stand before a phrase at the start and change nothing: «только по решению ГЭК» reads as «по решению ГЭК». */
export const LEADING_WORDS: readonly string[] = [
  'только', // только по решению государственной экзаменационной комиссии субъекта Российской Федерации …
  'лишь',
  'исключительно',
  'строго',
  'сразу', // сразу после проведения
  'индивидуально', // индивидуально, по запросу (round 19: alone it is a schedule, `SCHEDULE_START`)
  'в индивидуальном порядке', // в индивидуальном порядке, по запросу (round 21: alone it is a schedule, «индивидуальный порядок»)
];

/**
 * Round 23: a themed week, decade, month or day of a plan is an event, like «во время месячника»; «в течение месячника» stays
 * open-ended work (corpus-real-20). They open a cell («в рамках недели профориентации», «в ходе предметной недели», «в рамках месячника
 * безопасности», «в период декады», «в рамках Дня здоровья»), so they are in EVENT_START.
 * Round 64. «Во всех школах нашего города пройдут мероприятия в рамках месячника патриотического воспитания.» (a city's news of the
 * month of patriotic upbringing, https://khabarovsk-news.ru/society/2026/01/23/57968.html — corpus-real-58): inside a sentence too,
 * so they are in EVENT_ANYWHERE (it was `unparsed`: only a cell that opened with the phrase was read); a date written with it wins as
 * before («27 февраля в рамках … пройдёт …» → on 02-27).
 */
export const THEMED_PERIODS: readonly string[] = [
  'в|во|на рамках|ходе|период|время [<прил-р>] недел*|декад*|месячник*', // в рамках недели профориентации; в ходе предметной недели
  'в рамках [<прил-р>] дня|дней', // в рамках Дня здоровья; в рамках Единого дня профориентации (a themed day, like «в день …»)
  // Round 170: «В рамках смены для детей каждый день предусмотрены различные активности по возрасту.» (a region's news of a camp
  // session of «Орлята России», https://informpskov.ru/embed/452755 — corpus-real-158; it was `ongoing`, «каждый день» read as daily
  // work): a session of a children's camp («смена») after «в рамках / в ходе / в период / во время» is the session's time, an event like
  // a themed week; its forms as a noun only («сменной обуви» is no session)
  'в|во|на рамках|ходе|период|время [<прил-р>] смены|смене|смену|сменой|смен',
  // Round 77: «Проводится мероприятие в рамках празднования Дня защитника Отечества.» (a city's news of the cadets' gathering,
  // https://hron.ru/news/read/44518 — corpus-real-66; it was `unparsed`): a celebration after «в рамках / в ходе» is the feast's
  // time, an event like «в рамках Дня здоровья»; so is the holding of a themed week, day or month («в рамках проведения Недели
  // финансовой грамотности»). «в рамках реализации …» stays open-ended work
  'в|во рамках|ходе празднован*|чествован*',
  'в|во рамках|ходе проведени*|подготовк* [<прил-р>] [<прил-р>] недел*|декад*|месячник*|дня|дней|фестивал*|праздник*',
  // Round 94: «В рамках проведения «Недели безопасности», посвященной вопросам обеспечения безопасности детей на дорогах, в школах города
  // сотрудники ГИБДД проверяют информацию, …» (a city's news, http://uray.ru/sotrudniki-gosavtoinspekcii-goroda-uraja-provodjat-proverki-
  // ugolkov-po-bezopasnosti-dorozhnogo-dvizhenija-i-pasportov-dorozhnoj-bezopasnosti-v-obrazovatelnyh-organizacijah/ — corpus-real-83; it
  // was `unparsed`): the themed week, month or day named in quotes after «в рамках / в ходе / в период / во время», with «проведения /
  // подготовки» or without, is the same event as unquoted
  'в|во|на рамках|ходе|период|время [проведени*|подготовк*] <название-р>',
  // Round 113: «В рамках Года  культурного наследия в доме культуры пройдет цикл мероприятий: …» (a village house of culture's news,
  // https://malamdk.okusp.ru/item/1151821 — corpus-real-101; it was `unparsed`): a themed year of the state's calendar — «Года культуры»,
  // «Года педагога и наставника», «Года семьи», «Года защитника Отечества», «Года науки и технологий» — after «в рамках / в ходе», with
  // «проведения / подготовки / празднования» or without, is a frame like a themed week or day (round 23). Only «года» followed at once by
  // its name (`<тема-года>`, after at most one adjective): «в рамках учебного года», «в рамках года» and «в рамках 2024 года» read as
  // before; a date written with it wins («в рамках Года семьи 15 мая» → on 05-15)
  'в|во рамках|ходе [проведени*|подготовк*|празднован*] года [<прил-р>] <тема-года>',
];

/**
 * Round 113. «В течение праздничных дней школьники примут участие в различных Всероссийских акциях.» (a school's news of Victory Day,
 * https://xn---3--5cdiy3aifxf6ducc6e.xn--p1ai/novostnaia_lienta/dien_pobiedy_ — corpus-real-101; it was `ongoing`, «в течение» read as
 * running work): the holidays' days — «праздничных дней», «праздничные дни», «майских / новогодних праздников» — after «в течение / в
 * период / во время / в», with no dates, are the holidays like «в течение каникул»: an event, not open-ended work. Days
 * written with them win as after any event phrase («в праздничные дни 1-3 мая» → 05-01..05-03); «по выходным и праздничным дням» and
 * «в выходные и праздничные дни» (weekends with them) read as before. In EVENT_START and EVENT_ANYWHERE, like THEMED_PERIODS; inside a
 * sentence «в течение …» stays open-ended work as «в течение каникул» does there (open-ended words outrank an event phrase elsewhere).
 */
export const HOLIDAY_DAYS: readonly string[] = [
  'в|во течение|течении|период|время праздничн* дней|дни', // В течение праздничных дней школьники примут участие …
  'в праздничн* дни', // в праздничные дни
  'в|во течение|течении|период|время|дни новогодн*|майск*|рождественск*|ноябрьск* праздник*', // в течение майских праздников
];

/**
 * Round 138. «В актированные дни занятия проводятся на закрепление и повторение ранее изученных тем.» (a school's notice on frost,
 * https://shkola16-ach.ucoz.ru/news/25_dekabrja_2020_g_rabota_shkoly_v_period_nizkikh_temperatur/2020-12-25-349 — corpus-real-126; it was
 * `unparsed`): days named by the weather or by the order that makes them — «актированные», «морозные», «ненастные», «непогожие»,
 * «холодные», «жаркие», «знойные», «дождливые», «штормовые», «метельные», «буранные», «вьюжные», «карантинные» — after «в / во / на»,
 * with a word of which of them («последующие», «такие», «эти», «ближайшие» …) or not, singular or plural, are the days an event
 * brings, like «в дни актировки» and «в праздничные дни» (round 113): an event, their dates are not the calendar's. In EVENT_START
 * and EVENT_ANYWHERE, like HOLIDAY_DAYS: days written with them win as after any event phrase («в морозные дни 15 и 16 января» →
 * those days); «в выходные / рабочие дни» (repeats) and «в летние / зимние дни» read as before.
 */
export const WEATHER_DAYS: readonly string[] = [
  // в актированные дни; в морозные дни; в последующие морозные дни; в актированный день
  'в|во|на [последующ*|следующ*|таки*|эти|те|отдельн*|ближайш*|особо|очень|сильно] актированн*|морозн*|ненастн*|непогож*|холодн*|жарк*|знойн*|дождлив*|штормов*|метельн*|буранн*|вьюжн*|карантинн* дни|день|дня',
];

/**
 * Round 138. «Их обучение возобновится по возвращении из эвакуации.» (the news of a region's order on distance learning,
 * https://dan-news.ru/obschestvo/s-23-marta-v-dnr-vozobnovljaetsja-obuchenie-v-distancionnom-rezhime/ — corpus-real-126; it was
 * `unparsed`): «по возвращении / возвращению из / с / в / домой» waits for the return — from an evacuation, a camp, a leave, the holidays
 * —, an event like «по завершении …»; used when nothing else is understood (a date written with it wins).
 */
export const RETURN_EVENTS: readonly string[] = [
  'по возвращени*|возвращению из|с|со|в|во|домой', // по возвращении из эвакуации
  // Round 183: «По прибытии и проведению работ» (a cell of the time column of an action plan «При угрозе взрыва», after «Ч + 15 мин.» and
  // «Ч + 30 мин.», https://www.consultant.ru/document/cons_doc_LAW_345948/685c96d25bf9b4ddc29f48248c12873302563c6c/ — corpus-real-169; it
  // was `unparsed`): «по прибытии / прибытию / приезде / приезду …» waits for someone's arrival — the special unit, a commission, the
  // pupils at a camp — as «по возвращении» waits for a return
  'по прибыти*|приезд*',
];

/**
 * Round 97. «В нашей школе идет месячник по обеспечению безопасности на водных объектах в период начала весеннего паводка» (a school's
 * news, https://perchur-marpos.edu21.cap.ru/news/2020/03/17/news_746492/?id=d1b4d9e8-5ddc-455d-a733-f44cf761f0e0 — corpus-real-83; it
 * was `unparsed`): a season of water and ice after «в / во / на период / время» — the flood («паводка», «половодья»), the ice forming or
 * breaking up («ледостава», «ледохода»), ice on the roads («гололеда», «гололедицы»), the thaw of roads («распутицы») — with its start
 * or end («начала / окончания») and an adjective («весеннего») or not, is an event of nature a safety plan waits for, like «с наступлением
 * паводка» (round 53): its days are not the calendar's. Used when nothing else is understood (EVENT_ANYWHERE), at the start too: a
 * day, a month or a year written with it says when («в период паводка (апрель)» → April), as dates outrank an event phrase elsewhere.
 */
export const NATURAL_PERIODS: readonly string[] = [
  'в|во|на период|время [начала|окончания] [<прил-р>] паводка|паводков|половодья|ледостава|ледохода|гололеда|гололедицы|распутицы', // в период начала весеннего паводка
];

/**
 * Round 118. «До и в течение купального сезона» (the «Срок исполнения» column of a district's plan of safety on water,
 * https://ivan-gov.ru/doc/50379 — corpus-real-106; it was `ongoing`, «в течение» read as running work): the season of an activity a
 * safety plan waits for — bathing («купального / пляжного сезона»), heating («отопительного сезона / периода»), fire danger
 * («пожароопасного сезона / периода») — after «в / во течение / период / время», «на протяжении / период», and «до [начала] и в
 * течение», is an event like the holidays («в течение каникул», round 17) and the seasons of water and ice (round 97): its days are
 * set each year by an act, not by the calendar. The seasons of water and ice after «в течение / на протяжении» are the same event
 * («в течение ледостава»; after «в период» they were one already). At the start (EVENT_START: it outranks open-ended «в течение») and
 * inside a sentence (EVENT_ANYWHERE, where open-ended words outrank it, as for the holidays). Days written with it say when («В
 * течение купального сезона с 1 июня по 31 августа» → the window), a year alone does not («… сезона 2021 года» stays the event, like
 * «по итогам I четверти»); «до начала отопительного сезона - то есть до октября» reads as before.
 */
export const ACTIVITY_SEASONS: readonly string[] = [
  'до [начала] и в|во течение|течении|период|время [всего] купальн*|пляжн*|отопительн*|пожароопасн* сезона|периода', // До и в течение купального сезона
  'в|во течение|течении|период|время [всего] купальн*|пляжн*|отопительн*|пожароопасн* сезона|периода', // в течение купального сезона
  'на период [всего] купальн*|пляжн*|отопительн*|пожароопасн* сезона|периода', // на период купального сезона («на протяжении» reads as «в течение», round 277)
  'в купальный|пляжный|отопительный|пожароопасный сезон|период', // в купальный сезон
  'в|во течение|течении [всего] [начала|окончания] [<прил-р>] паводка|паводков|половодья|ледостава|ледохода', // в течение ледостава
];

/**
 * Round 83: «Гарантированная доплата молодым специалистам <*> устанавливается на период первого года трудоустройства выпускникам …»
 * (a region's pay method, https://base.garant.ru/409602887/3e22e51c74db8e0b182fad67b502e640 — corpus-real-72; it was `unparsed`): the
 * first days, months or years of a young specialist's work after «на / в период / время», or with the kind of work between
 * («в первые три года трудовой деятельности», «на период первых двух лет педагогической работы»), are counted from the hiring like «в
 * первый месяц работы» (round 19); at the start (EVENT_START) and inside a sentence (EVENT_ANYWHERE). Only the ordinal «перв*», so «на
 * период 2021-2022 учебного года» and «в период 3 лет» read as before.
 */
export const FIRST_TIME_OF_WORK: readonly string[] = [
  '[в|во|на] [период|время|течение|течении] перв* [<число>] дни|дней|неделю|недели|недель|месяц|месяца|месяцы|месяцев|год|года|годы|лет [<прил-р>] <деятельность>',
];

/** Round 119: «по его итогам», «по их результатам», «по её окончании» — results or an end with a possessive pronoun (EVENT_START and EVENT_ANYWHERE). */
const POSSESSIVE_OUTCOME = 'по его|ее|их итогам|результатам|окончании|завершении|окончанию|завершению';

/** Phrases that make the whole deadline an event when the text starts with them (they win over dates after them). */
export const EVENT_START: readonly string[] = [
  'по итогам', // По итогам работ
  // Round 169: the singular, «По итогу совещания руководителям образовательных учреждений поставлены соответствующие задачи, даны
  // поручения и рекомендации.» (a district's news of a meeting of school heads, https://crimea-news.com/society/2022/12/27/1005713.html —
  // corpus-real-157; it was `unparsed`)
  'по итогу',
  'по результатам', // по результатам мониторинга
  'по окончании', // По окончании четверти
  'по завершении', // по завершении учебного года
  'по завершению|окончанию', // по завершению учебного процесса 2011/2012 учебного года (the dative, as often written)
  // Round 119: «По его итогам выберут 6 победителей, которые отправятся на работу в сельскую местность.» (a governor's news of the «Земский
  // учитель» contest, https://governors.ru/news/Kurskie-uchitelya-mogut-stat-uchastnikami-programmy-Zemskiy-uchitel-v-2021-godu/321653 —
  // corpus-real-107; it was `unparsed`): a possessive pronoun («его», «её», «их») between «по» and the noun of results or of an end is
  // the same event as without it, as round 96 reads «по их желанию» (here and in EVENT_ANYWHERE)
  POSSESSIVE_OUTCOME,
  'по мере', // по мере необходимости, по мере поступления
  'по запрос*', // по запросу, по запросам ОО
  // Round 96: «Аттестация педагогических работников в целях установления первой или высшей квалификационной категории проводится по их
  // желанию.» (a school's page on attestation, https://shkola60kurgan-r45.gosweb.gosuslugi.ru/pedagogam-i-sotrudnikam/attestatsiya-pedagogicheskih-rabotnikov
  // — corpus-real-85; it was `unparsed`): a possessive («их», «его», «её», «своему», «собственному», «личной» …) between «по» and the
  // noun of a wish, a request or an initiative is the same event as without it (here and in EVENT_ANYWHERE)
  'по [их|его|ее|своему|своей|своим|собственному|собственной|личному|личной] желани*|запрос*|просьб*|инициатив*',
  'по необходимост*', // по необходимости
  'по|при необх', // по необх. (round 17: the abbreviation of a plan table)
  'при необходимост*', // при необходимости
  // Round 44: При приеме на работу, далее - не реже 1 раза в год (a school's anti-corruption plan, «Срок исполнения»,
  // https://sch12.edu-lida.gov.by/%D0%BE-%D1%88%D0%BA%D0%BE%D0%BB%D0%B5/%D0%B0%D0%BD%D1%82%D0%B8%D0%BA%D0%BE%D1%80%D1%80%D1%83%D0%BF%D1%86%D0%B8%D0%BE%D0%BD%D0%BD%D0%B0%D1%8F-%D0%B4%D0%B5%D1%8F%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D0%BE%D1%81%D1%82%D1%8C
  // — corpus-real-40): «при <событии>» opening a cell, then what follows the first time after «далее / затем», is an event at the start
  // like «при необходимости»: the first deadline is the deadline, as «22 апреля, далее - по необходимости» keeps its day
  'при приеме|приёме|смене|замене|переходе|переводе [<слова>] [и|а] далее|затем',
  'при <событие-п> [<слова>] [и|а] далее|затем', // при поступлении на работу и далее ежегодно
  // Round 237: the nouns of admission, hiring, commissioning and a break in work of round 237's EVENT_ANYWHERE lines (below)
  // open a cell as «при приеме» does: «При трудоустройстве, далее ежегодно» is the hiring, as round 44 decided for «при <событии>»
  'при [<прил-п>] допуске|трудоустройстве|вводе|пуске|запуске|найме|перерыве [<слова>] [и|а] далее|затем',
  'в случае', // в случае выявления
  'по факту', // по факту проведения
  'после', // после проведения диагностических работ
  // Round 185: «С принятием этого постановления утратили силу аналогичные документы, действовавшие в 2025 году.» (a Ryazan news site on
  // the new fixing of schools to the city's territories, https://7info.ru/ryazan/v-ryazani-utverdili-novoe-raspredelenie-shkol-za-
  // gorodskimi-territoriyami — corpus-real-171; it was the range of 2025): «с принятием / вступлением / подписанием / изданием /
  // опубликованием / утверждением …» opening a text is the moment of an act's adoption a change runs from, like «с момента <события>»;
  // a year after it is the time of the acts it names, a label like the year of «действовавшие в 2025 году»
  'с|со принятием|вступлением|подписанием|изданием|опубликованием|утверждением',
  // Round 52: «Прежде чем приступить к разработке планов мероприятий ГО и ЧС в школе, необходимо подготовить и объявить приказ директора …,
  // который … определяет сроки исполнения и ответственных лиц.» (a school's civil-defence plan copied in a gist,
  // https://gist.github.com/d26200c438f4b2e8c26d51e9fb0a1891 — corpus-real-47): the work comes before starting something, an event like
  // «перед началом …», whatever the sentence says of who sets dates (it was `schedule`, «определяет сроки исполнения …»)
  'прежде чем',
  'перед тем [как]', // Перед тем, как сдавать ГТО, следует обязательно получить допуск от врачей (inside a sentence since round 40)
  'по требовани*', // по требованию
  // Round 215: «по предварительному согласованию с …» too (an embassy school's graph of attesting externs, «Участие в официальных
  // апробациях по предварительному согласованию с администрацией школы.», https://schoolegypt.ru/eksternat/semeynaya_forma/?special_version=Y
  // — corpus-real-197; it was `unparsed`): an agreement asked beforehand is still one to be reached, like «по предварительной договоренности»
  'по [предварительн*] согласовани*', // по согласованию с ОО
  'по готовност*', // по готовности
  'по поступлени*', // по поступлении
  'по решени*', // по решению педагогического совета
  // Round 168: «Соответственно решению территориальных органов» (a textbook's scheme of vaccinations by epidemic indications,
  // https://medlec.org/lek-132660.html — corpus-real-156; it was `unparsed`, «соответственно» is a schedule's preposition and «решение»
  // no document): «соответственно / согласно решению …» waits for the decision like «по решению …»
  'соответственно|согласно решени*',
  'по указани*', // по указанию управления образования
  'по поручени*', // по поручению министерства
  'по приглашени*', // по приглашению
  // Round 70: Участие в пробном экзамене платное по желанию учащихся и их родителей. (a school's news of trial exams,
  // https://sosh-yantik.edu21.cap.ru/news/2016/01/23/news_357825/?id=9fb09659-25b2-4513-86ab-a5fc06fdb5de — corpus-real-63): a wish of
  // the pupils or parents sets when, like «по просьбе» and «по запросу»
  'по желани*',
  'по вызову', // по вызову (round 25: a call, like «по приглашению»)
  'по направлению', // по направлению ПМПК (round 25: a referral, like «по представлению»; the plural «по направлениям» is a field of work)
  'по заявк*', // по заявкам школ
  'по обращени*', // по обращению
  'по просьб*|ходатайств*|заявлени*', // По просьбе учителя (a request, a petition or an application, like «по запросу»)
  'по представлени*', // По представлению классного руководителя (a submission, like a petition)
  'по инициатив*', // по инициативе председателя (round 23: a proposal of someone, like «по представлению»)
  'по [предварительн*] договоренност*', // по договоренности; по договорённости с партнёрами (round 19: an agreement, like «по согласованию»)
  'по [предварительн*] записи', // по предварительной записи (round 33: an appointment the visitor makes, like «по запросу»)
  'незамедлительно|немедленно|безотлагательно', // Незамедлительно (at once after the act of the row)
  // Round 108: «— В экстернат, и немедля!» (a mother's notes on moving her son to an externat school, https://www.kommersant.ru/doc/2297609 —
  // corpus-real-96; it was `unparsed`): «немедля», «без промедления», «без отлагательств» say «at once» like «немедленно»
  'немедля', // Немедля
  'без промедления|отлагательств|отлагательства', // без промедления
  'в срочном|оперативном|экстренном порядке', // в срочном порядке
  'по выходу', // по выходу приказа
  // через 10 дней со дня проведения; round 84: not «Через каждые пять лет музей образовательного учреждения должен подтвердить звание.»
  // (a museum passport's rules, https://museum.ucoz.net/load/pasport_muzeja_obrazovatelnogo_uchrezhdenija/1-1-0-1 — corpus-real-73): «через
  // каждые N лет» is a repeat like «каждые N лет» (it was `event`)
  'через <не-каждые>',
  'спустя', // спустя месяц после
  // за 10 дней до проведения (not «За 4 квартал 2015г. - не позднее 25.01.2016г.»: a period a report covers; round 64: nor «За шесть
  // месяцев приняли участие …», a duration with a past verb after it)
  'за <число-отступа>',
  'в период|дни|время|ходе проведения|каникул', // в период проведения ГИА
  // в период летних каникул; во время осенних каникул (round 21: a holiday named by its season with no dates, like «в период каникул»)
  // Round 37: «В период летних школьных каникул Центр может организовывать занятия …» (режим занятий of a centre of дополнительное
  // образование, https://muklen.edu.yar.ru//raspisanie_zanyatiy.html): «школьных» may stand between the season and «каникул»
  'в|во период|дни|время|ходе осенн*|зимн*|весенн*|летн*|новогодн*|дополнительн* [школьн*] каникул',
  // Round 85: «За время весенних каникул участники кружка активно помогают жителям … голосовать за объекты благоустройства по
  // федеральной программе «Формирование комфортной городской среды».» (a school's news of its volunteers,
  // https://bat1-batyr.moy.su/news/shkola_volontjorov_tvori_dobro/2024-03-30-7401 — corpus-real-74; it was `schedule` «программа
  // «Формирование …»»): «за (всё) время / период» before the holidays or a camp's or labour brigade's shift is their time, as «в
  // период / во время» is — an event at the start that outranks the document named later («по программе» says what is done, not when)
  'за [все|всё] время|период [<прил-р>] [<прил-р>] [школьн*] каникул|смены|смен',
  // в течение летних каникул; в течение каникул (a span of the holidays is the holidays, an event, not open-ended work)
  'в течение|течении [осенн*|зимн*|весенн*|летн*|новогодн*|дополнительн*] каникул',
  // Round 268: «На протяжении всех каникул ребёнок пройдет все уровни квеста, выберет свою миссию, …» (a children's camp's letter to
  // parents, a public repository, `find_string`; it was `ongoing`, «на протяжении» read as running work over the period): the holidays
  // after «на протяжении», or after «в течение» with «всех», are the holidays as after «в течение» above — an event, not open-ended
  // work; so is «[летний] каникулярный период» after either («в течение каникулярного периода» was open-ended, «в течение летнего
  // каникулярного периода» the summer), as «в каникулярный период» and «в летний каникулярный период» are (round 17)
  'в|на течение|течении|протяжении [всех] [осенн*|зимн*|весенн*|летн*|новогодн*|дополнительн*] [школьн*] каникул',
  'в|на течение|течении|протяжении [всего] [осенн*|зимн*|весенн*|летн*] каникулярн* период*',
  ...HOLIDAY_DAYS,
  ...WEATHER_DAYS,
  ...ACTIVITY_SEASONS,
  // Round 223: «Летний пожароопасный период» (the «Срок проведения» column of a town's plan against fires in forests,
  // https://sverdlovsk-gov.ru/doc/60037 — corpus-real-203; it was `range`, the summer's three months): the season of fire danger or of
  // bathing named alone at the start of a cell, with no preposition and a season's adjective or none («Пожароопасный период»,
  // «Летний пожароопасный период», «весенний пожароопасный сезон», «Купальный сезон»), is round 118's season of an activity, an event;
  // only at the start, and not the heating season («Отопительный сезон 2021-2022 годов», «Отопительный сезон начнется …» read as before)
  '[летн*|весенн*|осенн*] пожароопасн*|купальн*|пляжн* сезон|период',
  'в период|время|ходе подготовки|адаптации', // в период подготовки к ГИА; в период адаптации (round 19: a stage of work, like «в период проведения»)
  // Round 182: «5.3.   В течение подготовки и проведения процедуры медиации каждая из сторон может встречаться  и поддерживать связь с
  // медиатором, …» (the rules of a league of mediators, http://www.ligamediatorov.ru/about-us/areas-of-activity/judicial-mediation —
  // corpus-real-168; it was `ongoing`, «в течение» read as running work): the preparation or the holding of something after «в течение
  // / на протяжении» is that stage of work, an event like «в период подготовки / проведения» (rounds 19, 21), not open-ended work
  'в|во|на течение|течении|протяжении подготовки|проведения',
  // в период стажировки; в период прохождения курсов; на период наставничества (round 23: a stage of work, like «в период адаптации»)
  'в|на [весь] период|время|ходе стажировки|наставничества|прохождения',
  // Round 74: «На период аттестации ученик становится экстерном — может посещать консультации, …» (a page on family education,
  // https://pribrejniy.ru/tag/kak-vystavlyayutsya-itogovye-ocenki-pri-perekhode-na-semeynoe-obrazovanie — corpus-real-65; it was
  // `unparsed`): the attestation or the studies of a pupil after «в / на период / время», a stage of that pupil's work like «на период
  // стажировки» (round 23)
  'в|на [весь] период|время аттестации|обучения',
  // Round 215: «При семейном обучении ребенок не числится в школе постоянно — только на период проверки знаний.» and «На время
  // аттестаций ребёнок на семейном образовании получает статус экстерна» (guides to family education,
  // https://domznaniy.school/tpost/kak-perejti-na-distanczionnoe-obuchenie, https://mgkasp.ru/kak-perejti-na-semejnoe-obucenie.html —
  // corpus-real-197; they were `ongoing` and `unparsed`): the attestations in the plural and the check of a pupil's knowledge are the
  // same stage as round 74's «на период аттестации»
  'в|на [весь] период|время аттестаций|проверки|проверок [знаний]',
  // Round 108: «Предприятия и учреждения на период экзаменов предоставляют экстернам дополнит, отпуск с сохранением зарплаты.» (the
  // Great Soviet Encyclopedia's «Экстернат», http://www.bezmani.ru/spravka/bse/base/5/016226.htm — corpus-real-96; it was `unparsed`): the
  // exams, a session, tests or trials after «в / во / на [весь] период / время» are that pupil's attestation, like «на период аттестации»
  'в|во|на [весь] период|время [<прил-р>] экзаменов|экзамена|сессии|зачетов|зачета|испытаний',
  ...THEMED_PERIODS,
  // в межаттестационный период (round 25: the years between two attestations, a stage with its own start for each teacher)
  '[в] адаптационн*|межаттестационн* период', // в адаптационный период (September–October of the first grade, but the cell names the stage)
  'во время', // во время каникул
  'на [весь] период|время проведения|подготовки|адаптации', // на период проведения ГИА (like «в период проведения»); «на весь период проведения государственной итоговой аттестации»
  'в каникулярн*', // в каникулярное время
  'в|во|на каникул*', // в каникулы, во время каникул (round 17: a holiday with no dates is an event like «в период каникул»)
  '[в|на] осенн*|зимн*|весенн*|летн*|дополнительн*|новогодн* каникул*', // осенние каникулы, в зимние каникулы
  'в день|дни', // в день проведения экзамена
  'на следующий|другой день', // на следующий день после проведения
  'в момент', // в момент обращения (like «в день обращения»)
  // on the 3rd day after the exam; not «В четвертый понедельник октября ежегодно отмечается день …» (a weekday of a month)
  // Round 192: not a year in figures before its year word (`<число-дня>`): «В 2022 году тема Всемирного дня здоровья звучит так: …» (a
  // district school's news, https://dobro.rooivacevichi.gov.by/ — corpus-real-177; it was `event`, «в 2022 году тема … дня …») is the year
  'в|на <число-дня> [<слова-дня>] <день-события>', // на 3-й день после экзамена; в первый, следующий за ним, рабочий день
  // в первый месяц работы; в первые две недели обучения; в течение первого месяца работы (round 19: counted from the start of work
  // or a stay, not from a date; «в первые две недели сентября» names its month and is no such phrase)
  '[в|во|на] <число> [<число>] дни|дней|неделю|недели|недель|месяц|месяца|месяцы|месяцев|год|года|годы <деятельность>',
  ...FIRST_TIME_OF_WORK,
  // Round 216: «Первые 2-3 дня –  пребывание ребенка в группе не более 3-х часов.» (a kindergarten's memo for the parents of a newly
  // admitted child, its regime of the adaptation period, https://dou2.pogranichny.org/ — corpus-real-198; it was `unparsed`, «срок
  // отсчитывается от события: «не более 3-х часов»»): the first days of a stay with «дня» after a count or two counts («первые три
  // дня», «первые 2-3 дня»), a dash or nothing before the noun of the stay, are counted from the child's first day like round 19's «в
  // первые дни пребывания»; only the ordinal «перв*», so «2-3 дня» alone stays a bare span
  '[в|во|на] перв* <число-или-два> дня|дней|дни [-] <деятельность>',
  // Round 79: «За первую неделю реализации профилактического месячника в школах была обновлена информация на стендах …» (a district's
  // anti-drug month, https://obrazdobroe.ucoz.ru/news/rajonnyj_mesjachnik_po_borbe_s_rasprostraneniem_vich_infekcii_narkomanii/2021-01-11-973
  // — corpus-real-68): «за» before the first days, weeks or months of a stage is the same time, counted from its start; only the
  // ordinal «перв*», so «за 2 недели до …» and «за 3 года работы» read as before
  'за перв* [<число>] дни|дней|неделю|недели|недель|месяц|месяца|месяцы|месяцев|год|года|годы <деятельность>',
  'в течение|течении|теч <число> [<число>] дней|недели|недель|месяца|месяцев|года|лет <деятельность>',
  // перед каникулами; перед осенними каникулами; перед экзаменами (round 19: a holiday or an exam with no date is an event, like
  // «перед началом осенних каникул»)
  'перед [осенн*|зимн*|весенн*|летн*|новогодн*|майск*|праздничн*|выпускн*|итогов*] каникул*|праздник*|экзамен*|впр|гиа|огэ|егэ',
  'в течение|течении|теч <срок> <отсчёт>', // в течение 3 рабочих дней со дня получения; в теч. 3 дней после …
  'не позднее|позже [чем] <срок> <отсчёт>', // не позднее 10 дней после, не позднее шестого рабочего дня с даты получения
  'в срок не позднее|позже [чем] <срок> <отсчёт>', // в срок не позднее 10 дней со дня окончания четверти
  'в срок до <срок> <отсчёт>', // в срок до 5 дней после
  'в срок не более <срок> <отсчёт>', // в срок не более 30 календарных дней со дня их получения
  'не более <срок> <отсчёт>', // не более пяти календарных дней после проведения соответствующего экзамена
  'до <срок> <отсчёт>', // до 3 дней с момента
  '<срок> <отсчёт>', // 10 рабочих дней со дня издания приказа; в течение одного рабочего дня, следующего за днем получения результатов
  'в <срок-прил> срок <отсчёт>', // в месячный срок со дня образования (a bare «в 10-дневный срок» is a span with no event)
  'не позднее|позже [чем] в <срок-прил> срок <отсчёт>', // не позднее чем в 15-дневный срок со дня получения запроса
  'по истечени*', // по истечении 10 дней со дня получения заявления; по истечении срока действия
  'в срок не превышающ* <срок> <отсчёт>', // в срок, не превышающий 5 рабочих дней со дня регистрации обращения
  'не ранее [чем] <срок> <отсчёт>', // не ранее 10 дней после окончания четверти
  'не должен|должна|должны|должно|может|могут превышать <срок> <отсчёт>', // не должны превышать 40 дней со дня регистрации, в соответствии с пунктом 24 настоящего регламента, …; не может превышать 3 рабочих дней со дня принятия заявления …
];

/**
 * Conditions named inside a sentence (they are in EVENT_ANYWHERE too): a span in the same sentence does not count from them,
 * so a document the sentence names still sets the dates («Срок … может быть продлен не более чем на 1 месяц по мотивированному
 * постановлению в случае уклонения …» → `schedule`).
 */
export const CONDITIONS_ANYWHERE: readonly string[] = [
  'в случае', // Проводится в случае каких-либо изменений, например, если появляется новое законодательство об охране труда …
  'при наличии', // 4.1. Прием во 2-9-ые, 11 (12)-ые классы общеобразовательных учреждений осуществляется при наличии свободных мест.
  // Round 206: «3. При подаче жалобы в исполнительный орган местного самоуправления она подается через административную комиссию, …,
  // которая в течение трех суток направляет жалобу вместе с делом в исполнительный орган местного самоуправления.» (a region's law on
  // administrative commissions, https://base.garant.ru/32364161/7a69fb6632f5876efd3160114758a106 — corpus-real-189; it was `unparsed`,
  // the bare span): the filing of an application or a complaint, its delivery and a re-sitting are the moment of a procedure after «при»,
  // an event like «при сдаче / выдаче» (round 145): «при подаче заявления», «при доставке документов», «при пересдаче экзамена». A
  // condition (the README was silent): it says when the clause applies, so a term it shortens stays the bare span (round 104, corpus-
  // real-18's «… срок сокращается до 10 дней (например, при подаче через электронный канал …).») and a document the sentence names
  // still sets the dates
  'при [<прил-п>] подаче|доставке|пересдаче',
  // Round 52: «…; при несчастном случаи принять меры по оказанию доврачебной помощи пострадавшим, …» (a kindergarten's orders copied in a
  // gist, https://gist.github.com/a1f6ed02a568c2e54f0332278dd82467 — corpus-real-47): «при [<прил.>] случае» is «в случае» (the typo «случаи» too)
  'при [<прил-п>] [<прил-п>] случае|случаи|случаях',
  // Round 146: «При отрицательном результате тестирования ребенку предлагают пройти дополнительное обучение.» (a city newspaper on migrant
  // children's admission to schools, https://gazeta.spb.ru/2642558-okolo-19-detej-migrantov-postupili-v-rossijskie-shkoly/ — corpus-real-134;
  // it was `unparsed`): «при [<прил.>] результате / результатах …» — when an exam or a check turns out so — is a condition like «в случае …»
  'при [<прил-пр>] [<прил-пр>] результате|результатах',
  // Round 59: «для медицинских учреждений, … школ и дошкольных учреждений, … – при среднесуточной температуре в течение пяти суток плюс
  // 100С и ниже;» (a regional executive committee's decision on the heating season,
  // https://zaslavl.minskregion.by/index.php/novosti/reshenie-minskogo-oblastnogo-ispolnitelnogo-komiteta/?print=1&tmpl=component —
  // corpus-real-53): the weather after «при» («при [среднесуточной] температуре», «при сильном морозе / ветре», «при гололеде») is a
  // condition like «в случае …»: the work waits for it; a span inside it («в течение пяти суток») counts the weather, not from an event
  'при [<прил-п>] [<прил-п>] температуре|температурах|погоде|морозе|морозах|ветре|осадках|гололеде|гололедице|снегопаде|снегопадах|метели|похолодании|потеплении|заморозках',
  'при [<прил-пр>] погодных|метеорологических|климатических|температурных условиях', // при неблагоприятных погодных условиях
  // Round 81: «Министерство образования и науки Мурманской области информирует, что при сильных морозах (-25°C и ниже для I - IV классов,
  // …) родители учеников самостоятельно принимают решение …» (a district education office's news, http://uokovdor.ru/news/2024-12-14 —
  // corpus-real-70; it was `unparsed`): the weather in the plural after a plural adjective («при сильных морозах», «при низких
  // температурах», «при сильных ветрах») is round 59's condition; the singular after «при» was read already
  'при <прил-пр> [<прил-пр>] температурах|морозах|ветрах|осадках|снегопадах|метелях|заморозках|холодах',
  // Round 81: «Режим удаленного обучения сохранится в образовательных учреждениях до тех пор, пока дороги на школьных автобусных
  // маршрутах не расчистят.» (a city newspaper on rural schools, https://izhevsk.mk.ru/amp/social/2022/12/13/74-selskikh-shkoly-v-udmurtii-
  // pereshli-na-distancionnoe-obuchenie-izza-snegopadov.html — corpus-real-70; it was `unparsed`): «до тех пор, пока …», «до того
  // момента / времени, когда / пока …» — the work lasts until what the clause names happens, a condition like «в случае …»
  'до тех пор пока|когда',
  'до того|этого момента|времени пока|когда',
  // Round 168: «Обычно карантин длится до момента, когда последний заболевший ребенок перестанет быть заразным.» (a Q&A page on a
  // kindergarten's quarantine for chickenpox, https://vin-svay.com/9/karantin-po-vetryanke-v-detskom-sadu-skolko-dnej.html —
  // corpus-real-156; it was `unparsed`): «до момента, когда / пока …» with no «того / этого» is the same condition
  'до момента пока|когда',
  // Round 81: «Детские сады в Ижевске продолжат работать в режиме дежурных групп до особого распоряжения главы Удмуртии.» (a city's news,
  // https://udm-info.ru/news/2020-05-26/detskie-sady-v-izhevske-pereydut-na-letniy-rezhim-raboty-1982206 — corpus-real-70; it was
  // `unparsed`): «до особого / отдельного / дальнейшего распоряжения / указания / решения …» — the work lasts until an instruction that
  // is not yet given, so it waits for it like «по указанию …» (an event); round 78 leaves the future «продолжат» unread
  'до особого|отдельного|дальнейшего|нового распоряжения|указания|решения|приказа|уведомления',
  // Round 140: «По ее словам, традиционно отопление запускают, когда среднесуточная температура воздуха в течение пяти суток держится
  // ниже 8 градусов.» (a national news site on the heating season, https://news.mail.ru/society/68384796/ — corpus-real-128; it was
  // `unparsed`, the bare span «в течение пяти суток»): the weather as the subject of a clause after «если / когда» («когда
  // среднесуточная температура …», «если в течение пяти дней на улице среднесуточная температура …», «когда мороз …») is round 59's
  // «при [среднесуточной] температуре …» said with a verb: the heating waits for it, a condition, and a span inside the clause counts the
  // weather, not from an event
  'если|когда [<слова>] температура|температуры|мороз|морозы|погода',
];

/**
 * Offsets of nought from an event named inside a sentence (they are in EVENT_ANYWHERE too): the work happens at the same time as
 * the event, so like a span they outrank a document the sentence names («Состав апелляционной комиссии утверждается приказом
 * директора Школы одновременно с утверждением состава комиссии по отбору детей» → `event`).
 */
export const SAME_TIME_ANYWHERE: readonly string[] = [
  'одновременно с|со <событие-т>', // Состав апелляционной комиссии утверждается приказом директора Школы одновременно с утверждением состава комиссии …
  // Round 134: «Вводный инструктаж по охране труда для работников надо провести в день фактического приема сотрудника на работу.» (a
  // news page on Rostrud's letter about the first briefing, https://www.buhgalteria.ru/news/kogda-provodit-vvodnyy-instruktazh-po-okhrane-truda-dlya-novenkikh-.html
  // — corpus-real-122; it was `unparsed`): an adjective in the genitive may stand before the event's verbal noun («в день фактического
  // приема», «в день официального опубликования», «в дни массового проведения»), as in «со дня [официального] <событие>»
  'в день|дни [<прил-р>] <событие>', // в 10.00 в день проведения; Результаты Конкурса в день завершения третьего тура … оформляются протоколом
  // Round 213: «Мероприятие пройдёт в единый Всероссийский день открытия детских технопарков под патронажем Инновационного центра
  // «Сколково» в 12.00.» (a regional news site on the opening of a «Кванториум», https://m.severpost.ru/read/58890 — corpus-real-195;
  // it was `unparsed`): one or two adjectives of scope before «день» — «единый», «всероссийский», «всемирный», «международный»,
  // «общероссийский», «региональный», «областной», «краевой», «районный», «городской», «общешкольный» — keep it the day of the event
  // named after it, as «в день открытия …» is; the named days of round 89 («в Международный день …» before «защиты» …) read as before
  'в|во единый|всероссийский|всемирный|международный|общероссийский|региональный|областной|краевой|районный|городской|общешкольный [всероссийский|всемирный|международный|общероссийский|региональный|областной|краевой|районный|городской] день [<прил-р>] <событие>',
  'в день|дни его|ее|их [<прил-р>] <событие>', // Приказ руководителя учреждения размещается на официальном сайте … в день его издания.
  // Round 84: «60. Копия описи с отметкой о дате приема заявления … в день приема вручается соискателю лицензии или направляется ему
  // заказным почтовым отправлением …» (Rosobrnadzor's regulation of licensing, https://consultant.ru/document/cons_doc_LAW_335299/d93ed58505a5ccb20a0ffa8a33e3a48a7d45dec2
  // — corpus-real-73; it was `unparsed`): the verbal nouns of an event that do not end like «-ния / -ции» — «приема», «сбора», «осмотра»,
  // «визита», «выпуска», «запуска», «отбора», «набора», «обхода», «рейда», «старта» — after «в день / дни», like «в день проведения»
  'в день|дни [его|ее|их] [<прил-р>] приема|сбора|осмотра|визита|выпуска|запуска|отбора|набора|обхода|рейда|старта',
  // Round 227: «Голосование вне помещения для голосования проводится только в день выборов и только на основании письменного заявления …»
  // (a textbook page on the electoral process, https://helpiks.org/2-82366.html — corpus-real-206; it was `unparsed`): «выборов»,
  // «референдума» — the event itself, no verbal noun — after «в день / дни» name the day of voting, as «в день голосования» does
  'в день|дни [<прил-р>] выборов|референдума|перевыборов|довыборов', // … проводится только в день выборов и только на основании …
  // Round 136: «Профессор отметила, что первоначально, в день начала болезни, достаточно простого уведомления от родителей классному
  // руководителю.» (a regional news site on the certificates schools may ask for after an illness,
  // https://mosregtoday.ru/news/soc/ne-prosto-bumazhka-uchitelja-poluchili-pravo-trebovat-s-roditelej-novye-spravki/ — corpus-real-124;
  // it was `unparsed`): «в день / дни начала <события>» inside a sentence is the day of that event's start, like «в день проведения»
  // («начала» is no verbal noun in «-ния»); not the start of a period with days of its own («в день начала учебного года»)
  'в день|дни <начала-события>',
  // Round 160: «Зарегистрироваться можно до 08:00 дня начала тура (по московскому времени), а также во время тура с 11:00 дня начала тура
  // до 18:00 дня окончания тура.» (a school's page on the invitational stage of the olympiad on «Сириус», https://school230.ru/?p=27128
  // — corpus-real-149; it was `unparsed`): a clock time of the day of an event's start or end — «до / с / к / в / после <час> дня начала
  // <события>», «… дня окончания / проведения <события>» — is the hour of that event's day, like «в день начала …»; no date is computed
  'до|с|со|к|в|после <час> дня <начала-события>',
  'до|с|со|к|в|после <час> дня [<прил-р>] <событие>',
  // Round 77: «26. Задания демонстрационного экзамена доводятся до главного эксперта в день, предшествующий дню начала демонстрационного
  // экзамена.» (the federal order on the ГИА of СПО, https://docs.cntd.ru/document/727382831/titles/7DS0KD — corpus-real-66; it was
  // `unparsed`): «в день / дни, предшествующий / следующий за …» inside a sentence is the day next to an event, like «в день …» and
  // «на следующий день после …» opening a cell
  'в день|дни предшествующ*|следующ*',
  'в тот|этот же день', // Флеш-накопитель доставляется в РЦОИ вместе с другими ЭМ в тот же день членами ГЭК …
  // Round 87: «В этот день в школе для 8-11 классов прошли тематические уроки с просмотром видеофильма «Безопасность в Интернет», …» (a
  // school's news of the lesson of Internet safety, http://xn--1-7sbqrfdqfy6cn0d.xn--p1ai/vis_p94aa1.html — corpus-real-76; it was
  // `unparsed`): «в этот / тот день» with no «же» is the day a sentence before it named — the day of that event, like «в тот же день»
  'в тот|этот день',
  // Round 142: «В эти дни для учеников уже запланированы различные экскурсии.» (a Sevastopol news site on the days of voting made no
  // school days, https://sevastopol.press/2025/09/08/12-i-13-sentjabrja-zanjatia-v-shkolah-otmenili/ — corpus-real-130; it was
  // `unparsed`): «в эти [N] дни / дня» is the days a sentence before it named — the days of that event, like round 87's «в этот день»
  // («Изменится ли учебный процесс в эти три дня …»); days written with it win as before
  'в|во эти [<число>] дни|дня|дней',
  // Round 68: «Учитель ставит оценки в журнал, как правило, в тот день, когда идут занятия.» (a Q&A on the electronic journal,
  // https://www.9111.ru/questions/16469956 — corpus-real-62; it was `unparsed`): «в тот / этот день, когда <событие>», the day the
  // clause after it names, like «в тот же день» and «в день, когда …»
  'в тот|этот|те|эти день|дни когда',
  // Round 140: «Напомним, по закону отопление перестают подавать в тот момент, когда 5 дней подряд среднесуточная температура держится на
  // отметке +8 градусов.» (a district newspaper on the end of the heating season, https://uzgazeta.ru/segodnja-poslednij-den-otopitelnog/
  // — corpus-real-128; it was `unparsed`, the bare span «5 дней»): «в тот / этот момент, когда …» is the moment the clause names, like
  // «в тот день, когда …» (round 68) and «в момент обращения»
  'в тот|этот момент когда',
  // Round 74: «Заниматься спортом желающие могут только тогда, когда в школе не проходят уроки или ученики находятся на каникулах, …»
  // (a city's news on school stadiums, https://ok.ru/group/55052805538025/topic/158187098045929 — corpus-real-65; it was `unparsed`):
  // «[только] тогда, когда …», «в то время, когда …» — the time the clause after them names, like round 68's «в тот день, когда …»
  'тогда когда',
  'в то время когда',
  // Round 115: «Занятия начнутся, как только наберут группу желающих.» (a city's news on language courses for migrants,
  // https://chr.aif.ru/amp/society/history/850894 — corpus-real-103; it was `unparsed`): «как только <событие>» — the moment the clause
  // after it names, like «тогда, когда …»; «как только» opening the text, «сразу, как только …» and «лишь только …» the same
  'как|лишь только',
];

/**
 * Round 39. «3.5. Наставничество осуществляется в течение всего периода, назначенного стажеру.» (a kindergarten's положение on mentoring,
 * https://belochka-tegda.tvoysadik.ru/file/card?id=1427 — corpus-real-27): a period assigned, allotted or granted to someone or for something («назначенного
 * стажеру», «отведенного на подготовку», «предоставленного для стажировки») is a stage of that person's work, an event like «на
 * период наставничества» (round 23), not the roadmap's whole period; «в течение всего периода» alone stays open-ended work.
 * Round 96: «- В течение срока пользования учебник должен иметь прочную обложку, …» (a gymnasium's library page,
 * https://gymn4.brestgoo.gov.by/об-учреждении/библиотека-медиатека — corpus-real-85; it was `ongoing`): the term of use, service or storage
 * of a thing («срока пользования / эксплуатации / службы / хранения») is that thing's time, an event in the same way; «срока
 * действия» and «реализации» (a programme's life) are not among them.
 */
export const ASSIGNED_PERIOD = 'в|на течение|течении|протяжении [всего|всей] периода|срока|времени назначенн*|отведенн*|предоставленн*|пользовани*|эксплуатаци*|службы|хранени*';

/**
 * Round 59. A stage of a process the work waits for (they are in EVENT_ANYWHERE too): «По распоряжению Роспотребнадзора детские лагеря
 * этим летом откроются только на третьем этапе снятия санитарных ограничений.» (a city's news on the summer camps,
 * https://m.ru24.pro/pics/2020-05-28/page405 — corpus-real-53). With a season as the text's only dates («этим летом», «осенью») the
 * stage says when, not the season (`stageOverSeason` in phrases/index.ts; it was `range` June–August); a month or a day written with it
 * wins as before.
 */
export const STAGES: readonly string[] = [
  'на [<число>] этапе|стадии|фазе|ступени <событие>', // на третьем этапе снятия санитарных ограничений; на этапе снятия ограничений
  'на последнем|заключительном|завершающем|финальном этапе|стадии|фазе <событие>', // на заключительном этапе снятия ограничений
];

/** Phrases that make the deadline an event when nothing else in it is understood. */
export const EVENT_ANYWHERE: readonly string[] = [
  ...CONDITIONS_ANYWHERE,
  ...STAGES,
  ...FIRST_TIME_OF_WORK,
  ...SAME_TIME_ANYWHERE,
  ...THEMED_PERIODS,
  ...HOLIDAY_DAYS,
  ...WEATHER_DAYS,
  ...RETURN_EVENTS,
  ...NATURAL_PERIODS,
  ...ACTIVITY_SEASONS,
  'по итогам', // сентябрь, по итогам мониторинга (when the date part is unreadable)
  POSSESSIVE_OUTCOME, // …, по их итогам будут определены победители (round 119)
  // Round 82: Паспорт подлежит пересмотру и переоформлению в случаях изменения требований … или по истечении срока – 5 лет. (a
  // methodical page on school security passports, https://for-teacher.ru/edu/zavuchu/doc-meh7zg8.html — corpus-real-71): «по истечении
  // срока / N лет» inside a sentence waits for the term to run out, like the same words at the start (round 7); the term's length after
  // it is its measure, not a bare span
  'по истечени* срок*', // … или по истечении срока – 5 лет
  'по истечени* <срок>', // … переоформляется по истечении 5 лет
  // Round 99: «Кроме того, уничтожить документы можно только по истечении законодательно установленных сроков их хранения.» (a page on
  // destroying an institution's documents, http://kgbu.ru/news/item_91.html — corpus-real-87; it was `unparsed`): words that say who set
  // the term or what it is («законодательно установленных», «нормативных», «гарантийного») may stand between «по истечении» and the term
  'по истечени* <слова> срок|сроков|срока', // … по истечении законодательно установленных сроков их хранения
  // work timed to an anniversary or to the memorable dates of a calendar: «Станюкович … К 180-летию со д.р.» in a library's plan
  // (https://biblyakutiya.blogspot.com/2022/12/2023-2-ii.html); a month or a day written with it wins («к 80-летию Победы (май 2025)»)
  'к|ко <годовщина>', // к 80-летию Победы
  'к юбилейн*|знаменательн*|памятн*|праздничн* датам|дням|событиям', // к юбилейным датам писателей
  // к Дню Победы; ко Дню учителя; к юбилею школы; к празднику (round 21: a feast or a jubilee named after «к», like an anniversary; a
  // month or a day written with it wins: «к юбилею школы (октябрь 2025)» → October)
  'к|ко дню|дням|празднику|праздникам|юбилею|юбилеям|годовщине', // к юбилеям писателей (round 23: the plural, like «к юбилейным датам»)
  // Round 37: Родителей познакомили с планом мероприятий по подготовке к празднованию 809-летия Победы в ВОВ. (parents' meeting news,
  // https://sh1-shushenskoe-r04.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_738.html): the celebration of a feast or an
  // anniversary after «к», like «к Дню Победы» and «к празднику»
  'к|ко празднованию|чествованию|торжествам',
  'к новому году', // к Новому году (the feast, not a year)
  // Round 40: Мероприятие приурочили к Всемирному дню гражданской обороны. (a region's news of evacuation drills,
  // https://gorod48.ru/news/1925937/): work timed to an event, whatever the words between «к» and the event («к Всемирному дню …»),
  // like «к Дню Победы»; a date written with it wins («приурочено к 1 сентября»)
  'приуроч* к|ко',
  // Round 43: … в период проведения праздничных мероприятий, посвященных окончанию учебного года, в том числе последних звонков, …
  // (a fire service's notice, https://ufacity.info/press/news/484191.html — corpus-real-37): the occasion an event is dedicated to names the event, like «к Дню Победы»; the
  // period's words after «окончанию / началу» are dropped (`DEDICATED_PART` in normalize.ts); a date written with it wins
  'посвящ* дню|дням|празднику|праздникам|юбилею|юбилеям|годовщине|началу|окончанию|концу|завершению',
  // Round 40: Библиотека не должна закрываться на перерыв во время перемен между учебными занятиями. (a city's standard for school
  // libraries, https://docs.cntd.ru/document/995121930/titles/24KCDB2): the time of a break, a lesson or an event of the day inside a
  // sentence, like «во время каникул» opening a cell
  'во время перемен*|перемены|урок*|заняти*|мероприяти*|экскурси*|поездк*|праздник*|экзамен*|перерыв*|обеда|рейд*|учени*',
  // Round 47: Читальный зал работает во время большой перемены. (a school library's notices, copied in a public gist,
  // https://gist.github.com/07e10bc41a8c8e77c67a49a305dc2ca4 — corpus-real-43): a break, a lesson or a class with the adjective that
  // names which one between «во время» and the noun, like round 40's «во время перемен» (it was `unparsed`)
  'во время больш*|мал*|длинн*|обеденн*|динамическ*|последн*|перв*|втор*|трет*|четверт*|пят*|шест*|сдво* перемен*|перемены|урок*|заняти*|пар*|пауз*',
  // Round 122: «Акция проходила в течение большой перемены под руководством педагога-психолога Филипповой М.В..» (a school's news of a
  // tolerance day, https://sosh2-yadrin.edu21.cap.ru/news/2018/11/16/news_620724/?id=8a85ea6a-0c0b-49c1-9e74-9fdf67ffd9d1 —
  // corpus-real-110; it was `ongoing`, «в течение» read as open-ended work): a break, a lesson or a class after «в течение / на
  // протяжении», with or without an adjective in the genitive or an ordinal, is the time of that event like «во время …» (`BREAK_SPAN_RE` in
  // phrases/index.ts keeps it from being open-ended work); «в течение учебного года», «в течение пары недель» read as before
  'в течение|течении [<прил-р>] перемен*|урок*|заняти*', // в течение большой перемены, в течение учебных занятий
  'в течение|течении всех|перв*|втор*|трет*|четверт*|пят*|шест*|последн* перемен*|урок*|заняти*', // в течение первого урока
  // Round 40: В рамках мероприятий на родительских собраниях будет затронута тема профилактики детского травматизма … (a city's news
  // on road safety, https://essentuki-r07.gosweb.gosuslugi.ru/dlya-zhiteley/novosti-i-reportazhi/novosti_14.html): the events of a
  // campaign after «в рамках / в ходе», like a themed week after them (round 23); «в рамках плана …» stays a schedule and «в рамках
  // реализации …» open-ended
  // Round 121: «В рамках Общероссийской антинаркотической акции «Сообщи, где торгуют смертью» специалисты … организовали мероприятие
  // «Мы против наркотиков» …» (a district's social centre, https://dankovcszn.ru/iblock/news/e/obshherossijskaja_antinarkoticheskaja_akcija_soobshhi_gde_torgujut_smertju__mi_protiv_narkotikov19-11-2019)
  // and «В рамках операции проводится разъяснительная работа среди учащихся …» (a district paper on the operation «Дети России»,
  // https://alshvesti.ru/articles/iz-istorii/2019-04-19/profilakticheskaya-operatsiya-deti-rossii-41809 — both corpus-real-109; they
  // were `unparsed`): the adjectives that name which campaign («Общероссийской антинаркотической», «межведомственной
  // профилактической») between «в рамках / в ходе» and its noun, and the police's and the КДН's «операции» and «кампании», are the
  // same event as «в рамках акции»; a date written with them wins
  'в|во рамках|ходе [<прил-р>] [<прил-р>] мероприяти*|акци*|рейд*|рейдов|операци*|кампани*',
  // Round 189: «В ходе проверки были изучены и проанализированы условия осуществления образовательного процесса: …» (a kindergarten's
  // news of a review of its groups, https://ds-skazka-r42.gosweb.gosuslugi.ru/nash-detskiy-sad/novosti-i-sobytiya/novosti-i-sobytiya_224.html)
  // and «оказание методической помощи педагогическим работникам в процессе контроля;» (a school's Положение о ВШК,
  // https://41.dagestanschool.ru/file/card?id=1051 — both corpus-real-174; they were `unparsed`): a check, an inspection or a control
  // after «в рамках / в ходе / в процессе» is the time of that action, an event like «в ходе рейда»; a date written with it wins
  'в|во рамках|ходе|процессе [<прил-р>] [<прил-р>] проверк*|проверок|контрол*|мониторинг*|инспектировани*|обследовани*',
  // Round 189: «Некоторые изменения в приказе позволяют провести внеплановую проверку школы дистанционно во время карантина или других
  // чрезвычайных обстоятельств.» (a city's news on unscheduled checks of schools, https://dnepr.info/ru/news/shkoly-dnepra-budut-proveryat-bez-preduprezhdeniya-novovvedeniya/
  // — corpus-real-174; it was `unparsed`): a quarantine with no dates after «во время / в период / на время / на период» is an event,
  // like the holidays there («во время каникул»); days written with it win («карантин продлится с 20 по 25 февраля»). Its line is
  // round 192's spell of illness below («карантин*» there)
  // Round 156: «В рамках этого праздника в нашей школе прошёл библиотечный урок "Книги - верные друзья!"» (a school's news of the
  // International School Library Day, https://shkola4shumixa-r45.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_26.html —
  // corpus-real-144; it was `unparsed`): a holiday after «в рамках / в ходе», with a demonstrative or an adjective before it or not, is
  // the feast's time like «в рамках празднования …» (round 77) and «в рамках проведения праздника»; a date written with it wins
  'в|во рамках|ходе [<прил-р>] [<прил-р>] праздник*',
  // Round 121: «По словам Альбины Вегержинской, в заключительный день недели «Независимое детство» в школе проведут конкурс …» (a
  // district's news of a school's prevention week, https://adm-moskovsky.ru/press-center/ourNews/ourNews_463.html — corpus-real-109;
  // it was `unparsed`): the closing day of a week, a campaign, a shift or a contest is that event's day, like «в первый день …»
  // opening a cell; only «заключительный / завершающий», which always close an event («в последний день месяца» is a repeat)
  'в|во|на заключительн*|завершающ* день|дни',
  // Round 180: «Также в этой статье говорится об обязанности работодателя в последний трудовой день выдать работнику трудовую книжку или
  // предоставить сведения о трудовой деятельности и произвести полный расчет.» (a lawyers' page on dismissal and its two weeks,
  // https://pasis30.ru/news/uvolnenie-i-otrabotka-2h-nedel-vse-njuansy-i-inye-sroki-otrabotki-pri-uvolnenii — corpus-real-166; it was
  // `unparsed`): «последний трудовой день» is the last day of a worker's employment, the day of the dismissal — an event like «в день
  // увольнения»; not before «месяца / четверти …» (`<день-события>`), and «последний рабочий день месяца» stays a repeat
  'в|во последн* трудов* <день-события>',
  'по результатам',
  'по мере',
  'по запросу',
  // Round 42: Выполнение справок по запросам пользователей. (a school library's plan, copied in a public gist,
  // https://gist.github.com/03f1821c4a4d833ef378bfe176792c04): the plural of a request inside a sentence, like «по запросу»
  // (and «по заявкам», «по обращениям», as they open a cell)
  'по запросам|заявкам|обращениям',
  // Round 140: «Тепло поступает с выходных в детские сады, школы и больницы по их заявкам.» (a Moscow news site on the first heat in
  // social buildings, https://moskvalux.ru/?p=33012 — corpus-real-128; it was `unparsed`): a request with its owner's possessive
  // between («по их заявкам», «по его запросу», «по ее просьбе», «по своему обращению») is the request of «по запросу / по заявкам»;
  // not «по их заявлению», which stays a note of corpus-real-77's offset («… по их заявлению … в течение месяца с момента, когда …»)
  'по его|ее|их|своему|своей|своим запрос*|заявк*|обращени*|просьб*',
  // Round 42: Протоколы педагогических советов — по факту проведения. (a school director's plan, copied in a public gist,
  // https://gist.github.com/c3de6d60ebcf09e525823731d383cd5b): «по факту» and the noun of what happened, inside a sentence, like
  // «по факту проведения» opening a cell; inside a sentence «по факту» needs that noun («работа ведётся по факту» is no event)
  'по факту проведени*|выполнени*|исполнени*|поступлени*|получени*|нарушени*|выявлени*|обнаружени*|совершени*|возникновени*|завершени*|окончани*',
  'по необходимости',
  'при необходимости',
  'после', // не ранее чем после утверждения
  'с момента', // с момента утверждения
  // Round 104: «не допускается в дошкольное учреждение 21 день с начала контакта» (a test on the rules of a kindergarten's quarantine,
  // https://testw.ru/vopros.html?id_test=770&id_vopros=45338 — corpus-real-86): a span counted «с начала» of an event («контакта»,
  // «заболевания», «болезни») counts from it like «с момента»; «с начала учебного года / месяца / сентября» names a period's start
  // with a date of its own and is not read here (`PERIOD_STARTS` in compile.ts)
  '<срок> <начало-события>',
  'со дня [его|ее|их] [первого] [официального] <событие>', // Указ вступает в силу со дня его подписания. (round 26: from the event on, like «с момента»)
  // Round 129: «С даты создания Совета Родителей и уведомления школы о таком создании все документы школы, принятые без учета мнения
  // Совета родителей, могут быть признаны недействующими …» (a parents' movement's answer on a school's local acts,
  // https://nashedelo.ru/faq/sovet-roditelei-rukovodstvo-shkoly-dolzhno-vypolnyat-absolyutno-vse-resheniya-soveta-roditelei —
  // corpus-real-117): «с даты <события>» is the moment a rule runs from, like «со дня <события>» and «с момента <события>» (it was
  // `unparsed`; a span before it, «в течение 3 дней с даты …», was already read by `<отсчёт>`); «с даты 01.09.2021» and «с даты,
  // указанной в договоре» have no event noun after «даты» and read as before
  'с даты [его|ее|их] [первого] [официального] <событие>',
  // Round 72: - Настоящее Распоряжение вступает в силу со дня его официального подписания. (a decree of the Head of the ДНР on the
  // heating period of schools, http://npa.dnronline.su/?p=23907 — corpus-real-64): the act's own adjective («официального», «первого
  // официального») between «со дня [его]» and the event noun, as decrees and orders write it (it was `unparsed`)
  // Round 72: 3.2.Обеспечить охрану жизни и здоровья участников Конкурса в период его проведения. (a regional order on a contest,
  // http://kirovsk-gov.ru/doc/36793 — corpus-real-64): «в / на период его / ее / их проведения», «во время его проведения» inside a
  // sentence — the event the sentence names before the pronoun — like «в период проведения ГИА» opening a cell (it was `unparsed`)
  'в|во|на период|время его|ее|их проведения|подготовки|работы', // «на весь период …» stays open-ended work
  // Round 142: «В министерстве отметили, что муниципальные органы управления образованием и образовательные организации вправе
  // самостоятельно принимать решения о режиме работы в период проведения выборов.» (a regional ministry's news on schools in the days
  // of voting, https://dzen.ru/b/Ze8LOrST7z73Q7fZ — corpus-real-130; it was `unparsed`): «в / на период проведения <чего>» inside a
  // sentence is the time of that event, like «во время проведения …» (round 52) and the same words opening a cell (round 21); round
  // 72 had kept it to the pronoun («в период его проведения») only to leave round 43's reason as it was
  'в|на период проведения',
  // Round 60: 3.2.1. Юридическим фактом для начала административной процедуры является личное обращение заявителя с письменным
  // заявлением … (a city's regulation of admission to school, https://docs.cntd.ru/document/441751595/titles/1T5V766 — corpus-real-54):
  // the trigger clause of an administrative procedure («Основанием / Юридическим фактом для начала <процедуры> является <событие>») says
  // the work starts when something happens — an application, a receipt, the end of another procedure — an event (it was `unparsed`);
  // a document named as the trigger sets the day instead (`SCHEDULE_ANYWHERE`, read first)
  '[юридическ*] основанием|основание|фактом [являющ*] [основанием] для начала',
  // Round 60: Компенсация назначается с месяца подачи заявления по месяц окончания ребенком пребывания в дошкольном образовательном
  // учреждении. (a kindergarten's page for parents, https://detsad201.ru/dlya-roditeley — corpus-real-54): the month of an event, or the
  // month after it, is where the work starts, like «со дня <события>» (it was `unparsed`)
  'с|со [следующего] месяца [его|ее|их] <событие>',
  // 23. Назначение ежемесячной денежной компенсации осуществляется с месяца, следующего за месяцем обращения граждан … (a region's
  // regulation of a payment, https://docs.cntd.ru/document/450221048/titles/V40AMF): the month after the month of an event
  'с|со месяца следующ* за месяцем [его|ее|их] <событие>',
  // Round 176: «Выплата … осуществляется … не позднее 26 числа месяца, следующего за месяцем приема (регистрации) заявления.» (a
  // district's page on the terms of payments to families, http://www.charysh.ru/o-srokah-vyplat-otdelnyh-mer-socialnoj-podderzhki-semjam-s-detmi/
  // — corpus-real-162; it was monthly): a day of the month after the month of an event counts from that event (`dayOfEventMonth` in
  // recurrence.ts keeps it from repeating)
  'числа месяца следующ* за месяцем приема|приёма|<событие>',
  'по окончании',
  'по завершении',
  'за <срок> до', // Не позднее чем за 2 недели до начала экзаменационного периода
  // не позднее чем за один рабочий день (the event is named by the sentence around the cell); round 64: not «… в котором за шесть месяцев
  // приняли участие …», a duration with a past verb after it (`<срок-отступа>` in compile.ts)
  'за <срок-отступа>',
  '<срок> до', // 2 недели до экзамена
  'через <срок>', // не позднее, чем через 12 дней со дня написания сочинения
  'не позднее|позже [чем] <срок> <отсчёт>', // не позднее шестого рабочего дня с даты получения
  'в течение|течении <срок> <отсчёт>',
  // Round 206: «5. Обучающиеся, имеющие академическую задолженность, вправе пройти промежуточную аттестацию … не более двух раз в сроки,
  // определяемые организацией, осуществляющей образовательную деятельность, в пределах одного года с момента образования академической
  // задолженности.» (the law's article quoted on a legal Q&A page, https://ngzakon.ru/faq/zakonno-li-menya-ne-dopuskayut-k-sdache-ekzamena-b/
  // — corpus-real-189; it was `schedule`, the document): «в пределах <срок> <отсчёт>» is an offset from an event like «в течение <срок>
  // <отсчёт>», and an offset beats the document the sentence names (round 8); «в пределах календарного года» stays open-ended work
  'в пределах <срок> <отсчёт>',
  'не более <срок> <отсчёт>', // … заявления … рассматриваются аттестационными комиссиями в срок не более 30 календарных дней со дня их получения, …
  'в <срок-прил> срок <отсчёт>', // не позднее чем в 15-дневный срок со дня получения запроса
  'на следующий день', // сразу на следующий день после проведения
  // Round 202: «Не уложится к дате – со следующего дня начнет платить штраф», - отметила Павленко.» (a Crimean news page on a
  // kindergarten's repair contract, https://vesti-k.ru/news/2023/06/19/kapremont-detskogo-sada-v-yalte-kotoryj-postradal-pri-potope-zavershat-k-1-iyulya/
  // — corpus-real-186; it was `unparsed`): «с / со следующего / другого дня» counts from the day the text names before, as «на следующий
  // день» and «в первый, следующий за ним, рабочий день» do; a date written with it wins as after any event phrase
  'с|со следующего|другого дня',
  // Round 181: «Наконец, на третий день молодые учителя представят свои проекты.» (a regional news site on a three-day council of young
  // teachers, https://events44.ru/news/76268 — corpus-real-167; it was `unparsed`): an ordinal day of an event inside a sentence is
  // that day of it, like «на следующий день» and «на 3-й день после …» opening a cell; only the ordinal words and at most an adjective
  // of the day between («в первый рабочий день»), so «в 2 часа дня», «во второй половине дня» (the afternoon) and the first day of a
  // month or a season (`<день-события>`) read as before
  'в|во|на первый|первого|второй|второго|третий|третьего|четвертый|четвертого|пятый|пятого|шестой|шестого|седьмой|седьмого|заключительный|заключительного [рабоч*|учебн*|конкурсн*|официальн*] <день-события>',
  // Round 181: «Днем позже будет организовано проведение ряда мероприятий и секций, посвященных тематике совета.» (the same news,
  // https://events44.ru/news/76268 — corpus-real-167; it was `unparsed`): a span in the instrumental before «позже / позднее / ранее /
  // раньше» («днем позже», «двумя днями ранее», «неделей позже») counts from an event the text named before, an offset like «через 10
  // дней после …»; a date written with it wins as after any event phrase
  '[двумя|тремя|четырьмя|пятью|несколькими] днем|днями|неделей|неделями|месяцем|месяцами|годом|годами позже|позднее|ранее|раньше',
  'в момент', // информация о времени и месте мероприятий предоставляется заявителю в момент обращения
  // Заявления принимаются только по решению ГЭК (an authority's decision inside a sentence); Выдача справок по просьбе родителей
  'по решени*|согласовани*|указани*|поручени*|просьб*|ходатайств*|заявлени*|представлени*|инициатив*',
  'по предварительн* согласовани*', // round 215: «… по предварительному согласованию с администрацией школы.» inside a sentence
  'соответственно|согласно решени*', // round 168: «соответственно / согласно решению …» inside a sentence, as «по решению …»
  // Round 114: Проверку образовательного учреждения прокуратура района организовала по обращению родителей учащихся. (a region's news of
  // a prosecutor's check of a school, https://arh.aif.ru/amp/incidents/1151811 — corpus-real-102): an appeal or a complaint inside a
  // sentence waits for it, like «по просьбе» (round 14) and «по требованию» (round 32); «по обращению» opened a cell only (it was
  // `unparsed`; «по обращениям» was read already, above); also «по каждому / письменному / устному / личному / коллективному /
  // повторному / анонимному обращению»; not «по обращению с отходами» (the handling of a thing, `<обращение>`)
  'по [каждому|письменному|устному|личному|коллективному|повторному|анонимному|их|его|ее] <обращение>',
  // Внеочередные заседания Педагогического совета проводятся по требованию не менее 1/3 от общего числа педагогических работников
  // (round 32: a demand inside a sentence, like «по просьбе»; the singular only — «по требованиям СанПиН» are rules, not a demand)
  'по требованию',
  'по вызову', // Выезд по вызову (round 25: a call, like «по приглашению»)
  // Round 70: Педагоги прибыли на Чукотку по приглашению начальника окружного управления образования и науки Арюны Байковой. (a
  // city's news, https://anadyr.org/pub/vladislav-kuznetsov-provel-rabochuyu-vstrechu-s-luchshimi-uchitelyami-strany — corpus-real-63):
  // an invitation or a wish inside a sentence, like «по приглашению» and «по желанию» opening a cell and «по просьбе» inside one (it was
  // `unparsed`)
  'по приглашени*|желани*',
  'по [их|его|ее|своему|своей|своим|собственному|собственной|личному|личной] желани*|запрос*|просьб*|инициатив*', // round 96: «… проводится по их желанию.»
  // Round 36: 1.1.Рабочая группа по введению новых ФГОС общего образования (далее – Рабочая группа) создана на период введения новых
  // ФГОС общего образования в целях … (a school's rule, http://school-maigz.ucoz.com/index/polozhenie_o_fgos/0-20): the stage of
  // introducing a standard or a programme, like «на период наставничества» (round 23); «на период реализации программы» stays
  // open-ended (the whole life of a programme, `ONGOING`), and so does «на весь период …» (open-ended words win)
  'в|на период|время введения|внедрения|перехода',
  ASSIGNED_PERIOD,
  'по [предварительн*] договоренност*', // Экскурсии по договоренности с музеем (round 19: an agreement, like «по согласованию»)
  // Посещение столовой проходят строго по предварительной записи. (round 33: an appointment, like «по договоренности»;
  // https://school62egorlyk.3dn.ru/index/roditelskij_kontrol/0-114)
  'по [предварительн*] записи',
  // Round 35: 3.    Родители могут прийти для беседы к любому учителю, предварительно согласовав время посещения. (rules for
  // parents, http://2009filatova.blogspot.com/2011/10/blog-post_5775.html): the gerund of an agreement, like «по согласованию»
  '[предварительно] согласовав',
  // Round 35: Чаще всего на подготовку отводятся летние каникулы. (conditional promotion,
  // https://ya.ru/neurum/c/nauka-i-obrazovanie/q/kak_shkoly_podhodyat_k_voprosu_perevoda_uchenikov_4dde09f9): holidays named by
  // their season with no dates inside a sentence, like «в период летних каникул» (round 21) and «летние каникулы» opening a cell
  'осенн*|зимн*|весенн*|летн*|новогодн*|дополнительн* каникул*',
  // Round 37: 2.3. Школа имеет право в каникулярное время использовать часы внеурочной деятельности на организацию внеклассной работы, …
  // (a school's положение on внеурочная деятельность, https://novsch34.rostovschool.ru/file/card?id=2630): the holidays' time inside a
  // sentence, like «в каникулярное время» opening a cell (round 17) and the holidays named by their season above
  'в|во каникулярн* время|период',
  // Round 44: Беседы по технике безопасности во время каникул. (a plan of a teacher-organiser of ОБЖ, copied in a public gist,
  // https://gist.github.com/91da591d8732a0b842af614e430e8363 — corpus-real-40): the holidays with no season inside a sentence, like
  // «во время каникул» opening a cell and «в период летних каникул» (round 21)
  'в|во период|время|ходе [школьн*] каникул',
  // Round 115: «Приглашают заниматься на каникулах дополнительно.» (a region's news on adaptation programmes for migrant children,
  // https://hd2k.ru/dzen/676bbe6f9717c12825cde42e — corpus-real-103; it was `unparsed`): the holidays with no season and no dates inside
  // a sentence, «на каникулах», «в каникулы», like «в каникулы» opening a cell (round 17) and «во время каникул» (round 44); «на
  // каникулы» (going on holiday, the holidays' start) is not read here
  'на каникулах',
  'в|во каникулы',
  // Round 135: «Педагоги Кызыла заработную плату в последний раз получали еще до каникул.» (a news agency's story of teachers left
  // without pay, https://press-line.ru/news/2004/10/tuvinskie-uchitelya-otmechayut-svoj-professional-ny-j-prazdnik-bez-zar/print —
  // corpus-real-123; it was `unparsed`): the holidays with no season and no date after «до», like «перед каникулами» opening a cell
  // (round 19) and «до осенних каникул» (the season's line above)
  'до каникул',
  'до окончания|завершения|получения|начала', // до окончания ВПР (до получения результатов)
  // Round 90: «5.1. Для участия в Олимпиаде необходимо до ее начала зарегистрироваться (подать Заявку (приложение №3)) на информационном
  // портале www.ckbg.ru.» (an olympiad's rules on a teacher's blog, http://annamitroshina.blogspot.com/2015/09 — corpus-real-79): a
  // possessive pronoun between «до» and the verbal noun names the event the sentence spoke of, like «до начала олимпиады» (it was
  // `unparsed`)
  'до его|её|ее|их окончания|завершения|получения|начала|проведения|открытия|закрытия',
  // Round 195: «Проведение заседаний межведомственной комиссии по проверке готовности оздоровительных лагерей … к оздоровительному
  // сезону, до момента их открытия.» (a district's plan of the summer rest, https://kamchatka-gov.ru/doc/24519 — corpus-real-180; it was
  // `unparsed`): «до момента» before an event's verbal noun, with a possessive pronoun or without («до момента их открытия», «до момента
  // получения результатов»), is the same event as «до их открытия» above; «до момента, когда / пока …» is round 168's condition
  'до момента [его|её|ее|их] <событие>',
  'до момента [его|её|ее|их] начала', // «начала» is no verbal noun of `<событие>` (до момента начала смены)
  // Round 59: Все детские лагеря и санатории Удмуртии к началу летнего оздоровительного сезона обязаны получить санэпидзаключения от
  // регионального Роспотребнадзора. (a region's news on the summer camps, https://susanin.news/udmurtia/health/20180425-248752 —
  // corpus-real-53): «к началу / открытию / окончанию / завершению / закрытию <события>» is the event, like «до начала …» above (it was
  // `unparsed`); a school year or a term after it is read as dates first («к началу учебного года» → by 31 August)
  'к|ко началу|открытию|окончанию|завершению|закрытию|старту',
  // Round 59: До этого времени учреждениям предстоит получить заключения надзорных органов. (a city's news on the opening of the camps,
  // https://press-line.ru/news/2013/05/stala-izvestna-data-otkrytiya-pervoy-smeny-v-zagorodnyh-lageryah — corpus-real-53): a time the
  // sentence before named, pointed back to («до этого / того времени, момента, срока, дня», «к этому времени», «до этой даты»), is
  // that event (it was `unparsed`); a date written with it wins
  'до этого|того времени|момента|срока|дня',
  'к|ко этому|тому времени|моменту|сроку|дню',
  // Round 198: «Наши сотрудники продолжают работать, и к указанному сроку все нарушения пожарной безопасности будут устранены» (a
  // regional news site on fire checks of schools, https://vesti-kalmykia.ru/news/v-shkolah-respubliki-vyyavili-narusheniya-pozharnoj-bezopasnosti
  // — corpus-real-182; it was `unparsed`): «указанный / названный / обозначенный» points back to a time the text before named, as
  // «этот / тот» does — that event
  'к|ко указанному|названному|обозначенному времени|моменту|сроку|дню',
  'до указанного|названного|обозначенного времени|момента|срока|дня',
  'к|ко указанной|названной|обозначенной дате',
  'до указанной|названной|обозначенной даты',
  // Round 229: «а) с конкретной датой исполнения - не позднее указанного срока;» (a republic's order on the execution of the President's
  // instructions, https://docs.cntd.ru/document/473313848/titles/2EVQ88O — corpus-real-208; it was `unparsed`): «не позднее / не позже»
  // reads as «до» — the time the text points back to («указанного / названного / обозначенного», «этого / того» срока, дня, момента,
  // времени, даты) is that event, like round 198's «до указанного срока»; a date written with it wins as before
  'не позднее|позже указанного|названного|обозначенного|этого|того времени|момента|срока|дня',
  'не позднее|позже указанной|названной|обозначенной|этой|той даты',
  'до этой|той даты',
  'к|ко этой|той дате',
  // Round 200: «Минздрав в эти же сроки разработает методические рекомендации для преподавателей …» (a region's news on the governor's
  // order on preventing suicidal behaviour, https://mosaica.ru/ru/ul/news/2017/03/09/v-pravitelstve-razrabotayut-kompleks-mer-po-borbe-s-gruppami-smerti
  // — corpus-real-184; it was `unparsed`): the deadlines the sentence before named, pointed back to («в эти / те же сроки», «в те же
  // сроки», «в эти сроки», «в такие же сроки»), are that event, like «до этого срока» above; a date written with it wins («в
  // аналогичные сроки» stays the schedule an adjective before «сроки» makes)
  'в эти|те [же] сроки',
  'в такие же сроки',
  'перед началом|окончанием|завершением|проведением', // Перед началом осенних каникул (with a date word it stays a date: «перед началом учебного года»)
  'при <событие-п>', // - при введении в действие новых или пересмотренных нормативных актов об охране труда …; при поступлении на работу
  // Round 52: «При планомерном приведении в готовность гражданской обороны.» (a school's civil-defence plan copied in a gist,
  // https://gist.github.com/01116341b1017bf0dacb39a35379a345 — corpus-real-47): adjectives between «при» and its verbal noun; and the
  // emergencies a plan of ГО и ЧС or of fire safety names after «при» (при пожаре, при угрозе …, при аварии на химически опасном объекте)
  'при [<прил-п>] [<прил-п>] <событие-п>',
  // Round 175: При неоднократных нарушениях правил детей могут поставить на учет в подразделения по делам несовершеннолетних. (a city
  // paper on the curfew for minors, https://orsk-panorama.ru/?action=view&id=5134&module=articles — corpus-real-161; it was `unparsed`):
  // the verbal noun in the plural after «при» and its adjectives («при неоднократных нарушениях», «при изменениях», «при обращениях») is
  // the same event as the singular («при нарушении сроков» was read); not a place or a body («при медучреждениях»)
  'при [<прил-пр>] [<прил-пр>] <событие-пм>',
  'при [<прил-п>] [<прил-п>] пожаре|пожарах|угрозе|угрозах|аварии|авариях|чс',
  // Round 203: При утечке данных на это будет всего 24 часа (приказ Роскомнадзора от 14.11.2022 № 187). (a journal's page on the new
  // rules of personal data, https://panor.ru/articles/pravila-raboty-s-personalnymi-dannymi-snova-izmenilis-podgotovte-novye-dokumenty-po-obraztsu/93798.html
  // — corpus-real-187; it was `unparsed`, a bare «24 часа»): the incidents of information security a rule of personal data or of a
  // school's network names after «при» (a leak, a loss, a theft, a break-in, an attack, a failure, an incident), as round 52's emergencies
  // — a term after them counts from the incident
  'при [<прил-п>] [<прил-п>] утечке|утечках|утере|утрате|потере|краже|взломе|взломах|атаке|атаках|сбое|сбоях|инциденте|инцидентах',
  // Round 52: «- об организации охраны правопорядка во время проведения ГИА;» (a district's news of a coordination group on ГИА,
  // https://uo-taishet.ru/materialy-meropriyatij/324-meropriyatiya/3332-2017-05-15-01-06-12 — corpus-real-47): «во время» before a verbal
  // noun or «работы / действия» of something inside a sentence, as it opens a cell (round 17)
  'во время <событие>',
  'во время работы|действия|движения|отдыха',
  // Round 52: «В течение первого месяца проводится обучение и проверка знаний у вновь принятых работников …» (a gist on labour-protection
  // training, https://gist.github.com/anonymous/c2b822a78e9d904d7fd85a5a1c1c24ee — corpus-real-47): the first days, weeks or months count
  // from the start of what the sentence is about (round 19's «в течение первого месяца работы» with its noun left to the sentence); a
  // month or a school year after them is read as dates first
  'в течение|течении|теч первого|первой|первых [<число>] дня|дней|недели|недель|месяца|месяцев|года|лет',
  'в срок до <срок> <отсчёт>', // Обращения рассматриваются в срок до одного месяца со дня поступления в орган государственной власти …
  // Round 87: «Решение об уничтожении должно быть принято в срок, не превышающий 3 (трех) рабочих дней с даты появления оснований к
  // уничтожению персональных данных.» (a rural settlement's rules of personal data, https://gov.cap.ru/SiteMap.aspx?gov_id=527&id=2706999
  // — corpus-real-76; it was `schedule`, and `unparsed` with no bracket): «в срок, не превышающий <срок> <отсчёт>» inside a sentence counts
  // from its event as it does opening a cell
  'в срок не превышающ* <срок> <отсчёт>',
  'следующ* за ним|ней|ними [рабочий|рабочего|календарный] день|дня', // … последним днём разрешения считается следующий за ним рабочий день.
  'в преддверии', // Учащиеся школы в преддверии Дня Победы поздравили ветеранов тыла, труда.
  // Round 66: В заключении подобных инспектирований проводятся дополнительные инструктажи по мерам пожарной безопасности с руководителями
  // учреждений. (fire inspectors' acceptance of schools, http://obzh.ru/mchsnews/sotrudniki-mchs-vedut-priyomku-shkol-k-novomu-uchebnomu-godu-2.html
  // — corpus-real-60): «в заключение / в заключении» (at the close of) a meeting, a check, a lesson or another event in the genitive, with
  // up to two adjectives, is the time of that event's end, like «по окончании …» (it was `unparsed`); «в заключение отметим, …» (no
  // event named) is not read
  'в заключение|заключении [<прил-р>] [<прил-р>] <событие>',
  'в заключение|заключении [<прил-р>] [<прил-р>] проверок|проверки|инспектирований|обходов|обхода|осмотров|осмотра|заседаний|заседания|совещаний|совещания|урока|уроков|занятия|занятий|мероприятий|мероприятия|встречи|встреч|собрания|собраний|семинара|семинаров|смены|месячника',
  // Round 70: В заключении были подведены итоги предметных олимпиад учебного года. (a district's news of a meeting of school heads,
  // https://alatr.cap.ru/news/2004/03/26/09-30-soveschanie-rukovoditelej-obscheobrazovateljnih — corpus-real-63): «в заключение / в
  // заключении» with a verb in the past right after it reports what was done at the close of the meeting or event the text is about —
  // that event's end, as with the event named (it was `unparsed`); «в заключение отметим, …» (the author's remark, no past verb) is
  // still not read
  'в заключение|заключении был|была|было|были|состоял*|прошл*|прошел|прозвучал*|выступил*|подвел*|вручил*|наградил*',
  'в канун', // В Канун памятной даты ученики 7-9 классов стали участниками урока мужества …
  'накануне', // накануне проведения экзамена
  'до <событие>', // Учащиеся 9 и 11 классов могут оставить в пользовании до сдачи последнего экзамена учебники, …
  // Round 237: «2.2. Работники должны проходить обучение по оказанию первой помощи пострадавшему на производстве до допуска к
  // самостоятельной работе.» (a labour-protection instruction's clause, a public repository's test data, find_string id 4983954326 —
  // round 237's family; it was `unparsed`): the nouns of admission, hiring and commissioning that do not end like «-ния / -ции» —
  // «допуска», «приема / приёма», «трудоустройства», «ввода», «пуска», «запуска», «найма» — after «до» wait for that step like «до
  // <событие>» («до заключения трудового договора», «до начала самостоятельной работы»); «перед допуском / приёмом / запуском» were
  // events since round 128, «после допуска» and «в день приема» since rounds 26 and 84
  'до [<прил-р>] допуска|приема|приёма|трудоустройства|ввода|пуска|запуска|найма',
  // Round 141: «… общероссийский день приема граждан, запланированный к проведению 14 декабря 2020 года, переносится до периода
  // стабилизации эпидемиологической ситуации», – говорится в сообщении. (an education channel's news, http://prosveshenie.tv/news/minobrnauki-pereneslo-obshherossijskij-den-prijoma-grazhdan/page/2/
  // — corpus-real-129): «до периода / момента <событие>» waits for that event like «до <событие>» (the noun of a time before it
  // changes nothing)
  'до периода|момента <событие>',
  // Round 132: «Абонемент оплачивается до дня 1-го занятия.» (a language tutor's rules of payment, http://japanesewithlove.com/uchenikamhtml)
  // and «Оплата производится единовременно, не позднее даты начала образовательной программы в объеме 100%.» (a training centre's terms
  // of payment, https://specped.ru/payment/ — both corpus-real-120; they were `unparsed`): «до / не позднее [чем] / не позже» with «дня» or
  // «даты» before the event's verbal noun, an ordinal between them or not, is that event, like «до <событие>» above; and «не позднее / не
  // позже» right before the verbal noun («не позднее начала занятий», «не позднее подписания договора») is that event as «до» is. Dates
  // read first stay («не позднее начала учебного года», «не позднее окончания учебного года»), and a date written with it wins
  'до дня|даты [<порядковое-р>] <событие>',
  'до дня|даты [<порядковое-р>] начала|окончания',
  'не позднее|позже [чем] дня|даты [<порядковое-р>] <событие>',
  'не позднее|позже [чем] дня|даты [<порядковое-р>] начала|окончания',
  'не позднее|позже [чем] <событие>',
  'не позднее|позже [чем] начала|окончания',
  'перед [осенн*|зимн*|весенн*|летн*|новогодн*|майск*|праздничн*|выпускн*|итогов*] каникул*|праздник*|экзамен*|впр|гиа|огэ|егэ', // Инструктаж по ТБ перед каникулами
  'перед <событие-т>', // Для организаций проведение инвентаризации обязательно перед сдачей годовой отчетности.
  // Round 150: «Спускать флаг положено перед выходными с сопровождением гимна.» (a Novosibirsk news page on the flag ceremony in
  // schools, https://www.nsk.om1.ru/amp/news/society/280173-v_novosibirskikh_shkolakh_vpervye_proveli_ceremoniju_podnjatija_gosudarstvennogo_flaga
  // — corpus-real-138; it was `unparsed`): the days off with no date after «перед», like «перед праздниками» and «перед каникулами»
  'перед [предстоящ*|ближайш*] выходн*',
  // Round 56: В нашей школе зарождается новая добрая традиция, в день перед "Последним звонком" дарить обучающимся 11-х классов частичку
  // детства. (a school's news, https://school26kurgan.ru/news/den_detstva/2018-05-30-319 — corpus-real-51): an event named in quotes
  // after «перед», its first word in the instrumental («перед «Последним звонком»», «перед "Днём знаний"», «перед «Зарницей»»), like
  // «после "Последнего звонка"» (it was `unparsed`)
  'перед <название-т>',
  // 1. Внеочередные заседания Думы созываются не позднее, чем в семидневный срок по предложению Главы администрации города, …
  'в <срок-прил> срок по предложени*|требовани*|заявлени*|обращени*|представлени*|запрос*',
  'на [перв*|очередн*|ближайш*|последн*|итогов*|установочн*|августовск*|январск*|ноябрьск*|мартовск*|майск*|июньск*] заседани*|совещани*|педсовет*|конференци*', // На первом заседании совета школы в новом учебном году план работы школы утверждается.
  // Round 200: «Новые подходы к решению этой социальной проблемы обсудили на недавнем заседании Межведомственной комиссии при акимате
  // области.» (a Kazakh paper on preventing children's suicides, https://kazpravda.kz/n/aktsent-na-rannem-vyyavlenii-riskov —
  // corpus-real-184; it was `unparsed`): a meeting already held — «на недавнем / прошедшем / минувшем / состоявшемся / прошлом
  // заседании» — is the same occasion as «на последнем заседании» (rounds 12, 63)
  'на [ее|его|их|своем] недавн*|прошедш*|минувш*|состоявш*|прошл* заседани*|совещани*|педсовет*|конференци*',
  // Round 200: «В рамках подготовки к заседанию постоянной комиссии муниципалитета по социальной политике, … депутаты посетили четыре
  // учреждения этого направления.» (a Yaroslavl news page, https://www.yarnews.net/news/show/yaroslavl/17472/deputaty_municipaliteta_yaroslavlya_posetili_centry_psihologo-mediko-socialnogo_soprovozhdeniya.htm
  // — corpus-real-184; it was `ongoing`, the adjective of the standing commission): the preparation for a meeting is that meeting's
  // time, like «в период подготовки к ГИА» (round 19) and «в рамках подготовки … недели» (round 77)
  'в|во рамках|ходе|период подготовки к|ко заседанию|заседаниям|совещанию|педсовету|конференции|собранию|сессии',
  'в начале|конце [каждого|каждой] заседани*|совещани*|урок*|заняти*', // В конце каждого заседания может отводиться до 15 минут для объявлений.
  // Round 63: 2.3. Из числа членов комиссии на ее первом заседании прямым открытым голосованием простым большинством голосов сроком на 1
  // год выбираются заместитель председателя и секретарь. (a school's rule of its dispute commission,
  // https://xn--205-5cdozfc7ak5r.xn--80acgfbsl1azdqr.xn--p1ai/file/card?id=4503 — corpus-real-57): the meeting with its owner's possessive
  // before the adjective («на ее / его / их / своем первом заседании») is the same occasion as «на первом заседании» (it was `unparsed`)
  'на ее|его|их|своем|своих перв*|очередн*|ближайш*|последн*|итогов*|установочн* заседани*|совещани*|педсовет*|конференци*',
  // Round 53: Награждение пройдет на общешкольной линейке. (a school's news of a theatre day,
  // https://sh-bogdanixskaya-r24.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_220.html — corpus-real-48): the school
  // event a thing is done at, after «на» with up to two adjectives in the prepositional («на торжественной линейке», «на родительском
  // собрании», «на итоговом педагогическом совете», «на выпускном вечере»), like round 47's «во время … линейки» and «на итоговом
  // заседании» above; a date written with it wins. The singular only: the plural («на родительских собраниях», «на уроках») says where
  // work is habitually done, not an occasion, and stays as round 40 left it (corpus-real-30's «… избираются … на родительских собраниях
  // в классах … сроком на один учебный год» is `unparsed`)
  'на [<прил-п>] [<прил-п>] линейке|собрании|совете|педсовете|вечере|празднике|утреннике|концерте|церемонии|уроке|занятии',
  'на [<прил-п>] <прил-п> часе', // на классном часе; на общешкольном классном часе (not «на 2 часе»: an adjective is needed)
  // Round 53: По традиции с наступлением весенних школьных каникул во все библиотеки приходит Неделя детской и юношеской книги.
  // (a rural library's news, https://fabradm.ucoz.ru/news/nedelja_detskoj_knigi/2018-04-11-300 — corpus-real-48): the onset of the
  // holidays, of the cold or of a season is the event («с наступлением каникул / холодов / отопительного сезона»), not a start date
  // (it was `unparsed`); «с началом … каникул» already was an event
  'с|со наступлением [<прил-р>] [<прил-р>] каникул|холодов|морозов|заморозков|тепла|темноты|сумерек|паводка|половодья|ледостава|ледохода|сезона|периода',
  // Round 97: «Ч»+10 ч (a school's calendar plan of civil defence, https://studfile.net/preview/7638129/page:3 — corpus-real-83; it was
  // `unparsed`): the hours of a plan counted from «Ч», the moment the signal is given, are an offset after that event, as «через 10
  // часов после сигнала» would be; the reason is the cell from «Ч» on
  '<час-ч>',
  // Round 152: «Экзамен по всем учебным предметам начинается в 10.00 по местному времени.» (a news page on the ОГЭ timetable,
  // https://obyektiv.press/node/129163 — corpus-real-140; it was `unparsed`): a clock time «по местному времени» with no date is the
  // hour of the day of what the text is about — an exam, its briefing, a procedure of the exam day («Не ранее 09.00 по местному
  // времени обеспечить допуск участников экзамена …», methodical recommendations on the ППЭ) — an event, not a daily hour: local time is
  // written where one federal timetable runs across time zones; a date, a repeat or a routine's hours in the text come first
  '<час> [ч|час|часов] по местному времени',
  'перед тем', // Перед тем, как сдавать ГТО, следует обязательно получить допуск от врачей.
  'при смене|замене|переходе|переводе|приеме|приёме', // • при смене материально ответственных лиц;
  // Round 145: «31. При отправке призывников со сборного пункта к месту прохождения военной службы в их документах … записывается дата
  // убытия …» (the regulation on conscription copied on a legal site, https://geostart.ru/doc/read/46727/2 — corpus-real-133; it was
  // `unparsed`): more verbal nouns in «-ке / -че / -де» after «при», the moment of a procedure the clause ties its act to, as «при
  // приеме / переводе» (the «-нии / -ции» ones are `<событие-п>`)
  'при [<прил-п>] отправке|постановке|сдаче|выдаче|передаче',
  // Round 237: «Ответ: Специалиста по выкладке товара при трудоустройстве необходимо направить на предварительный медицинский осмотр.»
  // (a Belarusian legal database's answer, https://etalonline.by/document/?q_id=2182628&regnum=u02000756), «✅Обоснование: … внеплановая
  // специальная оценка условий труда (СОУТ) проводится в том числе при вводе в эксплуатацию вновь организованных рабочих мест.»
  // (https://dzen.ru/b/ZEdufnkGMn2GOkmv) and corpus-real-214's «При нарушении требований безопасности; при перерыве в работе более чем
  // на 30 календарных дней;» (https://testsmart.ru/quest/28479, its second clause): the moments that labour protection ties a
  // briefing, a medical examination or a СОУТ to — an admission, a hiring, a commissioning, a start, a hire, a break in work — after
  // «при», like round 145's «при сдаче / выдаче» (they were `unparsed`); «при устройстве» only before «на работу» (not a rink's or a
  // site's construction). Not «при переезде»: corpus-real-103's «… о запрете мигрантам перевозить свои семьи в Россию при переезде в
  // страну …» is a ban's condition, no moment of a work (labelled `unparsed`, «На днях» its time)
  'при [<прил-п>] допуске|трудоустройстве|вводе|пуске|запуске|найме|перерыве',
  'при [<прил-п>] устройстве на работу',
  // «Информация направляется незамедлительно»: the adverbs, and since round 197 every word of their stems
  // Round 197: «В этой связи в адрес начальника управления дошкольных учреждений г. Аргуна внесено представление об незамедлительном
  // устранении выявленных нарушений …» (a city prosecutor's news of a check of kindergartens, https://newargun.ru/?page_id=6484 —
  // corpus-real-181; it was `unparsed`): the adjective says what the adverb says — the work at once after what the text names, an event
  // (the README was silent on it); «незамедлительное информирование», «немедленного устранения», «безотлагательные меры» alike, in every
  // case; only these three stems (not «срочный», a word of urgency that names no moment: «срочный трудовой договор»)
  'незамедлительн*|немедленн*|безотлагательн*',
  // Round 140: «Андрей Погребной упрекнул руководство садика за халатность в этом вопросе и приказал срочно, к завтрашнему дню, устранить
  // все проблемы.» (a city's news on heat in kindergartens, https://kremenchug.ua/news/power/15523-detskie-sady-kremenchuga-uzhe-s-teplom.html
  // — corpus-real-128; it was `unparsed`): the adverb «срочно» is «в срочном порядке» — at once after what the text names, an event
  'срочно',
  // Round 198: «Поручил оперативно их устранить.» (a district head's post on checks of schools before the school year,
  // https://ok.ru/cilnaadm/topic/153315738822010 — corpus-real-182; it was `unparsed`): the adverb «оперативно» is «в оперативном
  // порядке», like round 140's «срочно» (not the first half of a compound: «оперативно-хозяйственные совещания» stay a weekly repeat)
  'оперативно(?!-)',
  // Round 198: «Кроме штрафов руководству 12 тысяч учебных заведений выданы предписания о скорейшем устранении нарушений.» (a news post
  // on Rospotrebnadzor's checks of schools, https://dzen.ru/a/XWZ_ewSvHwCtFhQQ — corpus-real-182; it was `unparsed`): the fixing or doing
  // of an order «скорейшее / оперативное / срочное» is at once after it, like «незамедлительно»; only before the verbal nouns of fixing
  // and doing («устранение, исполнение, выполнение, рассмотрение»), so «оперативное совещание» and «срочный договор» stay unread
  // («незамедлительное / немедленное / безотлагательное …» are round 197's line above, before any noun)
  'скорейш*|оперативн*|срочн* устранени*|исполнени*|выполнени*|рассмотрени*',
  'немедля', // — В экстернат, и немедля! (round 108)
  'без промедления|отлагательств|отлагательства', // Заявление рассматривается без промедления (round 108)
  'в срочном|оперативном|экстренном порядке', // Сведения передаются в срочном порядке
  // Round 46: «О времени и месте проведения мероприятий РМО руководитель обязан заблаговременно поставить в известность директора МБУ
  // ДПО МЦ.» (rules of a district methodical association copied in a gist, https://gist.github.com/86d629af6049d6e1692a54a8fd142f89 —
  // corpus-real-42): what is done in advance of an event the row names or implies is an event, like «за две недели до …»
  'заблаговременно|заранее|загодя', // Педагогу стоит подготовиться заранее
  // Round 50: Диагностика учащихся в период подготовки к сдаче экзаменов 9,11 кл. (a school psychologist's plan, copied in a public
  // gist, https://gist.github.com/96eaa4cbf1e4085a34cfea3bfbf8a809 — corpus-real-45): a stage of work inside a sentence, like round
  // 19's «в период подготовки к ГИА / в период адаптации» opening a cell (it was `unparsed`)
  'в|во период|время|ходе подготовки|адаптации',
  // Round 50: Торжественное вручение аттестатов провести во время выпускного вечера. (a school's order on a graduation evening,
  // copied in a public gist, https://gist.github.com/638b38279f1d8049ea3d72e418a0f914 — corpus-real-45): an event of the school's
  // calendar with the adjectives that name which one, like round 47's «во время большой перемены» (it was `unparsed`)
  'во время [<прил-р>] [<прил-р>] вечера|вечеров|бала|балов|линейки|линеек|утренника|утренников|концерта|концертов|праздника|праздников|соревнований|мероприятия|мероприятий|экскурсии|экскурсий|спектакля|церемонии|торжеств*|смены|смен',
  // Round 55: Официальная заявка подается во время комиссии по допуску. (the rules of a sport, https://lawnotes.ru/npa/_pravila-vida-sporta-_kudo_-(utv.-prikazom-minsporta-rossii-ot-27.12.2024-n-1353)/razdel-v/statya-19
  // — corpus-real-50): «во время» before a body's sitting inside a sentence — a commission, a council, a meeting, a consultation,
  // with the adjectives that name which one — is the time of that sitting, like round 50's «во время выпускного вечера» (it was
  // `unparsed`; «во время заседания …» was already read as a verbal noun)
  // Round 89: «Каждый день смены будет посвящен изучению биографии знаменитых личностей в истории Отечества.» (a region's news of a
  // «Движение Первых» shift, https://infobira.ru/?action=view&id=17477&module=articles — corpus-real-78; it was `ongoing`): each day of a
  // camp's shift, the holidays or a gathering is the time of that event, like round 58's «в каждый день проведения ГИА», not daily work
  // (`EACH_EVENT_DAY_RE` in phrases/index.ts takes its «каждый день» from the open-ended words)
  '[в|на] каждый день смены|смен|каникул|лагеря|сбора|слета|слёта|похода|фестиваля|форума',
  // Round 89: «Традиционно учащиеся 5-11 классов в День здоровья дружно вышли в Васьков Лог на школьный турслет.» (a village school's
  // news of its tourist rally, http://rechkalovschool.uoirbitmo.ru/shkolnyy_sportivnyy_klub/?n=498 — corpus-real-78; it was `unparsed`):
  // a named day of a school's or the country's calendar after «в» inside a sentence is the day of that event, as «в день …» opening a
  // cell is and «в рамках Дня здоровья» is (round 23); the days a plan names: «здоровья», «знаний», «учителя», «Победы», «матери»,
  // «отца», «семьи», «защиты детей», «народного единства», «памяти», «молодёжи», «космонавтики», «самоуправления», «дублёра», «открытых
  // дверей», «рождения», «города», «школы», «тишины» (one or two adjectives before: «народного», «открытых»); a date written with it wins
  'в|во день|дни [<прил-р>] [<прил-р>] здоровья|знаний|учителя|победы|матери|отца|семьи|защиты|единства|памяти|молодежи|молодёжи|космонавтики|самоуправления|дублера|дублёра|дверей|рождения|города|школы|тишины',
  'во время [<прил-р>] [<прил-р>] заседаний|комиссии|комиссий|совета|советов|педсовета|педсоветов|консилиума|консилиумов|совещания|совещаний|собрания|собраний|сессии|сессий|консультации|консультаций|приема|приёма|приемов|приёмов',
  // Round 50: Составлять отчет о результатах деятельности сотрудника стажера по завершению срока наставничества. (a mentor's report,
  // copied in a public gist, https://gist.github.com/anonymous/bc1610ab1681c44fbbcf733a6ea9b48f — corpus-real-45): the dative after
  // «по» inside a sentence, as «по завершении / по окончании» and as it opens a cell («по завершению учебного процесса»)
  'по завершению|окончанию',
  // Round 50: Участие в Ярмарке … рабочих мест на период каникул …; На период летней лагерной смены должны быть созданы … (a plan of
  // work with a pupil at risk and a camp programme, copied in public gists, https://gist.github.com/716d231f1e4bec5b90365e1455de92df,
  // https://gist.github.com/50d20d3db4e208571206b98a8e446e40 — corpus-real-45): the holidays or a camp's shift after «на период / на
  // время», with the adjectives that name which, like round 44's «в период каникул» and round 23's «на период наставничества»
  'в|во|на период|время|ходе [<прил-р>] [<прил-р>] [школьн*] каникул|смены|смен',
  // Round 85: the same after «за (всё) время / период» inside a sentence (the line of EVENT_START above)
  'за [все|всё] время|период [<прил-р>] [<прил-р>] [школьн*] каникул|смены|смен',
  // Round 85: «Также в течение трёх летних смен будет проходить городской конкурс «Трудовая молодёжь».» (a city's news of its summer
  // labour brigades, https://khabarovsktv.ru/node/23624 — corpus-real-74; it was `ongoing` over the period): a count of shifts after «в
  // течение / на протяжении» is a counted span of a camp's or brigade's stages (`COUNTED_SPAN_RE` in phrases/index.ts), not open-ended
  // work — the time of those shifts, an event like «на период смены» (round 50); «в течение смены» with no count is not read here
  'в|на течение|течении|протяжении <число> [<прил-р>] [<прил-р>] смен|смены',
  // Round 81: «Некоторых детей на время ремонта приютят в других детсадах.» (a town newspaper on the summer repairs of kindergartens,
  // https://8plus1.ru/prodolzhaetsya-remont-v-detsadah-barabinska — corpus-real-70; it was `unparsed`): a repair after «на / в период /
  // время» (with its adjective: «капитального», «летнего») is a stage of the building's year like a camp's shift (round 50), the time the
  // repair takes; a month or a day written with it wins as before
  'в|во|на период|время [<прил-р>] ремонта|ремонтных [работ]',
  // Round 202: «- в период закрытия дошкольного учреждения на ремонтные и (или) аварийные работы;» (a city's rules of родительская
  // плата, the days a kindergarten charges none, https://docs.cntd.ru/document/543773839/titles/L3M7IR — corpus-real-186; it was
  // `unparsed`): the closing of a kindergarten, a school, a group or a class after «в / на период / время» — «закрытия», «приостановления
  // (работы / деятельности)», «консервации» — is a stage of the building's year like the repair above (round 81), the time it stays shut;
  // a month or a day written with it wins as before
  'в|во|на период|время [<прил-р>] закрытия|приостановления|консервации',
  // Round 192: «1.3.ввести «масочный режим» в учреждениях на период эпидемического подъема.» (a city education department's quarantine
  // order, https://obklass.blogspot.com/2011/02/blog-post.html — corpus-real-177; it was `unparsed`): a spell of illness after «на / в
  // период / время» — an epidemic, its rise, a quarantine, an outbreak, a pandemic, with its adjective («эпидемического», «сезонного»)
  // and what it is of after it — is a stage of the school's year like the repair above, the time it lasts; a date written with it wins,
  // and «на весь период …» stays open-ended work as the repair's does
  'в|во|на период|время [<прил-р>] эпидеми*|подъема|подъёма|карантин*|вспышки|вспышек|пандеми*',
  // Round 108: «Предприятия и учреждения на период экзаменов предоставляют экстернам дополнит, отпуск …» (the Great Soviet Encyclopedia's
  // «Экстернат», http://www.bezmani.ru/spravka/bse/base/5/016226.htm — corpus-real-96; it was `unparsed`): the exams, a session, tests
  // or trials after «в / во / на [весь] период / время» inside a sentence are the pupil's attestation, as they are opening a cell
  'в|во|на [весь] период|время [<прил-р>] экзаменов|экзамена|сессии|зачетов|зачета|испытаний',
  // Round 54: Инструктажи проходят непосредственно перед поездкой в салонах школьных автобусов, … (a region's police news of school
  // buses, http://63.rodina.news/samarskoi-oblasti-avtoinspektory-pedagogi-provodyat-18012811000046.htm — corpus-real-49): a journey, an
  // outing or a walk after «перед» inside a sentence («перед поездкой / выездом / экскурсией / походом / прогулкой», with an adjective
  // in the instrumental, `<прил-т>`: «перед каждой поездкой», «перед очередным выездом»), like round 19's «перед каникулами» and «перед сдачей …» (it was `unparsed`)
  'перед [<прил-т>] поездкой|поездками|выездом|выездами|экскурсией|экскурсиями|походом|походами|отъездом|вылетом|выходом|прогулкой|прогулками',
  // Round 128: «Перед допуском к вахте школьники выдерживают двухмесячную подготовку.» (a news page on the Minsk «Пост № 1»,
  // https://news.21.by/other-news/2019/05/09/1789826.html — corpus-real-116; it was `unparsed`): an admission, an intake or a start after
  // «перед» — «перед допуском к вахте / к работе / к занятиям / к соревнованиям», «перед приёмом на работу», «перед заездом», «перед
  // стартом» — waits for that step, like «перед поездкой» and «перед <verbal noun>» («перед сдачей …»); their instrumental in «-ом» is
  // no verbal noun that `<событие-т>` takes
  'перед [<прил-т>] допуском|приемом|заездом|стартом|запуском',
  // Round 237: the same step's other nouns after «перед» (a hiring, a commissioning, a start, a hire), like «перед допуском»
  'перед [<прил-т>] трудоустройством|вводом|пуском|наймом',
  // Round 217: В каждом классе перед уроками были проведены Пятиминутки памяти "Дети Беслана, мы помним!"; (a school's news of the week
  // of solidarity against terrorism, https://sh-timoshinskaya-r138.gosweb.gosuslugi.ru/glavnoe/novosti/novosti_227.html — corpus-real-199;
  // it was `unparsed`): a lesson, a class or a training after «перед» inside a sentence («перед уроками», «перед первым уроком», «перед
  // каждым занятием», «перед тренировкой»), like «перед поездкой» and round 19's «перед каникулами», waits for that event; «перед началом
  // уроков» was read already
  'перед [<прил-т>] уроком|уроками|занятием|занятиями|тренировкой|тренировками|лекцией|лекциями',
  // Round 54: Родители … присутствуют во время завтрака или обеда (по их выбору). (a school's news of parents' checks of the canteen,
  // https://shkola1shajkovka-r40.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti-193_346.html — corpus-real-49): a meal after
  // «во время» inside a sentence («во время завтрака / обеда / ужина / полдника / питания / чаепития», «во время горячего завтрака», «во
  // время приема пищи»), like round 40's «во время перемен / обеда» (it was `unparsed`: only «обеда» was listed)
  'во время [<прил-р>] завтрака|завтраков|обеда|обедов|ужина|ужинов|полдника|полдников|питания|чаепития',
  'во время приема пищи',
  // Round 76: Организовать возвращение детей с оздоровительного отдыха в соответствии со сроками его окончания. (a region's order on
  // children's rest, https://kherson-news.ru/other/2022/10/30/59405-amp.html — corpus-real-64): the dates of an event named before by
  // a pronoun («сроками его / её / их окончания / завершения / начала / проведения») — the event says when, no document (it was a
  // `schedule` «сроки его окончания»); «в соответствии со сроками проведения» with no pronoun stays a schedule
  'в соответствии со сроками его|её|ее|их окончания|завершения|начала|проведения',
  'согласно|по срокам его|её|ее|их окончания|завершения|начала|проведения',
  // Round 195: «Кроме того, на каникулярный период запланировано провести 9 выездных лагерей, расположенных в Республике Крым, …» (a
  // city's news of its summer camps, http://kisgazeta.ru/novosti/profilnye-uchrezhdeniya-podtverdili-gotovnost-k-nachalu-letnej-ozdorovitelnoj-kampanii.html
  // — corpus-real-180; it was `unparsed`): the holidays' time after «на», like «в каникулярное время / период» (round 37) and «на
  // период каникул» (round 44)
  'на каникулярн* время|период',
  // Round 195: «О возмещении средств родителей за содержание детей в период проведения летней оздоровительной кампании.» (a district
  // commission's plan, https://old-shumer.cap.ru/SiteMap.aspx?id=2737430 — corpus-real-180): a campaign after «в / на период», with up to
  // three adjectives and with «проведения» or without («в период летней оздоровительной кампании», «на период летней детской
  // оздоровительной кампании»), is the campaign's time, an event like «в ходе … кампании» (round 122) and «в период летних каникул»
  // (round 21); it was `unparsed` without «проведения». Not the summer: a campaign's dates are the region's, as the holidays' are
  'в|во|на период [проведени*] [<прил-р>] [<прил-р>] [<прил-р>] кампани*',
  // Round 195: «Итогом этой работы являются защита исследований в последний день практики.» (a teachers' paper on a school's summer
  // field practice, http://www.ug.ru/archive/79510 — corpus-real-180; it was `unparsed`): the last day or days of a practice, a shift, a
  // stay or studies (`<деятельность>`) are a day of that event, like «в заключительный день …» (round 121) and «в первые дни
  // пребывания» (round 19); «в последний день месяца / четверти / лета» name no such noun and read as before
  'в|во|на последний|последние день|дни <деятельность>',
  // Round 195: «Каждую смену пожарные проводят не только проверки, но и учения для детей и вожатых.» (a federal channel's news of
  // the summer camps, https://vmeste-rf.tv/news-amp/this-year-in-children-s-camps-will-have-a-rest-of-six-million-people/ —
  // corpus-real-180; it was `unparsed`): every shift of a camp is the time of those shifts, an event like «каждый день смены» (round 89)
  // and «на период смены» (round 50); the accusative only («в каждую смену»), with up to one adjective («каждую летнюю смену»)
  '[в|во] каждую [летнюю|лагерную|оздоровительную|профильную|трудовую] смену',
  // Round 216: «Выдается в начале оказания услуги» (the field «Варианты предоставления» of a municipal service «Постановка на учет
  // детей дошкольного возраста для направления в дошкольные образовательные учреждния», https://tramitador.org/gu/service/269608 —
  // corpus-real-198; it was `unparsed`): the start or the end of rendering a (municipal, state) service is a moment of that
  // procedure, an event like round 63's «в начале / конце заседания»; «оказания / предоставления» and «услуг*», up to two adjectives
  // between; a date written with it wins. Not «в процессе / в ходе предоставления услуги»: inside a sentence on the term of a service
  // it names whose work is counted («… срок межведомственного … взаимодействия … в процессе предоставления государственной услуги и не
  // может превышать 10 рабочих дней», corpus-real-76, stays a bare span, pinned)
  'в начале|конце оказания|предоставления [<прил-р>] [<прил-р>] услуг*',
  // Round 216: «В последующие дни время пребывания ребенка в группе постепенно увеличивается.» (the same memo's regime of the
  // adaptation period, https://dou2.pogranichny.org/ — corpus-real-198; it was `unparsed`): the days or weeks after the ones a text
  // has named («последующие») count from them, an event like «на следующий день после …»; only «последующ*», so «в следующие
  // выходные» and «в последующие годы» read as before; a date written with it wins
  'в|во|на последующие|последующий дни|день|недели',
  // Round 227: «Днем голосования на выборах Президента Российской Федерации является второе воскресенье месяца, в котором проводилось
  // голосование на предыдущих общих выборах …» (a student's paper on the electoral law, http://yurii.ru/ref5/text-10240-str-3-ref.php —
  // corpus-real-206; it was `recurring`, every month): a month picked out by a relative clause after it («месяца, в котором …», «месяц,
  // в котором …») is fixed by the event the clause names — no monthly repeat (`monthOfClause` in `recurrence.ts`), an event
  'месяца|месяц|месяце в|во|на котором|которого|который', // … является второе воскресенье месяца, в котором проводилось голосование …

];

/**
 * A condition («если …»): the deadline waits for something to happen. Weaker than everything above and than a bare span
 * below: «Если обращение не требует дополнительного изучения …, то срок сокращается до 15 дней» stays `unparsed` (the span).
 */
export const EVENT_CONDITIONS: readonly string[] = [
  'если', // Родители обязаны прийти на школьное собрание, если у ребенка появились серьезные проблемы, …
  // Round 51: В экстренных случаях директор и его заместители по учебновоспитательной работе могут посещать уроки учителей. (a gist of
  // справки on visiting lessons, https://gist.github.com/anonymous/6acf4ed7e67bceca02fad0a717f6682a — corpus-real-46; it was `unparsed`):
  // a condition named by an adjective and «случаях / случае» — «в исключительных / отдельных случаях», «в особом случае» — like «если»:
  // weaker than a span («в отдельных случаях срок сокращается до 10 дней» stays the bare span, corpus-real-18)
  'в <прил-пр> случаях|случае',
  // Round 48: «Дети, болеющие 2 дня и более, должны обследоваться у участкового врача детской поликлиники по месту жительства.» (a
  // school's medical page, https://school3-5959.narod.ru/p82aa1.html — corpus-real-43): a threshold of how long something lasts is
  // the condition (the scanner labels its number, `thresholdEnd` in scan/numbers.ts)
  '<срок> и|или более|больше|дольше|долее|свыше', // болеющие 2 дня и более
  '<число> и|или более|больше|свыше <срок>', // отсутствовавшие 5 и более дней
  // Round 194: «Конкурс появился больше 10 лет назад.» (a regional education committee's news on the «Живая классика» contest,
  // https://edu-shmr.ru/glavnaya/item/2171-konkurs-yunykh-chtetsov-zhivaya-klassika — corpus-real-179; it was `event`, the threshold
  // «больше 10 лет назад»): a span before «назад» says how long ago (round 140's label), with «больше / более / свыше» before it too —
  // no threshold of how long something lasts
  'более|больше|свыше <срок-не-назад>', // пропустившие более 3 дней (after «не» it is a span: «не более 10 дней» is read before this list)
  // Round 78: В кратчайшие сроки они были устранены. (a district's news on checks of school meals,
  // https://balezinoinfo.ru/news/48-socialnye-seti/10693-goryachee-pitanie-v-shkolakh-na-kontrole-obespechenie-besp-29691 — corpus-real-67):
  // as soon as can be after what the text names, like «незамедлительно» (round 55 decided «в кратчайший срок» is an event; alone it was
  // `unparsed`, and so was the plural). Used last, here: an offset or a condition the text also names keeps the reason it had («в
  // кратчайшие сроки (не позднее 2 рабочих дней после обращения)» names the offset, «Если обращение …, ответ может быть дан … в
  // кратчайший срок.» the condition)
  'в кратчайший|кратчайшие срок|сроки',
  // Round 189: «Необходимо в кратчайшее время внести изменения и направить в отдел образования администрации Невского района служебное
  // письмо об устранении нарушения.» (a district education office's notice on a check of kindergartens' local acts,
  // http://nevarono.imc-nev.ru/roo/1-roo/22224-ispolnenie-porucheniya.html — corpus-real-174; it was `unparsed`): «в кратчайшее время» is
  // «в кратчайший срок» (as soon as can be after the notice), an event used last; «в ближайшее время» (soon, no event) stays `unparsed`
  'в кратчайшее время',
  // Round 202: «Олег Бабаев уверяет, что, учитывая то, что до начала отопительного периода осталось не так много времени, ремонтные работы
  // будут выполняться в сжатые сроки.» (a Kremenchug news page on a new kindergarten,
  // https://kremenchug.ua/news/power/18460-novyy-detsad-uzhe-osenyu-smozhet-prinyat-140-detey.html — corpus-real-186; it was `schedule`
  // «сжатые сроки»): «в сжатые / сжатый срок(и)», with «максимально / предельно» or not, is «в кратчайшие сроки» (as fast as can be after
  // what the text names), an event used last; no document sets such a term (`HASTY_TERM` in phrases/index.ts keeps it out of the schedule)
  'в [максимально|предельно] сжатые|сжатый срок|сроки',
];

/**
 * A span that names no event («в десятидневный срок», «в течение трёх рабочих дней», «не более 10 календарных дней»): when
 * nothing else in the text is understood it is `unparsed`, and the reason quotes the span — it counts from an event the cell
 * does not name.
 */
export const BARE_SPANS: readonly string[] = [
  'в <срок-прил> срок', // в десятидневный срок; в 10-дневный срок
  'в течение|течении <число> <срок>', // в течение трёх рабочих дней
  // Round 190: «В ходе статистического анализа были выявлены школы, …, т. е. те, в которых учащиеся получали в течение трех последних
  // лет неудовлетворительные оценки (баллы) по ЕГЭ …» (a book on human capital and failing schools,
  // https://skladknig.com/book/razvitie-chelovecheskogo-kapitala/reading/50 — corpus-real-175; it was `ongoing`): «последних /
  // предыдущих / прошедших / минувших» before or after the count is still a counted span with no event, as «в течение трех лет» is
  'в течение|течении <число> последних|предыдущих|прошедших|минувших <срок>', // в течение трех последних лет
  'в течение|течении последних|предыдущих|прошедших|минувших <число> <срок>', // в течение последних двух лет
  // Round 207: «Школьники смогут узнать результаты своих сочинений в течение ближайших семи дней.» (a party's regional news of the
  // итоговое сочинение's results, https://penza.er.ru/activity/news/rezultaty-sochinenij-shkolnikov-stanut-izvestny-v-techenie-nedeli —
  // corpus-real-190; it was `ongoing`): the coming ones of a count («ближайших / следующих / последующих / предстоящих» before it) are
  // still a counted span with no event, as round 190's last ones are; «в течение ближайшей недели», with no count, stays open-ended
  'в течение|течении ближайших|следующих|последующих|предстоящих <число> <срок>', // в течение ближайших семи дней
  // Round 102: «Подача отопления и прогрев внутридомовых систем отопления проводится на протяжении пяти суток.» (a regional news
  // agency on the start of heating, https://riamo.ru/news/zhkh/zhiteljam-moskvy-nachali-podavat-otoplenie/ — corpus-real-90; it was
  // `ongoing`): «на протяжении» with a count is a counted span like «в течение» (`COUNTED_SPAN_RE` in phrases/index.ts)
  'не более|позднее|позже|превышать [чем] <число> <срок>', // не более 10 календарных дней
  // Round 68: «• Желательно не держать книги на руках больше 1 месяца.» (a club library's rules,
  // https://www.iliqchuan.ru/forum/showpost.php?p=6089&postcount=2 — corpus-real-62; it was `event`, the threshold «больше 1 месяца»): a
  // negated verb before «больше / более <срок>» is a limit like «не более», a span from an event the text does not name
  'не <слова> больше|более <число> <срок>',
  // Round 115: «Поэтому на то, что обычно можно усвоить за три месяца, у них уходит больше года.» (a city's news on language courses for
  // migrant children, https://www.pressreader.com/russia/aif-na-yenisee-krasnoyarsk/20171122/281672550248001 — corpus-real-103; it was
  // `event`, round 48's threshold «больше года»): after a verb of taking or lasting time «больше / более / свыше <срок>» is how long
  // something takes, a length from nothing the text names, not a threshold of how long something lasted («пропустившие более 3 дней»)
  'уходит|уходят|уходило|ушло|уйдет|уйдут|занимает|занимают|занимало|заняло|займет|займут|требуется|требуются|потребуется|понадобится|длится|длятся|длилось|продлится|продлятся больше|более|свыше <срок>',
  // Round 122: «Консультационный центр на базе детского сада 130 работает уже больше года.» (a news site on Sevastopol's points of
  // psychological help for pre-school children, https://crimea-news.com/society/2019/12/17/585407-amp.html — corpus-real-110; it was
  // `event`, round 48's threshold «больше года»): after a verb of working or existing in the present, with or without «уже», «больше /
  // более / свыше <срок>» is how long it has gone on, a length from nothing the text names, like round 115's «уходит больше года»
  'работает|работают|действует|действуют|существует|существуют|функционирует|функционируют [уже] больше|более|свыше <срок>',
  // Round 212: «Плановое повышение квалификации осуществляется в форме краткосрочного (сроком до одного месяца) или долгосрочного (сроком
  // более одного месяца) обучения: курсы повышения квалификации, стажировки, семинары.» (a regional law on the civil service,
  // https://base.garant.ru/21612137/701a1de667fce1210ea0f662d697a3d3 — corpus-real-194; it was `event`, round 48's threshold «более одного
  // месяца …»): a term's length given as a bound — «сроком более / свыше / менее / не более / до <срок>» — says for how long, like round
  // 63's «сроком на 1 год» and round 197's «сроком от … до …», a length from nothing the text names, not a threshold of how long something
  // lasted («пропустившие более 3 дней» stays the condition)
  'сроком [не] более|больше|свыше|менее|меньше|до <срок>',
  // Round 215: «Семейная форма получения общего образования существует в России более 20 лет.» (an article on a model of changes to the
  // law of family education, https://edpolicy.ranepa.ru/model-zakonodatelnyh-izmenenij-semejnoj-formy-obshchego-obrazovaniya —
  // corpus-real-197; it was `event`, round 48's threshold «более 20 лет»): a place after the verb («в России», «в школе», «на базе
  // центра») keeps it the length of round 122
  'работает|работают|действует|действуют|существует|существуют|функционирует|функционируют в|во|на <слова> [уже] больше|более|свыше <срок>',
];

/** «по итогам работ» → «итоги работ»: the noun a reason starts with after these prepositions. */
export const EVENT_NOUNS: Readonly<Record<string, string>> = {
  итогам: 'итоги',
  итогу: 'итог',
  результатам: 'результаты',
  окончании: 'окончание',
  завершении: 'завершение',
  окончанию: 'окончание',
  завершению: 'завершение',
};
