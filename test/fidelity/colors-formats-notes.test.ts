/**
 * Fidelity: colours, cell formats and notes read back as live Apps Script returns them. Each test
 * names its source: "docs" = developers.google.com/apps-script/reference/spreadsheet/<class>;
 * "gas-fakes <file>" = brucemcpherson/gas-fakes (MIT), whose test/ files ran against live Apps
 * Script and whose notes/oddities.md records live behaviour.
 */

import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';
import {
  createSpreadsheetApp,
  SPREADSHEETS_SCOPE,
} from '../../dev/emulator/sheets/spreadsheet-app';

function setup() {
  const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
  const doc = createDocument(ctx, { owner: 'teacher@example.com' });
  const app = createSpreadsheetApp(ctx, {
    documents: new Map([[doc.model.id, doc]]),
    getUi: () => null,
    scopes: [SPREADSHEETS_SCOPE],
  });
  const sheet = new Spreadsheet(doc).getSheets()[0]!;
  return { app, sheet };
}

describe('CSS colour names and colour text', () => {
  test('gas-fakes notes/named-colors.md: every CSS3 name works, in any case, and reads back as hex', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1');
    r.setBackgrounds([['cornflowerblue', 'DarkOliveGreen', 'lightgoldenrodyellow']]);
    expect(r.getBackgrounds()).toEqual([['#6495ed', '#556b2f', '#fafad2']]);
    r.setFontColors([['Tomato', 'navy', 'WHITESMOKE']]);
    expect(r.getFontColors()).toEqual([['#ff6347', '#000080', '#f5f5f5']]);
  });

  test('gas-fakes notes/oddities.md "checking of invalid arguments": an invalid colour does not throw', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setBackground('foo')).not.toThrow();
    expect(() => sheet.getRange('A1').setFontColor('#gggggg')).not.toThrow();
  });

  test('docs range#setBackground: null resets; gas-fakes testsheets.js: a new sheet is white', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2');
    expect(r.getBackground()).toBe('#ffffff');
    r.setBackground('red');
    expect(r.getBackground()).toBe('#ff0000');
    r.setBackground(null);
    expect(r.getBackground()).toBe('#ffffff');
  });
});

describe('tab colours', () => {
  test("docs sheet#setTabColor takes \"CSS notation (like '#ffffff' or 'white')\" and sheet#getTabColor gives a \"color code ... (like '#ffffff')\"", () => {
    const { sheet } = setup();
    sheet.setTabColor('white');
    expect(sheet.getTabColor()).toBe('#ffffff');
    sheet.setTabColor('CornflowerBlue');
    expect(sheet.getTabColor()).toBe('#6495ed');
    sheet.setTabColor('#F0A');
    expect(sheet.getTabColor()).toBe('#ff00aa');
    sheet.setTabColor(null);
    expect(sheet.getTabColor()).toBeNull();
  });
});

describe('Color objects', () => {
  test('gas-fakes testsheets.js "color objects and builders": newColor() before and after setRgbColor', () => {
    const { app } = setup();
    const builder = app.newColor();
    expect(builder.toString()).toBe('ColorBuilder');
    expect(String(builder.getColorType())).toBe('UNSUPPORTED');
    expect(() => builder.asRgbColor()).toThrow('Object is not of type RgbColor.');
    expect(() => builder.asThemeColor()).toThrow('Object is not of type ThemeColor.');
    builder.setRgbColor('#4a86e8');
    expect(String(builder.getColorType())).toBe('RGB');
    expect(builder.asRgbColor().asHexString()).toBe('#4a86e8');
    expect(builder.asRgbColor().getRed()).toBe(0x4a);
    const built = builder.build();
    expect(built.toString()).toBe('Color');
    expect(built.getColorType()).toBe(app.ColorType.RGB);
    expect(built.asRgbColor().toString()).toBe('RgbColor');
    expect([built.asRgbColor().getGreen(), built.asRgbColor().getBlue()]).toEqual([0x86, 0xe8]);
    expect(() => built.asThemeColor()).toThrow('Object is not of type ThemeColor.');
  });

  test('gas-fakes testsheets.js "cell and font backgrounds": getFontColorObject(s) read the font colours', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    expect(r.getFontColorObject().asRgbColor().asHexString()).toBe('#000000');
    r.setFontColors([['#112233', '#445566']]);
    expect(
      r
        .getFontColorObjects()
        .flat()
        .map((c) => c.asRgbColor().asHexString()),
    ).toEqual(['#112233', '#445566']);
    expect(r.getFontColorObject().asRgbColor().asHexString()).toBe('#112233');
  });

  test('gas-fakes testsheets.js "setting and getting color objects": RGB background objects round-trip', () => {
    const { app, sheet } = setup();
    const r = sheet.getRange('C6:D6');
    const colours = [['#0b5394', '#a64d79']];
    r.setBackgroundObjects(
      colours.map((row) => row.map((hex) => app.newColor().setRgbColor(hex).build())),
    );
    expect(
      r
        .getBackgroundObjects()
        .flat()
        .map((c) => String(c.getColorType())),
    ).toEqual(['RGB', 'RGB']);
    expect(r.getBackgrounds()).toEqual(colours);
    r.setBackgroundObject(app.newColor().setRgbColor('#38761d').build());
    expect(r.getBackgrounds()).toEqual([['#38761d', '#38761d']]);
    expect(r.getBackgroundObject().asRgbColor().asHexString()).toBe('#38761d');
  });

  test('gas-fakes testsheets.js "text Style objects and builders": no foreground colour reads null', () => {
    const { app } = setup();
    const plain = app.newTextStyle().setBold(true).build();
    expect(plain.getForegroundColor()).toBeNull();
    expect(plain.getForegroundColorObject()).toBeNull();
    const coloured = app.newTextStyle().setForegroundColor('#6aa84f').build();
    expect(coloured.getForegroundColor()).toBe('#6aa84f');
    expect(coloured.getForegroundColorObject()!.asRgbColor().asHexString()).toBe('#6aa84f');
  });
});

describe('formats of a new cell', () => {
  test('gas-fakes testsheets.js "cell and font backgrounds": Arial 10, bottom, general', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C5');
    expect(r.getFontFamily()).toBe('Arial');
    expect(r.getFontSize()).toBe(10);
    expect(r.getVerticalAlignment().toUpperCase()).toBe('BOTTOM');
    expect(r.getHorizontalAlignment()).toBe('general');
    expect(
      r
        .getHorizontalAlignments()
        .flat()
        .every((a) => a === 'general'),
    ).toBe(true);
  });

  test('gas-fakes testsheets.js "default wrap" and notes/oddities.md: an untouched cell reads wrap true', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    expect(r.getWrap()).toBe(true);
    expect(r.getWraps().flat()).toEqual([true, true, true, true]);
    r.setWraps([
      [true, false],
      [false, true],
    ]);
    expect(r.getWraps()).toEqual([
      [true, false],
      [false, true],
    ]);
    r.clearFormat();
    expect(r.getWraps().flat()).toEqual([true, true, true, true]);
  });

  test('gas-fakes notes/oddities.md "Horizontal alignment": null reads "general", "normal" reads "general-left"', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setHorizontalAlignment('center');
    expect(r.getHorizontalAlignment()).toBe('center');
    r.setHorizontalAlignment('normal');
    expect(r.getHorizontalAlignment()).toBe('general-left');
    r.setHorizontalAlignment(null);
    expect(r.getHorizontalAlignment()).toBe('general');
  });

  test('gas-fakes notes/oddities.md "Numberformat default pattern": setNumberFormat("general") resets', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    const automatic = r.getNumberFormat();
    expect(automatic).toBe('0.###############');
    r.setValue(1234.5).setNumberFormat('0.00');
    expect([r.getNumberFormat(), r.getDisplayValue()]).toEqual(['0.00', '1234.50']);
    r.setNumberFormat('general');
    expect(r.getNumberFormat()).toBe(automatic);
    expect(r.getDisplayValue()).toBe('1234.5');
  });
});

describe('notes', () => {
  test('gas-fakes notes/oddities.md "sheets notes": setNote(25) reads "25", setNotes([[25]]) reads "25.0"', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNote(25 as unknown as string);
    expect(sheet.getRange('A1').getNote()).toBe('25');
    const grid = sheet.getRange('B1:D1');
    grid.setNotes([[25, 2.5, 'text'] as unknown as string[]]);
    expect(grid.getNotes()).toEqual([['25.0', '2.5', 'text']]);
  });

  test('gas-fakes testsheets.js "notes": setNotes with a string is a signature error', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setNotes('foo' as unknown as string[][])).toThrow(
      /don't match the method signature/,
    );
  });
});
