// Spreadsheet and Sheet behave as Google documents them, or as live Apps Script showed in the
// gas-fakes repository (brucemcpherson/gas-fakes, MIT; its test/ files were run against live Apps
// Script). Each test names its source. "docs:" = developers.google.com/apps-script/reference/
// spreadsheet/<class>#<method>.

import { type EmulatorContext } from '../../dev/emulator/runtime/context';
import { newConditionalFormatRule } from '../../dev/emulator/sheets/conditional-format';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { DeveloperMetadataVisibility, ProtectionType } from '../../dev/emulator/sheets/enums';
import { createSpreadsheetApp } from '../../dev/emulator/sheets/spreadsheet-app';
import { oneSheet } from '../support/one-sheet';

const setup = oneSheet;

function runAs<T>(ctx: EmulatorContext, doc: SpreadsheetDocument, email: string, fn: () => T): T {
  return ctx.runAs(email, doc.model.id, () => fn());
}

describe('Spreadsheet (docs: reference/spreadsheet/spreadsheet)', () => {
  test('docs insertSheet(): inserts with a default name and the new sheet becomes the active sheet', () => {
    const { ss } = setup();
    const added = ss.insertSheet();
    expect(added.getName()).toBe('Sheet2');
    expect(ss.getActiveSheet().getSheetId()).toBe(added.getSheetId());
  });

  test('docs insertSheet(sheetIndex): "To insert a sheet as the first one in the spreadsheet, set it to 0"', () => {
    const { ss } = setup();
    ss.insertSheet(0);
    expect(ss.getSheets()[0]?.getName()).toBe('Sheet2');
  });

  test('docs insertSheet(sheetName, sheetIndex): named sheet at the index', () => {
    const { ss } = setup();
    ss.insertSheet('B');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'B']);
  });

  test('docs insertSheet(sheetName, options): the template sheet is copied', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('Header');
    const added = ss.insertSheet('FromTemplate', { template: sheet });
    expect(added.getRange('A1').getValue()).toBe('Header');
  });

  test('docs getSheetByName: "Returns null if there is no sheet with the given name"', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('No such tab')).toBeNull();
    expect(ss.getSheetByName('Sheet1')?.getName()).toBe('Sheet1');
  });

  test('docs getRangeByName: returns null if no range with the given name is found', () => {
    const { ss } = setup();
    expect(ss.getRangeByName('nothing')).toBeNull();
  });

  test('docs getRange(a1Notation): "Sheet1!A1:D4"-style notation names the sheet', () => {
    const { ss } = setup();
    ss.insertSheet('Other');
    const range = ss.getRange('Sheet1!A1:D4');
    expect(range.getSheet().getName()).toBe('Sheet1');
    expect(range.getA1Notation()).toBe('A1:D4');
  });

  test('docs duplicateActiveSheet: duplicates the active sheet and makes it the active sheet; gas-fakes testsheetsbasic.js: named "Copy of <name>"', () => {
    const { ss, sheet } = setup();
    sheet.setName('RenamedSheet');
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of RenamedSheet');
    expect(ss.getActiveSheet().getName()).toBe('Copy of RenamedSheet');
  });

  test('gas-fakes testsheetsbasic.js: deleteActiveSheet removes the active sheet', () => {
    const { ss } = setup();
    const copy = ss.duplicateActiveSheet();
    ss.setActiveSheet(copy);
    ss.deleteActiveSheet();
    expect(ss.getSheets()).toHaveLength(1);
  });

  test('gas-fakes testsheetsbasic.js: Spreadsheet.appendRow appends to the active sheet', () => {
    const { ss, sheet } = setup();
    ss.setActiveSheet(sheet);
    sheet.clear();
    ss.appendRow(['A', 'B', 'C']);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getRange(1, 1).getValue()).toBe('A');
  });

  test('gas-fakes testsheetsbasic.js: renameActiveSheet and rename', () => {
    const { ss, sheet } = setup();
    ss.setActiveSheet(sheet);
    ss.renameActiveSheet('RenamedSheet');
    expect(sheet.getName()).toBe('RenamedSheet');
    ss.rename('NewSpreadsheetName');
    expect(ss.getName()).toBe('NewSpreadsheetName');
  });

  test('docs moveActiveSheet(pos): pos is the 1-indexed position; out of range throws', () => {
    const { ss } = setup();
    ss.insertSheet('Second');
    ss.insertSheet('Third');
    ss.setActiveSheet(ss.getSheetByName('Third')!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Third', 'Sheet1', 'Second']);
    // Apps Script's form for a rejected argument, naming the parameter ("Invalid argument: pos").
    expect(() => ss.moveActiveSheet(4)).toThrow('Invalid argument: pos');
  });

  test('docs toast(msg, title, timeoutSeconds): null means the 5 s default, negative stays until dismissed', () => {
    const { doc, ss } = setup();
    ss.toast('one', 'T', null);
    ss.toast('two', 'T', -1);
    ss.toast('three');
    expect(doc.toasts.map((t) => t.timeoutSeconds)).toEqual([5, -1, 5]);
    expect(doc.toasts[2]?.title).toBe('');
  });

  test('docs setActiveSheet: sets the given sheet to be the active sheet', () => {
    const { ss } = setup();
    const other = ss.insertSheet('Other');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    ss.setActiveSheet(other);
    expect(ss.getActiveSheet().getName()).toBe('Other');
  });

  test('guides/triggers/installable ("always run under the account of the person who created them"): a sheet an installable trigger inserts is active for the rest of its run and moves nobody\'s view', () => {
    const { ctx, doc, ss } = setup();
    const student = 'ava@example.com';
    ss.insertSheet('Ava');
    runAs(ctx, doc, student, () => ss.setActiveSheet(ss.getSheetByName('Ava')!));
    const teacherView = (): string =>
      runAs(ctx, doc, 'teacher@example.com', () => ss.getActiveSheet().getName());
    const teacherBefore = teacherView();
    const inRun = ctx.runAs(
      student,
      doc.model.id,
      () => {
        // The run starts on the sheet the edit was made in, then works on the sheet it adds.
        const seenFirst = ss.getActiveSheet().getName();
        ss.insertSheet('Wall');
        return [seenFirst, ss.getActiveSheet().getName()];
      },
      { kind: 'installable-trigger', effectiveUser: 'teacher@example.com' },
    );
    expect(inRun).toEqual(['Ava', 'Wall']);
    expect(runAs(ctx, doc, student, () => ss.getActiveSheet().getName())).toBe('Ava');
    expect(teacherView()).toBe(teacherBefore);
    // A simple trigger runs as the editor, in their session: what it activates, they see.
    ctx.runAs(student, doc.model.id, () => ss.setActiveSheet(ss.getSheetByName('Wall')!), {
      kind: 'simple-trigger',
    });
    expect(runAs(ctx, doc, student, () => ss.getActiveSheet().getName())).toBe('Wall');
  });

  test('gas-fakes testsheetsbasic.js "Protection": Spreadsheet.getProtections(SHEET) lists a Sheet.protect() protection', () => {
    const { ss, sheet } = setup();
    sheet.protect().setDescription('sample1');
    expect(
      ss.getProtections(ProtectionType.SHEET).some((p) => p.getDescription() === 'sample1'),
    ).toBe(true);
  });

  test('gas-fakes testsheetsbasic.js "Protection": setNamedRange then getNamedRanges().find by name; remove()', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('sampleNamedRange1', sheet.getRange('C3:F7'));
    const named = ss.getNamedRanges().find((n) => n.getName() === 'sampleNamedRange1');
    expect(named?.getRange().getA1Notation()).toBe('C3:F7');
    named?.remove();
    expect(ss.getNamedRanges()).toHaveLength(0);
  });

  test('Sheets help "Name a range" (support answer 63175): names cannot be cell references or contain spaces', () => {
    const { ss, sheet } = setup();
    // The wording is the emulator's estimate (named-range.ts); the rule is the help page's.
    for (const name of ['A1', 'R1C1', 'two words', '1st']) {
      expect(() => ss.setNamedRange(name, sheet.getRange('A1'))).toThrow(
        `Invalid argument: name ("${name}")`,
      );
    }
    ss.setNamedRange('Unit_1_scores', sheet.getRange('A1'));
  });

  test('gas-fakes testsheetsdeveloper.js: metadata defaults to DOCUMENT visibility; finder by key and value; setValue().setKey()', () => {
    const { ss, sheet } = setup();
    const returned = sheet.addDeveloperMetadata('sheetKey', 'sheetValue');
    expect(returned.getSheetId()).toBe(sheet.getSheetId());
    const [meta] = sheet.getDeveloperMetadata();
    expect(meta?.getVisibility().toString()).toBe('DOCUMENT');
    expect(meta?.getLocation().getLocationType().toString()).toBe('SHEET');
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey('sheetKey')
      .withValue('sheetValue')
      .find();
    expect(found[0]?.getId()).toBe(meta?.getId());
    meta?.setValue('updatedValue').setKey('updatedKey');
    expect(sheet.getDeveloperMetadata()[0]?.getKey()).toBe('updatedKey');
    expect(sheet.getDeveloperMetadata()[0]?.getValue()).toBe('updatedValue');
  });

  test('docs addDeveloperMetadata(key, value, visibility): PROJECT visibility is kept', () => {
    const { ss } = setup();
    ss.addDeveloperMetadata('k', 'v', DeveloperMetadataVisibility.PROJECT);
    expect(ss.getDeveloperMetadata()[0]?.getVisibility()).toBe(DeveloperMetadataVisibility.PROJECT);
  });
});

describe('Sheet (docs: reference/spreadsheet/sheet)', () => {
  test('docs getIndex: "Gets the position of the sheet in its parent spreadsheet. Starts at 1."', () => {
    const { ss, sheet } = setup();
    expect(sheet.getIndex()).toBe(1);
    expect(ss.insertSheet('Two', 1).getIndex()).toBe(2);
  });

  test('docs getMaxRows / getMaxColumns: a new sheet is 1000 x 26 (platform.md, quotas)', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('docs getLastRow: "the position of the last row that has content"', () => {
    const { sheet } = setup();
    sheet.getRange('B7').setValue('x');
    sheet.getRange('D3').setValue('y');
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(4);
  });

  test('docs getDataRange: bounded by A1 and (getLastColumn(), getLastRow())', () => {
    const { sheet } = setup();
    sheet.getRange('C5').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  test('gas-fakes testsheetsbasic.js "Sheet.sort()": getDataRange of an empty sheet is A1 ([[""]])', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  test('docs getRange(row, column, numRows, numColumns): top-left at the coordinates, 1-based', () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 3, 4, 5,
    ]);
  });

  test('gas-fakes testsheetsdeveloper.js "A1 Notation": Sheet.getRange accepts its own name before "!"', () => {
    const { sheet } = setup();
    expect(sheet.getRange(`${sheet.getName()}!E10:F12`).getA1Notation()).toBe('E10:F12');
  });

  test('gas-fakes testsheets.js "getRange with R1C1 notation": R5C3 is C5', () => {
    const { sheet } = setup();
    expect(sheet.getRange('R5C3').getA1Notation()).toBe('C5');
  });

  test('docs insertRowsAfter(afterPosition, howMany): rows go after the given row', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['first'], ['second']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['first'], [''], [''], ['second']]);
  });

  test('docs insertRowBefore(beforePosition): the new row takes that position', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('first');
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A2').getValue()).toBe('first');
  });

  test('docs insertColumnsBefore / deleteColumns: columns shift right, then back', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.insertColumnsBefore(2, 3);
    expect(sheet.getRange('E1').getValue()).toBe('b');
    sheet.deleteColumns(2, 3);
    expect(sheet.getRange('B1').getValue()).toBe('b');
  });

  test('docs deleteRows(rowPosition, howMany): deletes that many rows starting at the position', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A5').setValues([[1], [2], [3], [4], [5]]);
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [5]]);
    expect(sheet.getMaxRows()).toBe(997);
  });

  test('Sheets: formulas follow inserted rows (docs insertRowBefore; Sheets adjusts references)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.insertRowBefore(2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A4)');
    expect(sheet.getRange('B1').getValue()).toBe(6);
  });

  test('docs appendRow: appends at the bottom of the data region; "=" content is a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[1, 2]]);
    sheet.appendRow([3, '=A1+B1']);
    expect(sheet.getRange('B2').getFormula()).toBe('=A1+B1');
    expect(sheet.getRange('B2').getValue()).toBe(3);
  });

  test('docs copyTo: the copied sheet is named "Copy of [original name]"', () => {
    const { ss, sheet } = setup();
    expect(sheet.copyTo(ss).getName()).toBe('Copy of Sheet1');
  });

  test('gas-fakes testsheetsbasic.js "Sheet clearing methods": clear() clears values and formats, not notes', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range.setValues([['A1', 'B1']]).setBackgrounds([['#ff0000', '#00ff00']]);
    range.setNotes([['Note A1', 'Note B1']]);
    sheet.clear();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getNotes()).toEqual([['Note A1', 'Note B1']]);
  });

  test('gas-fakes testsheetsbasic.js: clearContents keeps formats; clearFormats keeps values; clearNotes keeps both', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    range.setValue('v').setBackground('#ff0000').setNote('n');
    sheet.clearContents();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual([
      '',
      '#ff0000',
      'n',
    ]);
    range.setValue('v');
    sheet.clearFormats();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual([
      'v',
      '#ffffff',
      'n',
    ]);
    range.setBackground('#ff0000');
    sheet.clearNotes();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual([
      'v',
      '#ff0000',
      '',
    ]);
  });

  test('docs setConditionalFormatRules: "Replaces all currently existing conditional format rules"', () => {
    const { ctx, sheet } = setup();
    const make = (color: string) =>
      newConditionalFormatRule(ctx)
        .whenNumberGreaterThan(1)
        .setBackground(color)
        .setRanges([sheet.getRange('A1:A9')])
        .build();
    sheet.setConditionalFormatRules([make('#ff0000'), make('#00ff00')]);
    // The docs' example: read the rules, drop one, set the rest.
    const rules = sheet.getConditionalFormatRules();
    rules.splice(0, 1);
    sheet.setConditionalFormatRules(rules);
    expect(
      sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()?.getBackground()),
    ).toEqual(['#00ff00']);
  });

  test('docs setFrozenRows / getFrozenRows', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
  });

  test('docs hideSheet / isSheetHidden / showSheet', () => {
    const { ss } = setup();
    const tab = ss.insertSheet('Tab');
    tab.hideSheet();
    expect(tab.isSheetHidden()).toBe(true);
    tab.showSheet();
    expect(tab.isSheetHidden()).toBe(false);
  });

  test('docs hideRows(rowIndex, numRows) / isRowHiddenByUser', () => {
    const { sheet } = setup();
    sheet.hideRows(2, 2);
    expect([1, 2, 3, 4].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
    sheet.showRows(2, 2);
    expect(sheet.isRowHiddenByUser(2)).toBe(false);
  });

  test('docs setColumnWidth / getColumnWidth: width in pixels', () => {
    const { sheet } = setup();
    sheet.setColumnWidth(3, 240);
    expect(sheet.getColumnWidth(3)).toBe(240);
    sheet.setRowHeight(2, 42);
    expect(sheet.getRowHeight(2)).toBe(42);
  });

  test('gas-fakes testsheets.js "Protection": setName then getName', () => {
    const { sheet } = setup();
    sheet.setName('sample');
    expect(sheet.getName()).toBe('sample');
  });

  test('Sheets API addSheet/updateSheetProperties error text: setName and insertSheet refuse a name in use', () => {
    // The text Sheets answers with, as API clients quote it ("Invalid requests[0].addSheet: A
    // sheet with the name \"...\" already exists. Please enter another name.").
    const { ss, sheet } = setup();
    ss.insertSheet('Roster');
    expect(() => ss.insertSheet('Roster')).toThrow(
      'A sheet with the name "Roster" already exists. Please enter another name.',
    );
    expect(() => sheet.setName('Roster')).toThrow(
      'A sheet with the name "Roster" already exists. Please enter another name.',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Roster']);
  });

  test('socialpoint-labs/sheetfu#26: names differing only in case count as the same; a sheet may change its own case', () => {
    // "trying to create 2 sheets with the same name but different cases fails, whether you do it
    // from the spreadsheet UI or the API".
    const { ss, sheet } = setup();
    expect(() => ss.insertSheet('SHEET1')).toThrow(/already exists/);
    sheet.setName('SHEET1');
    expect(sheet.getName()).toBe('SHEET1');
  });

  test('getodk/collect#2918: Sheets takes sheet names of up to 100 characters', () => {
    const { ss, sheet } = setup();
    const hundred = 'L'.repeat(100);
    sheet.setName(hundred);
    expect(sheet.getName()).toBe(hundred);
    expect(() => sheet.setName('L'.repeat(101))).toThrow(/100 characters/);
    expect(() => ss.insertSheet('M'.repeat(101))).toThrow(/100 characters/);
    expect(ss.getNumSheets()).toBe(1);
  });

  test('gas-fakes testsheetsvalues.js: getSheetById and getSheetByName find the sheet getSheetId names', () => {
    const { ss } = setup();
    ss.insertSheet('s1');
    ss.insertSheet('s2');
    for (const s of ss.getSheets()) {
      expect(s.getName()).toBe(s.getSheetName());
      expect(ss.getSheetById(s.getSheetId())!.getName()).toBe(s.getName());
      expect(ss.getSheetByName(s.getName())!.getSheetId()).toBe(s.getSheetId());
    }
    expect(ss.getSheetByName('s1')!.getIndex()).toBe(
      ss.getSheetById(ss.getSheetByName('s1')!.getSheetId())!.getIndex(),
    );
  });

  test('gas-fakes fakespreadsheet.js getSheetId: a script without a selection gets the first sheet', () => {
    // Docs (spreadsheet#getSheetId): "Returns the ID of the sheet represented by this object".
    const { ctx, doc, ss } = setup();
    const app = createSpreadsheetApp(ctx, {
      documents: new Map([[doc.model.id, doc]]),
      getUi: () => null,
      scopes: [],
    });
    const first = ss.insertSheet('Cover', 0);
    runAs(ctx, doc, 'ava@example.com', () => {
      const bound = app.getActiveSpreadsheet()!;
      expect(bound.getSheetId()).toBe(first.getSheetId());
      expect(bound.getSheetName()).toBe('Cover');
    });
  });

  test('docs getSheetId: unique in the spreadsheet and independent of position', () => {
    const { ss, sheet } = setup();
    const id = ss.insertSheet('Later', 0).getSheetId();
    expect(id).not.toBe(sheet.getSheetId());
    expect(ss.getSheetById(id)?.getIndex()).toBe(1);
    expect(sheet.getSheetId()).toBe(0);
  });

  test('docs Sheet.getParent returns the containing spreadsheet', () => {
    const { ss, sheet } = setup();
    expect(sheet.getParent().getId()).toBe(ss.getId());
  });
});

describe('SpreadsheetApp (docs: reference/spreadsheet/spreadsheet-app)', () => {
  test('docs getActiveSpreadsheet: the active spreadsheet, or null if there is none', () => {
    const { ctx, doc } = setup();
    const app = createSpreadsheetApp(ctx, {
      documents: new Map([[doc.model.id, doc]]),
      getUi: () => null,
      scopes: [],
    });
    expect(app.getActiveSpreadsheet()).toBeNull();
    runAs(ctx, doc, 'teacher@example.com', () => {
      expect(app.getActiveSpreadsheet()?.getId()).toBe(doc.model.id);
    });
  });

  test('docs scopes: openById needs https://www.googleapis.com/auth/spreadsheets, not spreadsheets.currentonly', () => {
    const { ctx, doc } = setup();
    const app = createSpreadsheetApp(ctx, {
      documents: new Map([[doc.model.id, doc]]),
      getUi: () => null,
      scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    runAs(ctx, doc, 'teacher@example.com', () => {
      expect(() => app.openById(doc.model.id)).toThrow('Specified permissions are not sufficient');
    });
  });
});
