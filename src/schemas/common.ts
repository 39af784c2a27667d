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
    // A date in another form is one problem, not two: the calendar is checked only on ГГГГ-ММ-ДД.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'дата должна быть в виде ГГГГ-ММ-ДД (например, 2021-08-08)', abort: true })
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

/**
 * Non-empty text, trimmed by the author (kept verbatim, never rewritten). The messages do not name the
 * field: the check and the CMS name it from the schema's title (src/lib/check/field-title.ts).
 */
export const text = () =>
  z.string({ error: 'нужен текст' }).refine((s) => s.trim().length > 0, { error: 'текст пустой: в поле одни пробелы или ничего' });

/** A person as a source document names them: full name and position, verbatim. */
export const person = z
  .object({
    /** Full name as written in the source (e.g. «Лучникова Дина Ивановна»). */
    name: text().meta({ title: 'Ф.И.О.', description: 'Полностью, как в приказе: Лучникова Дина Ивановна' }),
    /** Position as written in the source (e.g. «заместитель директора»). */
    position: text().meta({ title: 'Должность', description: 'Как в приказе: заместитель директора' }),
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
    authority: text().meta({ title: 'Кем утверждено', description: 'Как в документе: приказом Управления образования администрации … района' }),
    /** Number of the approving order as printed (e.g. «147»). */
    number: text().meta({ title: 'Номер приказа', description: 'Только номер, без «№»: 147' }),
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
  file: 'ссылка на файл: путь на этом сайте, начиная с «/» (например, /files/prikaz-147.pdf), или полная ссылка, начиная с https://',
  path: 'ссылка на файл этого сайта: путь, начиная с «/» (например, /files/logo.png)',
};

/** Spaces, control characters, zero-width and direction marks: never part of a link an editor means. */
const LINK_INVISIBLE = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/gu;

/** Schemes that make a browser run or open something instead of going to a page, and what they do, for the message. */
const DANGEROUS_SCHEMES: Record<string, string> = {
  javascript: 'такая ссылка запускает программу в браузере читателя',
  vbscript: 'такая ссылка запускает программу в браузере читателя',
  livescript: 'такая ссылка запускает программу в браузере читателя',
  data: 'такая ссылка открывает вложенную в неё страницу или файл, в которых может быть программа',
  blob: 'такая ссылка открывает данные из памяти браузера, а не страницу',
  filesystem: 'такая ссылка открывает данные из памяти браузера, а не страницу',
  file: 'такая ссылка открывает файл на компьютере читателя',
};

/** What a field of this kind accepts, for messages: «https:// и http:// (…)». */
function allowedText(kind: LinkKind, schemes: ReadonlyArray<'mailto' | 'tel'>): string {
  const extra = schemes.map((s) => (s === 'mailto' ? 'mailto: (почта)' : 'tel: (телефон)'));
  if (kind === 'path') return 'только пути к файлам на этом сайте, начинающиеся с «/» (например, /files/logo.png)';
  const web = ['https://', 'http://', ...extra];
  const list = `${web.slice(0, -1).join(', ')} и ${web[web.length - 1]}`;
  return kind === 'file' ? `только ссылки ${list}, а также пути к файлам на этом сайте, начинающиеся с «/» (например, /files/prikaz-147.pdf)` : `только ссылки ${list} (например, https://school.example.ru/)`;
}

/** HTML character references an editor (or an attacker) may type in a link: `&colon;`, `&#58;`, `&#x3A;`, `&Tab;`… */
function decodeEntities(s: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lpar: '(', rpar: ')', period: '.' };
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return named[ref.toLowerCase()] ?? m;
  });
}

/**
 * The scheme a browser would see in `value` once entities, percent-escapes of the scheme,
 * spaces, tabs, line breaks and invisible characters are gone, if it is a dangerous one.
 */
function dangerousScheme(value: string): string | null {
  let seen = value;
  for (let i = 0; i < 3; i++) {
    let next = decodeEntities(seen);
    try {
      next = decodeURIComponent(next);
    } catch {
      // a stray «%»: keep the text as it is
    }
    if (next === seen) break;
    seen = next;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(seen.replace(LINK_INVISIBLE, ''))?.[1]?.toLowerCase();
  return scheme && Object.hasOwn(DANGEROUS_SCHEMES, scheme) ? scheme : null;
}

/**
 * The one link check for every URL field: returns a Russian error, or null when `value` is
 * allowed for `kind`. Only `https:`/`http:` addresses (with a host), `mailto:`/`tel:` when
 * `schemes` allows them, and — for `file`/`path` — paths on this site starting with a single
 * `/`. Everything else is refused, whatever its spelling: `javascript:`, `data:`, `vbscript:`,
 * `file:`, upper case, entities (`javascript&colon;`), spaces, tabs, newlines or control
 * characters inside the scheme, protocol-relative `//host`, backslashes, credentials. A scheme
 * that runs or opens something (`javascript:`, `data:`…) gets its own message: refused for the
 * readers' safety, and which links are allowed.
 */
export function linkProblem(value: string, kind: LinkKind, schemes: ReadonlyArray<'mailto' | 'tel'> = []): string | null {
  const hint = LINK_HINT[kind];
  const allowed = allowedText(kind, schemes);
  if (value.length === 0) return `ссылка пустая: нужна ${hint}`;
  const danger = dangerousScheme(value);
  if (danger) return `ссылки «${danger}:» запрещены ради безопасности читателей: ${DANGEROUS_SCHEMES[danger]}. Разрешены ${allowed}`;
  if (new RegExp(LINK_INVISIBLE.source, 'u').test(value)) return `в ссылке пробел или невидимый символ: нужна ${hint} без пробелов`;
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
  if (kind === 'path') return `нужна ${hint}`;
  if (lower !== 'https' && lower !== 'http') return `ссылки вида «${scheme}:» здесь не допускаются. Разрешены ${allowed}`;
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

/**
 * A link field (see {@link linkProblem}): the schema checks everything and stops at the first
 * problem; the regex after it never fails on its own — it is the pattern the CMS form checks.
 */
export const link = (kind: LinkKind) =>
  z
    .string({ error: `нужна ${LINK_HINT[kind]}` })
    .superRefine((value, ctx) => {
      const problem = linkProblem(value, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
    })
    .regex(kind === 'web' ? /^https?:\/\/\S+$/ : kind === 'file' ? /^(https?:\/\/|\/(?!\/))\S*$/ : /^\/(?!\/)\S*$/, { error: `нужна ${LINK_HINT[kind]}; другие виды ссылок (javascript:, data: и т. п.) запрещены ради безопасности читателей` });
