/** Unit tests for conditional-format.ts: the builder, built rules, and model conversion. */

import type { BooleanRuleModel, GradientRuleModel } from '../../dev/emulator/model/workbook';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import {
  type ConditionalFormatRule,
  newConditionalFormatRule,
  ruleFromModel,
  ruleToModel,
} from '../../dev/emulator/sheets/conditional-format';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { BooleanCriteria, InterpolationType, RelativeDate } from '../../dev/emulator/sheets/enums';
import { Range } from '../../dev/emulator/sheets/range';

function newDoc() {
  return createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
    owner: 'teacher@example.com',
    editors: ['ava@example.com'],
    viewers: ['parent@example.com'],
    timeZone: 'America/New_York',
  });
}

function a1b3(doc: ReturnType<typeof newDoc>): Range {
  return new Range(doc, doc.model.sheets[0]!, { row: 0, column: 0, numRows: 3, numColumns: 2 });
}

describe('ConditionalFormatRuleBuilder', () => {
  test('each when* method sets its criteria and values', () => {
    const b = () => newConditionalFormatRule().setBold(true);
    const cases: [ConditionalFormatRule, string, unknown[]][] = [
      [b().whenCellEmpty().build(), 'CELL_EMPTY', []],
      [b().whenCellNotEmpty().build(), 'CELL_NOT_EMPTY', []],
      [b().whenTextContains('x').build(), 'TEXT_CONTAINS', ['x']],
      [b().whenTextDoesNotContain('x').build(), 'TEXT_DOES_NOT_CONTAIN', ['x']],
      [b().whenTextEqualTo('x').build(), 'TEXT_EQUAL_TO', ['x']],
      [b().whenTextStartsWith('x').build(), 'TEXT_STARTS_WITH', ['x']],
      [b().whenTextEndsWith('x').build(), 'TEXT_ENDS_WITH', ['x']],
      [b().whenNumberGreaterThan(1).build(), 'NUMBER_GREATER_THAN', [1]],
      [b().whenNumberGreaterThanOrEqualTo(1).build(), 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [1]],
      [b().whenNumberLessThan(1).build(), 'NUMBER_LESS_THAN', [1]],
      [b().whenNumberLessThanOrEqualTo(1).build(), 'NUMBER_LESS_THAN_OR_EQUAL_TO', [1]],
      [b().whenNumberEqualTo(1).build(), 'NUMBER_EQUAL_TO', [1]],
      [b().whenNumberNotEqualTo(1).build(), 'NUMBER_NOT_EQUAL_TO', [1]],
      [b().whenNumberBetween(1, 2).build(), 'NUMBER_BETWEEN', [1, 2]],
      [b().whenNumberNotBetween(1, 2).build(), 'NUMBER_NOT_BETWEEN', [1, 2]],
      [b().whenFormulaSatisfied('=$A1="x"').build(), 'CUSTOM_FORMULA', ['=$A1="x"']],
      [
        b().whenDateBefore(RelativeDate.TODAY).build(),
        'DATE_BEFORE_RELATIVE',
        [RelativeDate.TODAY],
      ],
    ];
    for (const [rule, type, values] of cases) {
      const condition = rule.getBooleanCondition()!;
      expect(String(condition.getCriteriaType())).toBe(type);
      expect(condition.getCriteriaValues()).toEqual(values);
      expect(rule.getGradientCondition()).toBeNull();
    }
  });

  test('format setters normalise colours; unset properties read null', () => {
    const condition = newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#FF0000')
      .setFontColor('blue')
      .setItalic(false)
      .build()
      .getBooleanCondition()!;
    expect(condition.getBackground()).toBe('#ff0000');
    expect(condition.getFontColor()).toBe('#0000ff');
    expect(condition.getItalic()).toBe(false);
    expect(condition.getBold()).toBeNull();
    expect(condition.getUnderline()).toBeNull();
    expect(condition.getStrikethrough()).toBeNull();
  });

  test('setBackground(null) clears the colour', () => {
    const builder = newConditionalFormatRule().whenCellEmpty().setBackground('red');
    expect(builder.setBackground(null).getBooleanCondition()!.getBackground()).toBeNull();
  });

  test('build without a condition throws; a gradient needs min and max', () => {
    expect(() => newConditionalFormatRule().setBold(true).build()).toThrow(/condition/);
    expect(() => newConditionalFormatRule().setGradientMinpoint('#ffffff').build()).toThrow(
      /maxpoint/,
    );
  });

  test('number and date methods check their arguments', () => {
    expect(() => newConditionalFormatRule().whenNumberBetween(1, 'x' as unknown as number)).toThrow(
      /method signature/,
    );
    expect(() => newConditionalFormatRule().whenDateAfter('2026-01-01' as unknown as Date)).toThrow(
      /method signature/,
    );
  });

  test('withCriteria maps the enum, including relative dates', () => {
    const relative = newConditionalFormatRule()
      .withCriteria(BooleanCriteria.DATE_AFTER_RELATIVE, [RelativeDate.PAST_WEEK])
      .getBooleanCondition()!;
    expect(relative.getCriteriaType()).toBe(BooleanCriteria.DATE_AFTER_RELATIVE);
    const formula = newConditionalFormatRule()
      .withCriteria(BooleanCriteria.CUSTOM_FORMULA, ['=B2>3'])
      .getBooleanCondition()!;
    expect(formula.getCriteriaValues()).toEqual(['=B2>3']);
  });

  test('gradient points read back colour, type and value', () => {
    const gradient = newConditionalFormatRule()
      .setGradientMinpoint('#FFFFFF')
      .setGradientMidpointWithValue('#ffff00', InterpolationType.PERCENTILE, '50')
      .setGradientMaxpointWithValue('#00ff00', InterpolationType.NUMBER, '10')
      .build()
      .getGradientCondition()!;
    expect(gradient.getMinColor()).toBe('#ffffff');
    expect(gradient.getMinType()).toBe(InterpolationType.MIN);
    expect(gradient.getMinValue()).toBe('');
    expect(gradient.getMidType()).toBe(InterpolationType.PERCENTILE);
    expect(gradient.getMidValue()).toBe('50');
    expect(gradient.getMaxType()).toBe(InterpolationType.NUMBER);
    expect(gradient.getMaxValue()).toBe('10');
  });

  test('choosing a condition after a gradient makes it a boolean rule', () => {
    const rule = newConditionalFormatRule()
      .setGradientMinpoint('#ffffff')
      .setGradientMaxpoint('#000000')
      .whenCellEmpty()
      .setBold(true)
      .build();
    expect(rule.getGradientCondition()).toBeNull();
    expect(rule.getBooleanCondition()).not.toBeNull();
  });

  test('copy() makes an independent builder', () => {
    const doc = newDoc();
    const rule = newConditionalFormatRule()
      .whenCellEmpty()
      .setBold(true)
      .setRanges([a1b3(doc)])
      .build();
    const changed = rule.copy().whenCellNotEmpty().build();
    expect(String(rule.getBooleanCondition()!.getCriteriaType())).toBe('CELL_EMPTY');
    expect(String(changed.getBooleanCondition()!.getCriteriaType())).toBe('CELL_NOT_EMPTY');
    expect(changed.getRanges()).toHaveLength(1);
  });
});

describe('model conversion', () => {
  test('a custom-formula rule stores its formula, rectangles and style', () => {
    const doc = newDoc();
    const rule = newConditionalFormatRule()
      .whenFormulaSatisfied('=$C1="Mastered"')
      .setBackground('#B7E1CD')
      .setBold(true)
      .setStrikethrough(true)
      .setRanges([a1b3(doc)])
      .build();
    expect(ruleToModel(rule)).toEqual({
      ranges: [{ row: 0, column: 0, numRows: 3, numColumns: 2 }],
      rule: {
        type: 'boolean',
        condition: 'CUSTOM_FORMULA',
        values: ['=$C1="Mastered"'],
        style: { background: '#b7e1cd', fontWeight: 'bold', fontLine: 'line-through' },
      },
    });
  });

  test('relative dates are stored by name and dates as whole-day serials in the file’s zone', () => {
    const doc = newDoc();
    const relative = ruleToModel(
      newConditionalFormatRule()
        .whenDateBefore(RelativeDate.PAST_MONTH)
        .setBold(true)
        .setRanges([a1b3(doc)])
        .build(),
    );
    expect((relative.rule as BooleanRuleModel).values).toEqual(['PAST_MONTH']);
    // 2026-09-14 01:00 UTC is still 13 September in New York: serial 46278.
    const absolute = ruleToModel(
      newConditionalFormatRule()
        .whenDateEqualTo(new Date('2026-09-14T01:00:00Z'))
        .setBold(true)
        .setRanges([a1b3(doc)])
        .build(),
    );
    expect((absolute.rule as BooleanRuleModel).values).toEqual([46278]);
  });

  test('ranges on another sheet are refused when the sheet is given', () => {
    const doc = newDoc();
    const rule = newConditionalFormatRule().whenCellEmpty().setBold(true);
    const built = rule.setRanges([a1b3(doc)]).build();
    expect(() => ruleToModel(built, { sheetId: 42 })).toThrow(/different sheet/);
  });

  test('ruleFromModel reads back Ranges, criteria, dates and style', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    sheet.conditionalFormats.push({
      ranges: [{ row: 1, column: 2, numRows: 10, numColumns: 1 }],
      rule: {
        type: 'boolean',
        condition: 'DATE_AFTER',
        values: [46279],
        style: { fontColor: '#ff0000', fontLine: 'underline' },
      },
    });
    const rule = ruleFromModel(doc, sheet.conditionalFormats[0]!);
    expect(rule.getRanges().map((r) => (r as Range).getA1Notation())).toEqual(['C2:C11']);
    const condition = rule.getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe('DATE_AFTER');
    const [date] = condition.getCriteriaValues() as [Date];
    expect(date.toISOString()).toBe('2026-09-14T04:00:00.000Z');
    expect(condition.getFontColor()).toBe('#ff0000');
    expect(condition.getUnderline()).toBe(true);
    expect(condition.getBold()).toBeNull();
  });

  test('relative dates read back as RelativeDate members', () => {
    const doc = newDoc();
    const rule = ruleFromModel(doc, {
      ranges: [],
      rule: { type: 'boolean', condition: 'DATE_EQUAL_TO', values: ['TODAY'], style: {} },
    });
    const condition = rule.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(BooleanCriteria.DATE_EQUAL_TO_RELATIVE);
    expect(condition.getCriteriaValues()).toEqual([RelativeDate.TODAY]);
  });

  test('a gradient rule round-trips', () => {
    const doc = newDoc();
    const built = newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', InterpolationType.NUMBER, '0')
      .setGradientMaxpoint('#57bb8a')
      .setRanges([a1b3(doc)])
      .build();
    const model = ruleToModel(built);
    expect(model.rule as GradientRuleModel).toEqual({
      type: 'gradient',
      min: { color: '#ffffff', kind: 'NUMBER', value: '0' },
      max: { color: '#57bb8a', kind: 'MAX' },
    });
    const back = ruleFromModel(doc, model, doc.model.sheets[0]).getGradientCondition()!;
    expect(back.getMinValue()).toBe('0');
    expect(back.getMaxType()).toBe(InterpolationType.MAX);
    expect(back.getMidType()).toBeNull();
  });

  test('only emulated rules can be stored', () => {
    expect(() =>
      ruleToModel({} as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule),
    ).toThrow(/method signature/);
  });
});
