/**
 * Rich text as Apps Script exposes it (RichTextValue, TextStyle and their builders), backed by the
 * model's RichTextModel. Students' links (evidence, notes) are written as rich-text links, so
 * runs, links and their offsets must behave as in Sheets.
 */

import type { CellStyle, RichTextModel, TextRun } from '../model/cells';
import { DEFAULT_STYLE } from '../model/cells';
import { type ApiOf } from '../runtime/api-types';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { colorObject, hexOfColor, normalizeColor, type Color } from './colors';

/** Text style attributes; null = not set (or, for a span, not the same across it). */
export interface StyleAttributes {
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  strikethrough: boolean | null;
  foregroundColor: string | null;
  fontFamily: string | null;
  fontSize: number | null;
}

const STYLE_KEYS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'foregroundColor',
  'fontFamily',
  'fontSize',
] as const;

/**
 * The default link colour of a spreadsheet, #1155cc: the LINK colour of the default theme as the
 * Sheets API reports it (spreadsheetTheme.themeColors LINK = rgb(0.0667, 0.3333, 0.8)).
 */
export const LINK_COLOR = '#1155cc';

const UNSET: StyleAttributes = {
  bold: null,
  italic: null,
  underline: null,
  strikethrough: null,
  foregroundColor: null,
  fontFamily: null,
  fontSize: null,
};

function sameStyle(a: StyleAttributes, b: StyleAttributes): boolean {
  return STYLE_KEYS.every((key) => a[key] === b[key]);
}

/** Attributes of `over` that are set win over `base`. */
function mergeStyle(base: StyleAttributes, over: StyleAttributes): StyleAttributes {
  const merged = { ...base };
  for (const key of STYLE_KEYS) {
    const value = over[key];
    if (value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

export class TextStyle implements ApiOf<
  GoogleAppsScript.Spreadsheet.TextStyle,
  | 'copy'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getForegroundColor'
  | 'getForegroundColorObject'
  | 'isBold'
  | 'isItalic'
  | 'isStrikethrough'
  | 'isUnderline'
> {
  readonly attributes: StyleAttributes;

  constructor(attributes: StyleAttributes = UNSET) {
    this.attributes = { ...attributes };
    return strict('TextStyle', this);
  }
  copy(): TextStyleBuilder {
    return new TextStyleBuilder(this.attributes);
  }
  getFontFamily(): string | null {
    return this.attributes.fontFamily;
  }
  getFontSize(): number | null {
    return this.attributes.fontSize;
  }
  getForegroundColor(): string | null {
    return this.attributes.foregroundColor;
  }
  /** null when no colour is set (gas-fakes test/testsheets.js, "text Style objects and builders"). */
  getForegroundColorObject(): Color | null {
    return colorObject(this.attributes.foregroundColor);
  }
  isBold(): boolean | null {
    return this.attributes.bold;
  }
  isItalic(): boolean | null {
    return this.attributes.italic;
  }
  isStrikethrough(): boolean | null {
    return this.attributes.strikethrough;
  }
  isUnderline(): boolean | null {
    return this.attributes.underline;
  }
  toString(): string {
    return 'TextStyle';
  }
}

export class TextStyleBuilder implements ApiOf<
  GoogleAppsScript.Spreadsheet.TextStyleBuilder,
  | 'build'
  | 'setBold'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setForegroundColor'
  | 'setForegroundColorObject'
  | 'setItalic'
  | 'setStrikethrough'
  | 'setUnderline'
> {
  private attributes: StyleAttributes;

  constructor(attributes: StyleAttributes = UNSET) {
    this.attributes = { ...attributes };
    return strict('TextStyleBuilder', this);
  }
  build(): TextStyle {
    return new TextStyle(this.attributes);
  }
  setBold(bold: boolean): TextStyleBuilder {
    this.attributes.bold = bold;
    return this;
  }
  setItalic(italic: boolean): TextStyleBuilder {
    this.attributes.italic = italic;
    return this;
  }
  setUnderline(underline: boolean): TextStyleBuilder {
    this.attributes.underline = underline;
    return this;
  }
  setStrikethrough(strikethrough: boolean): TextStyleBuilder {
    this.attributes.strikethrough = strikethrough;
    return this;
  }
  setFontFamily(fontFamily: string): TextStyleBuilder {
    this.attributes.fontFamily = fontFamily;
    return this;
  }
  setFontSize(fontSize: number): TextStyleBuilder {
    this.attributes.fontSize = fontSize;
    return this;
  }
  setForegroundColor(cssString: string): TextStyleBuilder {
    this.attributes.foregroundColor = normalizeColor(String(cssString));
    return this;
  }
  /** Takes a Color (live also takes a ColorBuilder: gas-fakes test/testsheets.js). */
  setForegroundColorObject(color: unknown): TextStyleBuilder {
    this.attributes.foregroundColor = hexOfColor(
      color,
      'TextStyleBuilder.setForegroundColorObject',
    );
    return this;
  }
  toString(): string {
    return 'TextStyleBuilder';
  }
}

/** One maximal span of text with one style and one link. */
interface Span {
  start: number;
  end: number;
  style: StyleAttributes;
  linkUrl: string | null;
}

/** Splits per-character styles and links into maximal spans. */
function spansOf(
  length: number,
  styles: readonly StyleAttributes[],
  links: readonly (string | null)[],
): Span[] {
  const spans: Span[] = [];
  for (let index = 0; index < length; index++) {
    const style = styles[index] ?? UNSET;
    const linkUrl = links[index] ?? null;
    const last = spans[spans.length - 1];
    if (last && last.linkUrl === linkUrl && sameStyle(last.style, style)) last.end = index + 1;
    else spans.push({ start: index, end: index + 1, style, linkUrl });
  }
  return spans;
}

export class RichTextValue implements ApiOf<
  GoogleAppsScript.Spreadsheet.RichTextValue,
  'copy' | 'getEndIndex' | 'getLinkUrl' | 'getRuns' | 'getStartIndex' | 'getText' | 'getTextStyle'
> {
  /** The whole cell text; this value covers [startIndex, endIndex) of it (runs cover a part). */
  private readonly fullText: string;
  private readonly spans: readonly Span[];
  private readonly startIndex: number;
  private readonly endIndex: number;

  constructor(
    fullText: string,
    spans: readonly Span[],
    startIndex = 0,
    endIndex = fullText.length,
  ) {
    this.fullText = fullText;
    this.spans = spans;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    return strict('RichTextValue', this);
  }

  getText(): string {
    return this.fullText.slice(this.startIndex, this.endIndex);
  }
  getStartIndex(): number {
    return this.startIndex;
  }
  getEndIndex(): number {
    return this.endIndex;
  }

  /** Spans clipped to [start, end) of the full text. */
  private spansIn(start: number, end: number): Span[] {
    return this.spans
      .filter((span) => span.end > start && span.start < end)
      .map((span) => ({
        ...span,
        start: Math.max(span.start, start),
        end: Math.min(span.end, end),
      }));
  }

  private checkOffsets(startOffset: number, endOffset: number): void {
    const length = this.endIndex - this.startIndex;
    if (
      !Number.isInteger(startOffset) ||
      !Number.isInteger(endOffset) ||
      startOffset < 0 ||
      endOffset > length ||
      startOffset >= endOffset
    ) {
      throw new ScriptException('Invalid argument: offsets');
    }
  }

  /**
   * Docs (reference/spreadsheet/rich-text-value): the link URL of the text, or null when there is
   * none or it differs across the text. Offsets are relative to this value's text.
   */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    let start = this.startIndex;
    let end = this.endIndex;
    if (startOffset !== undefined || endOffset !== undefined) {
      this.checkOffsets(startOffset ?? 0, endOffset ?? 0);
      start = this.startIndex + (startOffset ?? 0);
      end = this.startIndex + (endOffset ?? 0);
    }
    const spans = this.spansIn(start, end);
    const first = spans[0]?.linkUrl ?? null;
    return spans.every((span) => span.linkUrl === first) ? first : null;
  }

  /** Docs: the longest substrings with one consistent style (and link), in order. */
  getRuns(): RichTextValue[] {
    return this.spansIn(this.startIndex, this.endIndex).map(
      (span) => new RichTextValue(this.fullText, this.spans, span.start, span.end),
    );
  }

  /** The style of the text (or of [startOffset, endOffset)); attributes that vary are null. */
  getTextStyle(startOffset?: number, endOffset?: number): TextStyle {
    let start = this.startIndex;
    let end = this.endIndex;
    if (startOffset !== undefined || endOffset !== undefined) {
      this.checkOffsets(startOffset ?? 0, endOffset ?? 0);
      start = this.startIndex + (startOffset ?? 0);
      end = this.startIndex + (endOffset ?? 0);
    }
    const spans = this.spansIn(start, end);
    const first = spans[0]?.style ?? UNSET;
    const common = { ...first };
    for (const span of spans) {
      for (const key of STYLE_KEYS) {
        if (span.style[key] !== common[key]) (common as Record<string, unknown>)[key] = null;
      }
    }
    return new TextStyle(common);
  }

  copy(): RichTextValueBuilder {
    const builder = new RichTextValueBuilder();
    builder.loadSpans(
      this.getText(),
      this.spansIn(this.startIndex, this.endIndex),
      this.startIndex,
    );
    return builder;
  }

  /**
   * The model form, as a cell stores it: the text plus runs for spans that carry a link or a
   * style. A linked span gets the link colour and an underline unless its style sets them (Sheets
   * API TextFormat.link: "When a link is set, the text foreground color will be set to the default
   * link color and the text will be underlined. If these fields are modified in the same request,
   * those values will be used instead of the link defaults").
   */
  toModel(): RichTextModel {
    const runs: TextRun[] = [];
    for (const span of this.spansIn(this.startIndex, this.endIndex)) {
      const run: TextRun = { start: span.start - this.startIndex, end: span.end - this.startIndex };
      const style =
        span.linkUrl === null
          ? span.style
          : mergeStyle({ ...UNSET, foregroundColor: LINK_COLOR, underline: true }, span.style);
      if (span.linkUrl !== null) run.linkUrl = span.linkUrl;
      for (const key of STYLE_KEYS) {
        const value = style[key];
        if (value !== null) (run as unknown as Record<string, unknown>)[key] = value;
      }
      if (Object.keys(run).length > 2) runs.push(run);
    }
    return { text: this.getText(), runs };
  }

  toString(): string {
    return 'RichTextValue';
  }
}

export class RichTextValueBuilder implements ApiOf<
  GoogleAppsScript.Spreadsheet.RichTextValueBuilder,
  // setTextStyle takes the emulator's TextStyle, not the real interface.
  'build' | 'setLinkUrl' | 'setText'
> {
  private text = '';
  private styles: StyleAttributes[] = [];
  private links: (string | null)[] = [];

  constructor() {
    return strict('RichTextValueBuilder', this);
  }

  /** @internal Starts from existing spans (offsets in the full text, minus `base`). */
  loadSpans(text: string, spans: readonly Span[], base: number): void {
    this.text = text;
    this.styles = Array.from({ length: text.length }, () => UNSET);
    this.links = Array.from({ length: text.length }, () => null);
    for (const span of spans) {
      for (let index = span.start; index < span.end; index++) {
        this.styles[index - base] = span.style;
        this.links[index - base] = span.linkUrl;
      }
    }
  }

  /** Docs: sets the text and clears any existing text style and links. */
  setText(text: string): RichTextValueBuilder {
    this.loadSpans(String(text), [], 0);
    return this;
  }

  private range(startOffset: number, endOffset: number): [number, number] {
    if (
      !Number.isInteger(startOffset) ||
      !Number.isInteger(endOffset) ||
      startOffset < 0 ||
      endOffset > this.text.length ||
      startOffset > endOffset
    ) {
      throw new ScriptException('Invalid argument: offsets');
    }
    return [startOffset, endOffset];
  }

  setLinkUrl(
    startOrUrl: number | string | null,
    endOffset?: number,
    linkUrl?: string | null,
  ): RichTextValueBuilder {
    let start = 0;
    let end = this.text.length;
    let url: string | null;
    if (typeof startOrUrl === 'number') {
      [start, end] = this.range(startOrUrl, endOffset ?? Number.NaN);
      url = linkUrl ?? null;
    } else {
      url = startOrUrl;
    }
    for (let index = start; index < end; index++) this.links[index] = url === '' ? null : url;
    return this;
  }

  setTextStyle(
    startOrStyle: number | TextStyle | null,
    endOffset?: number,
    textStyle?: TextStyle | null,
  ): RichTextValueBuilder {
    let start = 0;
    let end = this.text.length;
    let style: TextStyle | null;
    if (typeof startOrStyle === 'number') {
      [start, end] = this.range(startOrStyle, endOffset ?? Number.NaN);
      style = textStyle ?? null;
    } else {
      style = startOrStyle;
    }
    // Docs: does nothing if textStyle is null.
    if (style === null) return this;
    for (let index = start; index < end; index++) {
      this.styles[index] = mergeStyle(this.styles[index] ?? UNSET, style.attributes);
    }
    return this;
  }

  build(): RichTextValue {
    return new RichTextValue(this.text, spansOf(this.text.length, this.styles, this.links));
  }

  toString(): string {
    return 'RichTextValueBuilder';
  }
}

/** SpreadsheetApp.newRichTextValue(). */
export function newRichTextValue(): RichTextValueBuilder {
  return new RichTextValueBuilder();
}

/** SpreadsheetApp.newTextStyle(). */
export function newTextStyle(): TextStyleBuilder {
  return new TextStyleBuilder();
}

/** The style a cell's text has from the cell's own format (what rich text runs start from). */
export function cellTextStyle(style: CellStyle | undefined): StyleAttributes {
  const line = style?.fontLine ?? DEFAULT_STYLE.fontLine;
  return {
    bold: (style?.fontWeight ?? DEFAULT_STYLE.fontWeight) === 'bold',
    italic: (style?.fontStyle ?? DEFAULT_STYLE.fontStyle) === 'italic',
    underline: line === 'underline',
    strikethrough: line === 'line-through',
    foregroundColor: style?.fontColor ?? DEFAULT_STYLE.fontColor,
    fontFamily: style?.fontFamily ?? DEFAULT_STYLE.fontFamily,
    fontSize: style?.fontSize ?? DEFAULT_STYLE.fontSize,
  };
}

/**
 * The RichTextValue of a cell showing `text`: the cell's format, overridden by the runs stored
 * with it (when the stored runs are for this very text).
 */
export function richTextFromCell(
  text: string,
  model: RichTextModel | undefined,
  style: CellStyle | undefined,
): RichTextValue {
  const base = cellTextStyle(style);
  const styles: StyleAttributes[] = Array.from({ length: text.length }, () => base);
  const links: (string | null)[] = Array.from({ length: text.length }, () => null);
  if (model && model.text === text) {
    for (const run of model.runs) {
      const over: StyleAttributes = {
        bold: run.bold ?? null,
        italic: run.italic ?? null,
        underline: run.underline ?? null,
        strikethrough: run.strikethrough ?? null,
        foregroundColor: run.foregroundColor ?? null,
        fontFamily: run.fontFamily ?? null,
        fontSize: run.fontSize ?? null,
      };
      const merged = mergeStyle(base, over);
      for (let index = run.start; index < Math.min(run.end, text.length); index++) {
        styles[index] = merged;
        links[index] = run.linkUrl ?? null;
      }
    }
  }
  return new RichTextValue(text, spansOf(text.length, styles, links));
}
