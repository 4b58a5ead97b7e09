// Unit tests of the shown style (dev/emulator/evaluation/effective-style.ts): cell style over the
// default, then the first conditional-format rule that holds, colour scales.

import { DEFAULT_STYLE, type Scalar } from '../../dev/emulator/model/cells';
import {
  cellFor,
  type BooleanConditionKind,
  type ConditionalFormatRuleModel,
  type SheetModel,
} from '../../dev/emulator/model/workbook';
import { effectiveStyle, StyleCache } from '../../dev/emulator/evaluation/effective-style';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';

const RED = '#ff0000';
const GREEN = '#00ff00';

function setup(): { doc: SpreadsheetDocument; sheet: SheetModel; clock: Clock } {
  const clock = new Clock('2026-09-14T12:00:00Z');
  const doc = createDocument(new EmulatorContext(clock), { owner: 'teacher@example.com' });
  return { doc, sheet: doc.model.sheets[0] as SheetModel, clock };
}

function put(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  row: number,
  column: number,
  content: Scalar,
): void {
  const cell = cellFor(sheet, row, column);
  if (typeof content === 'string' && content.startsWith('=')) cell.formula = content;
  else cell.value = content;
  doc.engine.syncCells(sheet, { row, column, numRows: 1, numColumns: 1 });
}

function booleanRule(
  condition: BooleanConditionKind,
  values: unknown[],
  background = RED,
  range = { row: 0, column: 0, numRows: 10, numColumns: 5 },
): ConditionalFormatRuleModel {
  return { ranges: [range], rule: { type: 'boolean', condition, values, style: { background } } };
}

describe('effectiveStyle', () => {
  test('no rules: the default overlaid by the cell style', () => {
    const { doc, sheet } = setup();
    cellFor(sheet, 0, 0).style = { fontWeight: 'bold', background: '#eeeeee' };
    expect(effectiveStyle(doc, sheet, 0, 0)).toEqual({
      ...DEFAULT_STYLE,
      fontWeight: 'bold',
      background: '#eeeeee',
      appliedRule: null,
    });
    expect(effectiveStyle(doc, sheet, 3, 3)).toEqual({ ...DEFAULT_STYLE, appliedRule: null });
  });

  test.each<[BooleanConditionKind, unknown[], Scalar | null, boolean]>([
    ['CELL_EMPTY', [], null, true],
    ['CELL_EMPTY', [], 'x', false],
    ['CELL_NOT_EMPTY', [], 0, true],
    ['CELL_NOT_EMPTY', [], null, false],
    ['TEXT_CONTAINS', ['done'], 'Not Done yet', true],
    ['TEXT_CONTAINS', ['done'], 'pending', false],
    ['TEXT_DOES_NOT_CONTAIN', ['done'], 'pending', true],
    ['TEXT_EQUAL_TO', ['yes'], 'YES', true],
    ['TEXT_EQUAL_TO', ['yes'], 'yes!', false],
    ['TEXT_STARTS_WITH', ['les'], 'Lesson 3', true],
    ['TEXT_ENDS_WITH', ['3'], 'Lesson 3', true],
    ['NUMBER_GREATER_THAN', [5], 6, true],
    ['NUMBER_GREATER_THAN', [5], 5, false],
    ['NUMBER_GREATER_THAN', ['5'], 6, true],
    ['NUMBER_GREATER_THAN', [5], '6', false],
    ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [5], 5, true],
    ['NUMBER_LESS_THAN', [5], 4, true],
    ['NUMBER_LESS_THAN', [5], null, false],
    ['NUMBER_LESS_THAN_OR_EQUAL_TO', [5], 5, true],
    ['NUMBER_EQUAL_TO', [5], 5, true],
    ['NUMBER_NOT_EQUAL_TO', [5], 4, true],
    ['NUMBER_BETWEEN', [1, 3], 3, true],
    ['NUMBER_BETWEEN', [3, 1], 2, true],
    ['NUMBER_BETWEEN', [1, 3], 4, false],
    ['NUMBER_NOT_BETWEEN', [1, 3], 4, true],
    ['DATE_EQUAL_TO', [46279], 46279.75, true],
    ['DATE_BEFORE', [46279], 46278, true],
    ['DATE_AFTER', [46279], 46279.5, false],
    ['DATE_EQUAL_TO', ['TODAY'], 46279, true],
    ['DATE_EQUAL_TO', ['TOMORROW'], 46280, true],
    ['DATE_EQUAL_TO', ['YESTERDAY'], 46278, true],
    ['DATE_EQUAL_TO', ['PAST_WEEK'], 46274, true],
    ['DATE_EQUAL_TO', ['PAST_WEEK'], 46270, false],
    ['DATE_BEFORE', ['TODAY'], 46278, true],
    ['DATE_BEFORE', ['PAST_WEEK'], 46271, true],
    ['DATE_BEFORE', ['PAST_MONTH'], 46247, true],
    ['DATE_BEFORE', ['PAST_MONTH'], 46248, false],

    ['DATE_AFTER', ['PAST_YEAR'], 46000, true],
    ['DATE_AFTER', ['TODAY'], 'tomorrow', false],
    ['CUSTOM_FORMULA', ['=A1>5'], 6, true],
    ['CUSTOM_FORMULA', ['=A1>5'], 5, false],
    ['NUMBER_GREATER_THAN', ['=$E$1'], 6, true],
  ])('%s %j with cell value %p -> applies: %p', (condition, values, cellValue, applies) => {
    const { doc, sheet } = setup();
    put(doc, sheet, 0, 4, 5); // E1, used by the formula criterion
    if (cellValue !== null) put(doc, sheet, 0, 0, cellValue);
    sheet.conditionalFormats = [
      booleanRule(condition, values, RED, { row: 0, column: 0, numRows: 1, numColumns: 1 }),
    ];
    const style = effectiveStyle(doc, sheet, 0, 0);
    expect(style.background).toBe(applies ? RED : DEFAULT_STYLE.background);
    expect(style.appliedRule).toBe(applies ? 0 : null);
  });

  test('the first rule that holds wins; later rules are not merged in', () => {
    const { doc, sheet } = setup();
    put(doc, sheet, 0, 0, 10);
    sheet.conditionalFormats = [
      booleanRule('NUMBER_GREATER_THAN', [100], GREEN),
      {
        ranges: [{ row: 0, column: 0, numRows: 5, numColumns: 5 }],
        rule: {
          type: 'boolean',
          condition: 'NUMBER_GREATER_THAN',
          values: [5],
          style: { fontWeight: 'bold' },
        },
      },
      booleanRule('NUMBER_GREATER_THAN', [1], RED),
    ];
    const style = effectiveStyle(doc, sheet, 0, 0);
    expect(style.appliedRule).toBe(1);
    expect(style.fontWeight).toBe('bold');
    expect(style.background).toBe(DEFAULT_STYLE.background);
  });

  test('a rule only applies inside its ranges; the conditional style overrides the cell style', () => {
    const { doc, sheet } = setup();
    put(doc, sheet, 0, 0, 'x');
    put(doc, sheet, 0, 7, 'x');
    cellFor(sheet, 0, 0).style = { background: '#cccccc', fontStyle: 'italic' };
    sheet.conditionalFormats = [booleanRule('CELL_NOT_EMPTY', [])];
    expect(effectiveStyle(doc, sheet, 0, 0)).toMatchObject({
      background: RED,
      fontStyle: 'italic',
    });
    expect(effectiveStyle(doc, sheet, 0, 7).appliedRule).toBeNull();
  });

  test('custom formulas are relative to the top-left cell of the first range', () => {
    const { doc, sheet } = setup();
    // Rows 2-4 (B2:C4): highlight the row when column A says "done".
    put(doc, sheet, 1, 0, 'done');
    put(doc, sheet, 2, 0, 'open');
    put(doc, sheet, 3, 0, 'done');
    sheet.conditionalFormats = [
      booleanRule('CUSTOM_FORMULA', ['=$A2="done"'], GREEN, {
        row: 1,
        column: 1,
        numRows: 3,
        numColumns: 2,
      }),
    ];
    const shaded = [1, 2, 3].map((r) =>
      [1, 2].map((c) => effectiveStyle(doc, sheet, r, c).background),
    );
    expect(shaded).toEqual([
      [GREEN, GREEN],
      ['#ffffff', '#ffffff'],
      [GREEN, GREEN],
    ]);
  });

  test('a TODAY-based rule changes when the clock moves, with no edit', () => {
    const { doc, sheet, clock } = setup();
    put(doc, sheet, 0, 0, 46281); // due 9/16/2026
    sheet.conditionalFormats = [booleanRule('CUSTOM_FORMULA', ['=A1<TODAY()'])];
    expect(effectiveStyle(doc, sheet, 0, 0).appliedRule).toBeNull();
    clock.advanceDays(3);
    expect(effectiveStyle(doc, sheet, 0, 0).appliedRule).toBe(0);
  });

  test('formula cells are judged by their computed value; errors satisfy no number rule', () => {
    const { doc, sheet } = setup();
    put(doc, sheet, 0, 0, '=2*3');
    put(doc, sheet, 1, 0, '=1/0');
    sheet.conditionalFormats = [booleanRule('NUMBER_GREATER_THAN', [5])];
    expect(effectiveStyle(doc, sheet, 0, 0).background).toBe(RED);
    expect(effectiveStyle(doc, sheet, 1, 0).appliedRule).toBeNull();
  });

  test('colour scale interpolates between min and max', () => {
    const { doc, sheet } = setup();
    [0, 5, 10].forEach((v, r) => put(doc, sheet, r, 0, v));
    put(doc, sheet, 3, 0, 'text');
    sheet.conditionalFormats = [
      {
        ranges: [{ row: 0, column: 0, numRows: 4, numColumns: 1 }],
        rule: {
          type: 'gradient',
          min: { color: '#ffffff', kind: 'MIN' },
          max: { color: '#000000', kind: 'MAX' },
        },
      },
    ];
    expect([0, 1, 2].map((r) => effectiveStyle(doc, sheet, r, 0).background)).toEqual([
      '#ffffff',
      '#808080',
      '#000000',
    ]);
    expect(effectiveStyle(doc, sheet, 3, 0).appliedRule).toBeNull();
  });

  test('colour scale with a numeric midpoint and percent points', () => {
    const { doc, sheet } = setup();
    [0, 25, 50, 100].forEach((v, r) => put(doc, sheet, r, 0, v));
    sheet.conditionalFormats = [
      {
        ranges: [{ row: 0, column: 0, numRows: 4, numColumns: 1 }],
        rule: {
          type: 'gradient',
          min: { color: '#ff0000', kind: 'NUMBER', value: '0' },
          mid: { color: '#ffff00', kind: 'PERCENT', value: '50' },
          max: { color: '#00ff00', kind: 'PERCENTILE', value: '100' },
        },
      },
    ];
    expect([0, 1, 2, 3].map((r) => effectiveStyle(doc, sheet, r, 0).background)).toEqual([
      '#ff0000',
      '#ff8000',
      '#ffff00',
      '#00ff00',
    ]);
  });

  test('a pass over a 10x30 grid with one StyleCache reads the colour scale range once', () => {
    const { doc, sheet } = setup();
    for (let r = 0; r < 10; r++) {
      for (let c = 0; c < 30; c++) cellFor(sheet, r, c).value = (r * 30 + c) % 7;
    }
    doc.engine.syncCells(sheet, { row: 0, column: 0, numRows: 10, numColumns: 30 });
    const everywhere = { row: 0, column: 0, numRows: 10, numColumns: 30 };
    sheet.conditionalFormats = [
      booleanRule('CUSTOM_FORMULA', ['=AND(A1>5,$A1<3)'], RED, everywhere),
      booleanRule('NUMBER_EQUAL_TO', [3], GREEN, everywhere),
      {
        ranges: [everywhere],
        rule: {
          type: 'gradient',
          min: { color: '#ffffff', kind: 'MIN' },
          max: { color: '#0000ff', kind: 'MAX' },
        },
      },
    ];
    const cache = new StyleCache();
    let applied = 0;
    for (let r = 0; r < 10; r++) {
      for (let c = 0; c < 30; c++)
        if (effectiveStyle(doc, sheet, r, c, cache).appliedRule !== null) applied++;
    }
    expect(applied).toBe(300);
    expect(cache.rangesRead).toBe(1);
  });

  test('an edit followed at once by a read shows the new colour-scale colour', () => {
    const { doc, sheet } = setup();
    [0, 5, 10].forEach((v, r) => put(doc, sheet, r, 0, v));
    sheet.conditionalFormats = [
      {
        ranges: [{ row: 0, column: 0, numRows: 3, numColumns: 1 }],
        rule: {
          type: 'gradient',
          min: { color: '#ffffff', kind: 'MIN' },
          max: { color: '#000000', kind: 'MAX' },
        },
      },
    ];
    expect(effectiveStyle(doc, sheet, 1, 0).background).toBe('#808080');
    put(doc, sheet, 2, 0, 20); // same synchronous task: no microtask in between
    expect(effectiveStyle(doc, sheet, 1, 0).background).toBe('#bfbfbf');
  });

  test('a blank cell holds no number condition: it is not read as 0 (README, "Where it differs")', () => {
    const { doc, sheet } = setup();
    put(doc, sheet, 0, 0, 0);
    sheet.conditionalFormats = [
      booleanRule('NUMBER_LESS_THAN', [5]),
      booleanRule('NUMBER_EQUAL_TO', [0], GREEN),
    ];
    expect(effectiveStyle(doc, sheet, 0, 0).appliedRule).toBe(0);
    expect(effectiveStyle(doc, sheet, 1, 0).appliedRule).toBeNull();
  });
});
