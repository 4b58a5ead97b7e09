/**
 * The add-on menu a teacher sees, written out (not derived from src/core/menu.ts): tests compare
 * what the built bundle shows against this, so a change to the menu is a change a test notices.
 */
export const ADDON_MENU = {
  title: 'Mastery Tracker',
  items: [
    { caption: 'Set up this tracker', functionName: 'setUpTracker' },
    { caption: 'Open sidebar', functionName: 'openSidebar' },
    { caption: 'Sync class', functionName: 'syncClassFromMenu' },
    { caption: 'Refresh wall', functionName: 'refreshWallFromMenu' },
    { caption: 'Help', functionName: 'showHelp' },
  ],
};
