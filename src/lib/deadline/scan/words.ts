/** Words: month names, connectors (с, по, до, не позднее, и), parts (конец, начало), implicit years, event markers. */
import type { Cursor } from './cursor';
import { atom } from './types';
import { monthWithDays } from './dates';
import { run, UNIT_NAME } from './numbers';

/** «по итогам …», «по результатам …», «по окончании …» after a date: an event the date belongs to — a note, whatever dates it names. */
const NOTE_AFTER_DATES = /^(?:итогам|результатам|окончани[юи]|завершени[юи]|предварительным)$/;

/** Words that may stand between «за 10» and its «до»: «за 10 рабочих дней до», «за 2 недели до». */
function offsetBy(c: Cursor, i: number): number {
  let j = i + 2;
  while (c.isCls(j, 'duration') || c.isCls(j, 'weekWord') || c.isCls(j, 'monthWord') || c.isCls(j, 'ordinalSuffix') || c.isPunct(j, '-')) j++;
  return c.isCls(j, 'by') ? j : -1;
}

/** A word at `i`; returns the next index. */
export function word(c: Cursor, i: number): number {
  const t = c.toks[i]!;
  switch (t.cls) {
    case 'month':
      return monthWithDays(c, i, [], []);
    case 'roman':
    case 'ordinal':
      return run(c, i);
    case 'from':
      c.conn('from');
      break;
    case 'to':
      if (c.atoms > 0 && c.isCls(i + 1, 'other') && NOTE_AFTER_DATES.test(c.toks[i + 1]!.text)) return c.clauseEnd(i); // «13-14 декабря – по итогам 2 четверти»
      c.conn('to');
      break;
    case 'by':
    case 'towards':
      if (i === c.offsetBy) break; // the «до» of «за 10 дней до …» names the event
      if (c.isCls(i + 1, 'end') || c.isCls(i + 1, 'begin')) {
        const begin = c.isCls(i + 1, 'begin');
        c.conn('by', begin); // «до конца …» by its end, «до начала …» before it starts
        c.implicitOk = true;
        c.anchor = begin ? 'start' : 'end';
        return i + 2;
      }
      c.conn('by', true);
      break;
    case 'not':
      if (c.isCls(i + 1, 'later')) {
        c.conn('by', false);
        return i + 2;
      }
      if (c.isCls(i + 1, 'earlier')) {
        c.conn('from');
        return i + 2;
      }
      break;
    case 'and':
      c.conn('and');
      break;
    case 'end':
    case 'begin':
    case 'middle':
      c.pendingPart = t.cls;
      c.anchor = t.cls === 'begin' ? 'start' : 'end';
      c.implicitOk = true;
      break;
    case 'year':
      if (c.implicitOk) c.push(atom('year', null)); // «до конца года»
      break;
    case 'school': {
      const j = c.skipDot(i + 1);
      if (c.isCls(j, 'year')) {
        if (c.implicitOk) c.push(atom('schoolYear', null, { anchor: c.anchor })); // «до конца учебного года»
        return c.skipDot(j + 1);
      }
      break;
    }
    case 'quarter':
    case 'half':
    case 'schoolQuarter':
    case 'monthWord':
      if (c.implicitOk) c.fail(`не указано, какого ${UNIT_NAME[t.cls]}`);
      break;
    case 'relative':
      c.relative(i); // после, через, спустя
      break;
    default:
      if (t.text === 'за' && c.isNum(i + 1, 9)) {
        c.relative(i); // «за 10 дней до …»
        c.offsetBy = offsetBy(c, i);
      }
      break;
  }
  return i + 1;
}
