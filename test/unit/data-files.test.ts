/**
 * The data files (calendars, the feed, DOCX, Decap CMS's scripts) that `npm run build` makes in a
 * process of its own once Astro has rendered the pages (src/lib/programme/files.ts,
 * scripts/data-files.ts): one per path an endpoint serves, written whole, through the page cache. That the bytes equal what the endpoints
 * give in a plain `astro build` is shown by test/slow/data-files-build.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check';
import { BUILD_DATE_ENV, buildDate, indexContent, programmeOf } from '../../src/lib/programme';
import { FILES_STEP_ENV, cmsFiles, dataFiles, filesApart, makeDataFiles, type DataFile } from '../../src/lib/programme/files';
import { decapAssets } from '../../src/lib/cms/assets';
import { routes } from '../../src/lib/routes';
import { pageKeys } from '../../src/lib/page-cache/keys';
import { PageStore, placeholderKey } from '../../src/lib/page-cache/store';

const AS_OF = '2021-11-20';
const { content, errors } = runCheck(process.cwd());
const site = indexContent(content, AS_OF, content.dir);
const programme = programmeOf(site);
const files = dataFiles(site, programme);

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'setka-files-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const fileOf = (dir: string, path: string) => join(dir, ...path.split('/').filter(Boolean));
const bytesOf = async (file: DataFile) => {
  const made = await file.make();
  return typeof made === 'string' ? Buffer.from(made, 'utf8') : Buffer.from(made);
};

describe('the list of data files', () => {
  it('has one file per path each endpoint serves, none twice', () => {
    expect(errors).toBe(0);
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const expected = [
      routes.calendar(),
      routes.rss(),
      ...site.schools.map((s) => routes.schoolCalendar(s.id)),
      ...programme.reportingSchools.map((s) => routes.blankDocx(s.id)),
      ...site.documents.map((d) => routes.documentDocx(d.id)),
      ...site.roadmaps.map((r) => routes.roadmapDocx(r.id)),
      ...site.pairings.map((p) => routes.pairingDocx(p.id)),
    ];
    expect([...paths].sort()).toEqual([...expected].sort());
    expect(paths.length).toBeGreaterThan(20);
  });

  it('with Decap CMS\'s scripts and WebAssembly under /admin/, the main script without its source-map comment', async () => {
    const cms = cmsFiles(process.cwd());
    expect(cms.map((f) => f.path)).toEqual(decapAssets().map((name) => `/admin/${name}`));
    expect(cms.some((f) => f.path.endsWith('.wasm'))).toBe(true);
    const main = Buffer.from(await cms.find((f) => f.path === '/admin/decap-cms.js')!.make()).toString('utf8');
    expect(main.length).toBeGreaterThan(1_000_000);
    expect(main).not.toMatch(/sourceMappingURL/);
  });

  it('an Astro build leaves them to the check’s process only when the build script says so', () => {
    expect(filesApart({})).toBe(false);
    expect(filesApart({ [FILES_STEP_ENV]: 'separate' })).toBe(true);
    expect(filesApart({ [FILES_STEP_ENV]: '1' })).toBe(false);
  });
});

describe('makeDataFiles', () => {
  it('without a cache writes each file whole where its URL points', async () => {
    const out = tempDir();
    const counts = await makeDataFiles(files, out, null);
    expect(counts).toEqual({ made: files.length, reused: 0 });
    for (const file of files.filter((f) => !f.path.endsWith('.docx'))) {
      expect(readFileSync(fileOf(out, file.path)).equals(await bytesOf(file)), file.path).toBe(true);
    }
    const docx = readFileSync(fileOf(out, files.find((f) => f.path.endsWith('.docx'))!.path));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('through the page cache: made and kept once, then copied from it, whole', async () => {
    const cacheDir = tempDir();
    const cache = { keys: pageKeys(site, 'code-1'), store: new PageStore(cacheDir), verify: false };
    const first = tempDir();
    expect(await makeDataFiles(files, first, cache)).toEqual({ made: files.length, reused: 0 });
    const second = tempDir();
    expect(await makeDataFiles(files, second, cache)).toEqual({ made: 0, reused: files.length });
    const ics = files.find((f) => f.path.endsWith('.ics'))!;
    const key = cache.keys.keyOf(ics.path);
    expect(cache.store.read(key)!.equals(await bytesOf(ics))).toBe(true);
    for (const dir of [first, second]) {
      const written = readFileSync(fileOf(dir, ics.path));
      expect(placeholderKey(written)).toBeNull();
      expect(written.equals(await bytesOf(ics))).toBe(true);
    }
    // A file taken from the cache is the cached one (a hard link on one disk).
    writeFileSync(cache.store.body(key), 'из кэша');
    const third = tempDir();
    await makeDataFiles(files, third, cache);
    expect(readFileSync(fileOf(third, ics.path), 'utf8')).toBe('из кэша');
    // Another code version: every file is made again.
    const other = { ...cache, keys: pageKeys(site, 'code-2') };
    expect(await makeDataFiles(files, tempDir(), other)).toEqual({ made: files.length, reused: 0 });
  });

  it('in verify mode makes every file and stops at one that differs from its cached copy, naming it', async () => {
    const cache = { keys: pageKeys(site, 'code-v'), store: new PageStore(tempDir()), verify: true };
    await makeDataFiles(files, tempDir(), { ...cache, verify: false });
    expect(await makeDataFiles(files, tempDir(), cache)).toEqual({ made: files.length, reused: 0 });
    const ics = files.find((f) => f.path.endsWith('.ics'))!;
    writeFileSync(cache.store.body(cache.keys.keyOf(ics.path)), 'другое содержимое');
    await expect(makeDataFiles(files, tempDir(), cache)).rejects.toThrow(new RegExp(`файл ${ics.path.replace(/[.]/g, '\\.')} собран не так, как его копия в кэше`));
  });
});

describe('buildDate', () => {
  it('is the day the build script set for all its processes, else today (UTC)', () => {
    const now = new Date('2021-11-30T23:59:59Z');
    expect(buildDate({ [BUILD_DATE_ENV]: '2021-11-30' }, new Date('2021-12-01T00:00:01Z'))).toBe('2021-11-30');
    expect(buildDate({}, now)).toBe('2021-11-30');
    expect(buildDate({ [BUILD_DATE_ENV]: 'вчера' }, now)).toBe('2021-11-30');
  });
});
