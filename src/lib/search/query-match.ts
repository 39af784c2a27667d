/**
 * Whether Pagefind really found the words of a query. When a word of the query is nowhere in
 * the index, Pagefind does not say «nothing found»: it cuts the word from the end until a
 * shorter form is in the index and returns the pages with that (Pagefind issues #599, #793,
 * #1246; no option turns it off in 1.x). «педсовет» then finds «п/п», «совещание» finds «со».
 * A reader sees a page that has nothing to do with what was typed, with a stray word marked.
 *
 * Pagefind requires every word of the query on a result, so when one word was cut short, the
 * first result shows it: none of its hits is that word or a form of it. The search page checks
 * the first result and shows «nothing found» instead of such results.
 */

/**
 * The forms of a word as the check compares them — lower case, «ё» as «е», letters and digits only: the whole word first and, for
 * «07.02.2021,» or «п/п», its parts («2021»).
 */
function forms(word: string): string[] {
  const parts = word.toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const whole = parts.join('');
  return parts.length > 1 ? [whole, ...parts] : [whole];
}

/** The words of a query, as the check compares them (Pagefind splits the query at spaces). */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).map((word) => forms(word)[0]!).filter(Boolean);
}

function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a page's word is a form of the query's word: they share the start of the query word
 * but for up to five letters of its end (what Russian stemming takes off: «дети» — «детей»,
 * «консультаций» — «консультации», «педагогического» — «педагогический»); a query word of up to
 * three letters must be whole at the start («ВПР», «2021» in «07.02.2021»). A form that Pagefind
 * cut the query word down to («п» for «педсовет», «со» for «совещание») is not.
 */
export function isFormOf(pageWord: string, queryWord: string): boolean {
  const need = Math.min(queryWord.length, Math.max(3, queryWord.length - 5));
  return forms(pageWord).some((form) => commonStart(form, queryWord) >= need);
}

/** What the check reads of a result (`await result.data()`): its text and where the hits are. */
export interface MatchedText {
  content: string;
  locations: number[];
}

/**
 * Whether every word of `query` is among the hits of `result` (Pagefind's `locations` are word
 * positions in `content`). False when Pagefind cut a word short to find anything.
 */
export function coversQuery(result: MatchedText, query: string): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const text = result.content.split(/\s+/);
  const hits = result.locations.map((at) => text[at] ?? '').filter(Boolean);
  return words.every((word) => hits.some((hit) => isFormOf(hit, word)));
}
