import { z } from 'astro/zod';
import { approval, entryId, period, text } from './common';

/** One activity of the roadmap. */
export const roadmapItem = z
  .object({
    /** Number as in the source («1», «16», «2.3»). */
    number: z
      .string({ error: 'номер пункта пишется как текст в кавычках, например "16"' })
      .regex(/^\d+(\.\d+)*$/, { error: 'номер пункта: цифры, можно с точками (16 или 2.3)' })
      .meta({ title: '№', description: 'Как в источнике: 1, 2, 16' }),
    /** Activity, verbatim. */
    activity: text().meta({ title: 'Виды работ (мероприятия)', description: 'Дословно, как в дорожной карте' }),
    /** Deadline as the source writes it, verbatim («До 15.02.2021», «По графику ОО»). */
    deadline: text().meta({ title: 'Сроки реализации', description: 'Дословно: До 15.02.2021, октябрь-ноябрь 2021, По графику ОО, ежемесячно до 28 числа' }),
    /** Responsible, verbatim, one entry per person or body. */
    responsible: z.array(text()).min(1, { error: 'укажите хотя бы одного ответственного' }).meta({ title: 'Ответственный', description: 'По одному в строке, дословно' }),
    /** Schools the item applies to (ids); empty means every school in the pairing list. */
    schools: z.array(entryId.meta({ relation: 'schools' })).optional().meta({ title: 'Для каких школ', description: 'Пусто — для всех школ перечня', relation: 'schools' }),
  })
  .strict();

/** A section of the roadmap with its items. */
export const roadmapSection = z
  .object({
    /** Section heading, verbatim. */
    title: text().meta({ title: 'Раздел', description: 'Дословно, как в дорожной карте' }),
    /** Items in source order. */
    items: z.array(roadmapItem).min(1, { error: 'в разделе должен быть хотя бы один пункт' }).meta({ title: 'Мероприятия' }),
  })
  .strict();

/** Roadmap (дорожная карта), `src/content/roadmaps/<id>.yaml`. */
export const roadmapSchema = z
  .object({
    /** Title as in the source. */
    title: text().meta({ title: 'Название', description: 'Как в приложении к приказу' }),
    /** Short title for navigation. */
    shortTitle: z.string().optional().meta({ title: 'Краткое название' }),
    /** Approving document (order), by id. */
    document: entryId.meta({ title: 'Приказ', description: 'Приказ, которым утверждена дорожная карта', relation: 'documents' }),
    /** Appendix number in that order («3»). */
    appendix: text().meta({ title: 'Номер приложения', description: 'Например: 3' }),
    /** Approval block as printed. */
    approval: approval.meta({ title: 'Гриф утверждения' }),
    /** Period the roadmap covers; deadlines without a year are read within it. */
    period: period.meta({ title: 'Период' }),
    /** Sections in source order. */
    sections: z.array(roadmapSection).min(1, { error: 'нужен хотя бы один раздел' }).meta({ title: 'Разделы' }),
  })
  .strict();

export type RoadmapItem = z.infer<typeof roadmapItem>;
export type RoadmapSection = z.infer<typeof roadmapSection>;
export type Roadmap = z.infer<typeof roadmapSchema>;
