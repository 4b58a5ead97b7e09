/**
 * The only file that talks to Apps Script's global scope: it hands Apps Script the functions it
 * calls by name (triggers, menu items, sidebar calls). No logic and no side effects beyond these
 * assignments; the build turns each into a top-level function declaration.
 */

import {
  openSidebar,
  refreshWallFromMenu,
  setUpTracker,
  showHelp,
  syncClassFromMenu,
} from './server/menu-actions';
import { onClassEdit } from './server/on-class-edit';
import { onInstall, onOpen } from './server/open';
import { sidebarApi } from './server/sidebar-api';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
global.onClassEdit = onClassEdit;
global.setUpTracker = setUpTracker;
global.openSidebar = openSidebar;
global.syncClassFromMenu = syncClassFromMenu;
global.refreshWallFromMenu = refreshWallFromMenu;
global.showHelp = showHelp;
global.getSidebarInfo = sidebarApi.getSidebarInfo;
global.getClassStatus = sidebarApi.getClassStatus;
global.getClassOverview = sidebarApi.getClassOverview;
global.setUpClass = sidebarApi.setUpClass;
global.syncClass = sidebarApi.syncClass;
global.refreshWall = sidebarApi.refreshWall;
global.recordCheck = sidebarApi.recordCheck;
global.detectImport = sidebarApi.detectImport;
global.previewImport = sidebarApi.previewImport;
global.confirmImport = sidebarApi.confirmImport;
global.getToday = sidebarApi.getToday;
global.openStudentTab = sidebarApi.openStudentTab;
global.getFocus = sidebarApi.getFocus;
global.saveFeedback = sidebarApi.saveFeedback;
global.getCommentBank = sidebarApi.getCommentBank;
global.saveCommentBank = sidebarApi.saveCommentBank;
global.getSettings = sidebarApi.getSettings;
global.saveSettings = sidebarApi.saveSettings;
