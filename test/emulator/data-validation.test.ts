/** Unit tests for data-validation.ts: builders, built rules, model conversion, validateUserInput. */

import type { DataValidationModel } from '../../dev/emulator/model/cells';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { NotImplementedError } from '../../dev/emulator/runtime/errors';
import {
  dataValidationFromModel,
  dataValidationToModel,
  type DataValidation,
  newDataValidation,
  validateUserInput,
} from '../../dev/emulator/sheets/data-validation';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { DataValidationCriteria } from '../../dev/emulator/sheets/enums';
import { Range } from '../../dev/emulator/sheets/range';

function newDoc() {
  return createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
    owner: 'teacher@example.com',
    editors: ['ava@example.com'],
    viewers: ['parent@example.com'],
  });
}

type DataValidationCriteriaMember = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

function rule(kind: DataValidationModel['kind'], args: unknown[] = []): DataValidationModel {
  return { kind, args, allowInvalid: false };
}

describe('DataValidationBuilder', () => {
  test('each require method sets its criteria type and values', () => {
    const cases: [DataValidation, string, unknown[]][] = [
      [newDataValidation().requireCheckbox().build(), 'CHECKBOX', []],
      [newDataValidation().requireCheckbox('Y').build(), 'CHECKBOX', ['Y']],
      [newDataValidation().requireCheckbox('Y', 'N').build(), 'CHECKBOX', ['Y', 'N']],
      [
        newDataValidation().requireValueInList(['a', 'b']).build(),
        'VALUE_IN_LIST',
        [['a', 'b'], true],
      ],
      [
        newDataValidation().requireValueInList(['a'], false).build(),
        'VALUE_IN_LIST',
        [['a'], false],
      ],
      [newDataValidation().requireNumberBetween(1, 4).build(), 'NUMBER_BETWEEN', [1, 4]],
      [
        newDataValidation().requireNumberGreaterThanOrEqualTo(0).build(),
        'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        [0],
      ],
      [
        newDataValidation().requireNumberLessThanOrEqualTo(100).build(),
        'NUMBER_LESS_THAN_OR_EQUAL_TO',
        [100],
      ],
      [newDataValidation().requireDate().build(), 'DATE_IS_VALID_DATE', []],
      [newDataValidation().requireTextIsUrl().build(), 'TEXT_IS_VALID_URL', []],
      [newDataValidation().requireFormulaSatisfied('=A1>0').build(), 'CUSTOM_FORMULA', ['=A1>0']],
    ];
    for (const [built, type, values] of cases) {
      expect(String(built.getCriteriaType())).toBe(type);
      expect(built.getCriteriaValues()).toEqual(values);
    }
  });

  test('getCriteriaValues returns a copy', () => {
    const built = newDataValidation().requireValueInList(['a']).build();
    (built.getCriteriaValues()[0] as string[]).push('b');
    expect(built.getCriteriaValues()).toEqual([['a'], true]);
  });

  test('build without criteria throws', () => {
    expect(() => newDataValidation().build()).toThrow(/criteria/);
  });

  test('number methods refuse non-numbers', () => {
    expect(() => newDataValidation().requireNumberBetween('1' as unknown as number, 2)).toThrow(
      /method signature/,
    );
  });

  test('withCriteria takes the enum member and values as given', () => {
    const built = newDataValidation()
      .withCriteria(DataValidationCriteria.NUMBER_BETWEEN, [2, 3])
      .build();
    expect(built.getCriteriaType()).toBe(DataValidationCriteria.NUMBER_BETWEEN);
    expect(built.getCriteriaValues()).toEqual([2, 3]);
  });

  test('relative date criteria build, but a range refuses them loudly', () => {
    const built = newDataValidation()
      // @types lacks the *_RELATIVE members live Apps Script has (enums.ts).
      .withCriteria(
        (DataValidationCriteria as unknown as Record<string, DataValidationCriteriaMember>)
          .DATE_EQUAL_TO_RELATIVE!,
        ['TODAY'],
      )
      .build();
    expect(String(built.getCriteriaType())).toBe('DATE_EQUAL_TO_RELATIVE');
    expect(() => dataValidationToModel(built)).toThrow(NotImplementedError);
  });

  test('withCriteria refuses something that is not a criteria member', () => {
    expect(() => newDataValidation().withCriteria('NUMBER_BETWEEN' as never, [1, 2])).toThrow(
      /method signature for SpreadsheetApp.DataValidationBuilder.withCriteria/,
    );
  });

  test('copy() of a rule is an independent builder', () => {
    const built = newDataValidation().requireCheckbox().setHelpText('Tick it').build();
    const changed = built.copy().setAllowInvalid(false).build();
    expect(built.getAllowInvalid()).toBe(true);
    expect(changed.getAllowInvalid()).toBe(false);
    expect(changed.getHelpText()).toBe('Tick it');
  });

  test('builder calls are recorded as local when made with a context', () => {
    const ctx = new EmulatorContext();
    ctx.runAs('teacher@example.com', null, () =>
      newDataValidation(ctx).requireCheckbox().setAllowInvalid(false).build(),
    );
    expect(ctx.ledger.entries.map((e) => `${e.service}.${e.method}:${e.kind}`)).toEqual([
      'DataValidationBuilder.requireCheckbox:local',
      'DataValidationBuilder.setAllowInvalid:local',
      'DataValidationBuilder.build:local',
    ]);
  });
});

describe('model conversion', () => {
  test('a checkbox rule round-trips', () => {
    const doc = newDoc();
    const built = newDataValidation()
      .requireCheckbox('Y', 'N')
      .setAllowInvalid(false)
      .setHelpText('h')
      .build();
    const model = dataValidationToModel(built);
    expect(model).toEqual({
      kind: 'CHECKBOX',
      args: ['Y', 'N'],
      allowInvalid: false,
      helpText: 'h',
    });
    const back = dataValidationFromModel(doc, model);
    expect(back.getCriteriaValues()).toEqual(['Y', 'N']);
    expect(back.getAllowInvalid()).toBe(false);
    expect(back.getHelpText()).toBe('h');
  });

  test('a value-in-range rule stores plain coordinates and reads back a Range', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const list = new Range(doc, sheet, { row: 1, column: 7, numRows: 5, numColumns: 1 });
    const model = dataValidationToModel(newDataValidation().requireValueInRange(list).build());
    expect(model.args).toEqual([
      { sheetId: 0, rect: { row: 1, column: 7, numRows: 5, numColumns: 1 } },
      true,
    ]);
    expect(model.showDropdown).toBe(true);
    expect(structuredClone(model)).toEqual(model);
    const [range, dropdown] = dataValidationFromModel(doc, model).getCriteriaValues() as [
      Range,
      boolean,
    ];
    expect(range.getA1Notation()).toBe('H2:H6');
    expect(dropdown).toBe(true);
  });

  test('date rules store whole-day serials in the given zone and read back midnight there', () => {
    const doc = newDoc();
    const built = newDataValidation()
      .requireDateBetween(new Date('2026-09-01T15:30:00Z'), new Date('2026-09-30T12:00:00Z'))
      .build();
    const model = dataValidationToModel(built, 'America/New_York');
    expect(model.args).toEqual([46266, 46295]);
    const [start, end] = dataValidationFromModel(doc, model).getCriteriaValues() as Date[];
    expect(start!.toISOString()).toBe('2026-09-01T04:00:00.000Z');
    expect(end!.toISOString()).toBe('2026-09-30T04:00:00.000Z');
  });

  test('only emulated rules can be stored', () => {
    expect(() =>
      dataValidationToModel({} as unknown as GoogleAppsScript.Spreadsheet.DataValidation),
    ).toThrow(/method signature/);
  });
});

describe('validateUserInput', () => {
  test.each([
    // rule, value, accepted
    [rule('CHECKBOX'), true, true],
    [rule('CHECKBOX'), false, true],
    [rule('CHECKBOX'), 'true', true],
    [rule('CHECKBOX'), 'yes', false],
    [rule('CHECKBOX'), 1, false],
    [rule('CHECKBOX', ['Done']), 'Done', true],
    [rule('CHECKBOX', ['Done']), 'done', true],
    [rule('CHECKBOX', ['Done']), true, false],
    [rule('CHECKBOX', ['Y', 'N']), 'N', true],
    [rule('CHECKBOX', ['Y', 'N']), 'Maybe', false],
    [rule('VALUE_IN_LIST', [['Not yet', 'Mastered'], true]), 'Mastered', true],
    [rule('VALUE_IN_LIST', [['Not yet', 'Mastered'], true]), 'Nope', false],
    [rule('VALUE_IN_LIST', [['1', '2'], true]), 2, true],
    [rule('NUMBER_BETWEEN', [1, 4]), 4, true],
    [rule('NUMBER_BETWEEN', [1, 4]), 0.5, false],
    [rule('NUMBER_BETWEEN', [1, 4]), 'three', false],
    [rule('NUMBER_BETWEEN', [1, 4]), '3', true],
    [rule('NUMBER_GREATER_THAN_OR_EQUAL_TO', [0]), -1, false],
    [rule('NUMBER_LESS_THAN_OR_EQUAL_TO', [10]), 10, true],
    [rule('DATE_IS_VALID_DATE'), 46279, true],
    [rule('DATE_IS_VALID_DATE'), 'next tuesday', false],
    [rule('TEXT_IS_VALID_URL'), 'https://example.com/a?b=c', true],
    [rule('TEXT_IS_VALID_URL'), 'example.com', true],
    [rule('TEXT_IS_VALID_URL'), 'not a url', false],
    [rule('CUSTOM_FORMULA', ['=A1>0']), 'anything', true],
    [rule('NUMBER_EQUAL_TO', [5]), 5, true],
    [rule('NUMBER_EQUAL_TO', [5]), 6, false],
    [rule('NUMBER_NOT_EQUAL_TO', [5]), 5, false],
    [rule('NUMBER_GREATER_THAN', [5]), 5, false],
    [rule('NUMBER_LESS_THAN', [5]), 4.5, true],
    [rule('NUMBER_NOT_BETWEEN', [1, 4]), 4, false],
    [rule('NUMBER_NOT_BETWEEN', [1, 4]), 5, true],
    [rule('DATE_AFTER', [46279]), 46279.5, false],
    [rule('DATE_AFTER', [46279]), 46280, true],
    [rule('DATE_ON_OR_AFTER', [46279]), 46279.5, true],
    [rule('DATE_BEFORE', [46279]), 46278, true],
    [rule('DATE_ON_OR_BEFORE', [46279]), 46280, false],
    [rule('DATE_EQUAL_TO', [46279]), 46279.25, true],
    [rule('DATE_BETWEEN', [46279, 46281]), 46282, false],
    [rule('DATE_NOT_BETWEEN', [46279, 46281]), 46282, true],
    [rule('DATE_AFTER', [46279]), 'soon', false],
    [rule('DATE_EQUAL_TO', ['=I1']), 46000, true],
    [rule('TEXT_CONTAINS', ['link']), 'My Link here', true],
    [rule('TEXT_DOES_NOT_CONTAIN', ['link']), 'My Link here', false],
    [rule('TEXT_EQUAL_TO', ['Done']), 'done', true],
    [rule('TEXT_IS_VALID_EMAIL'), 'ava@school.org', true],
    [rule('TEXT_IS_VALID_EMAIL'), 'ava at school', false],
  ] as const)('%j accepts %j: %s', (validation, value, accepted) => {
    expect(validateUserInput(validation, value)).toBe(accepted);
  });

  test('clearing a validated cell is always accepted', () => {
    expect(validateUserInput(rule('CHECKBOX'), null)).toBe(true);
    expect(validateUserInput(rule('NUMBER_BETWEEN', [1, 2]), '')).toBe(true);
  });

  test('value-in-range and custom-formula rules use the lookups when given', () => {
    const ref = { sheetId: 0, rect: { row: 0, column: 0, numRows: 2, numColumns: 1 } };
    const lookups = { rangeValues: () => ['Ava', null], formulaHolds: () => false };
    expect(validateUserInput(rule('VALUE_IN_RANGE', [ref, true]), 'ava', lookups)).toBe(true);
    expect(validateUserInput(rule('VALUE_IN_RANGE', [ref, true]), 'Ben', lookups)).toBe(false);
    expect(validateUserInput(rule('CUSTOM_FORMULA', ['=FALSE']), 'x', lookups)).toBe(false);
  });
});
