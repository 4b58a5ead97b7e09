/**
 * Simple triggers and menu callbacks that open the add-on's UI. onOpen may run in AuthMode.NONE,
 * so it touches nothing but the Ui.
 */

import { installAddonMenu, showSidebar } from '../shell/ui';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  installAddonMenu();
}

export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

export function openSidebar(): void {
  showSidebar('sidebar');
}
