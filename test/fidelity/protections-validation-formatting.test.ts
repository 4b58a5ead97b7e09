/**
 * Fidelity: protections, data validation and conditional-format rules behave as Google documents
 * them or as live Apps Script was observed to behave. Each test names its source:
 * - "docs protection" = developers.google.com/apps-script/reference/spreadsheet/protection
 *   (and range#protect, sheet#protect);
 * - "docs dv-builder" = .../spreadsheet/data-validation-builder, data-validation-criteria;
 * - "docs cf-builder" = .../spreadsheet/conditional-format-rule-builder, boolean-criteria,
 *   gradient-condition;
 * - "gas-fakes <file>" = brucemcpherson/gas-fakes (MIT) test files, whose assertions were run
 *   against live Apps Script, and its notes/oddities.md, which records live behaviour (a few tests
 *   cite its src/ where the text it reproduces is the only evidence found).
 * Scripts run through the emulated SpreadsheetApp as the named person.
 */

import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { applyUserEdit } from '../../dev/emulator/sheets/user-edits';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import type { Range } from '../../dev/emulator/sheets/range';
import {
  createSpreadsheetApp,
  SPREADSHEETS_SCOPE,
  type SpreadsheetAppObject,
} from '../../dev/emulator/sheets/spreadsheet-app';

const OWNER = 'teacher@example.com';
const EDITOR = 'ava@example.com';
const VIEWER = 'parent@example.com';
const OTHER = 'ben@example.com';

function cell(row: number, column: number) {
  return { row, column, numRows: 1, numColumns: 1 };
}

interface World {
  doc: SpreadsheetDocument;
  app: SpreadsheetAppObject;
  /** Runs fn as `email` in a FULL-auth execution bound to the file. */
  as<T>(email: string, fn: (app: SpreadsheetAppObject) => T): T;
}

function world(owner = OWNER, editors = [EDITOR]): World {
  const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
  const doc = createDocument(ctx, { owner, editors, viewers: [VIEWER] });
  const app = createSpreadsheetApp(ctx, {
    documents: new Map([[doc.model.id, doc]]),
    getUi: () => null,
    scopes: [SPREADSHEETS_SCOPE],
  });
  return {
    doc,
    app,
    as(email, fn) {
      return ctx.runAs(email, doc.model.id, () => fn(app));
    },
  };
}

function range(app: SpreadsheetAppObject, a1: string): Range {
  return app.getActiveSpreadsheet()!.getSheets()[0]!.getRange(a1) as Range;
}

function emails(users: { getEmail(): string }[]): string[] {
  return users.map((u) => u.getEmail());
}

describe('Protection', () => {
  test('docs protection: the sample pattern leaves only the owner able to edit the range', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'A1:B10').protect().setDescription('Sample protected range');
      const me = { getEmail: () => OWNER };
      protection.addEditor(me);
      protection.removeEditors(protection.getEditors());
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
      expect(emails(protection.getEditors())).toEqual([OWNER]);
    });
    expect(() => w.as(EDITOR, (app) => range(app, 'A1').setValue('x'))).toThrow(
      /protected cell or object/,
    );
    w.as(OWNER, (app) => range(app, 'A1').setValue('ok'));
  });

  test('docs range#protect: until the editors change, the range stays editable by editors', () => {
    const w = world();
    w.as(OWNER, (app) => range(app, 'A1:B2').protect());
    w.as(EDITOR, (app) => range(app, 'A1').setValue('still editable'));
  });

  test('docs sheet#protect: protecting a protected sheet returns the existing protection', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      sheet.protect().setDescription('first');
      expect(sheet.protect().getDescription()).toBe('first');
      expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    });
  });

  test('docs protection: the sheet sample with an unprotected range B2:C5', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const protection = sheet.protect().setDescription('Sample protected sheet');
      protection.setUnprotectedRanges([sheet.getRange('B2:C5')]);
      protection.addEditor(OWNER);
      protection.removeEditors(protection.getEditors());
      expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C5']);
    });
    w.as(EDITOR, (app) => range(app, 'C5').setValue('free'));
    expect(() => w.as(EDITOR, (app) => range(app, 'D5').setValue('locked'))).toThrow(
      /protected cell/,
    );
  });

  test('docs protection: getUnprotectedRanges is empty and setUnprotectedRanges throws for a range', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'A1:B2').protect();
      expect(protection.getUnprotectedRanges()).toEqual([]);
      // The docs say it throws; the wording is the emulator's (protection.ts).
      expect(() => protection.setUnprotectedRanges([range(app, 'A1')])).toThrow(
        'Unprotected ranges can only be set on a protected sheet, not on a protected range.',
      );
    });
  });

  test('docs protection: setDomainEdit throws for a file owned by a gmail.com account', () => {
    const w = world('teacher@gmail.com');
    w.as('teacher@gmail.com', (app) => {
      const protection = range(app, 'A1').protect();
      expect(protection.canDomainEdit()).toBe(false);
      // The docs say it throws; the wording is the emulator's (protection.ts).
      expect(() => protection.setDomainEdit(false)).toThrow(
        'Domain edit cannot be set: this spreadsheet does not belong to a Google Workspace domain.',
      );
    });
  });

  test('docs protection: warning-only protection lets every editor edit', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'A1').protect();
      protection.removeEditors([EDITOR]);
      protection.setWarningOnly(true);
      expect(protection.isWarningOnly()).toBe(true);
    });
    w.as(EDITOR, (app) => range(app, 'A1').setValue('warned, but allowed'));
  });

  test('docs protection (ProtectionType sample): getProtections lists protections the user cannot edit; canEdit tells', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'A1').protect();
      protection.removeEditors(protection.getEditors());
    });
    w.as(EDITOR, (app) => {
      const protections = app.getActiveSpreadsheet()!.getProtections(app.ProtectionType.RANGE);
      expect(protections).toHaveLength(1);
      expect(protections[0]!.canEdit()).toBe(false);
      // The message Apps Script gives someone changing what they may not (docs wording).
      expect(() => protections[0]!.remove()).toThrow(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    });
  });

  test('gas-fakes testsheetspermissions: a sheet protection’s range spans the whole sheet', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const r = sheet.protect().getRange();
      expect(r.getNumRows()).toBe(sheet.getMaxRows());
      expect(r.getNumColumns()).toBe(sheet.getMaxColumns());
    });
  });

  test('gas-fakes testsheetspermissions: enums and protections print their names', () => {
    const w = world();
    w.as(OWNER, (app) => {
      expect(app.ProtectionType.SHEET.toString()).toBe('SHEET');
      expect(app.ProtectionType.RANGE.toString()).toBe('RANGE');
      expect(range(app, 'A1').protect().toString()).toBe('Protection');
    });
  });

  test('gas-fakes testsheets.js "Protection" and notes/oddities.md: a new protection does not list the owner, who can still edit', () => {
    const w = world(OWNER, []);
    w.as(OWNER, (app) => {
      const protection = app.getActiveSpreadsheet()!.getSheets()[0]!.protect();
      expect(protection.getEditors()).toHaveLength(0);
      expect(protection.canEdit()).toBe(true);
    });
  });

  test('docs range#protect: a new protection mirrors the file, so editors still edit; notes/oddities.md: the owner is not listed', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'A1:B2').protect();
      expect(emails(protection.getEditors())).toEqual([EDITOR]);
      expect(emails(protection.getEditors())).not.toContain(OWNER);
    });
    w.as(EDITOR, (app) => range(app, 'B2').setValue('still editable'));
  });

  test('docs protection#removeEditor: "Neither the owner of the spreadsheet nor the current user can be removed"', () => {
    const w = world();
    w.as(OWNER, (app) => range(app, 'A1').protect().addEditors([OWNER, EDITOR]));
    const protection = () =>
      w.as(
        OWNER,
        (app) => app.getActiveSpreadsheet()!.getProtections(app.ProtectionType.RANGE)[0]!,
      );
    // Ava, running the script, removes the owner and herself: both stay.
    w.as(EDITOR, () => protection().removeEditors([OWNER, EDITOR]));
    expect(w.as(OWNER, () => emails(protection().getEditors()).sort())).toEqual([EDITOR, OWNER]);
    // The owner removing Ava works.
    w.as(OWNER, () => protection().removeEditor(EDITOR));
    expect(w.as(OWNER, () => emails(protection().getEditors()))).toEqual([OWNER]);
  });

  test('gas-fakes testsheets.js "Protection": a warning-only sheet protection lists no editors, keeps its unprotected range', () => {
    const w = world(OWNER, []);
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const p1 = sheet
        .protect()
        .setDescription('sample1')
        .setWarningOnly(true)
        .setUnprotectedRanges([sheet.getRange('A1:B1')]);
      expect(p1.getDescription()).toBe('sample1');
      expect(p1.getUnprotectedRanges()[0]!.getA1Notation()).toBe('A1:B1');
      expect(p1.canEdit()).toBe(true);
      expect(p1.getEditors()).toHaveLength(0);
      expect(p1.getProtectionType().toString()).toBe('SHEET');
      expect(p1.isWarningOnly()).toBe(true);
      p1.remove();
      expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    });
  });

  test('gas-fakes testsheets.js "Protection": setRange moves a range protection; setRangeName and setNamedRange tie it to a named range', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const ss = app.getActiveSpreadsheet()!;
      const sheet = ss.getSheets()[0]!;
      const p2 = sheet.getRange('A1:D5').protect().setDescription('sample2');
      p2.setRange(sheet.getRange('B2:E6'));
      expect(p2.getRange().getA1Notation()).toBe('B2:E6');
      expect(p2.getProtectionType().toString()).toBe('RANGE');
      ss.setNamedRange('sampleNamedRange1', sheet.getRange('C3:F7'));
      const p3 = sheet.getRange('A1:D5').protect();
      p3.setRangeName('sampleNamedRange1');
      expect(p3.getRangeName()).toBe('sampleNamedRange1');
      const named = ss.getNamedRanges().find((n) => n.getName() === 'sampleNamedRange1')!;
      const p4 = sheet.getRange('A1:D5').protect();
      p4.setNamedRange(named);
      expect(p4.getRangeName()).toBe('sampleNamedRange1');
      expect(p4.getRange().getA1Notation()).toBe('C3:F7');
    });
  });

  test('gas-fakes testsheetspermissions.js: a sheet protection’s range has no A1 notation', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const r = app.getActiveSpreadsheet()!.getSheets()[0]!.protect().getRange();
      expect(r.getA1Notation()).toBe('');
      expect(r.getSheet().getName()).toBe('Sheet1');
    });
  });

  test('gas-fakes fakeprotection.js setRange: a sheet protection cannot be moved to a range', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const protection = sheet.protect();
      expect(() => protection.setRange(sheet.getRange('A1:B2'))).toThrow(
        'Cannot change sheet protection to range protection (or vice versa).',
      );
    });
  });

  test('docs protection#getUnprotectedRanges: "to re-protect the entire sheet, set an empty array"', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const protection = sheet.protect();
      protection.removeEditors(protection.getEditors());
      protection.setUnprotectedRanges([sheet.getRange('E2:F5')]);
      const unprotected = protection.getUnprotectedRanges();
      unprotected.push(sheet.getRange('B2:C2'));
      protection.setUnprotectedRanges(unprotected);
      expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual([
        'E2:F5',
        'B2:C2',
      ]);
      protection.setUnprotectedRanges([]);
      expect(protection.getUnprotectedRanges()).toEqual([]);
    });
    expect(() => w.as(EDITOR, (app) => range(app, 'E2').setValue('x'))).toThrow(/protected cell/);
  });

  test('docs protection#canEdit: the owner always can; an editor left off the list cannot', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'A1:A5').protect();
      protection.removeEditors(protection.getEditors());
    });
    const [ownerCan, editorCan] = [OWNER, EDITOR].map((email) =>
      w.as(email, (app) =>
        app.getActiveSpreadsheet()!.getProtections(app.ProtectionType.RANGE)[0]!.canEdit(),
      ),
    );
    expect([ownerCan, editorCan]).toEqual([true, false]);
  });

  test('docs range#canEdit: whether the user may edit every cell of the range', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const protection = range(app, 'B1:B3').protect();
      protection.removeEditors(protection.getEditors());
      expect(range(app, 'A1:C3').canEdit()).toBe(true);
    });
    w.as(EDITOR, (app) => {
      expect(range(app, 'A1:A3').canEdit()).toBe(true);
      expect(range(app, 'A1:B1').canEdit()).toBe(false);
    });
    w.as(VIEWER, (app) => expect(range(app, 'A1').canEdit()).toBe(false));
    w.as(OWNER, (app) => {
      app.getActiveSpreadsheet()!.getProtections(app.ProtectionType.RANGE)[0]!.setWarningOnly(true);
    });
    w.as(EDITOR, (app) => expect(range(app, 'B2').canEdit()).toBe(true));
  });

  test('docs protection (sheet sample with an unprotected range): a range protection inside the hole decides who edits it', () => {
    // The add-on's pattern: the teacher protects the sheet, leaves a student's cells unprotected,
    // then protects those cells again listing that student only.
    const w = world(OWNER, [EDITOR, OTHER]);
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const sheetProtection = sheet.protect();
      sheetProtection.addEditor(OWNER);
      sheetProtection.removeEditors(sheetProtection.getEditors());
      sheetProtection.setUnprotectedRanges([sheet.getRange('D2:D10')]);
      const own = sheet.getRange('D2:D10').protect();
      own.removeEditors(own.getEditors());
      own.addEditor(EDITOR);
    });
    w.as(EDITOR, (app) => range(app, 'D5').setValue(true));
    expect(() => w.as(OTHER, (app) => range(app, 'D5').setValue(true))).toThrow(/protected cell/);
    expect(() => w.as(EDITOR, (app) => range(app, 'C5').setValue('x'))).toThrow(/protected cell/);
    w.as(OWNER, (app) => range(app, 'C5').setValue('teacher'));
    const refused = applyUserEdit(w.doc, OTHER, w.doc.model.sheets[0]!, cell(4, 3), {
      kind: 'type',
      text: 'x',
    });
    expect(refused.applied).toBe(false);
  });
});

describe('Data validation', () => {
  test('Sheets help "Create an in-cell dropdown list" / custom formula: typed input is refused unless the formula, relative to the range\'s first cell, holds for it', () => {
    // docs (DataValidationBuilder.requireFormulaSatisfied): "requires that the given formula
    // evaluates to true"; the formula's relative references start at the top-left cell of the range
    // the rule is set on, as in the Sheets UI and as conditional formatting's custom formulas do.
    const w = world();
    const rule = w.as(OWNER, (app) =>
      app
        .newDataValidation()
        .requireFormulaSatisfied('=REGEXMATCH(C2&"","^https?://")')
        .setAllowInvalid(false)
        .setHelpText('A link, please')
        .build(),
    );
    w.as(OWNER, (app) => range(app, 'C2:C5').setDataValidation(rule));
    const sheet = w.doc.model.sheets[0]!;
    const type = (row: number, text: string) =>
      applyUserEdit(w.doc, EDITOR, sheet, cell(row, 2), { kind: 'type', text });
    expect(type(3, 'javascript:alert(1)')).toMatchObject({
      applied: false,
      refusal: 'A link, please',
    });
    expect(type(3, 'https://example.org/work')).toMatchObject({ applied: true });
    expect(type(4, 'not a link')).toMatchObject({ applied: false });
    // The refused text did not stay in the cell, and the accepted one did.
    expect(w.as(OWNER, (app) => range(app, 'C4:C5').getValues())).toEqual([
      ['https://example.org/work'],
      [''],
    ]);
  });

  test('gas-fakes testsheetsdatavalidations: a new builder has no criteria, no values, no help text and allows invalid', () => {
    const { app } = world();
    const builder = app.newDataValidation();
    expect(builder.toString()).toBe('DataValidationBuilder');
    expect(builder.getCriteriaType()).toBeNull();
    expect(builder.getCriteriaValues()).toEqual([]);
    expect(builder.getHelpText()).toBeNull();
    expect(builder.getAllowInvalid()).toBe(true);
    expect(builder.setAllowInvalid(false).getAllowInvalid()).toBe(false);
  });

  test('gas-fakes testsheetsdatavalidations: requireCheckbox values', () => {
    const { app } = world();
    const builder = app.newDataValidation();
    expect(builder.requireCheckbox().getCriteriaValues()).toEqual([]);
    expect(builder.requireCheckbox('A').getCriteriaValues()).toEqual(['A']);
    expect(builder.requireCheckbox('A', 'B').getCriteriaValues()).toEqual(['A', 'B']);
    const built = builder.setHelpText('foo').build();
    expect(built.toString()).toBe('DataValidation');
    expect(built.getCriteriaType().toString()).toBe('CHECKBOX');
    expect(built.getHelpText()).toBe('foo');
  });

  test('gas-fakes testsheetsdatavalidations: requireValueInList turns values into strings and defaults showDropdown to true', () => {
    const { app } = world();
    const builder = app
      .newDataValidation()
      .requireValueInList([9, false, 'z'] as unknown as string[]);
    expect(String(builder.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(builder.getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
  });

  test('gas-fakes testsheetsdatavalidations: requireValueInRange reports [range, showDropdown]', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const list = range(app, 'A2:C4');
      const values = app.newDataValidation().requireValueInRange(list).getCriteriaValues();
      expect((values[0] as Range).getA1Notation()).toBe('A2:C4');
      expect(values[1]).toBe(true);
      const hidden = app.newDataValidation().requireValueInRange(list, false).getCriteriaValues();
      expect(hidden[1]).toBe(false);
    });
  });

  test('gas-fakes testsheetsdatavalidations: requireFormulaSatisfied keeps the formula', () => {
    const { app } = world();
    const built = app.newDataValidation().requireFormulaSatisfied('=ISNUMBER(A1)').build();
    expect(built.getCriteriaType().toString()).toBe('CUSTOM_FORMULA');
    expect(built.getCriteriaValues()).toEqual(['=ISNUMBER(A1)']);
  });

  test('gas-fakes testsheetsdatavalidations: a rule set on a range reads back from every cell', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const cells = range(app, 'C1:D2');
      cells.setDataValidation(app.newDataValidation().requireCheckbox().build());
      expect(cells.getDataValidation()!.getCriteriaType().toString()).toBe('CHECKBOX');
      const all = cells.getDataValidations();
      expect(all.flat().map((rule) => String(rule!.getCriteriaType()))).toEqual([
        'CHECKBOX',
        'CHECKBOX',
        'CHECKBOX',
        'CHECKBOX',
      ]);
    });
  });

  test('gas-fakes testsheetsdatavalidations: enum members print their names', () => {
    const { app } = world();
    expect(app.DataValidationCriteria.DATE_AFTER.toString()).toBe('DATE_AFTER');
    expect(app.RelativeDate.TODAY.toString()).toBe('TODAY');
  });

  test('docs dv-builder (DataValidationCriteria sample): copy().withCriteria rebuilds a rule', () => {
    const { app } = world();
    const rule = app.newDataValidation().requireNumberBetween(1, 4).setHelpText('1 to 4').build();
    const criteria = rule.getCriteriaType();
    expect(criteria).toBe(app.DataValidationCriteria.NUMBER_BETWEEN);
    const changed = rule.copy().withCriteria(criteria, [1, 5]).build();
    expect(changed.getCriteriaValues()).toEqual([1, 5]);
    expect(changed.getHelpText()).toBe('1 to 4');
    expect(rule.getCriteriaValues()).toEqual([1, 4]);
  });
  test('gas-fakes testsheetsdatavalidations.js "data validation basics": every date builder keeps its Dates', () => {
    const { app } = world();
    const now = new Date('2026-09-14T00:00:00Z');
    const later = new Date('2026-09-15T00:00:00Z');
    const cases: [string, string, Date[]][] = [
      ['requireDateAfter', 'DATE_AFTER', [now]],
      ['requireDateBefore', 'DATE_BEFORE', [now]],
      ['requireDateBetween', 'DATE_BETWEEN', [now, later]],
      ['requireDateEqualTo', 'DATE_EQUAL_TO', [now]],
      ['requireDateNotBetween', 'DATE_NOT_BETWEEN', [now, later]],
      ['requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [now]],
      ['requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [now]],
    ];
    for (const [method, type, args] of cases) {
      const builder = app.newDataValidation() as unknown as Record<
        string,
        (...a: Date[]) => { build(): ReturnType<ReturnType<typeof app.newDataValidation>['build']> }
      >;
      const built = builder[method]!(...args).build();
      expect(String(built.getCriteriaType())).toBe(type);
      expect((built.getCriteriaValues() as Date[]).map((d) => d.toISOString())).toEqual(
        args.map((d) => d.toISOString()),
      );
    }
    const plain = app.newDataValidation().requireDate().build();
    expect([String(plain.getCriteriaType()), plain.getCriteriaValues()]).toEqual([
      'DATE_IS_VALID_DATE',
      [],
    ]);
  });

  test('gas-fakes testsheetsdatavalidations.js "data validation basics": number and text builders report their values', () => {
    const { app } = world();
    const dv = () => app.newDataValidation();
    const cases: [ReturnType<ReturnType<typeof dv>['build']>, string, unknown[]][] = [
      [dv().requireNumberBetween(12.5, 70.25).build(), 'NUMBER_BETWEEN', [12.5, 70.25]],
      [dv().requireNumberEqualTo(42.5).build(), 'NUMBER_EQUAL_TO', [42.5]],
      [dv().requireNumberGreaterThan(3).build(), 'NUMBER_GREATER_THAN', [3]],
      [dv().requireNumberGreaterThanOrEqualTo(3).build(), 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [3]],
      [dv().requireNumberLessThan(9.75).build(), 'NUMBER_LESS_THAN', [9.75]],
      [dv().requireNumberLessThanOrEqualTo(9).build(), 'NUMBER_LESS_THAN_OR_EQUAL_TO', [9]],
      [dv().requireNumberNotBetween(1, 2).build(), 'NUMBER_NOT_BETWEEN', [1, 2]],
      [dv().requireNumberNotEqualTo(0).build(), 'NUMBER_NOT_EQUAL_TO', [0]],
      [dv().requireTextContains('45.2').build(), 'TEXT_CONTAINS', ['45.2']],
      [dv().requireTextDoesNotContain('x').build(), 'TEXT_DOES_NOT_CONTAIN', ['x']],
      [dv().requireTextEqualTo('Done').build(), 'TEXT_EQUAL_TO', ['Done']],
      [dv().requireTextIsEmail().build(), 'TEXT_IS_VALID_EMAIL', []],
      [dv().requireTextIsUrl().build(), 'TEXT_IS_VALID_URL', []],
    ];
    for (const [built, type, values] of cases) {
      expect([String(built.getCriteriaType()), built.getCriteriaValues()]).toEqual([type, values]);
    }
  });

  test('gas-fakes testsheetsdatavalidations.js "setting data validations": rules set on ranges read back per cell', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      sheet
        .getRange('A7:B8')
        .setDataValidation(app.newDataValidation().requireNumberEqualTo(20).build());
      sheet
        .getRange('A17:B17')
        .setDataValidation(app.newDataValidation().requireTextContains('foo').build());
      const equal = sheet.getRange('A7:B8').getDataValidations().flat();
      expect(equal.map((rule) => String(rule!.getCriteriaType()))).toEqual(
        Array(4).fill('NUMBER_EQUAL_TO'),
      );
      expect(equal.map((rule) => rule!.getCriteriaValues())).toEqual(Array(4).fill([20]));
      const contains = sheet.getRange('B17').getDataValidation()!;
      expect([String(contains.getCriteriaType()), contains.getCriteriaValues()]).toEqual([
        'TEXT_CONTAINS',
        ['foo'],
      ]);
    });
  });

  test('gas-fakes testsheetsdatavalidations.js "setting data validations": a DATE_BETWEEN rule reads back its dates', () => {
    // Set in a file whose zone is UTC, the dates are midnights there and come back unchanged.
    const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
    const doc = createDocument(ctx, { owner: OWNER, timeZone: 'UTC' });
    const app = createSpreadsheetApp(ctx, {
      documents: new Map([[doc.model.id, doc]]),
      getUi: () => null,
      scopes: [SPREADSHEETS_SCOPE],
    });
    const da = new Date('1920-11-18');
    const db = new Date('2012-12-31');
    ctx.runAs(OWNER, doc.model.id, () => {
      const cells = app.getActiveSpreadsheet()!.getSheets()[0]!.getRange('C11:D11');
      cells.setDataValidation(app.newDataValidation().requireDateBetween(da, db).build());
      const read = cells.getDataValidation()!;
      expect(String(read.getCriteriaType())).toBe('DATE_BETWEEN');
      expect((read.getCriteriaValues() as Date[]).map((d) => d.toISOString())).toEqual([
        da.toISOString(),
        db.toISOString(),
      ]);
    });
  });

  test('gas-fakes notes/oddities.md "datavalidation with formulas": requireDate("=i1") throws; withCriteria takes it', () => {
    const { app } = world();
    expect(() =>
      (app.newDataValidation() as unknown as { requireDate(x: string): void }).requireDate('=i1'),
    ).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
    );
    const built = app
      .newDataValidation()
      .withCriteria(app.DataValidationCriteria.DATE_AFTER, ['=i1'])
      .build();
    expect([String(built.getCriteriaType()), built.getCriteriaValues()]).toEqual([
      'DATE_AFTER',
      ['=i1'],
    ]);
  });

  test('docs dv-builder: number builders take numbers and date builders Dates (Apps Script signature errors)', () => {
    const { app } = world();
    expect(() => app.newDataValidation().requireNumberEqualTo('5' as unknown as number)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireNumberEqualTo.",
    );
    expect(() =>
      app
        .newDataValidation()
        .requireDateBetween('2026-09-01' as unknown as Date, new Date('2026-09-30')),
    ).toThrow(
      /^The parameters \(String,.*\) don't match the method signature for SpreadsheetApp\.DataValidationBuilder\.requireDateBetween\.$/,
    );
  });

  test('docs data-validation#getHelpText: null when no help text is set', () => {
    const { app } = world();
    expect(app.newDataValidation().requireCheckbox().build().getHelpText()).toBeNull();
    expect(
      app.newDataValidation().requireCheckbox().setHelpText('Tick it').build().getHelpText(),
    ).toBe('Tick it');
  });

  test('gas-fakes testsheetsdatavalidations.js "inserting checkboxes": insertCheckboxes replaces another rule', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const cellRange = range(app, 'D1').setDataValidation(
        app.newDataValidation().requireNumberEqualTo(5).build(),
      );
      expect(String(cellRange.insertCheckboxes().getDataValidation()!.getCriteriaType())).toBe(
        'CHECKBOX',
      );
    });
  });
});

describe('Conditional-format rules', () => {
  test('docs cf-builder: the class sample (whenNumberBetween, setBackground, setRanges) reads back', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const rule = app
        .newConditionalFormatRule()
        .whenNumberBetween(1, 10)
        .setBackground('#FF0000')
        .setRanges([sheet.getRange('A1:B3')])
        .build();
      const rules = sheet.getConditionalFormatRules();
      rules.push(rule);
      sheet.setConditionalFormatRules(rules);
      const [read] = sheet.getConditionalFormatRules() as [typeof rule];
      const condition = read.getBooleanCondition()!;
      expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_BETWEEN);
      expect(condition.getCriteriaValues()).toEqual([1, 10]);
      // Sheets stores RGB; the emulator reads back lower-case hex, like Range.getBackground.
      expect(condition.getBackground()!.toLowerCase()).toBe('#ff0000');
      expect(read.getRanges().map((r) => (r as Range).getA1Notation())).toEqual(['A1:B3']);
    });
  });

  test('docs cf-builder whenFormulaSatisfied: the formula reads back as written', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const formula = '=AND($B2<>"",$C2="Mastered")';
      sheet.setConditionalFormatRules([
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(formula)
          .setBackground('#b7e1cd')
          .setRanges([sheet.getRange('A2:D40')])
          .build(),
      ]);
      const read = sheet.getConditionalFormatRules()[0]!;
      expect(read.getBooleanCondition()!.getCriteriaValues()[0]).toBe(formula);
    });
  });

  test('docs boolean-criteria: a relative date condition reads as DATE_*_RELATIVE with the RelativeDate', () => {
    const { app } = world();
    const condition = app
      .newConditionalFormatRule()
      .whenDateAfter(app.RelativeDate.PAST_WEEK)
      .setBold(true)
      .build()
      .getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.DATE_AFTER_RELATIVE);
    expect(condition.getCriteriaValues()).toEqual([app.RelativeDate.PAST_WEEK]);
  });

  test('docs cf-builder getBooleanCondition/getGradientCondition: null for the other kind of rule', () => {
    const { app } = world();
    const gradient = app
      .newConditionalFormatRule()
      .setGradientMinpoint('#ffffff')
      .setGradientMaxpoint('#57bb8a')
      .build();
    expect(gradient.getBooleanCondition()).toBeNull();
    expect(gradient.getGradientCondition()!.getMaxType()).toBe(app.InterpolationType.MAX);
    const boolean = app.newConditionalFormatRule().whenCellEmpty().setItalic(true).build();
    expect(boolean.getGradientCondition()).toBeNull();
  });

  test('docs gradient-condition: the midpoint type is null when no midpoint is set', () => {
    const { app } = world();
    const gradient = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
      .setGradientMaxpointWithValue('#57bb8a', app.InterpolationType.NUMBER, '4')
      .build()
      .getGradientCondition()!;
    expect(gradient.getMidType()).toBeNull();
    expect(gradient.getMinValue()).toBe('0');
    expect(gradient.getMaxValue()).toBe('4');
  });
  test('gas-fakes testconditionalformat.js: boolean and gradient conditions print their names and give Color objects', () => {
    const w = world();
    w.as(OWNER, (app) => {
      const sheet = app.getActiveSpreadsheet()!.getSheets()[0]!;
      const rule1 = app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(50)
        .setBackground('#FF0000')
        .setFontColor('#FFFFFF')
        .setBold(true)
        .setRanges([sheet.getRange('A1:B10')])
        .build();
      expect(rule1.toString()).toBe('ConditionalFormatRule');
      const rule2 = app
        .newConditionalFormatRule()
        .setGradientMinpoint('#00FF00')
        .setGradientMaxpointWithValue('#0000FF', app.InterpolationType.MAX, '')
        .setRanges([sheet.getRange('C1:C10')])
        .build();
      sheet.setConditionalFormatRules([rule1, rule2]);
      const [r1, r2] = sheet.getConditionalFormatRules();
      const bool = r1!.getBooleanCondition()!;
      expect(bool.toString()).toBe('ConditionalFormatBooleanCondition');
      expect(bool.getCriteriaType().toString()).toBe('NUMBER_GREATER_THAN');
      expect(bool.getCriteriaValues()).toEqual([50]);
      expect(bool.getBackgroundObject()!.asRgbColor().asHexString()).toBe('#ff0000');
      expect(bool.getFontColorObject()!.asRgbColor().asHexString()).toBe('#ffffff');
      expect(String(bool.getBackgroundObject()!.getColorType())).toBe('RGB');
      expect(bool.getBold()).toBe(true);
      const gradient = r2!.getGradientCondition()!;
      expect(gradient.toString()).toBe('ConditionalFormatGradientCondition');
      expect(gradient.getMinColorObject()!.asRgbColor().asHexString()).toBe('#00ff00');
      expect(gradient.getMaxType()!.toString()).toBe('MAX');
      const copied = r1!.copy().whenCellEmpty().build().getBooleanCondition()!;
      expect([copied.getCriteriaType().toString(), copied.getBold()]).toEqual(['CELL_EMPTY', true]);
    });
  });

  test('docs boolean-condition#getBackgroundObject: null when the rule sets no background', () => {
    const { app } = world();
    const condition = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setItalic(true)
      .build()
      .getBooleanCondition()!;
    expect(condition.getBackgroundObject()).toBeNull();
    expect(condition.getFontColorObject()).toBeNull();
  });
});
