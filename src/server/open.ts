/**
 * Simple triggers that put the add-on's menu in place. onOpen may run in AuthMode.NONE (the add-on
 * installed but not yet used in this file), so it touches nothing but the Ui.
 */

import { installAddonMenu } from '../shell/ui';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  installAddonMenu();
}

export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}
