/**
 * Hostile content for a built site (test/e2e/xss.test.ts): the XSS corpus
 * (test/fixtures/xss/payloads.txt) and output breakers written into every free-text field a CMS
 * author fills in, so that each output of the site — pages, search index, RSS, sitemap, DOCX,
 * ICS, CSV, JSON, preview images — gets them. Only text the check lets through is used here:
 * control characters, U+2028/2029 and direction overrides are refused before the build
 * (test/unit/content-safety.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadXssPayloads } from './xss';

/** Marks every hostile value, so tests find where it landed. */
export const MARK = 'XSS-МЕТКА';
export const SCHOOL = 'zhuravlevskaya-sosh';
export const REPORT = `${SCHOOL}/2021-09`;
export const ROADMAP = 'dorozhnaya-karta-2021';
/** A document added by the seed: its title, summary and body are hostile. */
export const DOCUMENT = 'xss-pamyatka';

/** Short one-line payloads for names, titles and table cells (each field gets one or a few). */
export const SHORT = {
  script: '<img src=x onerror=alert(1)>«Журавлевская СОШ»<script>alert(2)</script>',
  attribute: '"><svg onload=alert(3)> \' autofocus onfocus=\'alert(4)\' x=\'',
  cdata: ']]><script>alert(5)</script><![CDATA[ </description><item>',
  comment: '--><script>alert(6)</script><!-- -- ',
  entities: '&lt;b&gt; &amp;amp; &#60;script&#62; &#106;avascript&#58;alert(7)',
  formula: '=HYPERLINK("javascript:alert(8)";"клик")',
  minus: '-2+3+cmd|\' /C calc\'!A0',
  plus: '+7 4722 00-00-00',
  at: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  spaced: '  =1+1',
  quoted: '"=1+1"',
  dde: '{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }',
  word: '</w:t></w:r><w:r><w:instrText>HYPERLINK "javascript:alert(9)"</w:instrText></w:r><w:r><w:t>',
  ics: 'Школа\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example\nSUMMARY:подмена',
  property: 'SUMMARY:подмена;X-EVIL=1:значение, а\\б',
  data: '[ссылка](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  template: '{{constructor.constructor("alert(10)")()}} ${7*7}',
} as const;

/** A huge text (about 200 KB): must not hang or break any output. */
export const HUGE = `${MARK} ${'Очень длинный результат с кириллицей и <b>разметкой</b>; '.repeat(3500)}конец`;

function editYaml(file: string, edit: (data: Record<string, any>) => void): void {
  const data = parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, stringify(data, { lineWidth: 0 }));
}

/** Writes the hostile values into the content folder `content` (a copy: it is changed in place). */
export function seedHostileContent(content: string): void {
  const all = loadXssPayloads().join('\n\n');
  const s = SHORT;
  editYaml(join(content, `schools/${SCHOOL}.yaml`), (d) => {
    d.name = `${MARK} ${s.script} ${s.cdata}`;
    d.shortName = `${MARK} ${s.attribute} ${s.formula}`;
    d.address = `${MARK} <iframe src="javascript:alert(4)"></iframe> ${s.comment}`;
    d.about = `${MARK}\n\n${all}\n\n${Object.values(s).join('\n\n')}`;
  });
  editYaml(join(content, `reports/${REPORT}.yaml`), (d) => {
    d.author.name = `${MARK} <a href="javascript:alert(5)">Лучникова</a> ${s.minus}`;
    d.author.position = `<style>body{display:none}</style>заместитель директора ${s.at}`;
    d.rows[0].result = `${MARK}\n\n${all}`;
    d.rows[1].status = 'not-done';
    d.rows[1].reason = `${MARK}\n\n${all}`;
    d.rows[2].result = s.formula;
    d.rows[3].result = HUGE;
  });
  editYaml(join(content, 'pairs/perechen-2021/zhuravlevskaya-sosh.yaml'), (d) => {
    d.coordinator.name = `${MARK} <img src=x onerror=alert(6)> Лучникова ${s.word}`;
    d.coordinator.position = `[ссылка](javascript:alert(7)) ${s.dde}`;
    d.curator.name = s.spaced;
    d.curator.position = s.quoted;
  });
  editYaml(join(content, `roadmaps/${ROADMAP}.yaml`), (d) => {
    const item = d.sections[0].items[0];
    item.activity = `${MARK} ${s.script} ${s.cdata} ${s.word} ${s.ics}`;
    item.responsible = [s.formula, s.minus, s.at, `${MARK} ${s.attribute}`, s.property];
  });
  const front = {
    kind: 'other',
    title: `${MARK} ${s.script} ${s.cdata} ${s.comment} ${s.entities} ${s.formula} ${s.word}`,
    date: '2021-09-01',
    status: 'in-force',
    summary: `${MARK} ${s.attribute} ${s.cdata} ${s.dde} ${s.ics}`,
  };
  // The body is Markdown written by staff: raw HTML in it is refused by the check, so it carries
  // what Markdown itself can smuggle — links with unsafe schemes, entities, XML and field breakers.
  const body = [
    `${MARK}`,
    '[ссылка](javascript:alert(11))',
    '[ссылка](JaVaScRiPt:alert(12))',
    '[ссылка](&#106;avascript:alert(13))',
    '[ссылка](javascript&#58;alert(14))',
    '![картинка](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '[ссылка][1]\n\n[1]: vbscript:msgbox(15)',
    '<https://example.org/"onmouseover="alert(16)>',
    '\\]\\]> \\-\\-> \\<!\\[CDATA\\[',
    s.dde,
    '\\=HYPERLINK("javascript:alert(17)";"клик")',
    `Итог: ${s.property}`,
  ].join('\n\n');
  writeFileSync(join(content, `documents/${DOCUMENT}.md`), `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`);
}
