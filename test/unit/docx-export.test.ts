/**
 * DOCX exports of documents, the roadmap and the pairing list: well-formed OOXML (reopened with
 * JSZip and parsed as XML), A4 with the right orientation, Times New Roman 14, exact clause numbers;
 * and the round trip — export the demo Положение and roadmap, import them again, same clauses and items.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';
import { parse } from 'yaml';
import { approvalLines } from '../../src/lib/approval';
import { documentDocx, pairingDocx, roadmapDocx } from '../../src/lib/export/document-docx';
import { docxToText, importTexts } from '../../src/lib/import';
import { formatNumber } from '../../src/lib/import/docx';
import { renderDocument } from '../../src/lib/markdown';
import { squash } from '../helpers/import';
import { pairRows } from '../helpers/pairs';

const content = (path: string) => readFileSync(join(process.cwd(), 'src', 'content', path), 'utf8');
const front = (md: string) => parse(md.split('---\n')[1]!);
const bodyOf = (md: string) => md.replace(/^---\n[\s\S]*?\n---\n/, '');

const polozhenieMd = content('documents/polozhenie-setevoe-vzaimodeystvie.md');
const polozhenie = front(polozhenieMd);
const roadmap = parse(content('roadmaps/dorozhnaya-karta-2021.yaml'));
const pairing = { ...parse(content('pairings/perechen-2021.yaml')), rows: pairRows('perechen-2021') };

async function xmlParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const xml: Record<string, string> = {};
  for (const n of names) xml[n] = await zip.file(n)!.async('string');
  return xml;
}

/** Strict well-formedness: every tag closed in order (htmlparser2 in XML mode tolerates errors, so check balance ourselves). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith('<?')) continue;
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0 && parseDocument(xml, { xmlMode: true }).children.length > 0;
}

const documentInput = {
  kind: 'regulation', title: polozhenie.title, approvalLines: approvalLines(polozhenie.approval, '2'), body: bodyOf(polozhenieMd), creator: 'Управление образования',
};

describe('DOCX exports are well-formed Word files', () => {
  it.each([
    ['Положение', 'portrait', () => documentDocx(documentInput)],
    ['roadmap', 'landscape', () => roadmapDocx({ title: roadmap.title, approvalLines: approvalLines(roadmap.approval, '3'), sections: roadmap.sections, creator: 'x' })],
    ['pairing list', 'landscape', () => pairingDocx({ title: pairing.title, approvalLines: approvalLines(pairing.approval, '1'), rows: pairing.rows.map((r: { school: string; partner: string; coordinator: { name: string; position: string }; curator: { name: string; position: string } }) => ({ school: r.school, partner: r.partner, coordinator: `${r.coordinator.name}, ${r.coordinator.position}`, curator: `${r.curator.name}, ${r.curator.position}` })), creator: 'x' })],
  ] as const)('%s: every part parses, A4 %s, Times New Roman 14', async (_name, orientation, make) => {
    const xml = await xmlParts(await make());
    for (const [name, text] of Object.entries(xml)) expect(wellFormed(text), name).toBe(true);
    const doc = xml['word/document.xml']!;
    const size = /<w:pgSz ([^>]*)\/>/.exec(doc)![1]!;
    const w = Number(/w:w="(\d+)"/.exec(size)![1]);
    const h = Number(/w:h="(\d+)"/.exec(size)![1]);
    expect([Math.min(w, h), Math.max(w, h)]).toEqual([11906, 16838]);
    expect(w > h).toBe(orientation === 'landscape');
    expect(xml['word/styles.xml']).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(xml['word/styles.xml']).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('keeps the approval block and the exact clause numbers as typed text', async () => {
    const text = await docxToText(await documentDocx(documentInput));
    expect(text).toMatch(/^Приложение № 2\nУТВЕРЖДЕНО\nприказом Управления образования администрации Белгородского района\nот «05» 02 2021 г\. № 198/);
    expect(text).toContain('**1. Общие положения**');
    expect(text).toContain('\n1.1 Настоящее Положение');
    expect(text).toContain('\n4.2. Сетевое взаимодействие');
  });
});

describe('round trip: export to DOCX, import again', () => {
  it('the demo Положение keeps the same clauses (numbers and text)', async () => {
    const text = await docxToText(await documentDocx(documentInput));
    const result = importTexts([{ name: 'polozhenie.docx', text }], { hasSettings: true });
    const doc = result.files.find((f) => f.collection === 'documents')!;
    const clauses = (md: string) => renderDocument(bodyOf(md)).clauses.filter((c) => /^\d/.test(c.number)).map((c) => [c.number, squash(c.text.replace(/\\(.)/g, '$1'))]);
    expect(clauses(doc.content)).toEqual(clauses(polozhenieMd));
    expect(clauses(doc.content)).toHaveLength(19);
    expect(front(doc.content).approval).toEqual(polozhenie.approval);
    expect(front(doc.content).title).toBe(polozhenie.title);
  });

  it('the demo roadmap keeps the same sections and items', async () => {
    const bytes = await roadmapDocx({ title: roadmap.title, approvalLines: approvalLines(roadmap.approval, '3'), sections: roadmap.sections, creator: 'x' });
    const result = importTexts([{ name: 'roadmap.docx', text: await docxToText(bytes) }], { hasSettings: true });
    const file = result.files.find((f) => f.collection === 'roadmaps')!;
    const back = parse(file.content);
    expect(back.sections).toEqual(roadmap.sections);
    expect(back.approval).toEqual(roadmap.approval);
    expect(back.title).toBe(roadmap.title);
    expect(back.document).toBe('prikaz-197');
  });
});

describe('Word number formats (numbering.xml numFmt)', () => {
  it.each([
    [1, 'decimal', '1'], [3, 'russianLower', 'в'], [9, 'russianLower', 'и'], [10, 'russianLower', 'к'], [28, 'russianLower', 'я'], [29, 'russianLower', 'аа'],
    [2, 'russianUpper', 'Б'], [4, 'lowerLetter', 'd'], [27, 'upperLetter', 'AA'], [14, 'upperRoman', 'XIV'], [9, 'lowerRoman', 'ix'], [7, 'decimalZero', '07'],
  ])('%i in %s → %s', (n, format, expected) => expect(formatNumber(n, format)).toBe(expected));
});
