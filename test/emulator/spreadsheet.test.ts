// The emulated Spreadsheet and SpreadsheetApp: sheets, each person's selection, names, toasts,
// metadata, sharing, opening other files, and the ledger kinds of their calls.

import {
  Clock,
  EmulatorContext,
  type AuthMode,
  type Execution,
} from '../../dev/emulator/runtime/context';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { ProtectionType } from '../../dev/emulator/sheets/enums';
import { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';
import {
  createSpreadsheetApp,
  CURRENT_ONLY_SCOPE,
  SPREADSHEETS_SCOPE,
} from '../../dev/emulator/sheets/spreadsheet-app';

function setup(): { ctx: EmulatorContext; doc: SpreadsheetDocument; ss: Spreadsheet } {
  const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
  const doc = createDocument(ctx, { owner: 'teacher@example.com', editors: ['ava@example.com'] });
  return { ctx, doc, ss: new Spreadsheet(doc) };
}

function runAs<T>(
  ctx: EmulatorContext,
  doc: SpreadsheetDocument,
  email: string,
  fn: (execution: Execution) => T,
  authMode: AuthMode = 'FULL',
): T {
  return ctx.runAs(email, doc.model.id, fn, { authMode });
}

describe('sheets', () => {
  test('insertSheet overloads: default names, 0-based index, template', () => {
    const { ss } = setup();
    const second = ss.insertSheet();
    expect(second.getName()).toBe('Sheet2');
    expect(second.getMaxRows()).toBe(1000);
    expect(second.getMaxColumns()).toBe(26);
    expect(ss.getActiveSheet().getName()).toBe('Sheet2');

    const first = ss.insertSheet('Intro', 0);
    expect(first.getIndex()).toBe(1);
    const third = ss.insertSheet(2);
    expect(third.getIndex()).toBe(3);
    expect(third.getName()).toBe('Sheet4');

    second.getRange('A1').setValue('template text');
    second.setColumnWidth(1, 222);
    const fromTemplate = ss.insertSheet('FromTemplate', { template: second });
    expect(fromTemplate.getRange('A1').getValue()).toBe('template text');
    expect(fromTemplate.getColumnWidth(1)).toBe(222);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      'Intro',
      'Sheet1',
      'Sheet4',
      'FromTemplate',
      'Sheet2',
    ]);
    expect(ss.getNumSheets()).toBe(5);
  });

  test('insertSheet without an index goes right after the active sheet', () => {
    const { ss } = setup();
    ss.insertSheet('B');
    ss.setActiveSheet(ss.getSheets()[0]!);
    ss.insertSheet('A');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'A', 'B']);
  });

  test('a duplicate sheet name is refused with the Sheets wording', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('sheet1')).toThrow(
      'A sheet with the name "sheet1" already exists. Please enter another name.',
    );
  });

  test('getSheetByName returns null when missing; getSheetById finds by gid', () => {
    const { ss } = setup();
    const roster = ss.insertSheet('Roster');
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(ss.getSheetByName('Roster')?.getSheetId()).toBe(roster.getSheetId());
    expect(ss.getSheetById(roster.getSheetId())?.getName()).toBe('Roster');
    expect(ss.getSheetById(12345)).toBeNull();
    expect(ss.getSheets()[0]?.getSheetId()).toBe(0);
  });

  test('deleteSheet refuses the last sheet and drops what belonged to the sheet', () => {
    const { ss } = setup();
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow(
      "You can't remove all the sheets in a document.",
    );
    const extra = ss.insertSheet('Extra');
    extra.protect();
    ss.setNamedRange('OnExtra', extra.getRange('A1'));
    extra.addDeveloperMetadata('k');
    ss.deleteSheet(extra);
    expect(ss.getNumSheets()).toBe(1);
    expect(ss.getProtections(ProtectionType.SHEET)).toHaveLength(0);
    expect(ss.getNamedRanges()).toHaveLength(0);
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(0);
    // The person who had it active falls back to the first visible sheet.
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  test('a hidden sheet does not count as the one left', () => {
    const { ss } = setup();
    const hidden = ss.insertSheet('Hidden');
    hidden.hideSheet();
    expect(() => ss.deleteSheet(ss.getSheetByName('Sheet1')!)).toThrow("You can't remove");
  });

  test('duplicateActiveSheet, deleteActiveSheet, moveActiveSheet, renameActiveSheet', () => {
    const { ss } = setup();
    ss.insertSheet('Second');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    ss.getActiveSheet().getRange('A1').setValue(1);
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(copy.getIndex()).toBe(2);
    expect(copy.getRange('A1').getValue()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Copy of Sheet1');
    ss.moveActiveSheet(3);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Second', 'Copy of Sheet1']);
    ss.renameActiveSheet('Copied');
    expect(ss.getSheets()[2]?.getName()).toBe('Copied');
    ss.deleteActiveSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Second']);
  });
});

describe('each person has their own selection', () => {
  test('active sheet, active range and current cell are per person', () => {
    const { ctx, doc, ss } = setup();
    const roster = ss.insertSheet('Roster');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);

    runAs(ctx, doc, 'ava@example.com', () => {
      expect(ss.getActiveSheet().getName()).toBe('Sheet1');
      ss.setActiveRange(roster.getRange('B2:C4'));
      expect(ss.getActiveSheet().getName()).toBe('Roster');
      expect(ss.getActiveRange()?.getA1Notation()).toBe('B2:C4');
      expect(ss.getCurrentCell()?.getA1Notation()).toBe('B2');
      const selection = ss.getSelection();
      expect(selection.getActiveSheet().getName()).toBe('Roster');
      expect(selection.getActiveRange()?.getA1Notation()).toBe('B2:C4');
    });
    runAs(ctx, doc, 'teacher@example.com', () => {
      expect(ss.getActiveSheet().getName()).toBe('Sheet1');
      expect(ss.getActiveRange()?.getA1Notation()).toBe('A1');
    });
    // The harness sees the owner's.
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  test('by default the first visible sheet with A1', () => {
    const { ss } = setup();
    ss.insertSheet('Visible', 1);
    ss.getSheetByName('Sheet1')!.hideSheet();
    expect(ss.getActiveSheet().getName()).toBe('Visible');
    expect(ss.getCurrentCell()?.getA1Notation()).toBe('A1');
  });

  test('Sheet.activate and setActiveSelection', () => {
    const { ss } = setup();
    const other = ss.insertSheet('Other');
    ss.getSheetByName('Sheet1')!.activate();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    other.setActiveSelection('C3:D4');
    expect(ss.getActiveSheet().getName()).toBe('Other');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('C3:D4');
  });
});

describe('ranges and names', () => {
  test('getRange with and without a sheet name', () => {
    const { ss } = setup();
    ss.insertSheet("It's");
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getRange('B2').getSheet().getName()).toBe('Sheet1');
    expect(ss.getRange("'It''s'!A1:B2").getSheet().getName()).toBe("It's");
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });

  test('named ranges: set, find (any case), rename, move, remove', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    ss.setNamedRange('Scores', sheet.getRange('B2:B9'));
    expect(ss.getRangeByName('scores')?.getA1Notation()).toBe('B2:B9');
    expect(ss.getRangeByName('Missing')).toBeNull();
    const [named] = ss.getNamedRanges();
    expect(named?.getName()).toBe('Scores');
    named?.setName('Marks').setRange(sheet.getRange('C1:C3'));
    expect(ss.getRangeByName('Marks')?.getA1Notation()).toBe('C1:C3');
    ss.setNamedRange('Marks', sheet.getRange('D1'));
    expect(ss.getNamedRanges()).toHaveLength(1);
    expect(ss.getRangeByName('Marks')?.getA1Notation()).toBe('D1');
    ss.removeNamedRange('Marks');
    expect(ss.getNamedRanges()).toHaveLength(0);
    // A removed named range is gone: the wording is the emulator's estimate (named-range.ts).
    expect(() => named?.getRange()).toThrow('Range not found');
  });

  test.each(['A1', 'r1c1', 'R2C3', '1abc', 'has space', 'true', 'dash-ed', '', 'RC'])(
    'the range name %p is refused',
    (name) => {
      const { ss } = setup();
      // The rule is the documented one; the wording is the emulator's estimate (named-range.ts).
      expect(() => ss.setNamedRange(name, ss.getSheets()[0]!.getRange('A1'))).toThrow(
        `Invalid argument: name ("${name}")`,
      );
    },
  );

  test.each(['Scores', '_private', 'Unit_1', 'ABCD1', 'Rows'])(
    'the range name %p is accepted',
    (name) => {
      const { ss } = setup();
      ss.setNamedRange(name, ss.getSheets()[0]!.getRange('A1'));
      expect(ss.getRangeByName(name)?.getA1Notation()).toBe('A1');
    },
  );
});

describe('toasts, metadata, sharing, settings', () => {
  test('toast goes to the person at the keyboard with a 5 s default', () => {
    const { ctx, doc, ss } = setup();
    runAs(ctx, doc, 'ava@example.com', () => ss.toast('Saved'));
    ss.toast('Done', 'Mastery Tracker', -1);
    expect(doc.toasts).toEqual([
      { message: 'Saved', title: '', timeoutSeconds: 5, shownTo: 'ava@example.com' },
      {
        message: 'Done',
        title: 'Mastery Tracker',
        timeoutSeconds: -1,
        shownTo: 'teacher@example.com',
      },
    ]);
  });

  test('developer metadata: add, find, update, remove', () => {
    const { ss } = setup();
    ss.addDeveloperMetadata('schema', '2');
    ss.addDeveloperMetadata('flag', ss.getSheets()[0] ? undefined : undefined);
    const [entry] = ss.createDeveloperMetadataFinder().withKey('schema').find();
    expect(entry?.getValue()).toBe('2');
    expect(String(entry?.getVisibility())).toBe('DOCUMENT');
    expect(String(entry?.getLocation().getLocationType())).toBe('SPREADSHEET');
    entry?.setValue('3');
    expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['3', null]);
    entry?.remove();
    expect(ss.getDeveloperMetadata()).toHaveLength(1);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withId(entry?.getId() ?? -1)
        .find(),
    ).toHaveLength(0);
  });

  test('sharing: owner, editors, viewers', () => {
    const { ss } = setup();
    expect(ss.getOwner()?.getEmail()).toBe('teacher@example.com');
    ss.addViewers(['bo@example.com', 'cy@example.com']);
    ss.addEditor('bo@example.com');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([
      'teacher@example.com',
      'ava@example.com',
      'bo@example.com',
    ]);
    expect(ss.getViewers().map((u) => u.getEmail())).toEqual(['cy@example.com']);
    ss.removeEditor(ss.getEditors()[1]!);
    ss.removeViewer('cy@example.com');
    expect(ss.getEditors()).toHaveLength(2);
    expect(ss.getViewers()).toHaveLength(0);
    // The owner keeps the file; the wording is the emulator's (spreadsheet.ts).
    expect(() => ss.removeEditor('teacher@example.com')).toThrow('The owner cannot be removed.');
  });

  test('time zone, locale, name, url', () => {
    const { ss } = setup();
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
    ss.setSpreadsheetTimeZone('Europe/Paris');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    // Apps Script's form for a rejected argument ("Invalid argument: <name>").
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow('Invalid argument: timezone');
    ss.setSpreadsheetLocale('fr_FR');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    ss.rename('Period 3');
    expect(ss.getName()).toBe('Period 3');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });
});

describe('SpreadsheetApp', () => {
  function appFor(scopes: string[]) {
    const { ctx, doc, ss } = setup();
    const documents = new Map([[doc.model.id, doc]]);
    const app = createSpreadsheetApp(ctx, { documents, getUi: () => 'the ui', scopes });
    return { ctx, doc, ss, app, documents };
  }

  test('getActiveSpreadsheet is the bound file; AuthMode.NONE may only get the Ui', () => {
    const { ctx, doc, app } = appFor([CURRENT_ONLY_SCOPE]);
    runAs(ctx, doc, 'teacher@example.com', () => {
      expect(app.getActiveSpreadsheet()?.getId()).toBe(doc.model.id);
      expect(app.getActiveSheet().getName()).toBe('Sheet1');
      expect(app.getActiveRange().getA1Notation()).toBe('A1');
    });
    runAs(
      ctx,
      doc,
      'teacher@example.com',
      () => {
        expect(app.getUi()).toBe('the ui');
        expect(() => app.getActiveSpreadsheet()).toThrow(
          'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
        );
      },
      'NONE',
    );
    // Outside any execution there is no bound file.
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  test('openById needs the full spreadsheets scope and FULL auth', () => {
    const limited = appFor([CURRENT_ONLY_SCOPE]);
    runAs(limited.ctx, limited.doc, 'teacher@example.com', () => {
      expect(() => limited.app.openById(limited.doc.model.id)).toThrow(
        `Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: ${SPREADSHEETS_SCOPE}`,
      );
    });
    const full = appFor([SPREADSHEETS_SCOPE]);
    runAs(full.ctx, full.doc, 'teacher@example.com', () => {
      expect(full.app.openById(full.doc.model.id).getName()).toBe('Untitled spreadsheet');
      expect(full.app.openByUrl(full.ss.getUrl()).getId()).toBe(full.doc.model.id);
      expect(() => full.app.openById('nope')).toThrow('Unexpected error');
    });
    runAs(
      full.ctx,
      full.doc,
      'teacher@example.com',
      () =>
        expect(() => full.app.openById(full.doc.model.id)).toThrow('You do not have permission'),
      'LIMITED',
    );
    runAs(full.ctx, full.doc, 'stranger@example.com', () => {
      expect(() => full.app.openById(full.doc.model.id)).toThrow(
        'You do not have permission to access the requested document.',
      );
    });
  });

  test('create makes a file owned by the effective user', () => {
    const { ctx, doc, app, documents } = appFor([SPREADSHEETS_SCOPE]);
    runAs(ctx, doc, 'teacher@example.com', () => {
      const created = app.create('Report', 10, 5);
      expect(created.getName()).toBe('Report');
      expect(created.getOwner()?.getEmail()).toBe('teacher@example.com');
      expect(created.getSheets()[0]?.getMaxRows()).toBe(10);
      expect(created.getSheets()[0]?.getMaxColumns()).toBe(5);
      expect(documents.has(created.getId())).toBe(true);
    });
  });

  test('builders and enums', () => {
    const { app } = appFor([]);
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
    expect(String(app.SheetType.GRID)).toBe('GRID');
    expect(String(app.Dimension.ROWS)).toBe('ROWS');
    expect(app.newRichTextValue().setText('hi').build().getText()).toBe('hi');
    expect(String(app.newDataValidation().requireCheckbox().build().getCriteriaType())).toBe(
      'CHECKBOX',
    );
    const rule = app.newConditionalFormatRule().whenNumberGreaterThan(1).build();
    expect(rule.getBooleanCondition()?.getCriteriaValues()).toEqual([1]);
    expect(() => (app as unknown as { open(): void }).open()).toThrow('not implemented');
  });

  test('ledger kinds of SpreadsheetApp and Spreadsheet calls', () => {
    const { ctx, doc, app } = appFor([]);
    runAs(ctx, doc, 'teacher@example.com', (execution) => {
      const ss = app.getActiveSpreadsheet();
      ss?.getSheets();
      ss?.insertSheet('New');
      ss?.toast('hi');
      app.getActiveSheet().getRange('A1').setValue(1);
      app.flush();
      const entries = ctx.ledger.forExecution(execution.id);
      expect(entries.map((e) => `${e.service}.${e.method}:${e.kind}`)).toEqual([
        'SpreadsheetApp.getActiveSpreadsheet:local',
        'Spreadsheet.getSheets:read',
        'Spreadsheet.insertSheet:structural',
        'Spreadsheet.toast:ui',
        'SpreadsheetApp.getActiveSheet:read',
        'Sheet.getRange:local',
        'Range.setValue:write',
        'SpreadsheetApp.flush:flush',
      ]);
    });
  });
});
