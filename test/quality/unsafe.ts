import { elements, parseHtml } from './html';

/** Elements that must never come out of rendered CMS text: they run code, load things, or imitate the site's interface. */
export const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'isindex', 'svg', 'math', 'template', 'noscript',
  'img', 'picture', 'video', 'audio', 'source', 'track', 'body', 'html', 'head', 'title',
]);

/** Attributes that must never survive: event handlers, styles, and ones that point elsewhere or clobber the page. */
const FORBIDDEN_ATTRIBUTES = /^(on.*|style|srcdoc|formaction|action|xlink:href|background|dynsrc|lowsrc)$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'data', 'poster', 'cite']);
const SAFE_URL = /^(https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/|[^:]*$)/i;

/**
 * Everything unsafe in a piece of rendered HTML: forbidden elements, event handler and style
 * attributes, URLs with a scheme other than http(s)/mailto/tel (after the parser has decoded
 * entities and control characters are removed). `strict` (text from the CMS) also forbids
 * `id` and `class`. Returns one line per finding; empty means inert.
 */
export function findUnsafeMarkup(html: string, options: { strict?: boolean } = {}): string[] {
  const found: string[] = [];
  for (const el of elements(parseHtml(html))) {
    if (FORBIDDEN_ELEMENTS.has(el.name)) found.push(`<${el.name}>`);
    for (const [attr, value] of Object.entries(el.attribs)) {
      if (FORBIDDEN_ATTRIBUTES.test(attr)) found.push(`<${el.name} ${attr}>`);
      if (options.strict && (attr === 'id' || attr === 'class' || attr === 'name')) found.push(`<${el.name} ${attr}="${value}">`);
      if (URL_ATTRIBUTES.has(attr) && !SAFE_URL.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) found.push(`<${el.name} ${attr}="${value}">`);
    }
  }
  return found;
}
