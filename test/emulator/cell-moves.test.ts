/**
 * The emulator's own behaviour when cells move without their rows (insertCells, deleteCells,
 * moveTo): formula references, the engine mirror, merges and named ranges, the sheet's size, the
 * refusals, and what the ledger records. What Google documents for these members is in
 * test/fidelity/range-cells.test.ts.
 */

import { NotImplementedError } from '../../dev/emulator/runtime/errors';
import { Dimension } from '../../dev/emulator/sheets/enums';
import { oneSheet } from '../support/one-sheet';

describe('references follow moved cells (a cut and paste within one sheet)', () => {
  test('insertCells: a formula pointing below the inserted cells follows them, also from another sheet', () => {
    const { ss, sheet } = oneSheet();
    sheet.getRange('B1:B4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('D1').setFormula('=B4*10');
    const other = ss.insertSheet('Summary');
    other.getRange('A1').setFormula('=Sheet1!B3');
    sheet.getRange('B2:B3').insertCells(Dimension.ROWS);
    expect(sheet.getRange('D1').getFormula()).toBe('=B6*10');
    expect(sheet.getRange('D1').getValue()).toBe(40);
    expect(other.getRange('A1').getFormula()).toBe('=Sheet1!B5');
    expect(other.getRange('A1').getValue()).toBe(3);
  });

  test('deleteCells: formulas that moved keep pointing at the same cells', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:A3').setValues([[5], ['x'], ['y']]);
    sheet.getRange('B3').setFormula('=A1+1');
    sheet.getRange('B1').deleteCells(Dimension.ROWS);
    expect(sheet.getRange('B2').getFormula()).toBe('=A1+1');
    expect(sheet.getRange('B2').getValue()).toBe(6);
  });

  test('moveTo: a formula elsewhere follows the moved cell; the moved formula still reads its source', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1').setValue(7);
    sheet.getRange('A2').setFormula('=A1*2');
    sheet.getRange('C1').setFormula('=A2+1');
    sheet.getRange('A2').moveTo(sheet.getRange('E5'));
    expect(sheet.getRange('E5').getFormula()).toBe('=A1*2');
    expect(sheet.getRange('C1').getFormula()).toBe('=E5+1');
    expect(sheet.getRange('C1').getValue()).toBe(15);
  });

  test('moveTo another sheet moves values and formats (references do not follow: README)', () => {
    const { ss, sheet } = oneSheet();
    sheet
      .getRange('A1:B1')
      .setValues([['a', 'b']])
      .setBackground('#00ff00');
    const other = ss.insertSheet('Other');
    sheet.getRange('A1:B1').moveTo(other.getRange('C3'));
    expect(other.getRange('C3:D3').getValues()).toEqual([['a', 'b']]);
    expect(other.getRange('C3').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
  });
});

describe('what else moves', () => {
  test('named ranges and merges wholly inside the moved cells follow them', () => {
    const { ss, sheet } = oneSheet();
    const merged = (): string[] =>
      sheet
        .getRange('A1:E10')
        .getMergedRanges()
        .map((r) => r.getA1Notation());
    sheet.getRange('B2:C3').merge();
    ss.setNamedRange('Scores', sheet.getRange('B4:B5'));
    sheet.getRange('B1:C1').insertCells(Dimension.ROWS);
    expect(merged()).toEqual(['B3:C4']);
    expect(ss.getRangeByName('Scores')?.getA1Notation()).toBe('B5:B6');
    // A move onto part of where the merge was: the merge moves, it does not land on itself.
    sheet.getRange('B3:C4').moveTo(sheet.getRange('B4'));
    expect(merged()).toEqual(['B4:C5']);
  });

  test('insertCells grows the sheet by the inserted size; deleteCells does not shrink it', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1000').setValue('last');
    sheet.getRange('A1:A2').insertCells(Dimension.ROWS);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1002').getValue()).toBe('last');
    sheet.getRange('A1:C1').deleteCells(Dimension.COLUMNS);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('deleting the last cells of a column empties them', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A999:A1000').setValues([['x'], ['y']]);
    sheet.getRange('A999:A1000').deleteCells(Dimension.ROWS);
    expect(sheet.getRange('A999:A1000').getValues()).toEqual([[''], ['']]);
  });
});

describe('refusals', () => {
  test('moving part of a merge is not implemented and says so', () => {
    const { sheet } = oneSheet();
    sheet.getRange('B2:C3').merge();
    expect(() => sheet.getRange('B1').insertCells(Dimension.ROWS)).toThrow(NotImplementedError);
    expect(() => sheet.getRange('B2:B3').moveTo(sheet.getRange('F1'))).toThrow(
      'Range.moveTo over part of a merged range is not implemented by the emulator',
    );
    expect(sheet.getRange('A1:D4').getMergedRanges()).toHaveLength(1);
  });

  test('moveTo beyond the sheet is refused with the range message', () => {
    const { sheet } = oneSheet();
    expect(() => sheet.getRange('A1:B2').moveTo(sheet.getRange('Z1'))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('an editor outside a range protection cannot shift cells into it', () => {
    const { ctx, doc, sheet } = oneSheet();
    const protection = sheet.getRange('B5:B6').protect();
    protection.removeEditors(['ava@example.com']);
    ctx.runAs('ava@example.com', doc.model.id, () => {
      expect(() => sheet.getRange('B1').insertCells(Dimension.ROWS)).toThrow(
        'You are trying to edit a protected cell or object.',
      );
      expect(() => sheet.getRange('C1').insertCells(Dimension.ROWS)).not.toThrow();
    });
  });
});

describe('ledger', () => {
  test('insertCells, deleteCells and moveTo are structural; trimWhitespace a write', () => {
    const { ctx, doc, sheet } = oneSheet();
    const mark = doc.ctx.ledger.mark();
    ctx.runAs('teacher@example.com', doc.model.id, () => {
      sheet.getRange('A1').insertCells(Dimension.ROWS);
      sheet.getRange('A1').deleteCells(Dimension.COLUMNS);
      sheet.getRange('A1').moveTo(sheet.getRange('B2'));
      sheet.getRange('A1').trimWhitespace();
    });
    const entries = doc.ctx.ledger
      .since(mark)
      .filter((e) => e.service === 'Range')
      .map((e) => [e.method, e.kind]);
    expect(entries).toEqual([
      ['insertCells', 'structural'],
      ['deleteCells', 'structural'],
      ['moveTo', 'structural'],
      ['trimWhitespace', 'write'],
    ]);
  });
});
