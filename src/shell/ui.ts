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
