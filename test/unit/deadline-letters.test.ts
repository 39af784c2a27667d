import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LetterGated, lettersOf, mayHold, neededLetters } from '../../src/lib/deadline/letters';
import { LOOK, normalizeDeadline } from '../../src/lib/deadline/normalize';
import { anywhere } from '../../src/lib/deadline/phrases/compile';
import { DEADLINE_NAMES } from '../../src/lib/deadline/phrases/due';
import { BARE_SPANS, EVENT_ANYWHERE, EVENT_CONDITIONS, STAGES } from '../../src/lib/deadline/phrases/events';
import { ONGOING } from '../../src/lib/deadline/phrases/ongoing';
import { ACT_EDITS, FIXING_TERMS, SCHEDULE_ANYWHERE } from '../../src/lib/deadline/phrases/schedules';

/** The letters of bits, а–я in order. */
const letters = (bits: number): string =>
  Array.from({ length: 32 }, (_, k) => (bits & (1 << k) ? String.fromCharCode(0x430 + k) : '')).join('');

/** A test over every fixture text (some 20,000, growing with each set) in several forms: minutes on a busy machine, not seconds. */
const CORPUS_WIDE = 300_000;

describe('lettersOf', () => {
  it('folds capitals and «ё» into the small letters а–я and passes over everything else', () => {
    expect(letters(lettersOf('ПрЁк, а-Я z 12 №'))).toBe('аекпря');
    expect(lettersOf('15.09.2021 (N 12)')).toBe(0);
  });
});

describe('neededLetters', () => {
  it.each([
    ['прекра', ['аекпр']],
    ['года|г\\.', ['агдо', 'г']],
    ['(?:лет|год|месяц)', ['елт', 'гдо', 'емсця']], // a pattern that is one group whole is its alternatives
    ['за(?:по|до)\\s', ['азо']], // a group inside counts for the letters its alternatives share
    ['ежегодн(?:ый|ая)?', ['гдежно']], // an optional group counts for nothing
    ['числ[оа]\\s|кол-во', ['илсч', 'вкло']], // a class counts for nothing
    ['ая?б*в{0,2}г{1,}д+', ['агд']], // nor does a letter that may be left out
    ['а(?=бв)(?<=г)(?!дд)(?<!ее)', ['абвг']], // a lookaround that must match holds its letters
    ['\\u0431\\x41\\sж', ['ж']],
    ['[бb](?![a-zа-яё])|байт', ['', 'абйт']],
    ['(аб|в', ['']], // brackets that do not pair: nothing asked
  ])('%s → %j', (source, expected) => expect(neededLetters(source).map(letters)).toEqual(expected));
});

/** Every text of the deadline fixtures, as written, in capitals and with «ё». */
function fixtureTexts(): string[] {
  const dir = join(__dirname, '../fixtures/deadlines');
  const texts = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const text = line.split('\t')[0]!;
      texts.add(text).add(text.toUpperCase()).add(text.replace(/е/g, 'ё'));
    }
  }
  return [...texts];
}

describe('a look made only when the text holds the letters', () => {
  const texts = fixtureTexts();
  const patterns = [
    ...Object.values(LOOK).map((g) => g.re),
    /ежегодн(?:о|ый)?/i,
    /(?:в|во)\s+(?:течение|период)\s+(?:года|месяца)/i,
    /с\s+(?=\d)|по(?:сле)?\s/i,
  ];

  it('reads thousands of texts', () => expect(texts.length).toBeGreaterThan(20_000));

  // a set of letters that asked for more than every match holds would skip a text the search matches: the search's answer changes
  it.each(patterns.map((re) => [re.source, re] as const))('%s: every text it matches holds the letters it needs', (_source, re) => {
    const needs = neededLetters(re);
    const missed = texts.filter((t) => re.test(t) && !mayHold(lettersOf(t), needs));
    expect(missed).toEqual([]);
  }, CORPUS_WIDE);

  it('skips the search where the letters are missing and answers as the search where they are there', () => {
    const month = new LetterGated(/месяц/i);
    expect(mayHold(lettersOf('до 15.09.2021'), neededLetters(/месяц/i))).toBe(false);
    expect(month.in('до 15.09.2021', lettersOf('до 15.09.2021'))).toBe(false);
    expect(month.in('ежеМЕСЯЧно', lettersOf('ежеМЕСЯЧно'))).toBe(false); // the letters are there, the word is not
    expect(month.in('в течение МЕСЯЦА', lettersOf('в течение МЕСЯЦА'))).toBe(true);
  });

  it('refuses a search that keeps a lastIndex', () => expect(() => new LetterGated(/месяц/gi)).toThrow(/lastIndex/));
});

// `normalizeDeadline` looks for a sign or the letters of a word before each search, and reads the signs again after a step that
// may write one: with every look answered yes (`open`), each search is made, and the text must come out the same
describe('the looks of normalizeDeadline change nothing', () => {
  const texts = fixtureTexts();
  const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/е/g, 'ё')]);

  it('gives the same text with every look open, on every fixture text, its capitals, small letters and «ё»', () => {
    const changed = variants.filter((t) => normalizeDeadline(t) !== normalizeDeadline(t, true));
    expect(changed).toEqual([]);
  }, CORPUS_WIDE);

  it('reads the signs a step writes', () => {
    // «No 123» and «N 123» are written «№ 123»; the step after it reads «№ 123 - ОД от …» and blanks the code, as it does for «№»
    for (const t of ['Приказ No 123 - ОД от 10.02.2021', 'Приказ N 123 - ОД от 10.02.2021', 'Приказ № 123 - ОД от 10.02.2021']) {
      expect(normalizeDeadline(t)).toMatch(/№\s+123\s+от 10\.02\.2021$/);
      expect(normalizeDeadline(t)).toBe(normalizeDeadline(t, true));
    }
  });
});

// a list of phrases looked for anywhere is searched only where the text holds one phrase's letters: the match must be the whole
// list's, found or not, on every normalised fixture text and its variants
describe('phrases anywhere, looked for where the text holds their letters', () => {
  const texts = fixtureTexts().flatMap((t) => [t, t.toUpperCase(), t.replace(/е/g, 'ё')]).map((t) => normalizeDeadline(t));
  const lists = { EVENT_ANYWHERE, EVENT_CONDITIONS, ONGOING, BARE_SPANS, SCHEDULE_ANYWHERE, FIXING_TERMS, ACT_EDITS, DEADLINE_NAMES, STAGES };

  it.each(Object.entries(lists))('%s: the same match as the whole list', (_name, phrases) => {
    const gated = anywhere(phrases);
    const whole = new RegExp(gated.source);
    const differ = texts.filter((t) => JSON.stringify(gated.exec(t)) !== JSON.stringify(whole.exec(t)));
    expect(differ).toEqual([]);
  }, CORPUS_WIDE);
});

