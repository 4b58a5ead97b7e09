/**
 * Checkboxes whose value comes from a formula. Sources: developers.google.com/apps-script/
 * reference/spreadsheet/range#isChecked() ("whether all cells in the range have their checkbox
 * state as 'checked'"), #check() and #uncheck() ("Ignores the cells in the range which currently
 * do not contain either the checked or unchecked value configured"), and gas-fakes
 * (brucemcpherson/gas-fakes): its isChecked reads the cell's effective value, checked live in
 * test/testsheetsvui.js, and test/testsheetsdatavalidations.js "unchecking/checking checkboxes"
 * (live) for cells holding values.
 */

import { oneSheet } from '../support/one-sheet';

function checkboxes() {
  const { sheet } = oneSheet();
  sheet.getRange('A1:A4').insertCheckboxes();
  sheet.getRange('A1').setFormula('=TRUE');
  sheet.getRange('A2').setFormula('=FALSE');
  sheet.getRange('B3').setValue(5);
  sheet.getRange('A3').setFormula('=B3>0');
  return sheet;
}

describe('a checkbox holding a formula', () => {
  test('isChecked reads the state the formula gives it', () => {
    const sheet = checkboxes();
    expect(sheet.getRange('A1').isChecked()).toBe(true);
    expect(sheet.getRange('A2').isChecked()).toBe(false);
    expect(sheet.getRange('A3').isChecked()).toBe(true);
    expect(sheet.getRange('A1:A2').isChecked()).toBeNull();
    sheet.getRange('B3').setValue(-1);
    expect(sheet.getRange('A3').isChecked()).toBe(false);
  });

  test('uncheck() and check() leave a formula cell and its formula alone', () => {
    const sheet = checkboxes();
    sheet.getRange('A1:A4').uncheck();
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([['=TRUE'], ['=FALSE'], ['=B3>0']]);
    expect(sheet.getRange('A1').isChecked()).toBe(true);
    expect(sheet.getRange('A4').getValue()).toBe(false);
    sheet.getRange('A1:A4').check();
    expect(sheet.getRange('A2').getFormula()).toBe('=FALSE');
    expect(sheet.getRange('A2').isChecked()).toBe(false);
    expect(sheet.getRange('A4').getValue()).toBe(true);
  });

  test('removeCheckboxes() drops the rule and keeps the formula', () => {
    const sheet = checkboxes();
    sheet.getRange('A1:A4').removeCheckboxes();
    expect(sheet.getRange('A1').getFormula()).toBe('=TRUE');
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(sheet.getRange('A4').getValue()).toBe('');
  });
});
