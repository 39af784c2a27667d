/** Splits a normalised deadline into numbers, words and punctuation. */
import { classifyWord, type WordClass, type WordInfo } from './lexicon';

/** One token of a normalised deadline. */
export interface Token {
  /** 'num' digits · 'word' letters · 'punct' one other character ('-' for every dash). */
  type: 'num' | 'word' | 'punct';
  /** The token's text (normalised). */
  text: string;
  /** A number's value; for a word, the number it stands for (month 1–12, «II», «третий»); else 0. */
  n: number;
  /** Word class ('word'); 'other' for numbers and punctuation. */
  cls: WordClass;
  /** The word's lexicon entry ('word' only). */
  word: WordInfo | null;
  /** Whitespace precedes the token. */
  space: boolean;
  /** Offset in the (normalised and original) text. */
  at: number;
}

const TOKEN = /(\d+)|([a-zа-я]+)|(\S)/g;

/** Connectors that a slip may write twice («С 5 по по 25 марта 2011г.», «с с 1 сентября», «до до 15 мая»): read once. */
const DOUBLED: ReadonlySet<WordClass> = new Set<WordClass>(['from', 'to', 'by', 'towards']);

/** Tokens of a normalised deadline, in order. */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(norm)) !== null) {
    const at = m.index;
    const text = m[0];
    const space = at > prevEnd;
    prevEnd = at + text.length;
    if (m[1] !== undefined) {
      out.push({ type: 'num', text, n: text.length > 9 ? Number.MAX_SAFE_INTEGER : Number(text), cls: 'other', word: null, space, at });
    } else if (m[2] !== undefined) {
      const word = classifyWord(text);
      const prev = out.at(-1);
      if (prev !== undefined && prev.text === text && DOUBLED.has(word.cls)) continue;
      out.push({ type: 'word', text, n: word.n, cls: word.cls, word, space, at });
    } else {
      out.push({ type: 'punct', text, n: 0, cls: 'other', word: null, space, at });
    }
  }
  return out;
}
