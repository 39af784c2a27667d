/**
 * Pagefind's excerpts are HTML: escaped text with `<mark>` around the words found. The page
 * never inserts them as HTML; it turns them into text and marked segments.
 */

/** A run of excerpt text; `mark` when it is a word the query found. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into segments; any other tag is dropped, its text kept. */
export function excerptSegments(html: string): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(part)) mark = true;
    else if (/^<\/mark/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = out[out.length - 1];
      if (last && last.mark === mark) last.text += text;
      else out.push({ text, mark });
    }
  }
  return out;
}
