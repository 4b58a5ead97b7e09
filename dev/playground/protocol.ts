/**
 * What crosses between the playground's page, its server and its engine (the worker thread that
 * holds the one Emulator): plain JSON shapes only. The page, the server and the engine all import
 * these types, so a renamed field is a compile error on every side.
 */

export type SeatRole = 'owner' | 'editor' | 'viewer';

/** A person who can sit at the keyboard: the file's owner (the teacher), an editor or a viewer. */
export interface Seat {
  email: string;
  /** "Ms. Rivera (teacher)", "Ava Martinez": how the page names the person. */
  label: string;
  role: SeatRole;
}

export interface GridRect {
  /** 0-based. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The style a person sees (conditional formatting applied); only members that differ from the default. */
export interface CellStyleView {
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  line?: 'underline' | 'line-through';
  size?: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  wrap?: boolean;
}

/** One run of a rich-text cell. */
export interface TextRunView {
  text: string;
  /** Only http(s) and mailto links are carried: anything else is shown as plain text. */
  link?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  color?: string;
}

/** Who may change a cell, from the current seat's point of view. */
export type CellAccess =
  /** Covered by a protection the seat may edit through (the owner, or a listed editor). */
  | 'protected'
  /** Covered by a warning-only protection: Sheets asks before the edit goes ahead. */
  | 'warning'
  /** The seat may not edit it: the edit will be refused. */
  | 'locked';

export interface CellView {
  row: number;
  column: number;
  /** The display value (getDisplayValue). */
  text: string;
  /** What the edit bar shows: the formula, or the literal as a person would type it. */
  input: string;
  /** A checkbox cell: whether it is checked. */
  checkbox?: boolean;
  /** Rich text with links or text styles, in order; absent for plain cells. */
  runs?: TextRunView[];
  /** The cell's link (a HYPERLINK formula, or one link over the whole text). */
  link?: string;
  note?: string;
  style?: CellStyleView;
  access?: CellAccess;
  /** Numbers and dates align right by default, as in Sheets. */
  numeric?: boolean;
  error?: boolean;
}

export interface SheetView {
  id: number;
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** How many rows and columns the page draws (the used area plus a margin, at most the grid). */
  shownRows: number;
  shownColumns: number;
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Pixels by 0-based index, only where not the default. */
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  /** Cells with something to show, row-major. */
  cells: CellView[];
  /** The seat's selection when it is on this sheet. */
  selection: GridRect | null;
  /** The seat cannot change anything in this file (a viewer), or is peeking at a hidden sheet. */
  readOnly: boolean;
}

export interface TabView {
  id: number;
  name: string;
  hidden: boolean;
  color?: string;
}

export interface MenuItemView {
  caption: string;
}

export type MenuEntryView = MenuItemView | { separator: true } | MenuView;

export interface MenuView {
  title: string;
  /** The add-on's menu (under Extensions) rather than a custom top-level menu. */
  addon: boolean;
  items: MenuEntryView[];
}

/** A sidebar or dialog the add-on showed to the seat and that is still open. */
export interface HtmlPanelView {
  /** Identifies the shown page; a new showSidebar gives a new key, so the frame reloads. */
  key: string;
  kind: 'sidebar' | 'modal-dialog' | 'modeless-dialog';
  title: string;
  width: number | null;
  height: number | null;
}

export interface ToastView {
  /** Position in the document's list of toasts: the page shows each one once. */
  index: number;
  message: string;
  title: string;
  timeoutSeconds: number;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** An alert or prompt the add-on is waiting on. */
export interface QuestionView {
  kind: 'alert' | 'prompt';
  /** Who it is shown to. */
  seat: string;
  title: string;
  prompt: string;
  /** The buttons of its ButtonSet; the dialog's close box answers CLOSE. */
  buttons: ButtonName[];
}

export interface AnswerView {
  button: ButtonName;
  text?: string;
}

/** One execution of the add-on, with what it cost (the emulator's ledger). */
export interface ExecutionView {
  id: number;
  functionName: string;
  /** The person at the keyboard. */
  who: string;
  /** Whose authority it ran with, when not `who` (installable triggers run as their creator). */
  runsAs?: string;
  authMode: string;
  kind: string;
  /** Emulator clock when it ran (ISO). */
  at: string;
  modeledMs: number;
  serviceCalls: number;
  byKind: Record<string, number>;
  byMethod: Record<string, number>;
  loadCalls: number;
  error?: string;
}

/**
 * What the playground can start from: the sample class (set up and run by the add-on), the
 * teacher's tracker before the add-on (to try the import on), or an empty spreadsheet.
 */
export type StartFrom = 'sample' | 'tracker' | 'empty';

export const START_CHOICES: readonly StartFrom[] = ['sample', 'tracker', 'empty'];

export function isStartChoice(value: unknown): value is StartFrom {
  return START_CHOICES.includes(value as StartFrom);
}

export type StartOrigin = StartFrom | 'upload' | 'snapshot';

export interface DocumentView {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  origin: StartOrigin;
  /** What the import or restore reported (dropped features, warnings). */
  notes: string[];
}

export interface PlaygroundState {
  /** Grows with every change; the page asks again with `since` and gets `unchanged` if none. */
  version: number;
  document: DocumentView;
  seat: Seat;
  seats: Seat[];
  /** The emulator's clock: the instant and how it reads in the spreadsheet's time zone. */
  today: { iso: string; label: string };
  tabs: TabView[];
  sheet: SheetView;
  menus: MenuView[];
  sidebar: HtmlPanelView | null;
  dialogs: HtmlPanelView[];
  toasts: ToastView[];
  /** Alerts and prompts already answered, newest last. */
  asked: (QuestionView & { answer: AnswerView })[];
  /** Newest first. */
  executions: ExecutionView[];
  /** The add-on's functions google.script.run can call (top-level, not ending in "_"). */
  serverFunctions: string[];
}

export type UserInputView =
  | { kind: 'type'; text: string }
  | { kind: 'paste'; rows: string[][] }
  | { kind: 'checkbox'; checked: boolean }
  | { kind: 'clear' };

/**
 * A google.script.run argument as the frame sends it: JSON, with what JSON cannot carry tagged so
 * the emulator's wire rules see it and refuse it as production does (a Date, a function, a DOM
 * node other than a form).
 */
export type EncodedArgument =
  null | boolean | number | string | EncodedArgument[] | { [key: string]: EncodedArgument };

/** Key under which an encoded argument marks a value JSON cannot hold. */
export const WIRE_TAG = '__playgroundWire';

export type Action =
  | { type: 'open'; seat: string }
  | { type: 'menu'; seat: string; caption: string }
  | { type: 'run'; seat: string; name: string; args: EncodedArgument[] }
  | { type: 'close'; seat: string; key: string }
  | { type: 'select'; seat: string; sheetId: number; rect: GridRect }
  | {
      type: 'edit';
      seat: string;
      sheetId: number;
      rect: GridRect;
      input: UserInputView;
      /** A warning-only protection covers the cells and the person chose to go ahead. */
      acceptWarning?: boolean;
    }
  | { type: 'clock'; days: number }
  | { type: 'start'; from: StartFrom }
  | { type: 'share'; email: string };

export interface EditOutcomeView {
  applied: boolean;
  /** What Sheets told the person when it refused the edit. */
  refusal?: string;
  warned: boolean;
  /** Trigger runs the edit caused that failed: "onEdit: message". */
  triggerErrors: string[];
}

export interface ActionResult {
  ok: true;
  edit?: EditOutcomeView;
  /** google.script.run: the value for the success handler, or the message for the failure handler. */
  run?: { value: unknown } | { error: string };
  /** A short message for the page (e.g. "Shared with ava@school.example"). */
  message?: string;
}

export interface Failure {
  ok: false;
  /** Says what went wrong and what to do, in a teacher's or maintainer's words. */
  message: string;
}

export type StateResult = (
  | { ok: true; unchanged: true; version: number }
  | { ok: true; unchanged?: false; state: PlaygroundState }
  /** The add-on is waiting for an answer: the page shows the question. */
  | { ok: true; question: QuestionView }
) & {
  /** Said once: the engine was replaced (it failed or hung) and the spreadsheet is a fresh one. */
  notice?: string;
};
