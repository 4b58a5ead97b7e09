/**
 * One rule each for people and sheet names, wherever the emulator compares them: e-mail addresses
 * without regard to case (sharing, protections, scripted writes, the simulated Sheets UI), and
 * sheet names as Spreadsheet.getSheetByName matches them (A1 references and Emulator.locate).
 */

import path from 'node:path';

import { Emulator } from '../../dev/emulator';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { PROTECTED_CELL_MESSAGE } from '../../dev/emulator/runtime/errors';
import { applyUserEdit, VIEW_ONLY_MESSAGE } from '../../dev/emulator/sheets/user-edits';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { editPermission, isDocumentEditor, sameEmail } from '../../dev/emulator/sheets/permissions';
import { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';

const buildDir = path.resolve(__dirname, '../fixtures/bundles/edit-log');
const OWNER = 'teacher@example.com';
const STUDENT = 'ava@example.com';
const A1 = { row: 0, column: 0, numRows: 1, numColumns: 1 };

function newDoc() {
  const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
  const doc = createDocument(ctx, {
    owner: OWNER,
    editors: [STUDENT],
    viewers: ['parent@example.com'],
    sheetNames: ['Ava', 'Log'],
  });
  return { ctx, doc, ss: new Spreadsheet(doc) };
}

describe('e-mail addresses compare without regard to case', () => {
  test('sameEmail and the sharing checks built on it', () => {
    const { doc } = newDoc();
    expect(sameEmail('Ava@Example.COM', STUDENT)).toBe(true);
    expect(sameEmail('ava@example.org', STUDENT)).toBe(false);
    expect(isDocumentEditor(doc.model, 'TEACHER@example.com')).toBe(true);
    expect(editPermission(doc.model, 'AVA@EXAMPLE.COM', 0, A1)).toBe('allowed');
  });

  test('a protection editor added in one case is found in another', () => {
    const { ctx, doc, ss } = newDoc();
    ctx.runAs(OWNER, doc.model.id, () => {
      const protection = ss.getSheetByName('Log')!.protect();
      protection.removeEditors(protection.getEditors());
      protection.addEditor('Ava@Example.com');
    });
    const log = doc.model.sheets[1]!;
    expect(editPermission(doc.model, STUDENT, log.id, A1)).toBe('allowed');
    ctx.runAs('AVA@EXAMPLE.COM', doc.model.id, () =>
      ss.getSheetByName('Log')!.getRange('A1').setValue('by Ava'),
    );
    expect(ss.getSheetByName('Log')!.getRange('A1').getValue()).toBe('by Ava');
  });

  test("the Sheets UI tells an editor typed in another case that the cell is protected, not that they can't edit", () => {
    const { ctx, doc, ss } = newDoc();
    ctx.runAs(OWNER, doc.model.id, () => {
      const protection = ss.getSheetByName('Log')!.protect();
      protection.removeEditors(protection.getEditors());
    });
    const log = doc.model.sheets[1]!;
    const outcome = applyUserEdit(doc, 'Ava@Example.com', log, A1, { kind: 'type', text: 'x' });
    expect(outcome.refusal).toBe(PROTECTED_CELL_MESSAGE);
    const viewer = applyUserEdit(doc, 'Parent@Example.com', log, A1, { kind: 'type', text: 'x' });
    expect(viewer.refusal).toBe(VIEW_ONLY_MESSAGE);
  });

  test('sharing: adding, promoting and removing people ignore case', () => {
    const { ss } = newDoc();
    ss.addViewer('bo@example.com');
    ss.addEditor('BO@example.com');
    expect(ss.getViewers().map((u) => u.getEmail())).toEqual(['parent@example.com']);
    ss.addEditor('ava@EXAMPLE.com');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([OWNER, STUDENT, 'BO@example.com']);
    ss.removeEditor('Bo@Example.com');
    ss.removeViewer('PARENT@example.com');
    expect(ss.getEditors()).toHaveLength(2);
    expect(ss.getViewers()).toHaveLength(0);
    expect(() => ss.removeEditor('Teacher@Example.com')).toThrow(/owner/);
  });
});

describe('sheet names match as getSheetByName matches them', () => {
  test('getSheetByName: an exact match, else one differing only in case', () => {
    const { ss } = newDoc();
    expect(ss.getSheetByName('Ava')!.getName()).toBe('Ava');
    expect(ss.getSheetByName('ava')!.getName()).toBe('Ava');
    expect(ss.getSheetByName('LOG')!.getName()).toBe('Log');
    expect(ss.getSheetByName('Ava ')).toBeNull();
  });

  test("Spreadsheet.getRange('log!A1') finds the sheet the same way", () => {
    const { ss } = newDoc();
    expect(ss.getRange('log!B2').getSheet().getName()).toBe('Log');
  });

  test('Emulator.locate and the simulated edits use the same rule', () => {
    const emulator = new Emulator({ buildDir });
    const doc = emulator.createSpreadsheet({
      name: 'Tracker',
      owner: OWNER,
      editors: [STUDENT],
      sheetNames: ['Ava', 'Log'],
    });
    expect(emulator.locate(doc, "'AVA'!B2").sheet.name).toBe('Ava');
    const result = emulator.type(doc, STUDENT, 'ava!C3', 'hello');
    expect(result.applied).toBe(true);
    expect(emulator.spreadsheet(doc).getSheetByName('Ava')!.getRange('C3').getValue()).toBe(
      'hello',
    );
    expect(() => emulator.locate(doc, 'Missing!A1')).toThrow(/No sheet named "Missing"/);
  });

  test('Spreadsheet.getSheetId and getSheetName follow the active sheet', () => {
    const { ss } = newDoc();
    expect([ss.getSheetId(), ss.getSheetName()]).toEqual([0, 'Ava']);
    const log = ss.getSheetByName('Log')!;
    ss.setActiveSheet(log);
    expect([ss.getSheetId(), ss.getSheetName()]).toEqual([log.getSheetId(), 'Log']);
  });
});
