import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Writes a region-size programme into a project copy: `schools` schools (two thirds
 * needing help, one third partners), one pairing list, the demo roadmap, and one report
 * per helped school per month up to the demo `asOf`. Used by the build benchmark.
 */
export function generateRegion(root: string, schools: number): { schools: number; reports: number } {
  const content = join(root, 'src', 'content');
  const roadmap = parse(readFileSync(join(content, 'roadmaps', 'dorozhnaya-karta-2021.yaml'), 'utf8')) as {
    sections: Array<{ items: Array<{ number: string }> }>;
  };
  const items = roadmap.sections.flatMap((s) => s.items.map((i) => i.number));
  rmSync(join(content, 'schools'), { recursive: true, force: true });
  rmSync(join(content, 'reports'), { recursive: true, force: true });
  mkdirSync(join(content, 'schools'), { recursive: true });
  const partners = Math.max(1, Math.round(schools / 3));
  const helped = schools - partners;
  const partnerId = (k: number) => `partner-${String(k + 1).padStart(4, '0')}`;
  const schoolId = (k: number) => `school-${String(k + 1).padStart(4, '0')}`;
  for (let k = 0; k < partners; k++) {
    writeFileSync(join(content, 'schools', `${partnerId(k)}.yaml`), stringify({ name: `МОУ «Опорная СОШ № ${k + 1}»`, shortName: `Опорная СОШ № ${k + 1}`, category: 'partner', municipality: `Район ${(k % 30) + 1}` }));
  }
  const rows = [];
  for (let k = 0; k < helped; k++) {
    const category = k % 5 === 0 ? 'difficult-conditions' : k % 7 === 0 ? 'both' : 'low-results';
    writeFileSync(join(content, 'schools', `${schoolId(k)}.yaml`), stringify({ name: `МОУ «Сельская СОШ № ${k + 1}»`, shortName: `Сельская СОШ № ${k + 1}`, category, municipality: `Район ${(k % 30) + 1}` }));
    rows.push({
      school: schoolId(k),
      coordinator: { name: `Иванова Мария Петровна ${k + 1}`, position: 'заместитель директора' },
      partner: partnerId(k % partners),
      curator: { name: `Петрова Анна Ивановна ${k + 1}`, position: 'заместитель директора' },
    });
  }
  const pairingFile = join(content, 'pairings', 'perechen-2021.yaml');
  const pairing = parse(readFileSync(pairingFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(pairingFile, stringify({ ...pairing, rows }));
  let reports = 0;
  const months = Array.from({ length: 11 }, (_, m) => `2021-${String(m + 1).padStart(2, '0')}`);
  for (let k = 0; k < helped; k++) {
    mkdirSync(join(content, 'reports', schoolId(k)), { recursive: true });
    for (const month of months) {
      const day = 20 + ((k + Number(month.slice(5))) % 12);
      const rowsOut = [items[0], items[6], items[15]].map((item, r) =>
        r === 2 && k % 4 === 0
          ? { item, result: '', status: 'not-done', reason: 'Перенесено по приказу директора школы.' }
          : { item, result: `Выполнено: мероприятие проведено, ${10 + r} участников.`, status: 'done' },
      );
      writeFileSync(
        join(content, 'reports', schoolId(k), `${month}.yaml`),
        stringify({ school: schoolId(k), roadmap: 'dorozhnaya-karta-2021', month, submitted: `${month}-${String(Math.min(day, 28)).padStart(2, '0')}`, author: { name: `Иванова Мария Петровна ${k + 1}`, position: 'заместитель директора' }, rows: rowsOut }),
      );
      reports++;
    }
  }
  return { schools, reports };
}
