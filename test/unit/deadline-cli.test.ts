import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline, type Deadline, type DeadlineContext } from '../../src/lib/deadline';
import { runDeadlineCli } from '../helpers/deadline-cli';

const FIXTURES = new URL('../fixtures/deadlines/', import.meta.url);
const CAL_ARGS = ['--year', '2021', '--period', '2021-01-01..2021-12-31'];
const CAL: DeadlineContext = { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI with `args` on `input`, its output as text. */
async function cli(args: string[], input: string | Buffer): Promise<Run> {
  const run = await runDeadlineCli(args, input);
  return { ...run, stdout: run.stdout.toString('utf8') };
}

const jsonLines = (stdout: string): Deadline[] => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Deadline);

const SEED = [
  'До 15.02.2021', 'До 15.02. 2021', 'До 01.03.2021', 'В течение года', 'октябрь-ноябрь 2021', 'По графику ОО',
  'август 2021 ноябрь 2021 декабрь 2021 март 2022', 'В соответствии с графиком ДОБО', '11.02.-19.02.2021', 'по графику ОО',
  '22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021', '09.06.2021- 11.06.2021', 'По итогам работ', 'По плану ВШК',
  'До 25.12.2021', 'ежемесячно до 28 числа',
];

describe('deadlines CLI', { timeout: 30_000 }, () => {
  it('prints one JSON object per seed line, in order, exactly as parseDeadline', async () => {
    const run = await cli(CAL_ARGS, SEED.join('\n') + '\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(SEED.length);
    SEED.forEach((text, i) => {
      expect(lines[i]).toBe(JSON.stringify(parseDeadline(text, CAL)));
    });
    expect(jsonLines(run.stdout)[0]).toEqual({ text: 'До 15.02.2021', kind: 'by', start: null, due: '2021-02-15', dates: [], every: null, day: null, reason: null });
  });

  it('keeps order and count over many lines, with CRLF, a BOM, blank lines and no final newline', async () => {
    const texts = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? '' : `${SEED[i % SEED.length]} #${i}`));
    const input = '\ufeff' + texts.join('\r\n');
    const run = await cli(CAL_ARGS, input);
    expect(run.code).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out.map((d) => d.text)).toEqual(texts);
    expect(out[7]).toMatchObject({ text: '', kind: 'unparsed', reason: 'срок не указан' });
  });

  it('escapes text and reasons as JSON.stringify does', async () => {
    const texts = ['по графику "Школы №1" \\ ОО', 'до 15.02.2021 \u0001\u001f', 'По итогам «работ»\u2028', '\t', 'по плану «ВШК»\u0007'];
    const run = await cli(CAL_ARGS, texts.join('\n'));
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(texts.map((t) => JSON.stringify(parseDeadline(t, CAL))));
  });

  it('reads dates without a year in the given context', async () => {
    const run = await cli(['--year=2022'], 'до 15 марта\nсентябрь\n');
    expect(jsonLines(run.stdout).map((d) => d.due)).toEqual(['2022-03-15', '2022-09-30']);
    const none = await cli([], 'до 15 марта\n');
    expect(jsonLines(none.stdout)[0]).toMatchObject({ kind: 'unparsed' });
  });

  it.each([
    [['--year', '21'], /--year: ожидается год из четырёх цифр/],
    [['--period', '2021-01-01'], /--period: ожидается начало\.\.конец/],
    [['--period', '2021-12-31..2021-01-01'], /--period/],
    [['--period=2021-02-30..2021-12-31'], /--period/],
    [['--yaer', '2021'], /неизвестный параметр «--yaer»/],
    [['--year'], /после --year нужно значение/],
  ])('rejects bad arguments %j with exit code 2 and a Russian message', async (args, message) => {
    const run = await cli(args, '');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('prints usage for --help', async () => {
    const run = await cli(['--help'], '');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Использование: npm run --silent deadlines/);
  });
});

/** Contexts named in the fixture's fourth column. */
const CONTEXTS: Record<string, string[]> = {
  '': CAL_ARGS,
  school: ['--year', '2021', '--period', '2021-09-01..2022-08-31'],
  year: ['--year', '2021'],
  none: [],
};

interface Row {
  text: string;
  kind: string;
  due: string | null;
  context: string;
  /** Where a real cell was copied from (real corpora only). */
  source: string;
}

function readCorpus(name: string): Row[] {
  return readFileSync(new URL(name, FIXTURES), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('#'))
    .map((l) => {
      const [text = '', kind = '', due = '', context = '', source = ''] = l.split('\t');
      return { text, kind, due: due === '-' ? null : due, context, source };
    });
}

/** Runs a corpus through the CLI, one run per context; returns the rows it got wrong. */
async function score(rows: Row[]): Promise<{ total: number; wrong: string[] }> {
  const wrong: string[] = [];
  for (const [name, args] of Object.entries(CONTEXTS)) {
    const group = rows.filter((r) => r.context === name);
    if (group.length === 0) continue;
    const run = await cli(args, group.map((r) => r.text).join('\n') + '\n');
    expect(run.code).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(group.length); // no line lost, none crashed
    group.forEach((r, i) => {
      const d = out[i]!;
      expect(d.text).toBe(r.text);
      if (d.kind !== r.kind || d.due !== r.due) wrong.push(`${JSON.stringify(r.text)} [${name || 'calendar'}]: want ${r.kind} ${r.due}, got ${d.kind} ${d.due}`);
    });
  }
  return { total: rows.length, wrong };
}

/**
 * The only rows each fixture may still get wrong. The accuracy floors allow a row or two; this list makes any other miss
 * a failure, so a change cannot trade a fixed row for a broken one unseen (round 7 once broke two corpus-extra rows under
 * its 95 % floor).
 */
const KNOWN_MISSES: Readonly<Record<string, readonly string[]>> = {
  // corpus-real-171's first-run misses (103 of 113 first, 107 on the four labels changed to the README's reading); its header gives each
  // miss's class
  'corpus-real-171.tsv': [
    'Я думаю, что до конца августа еще порядка 100−150 человек подойдут, заявления напишут.',
    'Первое заявление было подано в 00.05 18 марта в Норильске — девочку записали в школу № 20.',
    'Дымова Н.В., заместитель директора по УВР довела до сведения родителей график подготовительных занятий для будущих первоклассников.',
    'С принятием этого постановления утратили силу аналогичные документы, действовавшие в 2025 году.',
    'Этот вопрос решается в индивидуальном порядке с руководителем учреждения.',
    '2 апреля общеобразовательные учреждения начинают прием заявлений на обучение детей в первых классах 2012-2013 учебного года.',
  ],
  // corpus-real-168's first-run misses not fixed in round 182 (58 of 69 first, 62 on the four labels changed to the README's reading,
  // 68 after round 182); its header and the README's «Round 182» give the miss's class and why it is left
  'corpus-real-168.tsv': [
    'С 16 октября социально-психологическое тестирование пройдут образовательные организации муниципальных районов, 23-24 октября- образовательные организации города Пензы, с 25 октября – профессиональные образовательные организации и организации высшего образования.',
  ],
  // corpus-real-162's first-run misses not fixed in round 176 (52 of 66 first, 55 on the three labels changed to the README's reading,
  // 62 after round 176); its header and the README's «Round 176» give each miss's class and why it is left
  'corpus-real-162.tsv': [
    'Срок действия - пять лет, после чего требуется обновление.',
    'Размер ежегодной выплаты составляет 3 тысячи рублей, денежные средства полагаются на каждого обучающегося и предоставляются одному из родителей.',
    'В преддверии нового учебного года в Пензенском регионе продолжается акция «Собери ребенка в школу».',
    '23. Ежемесячная денежная выплата на содержание детей, находящихся под опекой (попечительством), осуществляется со дня установления опеки (попечительства) и до дня прекращения опеки (попечительства) по основаниям, предусмотренным федеральным законодательством.',
  ],
  // corpus-real-170's first-run miss not fixed in round 184 (100 of 107 first, 102 on the three labels changed to the README's reading,
  // 106 after round 184); its header and the README's «Round 184» give the miss's class and why it is left
  'corpus-real-170.tsv': [
    'Напоминаю, что меню , например, на 04.10.2023 должно быть загружено в папку food накануне, т.е. 03.10.2023 до 18.00 часов.',
  ],
  // corpus-real-166's first-run misses not fixed in round 180 (60 of 71 first, 64 on the four labels changed to the README's reading, 70
  // after round 180); its header and the README's «Round 180» give the miss's class and why it is left
  'corpus-real-166.tsv': [
    'Которые предоставляются учителям в среднем составляют от 28 до 48 рабочих дней в году в зависимости от трудового стажа.',
  ],
  // corpus-real-163's first-run misses not fixed in round 177 (108 of 118 first, 112 on the four labels changed to the README's reading,
  // 116 after round 177); its header and the README's «Round 177» give each miss's class and why it is left
  'corpus-real-163.tsv': [
    'Смоленск, 9 августа. Международная «Вахта Памяти» стартует завтра в Ельнинском районе Смоленской области.',
    'В понедельник, 6 апреля, президент РФ Владимир Путин примет участие в открытии всероссийской акции «Вахта памяти – 2015» в Старой Руссе Новгородской области.',
  ],
  // corpus-real-159's first-run misses not fixed in round 171 (92 of 108 first, 96 on the four labels changed to the README's reading,
  // 102 after round 171); its header and the README's «Round 171» give each miss's class and why it is left
  'corpus-real-159.tsv': [
    'Первое сентября выпадает на воскресенье, поэтому занятия начнутся в понедельник, 2 сентября.',
    'Режим работы учреждения : 12 часовое пребывание с 07-до 19 часов',
    'В среду, 20 октября, Владимир Путин подписал указ, устанавливающий нерабочие дни с 30 октября по 7 ноября включительно с сохранением за работниками заработной платы.',
    'Рекомендации по датам отдыха устанавливает Министерство образования и науки.',
    'Пред новым учебным годом в школах разрабатывают график каникул на осень, зиму и весну.',
    'При триместровой системе учебный год делится на три равных периода обучения, каждый из них продолжается примерно 10–11 недель.',
  ],
  // corpus-real-154's first-run misses not fixed in round 166 (92 of 110 first, 97 on the five labels changed to the README's reading,
  // 105 after round 166); its header and the README's «Round 166» give each miss's class and why it is left
  'corpus-real-154.tsv': [
    '№ 99 от 31.03.2022 г. "О создании Центра образования естественно-научной и технологической направленностей «Точка роста» в 2022 году "',
    'Положение о дополнительном образовании воспитанников МАДОУ № 43 от 31.08.2020г.',
    '1.10. Программа составляется педагогическим работником дошкольного образовательного учреждения.',
    'Муниципальному образованию нужно, с одной стороны, обеспечить охват дополнительным образованием детей с 5 до 18 лет, и это, к слову сказать, регламентировано Указом президента Российской Федерации от 7 мая 2012 года – к 2020 году вовлечь 70-75% детей в возрасте от 5 до 18 лет в занятия по дополнительным образовательным программам.',
    'ПЛАН МЕРОПРИЯТИЙ ПО РЕАЛИЗАЦИИ КОНЦЕПЦИИ РАЗВИТИЯ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ ДО 2030 ГОДА, УТВЕРЖДЕННОЙ РАСПОРЯЖЕНИЕМ ПРАВИТЕЛЬСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ ОТ 31.03.2022 N 678-Р, НА ТЕРРИТОРИИ СВЕРДЛОВСКОЙ ОБЛАСТИ НА 2022 - 2024 ГОДЫ',
  ],
  // corpus-real-133's first-run misses not fixed in round 145 (91 of 96 first, 94 after round 145); its header gives each miss's class
  // and the README's «Round 145» why it is left
  'corpus-real-133.tsv': [
    'В последний зимний месяц также состоится отборочный этап.',
    '11:52, 29 июня 2023 29',
  ],
  // corpus-real-136's first-run misses not fixed in round 148 (87 of 92 first, 88 on the one label changed to the README's reading, 90
  // after round 148); its header gives each miss's class and the README's «Round 148» why it is left
  'corpus-real-136.tsv': [
    'Сегодня, 21 сентября, в Тюмени состоится торжественная церемония открытия финала Всероссийского конкурса «Учитель года России» 2022 года.',
    'В Ростовской области выберут лучших учителей До 6 февраля продолжается формирование экспертной комиссии, которая в рамках приоритетного национального проекта «Образование» определит лучших учителей области в 2012 году.',
  ],
  // corpus-real-137's first-run misses not fixed in round 149 (133 of 142 first, 134 on the one label changed to the README's reading, 140
  // after round 149); its header gives each miss's class and the README's «Round 149» why it is left
  'corpus-real-137.tsv': [
    'Важно понимать, что средства не могут быть пополнены самостоятельно, не могут быть сняты наличными, не могут быть переведены на другой счет, а также не переносятся на следующий год.',
    'Все девять дней "АртКаникул" будет открыт фестивальный клуб.',
  ],
  // corpus-real-149's first-run misses not fixed in round 160 (109 of 118 first, 112 on the three labels changed to the README's reading,
  // 116 after round 160); its header and the README's «Round 160» give each miss's class and why it is left
  'corpus-real-149.tsv': [
    'Сегодня в России в среднем в год проводится около 70 олимпиад различных масштабов и уровней.',
    'Началом современного олимпиадного движения в России принято считать олимпиаду по математике в 1934 году, организованную Ленинградским университетом.',
  ],
  // corpus-real-161's first-run misses not fixed in round 175 (90 of 102 first, 93 on the three labels changed to the README's reading,
  // 99 after round 175); its header and the README's «Round 175» give each miss's class and why it is left
  'corpus-real-161.tsv': [
    'Предполагается, что подразделение по делам несовершеннолетних Лабытнангского ОВД в тесном контакте с Комиссией по делам несовершеннолетних и защите их прав осуществит операцию в три этапа: июньская «Игла» - этап предупреждения распространения алкоголизма и наркомании в подростковой среде; Июльское «Лето - детям» - проверка занятости детей, состоящих на учете, а в августе пройдет этап «Семья», посвященный выявлению и постановке на учет неблагополучных семей.',
    'С 1 октября на территории региона начали действовать правила комендантского часа на зимний период для несовершеннолетних.',
    'Департамент здравоохранения города Москвы направляет Протокол N 01-10 заседания Московской городской межведомственной комиссии по делам несовершеннолетних и защите их прав от 22.04.2010 г. и поручает до 01.06.2010 г. довести данный Протокол до подведомственных лечебно-профилактических учреждений, а также до 01.07.2010 г. разобрать с сотрудниками на врачебно-сестринских конференциях.',
  ],
  // corpus-real-160's first-run misses not fixed in round 172 (108 of 116 first, 111 on the three labels changed to the README's reading,
  // 114 after round 172); its header and the README's «Round 172» give each miss's class and why it is left
  'corpus-real-160.tsv': [
    '«Пользование WhatsApp* в образовательных организациях региона на текущий момент никто не ограничивал», — говорится в письме ведомства.',
    'На первом этапе его подготовки, за 2-3 месяца до начала нового года (октябрь – ноябрь), проверяется ход реализации плана текущего года, выясняются его достоинства и недостатки, выясняются изменения в деятельности библиотеки в истекшем году, намечаются предложения для плана наступающего года.',
  ],
  // corpus-real-147's first-run misses not fixed in round 158 (81 of 92 first, 86 on the five labels changed to the README's reading, 89
  // after round 158); its header and the README's «Round 158» give each miss's class and why it is left
  'corpus-real-147.tsv': [
    '3. Составление индивидуального плана работы по ликвидации пробелов в знаниях отстающего ученика на текущую четверть',
    'Утверждено и введено в действие приказом № 01-12-121 от «26» мая 2023 г.',
    'На первом этапе проект «500 » затронет около 250 школ более чем в 20 российских регионах.',
  ],
  // corpus-real-151's first-run misses not fixed in round 162 (85 of 95 first, 89 on the four labels changed to the README's reading, 91
  // after round 162); its header and the README's «Round 162» give each miss's class and why it is left
  'corpus-real-151.tsv': [
    'В соответствии с планом МУ "УДО Грозненского муниципального района" и на основании приказа начальника МУ "УДО Грозненского муниципального района" Р.У. Зуруева N 12-од от 02.04.2021г. "О проведении мониторинга МБДОУ".',
    'приказом от 17.04.2019 г №01-07/159',
    '«Принято» Решение педагогического совета № 4 от «30» мая 2022 г.',
    '26 мая в детском саду прошел педагогический совет, на котором были подведены итоги работы педагогического коллектива за 2020- 2021 учебный год, утвержден план работы на летний оздоровительный период, обсуждался проект Программы воспитания СП.',
  ],
  // corpus-real-158's first-run misses not fixed in round 170 (93 of 102 first, 95 on the two labels changed to the README's reading, 99
  // after round 170); its header and the README's «Round 170» give each miss's class and why it is left
  'corpus-real-158.tsv': [
    'Приказ №____от __01. 09__2013г',
    '02.09. – 07.09.2024 1 сентября – День Знаний Первое воскресенье сентября – День белорусской письменности 05 сентября – Международный день благотворительности',
    'Приказ № 0109 -1от 01.09.2025',
  ],
  // corpus-real-153's first-run misses not fixed in round 164 (69 of 79 first, 71 on the two labels changed to the README's reading, 75
  // after round 164); its header and the README's «Round 164» give each miss's class and why it is left
  'corpus-real-153.tsv': [
    '2. С введением указанной в п. 1 настоящего Постановления Инструкции признать утратившим силу Постановление Госкомстата России от 17.11.98 N 114.',
    'номер и дата выпуска: 107_30.09.2010г.',
    '5. Дата, время передачи сообщения, фамилия, должность лица, подписавшего и передавшего сообщение.',
    'четвертные - отметки, выставляемые учителем в классный журнал и дневник по итогам учебной четверти в 2-х-9-х классах.',
  ],
  // corpus-real-157's first-run misses not fixed in round 169 (72 of 87 first, 74 on the three labels changed to the README's reading, 81
  // after round 169); its header and the README's «Round 169» give each miss's class and why it is left
  'corpus-real-157.tsv': [
    'В преддверии 1 сентября в селе Заветном прошла ежегодная августовская педагогическая конференция, участие в которой приняли работники сферы образования со всего Заветинского района.',
    '1.О выполнении плана работы управления образования в 2008 году, о плане работы на 2009 год, о согласовании публичного доклада управления образования об итогах работы за 2008 год.',
    '№ 90-РМ от 27 марта 2003 года',
    'В рамках совещания были подведены итоги деятельности образовательных организаций в 2022 году и утверждены планы работы на 2023 год.',
    'Журналистов городских независимых медийных изданий на августовские конференции в Камышине, как, впрочем, и на другие открытые встречи в муниципалитете, не приглашают уже много лет.',
    'Управление образования и науки разработало график проведения таких отчетов: http://www.vsisumy.com/news/gorod/rukovoditeli-uchebnykh-zavedenii-otchitayutsya-pered-roditelyami-i-kollegami',
  ],
  // corpus-real-156's first-run misses not fixed in round 168 (82 of 97 first, 87 on the six labels changed to the README's reading, 95
  // after round 168); its header and the README's «Round 168» give each miss's class and why it is left
  'corpus-real-156.tsv': [
    'Вакцинация детей детского сада осуществляется медицинским персоналом в соответствии с Национальный календарь прививок',
    'п.5.7. Дети, направленные на консультацию в противотуберкулезный диспансер, родители или законные представители которых не представили в течении 1 месяца с момента постановки пробы Манту заключение фтизиатра об отсутствии заболевания туберкулезом, не допускаются в детские организации.',
  ],
  // corpus-real-148's first-run misses not fixed in round 159 (129 of 141 first, 135 on the six labels changed to the README's reading,
  // 138 after round 159); its header gives each miss's class and the README's «Round 159» why it is left
  'corpus-real-148.tsv': [
    '17 мая 2023, 16:45 | Общество 16',
    '16 мая в целях контроля за своевременной подготовкой и созданием безопасных условий пребывания детей в загородных оздоровительных учреждениях перед началом летней оздоровительной кампании 2023 года в Унечском районе прошла комиссионная приёмка детского оздоровительного лагеря «Ручеёк».',
    'В нашей школе такой лагерь существует давно, три первых недели лета дети приходят сюда.',
  ],
  // corpus-real-145's first-run misses, each the only row of its class (66 of 70 first, 68 on the two labels changed to the README's
  // reading; round 157 took only classes with more than one miss and adds no rule); its header gives each miss's class
  'corpus-real-145.tsv': [
    'В 4-8, классах ВПР будут проводиться с 11.04.2025 по 16.05.2025.',
    'В 2024 году Всероссийские проверочные работы проводятся в 4-8 и 11 классах образовательных организаций по отдельным предметам согласно приказу министерства образования и спорта республики Карелия от 31.01.20024 №105.',
  ],
  // corpus-real-150's first-run miss not fixed in round 161 (74 of 82 first, 77 on the three labels changed to the README's reading, 81
  // after round 161); its header and the README's «Round 161» give its class and why it is left
  'corpus-real-150.tsv': [
    '18 мая 2022 года в 4-х классах состоялось родительское собрание, на котором родители были проинформированы о введении обновленных ФГОС НОО и ООО в 1, 5 классах с 01.09.2022.',
  ],
  // corpus-real-140's first-run misses not fixed in round 152 (79 of 94 first, 81 on the two labels changed to the README's reading, 88
  // after round 152); its header and the README's «Round 152» give each miss's class and why it is left
  'corpus-real-140.tsv': [
    'досрочный и основной период',
    'В соответствии с Порядком проведения государственной итоговой аттестации по образовательным программам среднего общего образования, утвержденным приказом Министерства образования и науки Российской Федерации от 04.04.2023 № 223/552 (далее — Порядок), установлены следующие сроки проведения итогового сочинения (изложения) в 2025/2026 учебном году: 3 декабря 2025 года (основная дата написания итогового сочинения (изложения); 4 февраля 2026 года (дополнительная дата написания итогового сочинения (изложения); 8 апреля 2026 года (дополнительная дата написания итогового сочинения (изложения).',
    'для участия 05.02.2026г. - до 22.01.2026г.,',
    'для участия 09.04.2026г. - до 26.03.2026г.',
    'К экзаменационной кампании начали готовиться на Кубани, сообщает 14 апреля пресс-служба администрации региона.',
    'Она состоится 15 декабря, ее участниками станут учителя, желающие поддержать девятиклассников, которым предстоит сдать экзамен в 2022 году.',
  ],
  // corpus-real-142's first-run misses not fixed in round 154 (59 of 67 first, 62 on the three labels changed to the README's reading,
  // 65 after round 154); its header gives each miss's class and the README's «Round 154» why it is left
  'corpus-real-142.tsv': [
    '❗️В г. Артем капремонт в Детском саду №33 планируется начать в 2026 году, а в 2027 — детсад №18.',
    'Президент России Дмитрий Медведев поручил к ноябрю разработать комплекс мероприятий, направленных на формирование позитивного образа учителя в общественном сознании и подготовить решение об объявлении в РФ 2010 г. Годом учителя, передает Радио "Маяк".',
  ],
  // corpus-real-138's first-run misses not fixed in round 150 (63 of 74 first, no label changed, 72 after round 150); its header gives
  // each miss's class and the README's «Round 150» why it is left
  'corpus-real-138.tsv': [
    '1.3            Если учитель по уважительной причине не может провести урок в соответствии с основным расписанием, то он обязан заранее известить об этом администрацию (зам. директора по учебной работе).',
    '1.7. Режим работы по пятидневной или шестидневной неделе определяется ОУ самостоятельно.',
  ],
  // corpus-real-132's first-run misses not fixed in round 144 (88 of 96 first, 89 on the one label changed to the README's reading, 93
  // after round 144); its header gives each miss's class and the README's «Round 144» why it is left
  'corpus-real-132.tsv': [
    'На основании Послания Президента Федеральному Собранию от 15 января 2020 года с 1 сентября 2020 года вводится доплата классным руководителям в размере не менее 5 тысяч рублей за счет средств федерального бюджета.',
    '2.1.Размер премии определяется приказом руководителя образовательного учреждения, который издается на основании решения премиальной комиссии.',
    'В документе предлагается законодательно закрепить ежегодную единовременную выплату всем педагогическим работникам, включая сотрудников сферы дополнительного образования, в размере одного базового оклада к 1 сентября.',
  ],
  // corpus-real-128's first-run misses not fixed in round 140 (89 of 115 first, 98 on the ten labels changed to the README's reading, 107
  // after round 140); its header gives each miss's class and the README's «Round 140» why it is left
  'corpus-real-128.tsv': [
    'Район получил документ о готовности всех систем к отопительному сезону на месяц раньше установленного правительством Удмуртии срока – 15 ноября.',
    'Отопительный сезон в разных регионах РФ стартует в разное время в зависимости от природно-климатических условий.',
    'В соответствии с положениями п.5 Правил предоставления коммунальных услуг №354: «Отопительный период должен начинаться не позднее и заканчиваться не ранее дня, следующего за днем окончания 5‑дневного периода, в течение которого соответственно среднесуточная температура наружного воздуха ниже 8 градусов Цельсия или […]',
    'Согласно приказу Роспотребнадзора «Об обеспечении надзора за условиями отдыха и оздоровления детей и подростков в 2006 году» специалисты Центра гигиены и эпидемиологии Москвы и его филиалов в административных округах обследуют места, где ученики проведут свои каникулы.',
    '6 августа т.г. началась приемка общеобразовательных школ к новому учебному году.',
    'На территории Усольского района расположены 17 образовательных и дошкольных объектов, в которых после окончания выпускных экзаменов и закрытия детских оздоровительных площадок, началась подготовка к новому учебному году.',
    'Классный руководитель сегодня написал, что в школу мы 23 числа идем, буквально что “департамент запретил не учиться, все идем!”',
    'А почему бы социальные объекты – школы, сады, больницы – не оставить с отоплением до 10-15 мая?',
  ],
  // corpus-real-129's first-run miss not fixed in round 141 (71 of 84 first, 75 on the four labels changed to the README's reading, 83
  // after round 141); its header gives the miss's class and the README's «Round 141» why it is left
  'corpus-real-129.tsv': [
    'Причем на каждого записавшегося отводится десять минут, в итоге, за три часа приема директор должен успеть принять 18 человек.',
  ],
  // corpus-real-127's first-run misses not fixed in round 139 (59 of 67 first, no label changed, 64 after round 139); its header gives
  // each miss's class and the README's «Round 139» why it is left
  'corpus-real-127.tsv': [
    'Устанавливают его нормативные акты – Перечни документов (типовые, ведомственные, специальные) с указанием сроков хранения.',
    'По действующему ФЗ от 22.10.2004 № 125-ФЗ бумаги по личному составу оставляют в архиве на 75 лет.',
    'Закон № 125-ФЗ устанавливает глобальное правило относительно сроков хранения документов по личному составу.',
  ],
  // corpus-real-126's first-run misses not fixed in round 138 (50 of 64 first, no label changed, 56 after round 138, 57 with round 133's
  // parser, which reads the bare view counter, 58 after round 140: «решение о дате … примут главы»); its header gives each miss's class and the README's «Round 138» why it is left
  'corpus-real-126.tsv': [
    '«Переход на традиционный формат обучения регулируется в зависимости от погодных условий», — пояснили в ведомстве, добавив, что такие меры принимаются для того, чтобы исключить риски, связанные с морозами и снегопадами.',
    'О переходе на дистанционку сообщат до 17:00 предыдущего дня.',
    'Донецк, 19 мар – ДАН. Дистанционное обучение в ДНР возобновляется с 23 марта.',
    'В связи с резким понижением температуры воздуха в ближайшие дни напоминаем вам, что занятия в общеобразовательных учреждениях отменяются при следующих неблагоприятных условиях:',
    'Для учеников 1–4-х классов начало учебного года перенесли на 11 сентября.',
    'Работа школы официально приостановлена на 90 дней постановлением Головинского суда города Москвы.',
  ],
  // corpus-real-123's first-run misses not fixed in round 135 (52 of 65 first, 54 on the three labels changed to the README's reading, 61
  // after round 135); its header gives each miss's class and the README's «Round 135» why it is left
  'corpus-real-123.tsv': [
    'Таким образом, зарплату за январь казанские учителя получат 11 февраля, сообщает официальный сайт мэрии Казани.',
    'Например, если учитель работал весь февраль, его зарплата должна быть выплачена до конца февраля.',
    'Ранее в Минфине республики обещали, что зарплату за июнь, которую получили не все учителя, и отпускные деньги будут выплачены до 28 июля.',
    'Зарегистрировало) 15.07,2022, регистрационный Ks 17597/22-970.',
  ],
  // corpus-real-116's first-run miss not fixed in round 128 (57 of 65 first, 59 on the two labels changed to the README's reading, 64
  // after round 128); its header gives its class and the README's «Round 128» why it is left
  'corpus-real-116.tsv': [
    'Статья 9. Первоначальная постановка граждан на воинский учет 1. Первоначальная постановка на воинский учет граждан мужского пола осуществляется в период с 1 января по 31 марта в год достижения ими возраста 17 лет комиссией по постановке граждан на воинский учет, создаваемой в районе, городе без районного деления или ином равном им муниципальном (административно-территориальном) образовании.',
  ],
  // corpus-real-118's first-run misses not fixed in round 130 (54 of 62 first, 56 on the two labels changed to the README's reading, 58
  // after round 130); its header gives each miss's class and the README's «Round 130» why it is left
  'corpus-real-118.tsv': [
    'При этом конкретные данные написания работ для школьников с пятого по девятый классы школы будут назначать самостоятельно, а расписание будет объявлено после согласования с региональными властями.',
    '2.6. Мероприятия стартовой диагностики включаются в единый график оценочных процедур школы.',
    'В апреле в России пройдут два международных исследования качества образования: PIRLS 2021 и PISA 2022 (апробационный этап).',
    'математика – 8 28 апреля 2021 года.',
  ],
  // corpus-real-125's first-run misses not fixed in round 137 (54 of 60 first, 56 on the two labels changed to the README's reading, 57
  // after round 137); its header gives each miss's class and the README's «Round 137» why it is left
  'corpus-real-125.tsv': [
    'Информируем Вас о том, что 31 мая 2023 года в соответствии приказом министерства образования и науки Самарской области от 1 октября 2015 года N 383-од завершается отчетный год реализации проектов профессиональных образовательных организаций, получивших статус «региональная инновационная площадка в сфере образования» (далее – РИП) в 2021 и 2022 годах.',
    'Поддержка детского и юношеского чтения (Конкурс 2018-03-01);',
    'Старт конкурса объявят в августе на сайте министерства образования и науки Мурманской области.',
  ],
  // corpus-real-122's first-run misses not fixed in round 134 (57 of 62 first, no label changed, 58 after round 134); its header gives
  // each miss's class and the README's «Round 134» why it is left
  'corpus-real-122.tsv': [
    '2.1.1. Вводный инструктаж по охране труда должен проводиться до начала работы со всеми вновь принимаемыми на постоянную работу, с временными работниками, с командированными, учащимися и студентами, прибывшими на производственное обучение или практику, независимо от их образования, стажа работы по данной профессии или должности.',
    'Плановая сезонная проверка началась в конце октября и продлится до Нового года.',
    'Периодичность обучения - три года.',
    'В 2023 году тема Всемирного дня охраны труда «Безопасная и здоровая среда — основополагающий принцип и право в сфере труда».',
  ],
  // corpus-real-120's first-run misses not fixed in round 132 (54 of 64 first, 56 on the two labels changed to the README's reading, 59
  // after round 132); its header gives each miss's class and the README's «Round 132» why it is left
  'corpus-real-120.tsv': [
    'Части родителей в пятницу, 7 февраля, уже выдали квитанцию, где в сумме значится плата и за январь, и за февраль.',
    'В связи с этим, до 25 декабря 2023 года Вам необходимо актуализировать свое заявление на 2024 год.',
    '2.7.Оплата за занятия, пропущенные по болезни в течение более двух недель, компенсируется строго при наличии ксерокопии медсправки в следующем месяце в размере 100%.',
    'Заказ питания для учеников начальной школы на период с 2 по 6 сентября должен быть осуществлён не позднее последних дней августа.',
    'Оплата месячного абонемента (или на более длительный период) осуществляется с 15 по 25 (включительно) число текущего месяца за следующий.',
  ],
  // corpus-real-121's first-run miss not fixed in round 133 (60 of 65 first, no label changed, 64 after round 133); its header gives its
  // class and the README's «Round 133» why it is left
  'corpus-real-121.tsv': [
    '2740 – именно такое количество граждан прошли подготовку в школах приемных родителей в 2021 году.',
  ],
  // corpus-real-124's first-run misses not fixed in round 136 (50 of 65 first, 53 on the three labels changed to the README's reading, 55
  // after round 136); its header gives each miss's class and the README's «Round 136» why it is left
  'corpus-real-124.tsv': [
    'Такой режим работы утверждён до особого распорядения.',
    'С 14 августа по 11 сентября кабинеты выдачи справок и направлений будут работать 7 дней в неделю: с 08:00 до 20:00 по будням и с 09:00 до 15:00 в выходные, сообщает агентство городских новостей "Москва" со ссылкой на пресс-службу столичного департамента здравоохранения.',
    'Организация обучения на дому регламентируется образовательной программой, включающей индивидуальный учебный план обучающегося на дому, рабочие программы по общеобразовательным предметам, годовым календарным графиком и расписанием занятий.',
    '- освидетельствование детей, которым осталось меньше шести месяцев до 18 лет, можно будет оформлять как для взрослых;',
    'Если терапия длится дольше 21 дня (при плановом лечении это известно заранее), родители могут написать заявление «на учебу».',
    'ИПРА инвалида разрабатывается на 1 год, 2 года или бессрочно, ИПРА ребенка-инвалида разрабатывается на 1 год, 2 года или до достижения возраста 18 лет.',
    'При отъезде выдаётся справка о прохождении обучения и оценочный лист, который предъявляется в школе по месту жительства.',
    'Приложение к Постановлению от 28.03.2008 г № 439 Перечень',
    '2. Панкардит (после выписки из стационаров или санатория дети нуждаются в индивидуальных занятиях в течение года и более).',
    'Центр начнет работать с 1 июня 2026 года на Пацаева, 15 (по этому же адресу расположено коррекционное отделение школы № 30).',
  ],
  // corpus-real-113's first-run misses not fixed in round 125 (58 of 65 first, 59 on the one label changed to the README's reading, 62
  // after round 125); its header gives each miss's class and the README's «Round 125» why it is left
  'corpus-real-113.tsv': [
    'Как правило праздничные концерты пройдут с 23 про 25 июня.',
    'В ведомстве также отметили, что для 9-х и 11-х классов окончание учебного года определяется образовательными организациями в соответствии с расписанием государственной итоговой аттестации.',
    'Ведомство рекомендует 24–25 мая как даты проведения в 2024 году в школах последних звонков, а выпускных вечеров 28–29 июня 2024 года».',
  ],
  // corpus-real-110's first-run misses not fixed in round 122 (59 of 65 first, 60 on the one label changed to the README's reading, 63
  // after round 122); its header gives their classes
  'corpus-real-110.tsv': [
    '17 мая – Международный день детского телефона доверия, который в текущем 2016 году проводится под девизом «Доверие родителей – помощь детям».',
    'К середине 2025 года в Госдуме ожидают рассмотрение первого в стране комплексного закона о профилактике школьной травли.',
  ],
  // corpus-real-112's first-run miss not fixed in round 124 (58 of 65 first, 59 on the one label changed to the README's reading, 64
  // after round 124); its header gives its class and the README's «Round 124» why it is left
  'corpus-real-112.tsv': [
    'Также до четвертого квартала 2020-го должна быть разработана стратегия развития детского туризма и отдыха до 2030 года, включающая меры по снижению стоимости услуг, сообщает РИА «Новости».',
  ],
  // corpus-real-114's first-run misses not fixed in round 126 (60 of 65 first, 61 on the one label changed to the README's reading, 63
  // after round 126); its header gives each miss's class and the README's «Round 126» why it is left
  'corpus-real-114.tsv': [
    '14 марта прошёл конкурс для воспитателей " Воспитатель года Чувашии-2023".',
    'В Севастополе стартовал региональный этап всероссийского конкурса профессионального мастерства «Воспитатель года – 2024».',
  ],
  // corpus-real-119's first-run miss not fixed in round 131 (63 of 65 first, no label changed, 64 after round 131); its header gives
  // its class and the README's «Round 131» why it is left
  'corpus-real-119.tsv': [
    'Thursday 5th of February 2026 12:15:47 PM',
  ],
  // corpus-real-108's first-run misses not fixed in round 120 (55 of 60 first, no label changed, 57 after round 120); its header gives
  // each miss's class and the README's «Round 120» why it is left
  'corpus-real-108.tsv': [
    'В конце триместра школьники могут проголосовать и сообщить, насколько вкусно их кормят.',
    '30 мая родительский патруль МАОУ ДС № 80 «Песенка», который работает в рамках реализации общественного проекта «Родители – За безопасное детство», вышел на патрулирование 6 квартала, по своему маршруту.',
    'Дата публикации: Feb 13, 2020 6:27:25 AM',
  ],
  // corpus-real-107's first-run misses not fixed in round 119 (57 of 65 first, 60 on the three labels changed to the README's reading, 62
  // after round 119); its header gives each miss's class and the README's «Round 119» why it is left
  'corpus-real-107.tsv': [
    'Программа стартовала в Подмосковье в прошлом году и привлекла в малые города и села региона 37 педагогов.',
    'Один день в неделю специально отдавался под посещение школы, а в вузовском расписании так и значилось: педпрактика.',
    'Как сообщил начальник городского управления образования Дмитрий Захаров, профильные классы педагогической направленности начнут работу на базе столичных школ №50 и 65 уже в сентябре.',
  ],
  // corpus-real-106's first-run misses not fixed in round 118 (57 of 65 first, no label changed, 61 after round 118); its header gives
  // each miss's class and the README's «Round 118» why it is left
  'corpus-real-106.tsv': [
    'Главная » 2019 » Декабрь » 10 » Пожарная эвакуация',
    'С 1 ноября 2022 года по 1 марта 2023 года проходит зимний период Всероссийской акции «Безопасность детства – 2022/2023»',
    'На календаре середина декабря, но можно ли с уверенностью сказать, что в Москве зима вступила в свои права?',
    'Перед мероприятиями. В начале декабря о пиротехнических изделиях и правилах обращения с ними.',
  ],
  // corpus-real-99's first-run misses not fixed in round 111 (59 of 65 first, the same on the one label changed to the README's reading,
  // 61 after round 111); its header gives each miss's class and the README's «Round 111» why it is left
  'corpus-real-99.tsv': [
    'Обычно в год проводится от одного до трех подобных мероприятий.',
    'Региональные этапы стартовали по всей стране: Чемпионат «Профессионалы» пройдет до конца марта, а Чемпионат высоких технологий – до конца апреля.',
    'Акция "День без турникетов" впервые прошла в 2012 году и вызвала такой интерес горожан, что московские власти решили проводить подобные "Дни открытых дверей" дважды в квартал.',
    '271021 4С целью знакомства учащихся с различными профессиями, развития живого интереса к многообразному миру профессий, формирования познавательного интереса к людям труда и их профессиям 26 октября в Юношеской библиотеке для учеников 7 А класса СОШ №7 прошел профориентационный час «Радуга профессий».',
  ],
  // corpus-real-105's first-run misses not fixed in round 117 (60 of 65 first, 61 on the one label changed to the README's reading, 64
  // after round 117); its header gives the miss's class and the README's «Round 117» why it is left
  'corpus-real-105.tsv': [
    '1. Региональные туры Конкурса, которые проводятся региональными отделениями Движения на основе единых регламентов и критериев в январемарте.',
  ],
  // corpus-real-104's first-run misses not fixed in round 116 (55 of 65 first, 61 on the six labels changed to the README's reading, 63
  // after round 116); its header gives each miss's class and why it is left
  'corpus-real-104.tsv': [
    '"Первые единые учебники для среднего общего образования должны быть созданы до 2026 года с целью их поэтапного введения в образовательный процесс с 1 сентября 2027 года.',
    'ГИА_9: изменяется Порядок проведения с 01.09.2023',
  ],
  // corpus-real-103's first-run misses not fixed in round 115 (58 of 65 first, 59 on the one label changed to the README's reading, 62
  // after round 115's three rules, 63 after round 144 read the glued Dzen date line); its header gives each miss's class and why it is left
  'corpus-real-103.tsv': [
    '5 октября в Русско-немецком культурном Центре начали работать образовательные проекты по субботам – Лицей русского языка «Пушкин» и Субботняя школа «Перспектива».',
    'Порядок тестирования детей мигрантов на знание русского языка утвердили в марте 2025 года, сам же экзамен начали проводить с апреля.',
  ],
  // corpus-real-102's first-run misses not fixed in round 114 (55 of 63 first, no label changed, 59 after round 114); its header gives
  // each miss's class and why it is left
  'corpus-real-102.tsv': [
    'Их проводят на основании разрабатываемых органами государственного контроля ежегодных планов.',
    '07.10.2021 19:04 43740',
    'Только с 5 по 15 сентября 2017 года, в начале учебного года, в организацию обратились 106 человек из 27 регионов страны.',
    'Свидетельство о государственной аккредитации от 12.05.2015 3 1579, серия 03 АО1 № 0001040; срок действия : до 12 мая',
  ],
  // corpus-real-101's first-run misses not fixed in round 113 (53 of 65 first, 55 on the two labels changed to the README's reading, 60
  // after round 113); its header gives each miss's class and why it is left
  'corpus-real-101.tsv': [
    '22 ноября 2023 года Президент Российской Федерации Владимир Путин подписал Указ, согласно которому 2024 год объявлен Годом семьи в целях популяризации государственной политики в сфере защиты семьи, сохранения традиционных семейных ценностей.',
    'Президент поручил Правительству за два месяца образовать организационный комитет, а также разработать и утвердить план основных мероприятий по проведению Года народного искусства и нематериального культурного наследия народов России.',
    'Однако президент России Владимир Путин уже поручил подготовить до 15 июня 2022 года документ о проведении В России в 2023 году Года педагога и наставника.',
    'К 15 ноября 2022 года правительство также должно предоставить согласованный план мероприятий по подготовке и проведению в 2023 году празднования 200-летия со дня рождения Константина Ушинского.',
    'Напомним, в конце декабря 2024 года глава государства на заседании Госсовета заявил, что 2025 год будет объявлен Годом защитника Отечества.',
  ],
  // corpus-real-100's first-run misses not fixed in round 112 (57 of 65 first, 59 on the two labels changed to the README's reading, 60
  // after round 112); its header gives each miss's class and why it is left
  'corpus-real-100.tsv': [
    'Там школьники вместе с учителями десять суббот в году ходят в музеи вместо занятий в классах.',
    'Май 05 2020',
    'Это уникальное представление, которое можно увидеть только один раз, в день премьеры, стало кульминацией их школьной жизни.',
    'Оформить «Пушкинскую карту» можно с 14 до 22 лет, то есть как только гражданин получает первый паспорт РФ, можно регистрироваться в программе.',
    'Только за прошлый год проведено более 320 мероприятий, которые посетили почти 6,5 тысяч человек.',
  ],
  // corpus-real-98's first-run misses not fixed in round 110 (57 of 65 first, 58 on the one label changed to the README's reading, 59
  // after round 110, 60 after round 149); its header gives each miss's class and why it is left
  'corpus-real-98.tsv': [
    'В регионе вновь продолжается реализация ежегодной программы трудоустройства несовершеннолетних',
    'Уже много лет главный девиз трудового лета - не количество, а качество.',
    'Летом у ребят начиналась пятая, трудовая, четверть.',
    '2.Выделение земельных участков школам для учебных целей проводится на основании решения исполнительного комитета.',
    'Летом пять дней в неделю по 4 часа работали ребята на полях производственной бригады.',
  ],
  // corpus-real-97's first-run misses not fixed in round 109 (56 of 65 first, 60 on the four labels changed to the README's reading, 61
  // after round 109); its header gives each miss's class and why it is left
  'corpus-real-97.tsv': [
    '«Тотальное путешествие пройдет через 11 оставшихся городов с 17 сентября по 7 октября.',
    'Накануне Дня народного единства, 3 ноября, в каждом регионе страны пройдет культурно-просветительская акция Большой этнографический диктант.',
    '«Диктант Победы» состоял из 25 заданий, которые необходимо было сделать за 45 минут.',
    '«Культурный марафон» — ежегодный всероссийский проект, который знакомит детей с культурой, — продлён до 15 декабря.',
  ],
  // corpus-real-93's first-run miss not fixed in round 105 (61 of 65 first, 64 after round 105); its header gives the miss's class and
  // why it is left
  'corpus-real-93.tsv': [
    'После подведения итогов победители школьного конкурса перейдут в следующий этап — региональный, который стартует 1 июня.',
  ],
  // corpus-real-96's first-run miss not fixed in round 108 (44 of 56 first, 49 on the five labels changed to the README's reading, 55
  // after round 108); its header gives the miss's class and why it is left
  'corpus-real-96.tsv': [
    'По факту в школах или на онлайн-платформах ежегодно сдаются промежуточные аттестации, хотя законом такой обязанности не предусмотрено.',
  ],
  // corpus-real-94's first-run misses not fixed in round 106 (51 of 65 first, 56 on the five labels changed to the README's reading, 60
  // after round 106); its header gives each miss's class and why it is left
  'corpus-real-94.tsv': [
    'В Ярославской области занятия в школах после зимних каникул начнутся по графику, 11 января.',
    'что карантин в школах города завершается, и с завтрашнего дня, 27 февраля, уроки возобновляются.',
    'Российские школьники по плану в понедельник, 25 октября, уйдут на каникулы, которые официально продлятся до 3 ноября.',
    'Также 17 марта был продлен до 22 марта карантин в средних образовательных учреждениях Сыктывкара — ограничения были введены еще 11 марта.',
    'А затем для учащихся начнутся дополнительные выходные, приуроченные к Дню народного единства, и учебный процесс возобновится только в понедельник, 8 ноября, уточняет ФАН.',
  ],
  // corpus-real-95's first-run miss not fixed in round 107 (56 of 59 first, 57 on the label changed to the README's reading, 58 after
  // round 107); its header gives the miss's class and why it is left
  'corpus-real-95.tsv': [
    'Голосование запустят в начале сентября.',
  ],
  // corpus-real-92's misses (57 of 65 first, 63 on the six labels changed to the README's reading); no round was made for them (the
  // helper's time was short), and its header gives each miss's class
  'corpus-real-92.tsv': [
    '«С 28 октября по 3 ноября в городе будут работать 10 дошкольных учреждений, дни с 4 по 7 ноября – общероссийские выходные.',
    'В ДО “Ромашка” принимаются дети в возрасте от 2 до 7 лет (возраст определяется по состоянию на 1 сентября текущего года).',
  ],
  // corpus-real-91's first-run miss not fixed in rounds 103 and 133 (56 of 62 first, 59 on the three labels changed to the README's
  // reading, 60 after round 103, 61 after round 133); its header gives the miss's class and why it is left
  'corpus-real-91.tsv': [
    'Движение автобусов осуществляется по утвержденным маршрутам и графикам.',
  ],
  // corpus-real-89's first-run miss not fixed in round 101 (52 of 62 first, 57 on the five labels changed to the README's reading, 59 on the
  // two more changed in round 101, 61 after round 101); its header gives the miss's class and why it is left
  'corpus-real-89.tsv': [
    'Двадцать третье августа станет единым днем проведения всероссийских ежегодных педагогических советов.',
  ],
  // corpus-real-88's first-run miss not fixed in round 100 nor 104 (52 of 58 first, 56 on the four labels changed to the README's reading,
  // the fourth in round 104; 57 after round 104); its header gives the miss's class and why it is left
  'corpus-real-88.tsv': [
    'Напомним: в конце июня Рособрнадзор снизил проходной балл по математике с 24 до 20, а по русскому языку с 36 до 24 баллов.',
  ],
  // corpus-real-86's first-run misses not fixed in rounds 98, 104 and 182 (49 of 65 first, 53 on the four labels changed to the README's
  // reading, 57 after round 98, 58 after round 104, 59 after round 182; the set's header gives each miss's class and why it is left)
  'corpus-real-86.tsv': [
    'не допускается в дошкольное учреждение с 11-21 день инкубационного периода',
    'В связи с тем, что в соответствии с действующим законодательством прием в 1 класс общеобразовательных учреждений начинается с 1 апреля, а медицинская карта по форме 026/у является обязательным документом при зачислении ребенка в школу, в том числе в 1 класс, Департамент образования города Москвы считает целесообразным и просит проводить ежегодную диспансеризацию будущих первоклассников в феврале месяце.',
    '3.2 II этап (2004-2005 годы): реализация основных обязательных противотуберкулёзных мероприятий, направленных на стабилизацию эпидемиологической обстановки по туберкулёзу в городе и развитие системы эпидемиологического мониторинга заболевания.',
    'Спортивные залы нужно мыть минимум два раза в день, а также проветривать в течение не менее 10 минут после каждого занятия.',
    'По итогам анализа эпидемического подъема заболеваемости гриппом и ОРВИ эпидемический рост заболеваемости в республике был зарегистрирован на 7-й неделе (с 26.02.2018 по 04.03.2018 г.).',
    'Приказ Министра здравоохранения Республики Казахстан от 5 июля 2022 года № ҚР ДСМ- 65. Зарегистрирован в Министерстве юстиции Республики Казахстан 8 июля 2022 года № 28747',
  ],
  // corpus-real-85's first-run misses not fixed in rounds 96 and 133 (63 of 80 first, 71 on the eight labels changed to the README's reading,
  // 77 after round 96, 78 after round 133); its header gives each miss's class and why it is left
  'corpus-real-85.tsv': [
    'Вторая смена начнёт работу с 1 июля, — сообщила и.о. заместителя главы администрации Первомайского округа, начальник отдела образования Татьяна Алымова.Вестник 68',
    'Учитывая, что 20 ноября в 2022 году выпадает на выходной день, Министром юстиции Российской Федерации был согласован перенос Всероссийского дня правовой помощи детям на 18 ноября 2022 года.',
  ],
  // corpus-real-83's first-run misses not fixed in round 94 (47 of 61 first, 50 on the three labels changed to the README's reading, 51 after round 94)
  // nor in round 97 (60 of 61 after it): its header gives the class, a date in words after «приказом от» with no number, which round 49
  // decided keeps its reading
  'corpus-real-83.tsv': [
    'В соответствии с приказом от 7 сентября 2023 г. в МБОУ «Карабай – Шемуршинская СОШ» провели объектовую тренировку по действиям работников и обучающихся при угрозе террористического акта.',
  ],
  // corpus-real-82's first-run miss not fixed in rounds 93 and 92 (50 of 57 first, 51 of 57 after round 93, 56 of 57 after round 92); its header
  // gives the miss's class and why it is left (its label goes against the README's round 43)
  'corpus-real-82.tsv': [
    'До конца года мы должны построить чуть больше 45 центров по всей стране, к 2024 году таких центров непрерывного повышения профессионального мастерства должно быть 225», — рассказала она.',
  ],
  // corpus-real-84's first-run misses not fixed in rounds 95 and 96 (46 of 59 first, 49 on the three labels changed to the README's
  // reading, 53 after round 95, 54 after the rebase on round 96); its header gives each miss's class
  'corpus-real-84.tsv': [
    'День открытых дверей в эту дату пройдет в 79 регионах России в рамках федерального проекта «Профессионалитет».',
    'В «Дни открытых дверей» стены нашего учебного заведения посетили 199 выпускников школ города и района.',
    'Запись на спортивно-оздоровительную секцию по плаванию для детей 7-12 лет началась 3 сентября и продлится три дня.',
    '«В прошлом году запись была более организованной, потому что она стартовала раньше начала учебного года – в конце августа.',
    'Единственное — между датой, когда вы забрали документы из школы, и уведомлением образовательных органов, должно быть не более 15 дней.',
  ],
  // corpus-real-77's first-run misses not fixed in round 88 (72 of 82 first, 76 after round 88, 77 after round 86 fixed its sixth);
  // its header gives each miss's class and why it is left
  'corpus-real-77.tsv': [
    '1 раз в год (август-сентябрь, февраль), или при поступлении',
    'Срок подачи на новый учебный год — в течение 3 месяцев до истечения одного года со дня назначения бесплатного питания.',
    'До 20 декабря 2022 года, далее ежегодно 2023-2024 годы',
    '15 May 2025',
    'Родители, чьи дети обучаются в выпускных классах 2021 учебного года, для получения данной выплаты должны подать заявление в первом полугодии 2021 года.',
  ],
  // corpus-real-79's first-run miss not fixed in round 90 (83 of 89 first, 88 of 89 after round 90); its header gives the miss's class and
  // why it is left
  'corpus-real-79.tsv': [
    'Таким образом, граждане выполнившие нормативы комплекса ГТО в 4 квартале 2023 года, и участники 1, 2, 6 ступеней, выполнившие нормативы ГТО в 3 квартале 2023 года, получат знаки к августу 2024 года.',
  ],
  // corpus-real-73's first-run misses not fixed in round 84 (52 of 63 first, 53 on the label changed to the README's reading, 61 after round
  // 84); its header gives each miss's class and why it is left
  'corpus-real-73.tsv': [
    'Исчисление пятилетнего срока начинается с 1 января года, следующего за годом участия в Конкурсе (постановление Правительства Российской Федерации от 29 декабря 2018 г. № 1739).',
    'Челябинск, Март 13 (Новый Регион, Анна Ванина) – В Челябинской области стартовал конкурс на получение грантов президента России.',
  ],
  // corpus-real-69's first-run misses not fixed in round 80 (66 of 77 first, 67 on the label changed to the README's reading, 72 after round
  // 80, 73 after round 105 fixed its years of birth); its header gives each miss's class and why it is left
  'corpus-real-69.tsv': [
    'В рамках реализации муниципального проекта «Преемственность: детский сад - школа» к ребятам средней группы «Веселый улей» в дни весенних каникул приходили выпускники прошлого учебного года.',
    'В рамках реализации муниципального проекта «Преемственность: детский сад и школа» и в преддверии Дня учителя, педагогами подготовительной группы «Фунтики» была организована встреча с учителем СОШ №54 Дмитриевой И.Г.',
    'Первый этап начнется со второй декады августа и продлится до сентября.',
    'На втором этапе (с 1 до 15 сентября 2015 года) социальные работники выявлять детей, которые с 1 сентября не начали обучение в школах и профессионально-технических учебных заведениях, высших учебных заведениях I-II уровня аккредитации.',
  ],
  // corpus-real-72's first-run misses not fixed in round 83 (59 of 67 first, 61 of 67 on the three labels changed to the README's reading,
  // 65 of 67 after round 83); its header gives each miss's class and why it is left
  'corpus-real-72.tsv': [
    'В текущем году в документе от 9 июля фиксируется цифра 2093,92 единицы.',
    'В конце мая 2020 года заканчивается действие квалификационной категории, срок прохождения аттестации назначен на апрель-май.',
  ],
  // corpus-real-70's first-run misses not fixed in round 81 (48 of 61 first, and on the label changed to round 78's reading; 46 of the 58 rows
  // kept after three rows of pages corpus-real-69 holds were dropped, 53 of 58 after round 81, 54 after round 91); its header gives each miss's class and why it is left
  'corpus-real-70.tsv': [
    'Когда дети и воспитатели смогут вернуться к обычному режиму, будет решать Роспотребнадзор.',
    '3.3 Педагогическая диагностика (оценка индивидуального развития) осуществляется через наблюдение, беседы, продукты детской деятельности, специальные диагностические ситуации, организуемые воспитателями всех возрастных групп один раз в конце учебного года.',
    '3. Заседания Комиссии проводятся в течениие всего календарного года.',
    'Занятия возобновят, когда дороги очистят от снега.',
  ],
  // corpus-real-66's first-run misses not fixed in round 77 (79 of 91 first, 87 after round 77); its header gives each miss's class and why it is left
  'corpus-real-66.tsv': [
    'При продлении срока до 25 ноября – оригинал документа об образовании должен быть представлен не позднее 20 ноября.',
    'Сами выборы состоятся после дня тишины в пятницу 25 октября на переменах, в этот день избирательная комиссия вручит избирателю бюллетень, чтобы отдать свой голос за своего кандидата.',
    'В Избирательной комиссии в течение первой предвыборной недели зарегистрировались четыре кандидата.',
    'АКТИРОВАННЫЕ ДНИ - это дни, в которые при неблагоприятных погодных условиях по усмотрению родителей (законных представителей) возможно не посещение учебных занятий обучающимися тех классов, которые обозначены в приказе директора.',
  ],
  // corpus-real-64's first-run misses not fixed in round 72 (51 of 64 first, 54 on the three labels changed to the README's reading, 60 after
  // round 72, 61 after round 73, 62 after round 76); its header gives each miss's class and why it is left
  'corpus-real-64.tsv': [
    '5. Основной формой работы муниципальной межведомственной комиссии являются совещания, которые проводятся не реже одного раза в месяц в период подготовки и приемки муниципальных общеобразовательных учреждений к началу нового учебного года (июнь-август).',
    'Однако, к концу мая ни один из центров не заработал, а всех зарегистрировавшихся весной на сдачу ЕГЭ школьников, готовили к отправке в Россию для сдачи экзаменов.',
  ],
  // corpus-real-61's first-run misses not fixed in round 67 (51 of 60 first, 57 after round 67); its header gives each miss's class and why it is left
  'corpus-real-61.tsv': [
    'Отметим, что в пришлого году в рамках акции было собрано более 13 тысяч килограмм макулатуры.',
    'Праздник был учрежден на 63-й сессии Генеральной Ассамблеи ООН в 2009 году и отмечается, начиная с 2010 года, 22 апреля.',
    'Напоминаем, что сбор начался только с началом учебного года, а продлится пилотный проект до мая 2021-го.',
  ],
  // corpus-real-51's first-run misses not fixed in round 56 (52 of 61 right first, 59 after round 56, 60 after round 141, which set aside
  // the repeat of «Если раньше …, то …»; its header gives each miss's class and why it is left)
  'corpus-real-51.tsv': [
    'Логопед: - 800 1400 - ежедневно',
  ],
  'corpus-real-3-heldout.tsv': ['в течение четырёх дней'],
  // corpus-real-12: the label (range) goes against the README («on» keeps a list of dates, «до 15.03.2021, до 15.09.2021» is
  // `on`); the parser's `on` 2021-10-01 has the labelled due. A held-out label is not changed (round 9 note).
  'corpus-real-12.tsv': [
    'Результаты экзамена от 17 сентября объявят не позднее 25 сентября, а итоги экзаменов 23 сентября — не позднее 1 октября.',
  ],
  // corpus-real-13's first-run misses not fixed in rounds 9–10 (its header and the README's round-10 section say why)
  'corpus-real-13.tsv': [
    'Классный руководитель ежедневно:',
    'В отличие от советских времен, когда каникулы для школьников страны начинались строго 24 марта, сейчас расписание дней отдыха устанавливает каждая школа самостоятельно.',
    'В управлении образования администрации города пояснили, что годовой календарный график предстоящих каникул утверждается в школах приказом директора еще в начале учебного года.',
  ],
  // corpus-real-14's first-run misses not fixed in round 10 (its header says why); «в течение трех дней с 25 марта» fixed in round 11
  'corpus-real-14.tsv': [
    'Задания для всех трех направлений будут открыты 25 февраля в 12:00 по московскому времени на сайте Олимпиады 28 февраля в 12:00 по московскому времени приём ответов будет завершён.',
  ],
  // corpus-real-15's first-run misses not fixed in round 10 (its header and the README say why); «6.4.За учебный год … не менее 4
  // заседаний» fixed in round 11
  'corpus-real-15.tsv': [
    'Стартуют испытания со сдачи иностранных языков - 25 и 26 мая.',
    'В соответствии с п. 1.4. Порядка комплектования воспитанниками государственных образовательных учреждений, реализующих образовательную программу дошкольного образования, находящихся в ведении администраций районов Санкт-Петербурга (далее – Порядок), утвержденного распоряжением Комитета по образованию от 31.01.2022 № 167-р, комплектование ДОО на 1 сентября 2025 года осуществляется с 01.02.2025г. по 30.06.2025г. с учетом даты постановки на учет и права на внеочередной, первоочередной или преимущественный приём ребёнка в ДОО.',
    '03 декабря 2025 года станут известны участникам не позднее 16 декабря 2025 года;',
    'Работы вместе с анкетой–заявкой (в формате. ipg с живыми подписями) (Приложение) и сопроводительным текстом (отдельным файлом в формате .doc), в электронном виде направляются в Оргкомитет Конкурса на электронную почту oekr2017@mail.ru до 30 ноября 2024 2023 года.',
  ],
  // corpus-real-16's first-run miss not fixed in round 11 (its header and the README say why)
  'corpus-real-16.tsv': [
    'В связи с установлением нерабочих дней с 4 по 7 мая Рособрнадзор передвинул дополнительный срок написания итогового сочинения: вместо 5 мая оно пройдёт 12-го числа.',
  ],
  // corpus-real-21's first-run misses not fixed in round 16 (40 of 50 right first, 47 after; its header and the README say why)
  'corpus-real-21.tsv': [
    '1. Извещение о проведении конкурса размещается в печатном источнике официального опубликования нормативных правовых актов Кабардино-Балкарской Республики, выходящем не реже одного раза в неделю, а также на официальном сайте Правительства Кабардино-Балкарской Республики не позднее 45 календарных дней до дня его проведения.',
    'Февраль 2021 г. (не реже одного раза в год)',
    'Материалы участников, поступившие в Оргкомитет позднее 2 декабря 2022 года, а также оформленные с нарушением требований к ним, рассматриваться не будут.',
  ],
  // corpus-real-22's first-run miss not fixed in round 20 (47 of 52 right first, 51 after; its header and the README say why)
  'corpus-real-22.tsv': [
    'В первом классе продолжительность урока 35 минут (сентябрь, октябрь, ноябрь, декабрь) и 40 минут (январь-май).',
  ],
  // corpus-real-24's first-run misses left after round 25 (43 of 49 right first, 44 after round 24, 48 after round 25: two fixed, two
  // relabelled because the README's decisions contradict them); the class of the one left is in its header
  'corpus-real-24.tsv': [
    'Сегодня в день Всемирной гражданской обороныбыла проведена учебная тренировка эвакуации детей младших,старших классов,детей миницентра при школе, а также всего персонала.',
  ],
  // corpus-real-25, -26, -27, -33 and -35: their known misses were all fixed in round 39 (their headers and the README say how)
  // corpus-real-34, -36, -37 and -38: their known misses were all fixed in round 43 (their headers and the README say how)
  // corpus-real-41, -42 and -43: their known misses were all fixed in round 48 (their headers and the README's «Round 48» say how)
  // corpus-real-44: its first-run misses were all fixed in round 49 (its header and the README's «Round 49» say how)
  // corpus-real-45's first-run misses not fixed in round 50 (66 of 81 right first, 68 on the two labels changed to the README's reading, 77
  // after; 78 after round 49, which landed later; the header and the README's «Round 50» name each with its class and why it is left)
  'corpus-real-45.tsv': [
    '1-й год обучения – 1 раз в неделю по два часа, 72 часа в год или 2 раза в неделю по два часа, 144 часа в год;',
    'Министерству просвещения дан месяц, чтобы определить регионы, в которых пройдет эксперимент и утвердить план его мероприятий.',
    'Утверждение состава рабочей группы по внедрению 1.1 целевой модели наставничества в 2020 г.',
  ],
  // corpus-real-46's first-run misses not fixed in round 51 (61 of 77 right first, 63 on the two labels changed to the README's reading, 76
  // after; the header and the README's «Round 51» name it with its class and why it is left)
  'corpus-real-46.tsv': [
    '2. Приказ от 26 марта 2019 года №698 «О реализации мероприятия 2.11 «Повышение качества образования в школах с низкими результатами обучения и в школах, функционирующих в неблагоприятных социальных условиях, путем реализации региональных проектов и распространение их результатов» государственной программы Новосибирской области «Развитие образования, создание условий для социализации детей и учащейся молодежи в Новосибирской области на 2015-2025 годы» в 2019 году»,',
  ],
  // corpus-real-47's first-run misses not fixed in round 52 (60 of 73 right first, 71 after, 72 after round 152; the header and the
  // README's «Round 52» name each with its class and why it is left)
  'corpus-real-47.tsv': [
    'В 2022-203 учебном году итоговое сочинение (изложение) как допуск к ГИА (госуда',
  ],
  // corpus-real-48: its first-run misses were all fixed in round 53 (its header and the README's «Round 53» say how)
  // corpus-real-49: its first-run misses were all fixed in round 54 (its header and the README's «Round 54» say how)
  // corpus-real-50's first-run misses not fixed in round 55 (62 of 69 right first, 64 on the two labels changed to the README's reading,
  // 68 after; the header and the README's «Round 55» say why this one is left)
  // corpus-real-52 and corpus-real-53: their last known misses were all fixed in round 59 (their headers and the README's «Round 59» say how)
  'corpus-real-50.tsv': [
    'Соревнования проходят в пять этапов: школьный (1 – 28 февраля), районный (1 – 15 марта), региональный (15 марта – 10 апреля), всероссийский (май) и суперфинал на Красной площади (июнь).',
  ],
  // corpus-real-55's first-run misses not fixed in round 61 (48 of 62 first on the labels as they stand, 61 after round 61; its header gives each miss's class and why it is left)
  'corpus-real-55.tsv': [
    'За два года по программе «Цифровая образовательная среда» свыше 120 образовательных организаций получили более четырех тысяч единиц компьютерной техники (ноутбуки, интерактивные комплексы, сканеры, принтеры и прочее).',
  ],
  // corpus-real-56's first-run misses not fixed in round 62 (49 of 63 first on the labels as they stand, 60 after round 62 and its parts 2-4; its header gives each miss's class and the README's «Round 62» why it is left)
  'corpus-real-56.tsv': [
    'Запись на Центральную психолого-медико-педагогическую комиссию (ПМПК) осуществляется при личном обращении родителей (законных представителей) в Центр по адресу: г. Курск, ул. Кирова, д.7, или по телефону 8(4712)51-14-75 в рабочий день с 10.00 до 17.00.',
    'В 2020 году завершен капитальный ремонт здания школы.',
    'Утверждено постановлением КДНиЗП № 4 от 29 мая 2013г.',
  ],
  // corpus-real-57's first-run misses not fixed in round 63 (48 of 60 first on the labels as they stand, 58 after round 63; its header gives each miss's class and the README's «Round 63» why it is left)
  'corpus-real-57.tsv': [
    'ПРИКАЗ. «09» января 2017г. с.п. Солнечный. № 20.',
    'С 1 января 2015 года руководители госучреждений и соискатели на эти должности будут предоставлять данные о своих доходах, имуществе и обязательствах имущественного характера, а также доходах и имуществе супруга (супруги) и несовершеннолетних детей по единой форме справки, утверждённой указом президента от 23 июня 2014 года.',
  ],
  // corpus-real-59's misses left after round 65 (59 of 62); its header gives each miss's class, the README's «Round 65» why it is left
  'corpus-real-59.tsv': [
    '— убран срок 2 года для получения высшей квалификационной категории после получения первой категории;',
    'Мониторинг по итогам проведения семинаров за 1 полугодие года',
    'Мне проходить аттестацию надо на следующий год, но учителя, которые проходили аттестацию в этом году сказали, что если пройдены курсы по ФГОС, то достаточно и 72 часов.',
  ],
  // corpus-real-152's first-run misses not fixed in round 163 (76 of 88 first, 79 on the four labels changed to the README's reading, 84
  // after round 163, 85 after round 162), each the only row of its class; its header and the README's «Round 163» give each miss's class
  // and why it is left
  'corpus-real-152.tsv': [
    '1.4.1. ИУП разрабатывается на учебный год (текущий ИУП) и должен содержать:',
    'Каждый будний день на три часа в удобное для родителей время 40 деток будут заниматься с педагогами и играть, а мамы – уделить время себе либо пообщаться друг с другом и психологами.',
    'Центр абилитации для помощи детям с ментальными нарушениями откроется в Иркутске в апреле 2018 года, сообщили ИА «БайкалПост» 1 февраля в пресс-центре газеты «Областная» со ссылкой на руководителя фонда «Наследие иркутских меценатов» Марину Кондрашову.',
  ],
};

describe.each([
  // file, what it is, fewest rows, lowest accuracy allowed
  ['corpus.tsv', 'written before the parser, mostly dates', 150, 1],
  ['corpus-extra.tsv', 'written after it', 150, 0.95],
  ['corpus-real.tsv', 'real cells with sources, tuning slice', 40, 0.98],
  ['corpus-real-heldout.tsv', 'real cells with sources, held out from tuning', 40, 0.98],
  ['corpus-real-2.tsv', 'second set of real cells, weighted to phrases, tuning slice', 60, 0.98],
  ['corpus-real-2-heldout.tsv', 'second set of real cells, weighted to phrases, held out from tuning (5 fixed rows moved to the tuning slice)', 50, 0.98],
  ['corpus-real-3.tsv', 'third set of real cells, weighted to phrases, tuning slice', 40, 0.98],
  ['corpus-real-3-heldout.tsv', 'third set of real cells, weighted to phrases, held out from tuning', 70, 0.95],
  ['corpus-real-4.tsv', 'fourth set of real cells from new sources, scored first on 78 of 87 before the parser was changed', 80, 0.98],
  ['corpus-real-5.tsv', 'fifth set of real cells, collected after the changes corpus-real-4 asked for, scored first on 35 of 37', 30, 0.98],
  ['corpus-real-6.tsv', 'sixth set of real cells from new sources, weighted to phrases, scored first on 58 of 67', 60, 0.98],
  ['corpus-real-7.tsv', 'seventh set of real cells, collected after the changes corpus-real-6 asked for, scored first on 46 of 49', 40, 0.98],
  ['corpus-real-8.tsv', 'eighth set of real cells from new sources, weighted to phrases, scored first on 78 of 81', 80, 0.98],
  ['corpus-real-9.tsv', 'ninth set of real cells, collected after the changes corpus-real-8 asked for, scored first on 48 of 52', 40, 0.98],
  ['corpus-real-10.tsv', 'tenth set of real cells from new sources, collected after the round-7 variant matrix and its fixes', 40, 0.98],
  ['corpus-real-11.tsv', 'eleventh set of real cells from new sources, scored first on 55 of 61', 60, 0.98],
  ['corpus-real-12.tsv', 'twelfth set of real cells from new sources, collected after round 8, scored first on 35 of 40; one miss left (known, its label goes against the README)', 40, 0.95],
  ['corpus-real-13.tsv', 'thirteenth set of real cells from new sources, weighted to repeats, authorities and events, collected after round 9, scored first on 31 of 43; three misses left (known) after round 10', 40, 0.9],
  ['corpus-real-14.tsv', 'fourteenth set of real cells from new sources, weighted to events, authorities, repeats and mixed cells, collected after round 9, scored first on 62 of 82 (75.6 %); one miss left (known) after round 11', 60, 0.95],
  ['corpus-real-15.tsv', 'fifteenth set of real cells from new sources, collected after round 10, scored first on 39 of 51 (76.5 %); four misses left (known) after round 11', 50, 0.9],
  ['corpus-real-16.tsv', 'sixteenth set of real cells from 45 new pages, weighted to events, authorities, repeats and mixed cells, collected after round 10, scored first on 57 of 71 (80.3 %); one miss left (known)', 60, 0.95],
  ['corpus-real-17.tsv', 'seventeenth set of real cells from 27 new pages, weighted to events, authorities, repeats and mixed cells, collected after round 11, scored first on 43 of 51 (84.3 %); no miss left (its starting-verb row relabelled `on` after the round-13 README decision)', 50, 0.95],
  ['corpus-real-18.tsv', 'eighteenth set of real cells from 31 new pages, weighted to events, authorities, repeats and mixed cells, collected after round 12, scored first on 42 of 50 (84.0 %); no miss left after round 13', 45, 0.98],
  ['corpus-real-19.tsv', 'nineteenth set of real cells from 24 new pages, what stands in the deadline column of plans («Сроки», «Дата проведения») and «Дата» fields, collected after round 13, scored first on 30 of 33 (90.9 %); no miss left after round 14', 30, 0.98],
  ['corpus-real-20.tsv', 'twentieth set from 47 new pages: deadline cells of plans appended to municipal orders, КДН regulations and order clauses, «Точка роста», library, профориентация and gifted-children pages, collected after round 13, scored first on 60 of 65 (92.3 %); no miss left after round 15', 60, 0.98],
  ['corpus-real-21.tsv', 'twenty-first set from 30 new pages: order and regulation clauses, reporting duties, a briefing schedule, contest calendars, olympiad, camp and civil-defence pages, collected after round 15, scored first on 40 of 50 (80.0 %); 47 of 50 after round 16, three misses listed as known', 50, 0.9],
  ['corpus-real-22.tsv', 'twenty-second set from 29 new pages: deadline cells of a regional plan, a library plan and a school plan-schedule of assessments, a school order and a regional law on reporting, ВПР, olympiad, first-grade admission, road-safety, evacuation and ОГЭ pages, collected after round 19, scored first on 47 of 52 (90.4 %); 51 of 52 after round 20, one miss listed as known (its label goes against the README)', 50, 0.95],
  ['corpus-real-23.tsv', 'twenty-third set from 24 new pages: deadline cells of a regional plan, a city plan of family events, school plans on labour protection, flu, catering control and a subject decade, a project roadmap and the federal ВПР plan-schedule, clauses of regional and school orders, school-year, итоговое сочинение and flu-vaccination pages, collected after round 20, scored first on 42 of 50 (84.0 %); 50 of 50 after round 22, no miss left', 45, 0.98],
  ['corpus-real-24.tsv', 'twenty-fourth set from 36 new pages: deadline cells of a regional road-safety month plan and two school defence-month plans, a sports club plan item, anti-terror duties, plan titles, rules of councils and commissions, ГВЭ rules, civil-defence, evacuation, road-safety, museum, «Точка роста» and functional-literacy pages, collected after round 22, scored first on 43 of 49 (87.8 %); 44 of 49 after round 24, 48 of 49 after round 25 (two fixed, two labels changed after the README), one miss listed as known', 45, 0.85],
  ['corpus-real-25.tsv', 'twenty-fifth set from 35 new pages: plan cells of a summer-repair plan, an anti-suicide plan, a regional programme, a school regime page and an ombudsman\'s hours, clauses of orders and rules on reporting, protocols, prevention visits, a camp season and contests, school-holiday, repair, Year-of-the-teacher, evacuation and camp pages, collected after round 25, scored first on 45 of 54 (83.3 %; 43 of 52 on the rows kept after two rows of a page corpus-real-26 holds were dropped); 50 of 52 after round 26 (six fixed, one label changed after the README), 51 of 52 after a second label changed after the README decided lists of bare months, 52 of 52 after round 39, no miss left', 50, 0.95],
  ['corpus-real-26.tsv', 'twenty-sixth set from 41 new pages: regional institutes and assessment centres, a municipal ИМЦ, attestation pages, ГИА/ЕГЭ/ОГЭ/ВПР/НИКО schedules and rules, kindergarten admission periods and a municipal order, collected after round 25, scored first on 48 of 54 (88.9 %); 52 of 54 after round 27, 54 of 54 after round 39, no miss left', 50, 0.95],
  ['corpus-real-27.tsv', 'twenty-seventh set from 41 new pages: a regional programme\'s reporting clause, a municipal programme\'s passport, mentoring road map and rules, methodical and pedagogical council rules, a functional-literacy order, ВПР pages and schedules, news of methodical associations and of seminars for schools with low results, collected after round 27, scored first on 41 of 49 (83.7 %); 48 of 49 after round 28, 49 of 49 after round 39, no miss left', 45, 0.95],
  ['corpus-real-28.tsv', 'twenty-eighth set from 29 new pages: titles and passport cells of a programme of transition to an effective mode, a quality programme, ВСОКО, ВШК and ШМО plans and development programmes with roadmaps, a municipal order on inspecting class journals, a city\'s «комплекс мер», assessment periodicity, subject-week and МО rules, news of methodical days and weeks, ШНОР and «500+» pages, collected after round 29, scored first on 41 of 46 (89.1 %); 46 of 46 after round 30 (four fixed, one label changed after the README), no miss left', 45, 0.95],
  ['corpus-real-29.tsv', 'twenty-ninth set from 37 new pages: ЕГЭ/ОГЭ appeal, results and procedure rules, итоговое сочинение and olympiad pages of a gymnasium\'s public site, reporting clauses of regional laws on delegated powers in education, a ministry\'s and a governor\'s information lists with their periodicity column, a federal «комплекс мер», a regional programme clause, a municipal order with its plan, a district decree, news of district education offices and ГИА/ВПР/olympiad schedules, collected after round 29, scored first on 48 of 54 (88.9 %); 54 of 54 after round 31, no miss left', 50, 0.98],
  ['corpus-real-30.tsv', 'thirtieth set from 33 new pages: a city штаб\'s plan cells, a ШМО plan\'s meetings, a social pedagogue\'s and a psychologist\'s weekly hours, a school library\'s monthly days, rules and news of pedagogical councils, a консилиум, parents\' committees, внутришкольный учет, methodical associations, labour-protection briefings and anti-terror drills, collected after round 29, scored first on 47 of 53 (88.7 %); 53 of 53 after round 32 (five fixed, one label changed after the README)', 50, 0.95],
  ['corpus-real-31.tsv', 'thirty-first set from 32 new pages: административные регламенты of municipal education services (admission, записи в кружки, complaints), school положения on pedagogical councils, conditional promotion and exclusion, duty rosters, portfolios, parents\' control of school meals and teachers\' attestation, a regional order on the end of the school year and news of admission campaigns, weighted to event, authority, repeat and open-ended phrases, collected after round 30, scored first on 44 of 48 (91.7 %); 48 of 48 after round 33, no miss left', 45, 0.95],
  ['corpus-real-32.tsv', 'thirty-second set from 41 new pages: cells of a kindergarten\'s бракераж plan, a district plan of school preparation, a school energy-saving plan and a municipal energy-monitoring order, clauses of regional anti-corruption laws, income-declaration rules and procedures for reporting corrupt approaches, a federal letter on preparing schools, school visiting rules, news of ДДТТ weeks, parents\' control of meals, anti-terror drills, fire-safety checks and school acceptance, weighted to repeat, event, open-ended and authority phrases, collected after round 33, scored first on 48 of 50 (96.0 %); 50 of 50 after round 34 (one fixed, one label changed after the README), no miss left', 45, 0.98],
  ['corpus-real-33.tsv', 'thirty-third set from 24 new pages: school положения on work with underachieving pupils, a deputy head\'s «алгоритм» against неуспеваемость and a ВШК справка, pages on повышение квалификации and teachers\' attestation, an attestation regulation, the ШНОР project\'s history and news on conditional promotion, weighted to repeat, event, authority and open-ended phrases, collected after round 33, scored first on 32 of 41 (78.0 %); 40 of 41 after round 35, 41 of 41 after round 39, no miss left', 40, 0.95],
  ['corpus-real-35.tsv', 'thirty-fifth set from 34 new pages: режим занятий pages of centres of дополнительное образование and schools, положения on внеурочная деятельность and on parents\' bodies, school attendance rules, pages on parents\' meetings, lectures and open days, with cyclogram-style repeats («по понедельникам», «каждую четвёртую пятницу», «в последнее воскресенье месяца»), weighted to repeat, open-ended, event, authority and time-of-day phrases, collected after round 35, scored first on 33 of 48 (68.8 %); 41 of 48 after round 37, 48 of 48 after round 39, no miss left', 45, 0.85],
  ['corpus-real-34.tsv', 'thirty-fourth set from 33 new pages: a regional model of digital transformation (ЦОС) and a federal strategic direction, a regional order on functional literacy, a ФГОС working-group rule, school and district pages on ФГОС/ФОП and «Россия – мои горизонты», news of ЦОС equipment, «Точка роста», «Билет в будущее» professional trials and functional-literacy monitoring, collected after round 35, scored first on 36 of 50 (72.0 %; 34 of 46 on the rows kept after four rows of two pages corpus-real-35 holds were dropped); 39 of 46 after round 36, seven misses listed as known; 44 of 46 after the README decided «к <год> году» (the end of that year); 45 of 46 after round 39 (one label changed after the README), 46 of 46 after round 43, no miss left', 45, 0.95],
  ['corpus-real-36.tsv', 'thirty-sixth set from 26 new pages: a regional quality roadmap\'s cell, a district order on the start of a school year, reporting clauses of regional and municipal orders (ежеквартально / ежемесячно до N числа месяца, следующего за отчетным), opening hours, programme titles, news of ВПР, ОГЭ/ЕГЭ, итоговое собеседование, national projects and presidential orders, collected after round 37, scored first on 40 of 49 (81.6 %; 42 of 49 after two labels were changed to the README\'s reading); 47 of 49 after round 38, 49 of 49 after round 43, no miss left; round 152 changed one label to its reading (a clock time «по местному времени» with no date is the exam day, an event)', 45, 0.95],
  ['corpus-real-37.tsv', 'thirty-seventh set from 34 new pages: the events of school and municipal plans (воспитательная работа, ДДТТ and fire-safety campaigns, evacuation drills, raids on families, library exhibitions and calendars of days) as schools, the ГИБДД, fire services, КДН and libraries announce them, a plan of воспитательная работа and two calendar schedules, weighted to event, open-ended, repeat, authority phrases and dates with a note, a grade or a count, collected after round 38, scored first on 48 of 60 (80.0 %; one label changed afterwards to the README\'s reading); 58 of 60 after round 40, 60 of 60 after round 43, no miss left', 55, 0.95],
  ['corpus-real-38.tsv', 'thirty-eighth set from 32 new pages: a regional methodical-work roadmap and a regional mentoring roadmap, the reporting clauses of a regional order, clauses of municipal and regional orders (утвердить программу на <годы>, утратил силу с, ввести в действие с), the amendment lines of programme pages, a municipal survey schedule, a Moscow control regulation, news of «500+», of a district\'s ГИА working group and of school grants, collected after round 39, scored first on 43 of 57 (75.4 %; 47 of 57 after five labels were changed to the README\'s reading); 55 of 57 after round 41, 57 of 57 after round 43, no miss left', 45, 0.95],
  ['corpus-real-39.tsv', 'thirty-ninth set from 18 new URLs of a pool no earlier set drew on: plan texts stored in public GitHub repositories and gists (a school director\'s cyclogram, ВШК, library, social-pedagogue and ГИА pages copied into gists, a military academy\'s plans), deadline cells and sentences with their dates, weighted to repeat, event, authority and open-ended phrases and dates with a note, collected after round 41, scored first on 39 of 47 (83.0 %; 40 of 47 after one label was changed to the corpora\'s reading); 47 of 47 after round 42, no miss left', 45, 0.95],
  ['corpus-real-40.tsv', 'fortieth set from 37 new URLs of a pool earlier sets barely used: anti-corruption, labour-protection, civil-defence / anti-terror and accessibility plans of schools, kindergartens and colleges (Belarusian schools\' anti-corruption plans, a kindergarten\'s labour-protection orders, accessibility roadmaps, plans copied in gists), school-year and heating-season preparation, drills and municipal education offices, weighted to repeat, event, open-ended and authority phrases and dates with a note, collected after round 43, scored first on 51 of 59 (86.4 %; 52 of 59 after one label was changed to the README\'s reading); 59 of 59 after round 44, no miss left', 55, 0.95],
  ['corpus-real-41.tsv', 'forty-first set from 25 new URLs: school methodical-work, ШМС, РМО, ВШК, attestation and calendar-graph plans and a contest\'s rules copied into gists (cells with their responsible, abbreviated schedules, days set by an organiser), 2024–2025 pages on ВПР and first-grade admission (windows, a document\'s date, a decision, who draws up the schedule), weighted to schedule, event, repeat and open-ended phrases and dates with a note, collected after round 43, scored first on 48 of 56 (85.7 %); 55 of 56 after round 45, 56 of 56 after round 48, no miss left', 50, 0.95],
  ['corpus-real-42.tsv', 'forty-second set from 33 new URLs of pools earlier sets barely used: plans of work with gifted children and with pupils at risk of failing, of parent meetings and parent committees, councils for prevention, ШМО / РМО / МО plans and protocols, self-education, «Точка роста» roadmaps and a city plan of the first of September, most copied into gists (cells run together with their items), weighted to schedule, event, repeat and open-ended phrases and dates with a note, collected after round 45, scored first on 38 of 46 (82.6 %; 40 of 46 after two labels were changed to the README\'s reading); 45 of 46 after round 46, 46 of 46 after round 48, no miss left', 45, 0.95],
  ['corpus-real-43.tsv', 'forty-third set from 27 new URLs of pools earlier sets barely used: school nutrition and бракераж orders, plans and news, a school medical page and a city\'s medical service scheme, profession-guidance pages, programmes and an order, ПМПк texts, ГТО and school / student sports-club pages, a school library\'s notices and a museum plan\'s title, several copied into gists (cells run together with their items), weighted to event, open-ended, schedule and repeat phrases and dates with a note, collected after round 46, scored first on 35 of 42 (83.3 %; 36 of 42 after one label was changed to the README\'s reading); 37 of 42 after round 47, 42 of 42 after round 48, no miss left', 40, 0.85],
  ['corpus-real-44.tsv', 'forty-fourth set from 37 new URLs of the municipal / regional orders-and-plans pool: ГИА and ФГОС / ФОП news and notices of district education offices, schools and an ИМЦ, clauses of federal ППЭ instructions, gist copies of a ФГОС ДО introduction plan, an ИМЦ methodist\'s plan, a quality roadmap, ГИА / ВПР notices and orders (cells run together with their items and responsible), weighted to open-ended, event, repeat and schedule phrases and dates with a note, collected after round 47, scored first on 46 of 55 (83.6 %); 55 of 55 after round 49, no miss left', 50, 0.98],
  ['corpus-real-45.tsv', 'forty-fifth set from 53 new URLs of a pool earlier sets barely used: kindergarten annual plans, a ДОУ methodist\'s plan and a заведующий\'s cyclogram of orders, social-pedagogue and psychologist plans copied into gists, mentoring (a roadmap, a programme, a report), ЦОС and «Кванториум» news, a ЦДТ\'s calendar graph and distance contests, school summer camps (pages, programmes, rules, news), weighted to event, repeat, open-ended and schedule phrases and dates with a note, collected after round 47, scored first on 66 of 81 (81.5 %; 68 of 81 after two labels were changed to the README\'s reading); 77 of 81 after round 50 and 78 after round 49 (landed later), three misses listed as known', 75, 0.95],
  ['corpus-real-46.tsv', 'forty-sixth set from 52 new URLs of the ШНОР / «500+» pool and its forerunners: ВШК plans, справки and положения, plans of work with слабоуспевающие pupils and pupils at risk, quality plans and roadmaps, monitoring orders, programmes of development, ИРО and district news on schools with low results (most copied into gists, cells run together), weighted to event, schedule, repeat phrases and mixed cells (school years written with a space, school quarters and halves, blank years, item and clause numbers), collected after round 50, scored first on 61 of 77 (79.2 %; 63 of 77 after two labels were changed to the README\'s reading); 76 of 77 after round 51, one miss listed as known', 75, 0.95],
  ['corpus-real-47.tsv', 'forty-seventh set from 52 new URLs of the regional / municipal orders-and-plans pool: orders and notices of education offices, anti-corruption, labour-protection, fire-safety and ГО и ЧС plans and rules, prevention plans, ГИА orders and timetables and commissions\' rules, most copied into gists (cells run together with their items), weighted to event, repeat, open-ended and schedule phrases and dates with a note, collected after round 50, scored first on 60 of 73 (82.2 %); 71 of 73 after round 52, 72 of 73 after round 152 (a clock time «по местному времени» with no date is the exam day), one miss listed as known', 70, 0.95],
  ['corpus-real-48.tsv', 'forty-eighth set from 50 new URLs: methodical work and РМО / ШМО news, attestation and courses, «Орлята России», «Навигаторы детства», «Движение первых», «Разговоры о важном», «Россия – мои горизонты», a school theatre, school museums, a sports club, school and municipal libraries, a служба примирения, olympiad and subject-week news, weighted to event, open-ended and repeat phrases and dates with a note, collected after round 50, scored first on 59 of 66 (89.4 %; 62 of 66 after three labels were changed to the README\'s reading); 66 of 66 after round 53, no miss left', 60, 0.98],
  ['corpus-real-49.tsv', 'forty-ninth set from 56 new URLs of school plans and news of safety, health and support: ДДТТ / ПДД, fire safety and evacuation drills, school meals and the бракеражная комиссия, medical checks and vaccination, ППк / ПМПК and КДН rules, social pedagogues and mediation, parents\' meetings, СПТ, ВПР and assessment schedules, teachers\' courses, weighted to event (offsets before and after an event), repeat and open-ended phrases and dates with a note, collected after round 53, scored first on 62 of 69 (89.9 %; 63 of 69 after one label was changed to the README\'s reading); 69 of 69 after round 54, no miss left', 65, 0.98],
  ['corpus-real-50.tsv', 'fiftieth set from 54 new URLs of school and municipal положения and rules with time limits tied to events and authorities: appeals of admission and olympiad juries, обращения граждан, admission and transfer, академическая задолженность, contest and olympiad rules, attestation, a Совет родителей, hours and enrolment, предписания of control bodies, sports rules, weighted to event and authority offsets, repeat and open-ended phrases and dates with a note, collected after round 53, scored first on 62 of 69 (89.9 %; 64 of 69 after two labels were changed to the README\'s reading); 68 of 69 after round 55, one miss listed as known', 65, 0.95],
  ['corpus-real-51.tsv', 'fifty-first set from 47 new URLs of the weekly and monthly rhythm of schools, kindergartens and education offices: аппаратные meetings and their news, a Дума\'s sittings, diary and journal checks, a ДОУ\'s week and календарный график, staff duties, a педагогический час, hours of receiving citizens, weighted to repeat, open-ended and event phrases and dates with a note, collected after round 55, scored first on 52 of 61 (85.2 %); 59 of 61 after round 56, 60 of 61 after round 141 (a repeat in a clause of what was done before is set aside), one miss listed as known', 55, 0.98],
  ['corpus-real-52.tsv', 'fifty-second set from 36 new URLs of regional and municipal reporting on the national projects of «Образование»: subsidy and grant reporting clauses, the regional project offices\' monitoring rules, information plans, «Десятилетие детства», ПФДО, «Патриотическое воспитание» / «Движение первых» / «Разговоры о важном», ФГИС «Моя школа» stages, weighted to repeat (reporting days after a quarter or a month), event and authority phrases and dates with a note, collected after round 55, scored first on 50 of 57 (87.7 %); 56 of 57 after round 57, 57 of 57 after round 59', 55, 0.95],
  ['corpus-real-53.tsv', 'fifty-third set from 30 new URLs of preparing for the new school year and the summer campaign: приёмка школ, ремонт, the heating season, приём в 1 класс, «Соберем ребенка в школу» and like actions, августовские совещания, summer camps, collected after round 57 part 2, scored first on 35 of 50 (70.0 %; 38 of 50 on the three labels changed to the README\'s reading); 39 of 50 after round 58, 50 of 50 after round 59', 45, 0.95],
  ['corpus-real-54.tsv', 'fifty-fourth set from 33 new URLs of time limits counted from an application, a request or an event in the regulations and procedures of education: административные регламенты of municipal services, control and licensing notices, ПМПК conclusions, olympiad appeals and results, ГИА-9 and итоговое собеседование applications, обращения, учёт детей, ДОУ комплектование, семейное образование, компенсация родительской платы, camp vouchers, weighted to event offsets, authority, repeat and open-ended phrases and dates with a note, collected after round 58, scored first on 50 of 63 (79.4 %; 53 of 63 on the three labels changed to the README\'s reading); 63 of 63 after round 60, no miss left', 60, 0.98],
  ['corpus-real-55.tsv', 'fifty-fifth set from 43 new URLs of implementation plans of federal projects in schools: the updated ФГОС and ФОП, «Точка роста», профминимум, «Россия – мои горизонты» and «Билет в будущее», ВПР, ГИА-9 and итоговое собеседование, functional-literacy diagnostics, «Школа Минпросвещения России», ЦОС and a school\'s report, mostly sentences of school and news pages and the lines of an ОГЭ timetable, collected after round 58, scored first on 46 of 62 (74.2 %; 48 of 62 on the two labels changed to the README\'s reading); 61 of 62 after round 61, one miss listed as known', 55, 0.95],
  ['corpus-real-56.tsv', 'fifty-sixth set from 43 new URLs on inclusive education and support: доступная среда, children with ОВЗ and инвалидность, ПМПК and the speech therapist, psychological support, school mediation, дополнительное образование and ПФДО, mostly sentences of school, centre and news pages and the dates of acts and posts, collected after round 61, scored first on 47 of 63 (74.6 %; 49 of 63 on the two labels changed to the README\'s reading); 60 of 63 after round 62, three misses listed as known', 55, 0.95],
  ['corpus-real-57.tsv', 'fifty-seventh set from 46 new URLs on administrative and reporting deadlines of education bodies and schools: anti-corruption plans and the declarations of heads, планы-графики закупок, ОО-1 / 85-К and monitoring reports, публичный доклад, самообследование, делопроизводство and storage terms, orders and decrees with their dates, numbers and amendment lines, collected after round 62, scored first on 47 of 60 (78.3 %; 48 of 60 on the three labels changed to the README\'s reading); 58 of 60 after round 63, two misses listed as known', 55, 0.95],
  ['corpus-real-58.tsv', 'fifty-eighth set from 45 new URLs on calendar plans of upbringing work and competitions: месячники (военно-патриотический, оборонно-массовой работы, безопасности детей), prevention weeks and decades, «Движение первых» and «Орлята России», ВсОШ stages, «Большая перемена», «Зарница» and contests with their stages, school holidays and feast days, a city action\'s calendar, mostly sentences of school, news and regulation pages, collected after round 62, scored first on 59 of 62 (95.2 %); 62 of 62 after round 64, no miss left', 55, 0.98],
  ['corpus-real-59.tsv', 'fifty-ninth set from 38 new URLs on teachers and quality: аттестация педагогических работников and its new Порядок, повышение квалификации, наставничество and the Год педагога и наставника, ВСОКО and мониторинги качества, аккредитационный мониторинг, mostly sentences of school, ministry and news pages, two GitHub copies of a college\'s and a ДПО institute\'s pages and the dates of acts, posts and signatures, collected after round 62, scored first on 49 of 62 (79.0 %; 53 of 62 on the four labels changed to the README\'s reading); 59 of 62 after round 65, three misses listed as known', 55, 0.95],
  ['corpus-real-60.tsv', 'sixtieth set from 30 new URLs on health, hygiene and safety routines of schools and kindergartens: a kindergarten\'s cleaning table, СанПиН cleaning rules, hygiene training, head-lice checks, flu vaccination, fire drills, СОУТ and insulation measurements, the school bus, sanitary inspections, collected after round 63, scored first on 57 of 63 (90.5 %; 60 of 63 on the three labels changed to the README\'s reading, 61 of 63 on a fourth changed during round 66); 63 of 63 after round 66, no miss left', 55, 0.98],
  ['corpus-real-61.tsv', 'sixty-first set from 35 new URLs on environmental and labour upbringing: экологические субботники, waste-paper and battery collections, «Эколята» and «День Эколят», the days of ecology, summer labour practice, a labour and rest camp, a school forestry, mostly sentences of school, kindergarten and news pages and the dates of posts, collected after round 64, scored first on 51 of 60 (85.0 %); 57 of 60 after round 67, three misses listed as known', 55, 0.95],
  ['corpus-real-62.tsv', 'sixty-second set from 27 new URLs on textbooks, the school library and the class journal: заказ и выдача учебников, the library\'s rules and fund checks, the Неделя детской книги, the электронный журнал and ФГИС «Моя школа», mostly sentences of news, school and reference pages and the dates of acts, protocols, posts and signatures, collected after round 65, scored first on 53 of 63 (84.1 %; 54 of 63 on the label changed to the README\'s reading); 59 of 63 after round 68, 63 of 63 after round 71, no miss left', 55, 0.98],
  ['corpus-real-63.tsv', 'sixty-third set from 51 new URLs on the methodical and quality work of schools: ШМО / МО meetings and plans, предметные недели and декады, педсоветы and their rules, the weeks and plans of функциональная грамотность, ГИА preparation (trial and training exams, parents\' meetings, the days and windows of ОГЭ / ЕГЭ / ВПР), «500+», mostly sentences of school, district and news pages and the dates of posts and protocols, collected after round 69, scored first on 59 of 69 (85.5 %; 62 of 69 on the three labels changed to the README\'s reading); 69 of 69 after round 70, no miss left', 60, 0.98],
  ['corpus-real-64.tsv', 'sixty-fourth set from 40 new URLs on the clauses of regional and municipal orders and decrees: «ПРИКАЗЫВАЮ» items with their windows, deadlines, graphs and authorities, decrees of the Heads and ministries of the ДНР / ЛНР and of the Херсон and Запорожье regions (heating period, a school quarter, holidays, teaching on the freed territories), a city\'s yearly decree on preparing schools, a municipal commission\'s rules, a district campaign plan, first-class admission, school holidays in the news, a ДОУ комплектование letter, collected after round 71, scored first on 51 of 64 (79.7 %; 54 of 64 on the three labels changed to the README\'s reading); 60 of 64 after round 72, 61 of 64 after round 73, 62 of 64 after round 76, two misses listed as known', 60, 0.96],
  ['corpus-real-65.tsv', 'sixty-fifth set from 53 new URLs on kinds of school work no earlier set was built on: the psychological service (Неделя психологии, СПТ), the school library, anti-corruption and anti-drug months and days, mentoring, parents\' and school councils, «Движение первых» and ГТО, evacuation drills, school museums, summer day camps, quarantines and class closures, first-class admission, the final essay and ЕГЭ calendars, mostly sentences of school, district and news pages, collected after round 73, scored first on 57 of 66 (86.4 %); 64 of 66 after round 74, 65 of 66 after round 75, 66 of 66 on the label changed to the README\'s reading (round 62) after it, no miss left', 60, 0.98],
  ['corpus-real-66.tsv', 'sixty-sixth set from 66 new URLs on kinds of work earlier sets barely used: colleges and СПО (admission, демонстрационный экзамен, practice, ГИА), Юнармия, Пост № 1 and cadets, financial-literacy weeks, the Пушкинская карта, school self-government elections, school media and theatres, cold-weather cancellations, plan cells first, then order and rule clauses and news sentences, collected after round 76, scored first on 79 of 91 (86.8 %); 87 of 91 after round 77, four misses listed as known', 85, 0.95],
  ['corpus-real-67.tsv', 'sixty-seventh set from 46 new URLs on what municipal education offices and methodical centres plan and hold: meetings of directors, deputies and heads of methodical associations, collegia and councils with their rules, reporting deadlines set by an office or a ministry, checks of schools, ШНОР and «500+», a district\'s monthly plan and a city ИМЦ\'s history, mostly sentences of news, office and regulation pages, collected after round 76, scored first on 57 of 68 (83.8 %; 58 of 68 on the label changed to the README\'s reading, round 59); 68 of 68 after round 78, no miss left', 65, 1],
  ['corpus-real-68.tsv', 'sixty-eighth set from 47 new URLs on kinds of plans earlier sets barely used: cells of anniversary, Victory-day, trustees\' council, injury-prevention and project-roadmap plans and sentences on information-security lessons, anti-drug months, olympiad stages and school and family holidays, collected after round 76, scored first on 63 of 70 (90.0 %; 64 of 70 on the label changed to the README\'s reading); 70 of 70 after round 79, no miss left', 65, 0.98],
  ['corpus-real-69.tsv', 'sixty-ninth set from 53 new URLs on plan kinds earlier sets barely used: families in a socially dangerous position and individual prevention, bullying, the school\'s уполномоченный по правам ребёнка and councils, kindergarten–school continuity, the school sports club and the Президентские состязания / спортивные игры, the Совет старшеклассников and class teachers\' МО, контрольные / проверочные работы, mostly sentences of school, kindergarten and news pages and of regulations, collected after round 77, scored first on 66 of 77 (85.7 %; 67 of 77 on the label changed to the README\'s reading); 72 of 77 after round 80, 73 of 77 after round 105 (years of birth are a label), four misses listed as known', 75, 0.94],
  ['corpus-real-70.tsv', 'seventieth set from 43 new URLs on kindergartens and small rural schools: комплектование and admission, adaptation and diagnostics, parents\' meetings and open days, преемственность, medical checks, summer campaigns and repairs, quarantined groups, the school bus and frost days, mostly sentences of kindergarten, school and news pages, collected after round 78, scored first on 48 of 61 (78.7 %; the same on the label changed to round 78\'s reading; 46 of 58 = 79.3 % on the rows kept after three rows of pages corpus-real-69 holds were dropped); 53 of 58 after round 81, 54 of 58 after round 91, four misses listed as known', 55, 0.93],
  ['corpus-real-71.tsv', 'seventy-first set from 67 new URLs on school buildings and property: капремонт and «Модернизация школьных систем образования», new schools and kindergartens, благоустройство, приёмка к новому учебному году, паспорта безопасности and fire protection, tenders and contracts, mostly sentences of news, school and regulation pages, collected after round 81, scored first on 81 of 91 (89.0 %; 83 of 91 = 91.2 % on the two labels changed to round 41\'s reading); 91 of 91 after round 82, no known miss', 55, 1],
  ['corpus-real-74.tsv', 'seventy-fourth set from 58 new URLs on children\'s movements and the youth work of schools: «Движение первых» / РДДМ branches, «Орлята России», советники and Дни единых действий, school theatres and choirs, volunteering, summer work of minors and трудовые отряды, school sports competitions and «Билет в будущее», mostly sentences of news, school and regulation pages, collected after round 81, scored first on 75 of 79 (94.9 %); 79 of 79 after round 85, no miss left', 75, 1],
  ['corpus-real-78.tsv', 'seventy-eighth set from 41 new URLs on children\'s leisure and self-government around schools: summer camps and profile shifts, «Большая перемена», ученическое самоуправление and its elections, school newspapers and media, кружки, school museums and турслёты, mostly sentences of news, school and camp pages and camp timetables\' cells, collected after round 85, scored first on 61 of 63 (96.8 %); 63 of 63 after round 89, no miss left', 55, 1],
  ['corpus-real-72.tsv', 'seventy-second set from 51 new URLs on staff and labour in education: vacancies, «Земский учитель», young specialists\' payments, heads\' competitions, labour protection and инструктажи, аттестация, the union and the коллективный договор, leave schedules, mostly sentences of regulations, explainers and news, collected after round 81, scored first on 59 of 67 (88.1 %; 61 of 67 = 91.0 % on the three labels changed to the README\'s reading); 65 of 67 after round 83, two misses listed as known', 55, 0.97],
  ['corpus-real-73.tsv', 'seventy-third set from 49 new URLs on the legal and administrative procedures of education: licensing and state accreditation, administrative regulations of education services, обращения граждан and личный приём, предписания and профилактические визиты, school museums and their contests, grants and contests with application windows, mostly sentences of regulations, office, school and news pages, collected after round 81, scored first on 52 of 63 (82.5 %; 53 of 63 on the label changed to the README\'s reading, round 21\'s «ко Дню учителя (5 октября)»); 61 of 63 after round 84, two misses listed as known', 55, 0.96],
  ['corpus-real-76.tsv', 'seventy-sixth set from 47 new URLs on the digital school and the openness of education bodies: official sites and their requirements, ФГИС «Моя школа» and ЦОС, «Сферум» and chats moved to MAX, electronic journals and diaries, personal data, information security and content filtering, the phone ban, госуслуги for schools and обращения through sites, mostly sentences of news, school, regulation and help pages, collected after round 82, scored first on 64 of 73 (87.7 %; 65 of 73 = 89.0 % on the three labels changed to the README\'s reading); 73 of 73 after round 87, no known miss', 55, 1],
  ['corpus-real-77.tsv', 'seventy-seventh set from 53 new URLs on the support of families and children through schools: бесплатное питание льготных категорий, компенсация родительской платы, выплаты на школьную форму and «Собери ребёнка в школу», льготы детям участников СВО, опека и попечительство and its checks, бесплатный проезд and транспортные карты, mostly sentences of regulations, school, office and news pages, collected after round 82, scored first on 72 of 82 (87.8 %); 76 of 82 after round 88, 77 of 82 after round 86 (written at the same time), five misses listed as known', 55, 0.93],
  ['corpus-real-79.tsv', 'seventy-ninth set from 60 new URLs on olympiads and school sport: the stages of the ВсОШ and other olympiads, registration, appeals and results, pupils\' research conferences and contests, «Президентские состязания» and «Президентские спортивные игры», ГТО festivals and testing, school leagues and spartakiads, mostly sentences of news, school and regulation pages and a sports school\'s plan cells, collected after round 82, scored first on 83 of 89 (93.3 %); 88 of 89 after round 90, one miss listed as known', 85, 0.98],
  ['corpus-real-80.tsv', 'eightieth set from 49 new URLs on the collegial bodies and internal regulations of schools and kindergartens: педагогический, управляющий and методический советы, councils of parents and pupils, общее собрание работников, ППк, commissions on disputes, appeals and labour disputes, their положения, the dates of their protocols and orders and news of their meetings, mostly sentences of положения, school and news pages and the dates of protocols and orders, collected after rounds 85 and 89, scored first on 50 of 57 (87.7 %; 53 of 57 = 93.0 % on the three labels changed to the README\'s reading); 57 of 57 after round 91, no known miss', 55, 1],
  ['corpus-real-75.tsv', 'seventy-fifth set from 40 new URLs on money and procurement of schools, kindergartens and education offices: муниципальное задание, ПФХД and сметы, субсидии and their reports, 44-ФЗ / 223-ФЗ notices and payment terms, УФАС decisions, родительская плата and its compensation, school meals, платные услуги, инвентаризация, mostly sentences of regulations, kindergarten and school pages and decisions\' dates, collected after round 89, scored first on 50 of 58 (86.2 %; 51 of 58 on the label changed to the README\'s reading, round 43); 58 of 58 after round 86, no miss left', 55, 1],
  ['corpus-real-83.tsv', 'eighty-third set from 53 new URLs on the safety of schools and kindergartens: антитеррористическая защищённость and паспорт безопасности, тренировки and учения, пожарная безопасность and инструктажи, ГО и ЧС plan cells, месячники безопасности, пропускной режим and охрана, «Внимание, дети!» and недели БДД, безопасность на воде, mostly sentences of news, school and regulation pages and plan cells, collected after round 86, scored first on 47 of 61 (77.0 %; 50 of 61 = 82.0 % on the three labels changed to the README\'s reading); 51 of 61 after round 94, 60 of 61 after round 97, one miss listed as known', 55, 0.98],
  ['corpus-real-82.tsv', 'eighty-second set from 36 new URLs on municipal and regional work on the quality of schooling: ИМЦ / ММС and education offices, «500+» and its curators, сетевое взаимодействие and ЦНППМ, ВПР and regional diagnostics of функциональная грамотность, roadmaps for mathematics, августовские конференции, mostly sentences of news, orders and letters, collected after round 86, scored first on 50 of 57 (87.7 %); 51 of 57 after round 93, 56 of 57 after round 92, one miss listed as known', 55, 0.98],
  ['corpus-real-84.tsv', 'eighty-fourth set from 38 new URLs on admission and transitions: intake into the 1st and 10th classes and individual selection, transfer, career guidance (the «Профессионалитет» open days, профминимум, «ПроеКТОриЯ»), additional education (Навигатор, ПФДО certificates, enrolment in sections), family education and externs, mostly sentences of news, regulations and school pages and a few cells and titles, collected after round 94, scored first on 46 of 59 (78.0 %; 49 of 59 = 83.1 % on the three labels changed to the README\'s reading); 53 of 59 after round 95, 54 of 59 (91.5 %) after the rebase on round 96, five misses listed as known', 55, 0.91],
  ['corpus-real-81.tsv', 'eighty-first set from 39 new URLs on schools with low results and in difficult social conditions: the «500+» project, its curators and regional roadmaps, programmes of профилактика учебной неуспешности and учебная мотивация, programmes of development of such schools and their «Срок реализации», news of lists of schools with low results and of ВПР, ОГЭ and ЕГЭ terms, mostly sentences of school, institute and news pages and programme titles, collected after round 86, scored first on 51 of 55 (92.7 %; 52 of 55 = 94.5 % on the label changed to the README\'s reading and corpus-real-38\'s); 55 of 55 after round 92, no known miss', 55, 1],
  ['corpus-real-85.tsv', 'eighty-fifth set from 58 new URLs on воспитание and the school year\'s rhythm: calendar plans of upbringing work, профилактика правонарушений and the work with КДН / ПДН, the summer campaign and school camps, аттестация and наставничество, school libraries and textbooks, the Всероссийский день правовой помощи детям, mostly sentences of news, school and regulation pages and the dates of acts, collected after round 94, scored first on 63 of 80 (78.8 %; 71 of 80 = 88.8 % on the eight labels changed to the README\'s reading: the dates of acts before or after their numbers are labels, rounds 11, 40 and 44, and an act\'s title as the cell keeps its years, round 64); 77 of 80 after round 96, 78 of 80 (97.5 %) after round 133 (a page\'s view count closing its date line is a label), two misses listed as known', 75, 0.97],
  ['corpus-real-88.tsv', 'eighty-eighth set from 39 new URLs on the organisation of learning inside a school year: промежуточная аттестация and академическая задолженность, the issue of аттестаты, аттестаты с отличием and medals, дубликаты and справки, профильный отбор, четверти, триместры and their каникулы, mostly sentences of news, answers and regulations, collected after round 99, scored first on 52 of 58 (89.7 %; 55 of 58 = 94.8 % on the three labels changed to the README\'s reading: days joined by «и» are a list of days, `on`, and «в следующем году» is the year after the context\'s); 56 of 58 after round 100; 57 of 58 after round 104, its wait in a queue relabelled `event` as corpus-real-77 reads the same sentence, one miss listed as known', 58, 0.98],
  ['corpus-real-87.tsv', 'eighty-seventh set from 37 new URLs on the office work and reporting of schools and education offices: обращения граждан and their terms, запросы of subjects of personal data and of information, делопроизводство and the archive, отчётность and самообследование, персональные данные, графики отпусков and notices of leave, the consultation of локальные акты, инвентаризация, тарификация, the issue of documents and reception hours, mostly sentences of regulations, school and news pages and a few cells, collected after round 97, scored first on 44 of 55 (80.0 %; 46 of 55 = 83.6 % on the two labels changed to the README\'s reading); 52 of 55 after round 99, 54 of 55 after round 104, 55 of 55 after round 101, no known miss', 55, 1],
  ['corpus-real-86.tsv', 'eighty-sixth set from 58 new URLs on the health and inclusion side of schools: медосмотры and диспансеризация, вакцинация and прививочные кампании, Манту, социально-психологическое тестирование, ППк / ПМПК, логопедическая помощь and обучение на дому, sanitary-epidemic rules and news (карантин, корь, справки after illness), school health days, mostly sentences of news, regulation and school pages, the dates of acts and posts and a few plan cells, collected after round 97, scored first on 49 of 65 (75.4 %; 53 of 65 = 81.5 % on the four labels changed to the README\'s reading: the dates of acts between «от» and their numbers are labels, an act\'s title as the cell keeps its years, a schedule outranks an event phrase elsewhere); 57 of 65 after round 98, 58 of 65 after round 104, 59 of 65 (90.7 %) after round 182 (two school years «2015-2017 учебный год»), six misses listed as known', 60, 0.9],
  ['corpus-real-89.tsv', 'eighty-ninth set from 41 new URLs on the professional growth of teachers and the methodical life of schools: повышение квалификации and переподготовка, конкурсы профессионального мастерства, ШМО / РМО and методический совет, методические недели and days, августовские педсоветы, школьные музеи, mostly sentences of news and regulations, collected after round 99, scored first on 52 of 62 (83.9 %; 57 of 62 = 91.9 % on the five labels changed to the README\'s reading: a verb of ending with its month is by its end, a verb of starting before its month is open-ended from it, «до … числа текущего месяца» is monthly, «до» with a month is before it starts, days joined by «и» are `on` each day); 61 of 62 after round 101 on the two more labels changed to the README\'s reading in it (a day with a later month is one range, a title\'s year in quotes is read), one miss listed as known', 60, 0.98],
  ['corpus-real-90.tsv', 'ninetieth set from 41 new URLs on the money and buildings side of schools and education offices: school meals (бесплатное and льготное питание, their prices, меню, родительский контроль and бракераж, meal contracts, компенсация for pupils taught at home), закупки and the payment terms of contracts, муниципальное задание and the information of institutions on bus.gov.ru, ПФХД, платные услуги, repairs of schools and their acceptance, the heating season, энергосбережение, mostly sentences of news, regulations and contracts and a few plan cells, collected after round 100, scored first on 56 of 59 (94.9 %; 57 of 59 = 96.6 % on the label changed to the README\'s reading: right after its day a verb of starting keeps that day); 59 of 59 after round 102, no known miss', 55, 1],
  ['corpus-real-93.tsv', 'ninety-third set from 48 new URLs on supplementary education and pupils\' activities outside lessons: запись and зачисление through the «Навигатор», объединения and отчётные концерты, школьные спортивные клубы and school competitions, школьные музеи and краеведение, шахматы в школе, волонтёрство, субботники and экологические акции (макулатура, батарейки, «Зелёная весна», «Час Земли», «Марш парков»), mostly sentences of news and a few plan cells and datelines, collected after round 104, scored first on 61 of 65 (93.8 %); 64 of 65 (98.5 %) after round 105 («начать» before an infinitive is a verb of starting, «марш» / «марка» / «октябрята» are no misspelt months, years of birth are a label), one miss listed as known', 65, 0.98],
  ['corpus-real-96.tsv', 'ninety-sixth set from 40 new URLs on other forms of schooling: семейное образование and самообразование (the notice of the choice, the count of children on the family form and its news), экстернат and the attestation of externs, обучение на дому by medical findings, ИУП and ускоренное обучение, the acts and protocols that set their terms, mostly sentences of news, answers and regulations and the dates of acts and posts, collected after round 104, scored first on 44 of 56 (78.6 %; 49 of 56 = 87.5 % on the five labels changed to the README\'s reading: «по ИУП» is a planning document and a schedule outranks an event phrase elsewhere and a bare span, «в случае …» inside a sentence is an event, open-ended words outrank an event phrase elsewhere, «вступил в силу <день>» is open-ended from that day); 55 of 56 = 98.2 % after round 108 (an item number before a month, the age a thing turns, the exams after «на период», «немедля», an act\'s date «dd.mm yyyy»), one miss listed as known, one label changed after round 178 (an edition\'s date after «с изменениями на» is a label)', 55, 0.98],
  ['corpus-real-97.tsv', 'ninety-seventh set from 53 new URLs on national educational campaigns in schools: the dictations (Тотальный, Географический, Большой этнографический, Экодиктант, «Диктант Победы», правовой and Конституционный), «Урок цифры», «Культурный марафон», «Пушкинская карта» and school film shows, the weeks and months of финансовая грамотность and the Bank of Russia\'s online lessons, «ПроеКТОриЯ» open lessons, the Day of science and Дни единых действий, mostly sentences of news and school news and one plan cell, collected after round 108, scored first on 56 of 65 (86.2 %; 60 of 65 = 92.3 % on the four labels changed to the README\'s reading: a verb of starting before its day is open-ended in the past too, «ко Дню … – <день>» is on that day, a list of plain days is `on`); 61 of 65 (93.8 %) after round 109 (the month\'s first or last day is that one day), four misses listed as known', 65, 0.93],
  ['corpus-real-94.tsv', 'ninety-fourth set from 47 new URLs on interruptions and changes of schooling: карантины in schools and kindergartens, актированные дни and lessons cancelled for frost and storms, перевод на дистанционное обучение and back, orders suspending attendance, продление and переносы каникул, отработка and calendar changes, mostly sentences of news and a few order clauses, collected after round 104, scored first on 51 of 65 (78.5 %; 56 of 65 = 86.2 % on the five labels changed to the README\'s reading: «при <событии>» alone is an event, a schedule as the subject of a verb of setting is a `schedule`, daily work is open-ended, a repeat after a condition opening the text wins); 60 of 65 (92.3 %) after round 106, five misses listed as known', 60, 0.92],
  ['corpus-real-95.tsv', 'ninety-fifth set from 42 new URLs on money for pupils, students and teachers: именные стипендии and премии for gifted pupils and students (приём документов, вручение, выплата), гранты to schools and teachers and the regulations\' clauses on grant reports, целевое обучение (квоты, сроки подачи документов, отработать N лет), единовременные выплаты and подъёмные («Земский учитель», молодые специалисты), материальная помощь студентам, mostly sentences of news and regulations and a few list cells, collected after round 104, scored first on 56 of 59 (94.9 %; 57 of 59 = 96.6 % on the label changed to the README\'s reading: «до <день> года, следующего за отчетным» with no year written first keeps the context year); 58 of 59 (98.3 %) after round 107 (the action begun put before a verb of starting makes it open-ended), one miss listed as known', 55, 0.98],
  ['corpus-real-92.tsv', 'ninety-second set from 37 new URLs on pre-school education: комплектование детских садов, направления and путёвки and how long they hold, постановка на учёт and the queue, родительская плата and its payment days, компенсация части родительской платы, режим работы ДОУ and дежурные группы at holidays, summer closures for repairs, quarantine of groups, medical papers, выпускные, mostly sentences of news, collected after round 104, scored first on 57 of 65 (87.7 %; 63 of 65 = 96.9 % on the six labels changed to the README\'s reading: a bare «продлится до <день>» is by that day, a verb of starting before its day is open-ended, «традиционно» is a custom, not a repeat); no round made, two misses listed as known', 60, 0.96],
  ['corpus-real-91.tsv', 'ninety-first set from 47 new URLs on school transport, sport and children\'s movements: подвоз обучающихся and школьные автобусы, notices of organised group transport, ГТО, Президентские состязания and игры, спартакиады, туристические слёты and походы, «Зарница», «Юнармия», «Орлята России», «Движение первых», school theatres and школьные СМИ, mostly sentences of news and regulations, collected after round 100, scored first on 56 of 62 (90.3 %; 59 of 62 = 95.2 % on the three labels changed to the README\'s reading: a verb of starting right after its day is `on` it, a document\'s date between «от» and its number is a label, a document in the instrumental opening the text is a `schedule`); 60 of 62 = 96.8 % after round 103 (the transitive forms of «завершить» are verbs of ending), 61 of 62 = 98.4 % after round 133 (a window of months before «прошлого года» is in the year before), one miss listed as known', 60, 0.98],
  ['corpus-real-98.tsv', 'ninety-eighth set from 52 new URLs on rural schools and schools\' practical and labour work: малокомплектные and сельские школы, агроклассы and ученические производственные бригады, школьные лесничества, учебно-опытные and пришкольные участки (посевная, уход, уборка урожая, the seasons), летняя трудовая практика and отработка, трудовые бригады and отряды and their смены, временное трудоустройство подростков, mostly sentences of news, memoirs and encyclopedias and a few plan cells and posts\' dates, collected after round 108, scored first on 57 of 65 (87.7 %; 58 of 65 = 89.2 % on the one label changed to the README\'s reading: «продолжается» with no date is running work and open-ended words outrank a schedule), 59 of 65 (90.8 %) after round 110 («в летнее / зимнее / осеннее / весеннее время» is the season), six misses listed as known', 60, 0.9],
  ['corpus-real-99.tsv', 'ninety-ninth set from 46 new URLs on career guidance and the pre-profile work of schools: профориентация and профминимум, «Россия — мои горизонты», ПроеКТОриЯ, профпробы and «Билет в будущее», ярмарки профессий and вакансий, дни открытых дверей of colleges and universities, «Неделя / День без турникетов», предпрофильные, профильные and предпрофессиональные классы, профориентационное тестирование, mostly sentences of news and school pages, a few headings and posts\' dates, collected after round 110, scored first on 59 of 65 (90.8 %; the same on the one label changed to the README\'s reading: two «до» days of two things are a list, `on`); 61 of 65 (93.8 %) after round 111 («с.» before a capitalised word is «село» or an initial, not the preposition «с»; «в выходные дни», «по выходным [дням]» are weekly), four misses listed as known', 60, 0.93],
  ['corpus-real-101.tsv', 'hundred-first set from 45 new URLs on themed years and anniversaries in education: Год педагога и наставника, Год семьи, Год защитника Отечества, Год науки и технологий, Год культурного наследия, Год культуры, Год памяти и славы, school jubilees and вечер встречи выпускников, a district\'s jubilee festival; decrees and the government\'s terms, plans\' «Сроки проведения» cells, schools\' news and posts\' dates, collected after round 110, scored first on 53 of 65 (81.5 %; 55 of 65 = 84.6 % on the two labels changed to the README\'s reading: a short participle of ending is by its year, «ежедневно» is open-ended work), 60 of 65 (92.3 %) after round 113 (a full date with hyphens, «в рамках Года <name>», the holidays\' days with no dates), five misses listed as known', 65, 0.92],
  ['corpus-real-100.tsv', 'hundredth set from 49 new URLs on culture, local history and memory work in schools: школьные музеи (openings, anniversaries, guests), краеведение and поисковые отряды on «Вахта памяти» expeditions, «Пушкинская карта» (its start, its yearly balance and when it lapses), «Культурный норматив школьника», school theatre and choirs, экскурсии, Дни воинской славы and памятные даты, the почётный караул, «Бессмертный полк», юбилеи, mostly sentences of news and posts\' dates and a programme\'s term, collected after round 110, scored first on 57 of 65 (87.7 %; 59 of 65 = 90.8 % on the two labels changed to the README\'s reading: a verb of starting right after its day is `on` that day, round 13; «каждую весну» with no other date repeats over the spring, round 28), 60 of 65 (92.3 %) after round 112 (a season before «прошлого / следующего года» is that season of that year), five misses listed as known', 60, 0.92],
  ['corpus-real-102.tsv', 'hundred-second set from 48 new URLs on anti-corruption, control and inspection in education: anti-corruption days and contests in schools, heads\' income declarations, Рособрнадзор and regional checks (плановые and внеплановые, the moratorium, the 2020 suspension), предписания and their term, accreditation, prosecutors\' checks and поборы, самообследование, мониторинг and independent assessment, ВПР as a monitoring, mostly sentences of news, regulations and orders and some cells of inspection registers and reports, collected after round 110, scored first on 55 of 63 (87.3 %, no label changed), 59 of 63 (93.7 %) after round 114 («по [каждому / письменному / …] обращению» inside a sentence is an event; the code after «серия» is a form\'s series; «с <партнёр> в <месяце>» is the month), four misses listed as known', 60, 0.93],
  ['corpus-real-105.tsv', 'hundred-fifth set from 45 new URLs on pupils\' research and project work: the индивидуальный итоговый проект and its defence, school and district научно-практические конференции and НОУ, «Шаг в будущее», «Большие вызовы» and the Sirius programme, the Vernadsky contest and other research competitions, their orders and положения, mostly sentences of news and regulations and some cells of a programme\'s key dates, a contest\'s card and posts\' dates, collected after round 114, scored first on 60 of 65 (92.3 %; 61 of 65 = 93.8 % on the one label changed to the README\'s reading: «согласно регламенту» is a schedule), 64 of 65 (98.5 %) after round 117 (a repeat adjective after a noun of holding, an age after «возраст» or «участник*», a month, a slash and the next month), one miss listed as known', 60, 0.98],
  ['corpus-real-106.tsv', 'hundred-sixth set from 55 new URLs on children\'s safety through schools apart from anti-terror: road safety («Внимание, дети!» and «Внимание, каникулы!» periods, Неделя безопасности, the Единый день безопасности дорожного движения, ЮИД and «Безопасное колесо», the ГИБДД\'s talks), fire safety (месячники, training evacuations, the ОБЖ open lessons), water and ice, briefings before holidays, hikes and excursions, the «Безопасность детства» stages and plan cells of such work, collected after round 114, scored first on 57 of 65 (87.7 %, no label changed), 61 of 65 (93.8 %) after round 118 (a grade with «-ых», a web address, a «в ходе которого» clause after a day, the season of an activity), four misses listed as known', 65, 0.93],
  ['corpus-real-104.tsv', 'hundred-fourth set from 54 new URLs on changes in the rules of schooling and their effective dates: the ban of phones in lessons, the cut of teachers\' paperwork, the single textbooks, the ФООП and ФГОС transition, the Порядки of ГИА and of admission (first class, universities, migrants\' children), marks for behaviour, the sanitary rules, the school calendar and its holidays, mostly sentences of news, school pages and regulations with an order\'s clause, a list\'s cell and posts\' dates, collected after round 114, scored first on 55 of 65 (84.6 %; 61 of 65 = 93.8 % on the six labels changed to the README\'s reading: a span after a date is a note, verbs of starting and «вступает в силу в …» read as «с», days after an event phrase win, weekends beside holidays are no repeat, a list of «до» days is `on`), 63 of 65 (96.9 %) after round 116 (a bare year after «и действует / будет действовать до» ends the window on its eve; a year after a legal act\'s noun names the act), two misses listed as known', 65, 0.96],
  ['corpus-real-103.tsv', 'hundred-third set from 51 new URLs on the testing in Russian of foreign citizens\' children before school admission (in force from 1 April 2025: the law and orders entering into force, retakes, the referral\'s working days, results), Рособрнадзор\'s monitoring news, language courses, clubs and summer schools for migrant children, mostly news and regulation sentences and some posts\' dates, collected after round 114, scored first on 58 of 65 (89.2 %), 59 of 65 (90.8 %) on the one label changed to the README\'s reading (a day before «вступил в силу» stays that day), 62 of 65 (95.4 %) after round 115 («на каникулах», «в каникулы» inside a sentence and «как / лишь только <событие>» are events; «больше <срок>» after «уходит / занимает / длится …» is a length), 63 of 65 (96.9 %) after round 144 (a Dzen date line\'s year glued to the day of its short form), two misses listed as known', 60, 0.96],
  ['corpus-real-113.tsv', 'hundred-thirteenth set from 51 new URLs on the end of schooling: последний звонок, выпускные вечера and their single days, the issue of аттестаты and medals «За особые успехи в учении», the orders about the end of the school year and the issue of documents (by post, as a scan, duplicates), mostly sentences of news, orders and regulations, a calendar graph\'s items and pages\' date lines, collected after round 120, scored first on 58 of 65 (89.2 %; 59 of 65 = 90.8 % on the one label changed to the README\'s reading: dates «пока не назначены» are a schedule), 62 of 65 (95.4 %) after round 125 (the grades a label is for before a starting noun\'s dash, a day glued by a hyphen to a word before its month, «дату» put first before a verb of setting), three misses listed as known', 65, 0.95],
  ['corpus-real-109.tsv', 'hundred-ninth set from 53 new URLs on the prevention work of schools: социально-психологическое тестирование and the medical drug tests of pupils, the anti-drug months, «Сообщи, где торгуют смертью», «Призывник», «Дети России», «Подросток» and other police and КДН operations, weeks of профилактика правонарушений, the day of legal aid to children, ПДН meetings and КДН raids, mostly sentences of news and regulations and pages\' date lines, collected after round 120, scored first on 58 of 64 (90.6 %), no label changed; 64 of 64 after round 121, no known miss', 64, 1],
  ['corpus-real-108.tsv', 'hundred-eighth set from 47 new URLs on schools\' and kindergartens\' work with parents: родительские собрания (classroom, school-wide, city, regional and the Общероссийское), всеобуч and lectures, the родительский патруль, the родительский контроль of meals, open days, questionnaires and surveys, parents\' boards and a few plan cells, mostly sentences of news and pages\' date lines, collected after round 118, scored first on 55 of 60 (91.7 %, no label changed), five misses listed as known', 60, 0.91],
  ['corpus-real-112.tsv', 'hundred-twelfth set from 47 new URLs on school tourism and local history: школьные экскурсии and the «Школьный туризм» trips and certificates, the «Большая перемена» «Путешествие мечты», походы and the МЧС notice before them, турслёты and слёты юных туристов, краеведческие конкурсы and чтения, school museums, mostly sentences of news and regulations and a few cells and list items, collected after round 120, scored first on 58 of 65 (89.2 %; 59 of 65 = 90.8 % on the one label changed to the README\'s reading: «вступившим в силу <день>» is open-ended from that day, and a date outranks an event phrase elsewhere), 64 of 65 (98.5 %) after round 124 (a postcode at the head of an address, a baseline year after «по сравнению с», «прекращается <день>», «на этот год», an ordinal before a season\'s adjective), one miss listed as known', 65, 0.98],
  ['corpus-real-114.tsv', 'hundred-fourteenth set from 41 new URLs on teachers\' professional contests and mentoring: «Учитель года» (municipal, regional, the Russian final, orders\' items), «Воспитатель года», «Сердце отдаю детям», «Первый учитель», the денежное поощрение / премии лучшим учителям, «Лучшие наставники», mostly sentences of news and regulations, contest rules\' list items and pages\' date lines, collected after round 120, scored first on 60 of 65 (92.3 %), 61 of 65 (93.8 %) on the one label changed to the README\'s reading (an offset with no event after it is an event), 63 of 65 (96.9 %) after round 126 (a word of degree before the dates\' adjective, «Более точные даты … будут определены позже»; after a word of moving, «с апреля на более поздние сроки» leaves no date), two misses listed as known', 65, 0.96],
  ['corpus-real-117.tsv', 'hundred-seventeenth set from 45 new URLs on public discussion and rule-making of education bodies: проекты постановлений and приказов put up for обсуждение, независимая антикоррупционная экспертиза, публичные консультации of ОРВ, учёт мнения and опросы before a reorganisation, bills and standards on their way, acts\' entry into force and their editions, mostly sentences of regulations and news, a few list items and pages\' date lines, collected after round 126, scored first on 57 of 59 (96.6 %), no label changed; 59 of 59 after round 129 («с даты <события>» is the moment a rule runs from; an example word between an act\'s noun and its date with the number is the act\'s label), no known miss', 59, 1],
  ['corpus-real-116.tsv', 'hundred-sixteenth set from 47 new URLs on military-patriotic education and pupils\' pre-conscription training: учебные сборы of 10th-grade boys, первоначальная постановка на воинский учёт, «Юнармия», «Зарница» and «Орлёнок», «Пост № 1», the defence-and-sport month, ГТО festivals and norms, mostly sentences of news, orders and laws and pages\' date lines, collected after round 126, scored first on 57 of 65 (87.7 %), 59 of 65 (90.8 %) on the two labels changed to the README\'s reading (days joined by «и» are `on`; a verb of starting after its month is open-ended), 64 of 65 (98.5 %) after round 128 (a figure joined by a hyphen to an adjective of a length, «5-дневные сборы»; an e-mail address; «время и место проведения … будет определять …»; «перед допуском к …»; a verb of ending before «в середине июля»), one miss listed as known', 65, 0.98],
  ['corpus-real-119.tsv', 'hundred-nineteenth set from 41 new URLs on pupils\' self-government and school media: выборы президента школы / председателя совета обучающихся (the yearly day of the vote, агитация, дебаты, the count), советы старшеклассников, детские and молодёжные парламенты (intake of candidates, sessions, the meetings of their regulations), школьные газеты and медиацентры, конкурсы and фестивали школьных СМИ, mostly sentences of news and regulations and pages\' date lines, collected after round 126, scored first on 63 of 65 (96.9 %, no label changed), 64 of 65 (98.5 %) after round 131 («перед» before students, an audience or a hyphen-joined compound of people is «in front of»: «перед студентами-избирателями 25 апреля 2025 года» is that day), one miss listed as known', 65, 0.98],
  ['corpus-real-118.tsv', 'hundred-eighteenth set from 37 new URLs on assessment procedures and monitoring studies: ВПР (periods, the moves to the autumn, the 2025 and 2026 windows, schools choosing their days), НИКО, PIRLS and PISA, regional diagnostic and monitoring works, функциональная грамотность, the единый график оценочных процедур and стартовая диагностика, mostly sentences of news and regulations and a few cells and titles of schools\' graphs, collected after round 126, scored first on 54 of 62 (87.1 %), 56 of 62 (90.3 %) on the two labels changed to the README\'s reading (a day before «№» with no act\'s noun is that day; an act\'s date with its year in figures and no number keeps its reading), 58 of 62 (93.5 %) after round 130 (a perfective verb of choosing or setting after «самостоятельно», «Каждая школа сможет самостоятельно выбрать даты …»), four misses listed as known', 62, 0.93],
  ['corpus-real-120.tsv', 'hundred-twentieth set from 40 new URLs on payments and paid services of schools and kindergartens: платные образовательные услуги (contracts\' and offers\' terms, refunds «в течение N дней со дня …»), родительская плата (days of the month to pay by, рост платы «с 1 февраля», освобождение), компенсация части родительской платы and its yearly renewal, school meal payment and prices, documents for free meals, mostly sentences of regulations, notices and city news with pages\' date lines, collected after round 126, scored first on 54 of 64 (84.4 %), 56 of 64 (87.5 %) on the two labels changed to the README\'s reading («ежедневно в рабочие дни» is open-ended work; a span with a figure and no event stays unparsed), 59 of 64 (92.1 %) after round 132 («до дня / не позднее даты <событие>» is that event; «каждого нового учебного года» repeats), five misses listed as known', 64, 0.92],
  ['corpus-real-125.tsv', 'hundred-twenty-fifth set from 39 new URLs on innovation and grant work of schools and kindergartens: региональные, федеральные and краевые инновационные площадки (intake of applications for the status, its extension, РИП reports and their defence), стажировочные площадки, премии лучшим учителям, «Лучшие школы России», grants of schools and parents\' committees, флагманские and передовые школы, mostly sentences of notices, regulations and news with pages\' date lines, collected after round 132, scored first on 54 of 60 (90.0 %), 56 of 60 (93.3 %) on the two labels changed to the README\'s reading (a sentence naming the order it follows is a `schedule`; a bracket after a date is a note), 57 of 60 (95.0 %) after round 137 (a figure\'s change «с / со / от N до M <noun>» is a count, a label), three misses listed as known', 60, 0.95],
  ['corpus-real-130.tsv', 'hundred-thirtieth set from 42 new URLs on schools as polling stations and elections around schooling: school days moved, cancelled or turned remote in the days of voting (трёхдневное голосование, единый день голосования, the Monday after it for санобработка), school staff in участковые избирательные комиссии, довыборы в управляющий совет and a school\'s election of its president, mostly sentences of news, pages\' date lines and clauses of instructions, collected after round 138, scored first on 77 of 86 (89.5 %), 79 of 86 (91.9 %) on the two labels changed to the README\'s reading (a code of law is no document of dates, round 37), 86 of 86 after round 142 («в эти [N] дни» and «в период проведения <чего>» inside a sentence are events; a time made known later with an offset is the offset; days opening a clause of their own after «после …»; «N учебных <noun>» a label; a year glued to a clock), no miss left', 86, 1],
  ['corpus-real-126.tsv', 'hundred-twenty-sixth set from 46 new URLs on schooling interrupted by weather and emergencies: актированные дни and their temperature tables by grade, перевод на дистанционное обучение for snow, floods, cyclones, power cuts and emergencies, продление and перенос of holidays and of the year\'s start, the make-up of missed lessons, mostly sentences of news, school notices and regulations and pages\' date lines, collected after round 132, scored first on 50 of 64 (78.1 %, no label changed), 56 of 64 (87.5 %) after round 138 (days named by the weather «в актированные / морозные дни» and «по возвращении из …» are events; «в соответствии с нормативными актами» is a schedule), 57 of 64 (89.1 %) with round 133 landed before it («08.12.2023 в 12:15 9269» now read), 58 of 64 (90.6 %) after round 140 («решение о дате перехода … примут главы …» is a schedule), six misses listed as known', 64, 0.9],
  ['corpus-real-133.tsv', 'hundred-thirty-third set from 58 new URLs on pre-military training and military registration around schools: учебные сборы юношей 10 классов (their dates and length), первоначальная постановка на воинский учёт and the call-up round it, the new subject ОБЗР and начальная военная подготовка, военно-патриотические лагеря and «Зарница 2.0» stages, mostly sentences of news pages and school sites, list items and pages\' date lines, collected after round 144, scored first on 91 of 96 (94.8 %), 94 of 96 (97.9 %) after round 145 (a version after a capitalised name, «Зарницы 2.0», is a label; a day with a verb of starting right after it is that verb\'s day, a verb of ending before it notwithstanding; «при отправке / постановке / сдаче / выдаче / передаче» is an event), two misses listed as known', 96, 0.97],
  ['corpus-real-137.tsv', 'hundred-thirty-seventh set from 78 new URLs on the cultural life of schools: школьные музеи (паспортизация, contests, opening hours, excursions), школьные театры (the «Школьная классика» project, festivals, their intakes and stages), «Пушкинская карта» and «Культура для школьников» (the card\'s start, its yearly limit spent by 31 December, the yearly actions), school choirs and libraries\' reading events, mostly sentences of news, notices and regulation clauses and pages\' date lines, collected after round 144, scored first on 133 of 142 (93.7 %), 134 of 142 (94.4 %) on the one label changed to the README\'s reading («в течение фестиваля» is open-ended work like «в течение месячника», round 23), 140 of 142 (98.6 %) after round 149 (a payment card such as «по Пушкинской карте» is no road map; a programme one takes part in or belongs to, «Участие в программе …», is no document of dates; a month abbreviated before its day, a comma and the year, «Фев. 25, 2023», is that day; a month glued by a hyphen to a word before it, «Арт-Март», is a name; a quoted name of an adjective and a season, «Театральная весна», is no season; the months in a bracket after a season\'s period, «Зимний период (с октября по май)», are its window), two misses listed as known', 142, 0.98],
  ['corpus-real-149.tsv', 'hundred-forty-ninth set from 50 new URLs on pupils\' olympiads and intellectual contests: всероссийская олимпиада школьников (the school stage on «Сириус.Курсы», the пригласительный этап, municipal, regional and final stages, the ministry\'s orders on the regional stage\'s dates and graph), Moscow\'s astronomy olympiad schedule («5–6 класс — 25–27 сентября», «март/апрель»), other olympiads, marathons and conferences of pupils run by education offices, and the programmes of work with gifted children («Одарённые дети»); 12 of the 118 rows are cells or fields, short of the brief\'s share; collected after round 157, scored first on 109 of 118 (92.4 %), 112 of 118 (94.9 %) on the three labels changed to the README\'s reading (a month, a slash and the next month are one window; «в настоящее время» is open-ended; an infinitive of starting with an hour is daily hours), 116 of 118 (98.3 %) after round 160 (a clock of an event\'s day; a bracket of five or six words in the subject of «сроки … утверждены»; an act\'s blank number; an edition\'s date), two misses listed as known', 118, 0.98],
  ['corpus-real-162.tsv', 'hundred-sixty-second set from 39 new URLs on social support of pupils and families: the school\'s social pedagogue and the social passport, guardianship of orphans and children left without care (guardians\' payments, the lump-sum benefit on taking a child into a family, decisions of guardianship bodies, foster families\' contracts), children with disabilities (home schooling, programmes of rehabilitation), large and low-income families\' benefits (free meals, the school uniform\'s compensation, the large family\'s certificate, campaigns of help before the school year), and the date lines, act labels and headings of their pages; 3 of the 66 rows are cells, far short of the brief\'s share; collected after round 174, scored first on 52 of 66 (78.8 %), 55 of 66 (83.3 %) on the three labels changed to the README\'s reading (a condition is weaker than a bare span and than a written start, round 11; «без ограничения срока» is open-ended, round 11), 62 of 66 (93.9 %) after round 176 («при <событии>» after a payment\'s noun is its name; «полугода» is a unit of a counted span; plural parts of a document hold the dates; a day of the month after an event\'s month counts from the event; groups of figures with a decimal fraction before «рублей» are an amount; «Правила» hold the terms), four misses listed as known', 66, 0.93],
  ['corpus-real-161.tsv', 'hundred-sixty-first set from 54 new URLs on the prevention of neglect and offences among minors: the school\'s Совет профилактики and внутришкольный учёт, the комиссии по делам несовершеннолетних (their acts, editions and orders), the offsets of regional orders under 120-ФЗ, the operations «Подросток», «Всеобуч», «Помоги пойти учиться», «Дети России» / «Чистое поколение» (their windows and stages), raids in families and the regional curfew for minors; no row is a cell of a plan\'s time column and 20 are fields, stage items and date lines, short of the brief\'s share; collected after round 174, scored first on 90 of 102 (88.2 %), 93 of 102 (91.2 %) on the three labels changed to the README\'s reading («в ходе <события>» is an event phrase; a verb of starting before its date is open-ended; «за предыдущий учебный год» names a report\'s period), 99 of 102 (97.1 %) after round 175 («в данный момент»; «с» before two years and «годов»; a plural verbal noun after «при»; an age opening a line before a dash; a span after «за» with a participle of what was done or «всего»), three misses listed as known', 102, 0.97],
  ['corpus-real-160.tsv', 'hundred-sixtieth set from 58 new URLs on school libraries and textbooks and school digital systems: the plans and news of school libraries (the month of school libraries, Неделя детской книги, книгодарение drives, the check of the fund against the Федеральный список экстремистских материалов, the give-out and return of textbooks), the federal textbook list\'s orders, the электронный журнал, ФГИС «Моя школа», Сферум and its move to MAX, and the госуслуги enrolment in the first class; 13 of the 116 rows are date cells of four plans of a school library month, short of the brief\'s share; collected after round 165, scored first on 108 of 116 (93.1 %), 111 of 116 (95.7 %) on the three labels changed to the README\'s reading («каждую весну» repeats over the spring; «в начале каждого учебного года» is yearly in September; «регулярная» work is open-ended), 114 of 116 (98.3 %) after round 172 (a form\'s line between a filled day and its month; an issued act\'s date in brackets after its number; the year of a budget being drafted), two misses listed as known', 116, 0.98],
  ['corpus-real-147.tsv', 'hundred-forty-seventh set from 46 new URLs on plans for pupils with low results and low motivation and schools\' programmes to raise the quality of education: Положения, программы and планы работы со слабоуспевающими / неуспевающими / низкомотивированными, Положения об ИОМ, programmes of raising the quality and of development, a region\'s concept of support for ШНОР, news of «500+» and of school failure, and their approval lines, protocols and title pages; no whole cell of a plan\'s time column (the tables lie past the stored openings), 47 of the 92 rows with no time; collected after round 157, scored first on 81 of 92 (88.0 %), 86 of 92 (93.5 %) on the five labels changed to the README\'s reading (a document in the instrumental opening a cell is a schedule; a cell that is an act\'s title keeps its years), 89 of 92 (96.7 %) after round 158 (a verb of starting after a date keeps its «from» past a grade; the instrumental «систематическим» describes a noun; a quoted day with the month in figures), three misses listed as known', 92, 0.96],
  ['corpus-real-158.tsv', 'hundred-fifty-eighth set from 58 new URLs on schools\' upbringing work: calendar plans of upbringing (КПВР), «Разговоры о важном», class hours and all-Russian lessons (урок Победы, урок мужества), school traditions (День учителя, день самоуправления, school assemblies, месячники, «Орлята России»), the class teacher\'s duties (a diary of norms, Положения о классном руководстве / о классном часе), and the date lines, approval and protocol lines, act labels and headings of their pages; 2 of the 102 rows are cells, far short of the brief\'s share; collected after round 165, scored first on 93 of 102 (91.2 %), 95 of 102 (93.1 %) on the two labels changed to the README\'s reading («введено приказом» is a schedule, round 98; «от <date> протокол № N» is the meeting\'s day, round 40), 99 of 102 (97.1 %) after round 170 (an ordinal «учебная / школьная / рабочая неделя» of a month is that week; a camp session after «в рамках / в ходе / в период / во время» is an event; «Место, время … определяются …» is a schedule; «пр» / «прик» before an act\'s number make its date a label), three misses listed as known', 102, 0.97],
  ['corpus-real-163.tsv', 'hundred-sixty-third set from 48 new URLs on patriotic and civic education: «Юнармия» and the Пост № 1 почётный караул, school museums and rooms of military glory, «Вахта памяти», «Бессмертный полк», days of military glory and memorable dates, the месячник оборонно-массовой работы, «Зарница» and смотр строя и песни, the flag-raising ceremony; 11 of the 118 rows are cells or fields, short of the brief\'s share; collected after round 174, scored first on 108 of 118 (91.5 %), 112 of 118 (94.9 %) on the four labels changed to the README\'s reading («заблаговременно» is an event, round 46; «ежегодная …» with its days stays the repeat, round 84; a verb of starting before its day is open-ended, round 13, twice), 116 of 118 (98.3 %) after round 177 (a plural «годы» is no current year; the end of the school or working week is weekly; «в течение следующего года» is the next year; «следить за расписанием» is a schedule), two misses listed as known', 118, 0.98],
  ['corpus-real-153.tsv', 'hundred-fifty-third set from 52 new URLs on the reporting deadlines of schools and kindergartens to education offices: statistical forms (ОО-1, 85-К, 1-ДО) and their editions, reports on муниципальное задание («Сроки / Периодичность представления отчетов»), attendance registers («в конце месяца», «в начале месяца», «ежедневно»), Рособрнадзор\'s reports, a deputy director\'s duties, the rules of class and electronic journals («в ночь с воскресенья на понедельник», «по итогам учебной четверти»), and the date lines, act labels and headings of their pages; 2 of the 79 rows are cells, short of the brief\'s share; collected after round 157, scored first on 69 of 79 (87.3 %), 71 of 79 (89.9 %) on the two labels changed to the README\'s reading («на основании <документа>» is a schedule; «с <года> до <года>» keeps its second year), one more label changed after the rebase on round 160 (an edition\'s date after «Редакция от» is a label), 75 of 79 (94.9 %) after round 164 (a statistical form\'s code after «форма / отчёт» is a label; «в ночь с <дня недели> на <день недели>» is weekly; two-digit pairs of years before «гг» or a school-year word; a form\'s blank month before a pair of years), four misses listed as known', 79, 0.94],
  ['corpus-real-157.tsv', 'hundred-fifty-seventh set from 37 new URLs on the meetings and plans of education offices themselves: совещания руководителей ОО and of deputy directors, заседания коллегии and their numbered agendas («3. О плане мероприятий … на 2007-2008 годы;», «Вопрос 1. Об итогах работы …»), августовские педагогические совещания and конференции, an order setting their days, directors\' reports, the acts approving an office\'s directions of work for a year, and the date lines, act labels and headings of their pages; 1 of the 87 rows is a field of a time column, short of the brief\'s share; collected after round 165, scored first on 72 of 87 (82.8 %), 74 of 87 (85.1 %) on the three labels changed to the README\'s reading (a repeat adjective with a future verb stays a repeat; dates outrank «в рамках …» inside a sentence), 81 of 87 (93.1 %) after round 169 (an item number before «О»; «Вопрос N.»; «По итогу …»; «перед» before the staff of schools and offices; the results of a relative year; the results\' year after «за» and the tasks\' year after a meeting\'s day), six misses listed as known', 87, 0.93],
  ['corpus-real-156.tsv', 'hundred-fifty-sixth set from 46 new URLs on pupils\' health through schools and kindergartens: medical examinations of minors by age («с 3-х лет — ежегодно.»), flu and measles vaccination in schools, tuberculin tests and the month for a phthisiatrician\'s report, quarantine and cleaning limits of СанПиН («не допускаются … в течении 7 дней после изоляции заболевшего», «не менее двух раз в день»), a kindergarten\'s plan of medical work («один раз в квартал», «по плану диспансеризации поликлиники»), and the date lines and act labels of their pages; 4 of the 97 rows are cells, short of the brief\'s share; collected after round 165, scored first on 82 of 97 (84.5 %), 87 of 97 (89.7 %) on the six labels changed to the README\'s reading (an age is a label; «согласно <акту>» and a document that «определяет сроки» are schedules; «по решению …» is an event; «при … температуре» is a condition), 95 of 97 (97.9 %) after round 168 («от начала <события>»; «до момента, когда …»; «в установленные периоды»; «соответственно решению …»; a weekday before a date with slashes; a joint act\'s, a sanitary rule\'s and a registry number\'s date are labels), two misses listed as known', 97, 0.97],
  ['corpus-real-148.tsv', 'hundred-forty-eighth set from 75 new URLs on the summer campaign of schools and education offices: лагеря с дневным пребыванием, лагеря труда и отдыха, палаточные лагеря and профильные смены, the intake of заявления and путёвки (cells of a municipal service\'s «Срок выполнения услуги» column: «3 раб. дня», «Услуга предоставляется на время летних каникул»), the приёмка of camps, «летняя занятость» and трудовые бригады, regional and municipal acts on отдых, оздоровление и занятость (2001–2024) and the news around them; 9 of the 141 rows are cells or a schedule\'s lines, short of the brief\'s share; collected after round 157, scored first on 129 of 141 (91.5 %), 135 of 141 (95.7 %) on the six labels changed to the README\'s reading, 138 of 141 (97.9 %) after round 159 (words between an opening weekday and its window of hours; weekdays named as days off; «перед учебным годом»), three misses listed as known', 141, 0.97],
  ['corpus-real-146.tsv', 'hundred-forty-sixth set from 18 new URLs on whole time columns of plans: every cell of the «Сроки» / «Дата» / «Месяц» column of 18 real plans of schools, kindergartens and education bodies in table order (попечительский совет, school museums, a ГИА-2023 roadmap, labour-protection control, calendar plans of upbringing, a pioneer squad, young specialists, «Зелёная школа», «Неделя леса», the school grounds, the Victory anniversary), repeats of corpus texts kept on purpose (43 of the 81 rows), most columns partial as the stored pages show them; collected after round 157, scored first on 81 of 81 (100 %) on main\'s parser, no label changed, no rule, no miss', 81, 1],
  ['corpus-real-150.tsv', 'hundred-fiftieth set from 52 new URLs on roadmaps of changes to what schools teach: the updated ФГОС НОО / ООО / СОО, the move to ФОП / ФООП / ФОП ДО / ФАОП ДО and «Школа Минпросвещения России» (its stages and operator), the textbook list\'s «используются до …», «Труд (технология)» and the 2025 changes to the ФОП: sentences, list items, headings and date lines of school, kindergarten and office pages and news of the dates Минпросвещения sets; no row is a whole cell (the unused roadmaps open with their order\'s text), short of the brief\'s share; collected after round 157, scored first on 74 of 82 (90.2 %), 77 of 82 (93.9 %) on the three labels changed to the README\'s reading (a verb of starting before its day is open-ended; a document in the instrumental opening the text is a schedule), 81 of 82 (98.8 %) after round 161 (a count with «учебных» before a noun is a label; an adjective of a year between «с» and a school year changes nothing; a form\'s blank act number stands for the number; a planning document after «изменений в» is the document changed), one miss listed as known', 82, 0.98],
  ['corpus-real-151.tsv', 'hundred-fifty-first set from 44 new URLs on the yearly plans of kindergartens and their methodical work: a kindergarten\'s model of mass events by weeks («4 неделя сентябрь», «3, 4 неделя октября»), a plan of feasts with «в течение года» and thirteen days in one cell, a plan for a region\'s anniversary, a region\'s plan of the contest of the best ДОУ, and the sentences, approval lines, protocols and date lines of Положения о смотре-конкурсе, yearly plans\' title pages and news of педсоветы, семинары, праздники and смотры-конкурсы; 21 of the 95 rows are cells, short of the brief\'s share; collected after round 157, scored first on 85 of 95 (89.5 %), 89 of 95 (93.7 %) on the four labels changed to the README\'s reading («дан старт» before its year is open-ended; a single month with a repeat repeats over the period; a window in a bracket after a date is a note; two deadlines of two things are a list), 91 of 95 (95.8 %) after round 162 (a season in the instrumental after «с» and a season seen off or met are no time; a form\'s day left as empty guillemets is a blank date), four misses listed as known', 95, 0.95],
  ['corpus-real-145.tsv', 'hundred-forty-fifth set from 34 new URLs on the time column of plans of the assessment of quality: a region\'s plan-schedule of monitoring pre-school quality («август - сентябрь, ежегодно»), a district\'s ВПР-2020 graph (windows with «(в любой день указанного периода …)»), a school\'s graph of оценочные процедуры by weeks («2 неделя сентября», «ВПР Согласно графика»), Moscow\'s ВПР plan-schedule 2025/2026, and the headings, approval lines, protocols, signatures and news of the pages that hold such plans (Положения о ВСОКО, ВПР, КДР, МКДО); 21 of the 70 rows are cells, short of the brief\'s share; collected after round 150, scored first on 66 of 70 (94.3 %), 68 of 70 (97.1 %) on the two labels changed to the README\'s reading («при <событии>» is an event; a repeat outranks a schedule), no rule in round 157 (no class had more than one miss), two misses listed as known', 70, 0.97],
  ['corpus-real-140.tsv', 'hundred-fortieth set from 60 new URLs on the time column of ГИА-9 and ГИА-11 plans and schedules (ОГЭ, ЕГЭ, итоговое сочинение and собеседование): the «Дата» and «Сроки» cells of schools\' schedule tables, items of schedule lists, clauses of the rules of appeals, applications and the exam day, municipal notices, news of exam periods and pages\' date lines, collected after round 150, scored first on 79 of 94 (84.0 %), 81 of 94 (86.2 %) on the two labels changed to the README\'s reading («не позднее начала … учебного года» is 09-30, round 132; a verb of starting before its day with days after it is one window, round 13), thirteen misses listed as known', 94, 0.86],
  ['corpus-real-139.tsv', 'hundred-thirty-ninth set from 18 new URLs on the «Сроки» cells of school and kindergarten calendar schedules for 2023/24–2025/26 (the theme asked was the time column of ВШК plans, whose tables the store\'s page openings never reach): quarters and holidays, monitoring and attestation windows, regime hours and weekdays, lengths alone, the writers\' wrong years and glued dates, 65 whole cells and 11 list items, collected after round 150, scored first on 74 of 76 (97.4 %), no label changed, 76 of 76 (100 %) after round 151 (a count of hours or minutes a day is daily work; «Дата / Срок окончания учебного года …» opening the text is a heading, the document after it says when), no miss left', 76, 1],
  ['corpus-real-143.tsv', 'hundred-forty-third set from 30 new URLs on methodical work of schools and municipal methodical services: the time cells of a ММЦ\'s calendar of professional contests, a region\'s plan for the Year of the Teacher, a subject week\'s and a school event\'s plan-schedules, a «Школа молодого педагога» plan and a subprogramme on young specialists, and sentences of ИМЦ / ММЦ / РМЦ news, regulations on наставничество and молодые специалисты, contest and seminar notices (18 of the 63 rows whole cells of a plan\'s time column), collected after round 150, scored first on 58 of 63 (92.1 %), 62 of 63 (98.4 %) on the four labels changed to the README\'s reading (a title in quotes after a date is a note, round 7; «на линейке» in the singular is an occasion, an event, round 53), 63 of 63 (100 %) after round 155 (a range of parts after the noun of a part of a document, «согласно приложению 1-21», is one label), no miss left', 63, 1],
  ['corpus-real-142.tsv', 'hundred-forty-second set from 56 new URLs on the roadmaps, complexes of measures and plans of regional and municipal education bodies (the «IT-куб», «Точка роста» and experiment complexes, programme tables, the school year\'s preparation and acceptance, capital repair of schools, the Year of the Teacher, school theatres, советники по воспитанию, summer camps, the ФООП): 13 time cells and 3 «Срок» lines of instruction lists, the rest order clauses, list items of concepts\' stages, news sentences and posts\' date lines (the store held few unused plan tables), collected after round 150, scored first on 59 of 67 (88.1 %), 62 of 67 (92.5 %) on three labels changed to the README\'s reading (rounds 97 and 93), 65 of 67 (97.0 %) after round 154 (a verb of starting before «до / к / не позднее» a deadline; the infinitive «исполниться» before years an age; «согласно режиму работы / занятий / образовательного процесса» a schedule), two misses listed as known', 67, 0.97],
  ['corpus-real-138.tsv', 'hundred-thirty-eighth set from 44 new URLs on the school timetable and teachers\' workload: расписание уроков и звонков (approval, publication and changes), замены уроков and the sick teacher\'s notices, перемены and сменность, the Monday flag ceremony and «Разговоры о важном», учебная нагрузка of teachers and first-graders, the hours of the school day (not before 8:00, not after 19:00) and the school year «с 1 сентября по 26 мая», mostly sentences of news, school pages\' rules and pages\' date lines, collected after round 144, scored first on 63 of 74 (85.1 %), no label changed, 72 of 74 (97.3 %) after round 150 (the hours at which lessons or the school day routinely start or end are daily work; a weekly load over the months named; «от N до M» amounts a label; «в новом учебном году» inside a sentence; «перед выходными»; a date line with a comma before the year and a dash before the clock), two misses listed as known', 74, 0.97],
  ['corpus-real-141.tsv', 'hundred-forty-first set from 40 new URLs on school development programmes and the roadmaps of the national project\'s school programmes: cells of the time column of roadmaps («Комплекс мер (дорожная карта)» of «IT-куб» and of sport in rural schools, a concept\'s plan of measures for school sport, a municipal programme\'s list of measures, a camp programme\'s passport, the President\'s instructions on general education; 13 of the 65 rows, as no stored page of an антирисковая or среднесрочная программа of a ШНОР school shows its plan table), sentences and date lines of pages on school development programmes, «500+», the concepts of additional education and teacher training, the Decade of Childhood and school repairs, collected after round 150, scored first on 59 of 65 (90.8 %), 60 of 65 (92.3 %) on the one label changed to the README\'s reading (round 137: «с 2023 года до 2027 года» keeps its second year), 63 of 65 (96.9 %) after round 153 (after a task\'s own deadline the horizon in a strategic document\'s name is a note; an item number before a word counts when a year with its year word follows), 65 of 65 after round 165 (a repeat with a named start and no end starts there, with no due when that is after the period)', 65, 1],
  ['corpus-real-135.tsv', 'hundred-thirty-fifth set from 56 new URLs on the time limits between schools, guardianship offices and the juvenile commissions: органы опеки и попечительства (a child found or left without care, the guardian\'s yearly report, acts of inspection), комиссии по делам несовершеннолетних и защите их прав (how long materials and cases are examined, appeals, the yearly plan and reports) and the interagency orders and regulations that set these terms, mostly clauses of laws and regulations, news of raids and operations and pages\' date and edition lines, collected after round 144, scored first on 73 of 77 (94.8 %), 77 of 77 (100 %) after round 147 (a count of tens in words with its units is one count, so «в течение сорока восьми часов» is a bare span; «со времени …» and «с того момента, когда …» after a span are its event; «сроки …» set by an authority named in the instrumental after a passive verb inside a sentence are a schedule), no miss left', 77, 1],
  ['corpus-real-134.tsv', 'hundred-thirty-fourth set from 50 new URLs on the schooling of migrant children: the test in Russian for school admission in force from 1 April 2025 (the law and orders entering into force, the check of documents and of the legal stay, the referral and results «в течение N дней после …», retakes «не ранее чем через три месяца», appeals «в течение двух / 10 рабочих дней», Рособрнадзор\'s figures «за апрель-август»), the kindergartens\' new rules, Russian courses for migrant children and schools\' notices, mostly news and regulation sentences and pages\' date lines, collected after round 144, scored first on 77 of 85 (90.6 %), 82 of 85 (96.5 %) on the five labels changed to the README\'s reading (a condition «если …» is an event, round 11; an act\'s date after an issued act\'s number is its label, rounds 11, 40, 44; «в соответствии с Порядком» is a schedule), 85 of 85 (100 %) after round 146 (a span after «за» before a bracketed window with both ends is its length; a form\'s code after «форма» is a label; «при … результате» is a condition), no miss left', 85, 1],
  ['corpus-real-132.tsv', 'hundred-thirty-second set from 55 new URLs on the pay side of teachers\' work: положения о стимулирующих выплатах и премировании, доплаты and вознаграждение за классное руководство, the days of paying wages (two parts a month, «не позднее 15 календарных дней со дня окончания периода»), delays, rises and one-off payments of teachers\' pay, mostly sentences of news and labour-law pages, regulation clauses and pages\' date lines, collected after round 138, scored first on 88 of 96 (91.7 %), 89 of 96 (92.7 %) on the one label changed to the README\'s reading (a bare «в течение дня» is ongoing, round 8), 93 of 96 (96.9 %) after round 144 (the month paid for right after «за» before the days it is paid on; a day with «-го» after a day and its month before a word; a Dzen date line\'s year glued to the day of its short form; «в установленные дни» is a schedule), three misses listed as known', 96, 0.96],
  ['corpus-real-136.tsv', 'hundred-thirty-sixth set from 48 new URLs on teachers\' professional contests and awards: «Учитель года», «Воспитатель года», «Сердце отдаю детям», «Педагогический дебют», the премии лучшим учителям and governors\' prizes, and the nomination of teachers for state, regional and departmental awards and titles, mostly sentences of news and of award laws and regulations and pages\' date lines, collected after round 144, scored first on 87 of 92 (94.6 %), 88 of 92 (95.7 %) on the one label changed to the README\'s reading («посвящ* … празднику» is an event, round 43), 90 of 92 (97.8 %) after round 148 (a length of service after «стаж* / опыт*» is a label; days of the month a contest was moved to, written outside the move, are the new time), two misses listed as known', 92, 0.97],
  ['corpus-real-129.tsv', 'hundred-twenty-ninth set from 43 new URLs on how education offices and schools receive citizens: личный приём граждан by ministers, heads of departments and directors (days, hours, «по предварительной записи», the order that sets the schedule, the move of a day that falls on a holiday), выездные and тематические приёмы, the общероссийский день приёма and its postponement, горячие and прямые линии and телефоны доверия (ГИА and ЕГЭ, приём в 1 класс, school meals, summer rest) with their periods and hours, schools\' rules of visiting, mostly sentences of news and notices, clauses of reception procedures and pages\' date lines, collected after round 138, scored first on 71 of 84 (84.5 %), 75 of 84 (89.3 %) on four labels changed to the README\'s reading, 83 of 84 (98.8 %) after round 141 (a day called appointed or planned before a word of moving is the day left; «в день <событие>, установленный …» is a schedule; a repeat in a clause of what was done before is set aside; «с завтрашнего дня» and «каждодневный» are open-ended; a toll-free number and a share in brackets after a count are notes), one miss listed as known', 84, 0.98],
  ['corpus-real-128.tsv', 'hundred-twenty-eighth set from 62 new URLs on getting schools and kindergartens ready for the school year and the heating season: приёмка к учебному году, акты готовности and their замечания, паспорта готовности, опрессовка and пробные топки, the start and end of the heating season by the +8 °C rule and who decides it, summer repairs and санэпидзаключения, mostly sentences of news and notices, clauses of orders and pages\' date lines, collected after round 138, scored first on 89 of 115 (77.4 %), 98 of 115 (85.2 %) on the ten labels changed to the README\'s reading, 107 of 115 (93.0 %) after round 140 (the weather after «если / когда» and «в тот момент, когда …» are events, so are «срочно» and «по их заявкам»; who decides the start and «решение по срокам остается за …» are schedules; a span before «назад» is a label), eight misses listed as known', 115, 0.93],
  ['corpus-real-122.tsv', 'hundred-twenty-second set from 54 new URLs on labour protection and fire safety routines of schools and kindergartens: инструктажи (вводный «до начала работы», «в день фактического приема», повторный), обучение and проверка знаний «не реже одного раза в три года», пересмотр инструкций «не реже одного раза в пять лет», СОУТ, медосмотры, учебные эвакуации, проверки гидрантов and водопровода «дважды в год — весной и осенью», электробезопасность (группа I «ежегодно»), inspections of labour inspectors, mostly sentences of regulations, reference answers and news with pages\' date lines, collected after round 132, scored first on 57 of 62 (91.9 %, no label changed), 58 of 62 (93.5 %) after round 134 («в день / в дни» with an adjective in the genitive before the event\'s verbal noun is that event: «в день фактического приема сотрудника на работу»), four misses listed as known', 62, 0.93],
  ['corpus-real-115.tsv', 'hundred-fifteenth set from 40 new URLs on the admission of school graduates to universities and colleges: the приёмная кампания (приём документов, вступительные испытания, этапы зачисления, согласие на зачисление, приказы, дополнительный приём), целевое обучение and its quotas, olympiads and their льготы, дни открытых дверей and медицинские классы, mostly sentences of news and rules with cells of universities\' calendars, collected after round 126, scored first on 61 of 64 (95.3 %), no label changed, 64 of 64 (100 %) after round 127 (a verb of ending after its day with its subject between, an educational organisation\'s number after its abbreviation, figures before a weekday and «месяца»), no miss left', 64, 1],
  ['corpus-real-107.tsv', 'hundred-seventh set from 36 new URLs on teacher supply through schools and colleges: целевое обучение in pedagogical universities (admission dates, contracts, «отработать не менее 3 лет»), психолого-педагогические and педагогические классы (opening, admission), «Земский учитель» (application windows, winners\' dates), students\' practice and senior students in schools, news of teacher shortage, collected after round 118, scored first on 57 of 65 (87.7 %), 60 of 65 (92.3 %) on three labels changed to the README\'s reading, 62 of 65 (95.4 %) after round 119 (a speciality\'s code «44.00.00», a possessive in «По его итогам»), three misses listed as known', 65, 0.95],
  ['corpus-real-111.tsv', 'hundred-eleventh set from 46 new URLs on financial and digital literacy in schools: the Bank of Russia\'s онлайн-уроки финансовой грамотности and онлайн-зачет, Недели and месячники финансовой грамотности, «Урок цифры» and «Цифровой диктант», the Единый урок по безопасности в сети «Интернет» and its контрольная работа, кибербезопасность weeks and actions, информационная безопасность детей plans and programmes and a school\'s measures, news of financial literacy made compulsory, mostly sentences of news and school pages, a few titles and cells, collected after round 120, scored first on 64 of 65 (98.5 %; 65 of 65 = 100 % on the one label changed to the README\'s reading: an ordinal before a repeat adjective in the nominative with a future verb stays a repeat, round 88); no known miss', 65, 1],
  ['corpus-real-110.tsv', 'hundred-tenth set from 42 new URLs on school conflicts and psychological help: школьные службы медиации / примирения (their creation, месячники, contests of their pages and of «Юный медиатор», territorial services), профилактика буллинга and кибербуллинга (classroom hours, the draft law, polls), the детский телефон доверия and its campaigns (the Международный день детского телефона доверия, «Минута телефона доверия», «Баланс доверия», «Дистанция доверия», counts of calls), psychological help to families and the day of mental health, mostly sentences of news and pages\' date lines, collected after round 120, scored first on 59 of 65 (90.8 %; 60 of 65 = 92.3 % on the one label changed to the README\'s reading: the transitive «продолжает работу» is not read, round 78), 63 of 65 (96.9 %) after round 122 (a phone number after a colon or a dash, a break or a lesson after «в течение», «больше <срок>» after «работает [уже]»), two misses listed as known', 65, 0.96],
  ['corpus-real-121.tsv', 'hundred-twenty-first set from 45 new URLs on guardianship and child placement as education bodies run them: выявление детей and обследование условий жизни, плановые проверки условий жизни подопечных and контрольные обследования after adoption, отчёты опекунов «ежегодно не позднее 1 февраля», the terms of administrative regulations (предварительное разрешение, вознаграждение, распоряжения), школы приёмных родителей, постинтернатное сопровождение, приёмы граждан and the field\'s news (День опекуна, День приёмной семьи, «Новый год в кругу семьи»), mostly sentences of regulations and news with pages\' date lines, collected after round 132, scored first on 60 of 65 (92.3 %), no label changed; 64 of 65 (98.5 %) after round 133 (the verbal noun right after «с / со / от» is what a span counts from; an ordinal «N-го месяца» before an anchor is a counted month of an offset; a window before «предыдущего / следующего года» is in that year; a count closing a date line is its views), one miss listed as known', 65, 0.98],
  ['corpus-real-124.tsv', 'hundred-twenty-fourth set from 44 new URLs on children with health needs and their schooling routes: ПМПК (work, pauses and reorganisation, a conclusion\'s validity), обучение на дому и в медицинских организациях (госпитальные and санаторные школы, hours a week), консилиумы, ИПРА and медико-социальная экспертиза, absence through illness and certificates, mostly sentences of news and regulations with pages\' date lines and a few cells, collected after round 132, scored first on 50 of 65 (76.9 %), 53 of 65 (81.5 %) on the three labels changed to the README\'s reading («более / свыше N дней» of who is concerned is round 48\'s threshold, an event), 55 of 65 (84.6 %) after round 136 (the start of work made known later, «О начале работы … будет сообщено дополнительно»; «в день начала <события>» inside a sentence), ten misses listed as known', 65, 0.84],
  ['corpus-real-123.tsv', 'hundred-twenty-third set from 40 new URLs on labour-law time limits for the staff of schools and kindergartens: графики отпусков and notices of leave, dismissal and сокращение (notices «не менее чем за 2 месяца», the day of dismissal), the days and delays of salary payment (аванс and окончательный расчёт, «не реже чем каждые полмесяца»), учебная нагрузка, аттестация and повышение квалификации, коллективные договоры and their terms, hiring for new schools, mostly sentences of labour-law pages, news and school documents\' headings and date lines, collected after round 132, scored first on 52 of 65 (80.0 %; 54 of 65 = 83.1 % on the three labels changed to the README\'s reading: an event phrase after a subject does not outrank a repeat, «в случае …» inside a sentence is an event, a count of months before a year is its first months); 61 of 65 (93.8 %) after round 135 (half a month repeats monthly, a count of months in words before a year, the dates set by a contract inside a sentence, «до каникул», «до сих пор», a year in words after a window, «по учебным планам»), four misses listed as known', 65, 0.93],
  ['corpus-real-131.tsv', 'hundred-thirty-first set from 57 new URLs on the rules and news of children\'s creative contests of education offices, centres of supplementary education, libraries, houses of culture and museums: конкурсы рисунков, сочинений, фотографий, поделок and чтецов (the intake of works «до …» and «с … по …», the stages, the summing up and publication of results, the awards and exhibitions, dates announced later), mostly sentences of news and of contests\' rules, collected after round 138, scored first on 73 of 81 (90.1 %), 75 of 81 (92.6 %) on the two labels changed to the README\'s reading (a verb of starting right after its day is `on`; «по результатам …» after a date ends the dates), 81 of 81 (100 %) after round 143 (the last day of an intake «последний день приёма / сдачи …» is the deadline; «о месте и времени … сообщат», «о датах … будет объявлено» are times made known later; «1.2.3 степени» is the prizes\' degrees; «пройдёт индивидуально» is set for each person), no miss left', 81, 1],
  ['corpus-real-127.tsv', 'hundred-twenty-seventh set from 43 new URLs on the office records of schools and education offices: номенклатура дел and its yearly approval, сроки хранения документов (личные дела обучающихся и работников, классные журналы, «Постоянно», «75 лет»), передача дел в архив, экспертиза ценности and уничтожение документов, the law and the lists that set the terms, the personal data of pupils and staff (согласие, its withdrawal, сроки уничтожения ПДн), mostly sentences of articles and regulations, a few cells of a nomenclature and acts\' and pages\' date lines, collected after round 138, scored first on 59 of 67 (88.1 %, no label changed), 64 of 67 (95.5 %) after round 139 (a count before «года» after «до окончания …» is a span; a year written first does not hide an offset from a day; the participle of setting after the term with its document, «менее срока, установленного законодательством», and the future «будет определен … сроки» are schedules), three misses listed as known', 67, 0.95],
  ['corpus-real-144.tsv', 'hundred-forty-fourth set from 37 new URLs on the plans and time columns of school specialists (социальный педагог, педагог-психолог, учитель-логопед, классный руководитель, педагог-библиотекарь, советник директора по воспитанию, Совет профилактики): 12 whole cells of plans\' and cyclograms\' «Дата» and «Периодичность» columns, the rest sentences, list items and date lines of news and rules around their work (the Совет профилактики, the library day and its month, the советник\'s post from 2022 to 2026, prevention months and raids), collected after round 150, scored first on 66 of 69 (95.7 %), no label changed, 69 of 69 (100 %) after round 156 (a holiday after «в рамках / в ходе» is an event; a dash before the «по» of a window of days is dropped; «цикл / серия / формат» before a repeat adjective in the genitive repeats), no miss left', 69, 1],
  ['corpus-real-152.tsv', 'hundred-fifty-second set from 56 new URLs on inclusive education and the school\'s support of pupils with special needs: the Положения of психолого-педагогические консилиумы (their approval lines, protocols and orders, signatures, blank form dates, the time limits of a протокол and a заключение), ПМПК, a ministry\'s and a federal plan\'s time cells for pupils with disabilities («IV квартал 2018 г.», «2022 год - …»), regional programmes and school accessibility roadmaps, ИУП / СИПР / АООП terms, ресурсные классы and tutors in news; 7 of the 88 rows are cells, short of the brief\'s share; collected after round 157, scored first on 76 of 88 (86.4 %), 79 of 88 (89.8 %) on the four labels changed to the README\'s reading (rounds 10 and 65, 103, 40), 84 of 88 (95.5 %) after round 163 (figures written on a form\'s line between its underscores are filled in; an act\'s noun in angle brackets, the word of approval «утв.» before who approved, and a day and month with no year between «от» and «№» mark an act\'s date and number as labels), four misses listed as known, each the only row of its class; 85 of 88 (96.6 %) after round 162, landed after it (a form\'s day left as an empty pair of guillemets is a blank date), three misses left', 88, 0.96],
  ['corpus-real-155.tsv', 'hundred-fifty-fifth set from 42 new URLs on school sport: ВФСК ГТО (testing, centres, winter and summer festivals of pupils and their stages), «Президентские состязания» (a municipal stage\'s card), spartakiads of pupils (a district\'s calendar: «4, 5, 6 января», «23 январь 2010 г.»), days of health, a district\'s plan of sport events for May and the «Кросс нации» run, and the sentences, headings, act labels and date lines of their pages; 21 of the 98 rows are cells, day headings or fields, short of the brief\'s share; collected after round 165, scored first on 93 of 98 (94.9 %), 94 of 98 (95.9 %) on the label changed to the README\'s reading (round 59: a repeat adjective with a day and no year, nothing held, stays the repeat), 98 of 98 (100 %) after round 167 (a readers\' counter «читали: N раз»; an act\'s number with a letter glued to its figures; a list of birth years before «годов рождения»; a periodicity of some years)', 98, 1],
  ['corpus-real-159.tsv', 'hundred-fifty-ninth set from 31 new URLs on the school year\'s calendar: календарные учебные графики of schools and kindergartens (четверти, триместры, семестры, модули, каникулы, the summer period, a kindergarten\'s daily hours), the ministry\'s and regions\' recommended holidays, news and orders moving holidays and school days (a Saturday worked «за пятницу, 19 декабря», a start moved to 2 September, lessons moved for elections); 13 of the 108 rows are whole cells and 29 more rows or fields of graphs; collected after round 165, scored first on 92 of 108 (85.2 %), 96 of 108 (88.9 %) on the four labels changed to the README\'s reading (holidays without dates are events; a document in the instrumental opening a cell is a schedule; dates outrank an event phrase not at the start; hours with no heading stay unread), 102 of 108 (94.4 %) after round 171 (a slashed abbreviation is no preposition; «грядущий» is the next one; a day glued by a dot to its month; a verb of keeping to a document; the dates in someone\'s competence; the old day of a participle of moving), six misses listed as known', 108, 0.94],
  ['corpus-real-154.tsv', 'hundred-fifty-fourth set from 60 new URLs on children\'s additional education: кружки и секции and their open days, сертификаты ПФДО and персонифицированное финансирование, the «Навигатор дополнительного образования», plans of внеурочная деятельность, приём and зачисление in объединения, a house of children\'s creativity\'s calendar graph, the centres «Точка роста» (openings, roadmaps, acts) and the regional acts and methodological letters on the Целевая модель; 10 of the 110 rows are cells or fields, short of the brief\'s share; collected after round 165, scored first on 92 of 110 (83.6 %), 97 of 110 (88.2 %) on the five labels changed to the README\'s reading (a span that names no event; «продолжается» with no date; a verb of starting after its month; a registration line is that day; «Основанием для начала … является» is an event), 105 of 110 (95.5 %) after round 166 («при записи»; a span of years after «за» with no anchor; numbers after «школа»; a period\'s length after a dash; a form\'s underscore before the year; a dot inside an act\'s number), five misses listed as known', 110, 0.95],
  ['corpus-real-165.tsv', 'hundred-sixty-fifth set from 47 new URLs on career guidance in schools: the профминимум and the ministry\'s letters on it, «Билет в будущее» (diagnostics, профпробы, festivals of professions), «Россия — мои горизонты» and its Thursday lessons, «Проектория» and other open lessons, ярмарки профессий and «Неделя без турникетов», open days of colleges and «Профессионалитет», weeks of career guidance, profile tenth classes and their enrolment, and the approval lines and act labels of such pages; none of the 87 rows is a cell of a plan\'s time column, far short of the brief\'s share (six are date lines or fields); collected after round 174, scored first on 83 of 87 (95.4 %), 84 of 87 (96.6 %) on the label changed to the README\'s reading (a verb of starting before its school year reads as «с», rounds 13 and 41), 87 of 87 (100 %) after round 179 (a class\'s figure and letter after a noun of pupils or closing a list of classes; a protocol\'s number after an issued act\'s noun; the graduates of a year named relative to the current one)', 87, 1],
  ['corpus-real-164.tsv', 'hundred-sixty-fourth set from 51 new URLs on the money and reporting side of schools and kindergartens: municipal tasks and their report forms (the «Периодичность» field, the signature stamp\'s «Действует с / по» and «Время подписания», the title lines «на 2024 год и на плановый период 2025 и 2026 годов» and «за 6 месяцев 2024 года»), ПФХД (its titles and the orders on drawing up, approving and changing it), procurement plans, the Minfin order on bus.gov.ru, the statistical forms ОО-2, 1-ДО and 1-ДОП (orders bringing them in «с отчета за …», «в сроки, установленные в форме», their edition lines), a бухгалтерия\'s document-flow graph, a school\'s inventory, and the date lines, approval lines and act labels of their pages; 16 of the 82 rows are cells or fields of a form\'s time columns, short of the brief\'s share; collected after round 174, scored first on 72 of 82 (87.8 %), 75 of 82 (91.5 %) on the three labels changed to the README\'s reading (round 11: a condition «…, если …» with nothing else understood is an event; round 19: a document in the instrumental opening a cell is a schedule), 82 of 82 (100 %) after round 178 (an edition\'s date after «с изменениями на» and an act\'s date with its edition in brackets after it are labels; «Периодичность» before a periodicity adjective; a form\'s blank year after «за»; a date with backslash-escaped separators)', 82, 1],
  ['corpus-real-166.tsv', 'hundred-sixty-sixth set from 48 new URLs on staff and labour in schools and kindergartens: графики отпусков and their approval term, teachers\' leave, тарификация and учебная нагрузка, salary terms and news of unpaid salaries, правила внутреннего трудового распорядка and collective agreements (their years, protocols, approval lines), staff medical checks and attestation, the Labour Code\'s notices of dismissal; 3 of the 71 rows are cells, far short of the brief\'s share; collected after round 174, scored first on 60 of 71 (84.5 %), 64 of 71 (90.1 %) on the four labels changed to the README\'s reading (a protocol\'s date before its number is a label, rounds 11, 40, 62; a repeat adjective is the repeat, round 56), 70 of 71 (98.6 %) after round 180 (a letter glued to an act\'s number; «в последний трудовой день»; a count\'s case ending glued by a dash; a doubled dot before a date\'s year; a long participle of a verb of setting), one miss listed as known', 71, 0.98],
  ['corpus-real-168.tsv', 'hundred-sixty-eighth set from 41 new URLs on school mediation services and psychological support: школьные службы медиации (примирения), their Положения, programmes and contests and the government\'s Концепция of mediation services; социально-психологическое тестирование and its timelines; ППк and ПМПК; the school psychologist\'s plans and «Недели психологии»; and the approval lines, act labels and date lines of such pages; 4 of the 69 rows are cells or fields of a time column, far short of the brief\'s share; collected after round 180, scored first on 58 of 69 (84.1 %), 62 of 69 (89.9 %) on the four labels changed to the README\'s reading (a protocol\'s date before its number is a label, rounds 11, 40, 62; «больше N лет» a threshold, round 48; «при <событии>», round 10; «по инициативе …», round 18), 68 of 69 (98.6 %) after round 182 (a span of school years; «в течение подготовки / проведения»; «руководствуясь <документом>»; a journal\'s volume and pages and a book\'s count of pages; a noun of starting before a plural noun of activity), one miss listed as known', 69, 0.98],
  ['corpus-real-173.tsv', 'hundred-seventy-third set from 56 new URLs on children\'s road safety: the Госавтоинспекция\'s profilactic actions with schools («Внимание, дети!», «Рождественские / Осенние / Безопасные каникулы», «Автокресло – детям!»), the Всероссийская неделя безопасности дорожного движения, отряды ЮИД and the «Безопасное колесо» contest, ПДД drawing contests, «Родительский патруль», the паспорт дорожной безопасности, notices of a group of children carried by bus, the municipal and regional programmes «Повышение безопасности дорожного движения», and the date lines and act labels of their pages; 2 of the 111 rows are fields of a time column, far short of the brief\'s share; collected after round 180, scored first on 108 of 111 (97.3 %), 109 of 111 (98.2 %) on the label changed to the README\'s reading (a meeting named as the time is an event, round 12), 111 of 111 (100 %) after round 187 (a count of months before the current year in words; an act\'s number with a dotted part after its slash)', 111, 1],
  ['corpus-real-170.tsv', 'hundred-seventieth set from 57 new URLs on school meals: orders and положения on организация горячего питания, graphs of meals, parents\' control of meals (news of visits, the order of visits), the бракеражная комиссия and commissions of meal control, the menu and its publication (the daily menu on the site, the monitoring centre\'s «папка food», weeks of school meals), льготное питание and its documents (compensations for pupils taught at home, payments, decisions on benefits), a совет по питанию\'s plan, and the date lines, approval lines and act labels of such pages; 5 of the 107 rows are cells, far short of the brief\'s share; collected after round 180, scored first on 100 of 107 (93.5 %), 102 of 107 (95.3 %) on the three labels changed to the README\'s reading («заранее» is an event, round 46; a document in the instrumental opening a cell is a schedule, round 19; «на основании <документа>» names the document, round 40), 106 of 107 (99.1 %) after round 184 (a bare number after an issued act\'s noun before «от» and its date; a day right after an issued act\'s blank «№»; a contract\'s or an agreement\'s «№ N от» and a list of numbers before «от»; an item number before a lower-case word with no date after it), one miss listed as known', 107, 0.99],
  ['corpus-real-171.tsv', 'hundred-seventy-first set from 45 new URLs on admission and enrolment: приём в 1 класс (its two stages, the campaign\'s news and figures), приём в 10 класс and profile selection, перевод between schools, комплектование and доукомплектование of kindergartens (направления, путёвки, their graphs), закрепление территорий and its acts; 16 of the 113 rows are cells or fields, short of the brief\'s share; collected after round 180, scored first on 103 of 113 (91.2 %), 107 of 113 (94.7 %) on the four labels changed to the README\'s reading (a document in the instrumental opening the text is a schedule, rounds 19, 103, 178, three times; «Решение о … принимается …» is a schedule, round 35), six misses listed as known', 113, 0.94],
] as Array<[string, string, number, number]>)('fixture %s (%s) through the CLI', (file, _what, fewest, floor) => {
  it(`gets ≥ ${floor * 100}% of kinds and due dates right`, async () => {
    const rows = readCorpus(file);
    expect(rows.length).toBeGreaterThanOrEqual(fewest);
    if (file.startsWith('corpus-real')) for (const r of rows) expect(r.source, `${r.text}: no source`).toMatch(/^https?:\/\/\S+$/);
    const { total, wrong } = await score(rows);
    const accuracy = (total - wrong.length) / total;
    console.info(`${file}: ${total - wrong.length}/${total} = ${(accuracy * 100).toFixed(1)}% right${wrong.length ? '\n  ' + wrong.join('\n  ') : ''}`);
    expect(accuracy).toBeGreaterThanOrEqual(floor);
    const known = KNOWN_MISSES[file] ?? [];
    expect(wrong.filter((w) => !known.some((text) => w.startsWith(JSON.stringify(text)))), `${file}: new misses`).toEqual([]);
    const fixed = known.filter((text) => !wrong.some((w) => w.startsWith(JSON.stringify(text))));
    expect(fixed, `${file}: known misses that are right now: take them off KNOWN_MISSES and say so in the set's header`).toEqual([]);
  }, 60_000);
});
