/**
 * The emulated Range's notes and rich text: notes as Sheets stores what a script gives it, rich
 * text values read back with their runs and written as plain text.
 */

import type { CellModel } from '../model/cells';
import { cellAt } from '../model/workbook';
import { richTextFromCell, type RichTextValue } from './rich-text';
import { clearCellContent, computedValueAt } from './values';
import { checkShape } from './range-base';
import { RangeFormats } from './range-formats';

/**
 * A note as Sheets stores what a script gave it. setNote takes a String, so a number is written
 * as JavaScript prints it (setNote(25) reads back '25'); setNotes takes Object[][], and an integer
 * there reads back with '.0' ('25.0'). Live behaviour as gas-fakes notes/oddities.md ("sheets
 * notes", issuetracker 429373214) describes it.
 */
function noteText(note: unknown, inGrid: boolean): string {
  if (note === null || note === undefined) return '';
  if (inGrid && typeof note === 'number' && Number.isInteger(note)) return note.toFixed(1);
  return String(note);
}

/** The text is stored as a plain string: never read as a number, date or formula. */
function writeRichText(cell: CellModel, value: RichTextValue): void {
  const model = value.toModel();
  clearCellContent(cell);
  if (model.text === '') return;
  cell.value = model.text;
  if (model.runs.length > 0) cell.richText = model;
}

export abstract class RangeNotes extends RangeFormats {
  // ---------------------------------------------------------------------------------------------
  // Notes.

  getNote(): string {
    return this.call(
      'getNote',
      'read',
      () => cellAt(this.sheet, this.rect.row, this.rect.column)?.note ?? '',
    );
  }

  getNotes(): string[][] {
    return this.call(
      'getNotes',
      'read',
      () => this.grid((row, column) => cellAt(this.sheet, row, column)?.note ?? ''),
      this.cellCount,
    );
  }

  _setNote(note: unknown): void {
    const text = noteText(note, false);
    this._mutate((cell) => {
      if (text === '') delete cell.note;
      else cell.note = text;
    }, false);
  }

  setNote(note: string | null): this {
    this.call('setNote', 'write', () => this._setNote(note), this.cellCount);
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    this.call(
      'setNotes',
      'write',
      () => {
        const rows = checkShape(notes, this.rect, 'setNotes');
        this._mutate((cell, _row, _column, r, c) => {
          const text = noteText(rows[r]?.[c], true);
          if (text === '') delete cell.note;
          else cell.note = text;
        }, false);
      },
      this.cellCount,
    );
    return this;
  }

  _clearNote(): void {
    this.mutateExisting((cell) => delete cell.note, false);
  }

  clearNote(): this {
    this.call('clearNote', 'write', () => this._clearNote(), this.cellCount);
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Rich text.

  private richTextAt(row: number, column: number): RichTextValue | null {
    const cell = cellAt(this.sheet, row, column);
    const computed = computedValueAt(this.doc, this.sheet, row, column);
    // Docs: null when the cell's value is not text. An empty cell holds empty text.
    if (computed.value === null) return richTextFromCell('', undefined, cell?.style);
    if (typeof computed.value !== 'string' || computed.isError) return null;
    return richTextFromCell(computed.value, cell?.richText, cell?.style);
  }

  getRichTextValue(): RichTextValue | null {
    return this.call('getRichTextValue', 'read', () =>
      this.richTextAt(this.rect.row, this.rect.column),
    );
  }

  getRichTextValues(): (RichTextValue | null)[][] {
    return this.call(
      'getRichTextValues',
      'read',
      () => this.grid((row, column) => this.richTextAt(row, column)),
      this.cellCount,
    );
  }

  setRichTextValue(value: RichTextValue): this {
    this.call(
      'setRichTextValue',
      'write',
      () => this._mutate((cell) => writeRichText(cell, value), true),
      this.cellCount,
    );
    return this;
  }

  setRichTextValues(values: RichTextValue[][]): this {
    this.call(
      'setRichTextValues',
      'write',
      () => {
        const rows = checkShape(values, this.rect, 'setRichTextValues');
        this._mutate((cell, _row, _column, r, c) => {
          const value = rows[r]?.[c] as RichTextValue | null | undefined;
          if (value) writeRichText(cell, value);
          else clearCellContent(cell);
        }, true);
      },
      this.cellCount,
    );
    return this;
  }
}
