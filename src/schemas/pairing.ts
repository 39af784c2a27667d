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

/** Pairing list (перечень школ-партнёров), `src/content/pairings/<id>.yaml`. */
export const pairingSchema = z
  .object({
    /** Title as in the source. */
    title: text('название').meta({ title: 'Название', description: 'Как в приложении к приказу' }),
    /** Approving document (order), by id. */
    document: entryId.meta({ title: 'Приказ', description: 'Приказ, которым утверждён перечень', relation: 'documents' }),
    /** Appendix number in that order («1»). */
    appendix: text('номер приложения').meta({ title: 'Номер приложения', description: 'Например: 1' }),
    /** Approval block as printed. */
    approval: approval.meta({ title: 'Гриф утверждения' }),
    /** Period the list is in force. */
    period: period.meta({ title: 'Период действия' }),
    /** Rows in the source order. */
    rows: z.array(pairingRow).min(1, { error: 'в перечне должна быть хотя бы одна строка' }).meta({ title: 'Строки перечня' }),
  })
  .strict();

export type PairingRow = z.infer<typeof pairingRow>;
export type Pairing = z.infer<typeof pairingSchema>;
