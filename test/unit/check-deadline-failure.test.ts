/**
 * A failure inside the deadline parser (a bug, not the author's text) is an error with its own
 * code in `npm run check`, not a silent «unparsed» warning. The tokenizer is replaced by one that
 * throws on a marker text, so the real parser, check and formatter run around a real exception.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, runCheck } from '../../src/lib/check';
import { internalFailure, parseDeadline } from '../../src/lib/deadline';
import { copyProject } from '../helpers/temp-project';

const MARKER = 'сбой разбора';

vi.mock('../../src/lib/deadline/tokens', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/deadline/tokens')>();
  return {
    ...original,
    tokenize: (norm: string) => {
      if (norm.includes(MARKER)) throw new TypeError('поломка токенизатора');
      return original.tokenize(norm);
    },
  };
});

const project = copyProject();
afterAll(() => project.remove());
const ROADMAP = 'src/content/roadmaps/dorozhnaya-karta-2021.yaml';

describe('internal parser failure', () => {
  it('is unparsed for the contract, and internalFailure names the cause', () => {
    const d = parseDeadline(`до 15.02.2021, ${MARKER}`);
    expect(d).toMatchObject({ kind: 'unparsed', reason: 'внутренняя ошибка разбора срока' });
    expect(internalFailure(d)).toBe('поломка токенизатора');
    expect(internalFailure(parseDeadline('до 15.02.2021', { year: 2021 }))).toBeNull();
    expect(internalFailure(parseDeadline('когда рак на горе свистнет', { year: 2021 }))).toBeNull();
  });

  it('is an error with its own code in the check, not a warning', () => {
    const file = join(project.dir, ROADMAP);
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('deadline: По итогам работ', `deadline: По итогам работ, ${MARKER}`));
    try {
      const result = runCheck(project.dir);
      const problem = result.problems.find((p) => p.code === 'deadline.internal-error');
      expect(problem).toMatchObject({ severity: 'error', file: ROADMAP, field: 'sections.3.items.6.deadline' });
      expect(formatProblem(problem!)).toMatch(/error \[deadline\.internal-error\].*срок пункта № 18 «По итогам работ, сбой разбора» не разобран из-за внутренней ошибки программы \(поломка токенизатора\)/);
      expect(result.errors).toBeGreaterThanOrEqual(1);
      expect(result.problems.some((p) => p.code === 'deadline.unparsed')).toBe(false);
    } finally {
      writeFileSync(file, before);
    }
  });
});
