/**
 * Russian month names in every case, plus the usual abbreviations, and a
 * tolerant lookup for misspelt month names («ноябя», «сентебря»).
 */

const SOFT_STEMS = ['январ', 'феврал', null, 'апрел', null, 'июн', 'июл', null, 'сентябр', 'октябр', 'ноябр', 'декабр'];
const SOFT_ENDINGS = ['ь', 'я', 'е', 'ю', 'ем', 'и', 'ей', 'ям', 'ях'];
const HARD: Record<number, string> = { 3: 'март', 8: 'август' };
const HARD_ENDINGS = ['', 'а', 'е', 'у', 'ом', 'ы', 'ов', 'ам', 'ах'];
const MAY_FORMS = ['май', 'мая', 'мае', 'маю', 'маем', 'маи', 'маев'];
const ABBREVIATIONS: Record<string, number> = {
  янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8,
  сен: 9, сент: 9, сентяб: 9, окт: 10, ноя: 11, нояб: 11, дек: 12, декаб: 12,
};

/** Full month forms (lower case, «ё» as «е») → month number 1–12. */
export const MONTH_FORMS: ReadonlyMap<string, number> = buildForms();

/** Month abbreviations («сент», «нояб») → month number 1–12. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries(ABBREVIATIONS));

/** The abbreviations as one alternation for a regular expression, the longest first («сентяб» before «сент» before «сен»). */
export const MONTH_ABBREVIATION = `(?:${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})`;

/** The month's name in the genitive, as a day writes it: 1 → «января», 5 → «мая», 8 → «августа». */
export function monthGenitive(m: number): string {
  const stem = SOFT_STEMS[m - 1];
  return stem ? `${stem}я` : m === 5 ? 'мая' : `${HARD[m]!}а`;
}

function buildForms(): Map<string, number> {
  const forms = new Map<string, number>();
  SOFT_STEMS.forEach((stem, i) => {
    if (stem) for (const e of SOFT_ENDINGS) forms.set(stem + e, i + 1);
  });
  for (const [m, stem] of Object.entries(HARD)) for (const e of HARD_ENDINGS) forms.set(stem + e, Number(m));
  for (const f of MAY_FORMS) forms.set(f, 5);
  return forms;
}

/**
 * Round 217. «сентябрьоктябрь» (a cell of the «Дата проведения» column of a region's plan against extremism, https://rostov-gov.ru/doc/31519
 * — corpus-real-199; it was `unparsed`), like the known miss «январемарте» the README left: two month names of one case glued with no dash or space,
 * a window whose dash the page lost («сентябрь–октябрь», «январе–марте»). Every pair of two different months in one singular case
 * (nominative, genitive, prepositional, dative, instrumental) → the two forms; a word of the language is no such pair, as both halves
 * must be a month's whole form.
 */
export const GLUED_MONTHS: ReadonlyMap<string, readonly [string, string]> = (() => {
  const byCase: string[][] = [];
  for (let e = 0; e < 5; e++) {
    const forms: string[] = [];
    for (let m = 1; m <= 12; m++) {
      const stem = SOFT_STEMS[m - 1];
      forms.push(stem ? stem + SOFT_ENDINGS[e]! : m === 5 ? MAY_FORMS[e]! : HARD[m]! + HARD_ENDINGS[e]!);
    }
    byCase.push(forms);
  }
  const map = new Map<string, readonly [string, string]>();
  for (const forms of byCase) for (const a of forms) for (const b of forms) if (a !== b) map.set(a + b, [a, b]);
  return map;
})();

/** Full forms grouped by their first two letters, for the fuzzy lookup. */
const BY_PREFIX: Map<string, Array<[string, number]>> = (() => {
  const map = new Map<string, Array<[string, number]>>();
  for (const [form, m] of MONTH_FORMS) {
    if (form.length < 4) continue;
    const key = form.slice(0, 2);
    const list = map.get(key) ?? [];
    list.push([form, m]);
    map.set(key, list);
  }
  return map;
})();

/**
 * Round 105. «Финал акции «Марша парков» состоится в мае в Екатеринбурге.» (a town paper on the «Марш парков» of the Sverdlovsk region,
 * https://vestnik-lesnoy.ru/marsh-parkov — corpus-real-93; it was `months`, March and May): words of the language one or two edits from
 * a month's form are no misspelt months — «марш» («марша», «марше», «маршу», «маршам» …, from «марта», «марте», «марту»), «марка»
 * («марку», «марке», «маркам» …) and «октябрята» («октябрят», «октябрятам» …, from «октября», «октябрям»). Any word opening with
 * «марш», «марк» or «октябрят» is such a word (the month's own forms are found before this, exactly).
 */
const REAL_WORD = /^(?:марш|марк|октябрят)/;

/**
 * Month number for a word that is a month name, an abbreviation, or a
 * misspelt month name (same first two letters, one edit for 5–6 letters,
 * two for longer words); 0 when it is not a month.
 */
export function monthOfWord(word: string): number {
  const exact = exactMonth(word);
  if (exact) return exact;
  if (word.length < 5 || word.length > 12 || REAL_WORD.test(word)) return 0;
  const candidates = BY_PREFIX.get(word.slice(0, 2));
  if (!candidates) return 0;
  const limit = word.length >= 7 ? 2 : 1;
  for (const [form, m] of candidates) {
    if (Math.abs(form.length - word.length) <= limit && editDistance(word, form, limit) <= limit) return m;
  }
  return 0;
}

/** Month number for a word that is a month's own form or abbreviation (lower case, «ё» as «е»), no misspelling; 0 otherwise. */
export function exactMonth(word: string): number {
  return MONTH_FORMS.get(word) ?? MONTH_ABBREVIATIONS.get(word) ?? 0;
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), capped at `limit + 1`. */
export function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}
