/**
 * `npm run region -- --out <dir>` — writes a region-size programme as a content root (see
 * scripts/lib/region): check and build it with `--content <dir>` or `SETKA_CONTENT=<dir>`.
 * Options: --schools 400 --municipalities 20 --items 300 --documents 50 --months 12
 *          --year 2021 --as-of 2021-12-20 --seed 1. The same options give the same files.
 */
import { resolve } from 'node:path';
import { generateRegion, writeRegion } from './lib/region';
import { parseCommandArgs } from './lib/content-option';

const { values } = parseCommandArgs({
  options: {
    out: { type: 'string' },
    schools: { type: 'string' },
    municipalities: { type: 'string' },
    items: { type: 'string' },
    documents: { type: 'string' },
    months: { type: 'string' },
    year: { type: 'string' },
    'as-of': { type: 'string' },
    seed: { type: 'string' },
  },
}, 'npm run region -- --out <папка> [--schools 400] [--municipalities 20] [--items 300] [--documents 50] [--months 12] [--year 2021] [--as-of 2021-12-20] [--seed 1]');
if (!values.out) {
  console.error('Ошибка: укажите папку для содержимого: npm run region -- --out /dev/shm/region [--schools 400 …]');
  process.exit(2);
}
const num = (name: keyof typeof values): number | undefined => {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`Ошибка: --${name} должно быть целым неотрицательным числом, получено «${v}»`);
    process.exit(2);
  }
  return n;
};
const out = resolve(values.out);
const started = performance.now();
const summary = writeRegion(
  out,
  generateRegion({ schools: num('schools'), municipalities: num('municipalities'), items: num('items'), documents: num('documents'), months: num('months'), year: num('year'), seed: num('seed'), asOf: values['as-of'] }),
);
console.log(
  `Содержимое региона записано в ${out} за ${((performance.now() - started) / 1000).toFixed(1)} с: школ ${summary.schools} (из них партнёров ${summary.partners}) в ${summary.municipalities} муниципалитетах, ` +
    `мероприятий ${summary.items}, документов ${summary.documents}, отчётов ${summary.reports} (с опозданием ${summary.late}, не сдано ${summary.missing}), состояние на ${summary.asOf}.`,
);
console.log(`Проверка: npm run check -- --content ${out}    Сборка: npm run build -- --content ${out} --out <папка>`);
