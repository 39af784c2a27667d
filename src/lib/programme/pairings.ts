/**
 * A pairing list is stored as its own file (`pairings/<id>.yaml`: title, order, approval, period)
 * and one file per pair (`pairs/<id>/<school>.yaml`). The site, the check and the CMS data read
 * the list assembled here: the list's data with its pairs as `rows`, in `number` order (then by
 * file name, so two pairs with one number — an error of the check — still come out in a fixed order).
 */
import type { Pair, Pairing, PairingHeader, PairingRow } from '../../schemas';
import { groupBy } from '../index-by-id';
import type { Entry } from './content';

/** A pair's row as the list shows it (without the list id and the row number). */
export function pairRow(pair: Pair): PairingRow {
  const { school, coordinator, partner, curator } = pair;
  return { school, coordinator, partner, curator };
}

/** Each list with its pairs as rows; pairs naming no existing list are left out (the check reports them). */
export function assemblePairings<E extends Entry<PairingHeader>>(lists: readonly E[], pairs: readonly Entry<Pair>[]): Array<Omit<E, 'data'> & { data: Pairing }> {
  const byList = groupBy(
    [...pairs].sort((a, b) => a.data.number - b.data.number || a.id.localeCompare(b.id)),
    (p) => p.data.list,
  );
  return lists.map((list) => ({ ...list, data: { ...list.data, rows: (byList.get(list.id) ?? []).map((p) => pairRow(p.data)) } }));
}
