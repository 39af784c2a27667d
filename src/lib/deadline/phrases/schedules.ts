/**
 * Schedule deadlines: the dates live in another document — a schedule, a plan,
 * an order, a letter («по графику ОО», «по приказу УО», «по отдельному письму»).
 * One entry per line; a comment shows a real cell.
 */

/** Words that introduce the document. */
export const SCHEDULE_PREPOSITIONS: readonly string[] = [
  'по', // по графику ОО
  'согласно', // согласно графику
  // Round 34: «Эти документы подписываются согласно с утвержденным графиком, …» (news of school acceptance,
  // https://news.21.by/other-news/2018/08/27/1587660.html): «согласно с <документом>» in the instrumental, like «в соответствии с»
  'согласно с|со',
  'в соответствии с|со', // в соответствии с графиком ДОБО
  // Round 171: «Но, несмотря на это, государственные школы следуют графику ведомства.» (a Sakhalin news page on the spring holidays,
  // https://kamysh.press/obschestvo/61973-na-sahaline-i-kurilah-obyavili-datu-nachala-vesennih-kanikul.html — corpus-real-159; it was
  // `unparsed`): a verb of keeping to a document right before it names the document that holds the dates, as «согласно» does
  // («следуют графику», «следовать утверждённому плану», «придерживаются графика», «придерживаясь расписания»); «следовать» only with
  // the dative after it (up to two adjectives, then a noun in «-у / -ю / -е / -ам / -ям», not «-ие»), so «Далее следует план мероприятий»
  // (the nominative: what comes next) stays unread
  '(?:следуют|следует|следуем|следовать|следуя)(?=\\s+(?:[а-я]+(?:ому|ему|ой|ей|ым|им)\\s+){0,2}[а-я]*(?:у|ю|[^и]е|ам|ям)(?![а-я]))|придерживаются|придерживается|придерживаемся|придерживаться|придерживаясь',
  // Round 182: «Она ведет свою деятельность, руководствуясь Приказом Министерства образования и науки РФ от 24 марта 2009 г. № 95 «Об
  // утверждении «Положения о психолого-медико-педагогической комиссии».» (a page on the ПМПК,
  // http://bumtorg.ru/business/kak-ubedit-roditelei-proiti-komissiyu-pmpk-kak-obosnovat-otkaz-ot/ — corpus-real-168; it was `unparsed`): a
  // verb of being guided by a document right before it names the document that holds the dates, as «следуя / придерживаясь» (round
  // 171) and «в соответствии с» do; the document in the instrumental
  'руководствуясь|руководствуется|руководствуются|руководствуемся|руководствоваться',
  'соответственно', // соответственно плану
  'на основании', // на основании приказа
  'на основе', // round 28: Деятельность Методического совета осуществляется на основе годового планирования.
  'в рамках', // в рамках плана ВШК
  // Round 186: not «в планах» right before an infinitive — «За 5 лет в планах отремонтировать порядка 11 тысяч школ.» (a video news
  // item on the repair of schools, https://rutube.ru/video/0c98ad90c22504df222064dd712f3497 — corpus-real-172; it was `schedule` «план
  // отремонтировать …»): «в планах <сделать>» is what is intended, not a plan that holds the dates; «в планах работы школы», «по плану»
  // and «в соответствии с планами» read as before
  'в(?!\\s+планах\\s+[а-я]+(?:ть|ться|чь|сти|зти|йти)(?![а-я]))', // в сроки, установленные приказом УО
  // Round 31: «… отчеты о целевом использовании … средств …, в порядке и сроки, установленные нормативным правовым актом администрации
  // автономного округа» (a regional law on delegated powers in education, https://docs.cntd.ru/document/819030587/titles/32RANOJ):
  // «сроки» after «в порядке и», with no «в» of its own («в порядке и в сроки …» has one)
  'в порядке и',
];

/** A document noun: its forms (a regular-expression source), its nominative, and its gender (for adjectives before it). */
export interface DocumentNoun {
  forms: string;
  nominative: string;
  gender: 'm' | 'f' | 'n' | 'p';
}

export const DOCUMENT_NOUNS: readonly DocumentNoun[] = [
  { forms: 'план[а-я]{0,2}-график[а-я]*', nominative: 'план-график', gender: 'm' }, // В соответствии с планом-графиком
  { forms: 'график[а-я]*', nominative: 'график', gender: 'm' }, // По графику ОО
  { forms: 'план(?:а|у|ом|ами|ам|ах|ы)?', nominative: 'план', gender: 'm' }, // По плану ВШК
  { forms: 'расписани[а-я]*', nominative: 'расписание', gender: 'n' }, // по расписанию
  // в соответствии с календарно-тематическим планированием (before «календарь», which would take its first half)
  { forms: 'календарно-тематическ[а-я]*\\s+планировани[а-я]*', nominative: 'календарно-тематическое планирование', gender: 'n' },
  { forms: 'календарно-тематическ[а-я]*\\s+план(?:а|у|ом|ами|ам|ах|ы)?', nominative: 'календарно-тематический план', gender: 'm' },
  { forms: 'календар[а-я]*', nominative: 'календарь', gender: 'm' }, // по календарю
  // round 28: на основе годового планирования (after «календарно-тематическое планирование», which names a document of its own)
  { forms: 'планировани[а-я]*', nominative: 'планирование', gender: 'n' },
  // planning documents by their abbreviation: В соответствии с КТП рабочих программ; по ИУП; согласно КУГ
  { forms: 'ктп', nominative: 'КТП', gender: 'n' }, // календарно-тематическое планирование
  { forms: 'иуп', nominative: 'ИУП', gender: 'm' }, // индивидуальный учебный план
  { forms: 'иом', nominative: 'ИОМ', gender: 'm' }, // индивидуальный образовательный маршрут
  { forms: 'куг', nominative: 'КУГ', gender: 'm' }, // календарный учебный график
  { forms: 'ооп', nominative: 'ООП', gender: 'f' }, // основная образовательная программа
  // round 21: по ИПР; согласно ИПР; в соответствии с ИПРА (индивидуальная программа развития / реабилитации и абилитации)
  { forms: 'ипр', nominative: 'ИПР', gender: 'f' },
  { forms: 'ипра', nominative: 'ИПРА', gender: 'f' },
  // round 21: в соответствии с дорожной картой; по дорожной карте (a roadmap holds the dates like a plan)
  // Round 149: not a card one pays with — «Пушкинская», «банковская», «платёжная», «социальная», «транспортная», «подарочная», «бонусная»,
  // «скидочная», «кредитная», «дебетовая», «зарплатная» карта: «Они познакомились с мероприятиями, которые будут проводиться по
  // Пушкинской карте в нашем районе в ближайшее время.» (a district's culture department on a talk at a school,
  // https://cultryb.ru/news/item/3376 — corpus-real-137; it was `schedule` «пушкинская карта …»): the card buys the tickets, it holds no
  // dates (the look-behind is bounded: one adjective right before the noun)
  { forms: '(?<!(?:пушкинск|банковск|платежн|платёжн|социальн|транспортн|подарочн|бонусн|скидочн|кредитн|дебетов|зарплатн)(?:ой|ую|ая|ие|их|ими|им|ом)\\s+)карт(?:а|е|ой|у|ы|ам|ами)', nominative: 'карта', gender: 'f' },
  { forms: 'циклограмм[а-я]*', nominative: 'циклограмма', gender: 'f' }, // по циклограмме
  // Round 154: «1. Утвердить график подвоза обучающихся согласно режиму образовательного процесса (приложение № 1).» (a town's order on
  // the transport of pupils, https://armou1.aramilgo.ru/shownews.htm?newsid=1630391835&page=35 — corpus-real-142; it was `unparsed`):
  // the regime of the school's work — «режим работы / занятий / образовательного процесса» — holds the hours and days like a timetable;
  // «режим» alone («по режиму защиты», «в режиме онлайн») is not read
  { forms: 'режим(?:у|ом|а)?\\s+работы', nominative: 'режим работы', gender: 'm' },
  { forms: 'режим(?:у|ом|а)?\\s+занятий', nominative: 'режим занятий', gender: 'm' },
  { forms: 'режим(?:у|ом|а)?\\s+образовательного\\s+процесса', nominative: 'режим образовательного процесса', gender: 'm' },
  { forms: 'регламент[а-я]*', nominative: 'регламент', gender: 'm' }, // согласно регламенту
  // Round 98: На основании распорядительного акта руководителя образовательной организации будет проводиться социально-психологическое
  // тестирование обучающихся … (a district's page on the order of the testing, http://sheksna.edu35.ru/index.php/documents/34-fz/1072--16062014-n-658-q-.html
  // — corpus-real-86): an administrative act («распорядительный акт») holds the dates like an order (it was `unparsed`); «акт» alone (of
  // acceptance, of a check) is not read
  { forms: 'распорядительн[а-я]*\\s+акт(?:а|у|ом|ы|ов|ами|ам|ах)?', nominative: 'распорядительный акт', gender: 'm' },
  // Round 78: Плановые проверки проводятся на основании акта о назначении проверки согласно годовому списку проверок. (a news page on
  // inspections of schools, https://www.inform.kz/ru/shkoli-idetsadi-budut-vneplanovo-proveryat-vkazahstane-9f799d — corpus-real-67):
  // a list of checks holds their dates like a plan (it was `unparsed`); «по списку» alone (of people, of books) is not read
  { forms: 'спис(?:ок|ка|ку|ком)\\s+(?:плановых\\s+)?проверок', nominative: 'список проверок', gender: 'm' },
  { forms: 'программ[а-я]*', nominative: 'программа', gender: 'f' }, // по программе
  { forms: 'приказ(?:у|ом|а|ам|ами|ах)?', nominative: 'приказ', gender: 'm' }, // по приказу управления образования
  { forms: 'распоряжени(?:ю|ем|я|ям|ями)', nominative: 'распоряжение', gender: 'n' }, // по распоряжению министерства
  { forms: 'постановлени(?:ю|ем|я)', nominative: 'постановление', gender: 'n' }, // согласно постановлению администрации
  { forms: 'письм(?:у|ом|а|ам)', nominative: 'письмо', gender: 'n' }, // по отдельному письму
  // round 19: an agreement holds the dates like an order: в соответствии с договором; согласно договору; по муниципальному контракту
  { forms: 'договор(?:у|ом|а|ам|ами|ы)?', nominative: 'договор', gender: 'm' },
  { forms: 'соглашени(?:ю|ем|я|ям|ями)', nominative: 'соглашение', gender: 'n' }, // в соответствии с соглашением
  { forms: 'контракт(?:у|ом|а|ам|ами|ы)?', nominative: 'контракт', gender: 'm' }, // по муниципальному контракту
  { forms: 'порядок|порядк(?:у|ом|а)', nominative: 'порядок', gender: 'm' }, // в соответствии с порядком проведения ГИА
  { forms: 'положени(?:ю|ем|я)', nominative: 'положение', gender: 'n' }, // в соответствии с положением о конкурсе
  // Round 176: «Договор о приемной семье заключается в соответствии с Правилами заключения договора об осуществлении опеки или
  // попечительства …, утвержденными Постановлением Правительства Российской Федерации от 18 мая 2009 г. N 423, …» (a city's page on foster
  // families, http://en.admin.tomsk.ru/pgs/wf — corpus-real-162; it was `unparsed`): rules approved by an act hold the terms like a
  // Порядок or a Положение; only the dative and instrumental plural («правилам», «правилами»), the forms after «по / согласно / в
  // соответствии с»
  { forms: 'правил(?:ам|ами)', nominative: 'правила', gender: 'p' },
  // Round 86: «1. Порядок, сроки и иные условия составления бюджетной отчетности … устанавливаются в соответствии с нормативными
  // правовыми актами Российской Федерации, Московской области и городского округа.» (a town's rules of its budget process,
  // https://docs.cntd.ru/document/545274930/titles/VVQBP8 — corpus-real-75): a legal act holds the dates like an order (it was
  // `unparsed`); only «правовой акт» («нормативными правовыми актами», «правовым актом администрации»), not «акт» alone («по акту
  // приемки» names a paper of the work done)
  { forms: 'правов(?:ым|ыми|ого|ому|ых|ой)\\s+акт(?:ом|ами|ам|а|у|ы)?', nominative: 'правовой акт', gender: 'm' },
  // Round 138: «Учебный процесс организуется в соответствии с нормативными актами школ.» (a district's notice on frost and storm days,
  // http://rooalex.tomedu.ru/?p=12787 — corpus-real-126; it was `unparsed`): a normative act — «нормативный акт», «локальный нормативный
  // акт» — holds the rule and its days like round 86's «правовой акт» (schools put the days of актированные дни, of quarantine and of
  // make-up lessons in them); «акт» alone («по акту приемки») and «локальный акт» with no «нормативный» are still not read: corpus-real-27's
  // «… на основании локального акта учреждения и приказа руководителя, в которых определяются … сроки наставничества …» keeps the verb of
  // setting as its reason (pinned in round 138's family)
  { forms: 'нормативн(?:ым|ыми|ого|ому|ых|ой|ый|ые)\\s+акт(?:ом|ами|ам|а|у|ы|ов)?', nominative: 'нормативный акт', gender: 'm' },
  // round 25: в соответствии с паспортом безопасности; согласно паспорту доступности (a passport holds its measures like a plan)
  { forms: 'паспорт(?:у|ом|а|ам|ами|ы)?', nominative: 'паспорт', gender: 'm' },
  // Round 76: not «сроками его / её / их окончания / завершения / начала / проведения» — the dates of an event named before, an event
  // (`EVENT_ANYWHERE`): «… возвращение детей … в соответствии со сроками его окончания» (corpus-real-64)
  { forms: 'срок(?:и|ам|ами)(?![\\s,]+(?:его|ее|их)[\\s,]+(?:окончания|завершения|начала|проведения)(?![а-я]))', nominative: 'сроки', gender: 'p' }, // в сроки, установленные Рособрнадзором (not «по срокам» alone)
  // Round 57: «28. Получатель субсидии в порядке и сроке, указанным в приложении 4 к настоящему порядку, направляет …» (a region's rules
  // of a subsidy, https://base.garant.ru/73496825/67c2a8d30625b9de7e93b635b19812ca — corpus-real-52): the singular prepositional «в
  // сроке, указанном / установленном …», after «в» or «в порядке и», holds the dates like «в сроки, установленные …» (it was `unparsed`)
  { forms: 'сроке', nominative: 'срок', gender: 'm' },
  // Round 45: «Неделя начальных классов по своему граф.» (a school's methodical-work plan copied into a gist,
  // https://gist.github.com/771ba6112fce63d35150cacea0a21106 — corpus-real-41): plan tables shorten the noun of a schedule to
  // «граф.» and of a timetable to «расп.» (after the full forms, so «графику» and «расписанию» are read as before)
  { forms: 'граф', nominative: 'график', gender: 'm' },
  { forms: 'расп', nominative: 'расписание', gender: 'n' },
];

/**
 * Document nouns in the instrumental that name the document with no preposition when a cell starts with them (round 19):
 * «Приказом по школе», «распоряжением директора», «отдельным приказом» read as «по приказу …» (the reason in the nominative).
 */
export const DOCUMENT_INSTRUMENTAL: readonly string[] = [
  'приказом', // Приказом по школе
  'распоряжением', // распоряжением директора
  'постановлением', // постановлением администрации
  'договором', // договором с подрядчиком
  'соглашением', // соглашением сторон
];

/**
 * Round 196: the verbs of an editorial note on an act. A document in the instrumental opening a text with one of them («Постановлением
 * Администрации города Орла от 26 мая 2014 г. N 1988 настоящее постановление признано утратившим силу») says who changed or repealed
 * the act, not who sets the dates: the note names no time, and the act's date is its label. The text is read past the noun.
 */
export const ACT_EDITS: readonly string[] = [
  'внесен|внесена|внесено|внесены [следующие|следующее] изменени*|дополнени*|поправк*', // … в статью 2 настоящего приложения внесены изменения
  'признан|признана|признано|признаны утратившим|утратившими силу', // … настоящее постановление признано утратившим силу
  'утратил|утратила|утратило|утратили силу', // Приказом … от … N … приказ утратил силу
  'изложен|изложена|изложено|изложены в [новой] редакции', // … пункт 2 главы 1 настоящего приложения изложен в новой редакции
  'дополнен|дополнена|дополнено|дополнены пункт*|подпункт*|приложени*|абзац*|стать*|раздел*|глав*|слов*', // … приказ дополнен приложением N 3
];

/**
 * Document nouns in the prepositional after «в» and an adjective, read only when a cell starts with them (round 21): «в
 * индивидуальном порядке» → «индивидуальный порядок», «в установленном законом порядке» → «установленный порядок». Inside a
 * sentence «в порядке перевода» names a procedure, not who sets the dates; «в срочном порядке» at the start is an event
 * (`EVENT_START` is read first).
 */
export const DOCUMENT_PREPOSITIONAL: ReadonlyArray<[form: string, nominative: string]> = [
  ['порядке', 'порядок'], // В индивидуальном порядке
];

/**
 * Round 84: documents that fix a deadline, in the prepositional («в предписании») and the instrumental («законом»): a deadline
 * «установленный / указанный / определенный» in one of them lives in it, like «в срок, установленный приказом».
 */
// Round 139: «перечне / перечнем» — a list of documents «с указанием сроков их хранения» (перечень № 236 of Росархив, a ministry's list)
// fixes the terms of what it lists like an order («сроки хранения, указанные в перечне (…)», corpus-real-127)
// Round 240: «правилах / правилами» and «порядком» — the rules and the order of admission fix the terms of taking documents like an
// order («Документы, необходимые для поступления, принимаются не позднее срока завершения приема документов, установленного Правилами
// приема …», corpus-real-217), as they already did after «в сроки, установленные правилами приема»
// Round 280: «инструкции / инструкцией» — an instruction for use fixes the term of a second vaccination like an order («В срок,
// предусмотренный инструкцией по применению», the «Срок исполнения» column of a plan against brucellosis, corpus-real-241)
const FIXING_DOCUMENT_P = 'предписании|приказе|плане|графике|распоряжении|положении|регламенте|договоре|уведомлении|письме|решении|постановлении|законе|акте|требовании|представлении|протоколе|соглашении|перечне|правилах|инструкции|инструкциях';
// Round 212: «документом / документами» — «Доклад отправляют … в установленный нормативными документами период времени.» (corpus-real-194):
// documents in general fix a term like a law or an order («в установленные нормативными документами сроки»)
const FIXING_DOCUMENT_T = 'законом|законодательством|предписанием|приказом|договором|регламентом|положением|решением|распоряжением|постановлением|планом|графиком|соглашением|актом|перечнем|документом|документами|правилами|порядком|инструкцией|инструкциями';
/** Round 147: who sets dates, in the instrumental after a passive verb of setting («сроки … определяются Правительством …»). */
const AUTHORITY_T = 'правительством|министерством|министром|департаментом|комитетом|учредителем|органом|органами|администрацией|руководителем|директором|председателем|комиссией|комиссиями|оргкомитетом|организатором|организаторами';

/**
 * The time made known later by someone else, opening a text (part of `SCHEDULE_START`). Round 142: «О времени и месте голосования
 * участковые избирательные комиссии обязаны оповестить избирателей не позднее чем за 20 дней до дня его проведения через средства
 * массовой информации.» (a summary of the electoral law, https://gist.github.com/anonymous/cd120266728384dd847b88b2d1bc1e4c —
 * corpus-real-130; it was a `schedule`): with an offset from an event after it, the offset is when the time must be made known, an
 * `event` (`madeKnownAtStart`), as the README's «with an offset it is an `event`» reads an order or a letter. Who sets the dates
 * («Даты … определяются … и утверждаются приказом … не позднее 10 рабочих дней до начала …», round 8) stays a `schedule`: making known
 * is no setting.
 */
export const MADE_KNOWN: readonly string[] = [
  // Round 67: Время приёма будет сообщено дополнительно.; Дата, место и время станут известны позднее. (a class's blog on a
  // waste-paper collection, http://klass1a2018.blogspot.com/2019/03/3.html, and a city's news of a battery collection,
  // https://tolyatti-news.net/society/2025/09/02/220051.html — corpus-real-61): the time or the date made known later by someone
  // else («будет сообщено / сообщены», «станут / будут известны», «будет объявлено»), like «сроки будут сообщены дополнительно»; «время»
  // with a verb of making known, not alone (they were `unparsed`)
  // Round 126: «Более точные даты проведения краевых конкурсов будут определены позже, в зависимости от санитарно-эпидемиологической
  // ситуации.» (a Kamchatka education office's news on the «Учитель года» contest moved, https://edu.pkgo.ru/news/sroki-provedeniya-
  // konkursa-uchitel-goda-na-kamchatke-perenosyatsya — corpus-real-114; it was `unparsed`): a word of degree before the adjective of the
  // dates, «более / наиболее / самые точные / конкретные», is still the dates someone else sets (in `<прил-мн>`; here before the
  // singular «более точная дата / точное время» too)
  '[<прил-мн>] [более|наиболее] [точн*|конкретн*] время|дата|даты|сроки|срок [<фраза>] сообщ*|известн*|объявл*',
  // Round 226: «время и место уточняются», «дата и время будут уточнены» — the time with a verb of making exact, as round 226's «дата
  // уточняется» in `SCHEDULE_START`
  '[<прил-мн>] время|дата|даты|сроки|срок|место [и] [время|дата|место] [<фраза>] уточняется|уточняются|уточнится|уточнятся|уточнена|уточнены|уточнено|уточнен|уточнён',
  // Round 91: «О дате выборов нового состава Управляющего совета сообщат позже.» (a city district's news on a school's council,
  // https://konkovomedia.ru/news/v-skole-113-raspustili-sostav-upravlyayushhego-soveta — corpus-real-80; it was `unparsed`): the date
  // named after «о / об» in the prepositional with a verb of making known in the active («сообщат / сообщим / объявят / известят /
  // проинформируют / оповестят», or «будет сообщено»), like «дата … будет сообщена»
  'о|об дате|датах|сроках|сроке|времени [<фраза>] сообщ*|объявят|объявим|известят|известим|проинформиру*|оповест*',
  // Round 143: «О месте и времени проведения заключительного этапа и награждения победителей оргкомитет сообщит дополнительно.» (a news
  // digest of a region's reading contest for children, https://dzen.ru/news/story/6bd0cdea-7282-5c39-b4eb-7f0ba71b739b) and «О датах
  // выставки в филиале музея и награждении победителей будет объявлено дополнительно – сообщает администрация Орла.» (a city paper on a
  // museum's drawing contest, http://orel-gazeta.ru/?p=16104 — both corpus-real-131; they were `unparsed`): the place and the time
  // named together after «о / об» («о месте и времени», «о месте и дате»), with a verb of making known in the future, and the dates
  // with the impersonal «будет объявлено / сообщено», are a time made known later, like «о дате … сообщат»; the future only, as round
  // 136's «о начале …» («О датах … объявили» reports what is past)
  'о|об месте|местах и времени|дате|датах|сроках|сроке [<фраза>] сообщат|сообщим|сообщит|объявят|объявим|объявит|известят|известим|проинформиру*|оповест*',
  'о|об [месте|местах] [и] дате|датах|сроках|сроке|времени [<фраза>] будет объявлено|сообщено',
  // Round 136: «О начале работы ЦПМПК МО в обычном режиме будет сообщено дополнительно.» (a kindergarten's notice of the Murmansk
  // region's central ПМПК limiting its examinations, https://sadik122.ru/news/8483.html — corpus-real-124; it was `unparsed`): the
  // start, resumption, opening, extension or end of some work named after «о / об», with a verb of making known in the future, is a time
  // made known later, like «о дате … сообщат»; the future only («сообщат / сообщим / объявят / известят / проинформируют / оповестят»,
  // «будет сообщено / объявлено»): «О начале приема сообщили в министерстве» reports what is past and stays unread
  'о|об начале|возобновлении|старте|открытии|продлении|окончании|завершении [<фраза>] сообщат|сообщим|объявят|объявим|известят|известим|проинформируют|проинформируем|оповестят|оповестим',
  'о|об начале|возобновлении|старте|открытии|продлении|окончании|завершении [<фраза>] будет сообщено|объявлено',
];

/** Texts that start by saying who sets the dates: the reason is the text itself (without a leading «в»). */
export const SCHEDULE_START: readonly string[] = [
  // сроки определяет министерство; в срок, установленный приказом; Сроки проведения определяет управление образования;
  // Конкретные сроки каникул будут установлены каждой образовательной организацией самостоятельно;
  // Дата начала и дата окончания проведения конкурса утверждаются правовым актом организатора;
  // Даты проведения проверочных для каждого класса и предмета школы будут определены самостоятельно (up to twelve words before the verb)
  // Round 35: Сроки подготовки и даты итоговой аттестации по дисциплинам школам предоставлено избирать самостоятельно. (news on
  // conditional promotion, https://u.gorizont62.ru/new/education/dvoechniki-budut-vybirat-sposob-prodolzhit-svoe-obrazovanie): a
  // verb of choosing, like «определять», after the dates
  '[в] [<прил-мн>] сроки|срок|даты|дата|дату [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*|сообщ*|объявл*|назнача*|избира*|выбира*', // сроки будут сообщены дополнительно; Сроки пересдачи назначаются школой (round 33)
  // Round 226: «дата уточняется», «сроки уточняются дополнительно», «дата проведения будет уточнена» (a plan table's cell for a date not
  // yet known): the dates made exact later, like «сроки будут определены дополнительно»; the verb's forms only, not «уточнения» («Сроки
  // уточнения списков …» names a work), and a date written with it wins
  '[<прил-мн>] [точн*|конкретн*] сроки|срок|даты|дата [<фраза>] уточняется|уточняются|уточнится|уточнятся|уточнена|уточнены|уточнено|уточнен|уточнён',
  // Round 125: «Для девятых классов дату проведения торжества утверждает каждая образовательная организация самостоятельно.» (a
  // regional paper's news of the last bell and graduation evenings, https://kgzt.ru/?p=16476 — corpus-real-113; it was `unparsed`):
  // the date put first as the object, in the accusative «дату», with a verb of setting after it («дату … утверждает / определяет /
  // назначает <кто>») says who sets it, like «даты / сроки … определяет …» (the pattern above takes «дату» too); the grades it is for
  // («Для девятых классов», «Для выпускников …») may open the text
  'для <слова> сроки|срок|даты|дата|дату [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*|назнача*|избира*|выбира*',
  // 6.2. Дата, план подготовки, сценарный план проведения мероприятия, количество и категория участников, смета расходов на
  // проведение мероприятия утверждаются начальником Департамента … за месяц до проведения мероприятия (the dates first in a list
  // of what is set together; the offset is when they get set)
  // Все сроки будут утверждены Правительством Российской Федерации. (round 26: a pronoun before «сроки» / «даты», like «конкретные»)
  'все|эти сроки|даты [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*|сообщ*|объявл*',
  '[<прил-мн>] сроки|срок|даты|дата [<слова>] <перечень> определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*',
  // Round 30: Форму и сроки текущей аттестации определяет учитель с учётом контингента обучающихся, … (the dates after another
  // thing set with them and «и»; https://sh-konduj-r76.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/dokumenty-all_8.html)
  '<слова> и сроки|срок|даты|дату|дата [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*',
  // Round 128: «Он также сказал, что время и место проведения сборов будет определять Минобороны РФ.» (a regional paper's news of the
  // military commissar on the call to военные сборы, https://rzn.aif.ru/society/voennyy_komissar_serkez_prokommentiroval_ukaz_o_prizyve_na_voennye_sbory
  // — corpus-real-116; it was `unparsed`): «время [и место] проведения» or «место и время …» with a verb of setting after it says who
  // sets the time, like «сроки и место проведения … определяет …» (the lines above); «место проведения» alone sets no time and stays;
  // inside a sentence («…, что время … будет определять …») the same two lines of `SCHEDULE_ANYWHERE` read it
  'время [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*|назнача*',
  // Round 170: «Место, время и формы проведения праздничных мероприятий определяются  образовательными организациями самостоятельно по
  // согласованию с местными органами власти.» (a regional TV's news of the Day of Knowledge, https://www.tv21.ru/news/2013/08/26/uchebnyy-
  // god-v-shkolah-murmanskoy-oblasti-nachnetsya-2-sentyabrya — corpus-real-158; it was `event`, «по согласованию с …»): the place and the
  // time listed with a comma, then a verb of setting, say who sets the time like «место и время …» (round 128; one line reads both); who sets it outranks the
  // agreement after it, as round 8's «… определяются руководителями … по согласованию с …» reads
  'место [и] время [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*|назнача*',
  ...MADE_KNOWN, // the time made known later by someone else (round 67, 91, 126, 136)
  // Round 36: Точные даты можно узнать на официальном сайте МЦКО или у школьного администратора. (independent diagnostics,
  // https://ya.ru/neurum/c/nauka-i-obrazovanie/q/kak_provoditsya_nezavisimaya_diagnostika_v_d342a822): the dates are published by
  // someone else, where to find them, like «сроки будут сообщены дополнительно»
  '[<прил-мн>] сроки|срок|даты|дата|график|расписание [<фраза>] можно|следует|нужно|необходимо узнать|уточнить|посмотреть|уточнять',
  // Round 96: «С графиком мероприятий и списком площадок, где будут проводиться правовые консультации, можно ознакомиться на сайте ГУ
  // Минюста России по столице …» (a city's news of the day of legal help to children, https://www.m24.ru/news/obshchestvo/12112025/846488
  // — corpus-real-85; it was `unparsed`): a schedule or the dates one can read somewhere, «с графиком / расписанием / датами / сроками
  // … можно ознакомиться», are published by someone else, like «сроки можно узнать»
  'с|со графиком|графиками|расписанием|датами|сроками [<фраза>] можно|следует|нужно|необходимо ознакомиться|ознакомится',
  // Round 199: «С Положением и сроками проведения конкурса можно ознакомиться в прикрепленном файле.» (a kindergarten's page of its
  // family festival in the Год семьи, https://ladushki.tvoysadik.ru/site/pub?id=1136 — corpus-real-183; it was `unparsed`): a document
  // that holds the dates — «положением / порядком / условиями / программой / регламентом / правилами / планом» — joined by «и» before the
  // schedule's noun is published with it, the same schedule one can read somewhere
  'с|со положением|порядком|условиями|программой|регламентом|правилами|планом и графиком|графиками|расписанием|датами|сроками [<фраза>] можно|следует|нужно|необходимо ознакомиться|ознакомится',
  // График проведения повторного тестирования определяется центром тестирования (a schedule that someone else sets)
  'график|графики|расписание [<слова>] определя*|устанавлива*|утвержда*|выбира*|определен*|установлен*|утвержден*',
  // Однако стоит отметить, что график каникул руководство каждого учебного заведения выбирает индивидуально … (who sets
  // the dates after a lead-in clause ending in «что»)
  '<слова> что график|графики|расписание|сроки|даты [<слова>] определя*|устанавлива*|утвержда*|выбира*|определен*|установлен*|утвержден*',
  // Образовательные учреждения самостоятельно выбирают период отдыха …; Их устанавливает каждое учебное заведение
  // самостоятельно (who sets the dates, «самостоятельно» next to the verb)
  '[<слова>] самостоятельно выбира*|устанавлива*|определя*|утвержда*',
  '[их|его|ее] выбира*|устанавлива*|определя*|утвержда* <слова> самостоятельно',
  // Round 234: «2.2.1. Утверждает приказом Министерства сроки проведения конкурса, которые не могут быть меньше 30 календарных дней,
  // следующих за днем размещения объявления об условиях проведения конкурса.» (a region's rules of a subsidy to a social НКО, the
  // functions of the ministry, https://docs.cntd.ru/document/571051800/titles/35CC6RC — corpus-real-213; it was `event`, the offset): a
  // verb of setting in the active voice opening the text — an item of what a body does, its subject in the heading above — before the
  // dates it sets (the document it sets them by may stand between, up to seven words) says who sets them, like «сроки … определяет …»;
  // an offset after it is then the dates' least length or when they get set (round 8), not the deadline
  'определяет|устанавливает|утверждает|назначает|определяют|устанавливают|утверждают|назначают [<слова>] сроки|срок|даты|дату',
  // Индивидуально (round 19: the dates are set for each person, like «по индивидуальному графику»; «индивидуально, по запросу» is
  // the event, since «индивидуально» is a leading word of event phrases)
  'индивидуально',
  // ИПР; ИОМ (round 21: a planning document named by its abbreviation alone, as a whole cell, holds the dates like «по ИПР»)
  'ипр|ипра|иом|иуп|ктп',
  // Round 45: «в день, установленный Оргкомитетом» (a children's contest's rules copied into a gist,
  // https://gist.github.com/79dfcb2fea2ba41203820dbdd211dbff — corpus-real-41): a day, days or a date that someone sets, like «в
  // срок, установленный приказом» (it was read as an event, «в день …»); `eventAtStart` leaves it here
  'в день|дни|дату|даты <установленный>',
  // Round 144: … and the participle before the day, «в установленные дни» (like «в установленные сроки»)
  'в установленн* день|дни|дату|даты',
  // Round 168: «Профилактические медицинские осмотры несовершеннолетних проводятся в установленные возрастные периоды в целях …» (a
  // page on children's medical examinations, https://telefon-registratury.ru/article-medosmotry-detei.html — corpus-real-156; it was
  // `unparsed`): a period that someone fixes, with or without an adjective of its kind between, like «в установленные сроки»
  'в установленн* [<прил-мн>] период|периоды',
  // Round 141: «… проводят прием граждан с 10.00 до 12.00 часов в день приема, установленный графиком.» (a republic's rules of receiving
  // citizens, https://docs.cntd.ru/document/459600340/titles/2QASO8N — corpus-real-129): the day of an event that someone sets, with the
  // event's noun between «в день» and the participle, like «в день, установленный …» (`daySetBySomeone` passes the event phrase over); the participle in full
  // («установленный», «указанный»), not a noun of the same stem («с указанием даты»)
  'в день|дни <слова> установленн*|определенн*|назначенн*|утвержденн*|указанн*',
  // Round 84: «Указанный в предписании срок его исполнения не может превышать шесть месяцев.» (article 93.1 of the law on education,
  // https://zknrf.ru/laws/Federalnyy-zakon-ot-29.12.2012-N-273-FZ/Statya-93.1 — corpus-real-73) and «54. Срок исполнения, указанный в
  // предписании, не может превышать 6 месяцев.» (https://docs.cntd.ru/document/551639724/titles/8P60LT): the deadline is the one a
  // document states — a schedule, like «в срок, установленный приказом»; the cap after it is a bare span (they were `unparsed`)
  `указанн*|установленн*|определенн* в|во [<слова>] ${FIXING_DOCUMENT_P} срок|сроки|дата|даты`,
  // … and the participle after the noun, «Срок …, указанный в предписании, …» («установленный / определенный» are read by the first line
  // of this list; «Срок предоставления указывается в Положении» is round 55's verb of setting inside a sentence, its reason from the verb)
  `[<прил-мн>] сроки|срок|даты|дата [<фраза>] указанн* в|во [<слова>] ${FIXING_DOCUMENT_P}`,
];

/**
 * Who sets the dates, inside a sentence: used when nothing else in the text is understood (after dates, open-ended words and
 * the lists above). The reason is the text from the phrase on.
 */
/**
 * Round 84's deadlines a document fixes, inside a sentence (part of `SCHEDULE_ANYWHERE`). Round 99: they also outrank a condition
 * opening the text («В случае прекращения обработки … в установленные законодательством сроки.» → schedule), as a repeat does (round 57).
 */
export const FIXING_TERMS: readonly string[] = [
  // Round 280: «предусмотренн*» beside «установленн* / указанн* / определенн*» in this line, the next and round 139's two lines of the
  // term («В срок, предусмотренный инструкцией по применению», a plan's cell, https://khakassia-gov.ru/doc/20404 — corpus-real-241; it was
  // `unparsed`): a term a document provides for is fixed by it like a term it sets; with the document only («срок, предусмотренный для
  // сдачи» stays unread, pinned)
  `в [<прил-мн>] установленн*|указанн*|определенн*|предусмотренн* в|во [<слова>] ${FIXING_DOCUMENT_P} срок|сроки`,
  `в установленн*|указанн*|определенн*|предусмотренн* [<слова>] ${FIXING_DOCUMENT_T} срок|сроки`,
  // Round 212: «Важно! Доклад отправляют для дальнейшего рассмотрения и оценки результатов в органы государственной исполнительной власти в
  // установленный нормативными документами период времени.» (a page on a school's labour-protection commission,
  // https://p-obr.ru/plan-raboty-komissii-po-ohrane-truda.html — corpus-real-194; it was `unparsed`): a period that a document fixes, with
  // its agent between the participle and the noun, like round 84's «в установленный законом срок» and round 168's «в установленные
  // периоды» (which takes only adjectives between); «в период, установленный …» is read by the lines after «период» as before
  `в установленн*|указанн*|определенн* [<слова>] ${FIXING_DOCUMENT_T} период|периоды`,
  `в|во [<слова>] ${FIXING_DOCUMENT_P} устанавлива*|определя*|указыва*|установлен*|определен*|указан* срок|сроки|дата|даты`,
  // Round 139: «Хранение документов менее срока, установленного законодательством, не допускается.» (a records firm's page on the
  // destruction of documents, https://archivist.ru/products/unichtozhenie-dokumentov) and «Для начала отметим основные моменты: сроки
  // хранения, указанные в перечне (утв. приказом Росархива от 20.12.2019 № 236, далее – перечень № 236), обязательны для всех, …» (an
  // accountants' news page on storing personnel files, https://biznesinalogi.ru/lenta/post/55907 — corpus-real-127; they were
  // `unparsed`): the participle of setting after the noun of the term, with the document that sets it after the participle, like «в
  // срок, установленный приказом» and round 84's «Срок исполнения, указанный в предписании, …» opening a cell — the term itself
  // («срок / сроки …, указанные в …»), or the term a comparison measures against («менее / не позднее / сверх срока, установленного
  // …»). Only with a fixing document, so «срок, установленный для сдачи» stays unread; not the genitive after other words, so the
  // expiry of a term stays the event it waits for («по истечении / после истечения срока, установленного законодательством», round 82)
  // and «в течение срока, установленного …» stays open-ended work
  `срок|сроки [<слова>] установленн*|указанн*|определенн*|предусмотренн* [<слова>] ${FIXING_DOCUMENT_T}`,
  `срок|сроки [<слова>] установленн*|указанн*|определенн*|предусмотренн* в|во [<слова>] ${FIXING_DOCUMENT_P}`,
  // Round 282: «6.6.1. Передача документов в архив органа осуществляется в срок, установленный руководителем органа или уполномоченным
  // им лицом.» (a city's instruction on record-keeping, https://docs.cntd.ru/document/446689560/titles/29NEERH — corpus-real-243; it was
  // `unparsed`): the participle of setting after the noun of the term with who sets it right after the participle, in the instrumental
  // («руководителем / директором / комиссией / администрацией …», round 147's authorities), like «в срок, установленный приказом» and
  // like the same words opening a cell (`SCHEDULE_START`); only the term itself («срок / сроки»), so «в течение срока, установленного
  // руководителем» stays open-ended work and «по истечении срока, установленного …» the event (round 139)
  `срок|сроки [<слова>] установленн*|указанн*|определенн* [<прил-т>] ${AUTHORITY_T}`,
  `менее|более|меньше|больше|позднее|позже|ранее|раньше|дольше|сверх срока|сроков [<слова>] установленн*|указанн*|определенн* [<слова>] ${FIXING_DOCUMENT_T}`,
  `менее|более|меньше|больше|позднее|позже|ранее|раньше|дольше|сверх срока|сроков [<слова>] установленн*|указанн*|определенн* в|во [<слова>] ${FIXING_DOCUMENT_P}`,
];

/** Round 135: the short participles of setting («определены», «установлен», «утверждена»), not the verbal nouns «определения», «утверждения». */
const SHORT_PARTICIPLES = 'определен|определена|определено|определены|установлен|установлена|установлено|установлены|утвержден|утверждена|утверждено|утверждены';

export const SCHEDULE_ANYWHERE: readonly string[] = [
  // Round 185: «Этот вопрос решается в индивидуальном порядке с руководителем учреждения.» (a Krasnoyarsk TV's news of kindergartens'
  // путёвки, https://gnkk.ru/news/v-krasnoyarske-nachinayut-vydavat-pute/ — corpus-real-171; it was `unparsed`): a verb of deciding or
  // setting right before «в индивидуальном порядке» inside a sentence sets the time per person, as the same words opening a cell do
  // (round 19's `DOCUMENT_PREPOSITIONAL`, read only at the start); «в порядке перевода» and other «в … порядке» stay unread
  'решается|решаются|решаться|определяется|определяются|устанавливается|устанавливаются|согласовывается|согласовываются|назначается|назначаются в индивидуальном порядке',
  // Round 177: «Следить за расписанием тренировок можно на сайте Поста № 1.» (a city TV's news of the cadets' guard of honour,
  // https://gnkk.ru/news/krasnoyarskiy-post-n-1-gotovit-pochetny — corpus-real-163; it was `unparsed`): a timetable or graph one is told
  // to follow — «следить / следите за [<прил>] расписанием | графиком» — holds the dates, as «по расписанию» does
  'следить|следите|следит|следят за [<прил-т>] расписанием|графиком|календарем',
  // Round 171: «Вопросы о сроках начала и окончания каникул находятся в компетенции руководства школ.» (a Dzen digest on the holidays of
  // the school year, https://dzen.ru/list/new-year/osennie-zimnie-vesennie-i-letnie-kanikuly — corpus-real-159; it was `unparsed`): the
  // dates' noun and, within a phrase after it, «в / к компетенции» of whoever sets them («Установление сроков каникул относится к
  // компетенции школы», «… сроков … не в компетенции …»), as «сроки определяет …» says who sets them
  'сроки|сроков|сроках|даты|дат|датах [<фраза>] в|во|к компетенци*',
  // Round 128: «Он также сказал, что время и место проведения сборов будет определять Минобороны РФ.» (https://rzn.aif.ru/society/
  // voennyy_komissar_serkez_prokommentiroval_ukaz_o_prizyve_na_voennye_sbory — corpus-real-116): the lines of `SCHEDULE_START` for «время
  // [и место] … определяет …» inside a sentence, after a lead-in clause, only with «проведения» («В это время мы определяем …» is no
  // time set); the reason starts at «время» / «место»
  'время проведения [<фраза>] определя*|устанавлива*|утвержда*|назнача*',
  'время и место проведения [<фраза>] определя*|устанавлива*|утвержда*|назнача*',
  'место и время проведения [<фраза>] определя*|устанавлива*|утвержда*|назнача*',
  // Round 91: «Директор приказом по Учреждению сроком на один год назначает секретаря Педагогического совета, …» (a school's page on its
  // pedagogical council, https://sh16-bratsk-r138.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/struktura-i-organy-upravleniya-obrazovatelnoy-organizatsiey/pedsovet
  // — corpus-real-80; it was `unparsed`): an order «по <организации>» inside a sentence names the order that sets it, like «Приказом по
  // школе» opening a cell (round 19, `DOCUMENT_INSTRUMENTAL`)
  'приказом|приказами|распоряжением по [детскому] школе|учреждению|лицею|гимназии|организации|колледжу|интернату|оу|оо|доу|моу|мбоу|мадоу|мбдоу|саду|центру',
  // Round 220: «5. Заведующий учебно-методическим кабинетом назначается приказом директора на учебный год.» (a college's положение on
  // its teaching-methods rooms, http://geum.ru/next/art-202388.php — corpus-real-200; it was `unparsed`): an order in the instrumental
  // with a bare «на учебный год» after it is the act that sets the thing for the year, as round 210 reads round 91's «… назначается
  // приказом по Учреждению на учебный год» — whoever issues it («директора», «руководителя колледжа»); round 98's «назначается приказом»
  // with no year after it stays unread, and «на текущий / 2022-2023 учебный год» is not this line
  'приказом|приказами|распоряжением|распоряжениями [<слова>] на учебный год',
  // При этом каждая школа имеет право устанавливать свой график отдыха для учеников …; … администрации школ имеют право
  // корректировать даты …; Однако, каждая школа имеет возможность корректировать график каникул, …
  // Round 72: Однако администрации учебных заведений имеют право сами корректировать даты. (a news page on the holiday calendar of a
  // ministry, https://ria24.today/news/osennie-kanikuly-2021-kogda-shkolniki-idut/10326622 — corpus-real-64): «сами / самостоятельно»
  // between «имеют право» and the verb, as «вправе самостоятельно …» (it was `unparsed`)
  'имеет|имеют право|возможность [сами|сама|само|самостоятельно] устанавлива*|определя*|корректир*|измен*|выбира*|утвержда* [<слова>] график*|даты|дату|сроки|расписани*',
  // Round 130: «Учебным заведениям необходимо самостоятельно выбрать даты в рамках определенного периода.» (a regional news site on the
  // ВПР of 2026, https://www.penzainform.ru/news/learning/2026/02/06/v_2026_godu_smestilis_sroki_provedeniya_vpr_v_shkolah.html) and
  // «Каждая школа сможет самостоятельно выбрать даты их проведения, …» (https://stolicaonego.ru/news/v-rosobrnadzore-nazvali-daty-provedenija-vpr-v-2026-uchebnom-godu/
  // — corpus-real-118; they were `unparsed`): «самостоятельно» and a perfective verb of choosing or setting — the infinitive after a word
  // of need or ability, or the future — with the dates, a day or a schedule right after it («… самостоятельно выберут / установят свой
  // график …»); only with those nouns, so «Школа вправе самостоятельно выбрать тему работы» stays unread, and «вправе …» before it
  // keeps round 27's reason (the leftmost phrase)
  'самостоятельно выбрать|выберет|выберут|определить|определит|установить|установит|установят|утвердить|утвердит|утвердят [свои|свой|свою|собственные|собственный] даты|дату|сроки|срок|день|дни|период|график|графики|расписание',
  // Round 27: … каждая школа в районах Воронежской области вправе самостоятельно определить дату проведения праздника.
  // (https://riavrn.ru/news/poslednij-zvonok-v-shkolah-voronezha-projdet-25-maya/) — «вправе» is «имеет право»
  'вправе [самостоятельно] устанавлива*|установить|определя*|определить|корректир*|измен*|выбира*|выбрать|утвержда*|утвердить|назнача*|назначить [<слова>] график*|даты|дату|сроки|расписани*',
  // Round 57: «Сроки и формы предоставления получателем субсидии дополнительной отчётности департамент вправе установить в договоре о
  // предоставлении субсидии.» (a region's rules of a subsidy, https://base.garant.ru/73496825/67c2a8d30625b9de7e93b635b19812ca —
  // corpus-real-52): the dates first, then who «вправе / может» set them (it was `unparsed`), like «вправе установить сроки»
  'сроки|срок|даты|дату|дата|график|графики|расписание [<фраза>] вправе|может|могут [самостоятельно] устанавлива*|установить|определя*|определить|утвержда*|утвердить|назнача*|назначить|изменя*|изменить',
  // Round 135: «Для работников, работающих у работодателей – религиозных организаций, сроки предупреждения об увольнении определяются
  // трудовым договором (ч. 2 ст. 347 ТрК РФ).» (a labour-law explainer on staff cuts, https://samoychiteli.ru/document35347.html —
  // corpus-real-123; it was `unparsed`): the dates' noun after a lead-in, a passive verb of setting and the document that sets them in
  // the instrumental («сроки … определяются трудовым договором / устанавливаются коллективным договором / определены приказом»), like
  // «сроки определяет …» opening a cell; only with a document, so «сроки … определяются заранее» inside a sentence stays unread, and
  // only the short participles, so the verbal noun of «с даты утверждения приказом директора» is no verb of setting
  `сроки|срок|даты|дата [<фраза>] определя*|устанавлива*|утвержда*|регламентиру*|${SHORT_PARTICIPLES} [<слова>] ${FIXING_DOCUMENT_T}`,
  // Round 147: «Перечень документов, предоставляемых гражданином, подавшим заявление о назначении его опекуном или попечителем, сроки
  // предоставления таких документов определяются Правительством Российской Федерации.» (a page on the rights and duties of guardians,
  // https://gist.github.com/235881f18ff007d6674ca688686dff36 — corpus-real-135; it was `unparsed`): the same passive of setting with the
  // authority that sets the dates in the instrumental right after it («определяются Правительством / министерством / уполномоченным
  // органом / комиссией»), like «Сроки проведения определяются министерством» opening a cell; only the plural «сроки / даты» (a single
  // «срок обучения определяется …» may be a length, not a day) and only the authority right after the verb, an adjective before it
  `сроки|даты [<фраза>] определя*|устанавлива*|утвержда*|${SHORT_PARTICIPLES} [<прил-т>] ${AUTHORITY_T}`,
  // Round 139: «В законе также закрепляется порядок взаимодействия структур: будет определен формат и сроки передачи информации, а также
  // перечень обязательных сведений о ребенке и его статусе.» (news of a bill on the data of children out of school,
  // https://news.mail.ru/society/69586217/ — corpus-real-127; it was `unparsed`): the future of a short participle of setting before the
  // dates («будет определен / будут установлены … сроки / дата / график») says someone will set them, like «Конкретные сроки каникул будут
  // установлены …» with the dates first; only the future («были определены сроки» reports what is done) and only the short participles
  `будет|будут ${SHORT_PARTICIPLES} [<слова>] сроки|срок|даты|дата|дату|график|графики|расписание`,
  // Продолжительность и периодичность каникул устанавливается календарным учебным графиком, … (set by a document)
  // На основании заявки формируется график тестирования, и определяется место тестирования по нормативам. (a schedule made later)
  'формиру*|составля*|формир*|составл* график|графики|расписание',
  // Round 45: «Школы могут сами составить график проведения проверочных работ в рамках этого интервала.» (news on the autumn ВПР,
  // https://sarov24.ru/obschestvo/11753-vserossijskie-proverochnye-raboty-projdut-s-14-sentjabrja-po-12-oktjabrja.html —
  // corpus-real-41): the perfective verb of drawing up a schedule, like «составляет график»
  'составить|составит|составят|сформировать|сформирует|сформируют [свой|свои|собственный] график|графики|расписание',
  // … and the schedule first: «График проведения работ составляет школа.»
  'график|графики|расписание [<слова>] составля*|составит|составят|составлен*|формиру*|сформирует|сформируют|сформирован*',
  // … and a day that someone sets inside a sentence: «Задания выполняются Участниками … в день, установленный Оргкомитетом, на
  // специальном бланке заданий.» (https://gist.github.com/79dfcb2fea2ba41203820dbdd211dbff)
  'в день|дни|дату|даты <установленный>',
  // Round 144: «Работодатель обязан платить зарплату в установленные дни, даже если в отдельные периоды промежуток между начислениями
  // длиннее 15 дней.» (a Dzen page on the days of paying wages, https://dzen.ru/a/Y06mBTY432OHjgll — corpus-real-132; it was `event`,
  // the «если» clause): the participle before the day, «в установленные дни / в установленный день», is the day the pay rules or a
  // contract fix, like «в установленные сроки»
  'в установленн* день|дни|дату|даты',
  // Round 168: «Профилактические медицинские осмотры несовершеннолетних проводятся в установленные возрастные периоды в целях …» (a
  // page on children's medical examinations, https://telefon-registratury.ru/article-medosmotry-detei.html — corpus-real-156; it was
  // `unparsed`): a period that someone fixes, with or without an adjective of its kind between, like «в установленные сроки»
  'в установленн* [<прил-мн>] период|периоды',
  // … and with the event's noun between (round 141): «… в день приема, установленный графиком.»
  'в день|дни <слова> установленн*|определенн*|назначенн*|утвержденн*|указанн*',
  // В каждом образовательном учреждении утвержден свой график... (each sets a schedule of its own)
  'утвержд*|установл*|устанавлива*|определя* свой|своя|свое|свои|собственн*|отдельн*|индивидуальн* график*|расписани*',
  // Round 37: 4. Режим занятий в Центре регулируется расписанием занятий кружков, и других объединений, утверждаемым директором.
  // (https://muklen.edu.yar.ru//raspisanie_zanyatiy.html): «регулируется» a document, like «регламентируется»
  'устанавлива*|определя*|утвержда*|регламентиру*|регулиру* [<слова>] графиком|приказом|планом|расписанием|положением|распоряжением|календарем',
  // Round 98: Индивидуальное обучение больных детей на дому организуется приказом директора школы. (a school's rules of teaching at home,
  // http://dosatuy.ru/dokument/indobuh.html — corpus-real-86): the order that organises or introduces the work sets its dates, like
  // «утверждается приказом» (it was `unparsed`); «назначается / создается приказом» (a person appointed, a body set up) are not read, nor
  // «оформляется приказом» (corpus-real-31: «Исключение … оформляется приказом директора Школы по решению Педагогического Совета …» stays
  // the council's decision, an event: the order only records it)
  'организу*|организовыва*|организован*|вводи*|вводя*|введен* [<слова>] приказом|приказами|распоряжением|распоряжениями',
  // Round 95: Порядок зачисления в 10-й класс регламентируется Постановлением Министерства образования Республики Беларусь от
  // 17.08.2022 № 269 «О приеме лиц для получения общего среднего образования в гимназиях, средних школах». (a school's page on the
  // intake into the X class, https://school39mog.by/?page_id=1963 — corpus-real-84; it was `unparsed`, the act's date a label): a
  // resolution, rules or an instruction set the dates as an order or a regulation does; not «законом» (round 37: «Работа регулируется
  // законом» names no document of dates)
  'устанавлива*|определя*|утвержда*|регламентиру*|регулиру* [<слова>] постановлением|постановлениями|правилами|инструкцией',
  // Round 55: Предварительная заявка (в электронном виде) должна быть подана в оргкомитет соревнований, срок предоставления
  // регламентируется в Положении. (the rules of a sport, https://lawnotes.ru/npa/_pravila-vida-sporta-_kudo_-(utv.-prikazom-minsporta-rossii-ot-27.12.2024-n-1353)/razdel-v/statya-19
  // — corpus-real-50): the document in the prepositional after «в / во» names who sets the dates like the instrumental
  // («регламентируется Положением»): «определяется в приказе», «устанавливаются в плане работы», «указываются в графике», and the
  // short participles «регламентирован / установлены / предусмотрены в Положении»
  // Round 180: «ПРИКАЗ от 22 декабря 2014 года N 1601 О продолжительности рабочего времени … и о порядке определения учебной нагрузки
  // педагогических работников, оговариваемой в трудовом договоре.» (an answer on teachers' hours quoting the ministry's order,
  // https://lawyersocial.net/question/19210541 — corpus-real-166; it was `schedule`): a long present participle of these verbs
  // («оговариваемой», «устанавливаемых», «определяемые») describes the noun before it — the contract sets the load, not a date —
  // so it names no schedule (`<глагол-установки>`); the finite verbs and the short participles read as before
  '<глагол-установки> в|во [<слова>] положении|приказе|плане|графике|расписании|распоряжении|календаре|регламенте|договоре|уставе|положениях|приказах|планах|графиках',
  // Round 83: «К фактическому выполнению своих трудовых функций работник должен приступить с того дня, который закреплён в тексте
  // подписанного трудового договора.» (an explainer on the first day of work, https://radissonsochi.ru/tag/mozhno-li-oformlyat-trudovoy-dogovor-ranshe-sroka
  // — corpus-real-72; it was `unparsed`): a day fixed («закреплён», «оговорён») in a contract or an act, or in its text («в тексте …
  // договора»), or by it («оговорён трудовым договором»), is set by that document like «с даты, указанной в трудовом договоре»; not
  // «… со дня подписания … либо со дня, установленного коллективным договором» (an event first, as before)
  // Round 88: «2.4.2. Сроки прохождения отдельных административных процедур (действий), необходимых для предоставления государственной
  // услуги, указаны в разделе 3 Регламента.» (a region's administrative regulation of a guardianship service,
  // https://docs.cntd.ru/document/561542841/titles/M7U98B — corpus-real-77; it was `unparsed`): the dates stated in a part of a document
  // — a section, an item, an appendix, a chapter, a table — are set by it, like «указываются в графике»
  'сроки|срок|даты|дата [<фраза>] указан*|установлен*|определен*|приведен*|предусмотрен*|перечислен* в|во [<слова>] разделе|подразделе|пункте|подпункте|приложении|приложениях|главе|таблице|статье|разделах|подразделах|пунктах|подпунктах|главах|таблицах|статьях',
  // Round 176: «22. Сроки выполнения конкретных административных процедур указаны в соответствующих подразделах раздела III
  // административного регламента.» (a region's regulation of guardianship payments, https://base.garant.ru/16396652/5cb260c13bb77991855d9c76f8d1d4c8
  // — corpus-real-162; it was `unparsed`): the parts of a document in the plural hold the dates as one part does
  'закреплен*|закрепля*|оговорен* в|во [<слова>] положении|приказе|договоре|соглашении|контракте|уставе',
  // Round 181: «Порядок, форма и сроки наставнической деятельности должны быть обозначены в трудовом договоре или в дополнительном
  // соглашении к нему.» (a news site on the law on mentoring at work, https://amp.tsargrad.tv/news/vladimir-putin-podpisal-zakon-odoplate-zanastavnichestvo-narabote_1080292
  // — corpus-real-167; it was `unparsed`): what is marked or written down («обозначен», «прописан», «обозначается», «прописывается») in a
  // contract, an order or a regulation is set by it, like «закреплён / оговорён в договоре»
  'обозначен*|обознача*|прописан*|прописыва* в|во [<слова>] положении|приказе|договоре|соглашении|контракте|уставе',
  'закреплен*|закрепля*|установлен*|определен*|указан*|предусмотрен*|оговорен* в|во тексте [<слова>] договора|приказа|положения|соглашения|контракта',
  'закреплен*|оговорен* [<слова>] договором|соглашением|контрактом',
  // Round 28: - Проведение оценочных процедур регламентировано ОУ и соотнесено с утвержденным графиком (fitted to a schedule)
  'соотнес*|соотнос* [<слова>] графиком|планом|расписанием|календарем',
  // Round 28: … на основании локального акта учреждения и приказа руководителя, в которых определяются кандидатуры подшефных,
  // наставников, сроки наставничества, график отчетности. (the verb of setting first, the dates after it, in a list or not)
  'определя*|устанавлива*|утвержда* [<слова>] сроки|даты|дату|график|графики|расписание',
  // Round 181: «В трудовом договоре или отдельном документе прописывают сроки, содержание и форму такой работы.» (a news page on the law
  // against forcing staff into mentoring, https://woman.rambler.ru/love/54768871-zakon-zapreschaet-prinuzhdat-sotrudnikov-k-nastavnichestvu/
  // — corpus-real-167; it was `unparsed`): a verb of writing down or marking the dates before them («прописывают / прописать / обозначить
  // сроки») is someone setting them in a document, like «определяются … сроки»
  'прописыва*|прописат*|пропишут|пропишет|обознача*|обозначит*|обозначат [<слова>] сроки|даты|дату|график|графики|расписание',
  // Round 33: Университет сам назначает даты сдачи академической задолженности. (a verb of appointing, like «определяет», before
  // the dates; https://bluskalux.ru/finansovye-spory/8169-chto-takoe-akademicheskaya-zadolzhennost.html)
  'назнача*|назначит|назначат [<слова>] сроки|срок|даты|дату|график|графики|расписание',
  // Round 90: «Даты проведения финалов едины для всех городов, конкретное место и время проведения финалов публикуют вузы-организаторы
  // на своих страничках.» (a university olympiad's news, http://www.unn.ru/bibn/news/24-12-2024 — corpus-real-79): the time or the dates
  // of an event that someone publishes, announces or posts are set by them, like «назначает даты» (it was `unparsed`); only the dates'
  // nouns with «проведения / начала / старта / подачи …» after them, so «В это время публикуются результаты» stays as it was
  'время|даты|дату|дата|сроки|срок|график|графики|расписание проведения|начала|старта|подачи|приема|приёма|сдачи [<слова>] публику*|опубликуют|опубликует|объявля*|объявят|объявит|сообща*|сообщат|сообщит|размеща*|разместят|разместит|доводят|доведут|доводится|доводятся|доведет',
  // Round 39: 2.5. Школа определяет режим урочной и внеурочной деятельности, специально организованной в рамках бюджетных средств,
  // самостоятельно с учетом рекомендаций СП 2.4.3648-20 … (a school's положение on внеурочная деятельность,
  // https://novsch34.rostovschool.ru/file/card?id=2630): who sets the regime (the days and hours of work) on its own sets the dates,
  // like «Их устанавливает каждое учебное заведение самостоятельно»; the words between may be a long qualified noun phrase
  'определя*|устанавлива*|утвержда* режим [<фраза>] самостоятельно',
  'режим [<слова>] определя*|устанавлива*|утвержда* [<слова>] самостоятельно', // Режим работы школы определяется самостоятельно (the passive)
  // Round 227: «Режим работы комиссии во время избирательной кампании устанавливается отдельным решением комиссии.» (a district TIK's
  // page of its hours, https://ikso.org/tik/site/rezhevskoy_rayon/o_komissii/rezhim_raboti_komissii — corpus-real-206; it was `unparsed`):
  // a regime that a decision sets — «решением» in the instrumental after the passive verb, with «отдельным / особым / соответствующим»
  // before it or not — lives in that decision, as the regime set «самостоятельно» does (round 19's documents in the instrumental —
  // «Режим занятий устанавливается приказом директора» → «устанавливается приказом директора» — read as before)
  'режим [<слова>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден* [отдельн*|особ*|соответствующ*] решением', // … устанавливается отдельным решением комиссии.
  // … их размер и частота начисления определяются работодателем в одностороннем порядке, …
  'частота|периодичность|продолжительность [<слова>] определя*|устанавлива*|утвержда*',
  // Round 92: «- осуществляет корректную работу в ЛК в ФИС ОКО по сбору данных и систематизации информации в соответствии с
  // установленными на федеральном уровне сроками;» (a regional order on ВПР and the ФИС ОКО,
  // https://www.consultant.ru/document/cons_doc_LAW_456558/86be1f7eafccd65139496c2ba515c90565867a74/ — corpus-real-82; it was
  // `unparsed`): words between the participle of setting and «сроками / сроки / графиком / порядком» after «в соответствии с /
  // согласно», as «в соответствии с установленными сроками» with none between (who sets them: «на федеральном уровне»,
  // «Рособрнадзором», «приказом министерства»)
  'в соответствии с|со установленн*|определенн*|утвержденн*|указанн* <слова> сроками|графиком|порядком|расписанием',
  'согласно установленн*|определенн*|утвержденн*|указанн* <слова> срокам|графику|порядку|расписанию',
  // Round 92: «Уточним, дата и программа всекузбасского съезда школьных директоров еще неизвестна.» (a regional news site on a congress
  // of school heads, https://vse42.ru/amp/news/29574921 — corpus-real-82; it was `unparsed`): a date, dates or a time said to be not yet
  // known or not yet set («еще неизвестна», «пока не определены», «не утверждены») will be made known later, like round 67's «станут
  // известны позднее»
  'время|дата|даты|сроки|срок|график|расписание [<фраза>] [еще|пока] неизвестн*|неизвестен',
  'время|дата|даты|сроки|срок|график|расписание [<фраза>] [еще|пока] не известн*|известен|определен*|установлен*|назначен*|утвержден*|объявлен*',
  'в установленный|определенный срок', // 2. Неспособность ликвидировать задолженность в установленный срок (12 месяцев).
  // Round 84: «69. Организация, которой было выдано предписание, должна исполнить его в установленный в предписании срок и представить
  // … отчет …» (Rosobrnadzor's regulation of control, https://consultant.ru/document/cons_doc_LAW_284756/06633d3b59bfe819c3ae991a86a16069d1afe770),
  // «… все обращения были проверены в установленные законом сроки.» (a district office's report on обращения граждан,
  // https://izmrono1.ucoz.ru/index/2017_god/0-197) and «В указанном предписании устанавливается срок его исполнения, который не может
  // превышать шести месяцев.» (https://readboom.net/see/5996196-licenzirovanie-obrazovatelnoy-deyatelnosti-s?page=7 — corpus-real-73):
  // a deadline set in a document or by one, with the document between the participle and «срок» or before the verb of setting it,
  // like «в установленный срок» (they were `unparsed`)
  ...FIXING_TERMS,
  // Round 99: «2.1.Директор Школы издает приказ о порядке, сроках проведения самообследования и составе комиссии по проведению
  // самообследования (далее Комиссии).» (a school's положение on self-examination, https://ovaya.dagestanschool.ru/file/card?id=6667 —
  // corpus-real-87; it was `unparsed`): an order, a decree or an instruction issued «о … сроках …» sets those dates, like «решение о
  // сроках … принимается» (round 35); the dates may follow other items of the order («о порядке, сроках …»)
  'изда* приказ|распоряжение|постановление о|об [<слова>] сроках|сроке',
  // Окончательное решение о том, когда и сколько дней будут отдыхать ученики, остаётся за педсоветом …; Окончательное решение – за школами.
  'решение [<фраза>] остается|остаются|- за',
  // Round 35: Решение о переносе или отмене каникул принимается непосредственно школой. (https://24sibinfo.ru/news/achinsk/v-achinske-otmenyayut-kanikulyi-iz-za-moroznoj-nedeli):
  // who takes the decision on the dates, like «решение … остается за»; only a decision «о …» (on something), not «решение
  // принимается большинством голосов»
  // Round 59: Решение о сроках завершения осенне-зимнего периода принимается областными, районными и городскими исполнительными
  // комитетами, когда температура на улице в течение трех суток подряд составляет + 8 градусов и выше. (a district newspaper on the end
  // of the heating season, https://mazyr.by/2019/04/kogda-v-mozyre-otklyuchat-otoplenie — corpus-real-53): the plural «решения … принимают»,
  // and the verb first («… принимают решение о сроках …»); a compound word with a hyphen («осенне-зимнего») is one word of <слова>
  // Round 140: «Окончательное решение о дате перехода на дистанционную работу примут главы этих регионов.» (corpus-real-126's known
  // miss, https://ulpressa.ru/2020/10/05/%D1%81%D0%BC%D0%B8-%D1%83%D0%BB%D1%8C%D1%8F%D0%BD%D0%BE%D0%B2%D1%81%D0%BA%D0%B8%D1%85-%D1%88%D0%BA%D0%BE%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA%D0%BE%D0%B2-%D0%B8%D0%B7-%D0%B7%D0%B0-%D1%80%D0%BE%D1%81%D1%82): the future «примет / примут»
  // after the decision's object, as before it
  'решение|решения о|об <слова> принима*|принят*|примет|примут',
  // Round 140: «Вместе с тем каждый муниципалитет принимает решение о начале отопительного сезона самостоятельно.» (a national news site
  // on the heating season, https://news.mail.ru/society/68045904/ — corpus-real-128; it was `unparsed`): a decision on the start or the
  // end of something («о начале / окончании / завершении …») fixes its day, like a decision «о сроках / о дате». Only a finite verb: «в
  // день принятия решения о завершении проекта» is the day of that decision, an event (corpus-real-52)
  'принима*|принят*|примет|примут решение|решения о|об сроках|сроке|датах|дате',
  'принимает|принимают|принимается|принимаются|примет|примут|принял|приняла|приняли|принято решение|решения о|об начале|окончании|завершении',
  // Четких правил о периодичности собраний не существует: это внутреннее дело школы, которое должно оставаться на усмотрение
  // учителей и администрации …
  'на|по усмотрени*',
  // Round 212: «1. Повышение квалификации областных государственных служащих осуществляется на плановой основе.» (a regional law on the
  // civil service, https://base.garant.ru/21612137/701a1de667fce1210ea0f662d697a3d3 — corpus-real-194; it was `unparsed`): «на плановой
  // основе», and «в плановом порядке» inside a sentence («Проверки проводятся в плановом порядке.»), say that a plan holds the dates,
  // like «по плану» and round 28's «на основе годового планирования»; round 21 read «в плановом порядке» opening a cell already
  // (`DOCUMENT_PREPOSITIONAL`). «на регулярной / постоянной основе» stay open-ended work, «в порядке перевода» unread
  'на плановой основе',
  'в плановом порядке',
  // Round 143: «- награждение победителей пройдёт индивидуально.» (a town's notice of a contest of toys for the street fir tree,
  // https://zavrayadm.ru/news/70778.html — corpus-real-131; it was `unparsed`): what takes place «индивидуально» inside a sentence —
  // after a verb of taking place («пройдёт / проходит / проводится / состоится / осуществляется / организуется») — is set for each
  // person, like «индивидуально» alone (round 19)
  '[будет|будут] пройд*|проход*|провод*|состоит*|состоят*|осуществля*|организу* индивидуально',
  // Round 86: «1. Бюджетная смета казенного учреждения составляется, утверждается и ведется в порядке, определенном главным
  // распорядителем бюджетных средств, …» (article 221 of the Budget Code in a district's rules,
  // https://base.garant.ru/36732762/c01a212d22eae22b06d988f681a14f39 — corpus-real-75): the procedure, and with it the dates, that
  // someone sets — «в порядке, установленном / определенном / утвержденном …» after a verb of drawing up, approving, keeping, submitting,
  // transferring or holding — like «в порядке и сроки, установленные …» (it was `unparsed`); «в порядке, установленном приказом» alone
  // names no dates (round 31's pin); at the start «в установленном законом порядке» was read already (`DOCUMENT_PREPOSITIONAL`)
  'составля*|утвержда*|вед*|представля*|направля*|перечисля*|формиру*|проводи* [<слова>] в порядке <установленный>',
  // Round 60: 19. Основанием для начала подготовки к проведению проверки является распоряжение (приказ) управления о ее проведении. (a
  // district's regulation of municipal control, https://docs.cntd.ru/document/499104599/titles/2RD66ME — corpus-real-54): the trigger
  // clause of an administrative procedure names a document as what starts it — an order, a decree, a plan or a schedule sets the day
  // (it was `unparsed`). Any other trigger (an application, a receipt, the end of another procedure) is an event (`EVENT_ANYWHERE`).
  '[юридическ*] основанием|основание|фактом [являющ*] [основанием] для начала <слова> является|являются|служит|служат [утвержденн*|ежегодн*|годов*|соответствующ*] распоряжени*|приказ*|постановлени*|план|планы|график*|распорядительн*',
];
