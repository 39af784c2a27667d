import { z } from 'astro/zod';
import { entryId, isoDate, isoMonth, person } from './common';

export const reportRowStatuses = ['done', 'partial', 'not-done'] as const;
export type ReportRowStatus = (typeof reportRowStatuses)[number];

/** One row of the monthly report (Appendix 4 form). */
export const reportRow = z
  .object({
    /** Roadmap item number («16»). */
    item: z
      .string({ error: 'номер пункта дорожной карты пишется как текст, например "16"' })
      .regex(/^\d+(\.\d+)*$/, { error: 'номер пункта: цифры, можно с точками' })
      .meta({ title: '№ пункта', description: 'Номер мероприятия дорожной карты' }),
    /** What was done («Результат»). */
    result: z.string().default('').meta({ title: 'Результат', description: 'Что сделано: даты, число участников, документы' }),
    /** Execution status. */
    status: z
      .enum(reportRowStatuses, { error: 'состояние: done (выполнено), partial (частично) или not-done (не выполнено)' })
      .meta({ title: 'Выполнение', description: 'Выполнено, частично или не выполнено' }),
    /** Reason for non-execution; required unless done. */
    reason: z.string().optional().meta({ title: 'Обоснование невыполнения', description: 'Обязательно, если не выполнено или выполнено частично' }),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.status !== 'done' && !(row.reason && row.reason.trim())) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'не указано обоснование невыполнения (обязательно, если мероприятие не выполнено или выполнено частично)',
      });
    }
  });

/** Monthly report of one school (`src/content/reports/<school>/<yyyy-mm>.yaml`). */
export const reportSchema = z
  .object({
    /** Reporting school, by id. */
    school: entryId.meta({ title: 'Школа', description: 'Выберите школу', relation: 'schools' }),
    /** Roadmap reported on, by id. */
    roadmap: entryId.meta({ title: 'Дорожная карта', relation: 'roadmaps' }),
    /** Month reported on, `YYYY-MM`. */
    month: isoMonth.meta({ title: 'Отчётный месяц', description: 'ГГГГ-ММ, например 2021-09' }),
    /** Date the report was sent. */
    submitted: isoDate.meta({ title: 'Дата отправки', description: 'Когда отчёт направлен в Управление, ГГГГ-ММ-ДД' }),
    /** Who filled it in. */
    author: person.meta({ title: 'Кто заполнил' }),
    /** Rows in roadmap order. */
    rows: z.array(reportRow).min(1, { error: 'в отчёте должна быть хотя бы одна строка' }).meta({ title: 'Мероприятия' }),
  })
  .strict();

export type ReportRow = z.infer<typeof reportRow>;
export type Report = z.infer<typeof reportSchema>;
