/**
 * Fidelity: protections, data validation and conditional-format rules behave as Google documents
 * them or as live Apps Script was observed to behave. Each test names its source:
 * - "docs protection" = developers.google.com/apps-script/reference/spreadsheet/protection
 *   (and range#protect, sheet#protect);
 * - "docs dv-builder" = .../spreadsheet/data-validation-builder, data-validation-criteria;
 * - "docs cf-builder" = .../spreadsheet/conditional-format-rule-builder, boolean-criteria,
 *   gradient-condition;
 * - "gas-fakes <file>" = brucemcpherson/gas-fakes (MIT) test files, whose assertions were run
 *   against live Apps Script.
 * Scripts run through the emulated SpreadsheetApp as the named person.
 */

import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
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
      expect(() => protection.setUnprotectedRanges([range(app, 'A1')])).toThrow();
    });
  });

  test('docs protection: setDomainEdit throws for a file owned by a gmail.com account', () => {
    const w = world('teacher@gmail.com');
    w.as('teacher@gmail.com', (app) => {
      const protection = range(app, 'A1').protect();
      expect(protection.canDomainEdit()).toBe(false);
      expect(() => protection.setDomainEdit(false)).toThrow();
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
      expect(() => protections[0]!.remove()).toThrow();
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
});

describe('Data validation', () => {
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
});
