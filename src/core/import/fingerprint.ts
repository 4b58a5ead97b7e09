/**
 * A short fingerprint of a sheet's cells, so confirming an import can tell that the sheet the
 * teacher previewed is still the sheet it reads: the rows and columns a teacher corrected are only
 * meaningful in the cells they were shown. Not a security measure; any change of a value, of the
 * grid's size or of a merge changes it (FNV-1a, 32 bits, over a typed rendering of each cell).
 */

import { isDateCell, type Cell, type Grid } from '../grid';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function feed(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, PRIME) >>> 0;
  }
  return h;
}

/** The cell with its type, so 1, "1", TRUE and "TRUE" differ. */
function rendered(cell: Cell): string {
  if (isDateCell(cell)) return `d${cell.date}`;
  switch (typeof cell) {
    case 'number':
      return `n${cell}`;
    case 'boolean':
      return cell ? 'b1' : 'b0';
    default:
      return `s${cell}`;
  }
}

export function gridFingerprint(grid: Grid): string {
  let hash = feed(OFFSET, `${grid.values.length}x${grid.values[0]?.length ?? 0}`);
  for (const row of grid.values) {
    for (const cell of row) hash = feed(hash, `${rendered(cell)}\u0000`);
    hash = feed(hash, '\n');
  }
  for (const m of grid.merges ?? []) {
    hash = feed(hash, `m${m.row},${m.column},${m.numRows},${m.numColumns}`);
  }
  return hash.toString(36);
}
