// Row and column developer metadata as Google documents it or as checked against live Apps
// Script. Each test names its source: "docs" = developers.google.com/apps-script/reference/
// spreadsheet (range, sheet, developer-metadata, developer-metadata-finder); "REST reference" =
// developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata; "gas-fakes" =
// brucemcpherson/gas-fakes test/testsheetsdeveloper.js, run against live Apps Script.

import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
} from '../../dev/emulator/sheets/enums';
import { oneSheet } from '../support/one-sheet';

const ARBITRARY =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

describe('adding to rows and columns', () => {
  test('gas-fakes testsheetsdeveloper.js: B2:D4, B6:D6, F2:F5 and A1 are refused with the "arbitrary ranges" message', () => {
    const { sheet } = oneSheet();
    for (const a1 of ['B2:D4', 'B6:D6', 'F2:F5', 'A1']) {
      expect(() => sheet.getRange(a1).addDeveloperMetadata('k', 'v')).toThrow(ARBITRARY);
    }
    expect(sheet.getParent().createDeveloperMetadataFinder().find()).toHaveLength(0);
  });

  test('gas-fakes testsheetsdeveloper.js: a whole column takes metadata; G3 inside it finds none', () => {
    const { sheet } = oneSheet();
    const column = sheet.getRange('G:G');
    const returned = column.addDeveloperMetadata(
      'colKey',
      'colValue',
      DeveloperMetadataVisibility.PROJECT,
    );
    expect(returned.getA1Notation()).toBe(column.getA1Notation());
    const [meta, ...rest] = column.getDeveloperMetadata();
    expect(rest).toHaveLength(0);
    expect([meta?.getKey(), meta?.getValue(), meta?.getVisibility().toString()]).toEqual([
      'colKey',
      'colValue',
      'PROJECT',
    ]);
    expect(meta?.getLocation().getLocationType().toString()).toBe('COLUMN');
    expect(sheet.getRange('G3').getDeveloperMetadata()).toHaveLength(0);
  });

  test('gas-fakes testsheetsdeveloper.js: a whole row takes metadata; C8 inside it finds none', () => {
    const { sheet } = oneSheet();
    const row = sheet.getRange('8:8');
    expect(row.addDeveloperMetadata('entireRowKey', 'entireRowValue').getA1Notation()).toBe('8:8');
    const [meta] = row.getDeveloperMetadata();
    expect(meta?.getKey()).toBe('entireRowKey');
    expect(meta?.getLocation().getLocationType()).toBe(DeveloperMetadataLocationType.ROW);
    expect(meta?.getVisibility()).toBe(DeveloperMetadataVisibility.DOCUMENT);
    expect(sheet.getRange('C8').getDeveloperMetadata()).toHaveLength(0);
  });

  test('REST reference (a DimensionRange is one whole row): getRange(5, 1, 1, getMaxColumns()) is row 5', () => {
    const { sheet } = oneSheet();
    sheet.getRange(5, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('student', 'id-5');
    const [meta] = sheet.getRange('5:5').getDeveloperMetadata();
    expect(meta?.getValue()).toBe('id-5');
    expect(meta?.getLocation().getRow()?.getA1Notation()).toBe('5:5');
  });

  test('REST reference: "must represent a single row or column", so 5:7 is refused like any other range', () => {
    const { sheet } = oneSheet();
    expect(() => sheet.getRange('5:7').addDeveloperMetadata('k')).toThrow(ARBITRARY);
    expect(() => sheet.getRange('B:C').addDeveloperMetadata('k')).toThrow(ARBITRARY);
  });

  test('docs DeveloperMetadataLocation: getRow/getColumn/getSheet/getSpreadsheet answer only for their own type', () => {
    const { sheet } = oneSheet();
    sheet.getRange('3:3').addDeveloperMetadata('r');
    const location = sheet.getRange('3:3').getDeveloperMetadata()[0]!.getLocation();
    expect(location.getRow()?.getA1Notation()).toBe('3:3');
    expect(location.getColumn()).toBeNull();
    expect(location.getSheet()).toBeNull();
    expect(location.getSpreadsheet()).toBeNull();
  });
});

describe('moving and removing', () => {
  test('gas-fakes testsheetsdeveloper.js: moveToColumn, moveToRow, moveToSheet, moveToSpreadsheet', () => {
    const { ss, sheet } = oneSheet();
    sheet.getRange('8:8').addDeveloperMetadata('entireRowKey', 'entireRowValue');
    const meta = sheet.getRange('8:8').getDeveloperMetadata()[0]!;

    meta.moveToColumn(sheet.getRange('J:J'));
    expect(meta.getLocation().getLocationType().toString()).toBe('COLUMN');
    expect(meta.getLocation().getColumn()?.getA1Notation()).toBe('J:J');

    meta.moveToRow(sheet.getRange('9:9'));
    expect(meta.getLocation().getLocationType().toString()).toBe('ROW');
    expect(meta.getLocation().getRow()?.getA1Notation()).toBe('9:9');

    const sheet2 = ss.insertSheet('MetaSheet2');
    meta.moveToSheet(sheet2);
    expect(meta.getLocation().getLocationType().toString()).toBe('SHEET');
    expect(meta.getLocation().getSheet()?.getSheetId()).toBe(sheet2.getSheetId());

    meta.moveToSpreadsheet();
    expect(meta.getLocation().getLocationType().toString()).toBe('SPREADSHEET');
    expect(meta.getLocation().getSpreadsheet()?.getId()).toBe(ss.getId());
  });

  test('gas-fakes testsheetsdeveloper.js: remove() takes the column entry off its range', () => {
    const { sheet } = oneSheet();
    sheet.getRange('G:G').addDeveloperMetadata('colKey', 'colValue');
    sheet.getRange('G:G').getDeveloperMetadata()[0]!.remove();
    expect(sheet.getRange('G:G').getDeveloperMetadata()).toHaveLength(0);
  });

  test('gas-fakes testsheetsdeveloper.js: a spreadsheet finder finds a column entry by key', () => {
    const { ss, sheet } = oneSheet();
    sheet.getRange('G:G').addDeveloperMetadata('colKey', 'colValue');
    const results = ss.createDeveloperMetadataFinder().withKey('colKey').find();
    expect(results.map((m) => m.getValue())).toEqual(['colValue']);
  });
});

describe('rows and columns inserted or deleted', () => {
  test('REST reference: metadata on row 5 stays with that row when a row is inserted above it (now row 6)', () => {
    const { sheet } = oneSheet();
    sheet.getRange('5:5').addDeveloperMetadata('lessonId', 'L-42');
    sheet.insertRowBefore(2);
    expect(sheet.getRange('5:5').getDeveloperMetadata()).toHaveLength(0);
    const [meta] = sheet.getRange('6:6').getDeveloperMetadata();
    expect(meta?.getValue()).toBe('L-42');
    expect(meta?.getLocation().getRow()?.getRow()).toBe(6);
    sheet.deleteRows(1, 3);
    expect(sheet.getRange('3:3').getDeveloperMetadata()[0]?.getValue()).toBe('L-42');
  });

  test('REST reference: "If the associated object is deleted its metadata is deleted too"', () => {
    const { ss, sheet } = oneSheet();
    sheet.getRange('5:5').addDeveloperMetadata('row');
    sheet.getRange('C:C').addDeveloperMetadata('column');
    sheet.deleteRow(5);
    sheet.deleteColumn(3);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(0);
  });

  test('REST reference: a column entry follows its column when columns are inserted to its left', () => {
    const { sheet } = oneSheet();
    sheet.getRange('B:B').addDeveloperMetadata('scoreColumn');
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.getRange('D:D').getDeveloperMetadata()[0]?.getKey()).toBe('scoreColumn');
  });

  test('REST reference: deleting a sheet deletes the metadata on its rows and columns', () => {
    const { ss } = oneSheet();
    const other = ss.insertSheet('Ava');
    other.getRange('2:2').addDeveloperMetadata('row');
    ss.deleteSheet(other);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(0);
  });
});

describe('finders', () => {
  function tagged(): ReturnType<typeof oneSheet> {
    const setup = oneSheet();
    setup.sheet.getRange('3:3').addDeveloperMetadata('row3');
    setup.sheet.getRange('C:C').addDeveloperMetadata('columnC');
    setup.sheet.addDeveloperMetadata('sheetLevel');
    setup.ss.addDeveloperMetadata('fileLevel');
    return setup;
  }

  const keys = (found: { getKey(): string }[]): string[] => found.map((m) => m.getKey()).sort();

  test("docs Range.createDeveloperMetadataFinder: row 3's entry is not in the scope of A1:D5 but is in that of 1:5", () => {
    const { sheet } = tagged();
    expect(keys(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find())).toEqual([]);
    expect(keys(sheet.getRange('1:5').createDeveloperMetadataFinder().find())).toEqual(['row3']);
  });

  test('docs onIntersectingLocations: a range-scoped search also finds the rows and columns it crosses', () => {
    const { sheet } = tagged();
    const finder = sheet
      .getRange('A1:D5')
      .createDeveloperMetadataFinder()
      .onIntersectingLocations();
    expect(keys(finder.find())).toEqual(['columnC', 'row3']);
    expect(
      keys(
        sheet.getRange('A1:B2').createDeveloperMetadataFinder().onIntersectingLocations().find(),
      ),
    ).toEqual([]);
  });

  test('docs Sheet.createDeveloperMetadataFinder: the sheet, its rows and its columns, not the file', () => {
    const { sheet } = tagged();
    expect(keys(sheet.createDeveloperMetadataFinder().find())).toEqual([
      'columnC',
      'row3',
      'sheetLevel',
    ]);
    expect(
      keys(
        sheet
          .createDeveloperMetadataFinder()
          .withLocationType(DeveloperMetadataLocationType.ROW)
          .find(),
      ),
    ).toEqual(['row3']);
  });

  test('docs Spreadsheet.createDeveloperMetadataFinder: every entry; getDeveloperMetadata() only their own level', () => {
    const { ss, sheet } = tagged();
    expect(keys(ss.createDeveloperMetadataFinder().find())).toEqual([
      'columnC',
      'fileLevel',
      'row3',
      'sheetLevel',
    ]);
    expect(keys(ss.getDeveloperMetadata())).toEqual(['fileLevel']);
    expect(keys(sheet.getDeveloperMetadata())).toEqual(['sheetLevel']);
  });

  test('docs withValue/withKey: a roster tagged with stable ids is found again after rows are reordered', () => {
    const { ss, sheet } = oneSheet();
    ['s-ava', 's-ben', 's-cy'].forEach((id, i) => {
      sheet.getRange(i + 2, 1).setValue(id);
      sheet.getRange(`${i + 2}:${i + 2}`).addDeveloperMetadata('studentId', id);
    });
    sheet.insertRowBefore(3);
    const [ben] = ss.createDeveloperMetadataFinder().withKey('studentId').withValue('s-ben').find();
    const row = ben?.getLocation().getRow();
    expect(row?.getRow()).toBe(4);
    expect(sheet.getRange(row!.getRow(), 1).getValue()).toBe('s-ben');
  });
});

describe('ledger', () => {
  test('adds and moves are writes, reads and find() are reads, the rest is answered locally', () => {
    const { ctx, doc, sheet } = oneSheet();
    const mark = doc.ctx.ledger.mark();
    ctx.runAs('teacher@example.com', doc.model.id, () => {
      const row = sheet.getRange('2:2').addDeveloperMetadata('k', 'v');
      const [meta] = row.getDeveloperMetadata();
      row.createDeveloperMetadataFinder().withKey('k').find();
      meta?.getLocation();
      meta?.moveToRow(sheet.getRange('4:4'));
    });
    const kinds = doc.ctx.ledger
      .since(mark)
      .filter((e) => e.method !== 'getRange')
      .map((e) => [e.service, e.method, e.kind]);
    expect(kinds).toEqual([
      ['Range', 'addDeveloperMetadata', 'write'],
      ['Range', 'getDeveloperMetadata', 'read'],
      ['Range', 'createDeveloperMetadataFinder', 'local'],
      ['DeveloperMetadataFinder', 'withKey', 'local'],
      ['DeveloperMetadataFinder', 'find', 'read'],
      ['DeveloperMetadata', 'getLocation', 'local'],
      ['DeveloperMetadata', 'moveToRow', 'write'],
    ]);
  });
});
