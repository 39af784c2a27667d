/** The site address read before Astro starts: a broken settings file stops the build with a Russian message. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteUrl, siteUrlFromSettings } from '../../src/lib/site-url';

const FILE = 'src/content/settings/site.yaml';

describe('siteUrlFromSettings', () => {
  it('returns the address as written', () => {
    expect(siteUrlFromSettings('organization: Управление\nsiteUrl: https://setka.example.ru/\n', FILE)).toBe('https://setka.example.ru/');
  });

  it.each([
    ['YAML that does not parse', 'siteUrl: [https://x.ru/\n', /не читается как YAML.*npm run check/],
    ['no siteUrl field', 'organization: Управление\n', /нет поля siteUrl.*siteUrl: https:\/\/setka\.example\.ru\//],
    ['a siteUrl that is not an address', 'siteUrl: сайт управления\n', /«сайт управления» — не адрес/],
    ['a siteUrl that is not a web address', 'siteUrl: ftp://example.ru/\n', /должно начинаться с https:\/\//],
  ])('stops on %s, naming the file', (_name, text, message) => {
    expect(() => siteUrlFromSettings(text, FILE)).toThrow(message);
    expect(() => siteUrlFromSettings(text, FILE)).toThrow(FILE);
  });
});

describe('readSiteUrl', () => {
  it('stops on a missing file, naming it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'setka-url-')), 'site.yaml');
    expect(() => readSiteUrl(path)).toThrow(`Нет файла настроек ${path}`);
    writeFileSync(path, 'siteUrl: https://uo.example.ru/\n');
    expect(readSiteUrl(path)).toBe('https://uo.example.ru/');
  });
});
