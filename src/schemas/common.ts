import { z } from 'astro/zod';
import { isValidIsoDate, isValidIsoMonth } from '../lib/dates';

/**
 * Building blocks shared by every content schema.
 * `.meta({ title, description })` carries the Russian label and hint that the CMS
 * configuration is generated from (one source of truth for the site and Decap).
 */

/** Turns a Date that a YAML parser produced from an unquoted date back into text. */
function dateToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** Strict ISO calendar date `YYYY-MM-DD`; `2021-02-31` and `2025-13-45` are rejected, never coerced. */
export const isoDate = z.preprocess(
  dateToText,
  z
    .string({ error: 'нужна дата в виде ГГГГ-ММ-ДД (например, 2021-08-08)' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'дата должна быть в виде ГГГГ-ММ-ДД (например, 2021-08-08)' })
    .refine(isValidIsoDate, { error: 'такой даты нет в календаре' }),
);

/** Month `YYYY-MM` (e.g. `2021-09`). */
export const isoMonth = z
  .string({ error: 'нужен месяц в виде ГГГГ-ММ (например, 2021-09)' })
  .regex(/^\d{4}-\d{2}$/, { error: 'месяц должен быть в виде ГГГГ-ММ (например, 2021-09)' })
  .refine(isValidIsoMonth, { error: 'такого месяца нет: номер месяца от 01 до 12' });

/** Id of another entry (its file name without extension, Latin letters, digits and dashes). */
export const entryId = z
  .string({ error: 'нужен идентификатор записи (имя файла латиницей)' })
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, {
    error: 'идентификатор пишется латиницей в нижнем регистре, цифрами и дефисами (например, zhuravlevskaya-sosh)',
  });

/** Non-empty text, trimmed by the author (kept verbatim, never rewritten). */
export const text = (what: string) =>
  z.string({ error: `нужен текст: ${what}` }).refine((s) => s.trim().length > 0, { error: `поле «${what}» не может быть пустым` });

/** A person as a source document names them: full name and position, verbatim. */
export const person = z
  .object({
    /** Full name as written in the source (e.g. «Лучникова Дина Ивановна»). */
    name: text('Ф.И.О.').meta({ title: 'Ф.И.О.', description: 'Полностью, как в приказе: Лучникова Дина Ивановна' }),
    /** Position as written in the source (e.g. «заместитель директора»). */
    position: text('должность').meta({ title: 'Должность', description: 'Как в приказе: заместитель директора' }),
  })
  .strict();

/** Period `{ start, end }` of ISO dates, `start` not after `end`. */
export const period = z
  .object({
    /** First day, ISO. */
    start: isoDate.meta({ title: 'Начало', description: 'Первый день периода, ГГГГ-ММ-ДД' }),
    /** Last day, ISO. */
    end: isoDate.meta({ title: 'Окончание', description: 'Последний день периода, ГГГГ-ММ-ДД' }),
  })
  .strict()
  .refine((p) => p.start <= p.end, { error: 'начало периода позже его окончания', path: ['end'] });

/**
 * Approval block as printed on the source («УТВЕРЖДЕН приказом … от «08» 08 2021 г. № 147»).
 * Kept exactly as the source has it, inconsistencies included.
 */
export const approval = z
  .object({
    /** Heading word(s) as printed: «УТВЕРЖДЕН», «УТВЕРЖДЕНО», «УТВЕРЖДЕНА»; empty for «Приложение … к приказу». */
    heading: z.string().optional().meta({ title: 'Гриф', description: 'Как в документе: УТВЕРЖДЕН, УТВЕРЖДЕНО, УТВЕРЖДЕНА (можно оставить пустым)' }),
    /** Who approved, as printed: «приказом Управления образования администрации Белгородского района». */
    authority: text('кем утверждено').meta({ title: 'Кем утверждено', description: 'Как в документе: приказом Управления образования администрации … района' }),
    /** Number of the approving order as printed (e.g. «147»). */
    number: text('номер приказа').meta({ title: 'Номер приказа', description: 'Только номер, без «№»: 147' }),
    /** Date of the approving order as printed, ISO. */
    date: isoDate.meta({ title: 'Дата приказа', description: 'Дата приказа, ГГГГ-ММ-ДД' }),
  })
  .strict();

export type Person = z.infer<typeof person>;
export type Period = z.infer<typeof period>;
export type Approval = z.infer<typeof approval>;
