/**
 * Schedule deadlines: the dates live in another document — a schedule, a plan,
 * an order, a letter («по графику ОО», «по приказу УО», «по отдельному письму»).
 * One entry per line; a comment shows a real cell.
 */

/** Words that introduce the document. */
export const SCHEDULE_PREPOSITIONS: readonly string[] = [
  'по', // по графику ОО
  'согласно', // согласно графику
  'в соответствии с|со', // в соответствии с графиком ДОБО
  'соответственно', // соответственно плану
  'на основании', // на основании приказа
  'в рамках', // в рамках плана ВШК
  'в', // в сроки, установленные приказом УО
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
  { forms: 'календар[а-я]*', nominative: 'календарь', gender: 'm' }, // по календарю
  { forms: 'циклограмм[а-я]*', nominative: 'циклограмма', gender: 'f' }, // по циклограмме
  { forms: 'регламент[а-я]*', nominative: 'регламент', gender: 'm' }, // согласно регламенту
  { forms: 'программ[а-я]*', nominative: 'программа', gender: 'f' }, // по программе
  { forms: 'приказ(?:у|ом|а|ам|ами|ах)?', nominative: 'приказ', gender: 'm' }, // по приказу управления образования
  { forms: 'распоряжени(?:ю|ем|я|ям|ями)', nominative: 'распоряжение', gender: 'n' }, // по распоряжению министерства
  { forms: 'постановлени(?:ю|ем|я)', nominative: 'постановление', gender: 'n' }, // согласно постановлению администрации
  { forms: 'письм(?:у|ом|а|ам)', nominative: 'письмо', gender: 'n' }, // по отдельному письму
  { forms: 'порядок|порядк(?:у|ом|а)', nominative: 'порядок', gender: 'm' }, // в соответствии с порядком проведения ГИА
  { forms: 'положени(?:ю|ем|я)', nominative: 'положение', gender: 'n' }, // в соответствии с положением о конкурсе
  { forms: 'срок(?:и|ам|ами)', nominative: 'сроки', gender: 'p' }, // в сроки, установленные Рособрнадзором (not «по срокам» alone)
];

/** Texts that start by saying who sets the dates: the reason is the text itself (without a leading «в»). */
export const SCHEDULE_START: readonly string[] = [
  // сроки определяет министерство; в срок, установленный приказом; Сроки проведения определяет управление образования;
  // Конкретные сроки каникул будут установлены каждой образовательной организацией самостоятельно;
  // Дата начала и дата окончания проведения конкурса утверждаются правовым актом организатора;
  // Даты проведения проверочных для каждого класса и предмета школы будут определены самостоятельно (up to twelve words before the verb)
  '[в] [<прил-мн>] сроки|срок|даты|дата [<фраза>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*|сообщ*|объявл*', // сроки будут сообщены дополнительно
  // График проведения повторного тестирования определяется центром тестирования (a schedule that someone else sets)
  'график|графики|расписание [<слова>] определя*|устанавлива*|утвержда*|определен*|установлен*|утвержден*',
];
