import { transliterate } from 'transliteration';

/**
 * Russian letters the way Setka's ids already spell them (zhuravlevskaya, solokhinskaya,
 * mayskaya, vzaimodeystvie): the library's defaults are kept except where they differ.
 */
const RUSSIAN: Record<string, string> = {
  х: 'kh', Х: 'Kh',
  ц: 'ts', Ц: 'Ts',
  ё: 'e', Ё: 'E',
  й: 'y', Й: 'Y',
  ъ: '', Ъ: '',
  ь: '', Ь: '',
  '№': ' ',
};

/** Cyrillic (and any other script) → Latin letters; punctuation and spaces are kept for the caller to clean. */
export function transliterateRu(text: string): string {
  return transliterate(text, { replace: RUSSIAN, trim: false });
}

/**
 * A file name (entry id) from any title: Latin lower case, digits and dashes, at most `maxLength`
 * characters cut at a dash. `«Журавлевская СОШ»` → `zhuravlevskaya-sosh`. Empty when nothing is left.
 */
export function toSlug(text: string, maxLength = 60): string {
  const slug = transliterateRu(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
