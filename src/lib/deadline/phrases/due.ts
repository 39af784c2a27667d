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
  // Round 272: «1 ОКТЯБРЯ – СРОК УПЛАТЫ НАЛОГОВ» (the headline of a town administration's notice of the property taxes' term,
  // https://moscowiki.ru/Новость:1_ОКТЯБРЯ_–_СРОК_УПЛАТЫ_НАЛОГОВ — corpus-real-235; it was `on`), «… 1 октября 2015 года наступает срок
  // уплаты имущественных налогов …»: the term of paying — «срок уплаты / оплаты / перечисления» — is a last day, as the term of
  // presenting is (round 78). Not «срок сдачи» (round 78's moved day of handing in stays `on`)
  'срок|сроки уплаты|оплаты|перечислени*', // 1 ОКТЯБРЯ – СРОК УПЛАТЫ НАЛОГОВ
  // Round 143: «Последний день сдачи работ: 24 октября 2021 года.» (a city paper's news of a history museum's children's drawing contest,
  // https://chel3.ru/amp/cheliabinskii-myzei-obiavil-konkyrs-risynkov-v-stile-naskalnoi-jivopisi.html — corpus-real-131; it was `on`),
  // «- последний день приёма игрушек СТРОГО 10 ДЕКАБРЯ;»: the last or final day of taking or handing in — «последний / крайний день»
  // before «приёма» or a verbal noun («сдачи», «подачи», «регистрации», «голосования») — is the deadline, like «крайний срок». Only
  // before such a noun: «Последний день октября …» and «в последний день четверти» name a day of a month or a quarter as before
  'последн*|крайн* день прием*', // - последний день приёма игрушек СТРОГО 10 ДЕКАБРЯ;
  'последн*|крайн* день <событие>', // Последний день сдачи работ: 24 октября 2021 года.
  // Round 227: «Последним днем приема заявлений и подписных листов объявлена дата 5 мая.» (a news page of a district electoral council's
  // registration of candidates, https://aiin-aciic.ucoz.ru/news/registracija_kandidatov/2011-04-29-480 — corpus-real-206; it was `on`):
  // the same name in the instrumental, as a predicate («последним днём … объявлена / назначена / станет …»), is the deadline too
  'последн*|крайн* днем прием*', // Последним днем приема заявлений и подписных листов объявлена дата 5 мая.
  'последн*|крайн* днем <событие>', // последним днём подачи документов станет 20 июля
  // Round 264: «27 декабря – последний день для федеральных ПБС, чтобы подать платежные документы для оплаты с лицевых счетов.» (the
  // Treasury's schedule of the year's last operations retold, https://kvadroplus.com/2024/12/10/byudzhetniku-kaznachejstvo-napravilo-grafik-provedeniya-operacij-po-schetam-v-konce-2024-goda-nachale-2025-goda
  // — corpus-real-229; it was `on`): the same name with «для» before the verbal noun («последний день для подачи …») is the deadline
  // too; with «для» before whom it is for, a purpose clause after it says what they must do by then (`lastDayForPurpose` in
  // `phrases/index.ts`: the clause is blanked in the normalised text). Not «для» alone: «последний день для выпускников» names a day of theirs
  'последн*|крайн* день|днем для прием*', // 31 мая – последний день для приема заявок
  'последн*|крайн* день|днем для <событие>', // 27 декабря – последний день для подачи платежных документов
];

/**
 * Round 97. A name of the deadline that opens the cell with the day right after it (a colon or a dash may stand between): «Срок
 * 20.05.2023.» (a district office's notice on safety at water bodies, http://nevarono.tunev.gov.spb.ru/roo/1-roo/32533-o-merakh-bezopasnosti-na-vodnykh-obektakh.html
 * — corpus-real-83; it was `on`) is a `by`, like «Срок исполнения: <день>» (round 38). Only with no word between the name and the day
 * and only at the start: «Основной срок: 14 февраля», «в новый дополнительный срок 25 мая» name an exam's sitting and stay `on`.
 */
export const DEADLINE_NAMES_AT_START: readonly string[] = [
  'срок|сроки', // Срок 20.05.2023.
];
