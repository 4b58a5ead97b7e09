// Merged cells as Google documents them or as checked against live Apps Script. Each test names
// its source: "docs" = developers.google.com/apps-script/reference/spreadsheet/range; "Sheets
// API" = developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request; "gas-fakes" =
// brucemcpherson/gas-fakes test/*.js, run against live Apps Script; "live, public scripts" =
// Apps Script projects on GitHub quoting the exception a live run printed.

import path from 'node:path';

import { Emulator } from '../../dev/emulator';
import { oneSheet } from '../support/one-sheet';

/** 'R1C1'... in A1:F10, as gas-fakes' "Range Merging Methods" sets its sheet up. */
function labelledSheet(): ReturnType<typeof oneSheet> {
  const setup = oneSheet();
  setup.sheet
    .getRange('A1:F10')
    .setValues(
      Array.from({ length: 10 }, (_, r) =>
        Array.from({ length: 6 }, (_, c) => `R${r + 1}C${c + 1}`),
      ),
    );
  return setup;
}

const PARTIAL = 'You must select all cells in a merged cell to merge or unmerge them.';

describe('merge, isPartOfMerge, getMergedRanges, breakApart', () => {
  test('gas-fakes testsheets.js "Range Merging Methods": merge() and isPartOfMerge()', () => {
    const { sheet } = labelledSheet();
    const merged = sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(merged.isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(false);
    expect(merged.getDisplayValue()).toBe('R1C1');
  });

  test('gas-fakes testsheets.js: A1:C3.getMergedRanges() finds the intersecting merge A1:B2', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('A1:B2').merge();
    const found = sheet.getRange('A1:C3').getMergedRanges();
    expect(found.map((r) => r.getA1Notation())).toEqual(['A1:B2']);
  });

  test('docs getMergedRanges: a merge reaching beyond the range counts when it holds one of its cells', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('B2:D4').merge();
    expect(
      sheet
        .getRange('D4:E5')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:D4']);
    expect(sheet.getRange('E5').getMergedRanges()).toEqual([]);
    expect(sheet.getRange('E5').isPartOfMerge()).toBe(false);
  });

  test('gas-fakes testsheets.js: after breakApart() no cell is part of a merge', () => {
    const { sheet } = labelledSheet();
    const merged = sheet.getRange('A1:B2').merge();
    merged.breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
    expect(sheet.getDataRange().getMergedRanges()).toHaveLength(0);
  });

  test('gas-fakes testsheets.js: mergeAcross() on D1:F2 makes D1:F1 and D2:F2', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('D1:F2').mergeAcross();
    const notations = sheet
      .getDataRange()
      .getMergedRanges()
      .map((r) => r.getA1Notation())
      .sort();
    expect(notations).toEqual(['D1:F1', 'D2:F2']);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('R1C4');
    expect(sheet.getRange('D2').getDisplayValue()).toBe('R2C4');
  });

  test('gas-fakes testsheets.js: mergeVertically() on A5:B7 makes A5:A7 and B5:B7', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('A5:B7').mergeVertically();
    const notations = sheet
      .getDataRange()
      .getMergedRanges()
      .map((r) => r.getA1Notation())
      .sort();
    expect(notations).toEqual(['A5:A7', 'B5:B7']);
    expect(sheet.getRange('A5').getDisplayValue()).toBe('R5C1');
    expect(sheet.getRange('B5').getDisplayValue()).toBe('R5C2');
  });

  test('gas-fakes testsheetsexotics.js "RangeList exotic methods": RangeList.breakApart() unmerges each range', () => {
    const { sheet } = oneSheet();
    const list = sheet.getRangeList(['A10:B11', 'D10:E11']);
    list.getRanges().forEach((r) => r.merge());
    expect(list.getRanges().map((r) => r.isPartOfMerge())).toEqual([true, true]);
    list.breakApart();
    expect(list.getRanges().map((r) => r.isPartOfMerge())).toEqual([false, false]);
  });
});

describe('values of merged cells', () => {
  test('Sheets keeps the top-left value only: the covered cells read empty, also after breakApart', () => {
    // The task statement and the Sheets UI (which warns before merging cells holding values):
    // merging keeps the top-left value; the other values are discarded, not hidden.
    const { sheet } = labelledSheet();
    const merged = sheet.getRange('A1:B2').merge();
    expect(merged.getValues()).toEqual([
      ['R1C1', ''],
      ['', ''],
    ]);
    merged.breakApart();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['R1C1', ''],
      ['', ''],
    ]);
  });

  test('a merged two-row header reads as Sheets gives it to an importer', () => {
    // What an importer of an existing tracker sees through getValues and getMergedRanges.
    const { sheet } = oneSheet();
    sheet.getRange('A1:E2').setValues([
      ['Name', 'Unit 1', '', 'Unit 2', ''],
      ['', 'Quiz', 'Test', 'Quiz', 'Test'],
    ]);
    sheet.getRange('A1:A2').merge();
    sheet.getRange('B1:C1').merge();
    sheet.getRange('D1:E1').merge();
    const data = sheet.getDataRange();
    expect(data.getValues()).toEqual([
      ['Name', 'Unit 1', '', 'Unit 2', ''],
      ['', 'Quiz', 'Test', 'Quiz', 'Test'],
    ]);
    expect(data.getMergedRanges().map((r) => r.getA1Notation())).toEqual([
      'A1:A2',
      'B1:C1',
      'D1:E1',
    ]);
  });

  test('a formula in a covered cell goes too; the top-left formula stays', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:B1').setFormulas([['=1+1', '=2+2']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+1', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[2, '']]);
  });
});

describe('refusals', () => {
  test('Sheets API UnmergeCellsRequest: "The range must not partially span any merge" (merge and breakApart)', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('B2:C3').merge();
    expect(() => sheet.getRange('A1:B2').merge()).toThrow(PARTIAL);
    expect(() => sheet.getRange('C3:D4').mergeAcross()).toThrow(PARTIAL);
    expect(() => sheet.getRange('B2:B3').breakApart()).toThrow(PARTIAL);
    // Nothing changed.
    expect(
      sheet
        .getDataRange()
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:C3']);
  });

  test('Sheets API UnmergeCellsRequest: a range spanning several whole merges unmerges them all', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('A1:B1').merge();
    sheet.getRange('A3:A4').merge();
    sheet.getRange('A1:C5').breakApart();
    expect(sheet.getDataRange().getMergedRanges()).toEqual([]);
  });

  test('assumption (emulator README): merging over whole merges replaces them with the new block', () => {
    const { sheet } = labelledSheet();
    sheet.getRange('A1:B1').merge();
    sheet.getRange('A1:C2').merge();
    expect(
      sheet
        .getDataRange()
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C2']);
  });

  test('live, public scripts: "You can\'t merge frozen and non-frozen rows." / "...columns."', () => {
    const { sheet } = labelledSheet();
    sheet.setFrozenRows(1);
    expect(() => sheet.getRange('A1:A2').merge()).toThrow(
      "You can't merge frozen and non-frozen rows.",
    );
    // A merge across keeps each row apart, so it does not cross the frozen rows' edge.
    sheet.getRange('A1:C2').mergeAcross();
    expect(sheet.getRange('A1:C2').getMergedRanges()).toHaveLength(2);
    sheet.getRange('A1:C2').breakApart();
    sheet.setFrozenColumns(1);
    expect(() => sheet.getRange('A5:B5').merge()).toThrow(
      "You can't merge frozen and non-frozen columns.",
    );
  });

  test('live, public scripts: setFrozenColumns across an existing merge gives the same refusal', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:C1').merge();
    expect(() => sheet.setFrozenColumns(1)).toThrow(
      "You can't merge frozen and non-frozen columns.",
    );
    expect(sheet.getFrozenColumns()).toBe(0);
    sheet.setFrozenColumns(3);
    expect(sheet.getFrozenColumns()).toBe(3);
  });

  test('docs: merging one cell leaves nothing merged', () => {
    const { sheet } = oneSheet();
    sheet.getRange('B2').merge();
    sheet.getRange('C2:C4').mergeAcross();
    expect(sheet.getRange('A1:D5').getMergedRanges()).toEqual([]);
  });
});

describe('rows and columns inserted or deleted', () => {
  test('assumption (emulator README), the rule ranges follow here: a merge moves, grows and shrinks with its rows and columns', () => {
    const { sheet } = oneSheet();
    sheet.getRange('B2:C4').merge();
    sheet.insertRowsBefore(1, 2); // above: moves down
    expect(sheet.getRange('A1:E10').getMergedRanges()[0]?.getA1Notation()).toBe('B4:C6');
    sheet.insertRowsAfter(4, 1); // inside: grows
    expect(sheet.getRange('A1:E10').getMergedRanges()[0]?.getA1Notation()).toBe('B4:C7');
    sheet.deleteColumn(3); // one of its two columns: shrinks
    expect(sheet.getRange('A1:E10').getMergedRanges()[0]?.getA1Notation()).toBe('B4:B7');
    sheet.insertColumnBefore(1); // left of it: moves right
    expect(sheet.getRange('A1:E10').getMergedRanges()[0]?.getA1Notation()).toBe('C4:C7');
  });

  test('Sheets API reference (deleted objects go): a merge whose rows are deleted, or left one cell, is gone', () => {
    const { sheet } = oneSheet();
    sheet.getRange('A1:A2').merge();
    sheet.getRange('C1:D1').merge();
    sheet.deleteRow(2); // A1:A2 is left one cell
    sheet.deleteColumns(3, 2); // C1:D1 is deleted
    expect(sheet.getRange('A1:E5').getMergedRanges()).toEqual([]);
  });

  test('docs insertRowBefore: the top-left value moves down with its row, and the merge with it', () => {
    const { sheet } = oneSheet();
    sheet.getRange('B2').setValue('Unit 1');
    sheet.getRange('B2:D2').merge();
    sheet.insertRowBefore(1);
    const [merge] = sheet.getDataRange().getMergedRanges();
    expect(merge?.getA1Notation()).toBe('B3:D3');
    expect(merge?.getValue()).toBe('Unit 1');
  });
});

describe('ledger', () => {
  test('merge and breakApart are one write each; the reads one read each', () => {
    const { ctx, doc, sheet } = labelledSheet();
    const mark = doc.ctx.ledger.mark();
    ctx.runAs('teacher@example.com', doc.model.id, () => {
      const range = sheet.getRange('A1:B2').merge();
      range.isPartOfMerge();
      range.getMergedRanges();
      range.breakApart();
    });
    const entries = doc.ctx.ledger.since(mark).filter((e) => e.service === 'Range');
    expect(entries.map((e) => [e.method, e.kind])).toEqual([
      ['merge', 'write'],
      ['isPartOfMerge', 'read'],
      ['getMergedRanges', 'read'],
      ['breakApart', 'write'],
    ]);
  });
});

describe('a person typing into a merged block (the simulated Sheets UI)', () => {
  // docs range#merge: "Merges the cells in the range together into a single block": in the UI
  // the block is one cell, clicking any part of it selects it, and its content lives in the
  // top-left cell (the test above: "Sheets keeps the top-left value only").
  test('docs range#merge: typing into any cell of the block goes into its top-left cell', () => {
    const emulator = new Emulator({
      buildDir: path.resolve(__dirname, '../fixtures/bundles/edit-log'),
    });
    const doc = emulator.createSpreadsheet({
      name: 'Tracker',
      owner: 'teacher@example.com',
      sheetNames: ['Ava', 'Log'],
    });
    const ava = emulator.spreadsheet(doc).getSheetByName('Ava')!;
    ava.getRange('B2:C3').merge();
    expect(emulator.install(doc, 'teacher@example.com').error).toBeUndefined();
    const edit = emulator.type(doc, 'teacher@example.com', 'Ava!C3', 'Feedback');
    expect(edit.applied).toBe(true);
    expect(ava.getRange('B2:C3').getValues()).toEqual([
      ['Feedback', ''],
      ['', ''],
    ]);
    // The event names the cell that changed (what live reports is unverified: README).
    const log = emulator.spreadsheet(doc).getSheetByName('Log')!;
    expect(log.getRange('C1:D1').getValues()).toEqual([['B2', 'string:Feedback']]);
    emulator.clearCells(doc, 'teacher@example.com', 'Ava!B3');
    expect(ava.getRange('B2').getValue()).toBe('');
  });
});
