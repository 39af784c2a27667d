/**
 * What may be uploaded to the media folder (`public/files/`, Decap's `media_folder`): documents
 * and raster images, each recognised by its first bytes as well as its extension. Everything else
 * is refused — HTML, JavaScript, and SVG of any kind (an SVG can carry script that runs on the
 * site's origin when the file is opened; a raster image or a PDF cannot). One list for the check,
 * the local CMS server and the publishing headers.
 */

/** Folder the CMS uploads to, relative to the project root, and its public URL prefix. */
export const MEDIA_FOLDER = 'public/files';
export const MEDIA_PUBLIC = '/files';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const zip = (b: Uint8Array) => startsWith(b, 0x50, 0x4b, 0x03, 0x04);
const ole = (b: Uint8Array) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/** Extension → what the file is and how its first bytes look. */
export const MEDIA_TYPES: Readonly<Record<string, { what: string; mime: string; looksRight: (bytes: Uint8Array) => boolean }>> = {
  pdf: { what: 'PDF', mime: 'application/pdf', looksRight: (b) => startsWith(b, ...ascii('%PDF-')) },
  docx: { what: 'документ Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', looksRight: zip },
  xlsx: { what: 'таблица Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', looksRight: zip },
  pptx: { what: 'презентация PowerPoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', looksRight: zip },
  odt: { what: 'документ OpenDocument', mime: 'application/vnd.oasis.opendocument.text', looksRight: zip },
  ods: { what: 'таблица OpenDocument', mime: 'application/vnd.oasis.opendocument.spreadsheet', looksRight: zip },
  odp: { what: 'презентация OpenDocument', mime: 'application/vnd.oasis.opendocument.presentation', looksRight: zip },
  doc: { what: 'документ Word 97–2003', mime: 'application/msword', looksRight: ole },
  xls: { what: 'таблица Excel 97–2003', mime: 'application/vnd.ms-excel', looksRight: ole },
  ppt: { what: 'презентация PowerPoint 97–2003', mime: 'application/vnd.ms-powerpoint', looksRight: ole },
  rtf: { what: 'документ RTF', mime: 'application/rtf', looksRight: (b) => startsWith(b, ...ascii('{\\rtf')) },
  png: { what: 'изображение PNG', mime: 'image/png', looksRight: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  jpg: { what: 'изображение JPEG', mime: 'image/jpeg', looksRight: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  jpeg: { what: 'изображение JPEG', mime: 'image/jpeg', looksRight: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  gif: { what: 'изображение GIF', mime: 'image/gif', looksRight: (b) => startsWith(b, ...ascii('GIF87a')) || startsWith(b, ...ascii('GIF89a')) },
  webp: { what: 'изображение WebP', mime: 'image/webp', looksRight: (b) => startsWith(b, ...ascii('RIFF')) && ascii('WEBP').every((c, i) => b[8 + i] === c) },
};

/** Extensions accepted in the media folder, for messages: «.pdf, .docx, …». */
export const MEDIA_EXTENSIONS_TEXT = Object.keys(MEDIA_TYPES).map((e) => `.${e}`).join(', ');

/** A file name the media folder accepts: Latin letters, digits, `-`, `_`, `.`; no leading dot. */
export const MEDIA_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

export type MediaVerdict =
  | { ok: true }
  | { ok: false; code: 'media.name' | 'media.type' | 'media.content'; ext: string; what?: string };

/** The extension as written (case kept: `.PDF` is refused so the published name is predictable). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/**
 * Whether `name` with content `bytes` may be published from the media folder: a declared
 * extension in lower case, a plain Latin file name, and first bytes that match the extension
 * (an HTML page renamed to `.pdf` is refused).
 */
export function inspectMedia(name: string, bytes: Uint8Array): MediaVerdict {
  const ext = extensionOf(name);
  const type = Object.hasOwn(MEDIA_TYPES, ext) ? MEDIA_TYPES[ext] : undefined;
  if (!type) return { ok: false, code: 'media.type', ext };
  if (!MEDIA_NAME.test(name)) return { ok: false, code: 'media.name', ext };
  if (!type.looksRight(bytes)) return { ok: false, code: 'media.content', ext, what: type.what };
  return { ok: true };
}
