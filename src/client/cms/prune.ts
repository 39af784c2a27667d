import { blankPaths } from '../../lib/cms/prune';
import type { ImmutableMap } from './decap';

/** Decap `preSave` handler: drops keys the form left blank (`website: ''`, an untouched signature block) before the YAML is written. */
export function dropBlankFields({ entry }: { entry: ImmutableMap }): ImmutableMap {
  let data = entry.get('data') as ImmutableMap;
  const paths = blankPaths(data.toJS());
  for (const path of paths) data = data.deleteIn(path);
  return data;
}
