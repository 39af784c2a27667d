/** Inputs of the DOCX exports (documents, roadmaps, pairing lists) from site entries. */
import { approvalLines } from '../approval';
import type { DocumentExport, PairingExport, RoadmapExport } from '../export/document-docx';
import type { DocumentEntry, PairingEntry, RoadmapEntry, Site } from './content';

export function documentExport(site: Site, doc: DocumentEntry): DocumentExport {
  const parent = site.appendixOf.get(`documents:${doc.id}`);
  const d = doc.data;
  return {
    kind: d.kind,
    title: d.title,
    number: d.number,
    date: d.date,
    issuer: d.issuer,
    approvalLines: d.approval ? approvalLines(d.approval, parent?.number) : parent ? [`Приложение № ${parent.number}`] : [],
    signedBy: d.signedBy,
    body: doc.body ?? '',
    creator: site.settings.organization,
  };
}

export function roadmapExport(site: Site, roadmap: RoadmapEntry): RoadmapExport {
  const r = roadmap.data;
  return { title: r.title, approvalLines: approvalLines(r.approval, r.appendix), sections: r.sections, creator: site.settings.organization };
}

export function pairingExport(site: Site, pairing: PairingEntry): PairingExport {
  const p = pairing.data;
  const name = (id: string) => site.schoolById.get(id)?.data.name ?? id;
  return {
    title: p.title,
    approvalLines: approvalLines(p.approval, p.appendix),
    rows: p.rows.map((r) => ({ school: name(r.school), coordinator: `${r.coordinator.name}, ${r.coordinator.position}`, partner: name(r.partner), curator: `${r.curator.name}, ${r.curator.position}` })),
    creator: site.settings.organization,
  };
}
