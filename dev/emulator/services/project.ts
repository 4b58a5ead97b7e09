/**
 * The state of one Apps Script project (the add-on) that outlives single executions: its
 * manifest and HTML files, its property stores and caches, held locks, installable triggers,
 * logs, and what its Ui showed to whom. The services in this folder are views over it; tests and
 * the playground read and steer it directly.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { emailKey } from '../runtime/email';

/** The parts of appsscript.json the emulator reads. */
export interface Manifest {
  timeZone?: string;
  /** When present, calls needing a scope not listed fail as in production; absent = auto-detected scopes. */
  oauthScopes?: string[];
  [key: string]: unknown;
}

export interface ScriptProjectOptions {
  /**
   * The add-on's name: the title of the menu createAddonMenu() builds. An editor add-on's name
   * comes from its Marketplace listing, not appsscript.json, so pass it. Default 'Add-on'.
   */
  addonName?: string;
  scriptId?: string;
  /** name (without .html) → content. */
  htmlFiles?: Record<string, string>;
  /** Print Logger and console output to the real console too. */
  echoLogs?: boolean;
}

// ---------------------------------------------------------------- caches

export interface CacheEntry {
  value: string;
  /** Emulator-clock milliseconds after which the entry is gone. */
  expiresAt: number;
}

/** One cache (script, one user's, or one document's). Insertion order doubles as age for eviction. */
export class CacheStore {
  readonly entries = new Map<string, CacheEntry>();
}

// ---------------------------------------------------------------- locks

export type LockScope = 'script' | 'user' | 'document';

export interface SimulatedHolder {
  scope: LockScope;
  /** For 'document' locks. */
  documentId?: string;
  /** For 'user' locks: the effective user whose lock is held. */
  email?: string;
  /** How much longer the other process keeps the lock, in modeled milliseconds of waiting. */
  remainingMs: number;
}

/** A lock's key in the table: user locks by the person, whatever the address's capitalisation. */
export function lockKey(scope: LockScope, id: string): string {
  if (scope === 'script') return 'script';
  return `${scope}:${scope === 'user' ? emailKey(id) : id}`;
}

/**
 * Who holds which lock. Executions run one at a time in the emulator, so "another process" is
 * either an outer execution still on the stack (a nested run stands for a concurrent one) or a
 * simulated holder a test declares.
 */
export class LockTable {
  /** lock key → id of the execution holding it. */
  readonly heldBy = new Map<string, number>();
  /** lock key → remaining hold time of a simulated other process. */
  readonly simulated = new Map<string, { remainingMs: number }>();

  simulateHolder(holder: SimulatedHolder): void {
    const id =
      holder.scope === 'document' ? holder.documentId : holder.email && emailKey(holder.email);
    if (holder.scope !== 'script' && !id) {
      throw new Error(
        `simulateHolder: a ${holder.scope} lock needs its ${holder.scope === 'document' ? 'documentId' : 'email'}`,
      );
    }
    this.simulated.set(lockKey(holder.scope, id ?? ''), { remainingMs: holder.remainingMs });
  }

  clearSimulated(): void {
    this.simulated.clear();
  }

  releaseAllFor(executionId: number): string[] {
    const released: string[] = [];
    for (const [key, holder] of this.heldBy) {
      if (holder === executionId) released.push(key);
    }
    for (const key of released) this.heldBy.delete(key);
    return released;
  }
}

// ---------------------------------------------------------------- triggers

export type InstallableEventType = 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'ON_FORM_SUBMIT' | 'CLOCK';

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  timeZone?: string;
  /** One-off: fire at this time (emulator-clock ms). */
  at?: number;
}

/** An installable trigger as plain data; the lead's dispatcher runs `handlerFunction` as `creatorEmail` in FULL. */
export interface InstallableTrigger {
  uid: string;
  handlerFunction: string;
  eventType: InstallableEventType;
  /** The spreadsheet the trigger belongs to; for add-on clock triggers, the document it was created in. */
  documentId: string | null;
  creatorEmail: string;
  source: 'SPREADSHEETS' | 'CLOCK';
  clock?: ClockSchedule;
  createdAt: Date;
}

// ---------------------------------------------------------------- logs

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
  at: Date;
}

// ---------------------------------------------------------------- UI

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export interface MenuItemRecord {
  caption: string;
  /** Name of the global function Apps Script calls when the item is clicked. */
  functionName: string;
}

/** A menu item, a separator, or a submenu (a MenuRecord). */
export type MenuEntry = MenuItemRecord | { separator: true } | MenuRecord;

export interface MenuRecord {
  title: string;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal-dialog' | 'modeless-dialog';
  title: string;
  /** The HTML as it was when shown. */
  html: string;
  width: number | null;
  height: number | null;
  shownTo: string;
  executionId: number;
  at: Date;
}

export interface ScriptedAnswer {
  button: ButtonName;
  /** For prompts: what the person typed. */
  text?: string;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ScriptedAnswer;
  shownTo: string;
  executionId: number;
}

/** What one person sees of the add-on in one spreadsheet. */
export interface UiView {
  /** The menu createAddonMenu() built (under Extensions > add-on name), or null. */
  addonMenu: MenuRecord | null;
  /** Top-level menus createMenu() built, in the order added. */
  customMenus: MenuRecord[];
  /** The open sidebar (a newer one replaces it), or null. */
  sidebar: ShownHtml | null;
  /** Every sidebar and dialog shown, oldest first. */
  shown: ShownHtml[];
  /** Every alert and prompt shown, with the answer it got. */
  dialogs: DialogRecord[];
  /** Answers the next alert/prompt calls will receive, first first. */
  answers: ScriptedAnswer[];
}

function isSubmenu(entry: MenuEntry): entry is MenuRecord {
  return 'items' in entry;
}

function findItem(menu: MenuRecord, caption: string): MenuItemRecord | null {
  for (const entry of menu.items) {
    if (isSubmenu(entry)) {
      const found = findItem(entry, caption);
      if (found) return found;
    } else if ('caption' in entry && entry.caption === caption) {
      return entry;
    }
  }
  return null;
}

export class UiState {
  readonly views = new Map<string, UiView>();

  view(documentId: string, email: string): UiView {
    const key = `${documentId}\u0000${emailKey(email)}`;
    let view = this.views.get(key);
    if (!view) {
      view = {
        addonMenu: null,
        customMenus: [],
        sidebar: null,
        shown: [],
        dialogs: [],
        answers: [],
      };
      this.views.set(key, view);
    }
    return view;
  }

  /** Scripts the person's answer to the next alert or prompt in that document. */
  answerNext(documentId: string, email: string, answer: ScriptedAnswer): void {
    this.view(documentId, email).answers.push(answer);
  }

  /** The menus the person sees: the add-on menu first, then custom menus. */
  menusFor(documentId: string, email: string): MenuRecord[] {
    const view = this.view(documentId, email);
    return view.addonMenu ? [view.addonMenu, ...view.customMenus] : [...view.customMenus];
  }

  /** The function a click on the item `caption` runs (searched in every menu and submenu), or null. */
  menuFunction(documentId: string, email: string, caption: string): string | null {
    for (const menu of this.menusFor(documentId, email)) {
      const item = findItem(menu, caption);
      if (item) return item.functionName;
    }
    return null;
  }

  /** Every sidebar shown to the person in that document, oldest first. */
  sidebarsFor(documentId: string, email: string): ShownHtml[] {
    return this.view(documentId, email).shown.filter((shown) => shown.kind === 'sidebar');
  }

  /** The sidebar open now, or null. */
  openSidebar(documentId: string, email: string): ShownHtml | null {
    return this.view(documentId, email).sidebar;
  }

  /** Every modal and modeless dialog shown to the person in that document, oldest first. */
  htmlDialogsFor(documentId: string, email: string): ShownHtml[] {
    return this.view(documentId, email).shown.filter((shown) => shown.kind !== 'sidebar');
  }

  /** Every alert and prompt shown to the person in that document, oldest first. */
  dialogsFor(documentId: string, email: string): DialogRecord[] {
    return this.view(documentId, email).dialogs;
  }

  /** The person closes the sidebar (the playground's close button). */
  closeSidebar(documentId: string, email: string): void {
    this.view(documentId, email).sidebar = null;
  }
}

// ---------------------------------------------------------------- the project

export class ScriptProject {
  readonly manifest: Manifest;
  readonly addonName: string;
  readonly scriptId: string;
  echoLogs: boolean;
  readonly htmlFiles = new Map<string, string>();

  readonly scriptProperties = new Map<string, string>();
  /** emailKey(effective user's e-mail) → store. */
  readonly userProperties = new Map<string, Map<string, string>>();
  /** document id → store. */
  readonly documentProperties = new Map<string, Map<string, string>>();

  readonly scriptCache = new CacheStore();
  readonly userCaches = new Map<string, CacheStore>();
  readonly documentCaches = new Map<string, CacheStore>();

  readonly locks = new LockTable();
  readonly triggers: InstallableTrigger[] = [];
  /** execution id (0 = outside any execution) → entries. */
  readonly logs = new Map<number, LogEntry[]>();
  readonly ui = new UiState();
  /** emailKey(e-mail) → locale for Session.getActiveUserLocale(); default 'en'. Set with setUserLocale. */
  readonly userLocales = new Map<string, string>();

  private nextTriggerNumber = 1;

  constructor(manifest: Manifest = {}, options: ScriptProjectOptions = {}) {
    this.manifest = manifest;
    this.addonName = options.addonName ?? manifestAddonName(manifest) ?? 'Add-on';
    this.scriptId = options.scriptId ?? 'emulated-script-id';
    this.echoLogs = options.echoLogs ?? false;
    for (const [name, content] of Object.entries(options.htmlFiles ?? {})) {
      this.htmlFiles.set(stripHtmlSuffix(name), content);
    }
  }

  get timeZone(): string {
    return this.manifest.timeZone ?? 'America/New_York';
  }

  /** Loads every *.html of `dir` (e.g. build/) as project files; returns how many. */
  loadHtmlFiles(dir: string): number {
    let count = 0;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.html')) continue;
      this.htmlFiles.set(stripHtmlSuffix(name), readFileSync(join(dir, name), 'utf8'));
      count++;
    }
    return count;
  }

  userPropertiesFor(email: string): Map<string, string> {
    return getOrCreate(this.userProperties, emailKey(email), () => new Map());
  }

  documentPropertiesFor(documentId: string): Map<string, string> {
    return getOrCreate(this.documentProperties, documentId, () => new Map());
  }

  userCacheFor(email: string): CacheStore {
    return getOrCreate(this.userCaches, emailKey(email), () => new CacheStore());
  }

  setUserLocale(email: string, locale: string): void {
    this.userLocales.set(emailKey(email), locale);
  }

  userLocale(email: string): string {
    return this.userLocales.get(emailKey(email)) ?? 'en';
  }

  documentCacheFor(documentId: string): CacheStore {
    return getOrCreate(this.documentCaches, documentId, () => new CacheStore());
  }

  logsFor(executionId: number): LogEntry[] {
    return getOrCreate(this.logs, executionId, () => []);
  }

  newTriggerUid(): string {
    // Real ids are long digit strings; keep the shape, make them predictable.
    return String(1_000_000 + this.nextTriggerNumber++);
  }

  /**
   * Call after ctx.end(execution): Apps Script releases the locks an execution still holds when
   * it ends. Returns the keys of the released locks.
   */
  endExecution(executionId: number): string[] {
    return this.locks.releaseAllFor(executionId);
  }
}

/** Workspace add-on manifests carry addOns.common.name; editor add-ons take theirs from the listing. */
function manifestAddonName(manifest: Manifest): string | undefined {
  const addOns = manifest.addOns as { common?: { name?: unknown } } | undefined;
  return typeof addOns?.common?.name === 'string' ? addOns.common.name : undefined;
}

export function stripHtmlSuffix(name: string): string {
  return name.endsWith('.html') ? name.slice(0, -'.html'.length) : name;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
