import { z } from 'astro/zod';
import { approval, entryId, isoDate, link, text } from './common';

/**
 * Approval block of a document: as on appendices («УТВЕРЖДЕНО приказом … от … № …», «Приложение № 4 к приказу …»),
 * or «УТВЕРЖДАЮ» with the approver's position and name, where no order number exists.
 */
export const documentApproval = approval
  .extend({
    /** Number of the approving order as printed; empty for «УТВЕРЖДАЮ». */
    number: z.string().optional().meta({ title: 'Номер приказа', description: 'Только номер, без «№»: 147; пусто для «УТВЕРЖДАЮ»' }),
    /** Date of the approving order (or of the approver's signature), ISO. */
    date: isoDate.optional().meta({ title: 'Дата', description: 'ГГГГ-ММ-ДД' }),
    /** «УТВЕРЖДАЮ»: who approved, position and name as printed. */
    approver: z
      .object({ position: text().meta({ title: 'Должность' }), name: text().meta({ title: 'Ф.И.О.' }) })
      .strict()
      .optional()
      .meta({ title: 'Утверждаю (должность, Ф.И.О.)' }),
  })
  .strict();

export const documentKinds = ['order', 'regulation', 'plan', 'form', 'other'] as const;
export const documentStatuses = ['draft', 'in-force', 'superseded', 'repealed'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export type DocumentStatus = (typeof documentStatuses)[number];

/** A link from a document to one of its appendices (another document, a pairing list or a roadmap). */
export const appendixRef = z
  .object({
    /** Appendix number as printed («1»). */
    number: text().meta({ title: 'Номер приложения', description: 'Например: 1' }),
    /** Collection of the appendix. */
    collection: z.enum(['documents', 'pairings', 'roadmaps'], { error: 'тип приложения: documents, pairings или roadmaps' }).meta({ title: 'Тип приложения' }),
    /** Id of the appendix entry. */
    id: entryId.meta({ title: 'Приложение', description: 'Идентификатор записи' }),
  })
  .strict();

/** Electronic signature details of an attached original. */
export const signature = z
  .object({
    signer: text().meta({ title: 'Кто подписал' }),
    position: z.string().optional().meta({ title: 'Должность' }),
    date: isoDate.meta({ title: 'Дата подписи' }),
    serial: z.string().optional().meta({ title: 'Сертификат (серийный номер)' }),
  })
  .strict();

/** Original file of a document (scan, DOCX, PDF) with optional signature details. */
export const attachment = z
  .object({
    title: text().meta({ title: 'Название' }),
    file: link('file').meta({ title: 'Файл', description: 'Путь в папке public, например /files/prikaz-147.pdf' }),
    signature: signature.optional().meta({ title: 'Электронная подпись' }),
  })
  .strict();

/** Official document (`src/content/documents/<id>.md`): order, regulation, plan, form. */
export const documentSchema = z
  .object({
    /** Kind of document. */
    kind: z.enum(documentKinds, { error: 'вид документа: order (приказ), regulation (положение), plan (план), form (форма) или other' }).meta({ title: 'Вид документа' }),
    /** Title as in the source, verbatim. */
    title: text().meta({ title: 'Заголовок', description: 'Дословно, как в документе' }),
    /** Number as printed («147»); may be empty for appendices. */
    number: z.string().optional().meta({ title: 'Номер', description: 'Без «№»: 147' }),
    /** Date as printed, ISO. */
    date: isoDate.optional().meta({ title: 'Дата', description: 'ГГГГ-ММ-ДД' }),
    /** Issuing organisation (the order's letterhead). */
    issuer: z.string().optional().meta({ title: 'Кто издал', description: 'Как на бланке' }),
    /** Who signed (position and name), as printed under the text. */
    signedBy: z
      .object({ position: text().meta({ title: 'Должность' }), name: text().meta({ title: 'Ф.И.О.' }) })
      .strict()
      .optional()
      .meta({ title: 'Подпись' }),
    /** This document is appendix № `number` to order `of`. */
    appendixOf: z
      .object({ number: text().meta({ title: 'Номер приложения' }), of: entryId.meta({ title: 'К приказу', relation: 'documents' }) })
      .strict()
      .optional()
      .meta({ title: 'Является приложением' }),
    /** Approval block as printed («УТВЕРЖДЕНО приказом … от … № …»). */
    approval: documentApproval.optional().meta({ title: 'Гриф утверждения' }),
    /** Legal status. */
    status: z.enum(documentStatuses, { error: 'статус: draft (проект), in-force (действует), superseded (заменён) или repealed (отменён)' }).default('in-force').meta({ title: 'Статус' }),
    /** Replacing document when superseded. */
    supersededBy: entryId.optional().meta({ title: 'Заменён документом', relation: 'documents' }),
    /** Appendices in order. */
    appendices: z.array(appendixRef).default([]).meta({ title: 'Приложения' }),
    /** Original files. */
    attachments: z.array(attachment).default([]).meta({ title: 'Файлы' }),
    /** One-line summary for lists and search. */
    summary: z.string().optional().meta({ title: 'Кратко', description: 'Одно предложение для списков и поиска' }),
  })
  .strict()
  .superRefine((doc, ctx) => {
    if (doc.status === 'superseded' && !doc.supersededBy) {
      ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: 'документ заменён, но не указано, каким документом' });
    }
  });

export type AppendixRef = z.infer<typeof appendixRef>;
export type DocumentData = z.infer<typeof documentSchema>;
export type DocumentApproval = z.infer<typeof documentApproval>;
