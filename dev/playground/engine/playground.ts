/**
 * The playground's engine: one Emulator running the built add-on (build/Code.js), the spreadsheet
 * being tried, and the people who can sit at it. Every page action arrives here as a plain
 * command: a person opens the file, clicks a menu item, the sidebar calls google.script.run, a
 * person edits cells (through the emulator's simulated UI, so protections and triggers behave as
 * in Sheets), the clock moves, a new spreadsheet starts. It knows nothing of the add-on's
 * internals: it sees only what a person in Sheets would see.
 */

import {
  exportXlsx,
  snapshot,
  WireError,
  type EditResult,
  type SpreadsheetDocument,
} from '../../emulator';
import {
  isStartChoice,
  type Action,
  type ActionResult,
  type EncodedArgument,
  type HtmlPanelView,
  type MenuEntryView,
  type MenuView,
  type PlaygroundState,
  type Seat,
  type StartFrom,
  type StartOrigin,
  type StateResult,
} from '../protocol';
import { createSampleClass } from '../sample/class-run';
import { createSampleTracker } from '../sample/teacher-tracker';
import {
  SAMPLE_ROSTER,
  SAMPLE_TEACHER,
  SAMPLE_TEACHER_NAME,
  SAMPLE_TIME_ZONE,
} from '../sample/unit';
import {
  activeSheetModel,
  formatA1,
  select,
  selectionOf,
  type SheetModel,
} from './emulator-internals';
import { answerQuestionsWith, type Asker } from './questions';
import { RecordingEmulator } from './recording-emulator';
import { sheetView } from './sheet-view';
import { importTracker, restoreTrackerSnapshot, UploadError } from './uploads';
import { decodeArgument } from './wire-arguments';

/** The teacher of every spreadsheet the playground starts, and the students an empty or uploaded file is shared with. */
export const TEACHER = SAMPLE_TEACHER;
export const DEFAULT_STUDENTS = SAMPLE_ROSTER.slice(0, 4).map((student) => student.email);

export interface PlaygroundOptions {
  /** The emulator clock's start; default: now. */
  now?: Date | string | number;
  /** The add-on's build folder; default: the repository's build/. */
  buildDir?: string;
  /** Answers alerts and prompts nobody scripted (the page, through the worker). */
  ask?: Asker;
  /** What the playground starts with. Default: the sample class. */
  start?: StartFrom;
}

export interface DownloadFile {
  name: string;
  mime: string;
  data: Uint8Array;
}

/** A failure the page shows as is: bad input, an unknown seat, a missing sheet. */
export class PlaygroundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaygroundError';
  }
}

const ACTIONS = new Set<unknown>([
  'open',
  'menu',
  'run',
  'close',
  'select',
  'edit',
  'clock',
  'start',
  'share',
] satisfies Action['type'][]);

const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/;

export class Playground {
  readonly emulator: RecordingEmulator;
  private doc!: SpreadsheetDocument;
  private origin: StartOrigin = 'sample';
  private notes: string[] = [];
  private version = 1;
  /** People who have opened the current file (onOpen ran for them). */
  private opened = new Set<string>();
  /** Dialog keys the person closed (the emulator records dialogs shown, not closed). */
  private closedDialogs = new Set<string>();

  constructor(options: PlaygroundOptions = {}) {
    this.emulator = new RecordingEmulator({
      now: options.now ?? new Date(),
      ...(options.buildDir ? { buildDir: options.buildDir } : {}),
    });
    if (options.ask) answerQuestionsWith(this.emulator, options.ask);
    this.startFrom(options.start ?? 'sample');
  }

  get document(): SpreadsheetDocument {
    return this.doc;
  }

  // ---- Seats --------------------------------------------------------------------------------

  seats(): Seat[] {
    const { owner, editors, viewers } = this.doc.model.sharing;
    const seat = (email: string, role: Seat['role']): Seat => ({
      email,
      role,
      label: labelOf(email, role),
    });
    return [
      seat(owner, 'owner'),
      ...editors.filter((email) => email !== owner).map((email) => seat(email, 'editor')),
      ...viewers.map((email) => seat(email, 'viewer')),
    ];
  }

  private seat(email: string): Seat {
    const seat = this.seats().find((candidate) => candidate.email === email);
    if (!seat) {
      throw new PlaygroundError(
        `${email || 'Nobody'} is not shared on this spreadsheet: choose a seat from the list.`,
      );
    }
    return seat;
  }

  /** The person opens the file (onOpen runs) the first time they sit at it. */
  private ensureOpened(email: string): void {
    if (this.opened.has(email)) return;
    this.opened.add(email);
    this.emulator.openSpreadsheet(this.doc, email);
    this.version++;
  }

  // ---- Starting points ----------------------------------------------------------------------

  private replaceDocument(doc: SpreadsheetDocument, origin: StartOrigin, notes: string[]): void {
    if (this.doc && this.doc.model.id !== doc.model.id) this.release(this.doc);
    this.emulator.adopt(doc);
    this.doc = doc;
    this.origin = origin;
    this.notes = notes;
    this.opened = new Set();
    this.closedDialogs = new Set();
    this.version++;
  }

  /**
   * The playground holds one file at a time. A file it lets go of keeps its document properties
   * (a snapshot of it restored later finds its class) but loses its installable triggers, as a
   * file's copy does, so a teacher starting many sample classes never reaches Apps Script's 20
   * triggers per user; the add-on recreates the trigger at the teacher's next action.
   */
  private release(doc: SpreadsheetDocument): void {
    this.emulator.documents.delete(doc.model.id);
    const triggers = this.emulator.project.triggers;
    for (let i = triggers.length - 1; i >= 0; i--) {
      if (triggers[i]!.documentId === doc.model.id) triggers.splice(i, 1);
    }
  }

  private startFrom(from: StartFrom): void {
    if (from === 'sample') {
      try {
        this.replaceDocument(createSampleClass(this.emulator), 'sample', []);
      } catch (error) {
        // Another build of the add-on (PLAYGROUND_BUILD_DIR) may not run the class: say so.
        const reason = error instanceof Error ? error.message : String(error);
        this.replaceDocument(createSampleTracker(this.emulator), 'tracker', [
          `The sample class could not be set up by this build of the add-on (${reason}), so the playground shows the teacher's tracker before the add-on.`,
        ]);
      }
      return;
    }
    if (from === 'tracker') {
      this.replaceDocument(createSampleTracker(this.emulator), 'tracker', []);
      return;
    }
    const doc = this.emulator.createSpreadsheet({
      name: 'Untitled spreadsheet',
      owner: TEACHER,
      editors: DEFAULT_STUDENTS,
      timeZone: SAMPLE_TIME_ZONE,
    });
    this.replaceDocument(doc, 'empty', []);
  }

  /** A tracker file the teacher uploads (CSV or XLSX) becomes the spreadsheet. */
  async upload(name: string, bytes: Uint8Array): Promise<ActionResult> {
    const imported = await importTracker(this.emulator, name, bytes, {
      owner: TEACHER,
      editors: DEFAULT_STUDENTS,
      timeZone: SAMPLE_TIME_ZONE,
    });
    this.replaceDocument(imported.doc, 'upload', imported.notes);
    return { ok: true, message: `Imported ${name}.` };
  }

  /** A snapshot downloaded earlier becomes the spreadsheet again. */
  restore(name: string, bytes: Uint8Array): ActionResult {
    const doc = restoreTrackerSnapshot(this.emulator, name, bytes);
    this.replaceDocument(doc, 'snapshot', []);
    return { ok: true, message: `Restored ${doc.model.name} from ${name}.` };
  }

  async download(format: 'xlsx' | 'snapshot'): Promise<DownloadFile> {
    const base = this.doc.model.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'spreadsheet';
    if (format === 'xlsx') {
      const data = await exportXlsx(this.doc);
      return {
        name: `${base}.xlsx`,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: new Uint8Array(data),
      };
    }
    const json = JSON.stringify(snapshot(this.doc), null, 1);
    return {
      name: `${base}.json`,
      mime: 'application/json',
      data: new TextEncoder().encode(json),
    };
  }

  // ---- What a person sees -------------------------------------------------------------------

  /** What `email` sees; an empty seat means the teacher (the page's first visit). */
  state(email: string, options: { sheetId?: number; since?: number } = {}): StateResult {
    const seat = this.seat(email || this.doc.model.sharing.owner);
    this.ensureOpened(seat.email);
    if (options.since === this.version) return { ok: true, unchanged: true, version: this.version };
    return { ok: true, state: this.fullState(seat, options.sheetId) };
  }

  private fullState(seat: Seat, peekId: number | undefined): PlaygroundState {
    const { doc, emulator } = this;
    const { model } = doc;
    const ui = emulator.project.ui;
    const active = activeSheetModel(doc, seat.email);
    const peek = peekId === undefined ? undefined : model.sheets.find((s) => s.id === peekId);
    const sheet = peek ?? active;
    const selection = selectionOf(doc, seat.email);
    const sidebar = ui.openSidebar(model.id, seat.email);
    const shown = ui.view(model.id, seat.email).shown;
    const panel = (index: number): HtmlPanelView => {
      const item = shown[index]!;
      return {
        key: `${item.executionId}-${index}`,
        kind: item.kind,
        title: item.title,
        width: item.width,
        height: item.height,
      };
    };
    const dialogs: HtmlPanelView[] = [];
    shown.forEach((item, index) => {
      if (item.kind !== 'sidebar' && !this.closedDialogs.has(panel(index).key))
        dialogs.push(panel(index));
    });
    return {
      version: this.version,
      document: {
        id: model.id,
        name: model.name,
        timeZone: model.timeZone,
        locale: model.locale,
        origin: this.origin,
        notes: this.notes,
      },
      seat,
      seats: this.seats(),
      today: { iso: emulator.clock.now().toISOString(), label: this.todayLabel() },
      tabs: model.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        hidden: s.hidden,
        ...(s.tabColor ? { color: s.tabColor } : {}),
      })),
      sheet: sheetView(doc, sheet, seat.email, {
        readOnly: seat.role === 'viewer' || sheet !== active,
        selection: selection.sheetId === sheet.id ? selection.rect : null,
      }),
      menus: ui
        .menusFor(model.id, seat.email)
        .map((menu, index) =>
          menuView(menu, index === 0 && ui.view(model.id, seat.email).addonMenu !== null),
        ),
      sidebar: sidebar ? panel(shown.lastIndexOf(sidebar)) : null,
      dialogs,
      toasts: doc.toasts.flatMap((toast, index) =>
        toast.shownTo === seat.email
          ? [
              {
                index,
                message: toast.message,
                title: toast.title,
                timeoutSeconds: toast.timeoutSeconds,
              },
            ]
          : [],
      ),
      asked: ui
        .dialogsFor(model.id, seat.email)
        .slice(-10)
        .map((dialog) => ({
          kind: dialog.kind,
          seat: dialog.shownTo,
          title: dialog.title,
          prompt: dialog.prompt,
          buttons: [],
          answer: { ...dialog.answer },
        })),
      executions: emulator.executionsIn(model.id).reverse().slice(0, 100),
      serverFunctions: this.serverFunctions(),
    };
  }

  /** What google.script.run exposes: top-level functions, except private ones ending in "_". */
  serverFunctions(): string[] {
    // Docs (guides/html/communication, "Private functions"): names ending with an underscore
    // cannot be called from the client.
    return this.emulator.code.topLevelFunctions.filter((name) => !name.endsWith('_'));
  }

  /** The HTML of a sidebar or dialog shown to the seat, by its key. */
  panelHtml(email: string, key: string): string {
    const seat = this.seat(email);
    const shown = this.emulator.project.ui.view(this.doc.model.id, seat.email).shown;
    const index = shown.findIndex((item, i) => `${item.executionId}-${i}` === key);
    if (index < 0) throw new PlaygroundError('That sidebar or dialog is no longer open.');
    return shown[index]!.html;
  }

  private todayLabel(): string {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: this.doc.model.timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(this.emulator.clock.now());
  }

  // ---- What a person does -------------------------------------------------------------------

  act(action: Action): ActionResult {
    if (!ACTIONS.has(action?.type)) {
      throw new PlaygroundError(`Unknown action "${String(action?.type).slice(0, 40)}".`);
    }
    const result = this.perform(action);
    // A click that moves the selection within the sheet changes nothing the page has to redraw
    // (it shows the selection already); choosing another sheet does (see 'select').
    if (action.type !== 'select') this.version++;
    return result;
  }

  private perform(action: Action): ActionResult {
    switch (action.type) {
      case 'start':
        this.startFrom(isStartChoice(action.from) ? action.from : 'sample');
        return { ok: true };
      case 'clock': {
        const days = action.days;
        if (!Number.isInteger(days) || Math.abs(days) > 366) {
          throw new PlaygroundError('Move the clock by a whole number of days, at most a year.');
        }
        this.emulator.clock.advanceDays(days);
        return { ok: true };
      }
      case 'share':
        return this.share(action.email);
      default:
        return this.performAs(action);
    }
  }

  private performAs(action: Exclude<Action, { type: 'start' | 'clock' | 'share' }>): ActionResult {
    const seat = this.seat(action.seat);
    this.ensureOpened(seat.email);
    const { doc, emulator } = this;
    switch (action.type) {
      case 'open':
        emulator.openSpreadsheet(doc, seat.email);
        return { ok: true };
      case 'menu': {
        const result = emulator.clickMenu(doc, seat.email, String(action.caption));
        return result.error
          ? { ok: true, message: `${action.caption} failed: ${result.error.message}` }
          : { ok: true };
      }
      case 'run':
        return this.runFromSidebar(seat.email, action.name, action.args);
      case 'close':
        if (action.key === 'sidebar') emulator.project.ui.closeSidebar(doc.model.id, seat.email);
        else this.closedDialogs.add(String(action.key));
        return { ok: true };
      case 'select': {
        const sheet = this.sheetById(action.sheetId);
        const before = selectionOf(doc, seat.email).sheetId;
        select(doc, sheet, clampRect(action.rect, sheet), undefined, seat.email);
        if (sheet.id !== before) this.version++;
        return { ok: true };
      }
      case 'edit':
        return this.edit(seat.email, action);
    }
  }

  private runFromSidebar(email: string, name: string, args: EncodedArgument[]): ActionResult {
    if (typeof name !== 'string' || !Array.isArray(args)) {
      throw new PlaygroundError('A google.script.run call needs a function name and arguments.');
    }
    let result;
    try {
      result = this.emulator.callFromSidebar(
        this.doc,
        email,
        name,
        args.map((arg) => decodeArgument(arg)),
      );
    } catch (error) {
      // Arguments the wire refuses fail the call before it reaches the server, as in production.
      if (error instanceof WireError) return { ok: true, run: { error: error.message } };
      throw error;
    }
    return result.error
      ? { ok: true, run: { error: result.error.message } }
      : { ok: true, run: { value: result.value } };
  }

  private edit(email: string, action: Extract<Action, { type: 'edit' }>): ActionResult {
    const sheet = this.sheetById(action.sheetId);
    if (sheet.hidden) {
      throw new PlaygroundError(
        `${sheet.name} is hidden: in Sheets a person unhides a sheet before editing it.`,
      );
    }
    const rect = clampRect(action.rect, sheet);
    const a1 = formatA1(rect, { sheetName: sheet.name });
    const { doc, emulator } = this;
    const input = action.input;
    let result: EditResult;
    switch (input.kind) {
      case 'type':
        result = emulator.type(
          doc,
          email,
          a1,
          String(input.text),
          action.acceptWarning === false ? { acceptWarning: false } : undefined,
        );
        break;
      case 'paste': {
        const rows = input.rows.map((row) => row.map((text) => String(text)));
        if (rows.length === 0 || rows.length > 1000 || rows.some((row) => row.length > 100)) {
          throw new PlaygroundError('Paste at most 1000 rows of 100 cells.');
        }
        result = emulator.paste(doc, email, a1, rows);
        break;
      }
      case 'checkbox':
        result = emulator.setCheckbox(doc, email, a1, input.checked === true);
        break;
      case 'clear':
        result = emulator.clearCells(doc, email, a1);
        break;
      default:
        throw new PlaygroundError('Unknown kind of edit.');
    }
    return {
      ok: true,
      edit: {
        applied: result.applied,
        ...(result.refusal ? { refusal: result.refusal } : {}),
        warned: result.warned,
        triggerErrors: result.triggers
          .filter((run) => run.error)
          .map((run) => `${run.functionName}: ${run.error!.message}`),
      },
    };
  }

  private share(email: string): ActionResult {
    const address = String(email).trim().toLowerCase();
    if (!EMAIL.test(address) || address.length > 200) {
      throw new PlaygroundError(`"${String(email).slice(0, 80)}" is not an e-mail address.`);
    }
    const sharing = this.doc.model.sharing;
    if (address === sharing.owner || sharing.editors.includes(address)) {
      return { ok: true, message: `${address} can already edit this spreadsheet.` };
    }
    this.emulator.spreadsheet(this.doc).addEditor(address);
    return { ok: true, message: `Shared with ${address} as an editor.` };
  }

  private sheetById(id: number): SheetModel {
    const sheet = this.doc.model.sheets.find((candidate) => candidate.id === id);
    if (!sheet) throw new PlaygroundError('That sheet no longer exists: the page will refresh.');
    return sheet;
  }
}

function labelOf(email: string, role: Seat['role']): string {
  if (email === SAMPLE_TEACHER) return `${SAMPLE_TEACHER_NAME} (teacher)`;
  const student = SAMPLE_ROSTER.find((candidate) => candidate.email === email);
  const name = student ? student.name : email;
  return role === 'viewer' ? `${name} (viewer)` : role === 'owner' ? `${name} (owner)` : name;
}

function menuView(menu: { title: string; items: unknown[] }, addon: boolean): MenuView {
  const entries = (items: unknown[]): MenuEntryView[] =>
    items.map((item) => {
      const entry = item as {
        separator?: true;
        caption?: string;
        title?: string;
        items?: unknown[];
      };
      if (entry.separator) return { separator: true as const };
      if (entry.items)
        return { title: String(entry.title), addon: false, items: entries(entry.items) };
      return { caption: String(entry.caption) };
    });
  return { title: menu.title, addon, items: entries(menu.items) };
}

function clampRect(
  rect: { row: number; column: number; numRows: number; numColumns: number },
  sheet: SheetModel,
): { row: number; column: number; numRows: number; numColumns: number } {
  const whole = (value: unknown, min: number, max: number): number => {
    const number = Math.floor(Number(value));
    if (!Number.isFinite(number) || number < min || number > max) {
      throw new PlaygroundError('That range is outside the sheet.');
    }
    return number;
  };
  const row = whole(rect?.row, 0, sheet.rowCount - 1);
  const column = whole(rect?.column, 0, sheet.columnCount - 1);
  return {
    row,
    column,
    numRows: whole(rect?.numRows, 1, sheet.rowCount - row),
    numColumns: whole(rect?.numColumns, 1, sheet.columnCount - column),
  };
}

export { UploadError };
