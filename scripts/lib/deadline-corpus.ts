/**
 * Realistic generated «Сроки» lines for the deadline bench and the CLI output test.
 * A fixed seed, so runs compare.
 */
import { random } from './random';

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** `count` realistic deadline strings. */
export function deadlineCorpus(count: number, seed = 2021): string[] {
  const r = random(seed).next;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const dd = () => String(int(1, 28)).padStart(2, '0');
  const mm = () => String(int(1, 12)).padStart(2, '0');
  const yy = () => String(pick([2021, 2021, 2022]));
  const date = () => `${dd()}.${mm()}.${yy()}`;
  const templates: Array<() => string> = [
    () => `До ${date()}`,
    () => `до ${dd()}.${mm()}. ${yy()}`,
    () => `не позднее ${int(1, 28)} ${pick(GENITIVE)} ${yy()} г.`,
    () => `${date()}`,
    () => `${date()} ${date()} ${date()}`,
    () => `${dd()}.${mm()}.-${dd()}.12.${yy()}`,
    () => `с ${int(1, 10)} по ${int(11, 28)} ${pick(GENITIVE)}`,
    () => `${pick(MONTHS)}-${pick(MONTHS.slice(9))} ${yy()}`,
    () => `${pick(MONTHS)} ${yy()} ${pick(MONTHS)} ${yy()}`,
    () => `в ${pick(['I', 'II', 'III', 'IV'])} квартале ${yy()} г.`,
    () => `${pick(ROMAN.slice(0, 2))} полугодие ${yy()} г.`,
    () => `в течение ${yy()}/${Number(yy()) + 1} уч. года`,
    () => pick(['В течение года', 'постоянно', 'в течение всего периода', 'систематически']),
    () => pick(['По графику ОО', 'По плану ВШК', 'В соответствии с графиком ДОБО', 'согласно плану работы школы']),
    () => pick(['По итогам работ', 'по мере необходимости', 'по запросу']),
    () => `ежемесячно до ${int(1, 28)} числа`,
    () => pick(['еженедельно', 'ежеквартально', 'ежегодно до 1 сентября', '1 раз в квартал']),
    () => `${pick(MONTHS)} ${yy()} г. – ${pick(MONTHS)} ${Number(yy()) + 1} г.`,
    () => `до конца ${pick(GENITIVE)}`,
    () => pick(['непонятно что', '???', '']),
  ];
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = pick(templates)();
  return out;
}

/**
 * `count` deadline strings, no two alike: the lines of `deadlineCorpus` with successive seeds, each kept the first
 * time it comes. Nothing repeats, so a CLI that remembers lines it printed gains nothing; the mix leans to the
 * templates with many variants (three dates in a row, dates and ranges), as the few-variant ones run out.
 */
export function distinctDeadlineCorpus(count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let seed = 1; out.length < count; seed++) {
    for (const line of deadlineCorpus(Math.max(count, 10_000), seed)) {
      if (seen.has(line)) continue;
      seen.add(line);
      out.push(line);
      if (out.length === count) break;
    }
  }
  return out;
}
