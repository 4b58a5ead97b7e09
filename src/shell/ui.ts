/** The spreadsheet's UI: the add-on menu and the sidebar. Safe in AuthMode.NONE until a page is shown. */

import { ADDON_TITLE, addonMenu } from '../core/menu';

export function installAddonMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of addonMenu) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** Shows an inlined page from build/ (never as a template: inlined scripts may contain `<?`). */
export function showSidebar(page: string): void {
  const output = HtmlService.createHtmlOutputFromFile(page).setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(output);
}

/** A message box with an OK button (menu actions run in FULL, where alerts are allowed). */
export function tell(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** A short note in the corner of the spreadsheet. */
export function toast(message: string, title: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 5);
}
