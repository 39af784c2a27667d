import { numberedLines, numberingFaults } from '../clauses';
import type { CheckedContent } from './rules';
import type { Problem } from './types';

/** Clause numbering of document bodies: a number met twice or a skipped number is a warning with its line. */
export function checkClauseNumbering(c: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  for (const d of c.documents) {
    const { body, bodyLine = 1, file } = d.entry;
    if (!body) continue;
    for (const f of numberingFaults(numberedLines(body))) {
      const line = bodyLine + f.line - 1;
      problems.push(
        f.kind === 'duplicate'
          ? { severity: 'warning', code: 'document.clause-duplicate', file, line, data: { number: f.number, first: bodyLine + f.firstLine! - 1 } }
          : { severity: 'warning', code: 'document.clause-skip', file, line, data: { number: f.number, previous: f.previous, expected: f.expected } },
      );
    }
  }
  return problems;
}
