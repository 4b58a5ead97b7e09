/**
 * JSON snapshots of an emulated spreadsheet (what a person would see) and restoring a document
 * from one, as the playground does to save and reload its state.
 */

import { createDocumentFromCsv } from '../../dev/emulator/io/csv';
import {
  restoreSnapshot,
  reviveValue,
  snapshot,
  type DocumentSnapshot,
} from '../../dev/emulator/io/snapshot';
import type { SheetModel } from '../../dev/emulator/model/workbook';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { displayValueAt, scriptValueAt } from '../../dev/emulator/sheets/values';

const OWNER = 'teacher@example.com';

function context(): EmulatorContext {
  return new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
}

/** A small tracker with one of everything a snapshot records. */
function tracker(): SpreadsheetDocument {
  const doc = createDocumentFromCsv(
    context(),
    [
      'Student,Lesson 1,Lesson 2,Done',
      '"Hall, Finley",M,A,"=COUNTIF(B2:C2,""M"")"',
      'Ada,M,M,"=COUNTIF(B3:C3,""M"")"',
      'Due,9/14/2026,,=1/0',
    ].join('\n'),
    {
      owner: OWNER,
      editors: ['aide@example.com'],
      viewers: ['parent@example.com'],
      name: 'Period 3 tracker',
      sheetName: 'Tracker',
    },
  );
  const sheet = doc.model.sheets[0]!;
  sheet.frozenRows = 1;
  sheet.frozenColumns = 1;
  sheet.columnWidths.set(0, 180);
  sheet.hiddenColumns.add(3);
  const a1 = sheet.rows[0]![0]!;
  a1.style = { fontWeight: 'bold', background: '#cfe2f3' };
  a1.note = 'Roster from the district export';
  sheet.rows[1]![1]!.validation = {
    kind: 'VALUE_IN_LIST',
    args: [['M', 'A', 'J'], true],
    allowInvalid: false,
    showDropdown: true,
  };
  sheet.rows[2]![0] = {
    value: 'Ada',
    richText: { text: 'Ada', runs: [{ start: 0, end: 3, linkUrl: 'https://example.com/ada' }] },
  };
  (sheet.rows[5] ??= [])[5] = { note: 'a note outside the data' };
  sheet.conditionalFormats.push({
    ranges: [{ row: 1, column: 1, numRows: 2, numColumns: 2 }],
    rule: {
      type: 'boolean',
      condition: 'TEXT_EQUAL_TO',
      values: ['M'],
      style: { background: '#b7e1cd' },
    },
  });
  doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 6, numColumns: 6 });
  const hidden = createDocument(doc.ctx, { owner: OWNER, sheetNames: ['x'] }).model.sheets[0]!;
  const extra: SheetModel = { ...hidden, id: doc.model.nextSheetId++, name: 'Archive' };
  extra.hidden = true;
  extra.rows = [[{ value: 1 }]];
  doc.model.sheets.push(extra);
  doc.engine.addSheet(extra);
  doc.model.namedRanges.push({
    name: 'Roster',
    sheetId: 0,
    rect: { row: 1, column: 0, numRows: 2, numColumns: 1 },
  });
  doc.model.protections.push({
    id: 'protection-7',
    type: 'SHEET',
    sheetId: 0,
    unprotected: [{ row: 1, column: 1, numRows: 2, numColumns: 2 }],
    description: 'Only marks are editable',
    warningOnly: false,
    editors: [OWNER],
    domainEdit: false,
  });
  doc.model.protections.push({
    id: 'protection-8',
    type: 'RANGE',
    sheetId: 0,
    rect: { row: 0, column: 0, numRows: 1, numColumns: 4 },
    unprotected: [],
    description: 'Header',
    warningOnly: true,
    editors: [OWNER],
    domainEdit: false,
  });
  doc.model.developerMetadata.push({
    id: 9,
    key: 'mastery-tracker/roster',
    value: 'A2:A3',
    visibility: 'PROJECT',
    location: { type: 'SHEET', sheetId: 0 },
  });
  return doc;
}

describe('snapshot', () => {
  test('document-level facts: name, zone, locale, sharing, sheets in tab order', () => {
    const snap = snapshot(tracker());
    expect(snap).toMatchObject({
      format: 'mastery-tracker-emulator-snapshot',
      version: 1,
      name: 'Period 3 tracker',
      timeZone: 'America/New_York',
      locale: 'en_US',
      sharing: {
        owner: OWNER,
        editors: [OWNER, 'aide@example.com'],
        viewers: ['parent@example.com'],
      },
    });
    expect(snap.sheets.map((s) => [s.name, s.id, s.hidden])).toEqual([
      ['Tracker', 0, false],
      ['Archive', 1_000_001, true],
    ]);
  });

  test('values as getValues returns them (dates tagged), display values and formulas', () => {
    const doc = tracker();
    const sheet = snapshot(doc).sheets[0]!;
    expect(sheet.dataRange).toBe('A1:D4');
    expect(sheet.values[0]).toEqual(['Student', 'Lesson 1', 'Lesson 2', 'Done']);
    expect(sheet.values[1]).toEqual(['Hall, Finley', 'M', 'A', 1]);
    expect(sheet.values[3]![1]).toEqual({ type: 'date', iso: '2026-09-14T04:00:00.000Z' });
    expect(sheet.values[3]![3]).toBe('#DIV/0!');
    expect(sheet.displayValues[3]).toEqual(['Due', '9/14/2026', '', '#DIV/0!']);
    expect(sheet.formulas[2]).toEqual(['', '', '', '=COUNTIF(B3:C3,"M")']);
    // The same as reading the cells one by one.
    const model = doc.model.sheets[0]!;
    expect(reviveValue(sheet.values[3]![1]!)).toEqual(scriptValueAt(doc, model, 3, 1));
    expect(sheet.displayValues[1]![3]).toBe(displayValueAt(doc, model, 1, 3));
  });

  test('sparse cell facts keyed by A1, including cells outside the data range', () => {
    const sheet = snapshot(tracker()).sheets[0]!;
    expect(sheet.notes).toEqual({
      A1: 'Roster from the district export',
      F6: 'a note outside the data',
    });
    expect(sheet.styles).toEqual({ A1: { fontWeight: 'bold', background: '#cfe2f3' } });
    expect(sheet.richText.A3?.runs[0]?.linkUrl).toBe('https://example.com/ada');
    expect(sheet.validations.B2?.kind).toBe('VALUE_IN_LIST');
    expect(Object.keys(sheet.numberFormats)).toEqual(['B4']);
    expect(sheet.conditionalFormats).toEqual([
      {
        ranges: ['B2:C3'],
        rule: expect.objectContaining({ condition: 'TEXT_EQUAL_TO' }),
      },
    ]);
  });

  test('layout: frozen panes, dimensions, widths, hidden columns', () => {
    const sheet = snapshot(tracker()).sheets[0]!;
    expect(sheet).toMatchObject({
      frozenRows: 1,
      frozenColumns: 1,
      rowCount: 4,
      columnCount: 4,
      columnWidths: { '0': 180 },
      hiddenColumns: [3],
      hiddenRows: [],
    });
  });

  test('effective styles apply conditional formatting when asked', () => {
    const doc = tracker();
    expect(snapshot(doc).sheets[0]!.effectiveStyles).toBeUndefined();
    const shown = snapshot(doc, { effectiveStyles: true }).sheets[0]!.effectiveStyles!;
    expect(shown.A1).toEqual({ fontWeight: 'bold', background: '#cfe2f3' });
    expect(shown.B2).toEqual({ background: '#b7e1cd' });
    expect(shown.C3).toEqual({ background: '#b7e1cd' });
    expect(shown.C2).toBeUndefined(); // 'A' is not 'M'
  });

  test('named ranges, protections and developer metadata by sheet name and A1', () => {
    const snap = snapshot(tracker());
    expect(snap.namedRanges).toEqual([{ name: 'Roster', sheet: 'Tracker', range: 'A2:A3' }]);
    expect(snap.protections).toEqual([
      {
        id: 'protection-7',
        type: 'SHEET',
        sheet: 'Tracker',
        unprotectedRanges: ['B2:C3'],
        description: 'Only marks are editable',
        warningOnly: false,
        editors: [OWNER],
        domainEdit: false,
      },
      {
        id: 'protection-8',
        type: 'RANGE',
        sheet: 'Tracker',
        range: 'A1:D1',
        unprotectedRanges: [],
        description: 'Header',
        warningOnly: true,
        editors: [OWNER],
        domainEdit: false,
      },
    ]);
    expect(snap.developerMetadata).toEqual([
      {
        id: 9,
        key: 'mastery-tracker/roster',
        value: 'A2:A3',
        visibility: 'PROJECT',
        sheet: 'Tracker',
      },
    ]);
  });

  test('only the sheets asked for', () => {
    const snap = snapshot(tracker(), { sheets: ['Archive'] });
    expect(snap.sheets.map((s) => s.name)).toEqual(['Archive']);
  });

  test('is plain JSON: serialising and parsing gives the same object', () => {
    const snap = snapshot(tracker(), { effectiveStyles: true });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  test('an empty sheet has no data range', () => {
    const doc = createDocument(context(), { owner: OWNER });
    const sheet = snapshot(doc).sheets[0]!;
    expect(sheet.dataRange).toBeNull();
    expect(sheet.values).toEqual([]);
  });
});

describe('restoreSnapshot', () => {
  test('a restored document snapshots the same (through JSON)', () => {
    const original = snapshot(tracker(), { effectiveStyles: true });
    const stored = JSON.parse(JSON.stringify(original)) as DocumentSnapshot;
    const restored = restoreSnapshot(context(), stored);
    expect(snapshot(restored, { effectiveStyles: true })).toEqual(original);
  });

  test('formulas are live again and literal dates are serials with their format', () => {
    const restored = restoreSnapshot(context(), snapshot(tracker()));
    const sheet = restored.model.sheets[0]!;
    expect(sheet.rows[1]![3]).toEqual({ formula: '=COUNTIF(B2:C2,"M")' });
    expect(restored.engine.valueAt(0, 1, 3).value).toBe(1);
    expect(sheet.rows[3]![1]).toMatchObject({ value: 46279 });
    expect(sheet.rows[3]![1]!.numberFormat).toBeDefined();
  });

  test('keeps ids, hidden sheets, protections and metadata; new ids do not collide', () => {
    const snap = snapshot(tracker());
    const restored = restoreSnapshot(context(), snap);
    expect(restored.model.id).toBe(snap.id);
    expect(restored.model.sheets.map((s) => [s.id, s.hidden])).toEqual([
      [0, false],
      [1_000_001, true],
    ]);
    expect(restored.model.protections[0]!.unprotected).toEqual([
      { row: 1, column: 1, numRows: 2, numColumns: 2 },
    ]);
    expect(restored.model.nextSheetId).toBeGreaterThan(1_000_001);
    expect(restored.model.nextId).toBeGreaterThan(9);
  });

  test('merges and row and column metadata: recorded in A1 and 1-based numbers, restored as they were', () => {
    const doc = tracker();
    const sheet = doc.model.sheets[0]!;
    sheet.merges.push({ row: 3, column: 1, numRows: 1, numColumns: 2 });
    sheet.merges.push({ row: 1, column: 0, numRows: 2, numColumns: 1 });
    doc.model.developerMetadata.push(
      {
        id: 20,
        key: 'studentId',
        value: 's-ada',
        visibility: 'DOCUMENT',
        location: { type: 'ROW', sheetId: 0, index: 2 },
      },
      {
        id: 21,
        key: 'lesson',
        value: 'L1',
        visibility: 'PROJECT',
        location: { type: 'COLUMN', sheetId: 0, index: 1 },
      },
    );
    const snap = snapshot(doc);
    expect(snap.sheets[0]!.merges).toEqual(['A2:A3', 'B4:C4']);
    expect(snap.developerMetadata.slice(1)).toEqual([
      {
        id: 20,
        key: 'studentId',
        value: 's-ada',
        visibility: 'DOCUMENT',
        sheet: 'Tracker',
        row: 3,
      },
      { id: 21, key: 'lesson', value: 'L1', visibility: 'PROJECT', sheet: 'Tracker', column: 2 },
    ]);
    const restored = restoreSnapshot(
      context(),
      JSON.parse(JSON.stringify(snap)) as DocumentSnapshot,
    );
    expect(restored.model.sheets[0]!.merges).toEqual([
      { row: 1, column: 0, numRows: 2, numColumns: 1 },
      { row: 3, column: 1, numRows: 1, numColumns: 2 },
    ]);
    expect(restored.model.developerMetadata.slice(1).map((m) => m.location)).toEqual([
      { type: 'ROW', sheetId: 0, index: 2 },
      { type: 'COLUMN', sheetId: 0, index: 1 },
    ]);
    expect(snapshot(restored)).toEqual(snap);
  });

  test('a snapshot taken before merges were recorded restores with none', () => {
    const snap = snapshot(tracker());
    delete snap.sheets[0]!.merges;
    expect(restoreSnapshot(context(), snap).model.sheets[0]!.merges).toEqual([]);
  });

  test('refuses something that is not a snapshot', () => {
    expect(() =>
      restoreSnapshot(context(), { format: 'other' } as unknown as DocumentSnapshot),
    ).toThrow(/snapshot/);
  });
});
