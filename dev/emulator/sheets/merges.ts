/**
 * Merged cells on the plain model: making and breaking merges, finding them, and the refusals
 * Sheets answers with. A merge is a rectangle of at least two cells; its top-left cell holds the
 * content and the others are covered. No Apps Script API here: Range calls these inside its
 * ledger-recorded calls, structure.ts moves merges with rows and columns.
 */

import { contains, intersects, type GridRect } from '../model/cells';
import type { SheetModel } from '../model/workbook';
import { ScriptException } from '../runtime/errors';
import { clearCellContent } from './values';

/** merge() makes one block, mergeAcross() one per row, mergeVertically() one per column. */
export type MergeKind = 'all' | 'across' | 'vertically';

/**
 * Sheets' refusal to merge or unmerge part of an existing merge. The Sheets API documents the rule
 * for UnmergeCellsRequest ("The range must not partially span any merge"); the wording is the
 * Sheets UI's, which Apps Script scripts report as "you must select all cells in a merged cell"
 * (public Apps Script projects quoting the exception). Best guess at the exact full sentence.
 */
export const PARTIAL_MERGE_MESSAGE =
  'You must select all cells in a merged cell to merge or unmerge them.';

/**
 * Live Apps Script: "Exception: You can't merge frozen and non-frozen columns." (quoted from a
 * live run in public Apps Script projects); the rows message is its counterpart.
 */
export function frozenMergeMessage(axis: 'rows' | 'columns'): string {
  return `You can't merge frozen and non-frozen ${axis}.`;
}

function byPosition(a: GridRect, b: GridRect): number {
  return a.row - b.row || a.column - b.column;
}

/** The merges that share at least one cell with `rect`, top to bottom, left to right. */
export function mergesIntersecting(sheet: SheetModel, rect: GridRect): GridRect[] {
  return sheet.merges.filter((merge) => intersects(merge, rect)).sort(byPosition);
}

/** The merge covering (row, column), if any. */
export function mergeAt(sheet: SheetModel, row: number, column: number): GridRect | undefined {
  return sheet.merges.find((merge) =>
    intersects(merge, { row, column, numRows: 1, numColumns: 1 }),
  );
}

/** The blocks a merge call asks for; single cells are left out (merging one cell changes nothing). */
export function mergeBlocks(rect: GridRect, kind: MergeKind): GridRect[] {
  const blocks: GridRect[] = [];
  if (kind === 'all') blocks.push({ ...rect });
  else if (kind === 'across') {
    for (let r = 0; r < rect.numRows; r++) blocks.push({ ...rect, row: rect.row + r, numRows: 1 });
  } else {
    for (let c = 0; c < rect.numColumns; c++) {
      blocks.push({ ...rect, column: rect.column + c, numColumns: 1 });
    }
  }
  return blocks.filter((block) => block.numRows * block.numColumns > 1);
}

/** Throws when a merge overlaps `rect` without lying wholly inside it. */
export function assertNoPartialMerge(sheet: SheetModel, rect: GridRect): void {
  if (mergesIntersecting(sheet, rect).some((merge) => !contains(rect, merge))) {
    throw new ScriptException(PARTIAL_MERGE_MESSAGE);
  }
}

function crosses(frozen: number, start: number, size: number): boolean {
  return frozen > 0 && start < frozen && start + size > frozen;
}

/** Throws as Sheets does when a block would span the edge of the frozen rows or columns. */
function assertOnOneSideOfFreeze(sheet: SheetModel, block: GridRect): void {
  if (crosses(sheet.frozenRows, block.row, block.numRows)) {
    throw new ScriptException(frozenMergeMessage('rows'));
  }
  if (crosses(sheet.frozenColumns, block.column, block.numColumns)) {
    throw new ScriptException(frozenMergeMessage('columns'));
  }
}

/**
 * Freezing `count` rows or columns is refused while a merge spans the new edge (live: the
 * frozen/non-frozen message comes from setFrozenColumns too, as public Apps Script projects
 * report).
 */
export function assertFreezeKeepsMerges(
  sheet: SheetModel,
  axis: 'rows' | 'columns',
  count: number,
): void {
  for (const merge of sheet.merges) {
    const [start, size] =
      axis === 'rows' ? [merge.row, merge.numRows] : [merge.column, merge.numColumns];
    if (crosses(count, start, size)) throw new ScriptException(frozenMergeMessage(axis));
  }
}

/**
 * Merges `rect` as merge(), mergeAcross() or mergeVertically() do. Merges wholly inside `rect`
 * are replaced; one only partly inside is refused. Sheets keeps only the top-left value of each
 * new block (its UI warns so before merging cells that hold values) and empties the covered
 * cells. Returns whether any cell's content was removed, so the caller re-syncs the formula
 * engine.
 */
export function mergeCells(sheet: SheetModel, rect: GridRect, kind: MergeKind): boolean {
  assertNoPartialMerge(sheet, rect);
  const blocks = mergeBlocks(rect, kind);
  for (const block of blocks) assertOnOneSideOfFreeze(sheet, block);
  sheet.merges = sheet.merges.filter((merge) => !contains(rect, merge));
  let cleared = false;
  for (const block of blocks) {
    sheet.merges.push(block);
    cleared = clearCovered(sheet, block) || cleared;
  }
  return cleared;
}

/** Empties the content of every cell of `block` but its top-left; keeps formats and notes. */
function clearCovered(sheet: SheetModel, block: GridRect): boolean {
  let cleared = false;
  for (let r = block.row; r < block.row + block.numRows; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    for (let c = block.column; c < block.column + block.numColumns; c++) {
      if (r === block.row && c === block.column) continue;
      const cell = cells[c];
      if (!cell || (cell.value === undefined && cell.formula === undefined)) continue;
      clearCellContent(cell);
      cleared = true;
      if (Object.keys(cell).length === 0) cells[c] = undefined;
    }
  }
  return cleared;
}

/**
 * breakApart(): every merge inside `rect` is undone. As the Sheets API's UnmergeCellsRequest
 * says, "If the range spans multiple merges, all will be unmerged. The range must not partially
 * span any merge."
 */
export function breakApart(sheet: SheetModel, rect: GridRect): void {
  assertNoPartialMerge(sheet, rect);
  sheet.merges = sheet.merges.filter((merge) => !contains(rect, merge));
}
