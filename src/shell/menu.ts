/** Puts the add-on menu into the spreadsheet's UI. Safe in AuthMode.NONE: it touches only the Ui. */

import { ADDON_TITLE, addonMenu } from '../core/menu';

export function installAddonMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of addonMenu) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export { ADDON_TITLE };
