import { z } from 'astro/zod';
import { approval, entryId, period, person, text } from './common';

/** One row of the pairing list: a school that needs help, its partner, and the people responsible. */
export const pairingRow = z
  .object({
    /** The school that receives help («слабая» школа), by id. */
    school: entryId.meta({ title: 'Школа (ШНОР/ШНСУ)', description: 'Школа, которой оказывается помощь', relation: 'schools' }),
    /** Coordinator in that school. */
    coordinator: person.meta({ title: 'Координатор в школе' }),
    /** Partner school («сильная» школа), by id. */
    partner: entryId.meta({ title: 'Школа-партнёр', description: 'Закреплённая «сильная» школа', relation: 'schools' }),
    /** Curator in the partner school. */
    curator: person.meta({ title: 'Куратор в школе-партнёре' }),
  })
  .strict();

/**
 * One pair of a pairing list, `src/content/pairs/<list>/<school>.yaml`: one file per helped
 * school, so a list of hundreds of rows is edited a row at a time. The list page is assembled
 * from the pairs in `number` order (src/lib/programme/pairings.ts).
 */
export const pairSchema = z
  .object({
    /** The pairing list this pair belongs to, by id (also the folder name). */
    list: entryId.meta({ title: 'Перечень', description: 'Перечень школ-партнёров, в который входит пара', relation: 'pairings' }),
    /** Row number in the list («№ п/п»): the list page shows the pairs in this order. */
    number: z
      .number({ error: 'номер строки в перечне — целое число, например 5' })
      .int({ error: 'номер строки в перечне — целое число, например 5' })
      .min(1, { error: 'номер строки в перечне начинается с 1' })
      .meta({ title: '№ строки в перечне', description: 'Порядковый номер, как в приложении к приказу; новая пара — следующий номер после последнего' }),
    ...pairingRow.shape,
  })
  .strict();

/** Pairing list (перечень школ-партнёров) without its rows, `src/content/pairings/<id>.yaml`; the rows are the pairs in `pairs/<id>/`. */
export const pairingSchema = z
  .object({
    /** Title as in the source. */
    title: text().meta({ title: 'Название', description: 'Как в приложении к приказу' }),
    /** Approving document (order), by id. */
    document: entryId.meta({ title: 'Приказ', description: 'Приказ, которым утверждён перечень', relation: 'documents' }),
    /** Appendix number in that order («1»). */
    appendix: text().meta({ title: 'Номер приложения', description: 'Например: 1' }),
    /** Approval block as printed. */
    approval: approval.meta({ title: 'Гриф утверждения' }),
    /** Period the list is in force. */
    period: period.meta({ title: 'Период действия' }),
  })
  .strict();

export type PairingRow = z.infer<typeof pairingRow>;
export type Pair = z.infer<typeof pairSchema>;
/** A pairing list's own file (title, order, approval, period). */
export type PairingHeader = z.infer<typeof pairingSchema>;
/** A pairing list as the site reads it: its file with its pairs as rows, in `number` order. */
export type Pairing = PairingHeader & { rows: PairingRow[] };
