// The emulated Sheet: structure edits and what moves with them, sizes, hiding, clearing, copying,
// permissions and the ledger kinds its calls record.

import { type EmulatorContext, type Execution } from '../../dev/emulator/runtime/context';
import { newConditionalFormatRule } from '../../dev/emulator/sheets/conditional-format';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { ProtectionType } from '../../dev/emulator/sheets/enums';
import { PROTECTED_CELL_MESSAGE } from '../../dev/emulator/runtime/errors';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';
import { oneSheet } from '../support/one-sheet';

const setup = oneSheet;

function runAs<T>(
  ctx: EmulatorContext,
  doc: SpreadsheetDocument,
  email: string,
  fn: (execution: Execution) => T,
): T {
  return ctx.runAs(email, doc.model.id, fn);
}

describe('inserting and deleting rows', () => {
  test('values, notes, formats and validation move with their rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['one'], ['two'], ['three']]);
    sheet.getRange('A2').setNote('second').setBackground('#ff0000');
    sheet.getRange('A3').insertCheckboxes();
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['one'], [''], [''], ['two'], [false]]);
    expect(sheet.getRange('A4').getNote()).toBe('second');
    expect(sheet.getRange('A4').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A5').getDataValidation()).not.toBeNull();
    expect(sheet.getMaxRows()).toBe(1002);

    sheet.deleteRows(1, 3);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['two'], [false]]);
    expect(sheet.getRange('A1').getNote()).toBe('second');
    expect(sheet.getMaxRows()).toBe(999);
  });

  test('formulas adjust on this sheet and on others', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Summary');
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A4)');
    other.getRange('A1').setFormula('=Sheet1!A4');
    sheet.insertRowAfter(1);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A5)');
    expect(other.getRange('A1').getFormula()).toBe('=Sheet1!A5');
    expect(other.getRange('A1').getValue()).toBe(4);
    sheet.deleteRow(3);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A4)');
    expect(sheet.getRange('B1').getValue()).toBe(8);
    expect(other.getRange('A1').getFormula()).toBe('=Sheet1!A4');
  });

  test('a reference to a deleted row becomes #REF!', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue(5);
    sheet.getRange('B1').setFormula('=A2*2');
    sheet.deleteRow(2);
    expect(sheet.getRange('B1').getFormula()).toContain('#REF!');
  });

  test('protections, unprotected ranges and named ranges move', () => {
    const { ss, sheet } = setup();
    const rangeProtection = sheet.getRange('B2:C3').protect();
    const sheetProtection = ss.insertSheet('Locked').protect();
    sheetProtection.setUnprotectedRanges([ss.getRange('Locked!A2:A3')]);
    ss.setNamedRange('Scores', sheet.getRange('D5:D6'));

    sheet.insertRowsBefore(1, 2);
    expect(rangeProtection.getRange().getA1Notation()).toBe('B4:C5');
    expect(ss.getRangeByName('Scores')?.getA1Notation()).toBe('D7:D8');

    // An insertion strictly inside a range widens it.
    sheet.insertRowAfter(4);
    expect(rangeProtection.getRange().getA1Notation()).toBe('B4:C6');

    const locked = ss.getSheetByName('Locked');
    locked?.insertRowBefore(1);
    expect(sheetProtection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['A3:A4']);
  });

  test('a range protection and a named range whose rows are all deleted go away', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A3:B3').protect();
    ss.setNamedRange('Gone', sheet.getRange('C3'));
    sheet.deleteRows(2, 3);
    expect(sheet.getProtections(ProtectionType.RANGE)).toHaveLength(0);
    expect(ss.getRangeByName('Gone')).toBeNull();
  });

  test('conditional-format ranges, hidden rows, heights and frozen rows move', () => {
    const { ctx, sheet } = setup();
    const rule = newConditionalFormatRule(ctx)
      .whenCellEmpty()
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A2:A10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.hideRows(5);
    sheet.setRowHeight(6, 40);
    sheet.setFrozenRows(2);

    sheet.insertRowBefore(1);
    const ranges = sheet.getConditionalFormatRules()[0]?.getRanges() ?? [];
    expect(
      ranges.map((r) => (r as unknown as { getA1Notation(): string }).getA1Notation()),
    ).toEqual(['A3:A11']);
    expect(sheet.isRowHiddenByUser(6)).toBe(true);
    expect(sheet.isRowHiddenByUser(5)).toBe(false);
    expect(sheet.getRowHeight(7)).toBe(40);
    expect(sheet.getFrozenRows()).toBe(3);

    sheet.deleteRows(1, 2);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.isRowHiddenByUser(4)).toBe(true);
  });

  test('people who selected moved rows follow them', () => {
    const { ctx, doc, ss, sheet } = setup();
    runAs(ctx, doc, 'ava@example.com', () => ss.setActiveRange(sheet.getRange('B5:C6')));
    sheet.insertRowsBefore(1, 3);
    runAs(ctx, doc, 'ava@example.com', () => {
      expect(ss.getActiveRange()?.getA1Notation()).toBe('B8:C9');
    });
  });

  test('deleting every row is refused, as are rows out of bounds', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRows(1000, 2)).toThrow('Those rows are out of bounds.');
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });
});

describe('inserting and deleting columns', () => {
  test('cells, widths, protections and formulas move', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1, 2, '=A1+B1']]);
    sheet.setColumnWidth(2, 150);
    const protection = sheet.getRange('C1:D1').protect();
    ss.setNamedRange('Total', sheet.getRange('C1'));

    sheet.insertColumnsBefore(2, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1, '', '', 2, 3]]);
    expect(sheet.getRange('E1').getFormula()).toBe('=A1+D1');
    expect(sheet.getColumnWidth(4)).toBe(150);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(protection.getRange().getA1Notation()).toBe('E1:F1');
    expect(ss.getRangeByName('Total')?.getA1Notation()).toBe('E1');
    expect(sheet.getMaxColumns()).toBe(28);

    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1+B1');
    expect(sheet.getRange('C1').getValue()).toBe(3);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('D1').getFormula()).toBe('=A1+C1');
  });

  test('deleting every column is refused', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteColumns(1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    expect(() => sheet.insertColumns(28)).toThrow('Those columns are out of bounds.');
  });
});

describe('getRange and the data extent', () => {
  test('bad coordinates fail with Apps Script wording', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B:C');
  });

  test('getLastRow and getLastColumn count values and formulas, not notes or formats', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('Z50').setNote('note only').setBackground('#00ff00');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C4').setValue('x');
    sheet.getRange('E2').setFormula('=""');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(5);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E4');
  });

  test('appendRow reads strings like typed input and grows the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue('header');
    sheet.appendRow(['5', '=1+1', 'TRUE', 'text']);
    expect(sheet.getRange('A3:D3').getValues()).toEqual([[5, 2, true, 'text']]);
    expect(sheet.getRange('B3').getFormula()).toBe('=1+1');
    sheet.deleteRows(4, 997);
    sheet.appendRow(['grows']);
    expect(sheet.getMaxRows()).toBe(4);
    expect(sheet.getRange('A4').getValue()).toBe('grows');
  });
});

describe('names, hiding, clearing, copying', () => {
  test('setName refuses a name another sheet has, regardless of case', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Roster');
    expect(() => sheet.setName('roster')).toThrow(
      'A sheet with the name "roster" already exists. Please enter another name.',
    );
    sheet.setName('Progress');
    expect(sheet.getName()).toBe('Progress');
    expect(sheet.setName('Progress').getName()).toBe('Progress');
  });

  test('renaming a sheet keeps formulas pointing at it', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Other');
    sheet.getRange('A1').setValue(7);
    other.getRange('A1').setFormula('=Sheet1!A1');
    sheet.setName('Data');
    expect(other.getRange('A1').getFormula()).toBe('=Data!A1');
    expect(other.getRange('A1').getValue()).toBe(7);
  });

  test('the only visible sheet cannot be hidden', () => {
    const { ss, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const second = ss.insertSheet('Second');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => second.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  test('hide and show columns, tab color', () => {
    const { sheet } = setup();
    sheet.hideColumns(2, 3);
    expect([2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(sheet.getTabColor()).toBeNull();
    sheet.setTabColor('#FF0000');
    expect(sheet.getTabColor()).toBe('#ff0000');
    sheet.setTabColor(null);
    expect(sheet.getTabColor()).toBeNull();
  });

  test('clear, clearContents, clearFormats and clearNotes clear what they say', () => {
    const { sheet } = setup();
    const fill = (): void => {
      sheet.getRange('A1:B1').setValues([[1, '=A1*2']]);
      sheet.getRange('A1:B1').setBackground('#ff0000').setNote('n');
    };
    fill();
    sheet.clear();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getNote()).toBe('n');
    fill();
    sheet.clearContents();
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    fill();
    sheet.clearFormats();
    expect(sheet.getRange('B1').getValue()).toBe(2);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.clearNotes();
    expect(sheet.getRange('A1').getNote()).toBe('');
    fill();
    sheet.clear({ contentsOnly: true });
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  test('copyTo makes "Copy of X" in this or another spreadsheet', () => {
    const { ctx, ss, sheet } = setup();
    sheet.getRange('A1:B1').setValues([[3, '=A1*2']]);
    sheet.setFrozenRows(1);
    const copy = sheet.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(copy.getIndex()).toBe(2);
    expect(copy.getRange('B1').getValue()).toBe(6);
    expect(copy.getFrozenRows()).toBe(1);
    expect(sheet.copyTo(ss).getName()).toBe('Copy of Sheet1 2');

    const elsewhere = new Spreadsheet(createDocument(ctx, { owner: 'teacher@example.com' }));
    const moved = sheet.copyTo(elsewhere);
    expect(moved.getName()).toBe('Copy of Sheet1');
    expect(moved.getParent().getId()).toBe(elsewhere.getId());
    expect(moved.getRange('B1').getValue()).toBe(6);
  });

  test('setConditionalFormatRules replaces every rule; clearConditionalFormatRules empties', () => {
    const { ctx, sheet } = setup();
    const rule = (color: string) =>
      newConditionalFormatRule(ctx)
        .whenCellNotEmpty()
        .setBackground(color)
        .setRanges([sheet.getRange('A1:A5')])
        .build();
    sheet.setConditionalFormatRules([rule('#ff0000'), rule('#00ff00')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([rule('#0000ff')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]?.getBooleanCondition()?.getBackground()).toBe('#0000ff');
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });

  test('developer metadata on a sheet', () => {
    const { ss, sheet } = setup();
    sheet.addDeveloperMetadata('role', 'roster');
    ss.addDeveloperMetadata('version', '3');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['role', 'roster'],
    ]);
    expect(sheet.createDeveloperMetadataFinder().withKey('version').find()).toHaveLength(0);
    expect(ss.createDeveloperMetadataFinder().withKey('role').find()).toHaveLength(1);
    ss.deleteSheet(ss.insertSheet('Spare'));
    expect(sheet.getDeveloperMetadata()[0]?.getLocation().getSheet()?.getName()).toBe('Sheet1');
  });

  test('autoResizeColumns sets an estimated width', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('a fairly long piece of text');
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    expect(sheet.getColumnWidth(2)).toBe(100);
  });
});

describe('permissions', () => {
  test('an editor not on a sheet protection cannot insert or delete its rows', () => {
    const { ctx, doc, sheet } = setup();
    sheet.protect().removeEditors(['ava@example.com']);
    runAs(ctx, doc, 'ava@example.com', () => {
      expect(() => sheet.insertRowBefore(1)).toThrow(PROTECTED_CELL_MESSAGE);
      expect(() => sheet.deleteRow(5)).toThrow(PROTECTED_CELL_MESSAGE);
      expect(() => sheet.appendRow(['x'])).toThrow(PROTECTED_CELL_MESSAGE);
    });
    runAs(ctx, doc, 'teacher@example.com', () => sheet.insertRowBefore(1));
    expect(sheet.getMaxRows()).toBe(1001);
  });

  test('a viewer cannot rename a sheet', () => {
    const { ctx, doc, sheet } = setup();
    doc.model.sharing.viewers.push('viewer@example.com');
    runAs(ctx, doc, 'viewer@example.com', () => {
      expect(() => sheet.setName('Mine')).toThrow('You do not have permission');
    });
  });
});

describe('ledger', () => {
  test('one entry per call, with the kind of round trip it is', () => {
    const { ctx, doc, sheet } = setup();
    runAs(ctx, doc, 'teacher@example.com', (execution) => {
      sheet.getName();
      sheet.getLastRow();
      sheet.appendRow([1, 2, 3]);
      sheet.insertRowsAfter(1, 5);
      sheet.deleteColumns(2, 2);
      sheet.getRange('A1:C3');
      sheet.setFrozenRows(1);
      const entries = ctx.ledger.forExecution(execution.id);
      expect(entries.map((e) => [e.method, e.kind])).toEqual([
        ['getName', 'local'],
        ['getLastRow', 'read'],
        ['appendRow', 'write'],
        ['insertRowsAfter', 'structural'],
        ['deleteColumns', 'structural'],
        ['getRange', 'local'],
        ['setFrozenRows', 'write'],
      ]);
      expect(entries.every((e) => e.service === 'Sheet')).toBe(true);
      expect(entries[2]?.cells).toBe(3);
    });
  });
});
