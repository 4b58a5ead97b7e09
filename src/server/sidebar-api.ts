/**
 * The functions the sidebar may call through google.script.run. The client's typed wrapper is
 * derived from this object's type, so renaming a function here breaks the sidebar's build.
 */

import type { SidebarInfo } from '../shared/sidebar-types';
import { ADDON_VERSION } from '../shared/version';
import { activeSpreadsheet } from '../shell/spreadsheet';

function getSidebarInfo(): SidebarInfo {
  return {
    spreadsheetName: activeSpreadsheet().getName(),
    addonVersion: ADDON_VERSION,
  };
}

export const sidebarApi = { getSidebarInfo };

export type SidebarApi = typeof sidebarApi;
