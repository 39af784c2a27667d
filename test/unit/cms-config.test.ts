import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { collectionFiles, entryId, schemas, type CollectionName } from '../../src/schemas';
import { buildCmsConfig, extraFields, itemOptions, monthOptions, type CmsConfig, type CmsField, type CmsInput, type RoadmapForForm } from '../../src/lib/cms';
import { toSlug } from '../../src/lib/slug';
import { DATE_PATTERN } from '../../src/lib/cms/fields';
import { blankPaths, pruneBlank } from '../../src/lib/cms/prune';
import { readableReportSummary, reportPreview } from '../../src/lib/cms/report-preview';
import { reportDueDate } from '../../src/lib/status';
import type { PreviewData } from '../../src/lib/cms/preview-data';

interface Node {
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: string[];
  pattern?: string;
  relation?: string;
}

const read = (path: string) => parse(readFileSync(path, 'utf8'));
const demoRoadmap: RoadmapForForm = { id: 'dorozhnaya-karta-2021', ...read('src/content/roadmaps/dorozhnaya-karta-2021.yaml') };
const demoInput: CmsInput = { settings: read('src/content/settings/site.yaml'), roadmaps: [demoRoadmap] };
const config = buildCmsConfig(demoInput);

function fieldsOf(c: CmsConfig['collections'][number]): CmsField[] {
  return 'files' in c ? c.files[0]!.fields : c.fields;
}

/**
 * Every difference between a schema node's properties and a list of CMS fields (independent of
 * the generator's own walk). Inside an optional object (`inOptional`) the form asks for nothing:
 * Decap would otherwise refuse to save an entry whose optional block is left empty.
 */
function drift(node: Node, fields: CmsField[], path: string, allowedExtra: string[] = [], inOptional = false): string[] {
  const out: string[] = [];
  const props = node.properties ?? {};
  const required = new Set(node.required ?? []);
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const name of Object.keys(props)) if (!byName.has(name)) out.push(`${path}.${name}: есть в схеме, нет в CMS`);
  for (const f of fields) if (!(f.name in props) && !allowedExtra.includes(f.name)) out.push(`${path}.${f.name}: есть в CMS, нет в схеме`);
  for (const [name, child] of Object.entries(props)) {
    const field = byName.get(name);
    if (!field) continue;
    const here = `${path}.${name}`;
    out.push(...fieldDrift(child, field, here, required.has(name), inOptional));
  }
  return out;
}

function fieldDrift(node: Node, field: CmsField, path: string, required: boolean, inOptional = false): string[] {
  const out: string[] = [];
  if (field.required !== (required && !inOptional)) out.push(`${path}: required ${field.required} ≠ ${required && !inOptional}`);
  if (required && inOptional && !field.hint?.includes('Обязательно, если заполняете блок')) out.push(`${path}: подсказка не говорит, что поле обязательно в заполненном блоке`);
  if (!field.label?.trim()) out.push(`${path}: нет подписи`);
  if (!field.hint?.trim()) out.push(`${path}: нет подсказки`);
  const relation = node.relation ?? node.items?.relation;
  if (relation) {
    if (field.widget !== 'relation' || field.collection !== relation) out.push(`${path}: ссылка на ${relation} должна быть виджетом relation`);
    if (field.value_field !== '{{slug}}') out.push(`${path}: relation хранит не id записи`);
    if (!field.display_fields?.length || field.display_fields.some((d) => d.includes('slug'))) out.push(`${path}: relation показывает не название`);
    if ((node.type === 'array') !== !!field.multiple) out.push(`${path}: multiple не совпадает со схемой`);
    return out;
  }
  if (node.enum) {
    const values = field.options?.map((o) => o.value) ?? [];
    if (field.widget !== 'select' || JSON.stringify(values) !== JSON.stringify(node.enum)) out.push(`${path}: варианты ${JSON.stringify(values)} ≠ ${JSON.stringify(node.enum)}`);
    // A label of its own for every value (the schema's English value is never shown as is).
    for (const o of field.options ?? []) if (!o.label || o.label === o.value) out.push(`${path}: у варианта ${o.value} нет подписи`);
    return out;
  }
  if (node.pattern) {
    const re = new RegExp(node.pattern);
    if (field.widget === 'select') {
      for (const o of field.options ?? []) if (!re.test(o.value)) out.push(`${path}: вариант ${o.value} не подходит под ${node.pattern}`);
      if (!field.options?.length) out.push(`${path}: пустой список вариантов`);
    } else if (field.widget === 'setka-date') {
      // Setka's date widget stores strict ISO (src/lib/cms/date-input.ts), typed as ДД.ММ.ГГГГ.
      if (node.pattern !== DATE_PATTERN) out.push(`${path}: дата пишется не как ГГГГ-ММ-ДД`);
    } else if (field.pattern?.[0] !== node.pattern || !field.pattern[1]) {
      out.push(`${path}: pattern ${field.pattern?.[0]} ≠ ${node.pattern}`);
    }
  }
  if (node.type === 'object') {
    if (field.widget !== 'object' && field.widget !== 'setka-coordinator') out.push(`${path}: объект должен быть виджетом object`);
    out.push(...drift(node, field.fields ?? [], path, [], inOptional || !required));
  }
  if (node.type === 'array') {
    if (field.widget !== 'list') out.push(`${path}: массив должен быть виджетом list`);
    const items = node.items ?? {};
    if (items.type === 'object') out.push(...drift(items, field.fields ?? [], path));
    else if (!field.field) out.push(`${path}: у списка нет поля значения`);
    else out.push(...fieldDrift(items, { ...field.field, hint: field.field.hint ?? field.hint }, `${path}[]`, true));
  }
  if (node.type === 'boolean' && field.widget !== 'boolean') out.push(`${path}: логическое поле не переключатель`);
  if ((node.type === 'number' || node.type === 'integer') && field.widget !== 'number') out.push(`${path}: число не виджет number`);
  return out;
}

const collectionNames = Object.keys(schemas) as CollectionName[];

describe('CMS configuration matches the Zod schemas', () => {
  it.each(collectionNames)('%s: same fields, required, patterns, options, relations', (name) => {
    const json = z.toJSONSchema(schemas[name] as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Node;
    const collection = config.collections.find((c) => c.name === name);
    expect(collection, `нет коллекции ${name} в CMS`).toBeDefined();
    expect(drift(json, fieldsOf(collection!), name, extraFields[name] ?? [])).toEqual([]);
  });

  it('writes where the content collections read', () => {
    for (const c of config.collections) {
      const dir = `src/content/${collectionFiles[c.name as CollectionName].dir}`;
      if ('files' in c) expect(c.files.every((f) => f.file.startsWith(`${dir}/`) && f.file.endsWith('.yaml'))).toBe(true);
      else {
        expect(c.folder).toBe(dir);
        expect(collectionFiles[c.name as CollectionName].pattern).toContain(c.extension);
      }
    }
  });

  it('notices drift: a missing field, a wrong required flag and a lost relation are all reported', () => {
    const json = z.toJSONSchema(schemas.reports as z.ZodType, { io: 'input' }) as Node;
    const fields = structuredClone(fieldsOf(config.collections.find((c) => c.name === 'reports')!));
    const tampered = fields.filter((f) => f.name !== 'submitted').map((f) => (f.name === 'month' ? { ...f, required: false } : f.name === 'school' ? { ...f, widget: 'string' as const } : f));
    tampered.push({ name: 'extra', label: 'Лишнее', widget: 'string', required: false, hint: 'x' });
    const problems = drift(json, tampered, 'reports');
    expect(problems).toEqual(
      expect.arrayContaining([
        'reports.submitted: есть в схеме, нет в CMS',
        'reports.extra: есть в CMS, нет в схеме',
        'reports.month: required false ≠ true',
        'reports.school: ссылка на schools должна быть виджетом relation',
      ]),
    );
  });
});

describe('report form', () => {
  const reports = config.collections.find((c) => c.name === 'reports')!;
  const field = (path: string) => path.split('.').reduce<CmsField | undefined>((f, name, i) => (i === 0 ? fieldsOf(reports).find((x) => x.name === name) : f?.fields?.find((x) => x.name === name)), undefined);

  it('saves each report as reports/<school>/<yyyy-mm>.yaml', () => {
    expect(reports).toMatchObject({ folder: 'src/content/reports', path: '{{school}}/{{slug}}', slug: '{{fields.month}}', extension: 'yaml' });
    // Decap lower-cases the path template and turns dots into dashes before filling it in.
    expect('path' in reports && reports.path).not.toMatch(/[.A-Z]/);
  });

  it('offers roadmap items by number and activity, months by name', () => {
    expect(field('rows.item')?.options).toContainEqual({ value: '16', label: '16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021 15.09.2021 13.10.2021 17.11.2021' });
    expect(field('month')?.options?.slice(-2)).toEqual([
      { value: '2021-02', label: 'Февраль 2021' },
      { value: '2021-01', label: 'Январь 2021' },
    ]);
    expect(field('rows.status')?.options).toEqual([
      { value: 'done', label: 'Выполнено' },
      { value: 'partial', label: 'Выполнено частично' },
      { value: 'not-done', label: 'Не выполнено' },
    ]);
    expect(field('school')).toMatchObject({ widget: 'relation', display_fields: ['{{shortName}}'], filters: [{ field: 'category', values: ['low-results', 'difficult-conditions', 'both'] }] });
    expect(field('roadmap')?.default).toBe('dorozhnaya-karta-2021');
  });

  it('lists items in number order and keeps the newest roadmap wording', () => {
    const older: RoadmapForForm = { id: 'a', period: { start: '2020-01-01', end: '2020-12-31' }, sections: [{ items: [{ number: '10', activity: 'Старое', deadline: 'март' }, { number: '2.1', activity: 'Только в старой', deadline: 'май' }] }] };
    const newer: RoadmapForForm = { id: 'b', period: { start: '2021-01-01', end: '2021-03-31' }, sections: [{ items: [{ number: '10', activity: 'Новое', deadline: 'До 15.02.2021' }, { number: '2', activity: 'Второе', deadline: 'ежемесячно' }] }] };
    expect(itemOptions([older, newer]).map((o) => o.label)).toEqual(['2 — Второе · срок: ежемесячно', '2.1 — Только в старой · срок: май', '10 — Новое · срок: До 15.02.2021']);
    expect(monthOptions([newer]).map((o) => o.value)).toEqual(['2021-03', '2021-02', '2021-01']);
  });
});

describe('backend from settings', () => {
  const withCms = (cms: Partial<CmsInput['settings']['cms']>): CmsConfig =>
    buildCmsConfig({ ...demoInput, settings: { ...demoInput.settings, cms: { backend: 'github', branch: 'main', editorialWorkflow: true, ...cms } } });

  it.each([
    [{ backend: 'github' as const }, 'editorial_workflow'],
    [{ backend: 'gitlab' as const }, 'editorial_workflow'],
    [{ backend: 'gitea' as const }, 'simple'],
    [{ backend: 'github' as const, editorialWorkflow: false }, 'simple'],
  ])('%o → publish_mode %s', (cms, mode) => {
    expect(withCms(cms).publish_mode).toBe(mode);
  });

  it('passes repo, branch, base_url, api_root and app_id through', () => {
    expect(withCms({ backend: 'gitlab', repo: 'uo/setka', branch: 'content', apiRoot: 'https://git.example.ru/api/v4', appId: 'abc' }).backend).toMatchObject({
      name: 'gitlab', repo: 'uo/setka', branch: 'content', api_root: 'https://git.example.ru/api/v4', auth_type: 'pkce', app_id: 'abc',
    });
    expect(withCms({ backend: 'github', repo: 'uo/setka', baseUrl: 'https://auth.example.ru' }).backend).toMatchObject({ name: 'github', base_url: 'https://auth.example.ru' });
    expect(withCms({ backend: 'gitea', repo: 'uo/setka', appId: 'id', apiRoot: 'https://git.example.ru/api/v1' }).backend).toMatchObject({ name: 'gitea', app_id: 'id' });
  });

  it('talks to the local decap-server on 127.0.0.1, Russian UI, Latin slugs', () => {
    expect(config).toMatchObject({ locale: 'ru', local_backend: { url: 'http://127.0.0.1:8081/api/v1' }, slug: { encoding: 'ascii', clean_accents: true } });
    expect(buildCmsConfig({ ...demoInput, localPort: 18181 }).local_backend.url).toBe('http://127.0.0.1:18181/api/v1');
  });
});

describe('Latin file names', () => {
  it.each([
    ['Журавлевская СОШ', 'zhuravlevskaya-sosh'],
    ['Солохинская СОШ', 'solokhinskaya-sosh'],
    ['Майская гимназия', 'mayskaya-gimnaziya'],
    ['Яснозоренская СОШ', 'yasnozorenskaya-sosh'],
    ['Октябрьская СОШ', 'oktyabrskaya-sosh'],
    ['Положение о сетевом взаимодействии', 'polozhenie-o-setevom-vzaimodeystvii'],
    ['Форма отчёта', 'forma-otcheta'],
    ['Школа № 5 «Центр образования»', 'shkola-5-tsentr-obrazovaniya'],
    ['Объединение', 'obedinenie'],
  ])('%s → %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug);
  });

  it('is a valid entry id, never longer than asked', () => {
    const long = 'План («дорожная карта») по организации сетевого взаимодействия для помощи школам с низкими результатами обучения';
    const slug = toSlug(long, 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(entryId.safeParse(slug).success).toBe(true);
  });
});

describe('blank fields dropped before saving', () => {
  it.each([
    [{ name: 'Школа', website: '' }, [['website']]],
    [{ signedBy: { position: '', name: '' }, title: 'x' }, [['signedBy']]],
    [{ signedBy: { position: 'Начальник', name: '' } }, [['signedBy', 'name']]],
    [{ rows: [{ item: '16', status: 'done', reason: '' }, { item: '7', status: 'not-done' }] }, [['rows', 0, 'reason']]],
    [{ responsible: ['', 'кураторы'] }, []],
    [{ demo: false, dueDay: 0, list: [] }, []],
  ])('%j → %j', (data, paths) => {
    expect(blankPaths(data)).toEqual(paths);
  });

  it('keeps a not-done row without a reason for the check to reject', () => {
    expect(pruneBlank({ rows: [{ item: '16', status: 'not-done', reason: ' ' }] })).toEqual({ rows: [{ item: '16', status: 'not-done' }] });
  });
});

describe('report preview', () => {
  const data: PreviewData = {
    organization: 'Управление',
    dueDay: 28,
    schools: { 'nikolskaya-sh': { name: 'МОУ «Никольская средняя школа»', shortName: 'Никольская средняя школа' } },
    roadmaps: { r: { title: 'Дорожная карта', period: { start: '2021-01-01', end: '2021-12-31' }, order: ['16'], items: { '16': { activity: 'Посещение уроков кураторами', deadline: '', understood: '' } }, due: {} } },
    reports: {},
  };

  it.each([
    ['2021-09', 28, '2021-09-28'],
    ['2021-02', 30, '2021-02-28'],
    ['2024-02', 31, '2024-02-29'],
  ])('due date of %s with day %i is %s', (month, day, due) => {
    expect(reportDueDate(month, day)).toBe(due);
  });

  it('names the school and item, flags a missing reason and a late report', () => {
    const model = reportPreview(
      { school: 'nikolskaya-sh', roadmap: 'r', month: '2021-10', submitted: '2021-11-02', rows: [{ item: '16', status: 'not-done' }, { item: '16', status: 'done', reason: '' }] },
      data,
    );
    expect(model).toMatchObject({ schoolName: 'Никольская средняя школа', monthLabel: 'Октябрь 2021', submitted: '02.11.2021', timeliness: 'late', dueDate: '28.10.2021' });
    expect(model.rows.map((r) => [r.activity, r.statusLabel, r.reasonMissing])).toEqual([
      ['Посещение уроков кураторами', 'Не выполнено', true],
      ['Посещение уроков кураторами', 'Выполнено', false],
    ]);
  });

  it.each([
    ['2021-09 · nikolskaya-sh', 'Сентябрь 2021 · Никольская средняя школа'],
    ['2021-09 · unknown-school', 'Сентябрь 2021 · unknown-school'],
    ['2021-13 · nikolskaya-sh', '2021-13 · nikolskaya-sh'],
    ['Документы · прочее', 'Документы · прочее'],
    ['Школа nikolskaya-sh', 'Школа Никольская средняя школа'],
    ['Школа unknown-school', 'Школа unknown-school'],
    ['Месяц 2021-09', 'Месяц сентябрь 2021'],
    ['№ 2 · nikolskaya-sh ← unknown-school', '№ 2 · Никольская средняя школа ← unknown-school'],
    ['Школа-партнёр nikolskaya-sh', 'Школа-партнёр Никольская средняя школа'],
  ])('list summary %s reads %s', (summary, readable) => {
    expect(readableReportSummary(summary, data)).toBe(readable);
  });
});
