/**
 * Names of a last day: a lone day that the text calls the deadline («срок, до которого», «крайний срок») is a `by`,
 * not a day on which something happens. One phrase per line, in the notation of `compile.ts`; a comment shows a real cell.
 * («Основной срок проведения … назначен на 8 февраля» names the day of the event: it stays `on`.)
 */
export const DEADLINE_NAMES: readonly string[] = [
  'крайн*|последн*|финальн*|предельн*|конечн* срок', // И 20 марта – финальный срок заключения контрактов.
  'срок до котор*', // 10 февраля – срок, до которого должны были быть запущены все конкурсные процедуры.
  // Round 38: the deadline of an order or a plan's item, http://rcoi12.ru/news/news-federal/12161/
  'срок|сроки исполнени*|выполнени*', // Срок исполнения — первое сентября 2016 года.
  // Round 78: the day by which a thing must be ready, submitted or sent — «(установить срок готовности программы- 1 ноября 2014 г.)»
  // (a district collegium's decision, http://pohsvu.ru/post/open/1635 — corpus-real-67). Not «срок сдачи»: round 73's «перенести срок
  // сдачи отчетов с 25 октября на 18 октября» names the new day of handing in, `on`
  'срок|сроки готовности|представлени*|предоставлени*|направлени*',
];
