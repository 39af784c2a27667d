import { z } from 'astro/zod';
import { entryId, isoDate, link, text } from './common';

/** Site settings: one entry (`src/content/settings/site.yaml`). */
export const settingsSchema = z
  .object({
    /** Full official name of the department. Example: «Управление образования администрации Белгородского района». */
    organization: text().meta({ title: 'Полное название организации', description: 'Как на бланке приказа' }),
    /** Short name for the header. Example: «Управление образования Белгородского района». */
    shortName: text().meta({ title: 'Краткое название', description: 'Для шапки сайта' }),
    /** Parent administration. Example: «Администрация Белгородского района». */
    parent: z.string().optional().meta({ title: 'Вышестоящая организация', description: 'Например: администрация Белгородского района' }),
    /** Region. Example: «Белгородская область». */
    region: text().meta({ title: 'Регион', description: 'Например: Белгородская область' }),
    /** Name of the programme shown on the home page. */
    programme: text().meta({ title: 'Название программы', description: 'Что публикует сайт, одной фразой' }),
    /** Contacts shown in the footer. */
    contacts: z
      .object({
        address: z.string().optional().meta({ title: 'Адрес' }),
        phone: z.string().optional().meta({ title: 'Телефон' }),
        email: z.email({ error: 'адрес почты вида name@example.ru' }).optional().meta({ title: 'Электронная почта' }),
        hours: z.string().optional().meta({ title: 'Часы работы' }),
      })
      .strict()
      .meta({ title: 'Контакты' }),
    /** Logo path under `public/` (optional). */
    logo: link('path').optional().meta({ title: 'Логотип', description: 'Файл в папке public, например /logo.svg' }),
    /** Link to the official (Госвеб) site of the department. */
    officialSite: link('web').meta({ title: 'Официальный сайт', description: 'Полная ссылка: https://…' }),
    /** Public address of this site, used for sitemap, RSS and calendar links. */
    siteUrl: link('web').meta({ title: 'Адрес этого сайта', description: 'Полная ссылка: https://…' }),
    /** Date statuses are computed for; default is the build date. */
    asOf: isoDate.optional().meta({ title: 'Состояние на дату', description: 'ГГГГ-ММ-ДД; пусто — на дату сборки сайта' }),
    /** Monthly report rule from the order: reports are due by `dueDay` of each month. */
    reportRule: z
      .object({
        dueDay: z.number({ error: 'нужно число от 1 до 31' }).int().min(1).max(31).meta({ title: 'Срок отчёта (число месяца)', description: 'По приказу: 28' }),
        recipient: z.string().optional().meta({ title: 'Куда направлять отчёт', description: 'Отдел и ответственный, как в приказе' }),
      })
      .strict()
      .meta({ title: 'Правило ежемесячного отчёта' }),
    /** Where the CMS saves content. */
    cms: z
      .object({
        backend: z.enum(['github', 'gitlab', 'gitea', 'git-gateway'], { error: 'выберите: github, gitlab, gitea или git-gateway' }).meta({ title: 'Git-хостинг' }),
        repo: z.string().optional().meta({ title: 'Репозиторий', description: 'владелец/имя, например uo-belgorod/setka' }),
        branch: z.string().default('main').meta({ title: 'Ветка', description: 'Обычно main' }),
        baseUrl: link('web').optional().meta({ title: 'Адрес сервера авторизации (base_url)' }),
        apiRoot: link('web').optional().meta({ title: 'Адрес API (для своего GitLab или Gitea)' }),
        /** OAuth application id: needed by Gitea/Forgejo (and GitLab without an auth server), see README. */
        appId: z.string().optional().meta({ title: 'Идентификатор приложения (app_id)' }),
        editorialWorkflow: z.boolean().default(true).meta({ title: 'Проверка перед публикацией' }),
      })
      .strict()
      .meta({ title: 'Система управления (CMS)' }),
    /** Who may change what in the repository (checked on merge requests: `npm run check -- --changes … --author …`). */
    access: z
      .object({
        /** Methodists' Git-hosting logins: may change anything. */
        methodists: z.array(z.string()).default([]).meta({ title: 'Методисты (логины)', description: 'Логины методистов на Git-хостинге: могут менять всё' }),
        /** Each school's coordinators' logins: may change only that school's reports. */
        schools: z
          .array(
            z
              .object({
                school: entryId.meta({ title: 'Школа', relation: 'schools' }),
                logins: z.array(z.string()).min(1, { error: 'укажите хотя бы один логин' }).meta({ title: 'Логины координаторов', description: 'Логины на Git-хостинге, по одному в строке' }),
              })
              .strict(),
          )
          .default([])
          .meta({ title: 'Школы и их координаторы', description: 'Учётная запись школы может менять только отчёты своей школы' }),
      })
      .strict()
      .optional()
      .meta({ title: 'Доступ', description: 'Кто что может менять: проверяется при каждом запросе на слияние' }),
    /** Shows a «демонстрационные данные» banner on every page. */
    demo: z.boolean().default(false).meta({ title: 'Демонстрационные данные', description: 'Показывать предупреждение на каждой странице' }),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
