/**
 * Builders for Apps Script's formatting objects from the core's plain descriptions: conditional
 * format rules and data validations. Kept apart so each tab's code reads as what it lays out.
 */

import type { FormulaRule, Rect } from '../core/tab-format';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function rangeOf(sheet: Sheet, rect: Rect): Range {
  return sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
}

export function conditionalRules(
  sheet: Sheet,
  rules: readonly FormulaRule[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return rules.map((rule) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges([rangeOf(sheet, rule.range)]);
    if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
    if (rule.bold) builder = builder.setBold(true);
    return builder.build();
  });
}

export function checkboxValidation(): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireCheckbox().build();
}

/** Input the UI refuses unless `formula` holds, with a help text saying what to type. */
export function formulaValidation(
  formula: string,
  helpText: string,
): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied(formula)
    .setAllowInvalid(false)
    .setHelpText(helpText)
    .build();
}

export function listValidation(choices: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(choices, true).build();
}
