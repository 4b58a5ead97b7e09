/**
 * Cut and paste of a block of cells within one sheet in the HyperFormula mirror (Range.moveTo,
 * insertCells, deleteCells): a reference to a moved cell follows it, and the moved formulas keep
 * pointing where they pointed, as Sheets treats a cut and paste. The model has already been moved
 * when this runs; the adjusted formula text is written back into it, as the engine does after
 * inserting or deleting rows.
 *
 * Not as in Sheets (emulator README): a reference to a cell the block lands on keeps its address
 * (Sheets makes it #REF!), and between sheets the cells are only re-read, so references do not
 * follow. HyperFormula 3.5 loses the sheet of references moved to another sheet, and has no
 * operation that turns references into #REF! without deleting whole rows or columns.
 */

import type { HyperFormula, SimpleCellAddress, SimpleCellRange } from 'hyperformula';
import type { GridRect } from '../model/cells';
import type { SheetModel } from '../model/workbook';

/** The parts of the engine's closure a move needs. */
export interface MoveContext {
  hf: HyperFormula;
  hfIdOf(sheetId: number): number | undefined;
  mirroredSheets(): { sheet: SheetModel; hfId: number }[];
  formulaSnapshot(): Map<number, (string | undefined)[][]>;
  mutate<T>(change: () => T): T;
  syncCells(sheet: SheetModel, rect: GridRect): void;
}

function cellRange(hfId: number, rect: GridRect): SimpleCellRange {
  return {
    start: { sheet: hfId, row: rect.row, col: rect.column },
    end: { sheet: hfId, row: rect.row + rect.numRows - 1, col: rect.column + rect.numColumns - 1 },
  };
}

/**
 * Moves `source` of `from` so its top-left lands on (toRow, toColumn) of `to`. Between sheets, or
 * when HyperFormula cannot move the block (an array formula inside it), the cells are re-read
 * from the model and references do not follow.
 */
export function moveCellsInEngine(
  context: MoveContext,
  from: SheetModel,
  source: GridRect,
  to: SheetModel,
  toRow: number,
  toColumn: number,
): void {
  const { hf } = context;
  const fromHf = context.hfIdOf(from.id);
  const toHf = context.hfIdOf(to.id);
  if (fromHf === undefined || toHf === undefined) return;
  const target: GridRect = { ...source, row: toRow, column: toColumn };
  const destination: SimpleCellAddress = { sheet: toHf, row: toRow, col: toColumn };
  if (fromHf !== toHf || !hf.isItPossibleToMoveCells(cellRange(fromHf, source), destination)) {
    context.syncCells(from, source);
    context.syncCells(to, target);
    return;
  }
  const before = context.formulaSnapshot();
  context.mutate(() => hf.moveCells(cellRange(fromHf, source), destination));

  const dr = toRow - source.row;
  const dc = toColumn - source.column;
  const inTarget = (row: number, column: number): boolean =>
    row >= target.row &&
    row < target.row + target.numRows &&
    column >= target.column &&
    column < target.column + target.numColumns;
  // Copy back the text of every formula whose references changed; untouched formulas keep the
  // author's spelling.
  for (const { sheet, hfId } of context.mirroredSheets()) {
    sheet.rows.forEach((cells, row) => {
      cells?.forEach((cell, column) => {
        if (!cell?.formula) return;
        const moved = hfId === toHf && inTarget(row, column);
        const previous = before.get(hfId)?.[moved ? row - dr : row]?.[moved ? column - dc : column];
        const current = hf.getCellFormula({ sheet: hfId, row, col: column });
        if (current !== undefined && current !== previous) cell.formula = current;
      });
    });
  }
}
