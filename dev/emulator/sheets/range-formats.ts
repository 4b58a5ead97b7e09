/**
 * The emulated Range's formats and styles: number formats, colours, fonts, alignment, wrap and
 * wrap strategies, text styles and whether links show as links.
 */

import type { CellModel, CellStyle } from '../model/cells';
import { cellAt } from '../model/workbook';
import { colorObject, hexOfColor, type Color } from './colors';
import { type TextStyle } from './rich-text';
import { signatureError } from './signature';
import { setWrapStrategyOf, textStyleOf, wrapStrategyName, wrapStrategyOf } from './text-format';
import { normalizeColor } from './values';
import { checkShape } from './range-base';
import { RangeValues } from './range-values';

/** What getNumberFormat reports for a cell whose format is automatic (community-observed). */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

export abstract class RangeFormats extends RangeValues {
  // ---------------------------------------------------------------------------------------------
  // Number formats.

  getNumberFormat(): string {
    return this.call(
      'getNumberFormat',
      'read',
      () =>
        cellAt(this.sheet, this.rect.row, this.rect.column)?.numberFormat ??
        AUTOMATIC_NUMBER_FORMAT,
    );
  }

  getNumberFormats(): string[][] {
    return this.call(
      'getNumberFormats',
      'read',
      () =>
        this.grid(
          (row, column) => cellAt(this.sheet, row, column)?.numberFormat ?? AUTOMATIC_NUMBER_FORMAT,
        ),
      this.cellCount,
    );
  }

  _setNumberFormat(format: string): void {
    this._mutate((cell) => storeNumberFormat(cell, format), false);
  }

  setNumberFormat(numberFormat: string): this {
    this.call(
      'setNumberFormat',
      'write',
      () => this._setNumberFormat(numberFormat),
      this.cellCount,
    );
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.call(
      'setNumberFormats',
      'write',
      () => {
        const rows = checkShape(numberFormats, this.rect, 'setNumberFormats');
        this._mutate((cell, _row, _column, r, c) => storeNumberFormat(cell, rows[r]?.[c]), false);
      },
      this.cellCount,
    );
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Cell styles.

  getBackground(): string {
    return this.getStyle('getBackground', 'background');
  }
  getBackgrounds(): string[][] {
    return this.getStyles('getBackgrounds', 'background');
  }
  /** Docs: null resets to white. */
  setBackground(color: string | null): this {
    return this.setStyle(
      'setBackground',
      'background',
      color === null ? null : normalizeColor(color),
    );
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.setStyles('setBackgrounds', 'background', colors, (v) =>
      v === null || v === undefined ? null : normalizeColor(String(v)),
    );
  }

  /** Docs (range#getBackgroundObject): the background as a Color; RGB, as the emulator stores it. */
  getBackgroundObject(): Color {
    return colorObject(this.getStyle('getBackgroundObject', 'background'));
  }
  getBackgroundObjects(): Color[][] {
    return this.getStyles('getBackgroundObjects', 'background').map((row) =>
      row.map((hex) => colorObject(hex)),
    );
  }
  setBackgroundObject(color: unknown): this {
    return this.setStyle(
      'setBackgroundObject',
      'background',
      hexOfColor(color, 'Range.setBackgroundObject'),
    );
  }
  setBackgroundObjects(colors: unknown[][]): this {
    return this.setStyles('setBackgroundObjects', 'background', colors, (v) =>
      hexOfColor(v, 'Range.setBackgroundObjects'),
    );
  }

  getFontColor(): string {
    return this.getStyle('getFontColor', 'fontColor');
  }
  getFontColorObject(): Color {
    return colorObject(this.getStyle('getFontColorObject', 'fontColor'));
  }
  getFontColorObjects(): Color[][] {
    return this.getStyles('getFontColorObjects', 'fontColor').map((row) =>
      row.map((hex) => colorObject(hex)),
    );
  }
  setFontColorObject(color: unknown): this {
    return this.setStyle(
      'setFontColorObject',
      'fontColor',
      hexOfColor(color, 'Range.setFontColorObject'),
    );
  }
  setFontColorObjects(colors: unknown[][]): this {
    return this.setStyles('setFontColorObjects', 'fontColor', colors, (v) =>
      hexOfColor(v, 'Range.setFontColorObjects'),
    );
  }
  getFontColors(): string[][] {
    return this.getStyles('getFontColors', 'fontColor');
  }
  setFontColor(color: string | null): this {
    return this.setStyle(
      'setFontColor',
      'fontColor',
      color === null ? null : normalizeColor(color),
    );
  }
  setFontColors(colors: unknown[][]): this {
    return this.setStyles('setFontColors', 'fontColor', colors, (v) =>
      v === null || v === undefined ? null : normalizeColor(String(v)),
    );
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getStyle('getFontWeight', 'fontWeight');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getStyles('getFontWeights', 'fontWeight');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.setStyle('setFontWeight', 'fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): this {
    return this.setStyles(
      'setFontWeights',
      'fontWeight',
      fontWeights,
      (v) => v as CellStyle['fontWeight'] | null,
    );
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getStyle('getFontStyle', 'fontStyle');
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.getStyles('getFontStyles', 'fontStyle');
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.setStyle('setFontStyle', 'fontStyle', fontStyle);
  }
  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): this {
    return this.setStyles(
      'setFontStyles',
      'fontStyle',
      fontStyles,
      (v) => v as CellStyle['fontStyle'] | null,
    );
  }

  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.getStyle('getFontLine', 'fontLine');
  }
  getFontLines(): GoogleAppsScript.Spreadsheet.FontLine[][] {
    return this.getStyles('getFontLines', 'fontLine');
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): this {
    return this.setStyle('setFontLine', 'fontLine', fontLine);
  }
  setFontLines(fontLines: (GoogleAppsScript.Spreadsheet.FontLine | null)[][]): this {
    return this.setStyles(
      'setFontLines',
      'fontLine',
      fontLines,
      (v) => v as CellStyle['fontLine'] | null,
    );
  }

  getFontSize(): number {
    return this.getStyle('getFontSize', 'fontSize');
  }
  getFontSizes(): number[][] {
    return this.getStyles('getFontSizes', 'fontSize');
  }
  setFontSize(size: number): this {
    return this.setStyle('setFontSize', 'fontSize', size);
  }
  setFontSizes(sizes: number[][]): this {
    return this.setStyles('setFontSizes', 'fontSize', sizes, (v) =>
      v === null || v === undefined ? null : Number(v),
    );
  }

  getFontFamily(): string {
    return this.getStyle('getFontFamily', 'fontFamily');
  }
  getFontFamilies(): string[][] {
    return this.getStyles('getFontFamilies', 'fontFamily');
  }
  setFontFamily(fontFamily: string | null): this {
    return this.setStyle('setFontFamily', 'fontFamily', fontFamily);
  }
  setFontFamilies(fontFamilies: (string | null)[][]): this {
    return this.setStyles('setFontFamilies', 'fontFamily', fontFamilies, (v) =>
      v === null || v === undefined ? null : String(v),
    );
  }

  getHorizontalAlignment(): string {
    return this.getStyle('getHorizontalAlignment', 'horizontalAlignment');
  }
  getHorizontalAlignments(): string[][] {
    return this.getStyles('getHorizontalAlignments', 'horizontalAlignment');
  }
  /**
   * null resets to the automatic alignment, read back 'general'; 'normal' reads back
   * 'general-left' (gas-fakes notes/oddities.md, "Horizontal alignment"). Both show alike.
   */
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this.setStyle('setHorizontalAlignment', 'horizontalAlignment', horizontal(alignment));
  }
  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): this {
    return this.setStyles('setHorizontalAlignments', 'horizontalAlignment', alignments, (v) =>
      horizontal(v as string | null),
    );
  }

  getVerticalAlignment(): string {
    return this.getStyle('getVerticalAlignment', 'verticalAlignment');
  }
  getVerticalAlignments(): string[][] {
    return this.getStyles('getVerticalAlignments', 'verticalAlignment');
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    return this.setStyle('setVerticalAlignment', 'verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: ('top' | 'middle' | 'bottom' | null)[][]): this {
    return this.setStyles(
      'setVerticalAlignments',
      'verticalAlignment',
      alignments,
      (v) => v as CellStyle['verticalAlignment'] | null,
    );
  }

  /**
   * A cell whose wrap was never set reads back true, although it shows its text overflowing (the
   * model's default, what a person sees, is no wrap): live Apps Script, gas-fakes test/
   * testsheets.js "default wrap" and notes/oddities.md "Wrap and Wrap strategy" (issuetracker
   * 427134600).
   */
  getWrap(): boolean {
    return this.call(
      'getWrap',
      'read',
      () => cellAt(this.sheet, this.rect.row, this.rect.column)?.style?.wrap ?? true,
    );
  }
  getWraps(): boolean[][] {
    return this.call(
      'getWraps',
      'read',
      () => this.grid((row, column) => cellAt(this.sheet, row, column)?.style?.wrap ?? true),
      this.cellCount,
    );
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setStyle('setWrap', 'wrap', Boolean(isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setStyles('setWraps', 'wrap', isWrapEnabled, (v) => Boolean(v));
  }

  // ---------------------------------------------------------------------------------------------
  // Text styles, links shown as links, wrap strategies.

  /** Docs: the text style of the top-left cell. */
  getTextStyle(): TextStyle {
    return this.call('getTextStyle', 'read', () =>
      textStyleOf(cellAt(this.sheet, this.rect.row, this.rect.column)?.style),
    );
  }

  getTextStyles(): TextStyle[][] {
    return this.call(
      'getTextStyles',
      'read',
      () => this.grid((row, column) => textStyleOf(cellAt(this.sheet, row, column)?.style)),
      this.cellCount,
    );
  }

  /**
   * Docs: whether links in the range show as links. Live (gas-fakes testsheetsexotics.js
   * "Range.setShowHyperlink") the cell format's hyperlinkDisplayType becomes PLAIN_TEXT or
   * LINKED, and null is refused with the signature message. Nothing else in Apps Script reads it.
   */
  setShowHyperlink(showHyperlink: boolean): this {
    this.call(
      'setShowHyperlink',
      'write',
      () => this._setShowHyperlink('Range.setShowHyperlink', showHyperlink),
      this.cellCount,
    );
    return this;
  }

  _setShowHyperlink(member: string, showHyperlink: unknown): void {
    if (typeof showHyperlink !== 'boolean') throw signatureError(member, [showHyperlink]);
    this._setStyle('showHyperlink', showHyperlink);
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.call('getWrapStrategy', 'read', () =>
      wrapStrategyOf(cellAt(this.sheet, this.rect.row, this.rect.column)?.style),
    );
  }

  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.call(
      'getWrapStrategies',
      'read',
      () => this.grid((row, column) => wrapStrategyOf(cellAt(this.sheet, row, column)?.style)),
      this.cellCount,
    );
  }

  /** Live (gas-fakes testsheets.js "exotic styles"): WRAP reads back as getWrap() true, OVERFLOW and CLIP as false. */
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    this.call(
      'setWrapStrategy',
      'write',
      () => this._setWrapStrategy('Range.setWrapStrategy', strategy),
      this.cellCount,
    );
    return this;
  }

  _setWrapStrategy(member: string, strategy: unknown): void {
    const name = wrapStrategyName(member, strategy);
    this._mutate((cell) => setWrapStrategyOf(cell, name), false);
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): this {
    this.call(
      'setWrapStrategies',
      'write',
      () => {
        const rows = checkShape(strategies, this.rect, 'setWrapStrategies');
        const names = rows.map((row) =>
          row.map((value) => wrapStrategyName('Range.setWrapStrategies', value)),
        );
        this._mutate((cell, _row, _column, r, c) => {
          const name = names[r]?.[c];
          if (name) setWrapStrategyOf(cell, name);
        }, false);
      },
      this.cellCount,
    );
    return this;
  }
}

function horizontal(alignment: string | null | undefined): CellStyle['horizontalAlignment'] | null {
  if (alignment === null || alignment === undefined) return null;
  if (alignment === 'normal') return 'general-left';
  return alignment as CellStyle['horizontalAlignment'];
}

/**
 * setNumberFormat: '' or 'general' (any case) go back to the automatic format, which reads back
 * as AUTOMATIC_NUMBER_FORMAT ("The correct way is setNumberFormat('general') even though
 * getNumberFormat() returns '0.###############'": gas-fakes notes/oddities.md, "Numberformat
 * default pattern").
 */
function storeNumberFormat(cell: CellModel, format: unknown): void {
  const text = format === null || format === undefined ? '' : String(format);
  if (text === '' || text.toLowerCase() === 'general') delete cell.numberFormat;
  else cell.numberFormat = text;
}
