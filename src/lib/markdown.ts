import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { toSlug } from './slug';
import { clauseAnchor, clauseDepth, clauseLetter, clauseNumber, letterAnchor, startsClause } from './clauses';

/** A clause or section found in a document body: numbered, lettered, or an unnumbered section title. */
export interface Clause {
  /** Number as in the source, without a trailing dot: `4.2`; the letter for lettered clauses (`а`); empty for unnumbered titles. */
  number: string;
  /** Anchor id: `p-4-2`. */
  id: string;
  /** 1 for `4`, 2 for `4.2`, …; a lettered clause is one deeper than its parent; 1 for unnumbered titles. */
  depth: number;
  /** True when the clause is a heading (a section title). */
  heading: boolean;
  /** Plain text of the clause, for tables of contents and search. */
  text: string;
}

export interface RenderedDocument {
  html: string;
  clauses: Clause[];
}

/**
 * Legal texts number their clauses in the text itself («1. Утвердить …»). Markdown would
 * turn such a line into an ordered list and renumber it; escaping the dot keeps the source
 * numbering verbatim. Bullet lists («- …») stay lists.
 */
function protectClauseNumbers(body: string): string {
  return body.replace(/^( {0,3})(\d{1,3})([.)])(?=[ \t])/gm, '$1$2\\$3');
}

/**
 * Text pasted from Word often has two clauses on consecutive lines («2.1. …» / «2.2. …») with no
 * blank line between: Markdown would join them into one paragraph. Every line that starts with
 * a clause number or a letter («а)», «Б.») starts a paragraph of its own.
 */
export function splitClauseLines(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const prev = out[out.length - 1];
    if (!fenced && prev !== undefined && prev.trim() !== '' && !/^\s*\|/.test(prev) && !/^ {2,}/.test(line) && startsClause(line) && !/^\s*#/.test(line)) out.push('');
    out.push(line);
  }
  return out.join('\n');
}

function createRenderer(html: boolean): MarkdownItInstance {
  const md = new MarkdownIt({ html, linkify: false, typographer: false, breaks: false });
  if (html) {
    // Raw HTML the sanitiser would not keep as a tag is shown as text, never swallowed (see rawHtmlProblem).
    md.renderer.rules.html_block = (tokens, idx) => (rawHtmlProblem(tokens[idx]!.content) ? `<p>${escapeHtml(tokens[idx]!.content)}</p>\n` : tokens[idx]!.content);
    md.renderer.rules.html_inline = (tokens, idx) => (rawHtmlProblem(tokens[idx]!.content) ? escapeHtml(tokens[idx]!.content) : tokens[idx]!.content);
  }
  return md;
}

/**
 * Why a piece of raw HTML in a staff document cannot be kept as markup, or null when it can:
 * comments, doctypes, CDATA and processing instructions, and any tag the sanitiser does not
 * allow. Such tags are where text vanishes — `<textarea>`, `<script>`, `<style>`, `<title>`,
 * `<xmp>`, `<iframe>`, `<noscript>`, `<plaintext>` make an HTML parser read everything after
 * them as their own content, and an unclosed `<!--` hides the rest of the document — so the
 * renderer shows them as text and the check reports them with their line.
 */
export function rawHtmlProblem(html: string): string | null {
  if (/<[!?]/.test(html)) return html.includes('<!--') ? 'комментарий HTML <!-- … -->' : 'служебная разметка <!…> или <?…>';
  for (const m of html.matchAll(/<\/?\s*([A-Za-z][A-Za-z0-9-]*)/g)) {
    const tag = m[1]!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return `тег <${tag}>`;
  }
  return null;
}

/** Raw HTML in a staff document body that would not be kept as markup, with its 1-based line in the body. */
export function rawHtmlProblems(body: string): Array<{ line: number; what: string }> {
  const out: Array<{ line: number; what: string }> = [];
  const tokens = trusted.parse(protectClauseNumbers(body), {});
  for (const t of tokens) {
    if (t.type === 'html_block') {
      const what = rawHtmlProblem(t.content);
      if (what) out.push({ line: (t.map?.[0] ?? 0) + 1, what });
    }
    if (t.type === 'inline' && t.children) {
      let line = t.map?.[0] ?? 0;
      for (const child of t.children) {
        if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
        if (child.type !== 'html_inline') continue;
        const what = rawHtmlProblem(child.content);
        if (what) out.push({ line: line + 1, what });
      }
    }
  }
  return out;
}

const trusted = createRenderer(true);
const untrusted = createRenderer(false);

/**
 * Staff documents: tags and attributes allowed in rendered Markdown and raw HTML written by the
 * department. Everything else — script, style, event handlers, iframes, forms, images from
 * elsewhere, inline styles, javascript:/data: URLs — is dropped by sanitize-html.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 's', 'sub', 'sup', 'blockquote', 'code', 'pre', 'a', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'abbr'],
  allowedAttributes: {
    a: ['href', 'title', 'id', 'class', 'data-clause', 'data-pagefind-ignore'],
    div: ['class', 'role', 'tabindex', 'aria-label'],
    caption: ['class'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    h2: ['id', 'class', 'data-pagefind-title'],
    h3: ['id', 'class', 'data-pagefind-title'],
    h4: ['id', 'class', 'data-pagefind-title'],
    p: ['id', 'class', 'data-pagefind-title'],
    li: ['id'],
    span: ['class', 'aria-hidden'],
    abbr: ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside a dropped tag stays (as text): the sanitiser never removes words.
  nonTextTags: [],
};

/** Tags a staff document may write as raw HTML: exactly what the sanitiser keeps. */
const ALLOWED_TAGS = new Set(SANITIZE_OPTIONS.allowedTags || []);

/**
 * Text from less-trusted authors (reports, school pages written through the CMS): paragraphs,
 * lists, emphasis and plain links only. No ids or classes (they could clobber the page's own
 * anchors or imitate its interface), no headings, tables or images; links get
 * `rel="nofollow noopener ugc"`.
 */
const UNTRUSTED_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 's', 'sub', 'sup', 'blockquote', 'code', 'pre', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener ugc' }),
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, 'p'])),
  },
};

/** Sanitises staff HTML with a well-kept sanitiser (no script, no event handlers, no javascript: URLs, no inline styles). */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Sanitises HTML from less-trusted authors: the strict profile (see {@link renderUntrusted}). */
export function sanitizeUntrusted(html: string): string {
  return sanitizeHtml(html, UNTRUSTED_OPTIONS);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Tables: a labelled region that scrolls on narrow screens, a caption, header cells with scope.
 * Rewrites the token in place; true when the token was a table boundary (then it needs nothing more).
 */
function wrapTable(t: Token, label: () => string): boolean {
  if (t.type === 'table_open') {
    const text = escapeHtml(label());
    t.type = 'html_block';
    t.content = `<div class="table-scroll" role="region" tabindex="0" aria-label="${text}"><table><caption class="visually-hidden">${text}</caption>\n`;
    return true;
  }
  if (t.type === 'table_close') {
    t.type = 'html_block';
    t.content = '</table></div>\n';
    return true;
  }
  if (t.type === 'th_open') t.attrSet('scope', 'col');
  return false;
}

function inlineText(tokens: Token[], i: number): string {
  const inline = tokens[i + 1];
  return inline && inline.type === 'inline' ? inline.content : '';
}

/**
 * Renders a document body to HTML, giving every numbered clause (paragraph or heading
 * that starts with «1.», «4.2.», «1.1») a stable `id` and a visible link to itself.
 * `trust: 'staff'` keeps raw HTML written by the department (then sanitised anyway);
 * `trust: 'public'` (reports, school pages) ignores raw HTML entirely.
 */
export function renderDocument(
  body: string,
  options: { trust?: 'staff' | 'public'; linkLabel?: (n: string) => string; tableLabel?: (n: number) => string } = {},
): RenderedDocument {
  const md = options.trust === 'public' ? untrusted : trusted;
  const linkLabel = options.linkLabel ?? ((n: string) => `Ссылка на пункт ${n}`);
  const tableLabel = options.tableLabel ?? ((n: number) => `Таблица ${n}`);
  let tables = 0;
  const env = {};
  const tokens = md.parse(protectClauseNumbers(splitClauseLines(body)), env);
  const clauses: Clause[] = [];
  const used = new Map<string, number>();
  const unique = (base: string) => {
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  };
  let inList = 0;
  // Anchors of unnumbered text are positional under the last numbered/lettered clause or title:
  // `p-4-2-abz1` (a paragraph after 4.2), `p-4-2-li3` (its third bullet), `razdel-2` (second untitled section).
  let context: { id: string | null; paragraphs: number; items: number } = { id: null, paragraphs: 0, items: 0 };
  let parent: { id: string; depth: number } | null = null;
  let sections = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Tables: a labelled region that scrolls on narrow screens, a caption, header cells with scope.
    if (wrapTable(t, () => tableLabel(++tables))) continue;
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') inList++;
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') inList--;
    if (t.type === 'list_item_open' && inList === 1) {
      t.attrSet('id', unique(`${context.id ?? 'p'}-li${++context.items}`));
      continue;
    }
    const isHeading = t.type === 'heading_open';
    if (!(isHeading || (t.type === 'paragraph_open' && inList === 0))) continue;
    const content = inlineText(tokens, i).replace(/^(\s*\d{1,3})\\([.)])/, '$1$2');
    const plain = content.replace(/[*_`]/g, '').trim();
    const number = clauseNumber(content);
    const letter = number ? null : clauseLetter(content);
    // A whole-bold paragraph without a number is a section title, like a heading.
    const boldTitle = !number && !letter && /^\*\*[^*]+\*\*:?$/.test(content.trim());
    if (!number && !letter && !isHeading && !boldTitle) {
      t.attrSet('id', unique(`${context.id ?? 'p'}-abz${++context.paragraphs}`));
      continue;
    }
    let id: string;
    let depth: number;
    if (number) {
      id = unique(clauseAnchor(number));
      depth = clauseDepth(number);
    } else if (letter) {
      // Letters hang under the last numbered clause or title: «а)» after 2.2 → p-2-2-a.
      id = unique(letterAnchor(letter, parent?.id ?? null));
      depth = (parent?.depth ?? 0) + 1;
    } else {
      id = unique(`razdel-${++sections}`);
      depth = 1;
    }
    t.attrSet('id', id);
    t.attrJoin('class', 'clause');
    // Search: a hit inside a clause links to it, titled «Пункт 4.2» or by the section heading.
    t.attrSet('data-pagefind-title', isHeading || boldTitle ? plain : `Пункт ${number ?? `${letter})`}`);
    clauses.push({ number: number ?? letter ?? '', id, depth, heading: isHeading || boldTitle, text: content });
    if (!letter) parent = { id, depth };
    context = { id, paragraphs: 0, items: 0 };
    // A visible self-link at the end of the clause's first line of text (copied by the page's small script).
    const inline = tokens[i + 1];
    const label = number ?? (letter ? `${letter})` : plain.slice(0, 60));
    if (inline?.type === 'inline' && inline.children) {
      const TokenClass = inline.constructor as new (type: string, tag: string, nesting: number) => Token;
      const link = new TokenClass('html_inline', '', 0);
      link.content = ` <a class="clause-link" href="#${id}" data-clause="${escapeHtml(label)}" data-pagefind-ignore><span class="visually-hidden">${escapeHtml(linkLabel(label))}</span><span aria-hidden="true">#</span></a>`;
      inline.children.push(link);
    }
  }
  return { html: sanitize(md.renderer.render(tokens, md.options, env)), clauses };
}

/**
 * Renders short free text written by less-trusted authors (reports, school pages): Markdown
 * without raw HTML (it is shown as text), then the strict sanitiser profile.
 */
export function renderUntrusted(text: string): string {
  return sanitizeUntrusted(untrusted.render(text));
}

/** A section of a guide page: its heading text and anchor. */
export interface GuideSection {
  id: string;
  text: string;
}

const guide = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

/**
 * Renders a guide written in the repository (`docs/editors.md` on `/help/`): plain Markdown
 * without raw HTML (an HTML comment is shown as text, so guides keep none), second-level headings
 * get anchors from their text (`#vhod-v-cms`), the first heading is left to the page.
 */
export function renderGuide(text: string): { html: string; title: string; sections: GuideSection[] } {
  const tokens = guide.parse(text, {});
  const sections: GuideSection[] = [];
  let title = '';
  let heading = '';
  const body: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') heading = inlineText(tokens, i);
    wrapTable(token, () => heading);
    if (token.type === 'heading_open' && token.tag === 'h1' && !title) {
      title = inlineText(tokens, i);
      i += 2; // skip inline + heading_close
      continue;
    }
    if (token.type === 'heading_open' && token.tag === 'h2') {
      const text = inlineText(tokens, i);
      const base = toSlug(text) || `razdel-${sections.length + 1}`;
      const id = sections.some((s) => s.id === base) ? `${base}-${sections.length + 1}` : base;
      token.attrSet('id', id);
      sections.push({ id, text });
    }
    body.push(token);
  }
  return { html: sanitize(guide.renderer.render(body, guide.options, {})), title, sections };
}
