/**
 * The site's public address, read from the settings file before Astro starts (astro.config.mjs
 * needs it for canonical links, the sitemap and feeds). A missing or broken file stops the build
 * with a Russian message naming the file and the fix: a site published under a wrong address
 * (e.g. localhost) would look fine and link nowhere.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** `siteUrl` from the text of a settings file (`file` is how messages name it). Throws a Russian error. */
export function siteUrlFromSettings(text: string, file: string): string {
  let settings: unknown;
  try {
    settings = parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`Файл настроек ${file} не читается как YAML (${detail}). Исправьте его; npm run check покажет строку с ошибкой.`, { cause: error });
  }
  const value = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).siteUrl : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`В файле настроек ${file} нет поля siteUrl — адреса сайта. Добавьте строку вида «siteUrl: https://setka.example.ru/».`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`В файле настроек ${file} поле siteUrl «${value}» — не адрес. Нужна полная ссылка, например https://setka.example.ru/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`В файле настроек ${file} поле siteUrl «${value}» должно начинаться с https:// (или http://).`);
  }
  return url.href;
}

/** `siteUrl` of the settings file at `path`. Throws a Russian error when the file is missing or broken. */
export function readSiteUrl(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Нет файла настроек ${path} — создайте его (образец — src/content/settings/site.yaml демо-сайта) или укажите папку содержимого через --content.`, { cause: error });
  }
  return siteUrlFromSettings(text, path);
}
