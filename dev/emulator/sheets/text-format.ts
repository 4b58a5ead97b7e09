/**
 * Cell formats read back as Apps Script objects: the wrap strategy a cell reads with (and how
 * setWrapStrategy and setWrap agree) and the TextStyle of a cell's own format (Range.getTextStyle).
 */

import type { CellModel, CellStyle } from '../model/cells';
import { DEFAULT_STYLE } from '../model/cells';
import { enumMember, enumName, isEnumMember, WrapStrategy } from './enums';
import { TextStyle } from './rich-text';
import { signatureError } from './signature';

export type WrapStrategyName = NonNullable<CellStyle['wrapStrategy']>;

export function wrapStrategyName(member: string, value: unknown): WrapStrategyName {
  if (!isEnumMember(WrapStrategy, value)) throw signatureError(member, [value]);
  return enumName(value) as WrapStrategyName;
}

/**
 * The strategy a cell reads back with: the one set by setWrapStrategy, else WRAP when setWrap
 * turned wrapping on, else OVERFLOW. Live (gas-fakes testsheets.js "exotic styles" and
 * "cell and font backgrounds"): a new cell reads OVERFLOW, and setWraps(true/false) read back as
 * WRAP/OVERFLOW.
 */
export function wrapStrategyOf(
  style: CellStyle | undefined,
): GoogleAppsScript.Spreadsheet.WrapStrategy {
  const name = style?.wrapStrategy ?? (style?.wrap === true ? 'WRAP' : 'OVERFLOW');
  return enumMember(WrapStrategy, name);
}

export function setWrapStrategyOf(cell: CellModel, name: WrapStrategyName): void {
  const style = (cell.style ??= {});
  style.wrapStrategy = name;
  style.wrap = name === 'WRAP';
}

/**
 * The TextStyle of a cell's own format. Live (gas-fakes testsheets.js "cell and font
 * backgrounds, styles and alignments"): an unformatted cell reads size 10, black, not bold,
 * italic, underlined or struck through, and font family 'arial,sans,sans-serif' (while
 * getFontFamily() says 'Arial').
 */
const DEFAULT_TEXT_STYLE_FONT_FAMILY = 'arial,sans,sans-serif';

export function textStyleOf(style: CellStyle | undefined): TextStyle {
  const line = style?.fontLine ?? DEFAULT_STYLE.fontLine;
  return new TextStyle({
    bold: (style?.fontWeight ?? DEFAULT_STYLE.fontWeight) === 'bold',
    italic: (style?.fontStyle ?? DEFAULT_STYLE.fontStyle) === 'italic',
    underline: line === 'underline',
    strikethrough: line === 'line-through',
    foregroundColor: style?.fontColor ?? DEFAULT_STYLE.fontColor,
    fontFamily: style?.fontFamily ?? DEFAULT_TEXT_STYLE_FONT_FAMILY,
    fontSize: style?.fontSize ?? DEFAULT_STYLE.fontSize,
  });
}
