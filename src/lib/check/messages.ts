import { formatDateNumeric } from '../dates';
import type { Problem } from './types';

const dmy = (v: string | number | undefined) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateNumeric(v) : String(v ?? ''));

type Data = Problem['data'];
/** code → Russian message and how to fix it. One table for every rule, so wording stays consistent. */
type Text = (d: Data, p: Problem) => { message: string; fix: string };

const isDateField = (p: Problem) => /(^|\.)(date|start|end|submitted|asOf)$/.test(p.field ?? '');

const texts: Record<string, Text> = {
  'file.yaml': (d) => ({ message: `файл не читается как YAML: ${d.detail}`, fix: 'проверьте отступы (пробелы, не табуляция), двоеточия и кавычки в этой строке' }),
  'file.no-frontmatter': () => ({ message: 'у документа нет блока свойств между строками ---', fix: 'начните файл со строки ---, перечислите свойства (kind, title, …) и закройте строкой ---' }),
  'file.ignored': (d) => ({ message: 'файл в папке коллекции не будет прочитан', fix: `сохраните его с расширением ${d.expected} или уберите из папки` }),
  'schema.invalid_type': (d, p) =>
    d.missing
      ? { message: `не заполнено обязательное поле «${p.field}»`, fix: isDateField(p) ? 'впишите дату в виде ГГГГ-ММ-ДД, например 2021-09-28' : 'заполните поле' }
      : { message: `неверное значение${d.value ? ` «${d.value}»` : ''}: ${d.detail}`, fix: isDateField(p) ? 'впишите дату в кавычках в виде "ГГГГ-ММ-ДД"' : 'исправьте значение по образцу из README' },
  'schema.unrecognized_keys': (d) => ({ message: `лишнее поле: ${d.keys}`, fix: 'удалите его или исправьте опечатку в названии поля (названия полей — латиницей, как в образце)' }),
  'schema.invalid_value': (d) => ({ message: `недопустимое значение${d.value ? ` «${d.value}»` : ''}: ${d.detail}`, fix: 'выберите одно из перечисленных значений' }),
  'schema.invalid_format': (d) => ({ message: `неверный формат${d.value ? ` «${d.value}»` : ''}: ${d.detail}`, fix: 'исправьте по образцу в подсказке' }),
  'schema.too_small': (d) => ({ message: String(d.detail ?? 'слишком мало значений'), fix: 'добавьте недостающее' }),
  'schema.too_big': (d) => ({ message: String(d.detail ?? 'слишком большое значение'), fix: 'уменьшите значение' }),
  'schema.custom': (d, p) => ({
    message: `${d.detail}${d.value && !/reason$/.test(p.field ?? '') ? `: «${d.value}»` : ''}`,
    fix: isDateField(p)
      ? 'впишите существующую дату в виде ГГГГ-ММ-ДД (в феврале 28 или 29 дней, месяцев 12)'
      : /reason$/.test(p.field ?? '')
        ? 'заполните «Обоснование невыполнения» или отметьте мероприятие выполненным'
        : /(^|\.)month$/.test(p.field ?? '')
          ? 'впишите месяц в виде ГГГГ-ММ, например 2021-09'
          : 'исправьте значение по подсказке в CMS или по образцу в README',
  }),
  'content.missing': (d) => ({ message: `папка с содержимым не найдена: ${d.dir}`, fix: 'укажите существующую папку в --content или SETKA_CONTENT (внутри — settings/, documents/, schools/, pairings/, roadmaps/, reports/) или уберите их, чтобы собрать src/content' }),
  'settings.count': (d) => ({ message: `нужен ровно один файл настроек, найдено: ${d.count}`, fix: `оставьте один файл ${d.dir}/settings/site.yaml` }),
  'ref.unknown': (d) => ({ message: `ссылка на несуществующую запись (${d.what}): «${d.id}»`, fix: `проверьте написание или создайте запись «${d.id}» в ${d.dir}/${d.collection}/` }),
  'appendix.number-mismatch': (d) => ({ message: `номер приложения «${d.printed}» не совпадает с номером в приказе № ${d.order} («${d.listed}»)`, fix: 'сверьте с оригиналом; если так в оригинале, оставьте как есть' }),
  'appendix.order-number-mismatch': (d) => ({ message: `гриф ссылается на приказ № ${d.printed}, а приложение утверждено приказом № ${d.order}`, fix: 'сверьте гриф с оригиналом приказа; если так в оригинале, оставьте как есть' }),
  'appendix.order-date-mismatch': (d) => ({ message: `в грифе дата ${dmy(d.printed)}, а приказ № ${d.number} датирован ${dmy(d.order)}`, fix: 'сверьте дату с оригиналом; если так в оригинале, оставьте как есть' }),
  'pairing.school-is-partner': (d) => ({ message: `в графе «слабая» школа указана школа-партнёр ${d.name} («${d.id}»)`, fix: 'укажите здесь школу с низкими результатами (ШНОР/ШНСУ), а школу-партнёр — в графе «Школа-партнёр»; или измените категорию школы' }),
  'pairing.partner-not-partner': (d) => ({ message: `в графе «Школа-партнёр» указана школа ${d.name} («${d.id}»), у которой категория не «школа-партнёр»`, fix: 'выберите школу-партнёр или измените категорию этой школы на partner' }),
  'pairing.self': (d) => ({ message: `школа «${d.id}» закреплена сама за собой`, fix: 'укажите другую школу-партнёр' }),
  'pairing.duplicate-school': (d) => ({ message: `школа «${d.id}» уже есть в строке ${d.first} перечня (повтор в строке ${d.row})`, fix: 'оставьте одну строку для школы; если у неё два куратора, укажите обоих в одной строке' }),
  'roadmap.duplicate-item': (d) => ({ message: `номер пункта «${d.number}» повторяется`, fix: 'дайте пункту уникальный номер, как в оригинале дорожной карты' }),
  'report.unknown-item': (d) => ({ message: `в дорожной карте «${d.roadmap}» нет пункта № ${d.item}`, fix: 'выберите номер мероприятия из дорожной карты' }),
  'report.duplicate-row': (d) => ({ message: `пункт № ${d.item} указан в отчёте дважды`, fix: 'объедините строки в одну' }),
  'report.month-outside-period': (d) => ({ message: `отчётный месяц ${d.month} вне периода дорожной карты (${dmy(d.start)}–${dmy(d.end)})`, fix: 'проверьте месяц отчёта или выберите другую дорожную карту' }),
  'report.late': (d) => ({ message: `отчёт направлен ${dmy(d.submitted)}, позже срока ${dmy(d.due)}`, fix: 'если дата верна, ничего делать не нужно: отчёт будет отмечен как поданный с опозданием' }),
  'report.before-month': (d) => ({ message: `дата отправки ${dmy(d.submitted)} раньше начала отчётного месяца ${d.month}`, fix: 'проверьте дату отправки и месяц отчёта' }),
  'report.school-not-paired': (d) => ({ message: `школа «${d.id}» не входит ни в один перечень школ-партнёров`, fix: 'добавьте школу в перечень или проверьте, та ли школа выбрана' }),
  'deadline.unparsed': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» не распознан: ${d.reason}`, fix: 'запишите срок понятнее (например, «до 15.02.2021», «октябрь-ноябрь 2021», «ежемесячно до 28 числа», «по графику ОО»); статус пункта будет «без даты»' }),
  'deadline.internal-error': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» не разобран из-за внутренней ошибки программы (${d.detail})`, fix: 'это ошибка Сетки, а не текста срока: сообщите разработчикам, приложив текст срока; сборка не продолжится, пока ошибка не исправлена' }),
  'deadline.outside-period': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» выходит за период дорожной карты ${dmy(d.start)}–${dmy(d.end)}: ${d.dates}`, fix: 'проверьте срок и период дорожной карты; если так в оригинале, оставьте как есть' }),
  'deadline.before-document': (d) => ({ message: `срок пункта № ${d.item} «${d.text}» раньше даты утверждающего приказа ${dmy(d.approved)}: ${d.dates}`, fix: 'сверьте с оригиналом; если так в оригинале, оставьте как есть' }),
  'document.clause-duplicate': (d) => ({ message: `номер пункта ${d.number} повторяется (впервые — в строке ${d.first})`, fix: 'сверьте нумерацию с оригиналом; если так в оригинале, оставьте как есть — у второго пункта будет свой якорь' }),
  'document.clause-skip': (d) => ({ message: d.previous ? `после пункта ${d.previous} идёт пункт ${d.number}: пропущен номер (ожидался ${d.expected})` : `нумерация начинается с пункта ${d.number}, а не с ${d.expected}`, fix: 'сверьте нумерацию с оригиналом; если так в оригинале, оставьте как есть' }),
  'report.file-name': (d) => ({ message: 'имя файла отчёта не совпадает со школой и месяцем внутри', fix: `переименуйте файл в ${d.expected}` }),
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
