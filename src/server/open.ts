/**
 * Simple triggers and menu callbacks that open the add-on's UI. onOpen may run in AuthMode.NONE,
 * so it touches nothing but the Ui.
 */

import { ADDON_TITLE, installAddonMenu } from '../shell/menu';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  installAddonMenu(SpreadsheetApp.getUi());
}

export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

export function openSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}
