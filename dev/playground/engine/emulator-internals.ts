/**
 * What the playground needs from the emulator beyond its public API (dev/emulator/index.ts), in
 * one place: pure functions over the emulator's model that the page needs to draw what a person
 * sees. Each is the emulator's own rule, so the page cannot drift from what an edit will do.
 */

/** Who may edit a rectangle (sharing and protections): the marks on protected cells. */
export { editPermission } from '../../emulator/sheets/permissions';
/** Each person's active sheet and selection: the sheet the page shows is the seat's own. */
export { activeSheetModel, select, selectionOf } from '../../emulator/sheets/active';
/** What getDisplayValue and getValue return for a cell. */
export { displayValueAt, scriptValueAt } from '../../emulator/sheets/values';
/** How the edit bar shows a date: the locale's date pattern. */
export { defaultPattern, formatWithPattern, isDateFormat } from '../../emulator/format/display';
/** A1 notation as Apps Script prints it, for the edits the page sends. */
export { formatA1 } from '../../emulator/sheets/a1';
export { cellAt, type SheetModel } from '../../emulator/model/workbook';
export { DEFAULT_STYLE, type CellModel, type CellStyle } from '../../emulator/model/cells';
export type { ScriptedAnswer, ButtonName, ButtonSetName } from '../../emulator/services/project';
export type { Ui } from '../../emulator/services/ui';
