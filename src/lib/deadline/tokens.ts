/** Splits a normalised deadline into numbers, words and punctuation. */
import { classifyWord, type WordClass } from './lexicon';

/** One token of a normalised deadline. */
export interface Token {
  /** 'num' digits · 'word' letters · 'punct' one other character ('-' for every dash). */
  type: 'num' | 'word' | 'punct';
  /** The token's text (normalised). */
  text: string;
  /** Number value ('num'), or the word class value ('word'). */
  value: number;
  /** Word class ('word'); 'other' for numbers and punctuation. */
  cls: WordClass;
  /** Whitespace precedes the token. */
  space: boolean;
  /** Offset in the (normalised and original) text. */
  at: number;
}

const TOKEN = /(\d+)|([a-zа-я]+)|(\S)/g;

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
      out.push({ type: 'num', text, value: text.length > 9 ? Number.MAX_SAFE_INTEGER : Number(text), cls: 'other', space, at });
    } else if (m[2] !== undefined) {
      const info = classifyWord(text);
      out.push({ type: 'word', text, value: info.value, cls: info.cls, space, at });
    } else {
      out.push({ type: 'punct', text, value: 0, cls: 'other', space, at });
    }
  }
  return out;
}
