/**
 * The only file that talks to Apps Script's global scope: it hands Apps Script the functions it
 * calls by name (triggers, menu items, sidebar calls). No logic and no side effects beyond these
 * assignments; the build turns each into a top-level function declaration.
 */

import { onInstall, onOpen, openSidebar } from './server/open';
import { sidebarApi } from './server/sidebar-api';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
global.openSidebar = openSidebar;
global.getSidebarInfo = sidebarApi.getSidebarInfo;
