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

/** What an entry id (a content file's path without extension) may look like; the check applies it to file names too. */
export const ENTRY_ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Id of another entry (its file name without extension, Latin letters, digits and dashes). */
export const entryId = z
  .string({ error: 'нужен идентификатор записи (имя файла латиницей)' })
  .regex(ENTRY_ID, {
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

/** Where a link field may point: `web` — http(s) sites; `file` — a file of this site (`/files/…`) or an http(s) address; `path` — a file of this site only. */
export type LinkKind = 'web' | 'file' | 'path';

const LINK_HINT: Record<LinkKind, string> = {
  web: 'полная ссылка, начиная с https:// (или http://)',
  file: 'путь к файлу на этом сайте, начиная с «/» (например, /files/prikaz-147.pdf), или полная ссылка, начиная с https://',
  path: 'путь к файлу на этом сайте, начиная с «/» (например, /files/logo.png)',
};

/** Spaces, control characters, zero-width and direction marks: never part of a link an editor means. */
const LINK_INVISIBLE = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/u;

/**
 * The one link check for every URL field: returns a Russian error, or null when `value` is
 * allowed for `kind`. Only `https:`/`http:` addresses (with a host), `mailto:`/`tel:` when
 * `schemes` allows them, and — for `file`/`path` — paths on this site starting with a single
 * `/`. Everything else is refused, whatever its spelling: `javascript:`, `data:`, `vbscript:`,
 * `file:`, upper case, entities (`javascript&colon;`), spaces, tabs, newlines or control
 * characters inside the scheme, protocol-relative `//host`, backslashes, credentials.
 */
export function linkProblem(value: string, kind: LinkKind, schemes: ReadonlyArray<'mailto' | 'tel'> = []): string | null {
  const hint = LINK_HINT[kind];
  if (value.length === 0) return `ссылка пустая: нужна ${hint}`;
  if (LINK_INVISIBLE.test(value)) return `в ссылке пробел или невидимый символ: нужна ${hint} без пробелов`;
  if (value.includes('\\')) return `в ссылке обратная косая черта «\\»: нужна ${hint}`;
  if (value.startsWith('/')) {
    if (kind === 'web') return `нужна ${hint}, а не путь на сайте`;
    if (value.startsWith('//')) return `ссылка «//…» без протокола ведёт на другой сайт: нужна ${hint}`;
    return null;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1];
  if (!scheme) return `нужна ${hint}`;
  const lower = scheme.toLowerCase();
  if ((lower === 'mailto' || lower === 'tel') && schemes.includes(lower)) {
    if (scheme !== lower) return `пишите «${lower}:» строчными буквами`;
    return lower === 'mailto' ? (/^mailto:[^@/:]+@[^@/:]+\.[^@/:]+$/.test(value) ? null : 'адрес почты вида mailto:name@example.ru') : /^tel:\+?[0-9()-]{3,}$/.test(value) ? null : 'телефон вида tel:+74722000000';
  }
  if (kind === 'path') return `нужен ${hint}`;
  if (lower !== 'https' && lower !== 'http') return `ссылки вида «${scheme}:» не допускаются: нужна ${hint}`;
  if (scheme !== lower) return `пишите «${lower}://» строчными буквами`;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return `ссылка не читается: нужна ${hint}`;
  }
  if (!value.startsWith(`${lower}://`) || !parsed.hostname) return `после «${lower}:» должно идти «//» и имя сайта: нужна ${hint}`;
  if (parsed.username || parsed.password) return 'в ссылке не должно быть имени пользователя и пароля (часть до «@»)';
  return null;
}

/** A link field (see {@link linkProblem}): the CMS form checks the start, the schema everything. */
export const link = (kind: LinkKind) =>
  z
    .string({ error: `нужна ссылка: ${LINK_HINT[kind]}` })
    .regex(kind === 'web' ? /^https?:\/\/\S+$/ : kind === 'file' ? /^(https?:\/\/|\/(?!\/))\S*$/ : /^\/(?!\/)\S*$/, { error: `нужна ${LINK_HINT[kind]}`, abort: true })
    .superRefine((value, ctx) => {
      const problem = linkProblem(value, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
