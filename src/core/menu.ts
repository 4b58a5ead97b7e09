/**
 * The add-on menu as plain data: what a teacher sees under Extensions > Mastery Tracker, and
 * the name of the global function each item calls. It is built in AuthMode.NONE, so it never
 * depends on the class.
 */

export interface MenuItem {
  readonly caption: string;
  /** Name of the top-level function Apps Script calls when the item is clicked. */
  readonly functionName: string;
}

export const ADDON_TITLE = 'Mastery Tracker';

export const addonMenu: readonly MenuItem[] = [
  { caption: 'Set up this tracker', functionName: 'setUpTracker' },
  { caption: 'Open sidebar', functionName: 'openSidebar' },
  { caption: 'Sync class', functionName: 'syncClassFromMenu' },
  { caption: 'Refresh wall', functionName: 'refreshWallFromMenu' },
  { caption: 'Help', functionName: 'showHelp' },
];
