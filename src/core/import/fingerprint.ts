/**
 * A short fingerprint of a sheet's cells, so confirming an import can tell that the sheet the
 * teacher previewed is still the sheet it reads: the rows and columns a teacher corrected are only
 * meaningful in the cells they were shown. Not a security measure; any change of a value, of the
 * grid's size or of a merge changes it (FNV-1a, 32 bits, over a typed rendering of each cell).
 */

import type { Grid } from '../grid';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** Read once: a global looked up in a loop over every character is slow where globals are. */
const imul = Math.imul;

function feed(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), PRIME) >>> 0;
  return h;
}

export function gridFingerprint(grid: Grid): string {
  let hash = feed(OFFSET, `${grid.values.length}x${grid.values[0]?.length ?? 0}`);
  // JSON keeps each cell's type (1, "1", true, "TRUE" and a date differ) and is quick to make.
  for (const row of grid.values) hash = feed(hash, JSON.stringify(row));
  for (const m of grid.merges ?? []) {
    hash = feed(hash, `m${m.row},${m.column},${m.numRows},${m.numColumns}`);
  }
  return hash.toString(36);
}
