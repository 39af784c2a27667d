/**
 * Open-ended work over the whole roadmap period («постоянно», «в течение года»).
 * Used only when the text has no date and no stray number. One phrase per line.
 */
export const ONGOING: readonly string[] = [
  'постоянно', // постоянно
  // Round 37: the adjective is open-ended work too («на постоянной основе», «постоянный контроль»), but not in the instrumental
  // «постоянным / постоянными», which only describes a noun: «в группах с постоянным и (или) переменным составом», «Занятия проходят в
  // соответствии с установленным постоянным расписанием» (режим занятий pages of centres of дополнительное образование,
  // https://muklen.edu.yar.ru//raspisanie_zanyatiy.html and http://ddt1.ru/ — corpus-real-35)
  'постоянный|постоянная|постоянное|постоянные|постоянного|постоянной|постоянном|постоянную|постоянных|постоянному',
  'бессрочн*', // бессрочно
  // Round 190: «Президент поручил Министерству образования и науки держать под постоянным контролем процесс модернизации систем общего
  // образования в регионах.» (the Kremlin's news of a meeting on the modernisation of schooling,
  // http://special.kremlin.ru/events/president/news/16764 — corpus-real-175; it was `unparsed`): the instrumental after «под» is the
  // state of being watched — «под постоянным контролем» is «на постоянном контроле» (round 37 keeps that open-ended), not a noun's
  // description like «с постоянным составом»; «систематическим» the same (round 158); «регулярным / ежедневным» read so already
  'под постоянным|систематическим контролем|наблюдением|надзором|присмотром|мониторингом', // под постоянным контролем
  // Round 158: like «постоянным» (round 37), the instrumental «систематическим / систематическими» only describes a noun: «… весь комплекс
  // проблем, который может сложиться у ребёнка в связи с систематическим обучением …» (a teacher's programme of work with weak pupils,
  // https://nsportal.ru/user/71442/page/programma-raboty-so-slabouspevayushchimi-obuchayushchimisya — corpus-real-147) is no open-ended work
  'систематически', // систематически
  'систематический|систематическая|систематическое|систематические|систематического|систематической|систематическом|систематическую|систематических|систематическому', // систематический контроль
  'регулярн*', // регулярно
  // Round 35: Периодически проверяется усвоение материала по темам уроков, на которых ученик отсутствовал … (work with
  // underachievers, https://boroviki.schoolnet.by/%D0%BE%D0%B1-%D1%83%D1%87%D1%80%D0%B5%D0%B6%D0%B4%D0%B5%D0%BD%D0%B8%D0%B8/%D0%BF%D0%BE%D0%B4%D0%B4%D0%B5%D1%80%D0%B6%D0%BA%D0%B0-%D0%B4%D0%B5%D1%82%D0%B5%D0%B9/p-14953.html):
  // from time to time with no unit, like «регулярно» (a unit makes it a repeat: «периодически, раз в месяц»). Round 55: the adverb
  // only — the adjective «периодический» in any case names a periodical, not a time: «2. Объявление о проведении открытого конкурса
  // должно быть опубликовано … в периодической печати не позднее чем за тридцать календарных дней до дня окончания приема заявок …»
  // (a law on public procurement, https://pavlodar.com/zakon/?dok=01900&uro=080012 — corpus-real-50) counts from the event
  'периодически',
  'круглогодичн*', // круглогодично
  // Round 85: По информации администрации окружной столицы, формирование и работа отрядов проходит круглый год в свободное от учёбы
  // время, а также в период летних каникул. (news of the teenagers' labour brigades of Khanty-Mansiysk,
  // https://ugra.aif.ru/society/v-hanty-mansiyske-shkolniki-mogut-zarabotat-pervye-dengi-v-trudotryade — corpus-real-74): «круглый год»
  // is «круглогодично», work all the year round, open-ended like «в течение года» (it was the event of the holidays named after it: an
  // open-ended word outranks an event phrase elsewhere); a date in the text wins as before
  'круглый год',
  // Round 37: Дежурный (воспитатели): круглосуточно. (a kindergarten's hours, http://www.xn--80aidrd5bg.xn--p1ai/index/rezhim_raboty/0-44):
  // round the clock is daily work, open-ended like «ежедневно»
  'круглосуточн*',
  'ежедневн*', // ежедневно
  // Round 226: «ежедн.» (a plan table's abbreviation of «ежедневно», like round 17's «ежемес.», «еженед.»), open-ended daily work
  'ежедн',
  // Round 141: «…, но в связи с ростом количества вопросов, … она переведена на каждодневный режим работы.» (a city's news of an
  // education office's hot line, https://vologda-poisk.ru/news/obrazovanie/ezhednevnaya-goryachaya-liniya-organizovana-dlya-roditeley-v-upravlenii-obrazovaniya-vologdy
  // — corpus-real-129): «каждодневный» is «ежедневный», daily work, open-ended (not «повседневный», which names everyday things:
  // «в повседневной одежде»)
  'каждодневн*',
  // Round 58: Центры работают каждый день с 10:00 до 19:00. (collection points of «Соберем ребенка в школу», https://www.ng.ru/news/798342.html —
  // corpus-real-53): «каждый (рабочий) день» is daily work, open-ended like «ежедневно» (the contract has no daily `every`)
  'каждый [рабочий] день',
  // Round 197: «Звонить следует в рабочее время.» (a regional news site on the education ministry's hot line on levies in schools,
  // http://go29.news/2017/08/17/roditeli-uchenikov-pomorya-mogut-nastuchat-na-shkoly-i-sady/ — corpus-real-181; it was `unparsed`): the
  // working hours of every working day are daily work, open-ended like corpus-real-56's «в течение всего рабочего времени» and «в рабочий
  // день» (the README was silent on «в рабочее время» itself); a date in the text wins as before; not «в служебное время» (a rule of
  // conduct, no working hours), and not «в часы работы <учреждения>», which corpus-real-65 labelled with the event of the clause after it
  'в рабочее время',
  // Round 98: А специальные комиссии из медработников и педагогов каждое утро на входе в школу выявляют заболевших. (a city's news of
  // the flu season in Stavropol schools, https://sevkavportal.ru/news/pub/zdorove/item/39580-v-shkolakh-stavropolya-mediki-budut-osmatrivat-detej-ezhednevno.html
  // — corpus-real-86): a part of every day, «каждое утро / каждый вечер», is daily work, open-ended like «каждый день» (it was
  // `unparsed`); a date in the text wins as before
  'каждое|каждый утро|вечер',
  // Round 40: С понедельника полицейские совместно с представителями системы профилактики посещают семьи, … (a city's news of raids,
  // https://barnaul-news.net/incident/2024/10/26/317169.html): «с <дня недели>» with no date is work from a day the text does not
  // date, open-ended like «с момента …»; «с понедельника по пятницу» stays weekly (a repeat is read before open-ended words) and a
  // date with it wins («с понедельника, 15 марта»)
  'с|со понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья',
  // Round 62: Ну, вот, с сегодняшнего дня и у нас в городе начал свою работу первый ресурсный класс, … (a mother's post on a resource
  // class for children with autism, https://dzen.ru/a/X06U3lcQ3H1QMPD1 — corpus-real-56): «from today / from this day / from now on»
  // with no date is work from a day the text does not date, open-ended like «с понедельника» (it was `unparsed`); a date in the text
  // wins («с сегодняшнего дня, 1 сентября»)
  'с сегодняшнего|нынешнего|этого|текущего|настоящего дня|момента|времени',
  'с сегодня|сегодняшнего',
  // Round 141: С завтрашнего дня в Екатеринбурге начнут работать горячие линии по вопросам приема первоклассников в школы. (a city's news
  // of the hot lines before the first-grade intake, https://newdaynews.ru/ekb/554958.html — corpus-real-129): «from tomorrow» with no date
  // is work from a day the text does not date, open-ended like «с сегодняшнего дня» (it was `unparsed`); a date in the text wins as
  // before («с завтрашнего дня, 5 февраля», round 62)
  'с завтрашнего дня|утра',
  // Round 215: «Мэр Москвы Юрий Лужков подписал распоряжение, по которому система вводится в эксплуатацию со следующего месяца.» (a
  // city's news of a register of children, https://moscow-live.ru/events/society/10019-shkolnikov-moskvy-postavjat-na-uchet.html —
  // corpus-real-197; it was `unparsed`): «from next month / next week» with no date is work from a time the text does not date,
  // open-ended like «с завтрашнего дня»; «со следующего года» (a year after the context's), a date in the text and an anchor after it
  // («со следующего месяца после подачи заявления», an event) read as before
  'с|со следующего|следующей|будущего|будущей|предстоящего|предстоящей <срок-без-отсчёта>',
  'отныне',
  // Round 61: Единую модель профориентации реализуют в Подмосковье уже третий год. (news of professional trials,
  // https://360.ru/news/mosobl/bolee-50-tysjach-shkolnikov-podmoskovja-projdut-professionalnye-proby-v-etom-godu/ — corpus-real-55):
  // work running for the N-th year now is open-ended work, as a methodist reads «реализуется уже третий год» (it was `unparsed`);
  // «в третий год обучения», «третий год обучения» (no «уже») are not read here
  'уже второй|третий|четвертый|пятый|шестой|седьмой|восьмой|девятый|десятый год',
  // Round 67: Акция в школе №31 стала традиционной и уже проводится четвертый год. (a city's news of a battery collection,
  // https://ysia.ru/ucheniki-shkoly-31-yakutska-proveli-ekologicheskuyu-aktsiyu-po-sboru-i-utilizatsii-batareek/amp — corpus-real-61): the
  // verb between «уже» and the count («уже проводится / работает / действует / реализуется четвертый год») is the same running work (it
  // was `unparsed`)
  'уже <слова> второй|третий|четвертый|пятый|шестой|седьмой|восьмой|девятый|десятый год',
  // Round 61: Наша школа является участником федерального проекта «Билет в будущее» уже не первый год, … (a lyceum's news,
  // https://lyc1598v.mskobr.ru/edu-news/23179): «не первый год» is the same running work
  'не первый год',
  // Round 93: В настоящее время в Кабардино-Балкарии работает Центр непрерывного повышения профессионального мастерства для
  // педагогических работников в рамках нацпроекта «Образование», уточнили в Минпросвещения республики. (news of a region's centre for
  // teachers, https://etokavkaz.ru/news/75595 — corpus-real-82): work said to go on «at present» with no date is open-ended work, as a
  // methodist reads «в настоящее время работает» (it was `unparsed`); «в настоящий момент» is the same; a date in the text wins, and
  // «по настоящее время» after a date stays that date's open end (corpus-real-60)
  'в настоящее время',
  'в настоящий момент',
  // Round 175: В данный момент идет работа по формированию структуры и утверждению штата территориальных комиссий. (a regional news
  // agency on the new commissions for minors, http://www.apiural.ru/news/society/12565 — corpus-real-161; it was `unparsed`): «в данный
  // момент» («at this moment») is «в настоящий момент», open-ended work with no date; a date in the text wins
  'в данный момент',
  // Round 95: Сейчас идет электронная запись, получение сертификатов дополнительного образования. (an explainer on ПФДО certificates,
  // https://aromolux.ru/articles/chto-takoe-svidetelstvo-o-dopolnitelnom-obrazovanii.html — corpus-real-84; it was `unparsed`):
  // «сейчас» («now») before a verb of work going on is «в настоящее время идет …», open-ended work with no date; a date in the text
  // wins; not «сейчас» alone, which may only say when an event is («У ребят сейчас весенние каникулы, и они … посетили День открытых
  // дверей в библиотеке.», corpus-real-62: the holidays' event as before)
  'сейчас [уже] идет|идут|ведется|ведутся|проходит|проходят|работает|работают|действует|действуют|продолжается|продолжаются|осуществляется|осуществляются',
  // Round 95: Подать заявление можно когда угодно, закон не ограничивает родителей сроками. (a guide to family education,
  // https://skysmart.ru/articles/useful/kak-perejti-na-domashnee-obuchenie — corpus-real-84; it was `unparsed`): «когда угодно»
  // («whenever you like») is «в любое время»
  'когда угодно',
  // Round 63: Регистрация ведется в пределах календарного года. (a page on registering incoming documents,
  // https://labourmigrationspb.com/7893-nekotorye-sekrety-vkhodiashchikh-dokumentov.html — corpus-real-57): «в пределах (календарного /
  // учебного / текущего / финансового / отчетного) года», of a month, a quarter or a half, is work running through that period, like «в
  // течение календарного года» (it was `unparsed`); «в пределах 30 дней», «в пределах одного года с момента …» (spans) and «в пределах
  // компетенции» are not read here
  'в пределах календарного|учебного|текущего|финансового|отчетного|этого года|месяца|квартала|полугодия',
  'в течение|течении|течения', // в течение года, в течение всего периода
  'в теч', // в теч. года, в теч. уч. года (round 17: «в теч. зимнего периода», http://gov.cap.ru/home/59/htm/2009/lr/plan.htm)
  // Round 49: Нормативное обеспечение введения ФГОС дошкольного образования В течен учебного года Ширяева Н. И (a kindergarten's plan of
  // introducing ФГОС ДО copied into a gist, https://gist.github.com/4362dd80c8748173c6c992aeb855193d — corpus-real-44): «в течен[.]» is
  // «в течение» cut one syllable later than «в теч.», the same open-ended work
  'в течен',
  'весь период|год|учебный|срок', // весь период
  'всего периода|срока', // в течение всего срока реализации программы
  'в период реализации|действия', // в период реализации программы
  'на [весь] период|срок|время реализации|действия', // на период реализации программы (like «в период реализации»)
  'в ходе реализации', // в ходе реализации проекта
  'в рамках реализации', // в рамках реализации дорожной карты
  'непрерывно', // непрерывно
  // Round 78: Продолжается заочный окружной читательский конкурс для учащихся начальной школы, посвященный году литературы; (a rural
  // district's plan of work for December, https://str-okrug.ucoz.ru/news/plan_raboty_okruga_na_dekabr/2015-11-28-336 — corpus-real-67):
  // work that goes on in the present tense, with no date, is running work, like «уже проводится четвертый год» (it was `unparsed`); a
  // date in the text wins («продолжается до 15 мая»); the future or past («продолжится», «продолжат», «продолжался») are not read here, nor
  // the transitive «продолжает работу» (corpus-real-47's «В военное время до объявления эвакуации учреждение продолжает работу.» waits for
  // the event: open-ended words would outrank it)
  'продолжается|продолжаются',
  'в любое время', // Перейти в другую школу по собственной инициативе можно в любое время — …
  // Round 87: Согласие на использование персданных можно отозвать в любой момент. (a school's page on personal data,
  // http://www.donschool88.ru/cvedeniya-ob-obrazovatelnoy-organizatsii/svedeniya-o-zaschite-personalnyh-dannyh/ — corpus-real-76; it was
  // `unparsed`): «в любой момент» says what «в любое время» says, a right that runs all the time
  'в любой момент',
  'срок [<слова>] не ограничен*', // Срок действия данного Положения не ограничен.
  // Round 91: «Срок полномочий Совет родителей (законных представителей) несовершеннолетних обучающихся не ограничен.» (a college's page on
  // its parents' council, https://ktip-ptz.ru/struk/sovetrodit/ — corpus-real-80; it was `unparsed`): a bracketed explanation among the
  // words of the term («(законных представителей)», «(далее – Совет)»), like the words themselves
  'срок <слова-скобки> не ограничен*',
  'без ограничения срока', // действует без ограничения срока
  // Round 31: the periodicity column of lists of published information: «Поддерживается в актуальном состоянии» (Перечень информации
  // о деятельности Минобрнауки России, приказ от 17.08.2011 N 2214, https://base.garant.ru/57407297/f7ee959fd36b5699076b35abf4f52c5c)
  'поддержива* в актуальном состоянии',
];
