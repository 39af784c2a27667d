/**
 * A pairing list stored as its own file and one file per pair: the list the site, the check and
 * the CMS data read is assembled in row-number order, whatever the file names; the demo's list
 * reads the same as the single-file list it was split from.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { assemblePairings } from '../../src/lib/programme';
import { runCheck } from '../../src/lib/check';
import { pairingSchema, pairSchema, type Pair } from '../../src/schemas';

const head = pairingSchema.parse({
  title: 'Перечень', document: 'prikaz', appendix: '1',
  approval: { heading: 'УТВЕРЖДЕН', authority: 'приказом', number: '1', date: '2021-01-10' },
  period: { start: '2021-01-01', end: '2021-12-31' },
});
const person = { name: 'Иванова И.И.', position: 'заместитель директора' };
const pair = (list: string, number: number, school: string): { id: string; data: Pair } => ({
  id: `${list}/${school}`,
  data: pairSchema.parse({ list, number, school, coordinator: person, partner: 'silnaya', curator: person }),
});

describe('assemblePairings', () => {
  it('gives each list its own pairs as rows, by row number, not by file name', () => {
    const [a, b] = assemblePairings(
      [{ id: 'a', data: head }, { id: 'b', data: head }],
      [pair('a', 3, 'alaya'), pair('b', 1, 'chuzhaya'), pair('a', 1, 'yasnaya'), pair('a', 2, 'belaya'), pair('zzz', 1, 'sirota')],
    );
    expect(a!.data.rows.map((r) => r.school)).toEqual(['yasnaya', 'belaya', 'alaya']);
    expect(b!.data.rows.map((r) => r.school)).toEqual(['chuzhaya']);
    // Rows carry the row's own fields only: the list and the number are the file's bookkeeping.
    expect(Object.keys(a!.data.rows[0]!)).toEqual(['school', 'coordinator', 'partner', 'curator']);
    expect(a!.data.title).toBe('Перечень');
  });

  it('keeps a list with no pairs (the check reports it), and two pairs with one number in file order', () => {
    const [empty] = assemblePairings([{ id: 'c', data: head }], []);
    expect(empty!.data.rows).toEqual([]);
    const [same] = assemblePairings([{ id: 'a', data: head }], [pair('a', 1, 'vtoraya'), pair('a', 1, 'pervaya')]);
    expect(same!.data.rows.map((r) => r.school)).toEqual(['pervaya', 'vtoraya']);
  });
});

describe('the demo pairing list', () => {
  const { content, errors } = runCheck(resolve('.'));

  it('is one list file and five pair files, read back in the order of Appendix 1', () => {
    expect(errors).toBe(0);
    expect(content.pairings.map((p) => p.entry.file)).toEqual(['src/content/pairings/perechen-2021.yaml']);
    expect(content.pairs.map((p) => p.entry.file).sort()).toEqual([
      'src/content/pairs/perechen-2021/malinovskaya-oosh.yaml',
      'src/content/pairs/perechen-2021/nikolskaya-sh.yaml',
      'src/content/pairs/perechen-2021/solokhinskaya-sosh.yaml',
      'src/content/pairs/perechen-2021/yasnozorenskaya-sosh.yaml',
      'src/content/pairs/perechen-2021/zhuravlevskaya-sosh.yaml',
    ]);
    expect(content.pairings[0]!.data.rows.map((r) => r.school)).toEqual(['zhuravlevskaya-sosh', 'nikolskaya-sh', 'solokhinskaya-sosh', 'yasnozorenskaya-sosh', 'malinovskaya-oosh']);
  });
});
