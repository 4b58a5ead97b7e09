/**
 * Colours as Apps Script takes and gives them: the text form ('#rrggbb', lower case) that
 * getBackground and friends return for CSS names and '#rgb', and the Color objects of the *Object
 * getters and SpreadsheetApp.newColor() (reference/spreadsheet/color, color-builder,
 * base/rgb-color). The emulator stores RGB only: theme colours fail loudly.
 */

import { NotImplementedError, ScriptException } from '../runtime/errors';
import type { ApiOf } from '../runtime/api-types';
import { strict } from '../runtime/strict';
import { signatureException } from './argument-errors';
import { CSS_COLOR_NAMES } from './css-color-names';
import { EnumValue } from './enums';

/**
 * A colour as Sheets reports it back: '#rrggbb' in lower case. Sheets stores RGB, so CSS names and
 * '#RGB' come back as hex ('red' reads back '#ff0000': gas-fakes test/testsheetsexotics.js,
 * "RangeList exotic methods", run live; the names are those of notes/named-colors.md).
 *
 * Anything else is kept as given (lower-cased): live Apps Script accepts invalid colours such as
 * 'foo' or '#gggggg' without an error (gas-fakes notes/oddities.md, "checking of invalid
 * arguments", issuetracker 428869869), and what it reads back for them is not documented; see
 * README "Where it differs from Google".
 */
export function normalizeColor(color: string): string {
  const text = color.trim().toLowerCase();
  const named = CSS_COLOR_NAMES[text];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return text;
}

/** Base.ColorType, also exposed as SpreadsheetApp.ColorType. */
export const ColorType = Object.freeze({
  UNSUPPORTED: new EnumValue('ColorType', 'UNSUPPORTED', 0),
  RGB: new EnumValue('ColorType', 'RGB', 1),
  THEME: new EnumValue('ColorType', 'THEME', 2),
}) as unknown as typeof GoogleAppsScript.Base.ColorType;

// Wording checked live: gas-fakes test/testsheets.js, "color objects and builders".
const NOT_RGB = 'Object is not of type RgbColor.';
const NOT_THEME = 'Object is not of type ThemeColor.';

function channel(hex: string, at: number): number {
  const value = Number.parseInt(hex.slice(at, at + 2), 16);
  return Number.isNaN(value) ? 0 : value;
}

/** Base.RgbColor: asHexString() is the lower-case '#rrggbb' the string getters return. */
export class RgbColor implements ApiOf<
  GoogleAppsScript.Base.RgbColor,
  'asHexString' | 'getBlue' | 'getColorType' | 'getGreen' | 'getRed'
> {
  constructor(private readonly hex: string) {
    return strict('RgbColor', this);
  }
  asHexString(): string {
    return this.hex;
  }
  getRed(): number {
    return channel(this.hex, 1);
  }
  getGreen(): number {
    return channel(this.hex, 3);
  }
  getBlue(): number {
    return channel(this.hex, 5);
  }
  getColorType(): GoogleAppsScript.Base.ColorType {
    return ColorType.RGB;
  }
  toString(): string {
    return 'RgbColor';
  }
}

/** Spreadsheet.Color holding an RGB colour. */
export class Color implements ApiOf<
  GoogleAppsScript.Spreadsheet.Color,
  'asRgbColor' | 'getColorType'
> {
  constructor(readonly hex: string) {
    return strict('Color', this);
  }
  asRgbColor(): RgbColor {
    return new RgbColor(this.hex);
  }
  asThemeColor(): never {
    throw new ScriptException(NOT_THEME);
  }
  getColorType(): GoogleAppsScript.Base.ColorType {
    return ColorType.RGB;
  }
  toString(): string {
    return 'Color';
  }
}

/** The Color object for a colour the model stores as text; null stays null. */
export function colorObject(hex: string): Color;
export function colorObject(hex: string | null): Color | null;
export function colorObject(hex: string | null): Color | null {
  return hex === null ? null : new Color(hex);
}

/**
 * The '#rrggbb' a Color argument stands for (setBackgroundObject, setForegroundColorObject...);
 * null for null. `method` is 'Class.method', for Apps Script's signature error on anything else.
 */
export function hexOfColor(color: unknown, method: string): string | null {
  if (color === null || color === undefined) return null;
  if (color instanceof Color) return color.hex;
  if (color instanceof ColorBuilder) return hexOfColor(color.build(), method);
  throw signatureException(method, [color]);
}

/** SpreadsheetApp.newColor(): RGB colours; setThemeColor is not implemented. */
export class ColorBuilder implements ApiOf<
  GoogleAppsScript.Spreadsheet.ColorBuilder,
  'asRgbColor' | 'build' | 'getColorType' | 'setRgbColor'
> {
  private hex: string | null = null;

  constructor() {
    return strict('ColorBuilder', this);
  }
  /** Docs: throws when the colour is not RGB (a new builder has no colour yet). */
  asRgbColor(): RgbColor {
    if (this.hex === null) throw new ScriptException(NOT_RGB);
    return new RgbColor(this.hex);
  }
  asThemeColor(): never {
    throw new ScriptException(NOT_THEME);
  }
  /** UNSUPPORTED until a colour is set (gas-fakes test/testsheets.js, live). */
  getColorType(): GoogleAppsScript.Base.ColorType {
    return this.hex === null ? ColorType.UNSUPPORTED : ColorType.RGB;
  }
  setRgbColor(cssString: string): ColorBuilder {
    this.hex = normalizeColor(String(cssString));
    return this;
  }
  setThemeColor(): never {
    throw new NotImplementedError('ColorBuilder.setThemeColor');
  }
  /** Building before a colour is set: the emulator refuses (live behaviour not documented). */
  build(): Color {
    if (this.hex === null) throw new ScriptException(NOT_RGB);
    return new Color(this.hex);
  }
  toString(): string {
    return 'ColorBuilder';
  }
}

export function newColor(): ColorBuilder {
  return new ColorBuilder();
}
