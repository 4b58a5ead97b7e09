/**
 * Builds the non-spreadsheet globals a script sees (PropertiesService, CacheService, LockService,
 * Session, Utilities, Logger, console, HtmlService, ScriptApp) over one EmulatorContext and one
 * ScriptProject, and the Ui that SpreadsheetApp.getUi() hands out.
 */

import type { EmulatorContext } from '../runtime/context';
import { createCacheService } from './cache';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createLogging } from './logger';
import type { ScriptProject } from './project';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createUtilities } from './utilities';

export { createUi, Ui } from './ui';
export { installableTriggersFor, type Trigger } from './script-app';
export { ScriptProject } from './project';
export type { InstallableTrigger, InstallableEventType } from './project';

export function createServiceGlobals(ctx: EmulatorContext, project: ScriptProject) {
  const { Logger, console } = createLogging(ctx, project);
  return {
    PropertiesService: createPropertiesService(ctx, project),
    CacheService: createCacheService(ctx, project),
    LockService: createLockService(ctx, project),
    Session: createSession(ctx, project),
    Utilities: createUtilities(ctx),
    Logger,
    console,
    HtmlService: createHtmlService(ctx, project),
    ScriptApp: createScriptApp(ctx, project),
  };
}
