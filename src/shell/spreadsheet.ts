/** The spreadsheet the add-on runs in (the bound file, through the currentonly scope). */

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}
