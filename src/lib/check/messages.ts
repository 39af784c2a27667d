import { daysInMonth, formatDateNumeric, isoDate, isRealDate, isValidIsoDate, MONTHS_GENITIVE, MONTHS_PREPOSITIONAL } from '../dates';
import { MEDIA_EXTENSIONS_TEXT, MEDIA_FOLDER } from '../safety/media';
import { optionLabel } from '../cms/labels';
import type { Problem } from './types';

/** How to fix a field with no more specific advice: the CMS hint and the editors' guide (a methodist does not read the README). */
const FIX_BY_HINT = 'исправьте значение по подсказке в CMS (как заполнять поля — на странице сайта /help/)';

const dmy = (v: string | number | undefined) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateNumeric(v) : String(v ?? ''));

type Data = Problem['data'];
/** code → Russian message and how to fix it. One table for every rule, so wording stays consistent. */
type Text = (d: Data, p: Problem) => { message: string; fix: string };

const isDateField = (p: Problem) => /(^|\.)(date|start|end|submitted|asOf)$/.test(p.field ?? '');

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * What is wrong with a day that is not in the calendar, said about that day: a month number above 12
 * (and, where the day could be a month, the two turned round: «12.31.2021» is 31.12.2021), a day
 * beyond its month's last («31 апреля не бывает: в апреле 30 дней», February with its year's count
 * when the year is known), or a day 0 or above 31. `written` is the date as written: «31.02.2021»,
 * «15.13», «2021-02-30», «31 апреля». Undefined when it is none of these forms.
 */
export function impossibleDateFix(written: string): string | undefined {
  let day: number, month: number, year: number | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written.trim());
  const numeric = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?/.exec(written.trim());
  const words = /^(\d{1,2})\s+([а-яё]+)/i.exec(written.trim());
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : undefined];
  else if (words && MONTHS_GENITIVE.includes(words[2]!.toLowerCase())) [day, month, year] = [Number(words[1]), MONTHS_GENITIVE.indexOf(words[2]!.toLowerCase()) + 1, undefined];
  else return undefined;
  // The same day with day and month swapped, in the form it was written in.
  const swapped = iso ? `${year}-${pad2(day)}-${pad2(month)} (год, месяц, число)` : year === undefined ? `${pad2(month)}.${pad2(day)} (число, месяц)` : `${pad2(month)}.${pad2(day)}.${year} (число, месяц, год)`;
  if (month < 1 || month > 12) {
    return day >= 1 && day <= 12 && month <= 31 && isRealDate(year ?? 2024, day, month)
      ? `месяца с номером ${month} нет: похоже, число и месяц переставлены, и это ${swapped}`
      : `месяца с номером ${month} нет: номер месяца — от 01 до 12`;
  }
  if (day < 1 || day > 31) return `числа ${day} нет ни в одном месяце: проверьте число`;
  const last = month === 2 && year === undefined ? 29 : daysInMonth(year ?? 2021, month);
  if (day <= last) return undefined;
  const count = month === 2 && year === undefined ? '28 или 29' : String(last);
  return `${day} ${MONTHS_GENITIVE[month - 1]} не бывает: в ${MONTHS_PREPOSITIONAL[month - 1]}${month === 2 && year !== undefined ? ` ${year} года` : ''} ${count} дней — проверьте число и месяц`;
}

/**
 * How to fix a date written in another form than ГГГГ-ММ-ДД. Written the Russian way («02.11.2021»,
 * «2.11.2021 г.», «02/11/2021»), it is the same date turned round: the fix names it. A day that is
 * not in the calendar («31.11.2021») needs its day and month checked first.
 */
export function dateFormatFix(value: unknown): string {
  const m = typeof value === 'string' ? /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*(?:г\.?)?\s*$/.exec(value) : null;
  if (!m) return 'впишите дату в виде ГГГГ-ММ-ДД: год, месяц и число через дефис, например 2021-09-28';
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day)
    ? `впишите ${isoDate(year, month, day)}: год, месяц и число через дефис`
    : `${impossibleDateFix(value as string) ?? 'проверьте число и месяц: такой даты нет в календаре'}; дату пишите в виде ГГГГ-ММ-ДД`;
}

/** A value compared loosely: case, «ё», quotes, dots, underscores and spaces do not count. */
const loose = (text: string): string => text.toLowerCase().replace(/ё/g, 'е').replace(/[«»"'“”„.]/g, '').replace(/[\s_]+/g, ' ').trim();

/**
 * The fix for a value outside a list. The lists' messages name each allowed value with its
 * meaning: «состояние: done (выполнено), partial (частично) или not-done (не выполнено)». A value
 * that is one of those meanings («Выполнено», «не выполнено», «ШНОР»), or a value in another case
 * or spelling («Done», «not done»), gets the value to write; so does the label the CMS shows for it
 * («Выполнено частично»: `labelOf`, src/lib/cms/labels.ts). Any other value gets the list.
 */
export function enumFix(detail: unknown, value: unknown, labelOf: (code: string) => string | undefined = () => undefined): string {
  const general = 'выберите одно из перечисленных значений';
  if (typeof detail !== 'string' || typeof value !== 'string' || !value.trim()) return general;
  const wanted = loose(value);
  for (const [, code, meaning] of detail.matchAll(/([a-z][a-z-]*) \(([^)]+)\)/g)) {
    if (value.trim() === code) return `уберите пробел в начале или в конце значения: «${code}»`;
    if (loose(meaning!) === wanted) return `впишите ${code} — так в файле записывается «${meaning}»`;
    const label = labelOf(code!);
    if (label && loose(label) === wanted) return `впишите ${code} — так в файле записывается «${label}»`;
    if (loose(code!).replace(/-/g, ' ') === wanted.replace(/-/g, ' ')) return `впишите ${code} (строчными латинскими буквами${code!.includes('-') ? ', через дефис' : ''})`;
  }
  return general;
}

/** The general advice for a deadline the parser cannot read: examples of the forms it reads. */
const DEADLINE_EXAMPLES = 'запишите срок понятнее (например, «до 15.02.2021», «октябрь-ноябрь 2021», «ежемесячно до 28 числа», «по графику ОО»)';

/**
 * Advice that follows the parser's reason (`Deadline.reason`, src/lib/deadline): a date that is not in the calendar needs its day and
 * month checked, not rewording; a missing year needs the year; a reversed window needs its ends swapped. Reasons with no advice of
 * their own («не удалось распознать срок», «непонятное число …») get the examples of readable deadlines.
 */
const DEADLINE_ADVICE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^несуществующая дата/, 'проверьте число и месяц: такой даты нет в календаре (в феврале 28 или 29 дней, в апреле, июне, сентябре и ноябре — 30)'],
  [/^несуществующий месяц/, 'проверьте номер месяца: он должен быть от 01 до 12'],
  [/^нет .* (недели|с номером)/, 'проверьте номер: в году 4 квартала, 4 четверти, 3 триместра и 2 полугодия, в месяце 3 декады и не больше 5 недель'],
  [/^неправдоподобный год/, 'проверьте год; если это номер документа или правил (например, «СанПиН 1.2.3685-21»), отделите его от срока или уберите'],
  [/^не указан год/, 'укажите год в сроке (например, «до 15.02.2021») или год и период дорожной карты'],
  [/^непонятно, к какому году/, 'укажите год (например, «I квартал 2021 г.», «II полугодие 2021 г.»)'],
  [/^не указан месяц декады/, 'укажите месяц (например, «первая декада ноября»)'],
  [/^начало срока .*позже его окончания/, 'проверьте начало и конец срока: возможно, числа или месяцы переставлены'],
  [/^срок отсчитывается от события/, 'назовите событие, от которого отсчитывается срок (например, «в течение 3 дней после проверки»), или укажите дату'],
  [/^срок не указан/, 'впишите срок (например, «до 15.02.2021», «в течение года», «по графику ОО»)'],
];

/** How to fix an unreadable deadline, after the parser's reason. */
export function deadlineFix(reason: string): string {
  const impossible = /^несуществующая дата «([^»]+)»/.exec(reason);
  const advice = (impossible && impossibleDateFix(impossible[1]!)) ?? DEADLINE_ADVICE.find(([re]) => re.test(reason))?.[1] ?? DEADLINE_EXAMPLES;
  return `${advice}; статус пункта будет «без даты»`;
}

const texts: Record<string, Text> = {
  'file.yaml': (d) => ({ message: `файл не читается как YAML: ${d.detail}`, fix: 'проверьте отступы (пробелы, не табуляция), двоеточия и кавычки в этой строке' }),
  'file.no-frontmatter': () => ({ message: 'у документа нет блока свойств между строками ---', fix: 'начните файл со строки ---, перечислите свойства (kind, title, …) и закройте строкой ---' }),
  'file.mdx': () => ({ message: 'файл MDX в папке содержимого: MDX может выполнять код при сборке сайта, поэтому в содержимом он запрещён', fix: 'сохраните документ как обычный Markdown (.md); страницы с кодом делают разработчики в src/pages/' }),
  'file.extension': (d) => ({ message: `расширение «${d.ext}» вместо «${d.expected}»: такой файл не попал бы на сайт`, fix: `переименуйте файл, чтобы он оканчивался на ${d.expected} (строчными буквами)` }),
  'file.type': (d) => ({ message: `в папке коллекции лежит файл ${d.ext ? `типа «${d.ext}»` : 'без расширения'}, а эта коллекция читает только ${d.expected}`, fix: `сохраните запись с расширением ${d.expected} или уберите файл из src/content/ (файлы для скачивания — в ${MEDIA_FOLDER}/)` }),
  'file.hidden': () => ({ message: 'скрытый файл (имя начинается с точки) в папке коллекции: на сайт он не попадёт', fix: 'уберите точку в начале имени или удалите файл' }),
  'body.raw-html': (d) => ({ message: `в тексте документа ${d.what}: на сайте это место будет показано как текст, а не как разметка`, fix: 'уберите разметку HTML или замените её Markdown (таблицы — через «|», выделение — **жирный**, *курсив*); если угловые скобки нужны как текст, пишите &lt; и &gt;' }),
  'file.outside': (d) => ({ message: 'файл лежит вне папок коллекций и не будет прочитан', fix: `перенесите его в одну из папок: ${d.folders}, или удалите` }),
  'file.symlink': () => ({ message: 'символическая ссылка вместо файла', fix: 'замените ссылку самим файлом' }),
  'file.name': (d) => ({ message: 'имя файла должно быть латиницей в нижнем регистре, цифрами и дефисами (без пробелов и русских букв): оно становится адресом страницы и идентификатором для ссылок', fix: `переименуйте файл, например в «${d.suggested}», и поправьте ссылки на него` }),
  'file.too-big': (d) => ({ message: `файл слишком большой (${d.size} КБ, допустимо до ${d.limit} КБ)`, fix: 'разделите его на несколько записей; сканы и большие файлы загружайте в папку файлов через CMS' }),
  'file.empty': () => ({ message: 'файл пуст: в нём нет ни одного поля', fix: 'заполните поля по образцу соседних файлов или удалите файл' }),
  'file.yaml-duplicate-key': (d) => ({ message: `поле указано дважды: ${d.detail}`, fix: 'оставьте одно значение поля и удалите повтор' }),
  'file.yaml-tag': (d) => ({ message: `тег YAML «${d.detail}» не поддерживается`, fix: 'уберите тег (запись, начинающуюся с «!»); значение пишите обычным текстом, при необходимости в кавычках' }),
  'file.yaml-proto': (d) => ({ message: `служебное имя «${d.detail}» нельзя использовать как название поля`, fix: 'удалите это поле' }),
  'file.yaml-aliases': (d) => ({ message: `слишком много ссылок-псевдонимов YAML (*имя), больше ${d.limit}: такой файл разворачивается в огромный объём данных`, fix: 'перепишите значения полностью, без якорей (&имя) и ссылок (*имя)' }),
  'text.forbidden-char': (d) => ({ message: `в тексте невидимый ${d.char}${d.column ? ` (позиция ${d.column})` : ''}; такие символы ломают календарь, таблицы и отображение текста`, fix: 'удалите символ: перепечатайте это место или вставьте текст заново через «Вставить как текст»' }),
  'media.type': (d) => ({ message: `файл ${d.ext ? `типа «${d.ext}»` : 'без расширения'} нельзя публиковать из папки файлов: HTML, JavaScript, SVG и другие активные файлы могут выполнять код на сайте`, fix: `сохраните документ как ${MEDIA_EXTENSIONS_TEXT} (расширение строчными буквами), рисунок — как PNG или JPEG` }),
  'media.name': () => ({ message: 'имя файла для скачивания должно быть латиницей, цифрами, дефисами и точками', fix: 'переименуйте файл, например prikaz-147.pdf' }),
  'media.content': (d) => ({ message: `содержимое файла не похоже на ${d.what}: расширение не совпадает с тем, что внутри`, fix: `сохраните файл заново в нужном формате или дайте ему верное расширение (${MEDIA_EXTENSIONS_TEXT})` }),
  'schema.invalid_type': (d, p) =>
    d.missing
      ? { message: 'обязательное поле не заполнено', fix: isDateField(p) ? 'впишите дату в виде ГГГГ-ММ-ДД, например 2021-09-28' : 'заполните поле' }
      : { message: `неверное значение${d.value ? ` «${d.value}»` : ''}: ${d.detail}`, fix: isDateField(p) ? 'впишите дату в кавычках в виде "ГГГГ-ММ-ДД"' : FIX_BY_HINT },
  'schema.unrecognized_keys': (d) =>
    d.collection === 'pairings' && String(d.keys).split(', ').includes('rows')
      ? { message: 'строки перечня (rows) хранятся не в файле перечня, а по одной паре в файле', fix: 'перенесите каждую строку в отдельный файл pairs/<id перечня>/<школа>.yaml с полями list, number, school, coordinator, partner, curator (образец — src/content/pairs/ демо-сайта) и удалите rows' }
      : { message: `лишнее поле: ${d.keys}`, fix: 'удалите его или исправьте опечатку в названии поля (названия полей — латиницей, как в образце)' },
  'schema.invalid_value': (d, p) =>
    d.missing
      ? { message: `обязательное поле не заполнено: ${d.detail}`, fix: 'выберите одно из перечисленных значений' }
      : { message: `недопустимое значение${d.value ? ` «${d.value}»` : ''}: ${d.detail}`, fix: enumFix(d.detail, d.value, (code) => optionLabel(`${d.collection}.${(p.field ?? '').replace(/\.\d+(?=\.|$)/g, '')}`, code)) },
  'schema.invalid_format': (d, p) => ({
    message: `неверный формат${d.value ? ` «${d.value}»` : ''}: ${d.detail}`,
    // A space at an end is not seen in the editor: said, with the value it should be.
    fix: typeof d.value === 'string' && d.value.trim() !== d.value && d.value.trim() !== ''
      ? `уберите пробел в начале или в конце значения: «${d.value.trim()}»`
      : isDateField(p) ? dateFormatFix(d.value) : 'исправьте по образцу в подсказке',
  }),
  'schema.too_small': (d) => ({ message: String(d.detail ?? 'слишком мало значений'), fix: 'добавьте недостающее' }),
  'schema.too_big': (d) => ({ message: String(d.detail ?? 'слишком большое значение'), fix: 'уменьшите значение' }),
  'schema.custom': (d, p) => ({
    message: `${d.detail}${d.value && !/reason$/.test(p.field ?? '') ? `: «${d.value}»` : ''}`,
    fix: isDateField(p)
      ? /(^|\.)end$/.test(p.field ?? '') && typeof d.value === 'string' && isValidIsoDate(d.value)
        ? 'проверьте даты: начало периода должно быть не позже окончания (возможно, их перепутали местами)'
        : `${(typeof d.value === 'string' && impossibleDateFix(d.value)) || 'впишите существующую дату'}; дату пишите в виде ГГГГ-ММ-ДД`
      : /reason$/.test(p.field ?? '')
        ? 'заполните «Обоснование невыполнения» или отметьте мероприятие выполненным'
        : /(^|\.)month$/.test(p.field ?? '')
          ? 'впишите месяц в виде ГГГГ-ММ, например 2021-09'
          : typeof d.value === 'string' && d.value.trim() === ''
            ? 'впишите текст, как в документе-источнике'
            : FIX_BY_HINT,
  }),
  'content.missing': (d) => ({ message: `папка с содержимым не найдена: ${d.dir}`, fix: 'укажите существующую папку в --content или SETKA_CONTENT (внутри — settings/, documents/, schools/, pairings/, pairs/, roadmaps/, reports/) или уберите их, чтобы собрать src/content' }),
  'settings.count': (d) => ({ message: `нужен ровно один файл настроек, найдено: ${d.count}`, fix: `оставьте один файл ${d.dir}/settings/site.yaml` }),
  'ref.unknown': (d) => ({ message: `ссылка на несуществующую запись (${d.what}): «${d.id}»`, fix: `проверьте написание или создайте запись «${d.id}» в ${d.dir}/${d.collection}/` }),
  'appendix.number-mismatch': (d) => ({ message: `номер приложения «${d.printed}» не совпадает с номером в приказе № ${d.order} («${d.listed}»)`, fix: 'сверьте с оригиналом; если так в оригинале, оставьте как есть' }),
  'appendix.order-number-mismatch': (d) => ({ message: `гриф ссылается на приказ № ${d.printed}, а приложение утверждено приказом № ${d.order}`, fix: 'сверьте гриф с оригиналом приказа; если так в оригинале, оставьте как есть' }),
  'appendix.order-date-mismatch': (d) => ({ message: `в грифе дата ${dmy(d.printed)}, а приказ № ${d.number} датирован ${dmy(d.order)}`, fix: 'сверьте дату с оригиналом; если так в оригинале, оставьте как есть' }),
  'pairing.school-is-partner': (d) => ({ message: `в графе «слабая» школа указана школа-партнёр ${d.name} («${d.id}»)`, fix: 'укажите здесь школу с низкими результатами (ШНОР/ШНСУ), а школу-партнёр — в графе «Школа-партнёр»; или измените категорию школы' }),
  'pairing.partner-not-partner': (d) => ({ message: `в графе «Школа-партнёр» указана школа ${d.name} («${d.id}»), у которой категория не «школа-партнёр»`, fix: 'выберите школу-партнёр или измените категорию этой школы на partner' }),
  'pairing.self': (d) => ({ message: `школа «${d.id}» закреплена сама за собой`, fix: 'укажите другую школу-партнёр' }),
  'pairing.duplicate-school': (d) => ({ message: `школа «${d.id}» уже есть в этом перечне: ${d.first}`, fix: 'оставьте одну пару для школы (один файл); если у неё два куратора, укажите обоих в одной паре' }),
  'pairing.empty': (d) => ({ message: 'в перечне нет ни одной пары', fix: `добавьте пары в CMS («Пары школ») или файлами в ${d.folder}: по одному файлу на школу, которой помогают` }),
  'pair.duplicate-number': (d) => ({ message: `номер строки ${d.number} в перечне есть и у другой пары: ${d.others}`, fix: 'дайте каждой паре свой номер, как в приложении к приказу: по номерам строится таблица на странице перечня' }),
  'pair.file-name': (d) => ({ message: 'имя файла пары не совпадает с перечнем и школой внутри', fix: `переименуйте файл в ${d.expected}` }),
  'roadmap.duplicate-item': (d) => ({ message: `номер пункта «${d.number}» повторяется`, fix: 'дайте пункту уникальный номер, как в оригинале дорожной карты' }),
  'report.unknown-item': (d) => ({ message: `в дорожной карте «${d.roadmap}» нет пункта № ${d.item}`, fix: 'выберите номер мероприятия из дорожной карты' }),
  'report.duplicate-row': (d) => ({ message: `пункт № ${d.item} указан в отчёте дважды`, fix: 'объедините строки в одну' }),
  'report.month-outside-period': (d) => ({ message: `отчётный месяц ${d.month} вне периода дорожной карты (${dmy(d.start)}–${dmy(d.end)})`, fix: 'проверьте месяц отчёта или выберите другую дорожную карту' }),
  'report.submitted-outside-period': (d) => ({ message: `дата отправки ${dmy(d.submitted)} вне периода дорожной карты (${dmy(d.start)}–${dmy(d.end)})`, fix: 'проверьте год и месяц даты отправки: впишите дату в виде ДД.ММ.ГГГГ' }),
  'date.far-from-period': (d) => ({ message: `дата ${dmy(d.date)} слишком далека от периода дорожных карт (допустимо ${dmy(d.from)}–${dmy(d.to)})`, fix: 'проверьте год: скорее всего, он введён с ошибкой' }),
  'access.outside-school': (d) => ({ message: `учётная запись «${d.login}» (школа ${d.schools}) может менять только отчёты своей школы, а этот файл вне ${d.folders}`, fix: 'уберите изменение этого файла из запроса на слияние; правки документов, перечней и дорожных карт вносит методист Управления' }),
  'access.unknown-login': (d) => ({ message: `учётной записи «${d.login}» нет в настройках доступа: ни среди методистов, ни среди координаторов школ`, fix: 'добавьте её в settings → access (methodists или schools), иначе ограничения по школам к ней не применяются' }),
  'report.late': (d) => ({ message: `отчёт направлен ${dmy(d.submitted)}, позже срока ${dmy(d.due)}`, fix: 'если дата верна, ничего делать не нужно: отчёт будет отмечен как поданный с опозданием' }),
  'report.before-month': (d) => ({ message: `дата отправки ${dmy(d.submitted)} раньше начала отчётного месяца ${d.month}`, fix: 'проверьте дату отправки и месяц отчёта' }),
  'report.school-not-paired': (d) => ({ message: `школа «${d.id}» не входит ни в один перечень школ-партнёров`, fix: 'добавьте школу в перечень или проверьте, та ли школа выбрана' }),
  'deadline.unparsed': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» не распознан: ${d.reason}`, fix: deadlineFix(String(d.reason ?? '')) }),
  'deadline.internal-error': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» не разобран из-за внутренней ошибки программы (${d.detail})`, fix: 'это ошибка Сетки, а не текста срока: сообщите разработчикам, приложив текст срока; сборка не продолжится, пока ошибка не исправлена' }),
  'deadline.outside-period': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» выходит за период дорожной карты ${dmy(d.start)}–${dmy(d.end)}: ${d.dates}`, fix: 'проверьте срок и период дорожной карты; если так в оригинале, оставьте как есть' }),
  'deadline.before-document': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» раньше даты утверждающего приказа ${dmy(d.approved)}: ${d.dates}`, fix: 'сверьте с оригиналом; если так в оригинале, оставьте как есть — на сайте такой срок показан как «срок до утверждения приказа», а не «просрочено»' }),
  'document.clause-duplicate': (d) => ({ message: `номер пункта ${d.number} повторяется (впервые — в строке ${d.first})`, fix: 'сверьте нумерацию с оригиналом; если так в оригинале, оставьте как есть — у второго пункта будет свой якорь' }),
  'document.clause-skip': (d) => ({ message: d.previous ? `после пункта ${d.previous} идёт пункт ${d.number}: пропущен номер (ожидался ${d.expected})` : `нумерация начинается с пункта ${d.number}, а не с ${d.expected}`, fix: 'сверьте нумерацию с оригиналом; если так в оригинале, оставьте как есть' }),
  'report.duplicate': (d) => ({ message: `второй отчёт школы «${d.school}» за ${d.month}: первый — ${d.first}`, fix: 'оставьте один файл на школу и месяц: перенесите строки в первый отчёт и удалите этот (или исправьте месяц)' }),
  'report.file-name': (d) =>
    d.taken
      // Renaming would put this report over another: the month (or school) inside may be the slip.
      ? { message: `имя файла отчёта (${d.named}) не совпадает со школой и месяцем внутри (${d.inside}), а файл ${d.expected} уже есть`, fix: `не переименовывайте файл, чтобы не затереть другой отчёт: если это отчёт за ${d.named}, исправьте поля «school» и «month»; если за ${d.inside}, перенесите строки в ${d.expected} и удалите этот файл` }
      : { message: 'имя файла отчёта не совпадает со школой и месяцем внутри', fix: `переименуйте файл в ${d.expected}` },
};

/** Russian message and fix for a problem; unknown codes fall back to the raw detail. */
export function describe(problem: Problem): { message: string; fix: string } {
  const text = texts[problem.code] ?? texts[problem.code.replace(/\..*$/, '.*')];
  if (text) return text(problem.data, problem);
  return { message: String(problem.data.detail ?? problem.code), fix: 'исправьте значение' };
}

/** Registers texts for more codes (cross-collection rules add theirs). */
export function registerTexts(more: Record<string, Text>): void {
  Object.assign(texts, more);
}
