/**
 * The check names a field as the CMS form does (the schema's titles, list positions from 1), so a
 * methodist who never opens the YAML finds it; the path in the file follows for whoever does.
 */
import { describe, expect, it } from 'vitest';
import { fieldTitle } from '../../src/lib/check/field-title';
import { formatProblem } from '../../src/lib/check/format';

describe('fieldTitle', () => {
  it.each([
    ['roadmaps', 'sections.1.items.0.deadline', 'Разделы › 2 › Мероприятия › 1 › Сроки реализации'],
    ['roadmaps', 'period.start', 'Период › Начало'],
    ['reports', 'rows.0.reason', 'Мероприятия › 1 › Обоснование невыполнения'],
    ['reports', 'submitted', 'Дата отправки'],
    ['documents', 'approval.date', 'Гриф утверждения › Дата'],
    ['documents', 'body', 'Текст документа'],
    ['pairs', 'coordinator.name', 'Координатор в школе › Ф.И.О.'],
  ] as const)('%s %s → %s', (collection, field, title) => {
    expect(fieldTitle(collection, field)).toBe(title);
  });

  it('adds the number each list block shows in the form («№ 9»), from the file’s data', () => {
    const report = { rows: [{ item: '7' }, { item: '9', status: 'not-done' }, { status: 'done' }] };
    expect(fieldTitle('reports', 'rows.1.reason', report)).toBe('Мероприятия › 2 (№ 9) › Обоснование невыполнения');
    // a block without its number keeps its position alone
    expect(fieldTitle('reports', 'rows.2.reason', report)).toBe('Мероприятия › 3 › Обоснование невыполнения');
    const roadmap = { sections: [{ items: [] }, { title: 'Раздел', items: [{ number: '4' }, { number: 5 }] }] };
    expect(fieldTitle('roadmaps', 'sections.1.items.1.deadline', roadmap)).toBe('Разделы › 2 › Мероприятия › 2 (№ 5) › Сроки реализации');
  });

  it('gives nothing for a key the schema does not know, a body outside documents, or no collection', () => {
    expect(fieldTitle('roadmaps', 'sections.0.items.0.dedline')).toBeUndefined();
    expect(fieldTitle('reports', 'body')).toBeUndefined();
    expect(fieldTitle(undefined, 'submitted')).toBeUndefined();
  });
});

describe('formatProblem', () => {
  const base = { severity: 'error' as const, code: 'schema.too_small', file: 'src/content/roadmaps/x.yaml', line: 7, data: { detail: 'в разделе должен быть хотя бы один пункт' } };

  it('puts the form’s name first and the path in the file after it', () => {
    expect(formatProblem({ ...base, field: 'sections.2.items', collection: 'roadmaps' })).toBe(
      'src/content/roadmaps/x.yaml:7: error [schema.too_small] поле «Разделы › 3 › Мероприятия» (sections.2.items): в разделе должен быть хотя бы один пункт — добавьте недостающее',
    );
  });

  it('names the path alone when the form has no name for it', () => {
    expect(formatProblem({ ...base, field: 'sections.2.extra', collection: 'roadmaps' })).toContain('] поле «sections.2.extra»: в разделе');
    expect(formatProblem({ ...base, field: 'sections.2.items' })).toContain('] поле «sections.2.items»: в разделе');
  });
});
