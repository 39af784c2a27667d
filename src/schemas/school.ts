import { z } from 'astro/zod';
import { link, text } from './common';

/** School categories: the programme's two target groups, both, or a partner («сильная» школа). */
export const schoolCategories = ['low-results', 'difficult-conditions', 'both', 'partner'] as const;
export type SchoolCategory = (typeof schoolCategories)[number];

/** A school (`src/content/schools/<id>.yaml`; the id is the file name). */
export const schoolSchema = z
  .object({
    /** Full official name as the order writes it: «МОУ «Журавлевская СОШ»». */
    name: text().meta({ title: 'Полное наименование', description: 'Как в приказе: МОУ «Журавлевская СОШ»' }),
    /** Short name: «Журавлевская СОШ». */
    shortName: text().meta({ title: 'Краткое наименование', description: 'Например: Журавлевская СОШ' }),
    /** Category in the programme. */
    category: z
      .enum(schoolCategories, { error: 'категория: low-results (ШНОР), difficult-conditions (ШНСУ), both (обе) или partner (школа-партнёр)' })
      .meta({ title: 'Категория', description: 'ШНОР, ШНСУ, обе или школа-партнёр' }),
    /** Municipality. */
    municipality: text().meta({ title: 'Муниципалитет', description: 'Например: Белгородский район' }),
    /** Postal address. */
    address: z.string().optional().meta({ title: 'Адрес' }),
    /** School website. */
    website: link('web').optional().meta({ title: 'Сайт школы', description: 'Полная ссылка: https://…' }),
    /** Free text about the school (Markdown, sanitised when rendered). */
    about: z.string().optional().meta({ title: 'О школе', description: 'Несколько предложений; ссылки и списки можно' }),
  })
  .strict();

export type School = z.infer<typeof schoolSchema>;
