/**
 * The emulator's front door. One Emulator holds a clock, people, spreadsheet files and one Apps
 * Script project (the add-on's build/ folder), and runs the add-on's bundle the way Apps Script
 * does: simple triggers, installable triggers, menu clicks and sidebar calls, each as a given
 * person in a given auth mode, recorded in the ledger with its modeled time. People edit cells
 * through it as they would in the Sheets UI. Tests, the benchmark and the playground all use it.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { editEvent, type ConcurrentOutcome, type EditEventParts } from './edit-events';
import type { GridRect } from './model/cells';
import type { SheetModel } from './model/workbook';
import { Bundle } from './runtime/bundle';
import {
  Clock,
  EmulatorContext,
  type AuthMode,
  type ExecutionKind,
  type User,
} from './runtime/context';
import { LIMITS } from './runtime/cost-model';
import {
  DAILY_RUNTIME_MESSAGE,
  ScriptException,
  TOO_MANY_SIMULTANEOUS_MESSAGE,
} from './runtime/errors';
import { Ledger, type LedgerSummary } from './runtime/ledger';
import { runOverlapping, type QueuedEdit, type ScheduledEdit } from './runtime/overlap';
import { scriptDateClass, type ScriptDateClass } from './runtime/script-date';
import { Timeline } from './runtime/timeline';
import { copyAcrossWire, type WireValue } from './runtime/wire';
import { formatA1, parseA1, resolveReference } from './sheets/a1';
import type { SpreadsheetDocument } from './sheets/document';
import { createDocument, type NewDocumentOptions } from './sheets/document-factory';
import { select } from './sheets/active';
import { mergeAt } from './sheets/merges';
import { findSheetByName } from './sheets/sheet-names';
import { Spreadsheet } from './sheets/spreadsheet';
import { createSpreadsheetApp } from './sheets/spreadsheet-app';
import { applyUserEdit, type EditOutcome, type UserInput } from './sheets/user-edits';
import { createServiceGlobals, createUi } from './services/index';
import { NO_UI_MESSAGE } from './services/ui';
import { ScriptProject, type Manifest } from './services/project';
import { installableTriggersFor } from './services/script-app';

export interface EmulatorOptions {
  /** The emulator's clock starts here. Default: 2026-09-14T08:00:00Z. */
  now?: Date | string | number;
  /** The add-on's build folder (Code.js, appsscript.json, *.html). Default: <repo>/build. */
  buildDir?: string;
  /**
   * How many of one person's edit events may wait while their previous one's triggers run. Docs
   * (guides/triggers): "The onEdit() trigger only queues up to 2 trigger events." null (default)
   * keeps every event; set 2 to test dropped events inside concurrently() or burst().
   */
  editQueueLimit?: number | null;
  /**
   * The add-on's name, the title of its menu under Extensions. An editor add-on takes it from its
   * Marketplace listing, not from the manifest. Default: 'Mastery Tracker'.
   */
  addonName?: string;
}

export interface RunOptions {
  /** Who runs it (the person at the keyboard). */
  as: string;
  document: SpreadsheetDocument;
  authMode?: AuthMode;
  kind?: ExecutionKind;
  args?: unknown[];
  /** Whose authority it runs with, when not the person at the keyboard (installable triggers). */
  effectiveUser?: string;
  /** When it starts on the modeled timeline of concurrently() (0 outside one). */
  startedAtMs?: number;
  /**
   * Not an Apps Script API: a lower execution limit in modeled ms than the 6 minutes, so a test
   * sees what a run Google stops part way leaves behind without building a class that big.
   */
  limitMs?: number;
}

export interface RunResult<T = unknown> {
  functionName: string;
  value: T | undefined;
  error: Error | undefined;
  /** 0 when the execution never started. */
  executionId: number;
  authMode: AuthMode;
  /**
   * false when Apps Script refused to start it: more than 30 of the user's executions running at
   * once, or the day's trigger runtime used up (guides/services/quotas). `error` says which.
   */
  started: boolean;
  /** When it started on the modeled timeline of concurrently() (0 outside one). */
  startedAtMs: number;
  /** Modeled production time of the execution, in ms. */
  modeledMs: number;
  /** Service calls made while the bundle itself loaded: must be 0 (no top-level side effects). */
  loadCalls: number;
  calls: LedgerSummary;
}

export interface EditResult extends EditOutcome {
  /** One result per trigger run the edit caused (simple onEdit, then each installable one). */
  triggers: RunResult[];
  /** Edit events dropped because the queue was full (burst() with editQueueLimit). */
  droppedEvents: number;
}

/** How the edits inside concurrently() arrive. */
export interface ConcurrentOptions {
  /** Modeled ms between one edit and the next, in the order they are made. Default 0: all at once. */
  arrivalGapMs?: number;
}

interface PendingBatch {
  edits: QueuedEdit<RunResult>[];
  labels: string[];
  gapMs: number;
}

/** The repository root: the nearest folder above this file with a package.json (works from dist/ too). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

/**
 * Where a person's click on one cell lands. Range.merge "merges the cells in the range together
 * into a single block" (reference/spreadsheet/range#merge): in the Sheets UI the block is one
 * cell, so clicking any part of it selects the block and what is typed goes into its top-left
 * cell, the only one a merge keeps content in (reads of the others are empty: Sheets API,
 * node-google-spreadsheet#400). The edit event then names that cell (unverified live: README).
 * Anything larger than one cell is left as asked.
 */
function intoMerge(sheet: SheetModel, rect: GridRect): GridRect {
  if (rect.numRows !== 1 || rect.numColumns !== 1) return rect;
  const merge = mergeAt(sheet, rect.row, rect.column);
  return merge ? { row: merge.row, column: merge.column, numRows: 1, numColumns: 1 } : rect;
}

export class Emulator {
  readonly ctx: EmulatorContext;
  readonly clock: Clock;
  readonly ledger: Ledger;
  readonly project: ScriptProject;
  readonly documents = new Map<string, SpreadsheetDocument>();
  readonly buildDir: string;
  editQueueLimit: number | null;
  /** The Date the bundle sees: local fields in the manifest's time zone, now() on the emulator clock. */
  readonly scriptDate: ScriptDateClass;
  private bundle: Bundle | null = null;
  private readonly enabledIn = new Set<string>();
  private readonly globals: Record<string, unknown>;
  private pending: PendingBatch | null = null;

  constructor(options: EmulatorOptions = {}) {
    this.clock = new Clock(options.now);
    this.ctx = new EmulatorContext(this.clock);
    this.ledger = this.ctx.ledger;
    this.buildDir = options.buildDir ?? path.join(repositoryRoot(), 'build');
    this.editQueueLimit = options.editQueueLimit ?? null;
    const manifestPath = path.join(this.buildDir, 'appsscript.json');
    const manifest: Manifest = existsSync(manifestPath)
      ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
      : { timeZone: 'Etc/UTC', oauthScopes: [] };
    this.project = new ScriptProject(manifest, {
      addonName: options.addonName ?? 'Mastery Tracker',
    });
    if (existsSync(this.buildDir)) this.project.loadHtmlFiles(this.buildDir);
    this.scriptDate = scriptDateClass({
      timeZone: this.project.timeZone,
      now: () => this.clock.millis(),
    });
    const services = createServiceGlobals(this.ctx, this.project);
    const ui = createUi(this.ctx, this.project);
    const SpreadsheetApp = createSpreadsheetApp(this.ctx, {
      documents: this.documents,
      getUi: () => {
        // Live wording for a script with no spreadsheet open (a standalone run, no bound file).
        if (this.ctx.execution && this.ctx.execution.documentId === null) {
          throw new ScriptException(NO_UI_MESSAGE);
        }
        return ui;
      },
      scopes: manifest.oauthScopes ?? [],
    });
    this.globals = { ...services, SpreadsheetApp };
  }

  /** The add-on's server bundle, loaded from buildDir/Code.js on first use. */
  get code(): Bundle {
    if (!this.bundle) {
      const file = path.join(this.buildDir, 'Code.js');
      if (!existsSync(file))
        throw new Error(`${file} does not exist: run \`npm run build\` first.`);
      this.bundle = Bundle.fromFile(file);
    }
    return this.bundle;
  }

  /** The Apps Script globals (SpreadsheetApp, ScriptApp, ...) the bundle sees. */
  get services(): Readonly<Record<string, unknown>> {
    return this.globals;
  }

  user(email: string, options: { revealsEmail?: boolean } = {}): User {
    const user = this.ctx.user(email);
    if (options.revealsEmail !== undefined) user.revealsEmail = options.revealsEmail;
    return user;
  }

  // ---- Spreadsheet files ----------------------------------------------------------------------

  createSpreadsheet(options: NewDocumentOptions): SpreadsheetDocument {
    const doc = createDocument(this.ctx, options);
    this.documents.set(doc.model.id, doc);
    return doc;
  }

  /** Adds a document built elsewhere (CSV/XLSX import, snapshot restore) to this emulator. */
  adopt(doc: SpreadsheetDocument): SpreadsheetDocument {
    if (doc.ctx !== this.ctx) throw new Error('That document belongs to another emulator.');
    this.documents.set(doc.model.id, doc);
    return doc;
  }

  /** The Apps Script Spreadsheet object for direct reading and writing by the harness (unrecorded). */
  spreadsheet(doc: SpreadsheetDocument): Spreadsheet {
    return new Spreadsheet(doc);
  }

  // ---- Running the add-on ---------------------------------------------------------------------

  /**
   * Runs one global function of the bundle as Apps Script would: a fresh global scope, the whole
   * bundle evaluated, then the function called. Errors are returned, not thrown.
   */
  run<T = unknown>(functionName: string, options: RunOptions): RunResult<T> {
    const { document: doc } = options;
    const authMode = options.authMode ?? 'FULL';
    const kind = options.kind ?? 'script';
    const startedAtMs = options.startedAtMs ?? 0;
    const activeUser = this.ctx.user(options.as);
    const effectiveUser = this.ctx.user(options.effectiveUser ?? options.as);
    const refusal = this.refusalToStart(kind, effectiveUser.email, startedAtMs);
    if (refusal) {
      return {
        functionName,
        value: undefined,
        error: new ScriptException(refusal),
        executionId: 0,
        authMode,
        started: false,
        startedAtMs,
        modeledMs: 0,
        loadCalls: 0,
        calls: Ledger.summarize([]),
      };
    }
    const execution = this.ctx.begin({
      kind,
      authMode,
      activeUser,
      effectiveUser,
      documentId: doc.model.id,
      functionName,
      startedAtMs,
      ...(options.limitMs !== undefined ? { limitMs: options.limitMs } : {}),
    });
    execution.exportValue = (value) => this.scriptDate.adopt(value);
    let value: T | undefined;
    let error: Error | undefined;
    let loadCalls = 0;
    try {
      const mark = this.ledger.mark();
      const scope = this.code.instantiate(this.globals, this.scriptDate);
      loadCalls = this.ledger.since(mark).length;
      if (!this.code.topLevelFunctions.includes(functionName)) {
        throw new ScriptException(`Script function not found: ${functionName}`);
      }
      const fn = scope[functionName] as (...args: unknown[]) => T;
      value = fn(...this.scriptDate.adopt(options.args ?? []));
    } catch (caught) {
      error = caught instanceof Error ? caught : new Error(String(caught));
    } finally {
      this.ctx.end(execution);
      this.project.endExecution(execution.id);
      doc.engine.settle();
    }
    return {
      functionName,
      value,
      error,
      executionId: execution.id,
      authMode,
      started: true,
      startedAtMs,
      modeledMs: execution.modeledMs,
      loadCalls,
      calls: Ledger.summarize(this.ledger.forExecution(execution.id)),
    };
  }

  /**
   * Why Apps Script would not start this execution now (guides/services/quotas), or null: more
   * than 30 of the user's executions already running on the modeled timeline, or a trigger run
   * after the user's trigger runtime for the day is used up.
   */
  private refusalToStart(kind: ExecutionKind, email: string, atMs: number): string | null {
    const timeline = this.ctx.timeline;
    if (timeline && timeline.runningFor(email, atMs) >= LIMITS.simultaneousExecutionsPerUser) {
      return TOO_MANY_SIMULTANEOUS_MESSAGE;
    }
    const isTrigger = kind === 'simple-trigger' || kind === 'installable-trigger';
    if (isTrigger && this.ledger.triggerRuntimeQuota(email).exceeded) return DAILY_RUNTIME_MESSAGE;
    return null;
  }

  /** Like run(), but returns the value and throws the execution's error. */
  call<T = unknown>(functionName: string, options: RunOptions): T {
    const result = this.run<T>(functionName, options);
    if (result.error) throw result.error;
    return result.value as T;
  }

  /**
   * Runs host code as an execution (who, auth mode), with the Apps Script globals: for tests that
   * act as a script would without going through the bundle.
   */
  runAs<T>(
    doc: SpreadsheetDocument,
    as: string,
    fn: (globals: Record<string, unknown>) => T,
    authMode: AuthMode = 'FULL',
  ): T {
    return this.ctx.runAs(as, doc.model.id, () => fn(this.globals), {
      authMode,
      onEnd: (execution) => {
        this.project.endExecution(execution.id);
        doc.engine.settle();
      },
    });
  }

  /**
   * A person opens the spreadsheet: the simple onOpen trigger runs in AuthMode.NONE until the
   * add-on has been used in this file, LIMITED afterwards (docs: editor-auth-lifecycle).
   */
  openSpreadsheet(doc: SpreadsheetDocument, as: string): RunResult {
    const authMode: AuthMode = this.enabledIn.has(doc.model.id) ? 'LIMITED' : 'NONE';
    const event = {
      authMode: this.authModeEnum(authMode),
      source: this.spreadsheet(doc),
      user: this.sessionUser(as),
    };
    return this.run('onOpen', {
      as,
      document: doc,
      authMode,
      kind: 'simple-trigger',
      args: [event],
    });
  }

  /** The teacher installs the add-on from this file: onInstall runs in FULL and the add-on is enabled here. */
  install(doc: SpreadsheetDocument, as: string): RunResult {
    this.enabledIn.add(doc.model.id);
    const event = { authMode: this.authModeEnum('FULL') };
    return this.run('onInstall', {
      as,
      document: doc,
      authMode: 'FULL',
      kind: 'menu',
      args: [event],
    });
  }

  /** A person clicks an item of the add-on menu they were shown (by caption). Runs in FULL. */
  clickMenu(doc: SpreadsheetDocument, as: string, caption: string): RunResult {
    const functionName = this.project.ui.menuFunction(doc.model.id, as, caption);
    if (!functionName) {
      throw new Error(
        `No menu item "${caption}" is shown to ${as} in ${doc.model.name}. Open the spreadsheet first.`,
      );
    }
    this.enabledIn.add(doc.model.id);
    return this.run(functionName, { as, document: doc, authMode: 'FULL', kind: 'menu' });
  }

  /**
   * The sidebar calls google.script.run.<name>(...args): arguments and the return value obey the
   * documented wire rules (no Dates, functions, DOM nodes), so a Date fails the call here as it
   * would in production. Runs in FULL as the person using the sidebar.
   */
  callFromSidebar(
    doc: SpreadsheetDocument,
    as: string,
    functionName: string,
    args: unknown[] = [],
  ): RunResult<WireValue> {
    const wireArgs = args.map((arg) => copyAcrossWire(arg, 'parameter'));
    const result = this.run(functionName, {
      as,
      document: doc,
      authMode: 'FULL',
      kind: 'sidebar',
      args: wireArgs,
    });
    if (result.error) return { ...result, value: undefined };
    try {
      return { ...result, value: copyAcrossWire(result.value, 'return value') };
    } catch (error) {
      return { ...result, value: undefined, error: error as Error };
    }
  }

  // ---- People selecting cells -----------------------------------------------------------------

  /**
   * A person clicks a cell or drags over a range in their own window: their selection moves there
   * (the active sheet, the active range, its top-left as the current cell), for them only. Their
   * later executions see it through getActiveSheet / getActiveRange / getCurrentCell, a
   * google.script.run call from their sidebar included: reference/spreadsheet/selection ("the set
   * of cells the user has highlighted in the sheet"), and Google's sidebar example that returns
   * SpreadsheetApp.getActiveRange() to the page (Eric Koleda, gist 1d2f92d0475f8bf2e332).
   */
  select(doc: SpreadsheetDocument, as: string, a1: string): void {
    const { sheet, rect } = this.locate(doc, a1);
    this.ctx.user(as);
    select(doc, sheet, rect, undefined, as);
  }

  // ---- People editing cells -------------------------------------------------------------------

  /** A person types `text` into a cell (or range) as in the Sheets UI. */
  type(
    doc: SpreadsheetDocument,
    as: string,
    a1: string,
    text: string,
    options?: { acceptWarning?: boolean },
  ): EditResult {
    return this.edit(doc, as, a1, { kind: 'type', text }, options);
  }

  /** A person pastes a block of text starting at a cell. */
  paste(doc: SpreadsheetDocument, as: string, a1: string, rows: string[][]): EditResult {
    const located = this.locate(doc, a1);
    const start = { sheet: located.sheet, rect: intoMerge(located.sheet, located.rect) };
    const rect: GridRect = {
      row: start.rect.row,
      column: start.rect.column,
      numRows: rows.length,
      numColumns: Math.max(...rows.map((row) => row.length)),
    };
    return this.editRect(doc, as, start.sheet, rect, { kind: 'paste', rows });
  }

  /** A person clicks a checkbox so that it ends up checked (true) or unchecked (false). */
  setCheckbox(doc: SpreadsheetDocument, as: string, a1: string, checked: boolean): EditResult {
    return this.edit(doc, as, a1, { kind: 'checkbox', checked });
  }

  /** A person selects cells and presses Delete. */
  clearCells(doc: SpreadsheetDocument, as: string, a1: string): EditResult {
    return this.edit(doc, as, a1, { kind: 'clear' });
  }

  /**
   * Edits made inside `edits` happen at the same time (or `arrivalGapMs` apart): every edit lands
   * in the sheet at once, and their trigger runs start together on modeled time and overlap. What
   * Apps Script does then follows: one person's events queue behind each other and, with
   * editQueueLimit set, are dropped beyond it; beyond 30 simultaneous executions of one user
   * (every student's tick runs the teacher's installable trigger as the teacher) the extra runs
   * fail to start and their events are gone; an execution holding the document lock makes the
   * others' tryLock/waitLock wait in modeled time or give up when their timeout passes. The
   * report says, per edit, which runs ran and which never started.
   */
  concurrently(edits: () => void, options: ConcurrentOptions = {}): ConcurrentOutcome<RunResult> {
    if (this.pending) throw new Error('concurrently() and burst() do not nest.');
    const batch: PendingBatch = { edits: [], labels: [], gapMs: options.arrivalGapMs ?? 0 };
    this.pending = batch;
    try {
      edits();
    } finally {
      this.pending = null;
    }
    this.ctx.timeline = new Timeline();
    let scheduled: ScheduledEdit<RunResult>[];
    try {
      scheduled = runOverlapping(batch.edits, this.editQueueLimit);
    } finally {
      this.ctx.timeline = null;
    }
    const events = scheduled.map((result, index) => ({
      editor: result.edit.editor,
      range: batch.labels[index] ?? '',
      arrivedAtMs: result.edit.arrivalMs,
      startedAtMs: result.startMs,
      dropped: result.startMs === null,
      runs: result.runs,
    }));
    const triggers = events.flatMap((event) => event.runs);
    return {
      events,
      triggers,
      droppedEvents: events.filter((event) => event.dropped).length,
      failedToStart: triggers.filter((run) => !run.started).length,
    };
  }

  /** One person's fast edits (all at once): concurrently() under its older name. */
  burst(edits: () => void): ConcurrentOutcome<RunResult> {
    return this.concurrently(edits);
  }

  private edit(
    doc: SpreadsheetDocument,
    as: string,
    a1: string,
    input: UserInput,
    options?: { acceptWarning?: boolean },
  ): EditResult {
    const { sheet, rect } = this.locate(doc, a1);
    return this.editRect(doc, as, sheet, intoMerge(sheet, rect), input, options);
  }

  private editRect(
    doc: SpreadsheetDocument,
    as: string,
    sheet: SheetModel,
    rect: GridRect,
    input: UserInput,
    options?: { acceptWarning?: boolean },
  ): EditResult {
    this.ctx.user(as);
    const outcome = applyUserEdit(doc, as, sheet, rect, input, options);
    if (!outcome.applied) return { ...outcome, triggers: [], droppedEvents: 0 };
    const parts: EditEventParts = {
      doc,
      sheet,
      rect,
      source: this.spreadsheet(doc),
      user: this.sessionUser(as),
      outcome,
    };
    const batch = this.pending;
    if (batch) {
      batch.edits.push({
        editor: as,
        arrivalMs: batch.edits.length * batch.gapMs,
        fire: (startMs) => {
          const runs = this.fireEditTriggers(parts, as, startMs);
          const endMs = Math.max(startMs, ...runs.map((run) => run.startedAtMs + run.modeledMs));
          return { runs, endMs };
        },
      });
      batch.labels.push(`${sheet.name}!${formatA1(rect)}`);
      return { ...outcome, triggers: [], droppedEvents: 0 };
    }
    return { ...outcome, triggers: this.fireEditTriggers(parts, as, 0), droppedEvents: 0 };
  }

  /**
   * The simple onEdit (as the editor, LIMITED) and every installable edit trigger (as its creator,
   * FULL). An editor add-on's simple triggers run only in files where the add-on is enabled
   * (someone used it there: workspace/add-ons/concepts/editor-auth-lifecycle; reference/script/
   * auth-mode names onEdit only under LIMITED, which needs the add-on enabled in the file).
   */
  private fireEditTriggers(
    parts: EditEventParts,
    editor: string,
    startedAtMs: number,
  ): RunResult[] {
    const { doc } = parts;
    const results: RunResult[] = [];
    if (this.enabledIn.has(doc.model.id) && this.code.topLevelFunctions.includes('onEdit')) {
      results.push(
        this.run('onEdit', {
          as: editor,
          document: doc,
          authMode: 'LIMITED',
          kind: 'simple-trigger',
          args: [editEvent(parts, this.authModeEnum('LIMITED'))],
          startedAtMs,
        }),
      );
    }
    for (const trigger of installableTriggersFor(this.project, doc.model.id, 'ON_EDIT')) {
      results.push(
        this.run(trigger.handlerFunction, {
          as: editor,
          effectiveUser: trigger.creatorEmail,
          document: doc,
          authMode: 'FULL',
          kind: 'installable-trigger',
          args: [editEvent(parts, this.authModeEnum('FULL'), trigger.uid)],
          startedAtMs,
        }),
      );
    }
    return results;
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  /**
   * Resolves 'Sheet!A1:B2' (or 'A1' on the first sheet) to a sheet model and rectangle. The sheet
   * name matches as Spreadsheet.getSheetByName matches it (sheets/sheet-names.ts).
   */
  locate(doc: SpreadsheetDocument, a1: string): { sheet: SheetModel; rect: GridRect } {
    const reference = parseA1(a1);
    const name = reference.sheetName;
    const sheet = name === null ? doc.model.sheets[0] : findSheetByName(doc.model, name);
    if (!sheet) throw new Error(`No sheet named "${name ?? ''}" in ${doc.model.name}.`);
    return { sheet, rect: resolveReference(reference, sheet).rect };
  }

  private authModeEnum(mode: AuthMode): unknown {
    const scriptApp = this.globals.ScriptApp as { AuthMode: Record<string, unknown> };
    return scriptApp.AuthMode[mode];
  }

  /** The User object scripts see for a person: e-mail blank unless the person reveals it. */
  private sessionUser(email: string): { getEmail(): string } {
    const user = this.ctx.user(email);
    return { getEmail: () => (user.revealsEmail ? user.email : '') };
  }
}
