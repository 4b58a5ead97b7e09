/**
 * The emulated Apps Script RangeList: several ranges of one sheet changed by one call
 * (Sheet.getRangeList(['A1:B2', 'D4'])). One call is one ledger entry, however many ranges.
 */

import type { SheetModel } from '../model/workbook';
import type { ApiOf } from '../runtime/api-types';
import type { CallKind } from '../runtime/cost-model';
import { strict } from '../runtime/strict';
import { resolveA1 } from './a1';
import { select } from './active';
import type { SpreadsheetDocument } from './document';
import { normalizeColor } from './values';
import { Range, type ClearOptions } from './range';
import { outsideTheSheet } from './range-base';

export class RangeList implements ApiOf<
  GoogleAppsScript.Spreadsheet.RangeList,
  | 'activate'
  | 'breakApart'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getRanges'
  | 'insertCheckboxes'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setFontColor'
  | 'setFontFamily'
  | 'setFontLine'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFormula'
  | 'setFormulaR1C1'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNumberFormat'
  | 'setShowHyperlink'
  | 'setValue'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'trimWhitespace'
  | 'uncheck'
> {
  readonly doc: SpreadsheetDocument;
  readonly ranges: readonly Range[];

  constructor(doc: SpreadsheetDocument, ranges: readonly Range[]) {
    this.doc = doc;
    this.ranges = [...ranges];
    return strict('RangeList', this);
  }

  private get cellCount(): number {
    return this.ranges.reduce((sum, range) => sum + range.rect.numRows * range.rect.numColumns, 0);
  }

  /** One ledger entry for the whole list; the ranges' own plumbing does the work unrecorded. */
  private each(method: string, kind: CallKind, apply: (range: Range) => void): RangeList {
    this.doc.ctx.call(
      'RangeList',
      method,
      kind,
      () => {
        // As for a Range: a range opened past the sheet's edge cannot touch cells that do not
        // exist yet, and the list changes nothing when one of its ranges cannot.
        if (kind !== 'local' && this.ranges.some((range) => range._isOutOfReach())) {
          throw outsideTheSheet();
        }
        this.ranges.forEach(apply);
      },
      { cells: this.cellCount },
    );
    return this;
  }

  getRanges(): Range[] {
    return this.doc.ctx.call('RangeList', 'getRanges', 'local', () => [...this.ranges]);
  }

  /** Selects every range; the last one holds the current cell (the model keeps one rectangle). */
  activate(): RangeList {
    return this.each('activate', 'ui', (range) => select(this.doc, range.sheet, range.rect));
  }

  setValue(value: unknown): RangeList {
    return this.each('setValue', 'write', (range) => range._setValue(value));
  }
  setFormula(formula: string): RangeList {
    return this.each('setFormula', 'write', (range) => range._setFormula(formula));
  }
  setFormulaR1C1(formula: string): RangeList {
    return this.each('setFormulaR1C1', 'write', (range) => range._setFormulaR1C1(formula));
  }
  setNote(note: string | null): RangeList {
    return this.each('setNote', 'write', (range) => range._setNote(note));
  }
  setNumberFormat(numberFormat: string): RangeList {
    return this.each('setNumberFormat', 'write', (range) => range._setNumberFormat(numberFormat));
  }
  setBackground(color: string | null): RangeList {
    const value = color === null ? null : normalizeColor(color);
    return this.each('setBackground', 'write', (range) => range._setStyle('background', value));
  }
  setFontColor(color: string | null): RangeList {
    const value = color === null ? null : normalizeColor(color);
    return this.each('setFontColor', 'write', (range) => range._setStyle('fontColor', value));
  }
  setFontFamily(fontFamily: string | null): RangeList {
    return this.each('setFontFamily', 'write', (range) =>
      range._setStyle('fontFamily', fontFamily),
    );
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): RangeList {
    return this.each('setFontLine', 'write', (range) => range._setStyle('fontLine', fontLine));
  }
  setFontSize(size: number): RangeList {
    return this.each('setFontSize', 'write', (range) => range._setStyle('fontSize', size));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): RangeList {
    return this.each('setFontStyle', 'write', (range) => range._setStyle('fontStyle', fontStyle));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeList {
    return this.each('setFontWeight', 'write', (range) =>
      range._setStyle('fontWeight', fontWeight),
    );
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeList {
    const value = alignment === null || alignment === 'normal' ? null : alignment;
    return this.each('setHorizontalAlignment', 'write', (range) =>
      range._setStyle('horizontalAlignment', value),
    );
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeList {
    return this.each('setVerticalAlignment', 'write', (range) =>
      range._setStyle('verticalAlignment', alignment),
    );
  }
  setWrap(isWrapEnabled: boolean): RangeList {
    return this.each('setWrap', 'write', (range) =>
      range._setStyle('wrap', Boolean(isWrapEnabled)),
    );
  }

  clear(options?: ClearOptions): RangeList {
    return this.each('clear', 'write', (range) => range._clear(options));
  }
  clearContent(): RangeList {
    return this.each('clearContent', 'write', (range) => range._clear({ contentsOnly: true }));
  }
  clearFormat(): RangeList {
    return this.each('clearFormat', 'write', (range) => range._clear({ formatOnly: true }));
  }
  clearNote(): RangeList {
    return this.each('clearNote', 'write', (range) => range._clearNote());
  }
  clearDataValidations(): RangeList {
    return this.each('clearDataValidations', 'write', (range) => range._setValidation(null));
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeList {
    const args = [checkedValue, uncheckedValue].slice(
      0,
      uncheckedValue !== undefined ? 2 : checkedValue !== undefined ? 1 : 0,
    );
    return this.each('insertCheckboxes', 'write', (range) => range._insertCheckboxes(args));
  }
  removeCheckboxes(): RangeList {
    return this.each('removeCheckboxes', 'write', (range) => range._removeCheckboxes());
  }
  check(): RangeList {
    return this.each('check', 'write', (range) => range._setChecked(true));
  }
  uncheck(): RangeList {
    return this.each('uncheck', 'write', (range) => range._setChecked(false));
  }

  // Live (gas-fakes test/testsheetsexotics.js "RangeList exotic methods" and
  // "Range.setShowHyperlink"): each applies to every range of the list, as Range's own does.
  breakApart(): RangeList {
    return this.each('breakApart', 'write', (range) => range._breakApart());
  }
  trimWhitespace(): RangeList {
    return this.each('trimWhitespace', 'write', (range) => range._trimWhitespace());
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): RangeList {
    return this.each('setWrapStrategy', 'write', (range) =>
      range._setWrapStrategy('RangeList.setWrapStrategy', strategy),
    );
  }
  setShowHyperlink(showHyperlink: boolean): RangeList {
    return this.each('setShowHyperlink', 'write', (range) =>
      range._setShowHyperlink('RangeList.setShowHyperlink', showHyperlink),
    );
  }

  toString(): string {
    return 'RangeList';
  }
}

/** Sheet.getRangeList(['A1:B2', 'D4']): the ranges of `sheet` the notations name. */
export function rangeListFromA1(
  doc: SpreadsheetDocument,
  sheet: SheetModel,
  notations: readonly string[],
): RangeList {
  const ranges = notations.map((notation) => {
    const resolved = resolveA1(notation, sheet);
    return new Range(doc, sheet, resolved.rect, resolved);
  });
  return new RangeList(doc, ranges);
}
