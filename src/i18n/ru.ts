/** Every Russian UI string, under dotted keys. Content values are never here: only interface text. */
export const ru = {
  'site.skip': 'Перейти к содержанию',
  'site.demo': 'Сайт показывает пример на основе приказа Управления образования администрации Белгородского района № 147. Сведения о школах и отчёты условные.',
  'site.officialSite': 'Официальный сайт',
  'site.contacts': 'Контакты',
  'site.footerNote': 'Сведения публикуются во исполнение приказа о сетевом взаимодействии. Открытые данные — в разделе «Данные».',
  'nav.label': 'Основные разделы',
  'nav.home': 'Главная',
  'nav.documents': 'Документы',
  'nav.roadmap': 'Дорожная карта',
  'nav.schools': 'Школы',
  'nav.pairs': 'Пары школ',
  'nav.reports': 'Отчёты',
  'nav.form': 'Форма отчёта',
  'nav.search': 'Поиск',
  'breadcrumbs.label': 'Вы здесь',
  'documents.title': 'Документы',
  'documents.lead': 'Приказы, положения, планы и формы, на которых основана программа. Каждый пункт документа имеет свою ссылку.',
  'documents.number': '№',
  'documents.from': 'от',
  'documents.toc': 'Содержание',
  'documents.appendices': 'Приложения',
  'documents.appendix': 'Приложение №',
  'documents.appendixTo': 'к приказу',
  'documents.attachments': 'Файлы',
  'documents.status': 'Статус',
  'documents.supersededBy': 'Заменён документом',
  'documents.signature': 'Электронная подпись',
  'documents.copyLink': 'Скопировать ссылку на пункт',
  'documents.copied': 'Ссылка на пункт скопирована',
  'documents.print': 'Распечатать',
  'documents.empty': 'Документов пока нет.',
  'kind.order': 'Приказ',
  'kind.regulation': 'Положение',
  'kind.plan': 'План',
  'kind.form': 'Форма',
  'kind.other': 'Документ',
  'status.draft': 'Проект',
  'status.in-force': 'Действует',
  'status.superseded': 'Заменён',
  'status.repealed': 'Отменён',
  'collection.pairings': 'Перечень школ-партнёров',
  'collection.roadmaps': 'Дорожная карта',
  'collection.documents': 'Документ',
  'home.keyDocuments': 'Основные документы',
  'home.asOf': 'Состояние на',
} as const;

export type UiKey = keyof typeof ru;

/** The Russian string for `key`. */
export function t(key: UiKey): string {
  return ru[key];
}

const pluralRules = new Intl.PluralRules('ru');

/**
 * Russian plural form: `plural(5, ['школа', 'школы', 'школ'])` → «5 школ».
 * Forms are one / few / many (the `other` category, used for fractions, takes the `few` form).
 */
export function plural(n: number, forms: readonly [one: string, few: string, many: string], withNumber = true): string {
  const rule = pluralRules.select(n);
  const word = rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : rule === 'many' ? forms[2] : forms[1];
  return withNumber ? `${n.toLocaleString('ru-RU')} ${word}` : word;
}
