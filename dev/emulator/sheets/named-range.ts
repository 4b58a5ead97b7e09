/**
 * Named ranges (reference/spreadsheet/named-range): a workbook-level name for a rectangle on one
 * sheet. The rectangle moves with inserted and deleted rows and columns (structure.ts).
 */

import type { NamedRangeModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import type { SpreadsheetDocument } from './document';
import { Range } from './range';
import { assertEditor, rangeParts } from './sheet';

/**
 * Sheets' rules for a range name (support answer 63175, "Name a range"): letters, digits and
 * underscores only, not starting with a digit, 1-250 characters, not 'true'/'false', and not
 * readable as an A1 or R1C1 reference.
 */
export function isValidRangeName(name: string): boolean {
  if (typeof name !== 'string' || name.length < 1 || name.length > 250) return false;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return false;
  if (/^(true|false)$/i.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^R\d*C\d*$/i.test(name)) return false;
  return true;
}

export function assertValidRangeName(name: string): void {
  // Estimate of the wording; the rule itself is the documented one.
  if (!isValidRangeName(name))
    throw new ScriptException(`Invalid argument: name ("${String(name)}")`);
}

export function findNamedRange(
  doc: SpreadsheetDocument,
  name: string,
): NamedRangeModel | undefined {
  const wanted = String(name).toLowerCase();
  return doc.model.namedRanges.find((n) => n.name.toLowerCase() === wanted);
}

/** Names `range`; an existing name (in any case) is pointed at the new range instead. */
export function setNamedRangeModel(
  doc: SpreadsheetDocument,
  name: string,
  range: Range,
): NamedRangeModel {
  assertValidRangeName(name);
  const { sheet, rect } = rangeParts(range);
  const existing = findNamedRange(doc, name);
  if (existing) {
    existing.name = name;
    existing.sheetId = sheet.id;
    existing.rect = { ...rect };
    return existing;
  }
  const entry: NamedRangeModel = { name, sheetId: sheet.id, rect: { ...rect } };
  doc.model.namedRanges.push(entry);
  return entry;
}

/** The Range a named range stands for now, or null when its sheet is gone. */
export function rangeOfNamed(doc: SpreadsheetDocument, entry: NamedRangeModel): Range | null {
  const sheet = doc.model.sheets.find((s) => s.id === entry.sheetId);
  return sheet ? new Range(doc, sheet, { ...entry.rect }) : null;
}

export class NamedRange implements ApiOf<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'setName' | 'remove'
> {
  constructor(
    readonly doc: SpreadsheetDocument,
    readonly entry: NamedRangeModel,
  ) {
    return strict('NamedRange', this);
  }

  private live(): NamedRangeModel {
    // Estimate of the wording: a removed named range can no longer be used.
    if (!this.doc.model.namedRanges.includes(this.entry)) {
      throw new ScriptException('Range not found');
    }
    return this.entry;
  }

  getName(): string {
    return this.doc.ctx.call('NamedRange', 'getName', 'local', () => this.entry.name);
  }

  getRange(): Range {
    return this.doc.ctx.call('NamedRange', 'getRange', 'read', () => {
      const range = rangeOfNamed(this.doc, this.live());
      if (!range) throw new ScriptException('Range not found');
      return range;
    });
  }

  setName(name: string): NamedRange {
    return this.doc.ctx.call('NamedRange', 'setName', 'write', () => {
      assertEditor(this.doc);
      const entry = this.live();
      assertValidRangeName(name);
      const clash = findNamedRange(this.doc, name);
      if (clash && clash !== entry) {
        throw new ScriptException(`A named range with the name "${name}" already exists.`);
      }
      entry.name = name;
      return this;
    });
  }

  setRange(range: Range): NamedRange {
    return this.doc.ctx.call('NamedRange', 'setRange', 'write', () => {
      assertEditor(this.doc);
      const entry = this.live();
      const { sheet, rect } = rangeParts(range);
      entry.sheetId = sheet.id;
      entry.rect = { ...rect };
      return this;
    });
  }

  remove(): void {
    this.doc.ctx.call('NamedRange', 'remove', 'write', () => {
      assertEditor(this.doc);
      const entry = this.live();
      this.doc.model.namedRanges = this.doc.model.namedRanges.filter((n) => n !== entry);
    });
  }
}
