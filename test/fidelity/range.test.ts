// Range behaviours as Google documents them or as checked against live Apps Script. Each test
// names its source: "docs" = developers.google.com/apps-script/reference/spreadsheet/range (and
// rich-text-value); "gas-fakes" = brucemcpherson/gas-fakes test/*.js, run against live Apps Script.

import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { resolveA1 } from '../../dev/emulator/sheets/a1';
import { Range } from '../../dev/emulator/sheets/range';
import { rangeListFromA1 } from '../../dev/emulator/sheets/range-list';
import { newRichTextValue, newTextStyle } from '../../dev/emulator/sheets/rich-text';
import { CopyPasteType } from '../../dev/emulator/sheets/enums';

function newDoc(): SpreadsheetDocument {
  return createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
    owner: 'teacher@example.com',
    editors: ['ava@example.com'],
  });
}

function at(doc: SpreadsheetDocument, a1: string): Range {
  const sheet = doc.model.sheets[0]!;
  const resolved = resolveA1(a1, sheet);
  return new Range(doc, sheet, resolved.rect, resolved);
}

describe('A1 and R1C1 notation', () => {
  test('gas-fakes testsheets.js "getRange with R1C1 notation": R5C3 is C5, R2C2:R4C5 is B2:E4', () => {
    const doc = newDoc();
    expect(at(doc, 'R5C3').getA1Notation()).toBe('C5');
    expect([at(doc, 'R5C3').getRow(), at(doc, 'R5C3').getColumn()]).toEqual([5, 3]);
    const r = at(doc, 'R2C2:R4C5');
    expect([r.getA1Notation(), r.getNumRows(), r.getNumColumns()]).toEqual(['B2:E4', 3, 4]);
  });

  test('gas-fakes testsheets.js: an inverted R1C1 range is put in order (R10C5:R1C2 → B1:E10)', () => {
    expect(at(newDoc(), 'R10C5:R1C2').getA1Notation()).toBe('B1:E10');
  });

  test('gas-fakes testsheets.js: "RC1" is not R1C1, it is A1 notation for column RC, row 1', () => {
    // Our test sheet has 26 columns; column RC needs a wider sheet.
    const doc = newDoc();
    doc.model.sheets[0]!.columnCount = 500;
    expect(at(doc, 'RC1').getA1Notation()).toBe('RC1');
  });

  test('gas-fakes testsheets.js: lower-case r1c1:r2c2 is A1:B2', () => {
    expect(at(newDoc(), 'r1c1:r2c2').getA1Notation()).toBe('A1:B2');
  });
});

describe('formulas in R1C1', () => {
  test('gas-fakes testsheets.js "R1C1 Formula Notation": relative, absolute and mixed references', () => {
    const doc = newDoc();
    at(doc, 'A1').setFormulaR1C1('=R[1]C[1]');
    expect(at(doc, 'A1').getFormula()).toBe('=B2');
    at(doc, 'C3').setFormulaR1C1('=R1C1');
    expect(at(doc, 'C3').getFormula()).toBe('=$A$1');
    at(doc, 'D4').setFormulaR1C1('=R[1]C1');
    expect(at(doc, 'D4').getFormula()).toBe('=$A5');
    at(doc, 'F6').setFormula('=G10');
    expect(at(doc, 'F6').getFormulaR1C1()).toBe('=R[4]C[1]');
    at(doc, 'B3').setFormula('=SUM($A$1:B$2)');
    expect(at(doc, 'B3').getFormulaR1C1()).toBe('=SUM(R1C1:R2C[0])');
  });

  test('gas-fakes testsheets.js: setFormulasR1C1 text without "=" becomes a formula ("Value" → "=Value")', () => {
    const doc = newDoc();
    at(doc, 'B10:C11').setFormulasR1C1([
      ['=R[1]C', '=R1C1'],
      ['=R[-1]C[-1]', 'Value'],
    ]);
    expect(at(doc, 'B10:C11').getFormulas()).toEqual([
      ['=B11', '=$A$1'],
      ['=A10', '=Value'],
    ]);
    expect(at(doc, 'B10:C11').getFormulasR1C1()).toEqual([
      ['=R[1]C[0]', '=R1C1'],
      ['=R[-1]C[-1]', '=Value'],
    ]);
  });
});

describe('values and shapes', () => {
  test('gas-fakes testsheetsvalues.js: setValues then getValues returns the same numbers', () => {
    const doc = newDoc();
    const values = Array.from({ length: 10 }, (_, i) => Array.from({ length: 6 }, (_, j) => i + j));
    at(doc, 'A1:F10').setValues(values);
    expect(at(doc, 'A1:F10').getValues()).toEqual(values);
    expect(at(doc, 'A1:F10').offset(1, 1, 1, 1).isBlank()).toBe(false);
  });

  test('gas-fakes testsheetsvalues.js: clearContent leaves every value ""', () => {
    const doc = newDoc();
    at(doc, 'A1:B2').setValues([
      ['a', 1],
      [true, 'b'],
    ]);
    at(doc, 'A1:Z100').clearContent();
    expect(
      at(doc, 'A1:Z100')
        .getValues()
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  test('docs (range#setValues): the data must match the range dimensions', () => {
    expect(() => at(newDoc(), 'A1:A3').setValues([[1], [2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  test('docs (range#getValues): empty cells are "" and booleans stay booleans', () => {
    const doc = newDoc();
    at(doc, 'A1').setValue(false);
    expect(at(doc, 'A1:B1').getValues()).toEqual([[false, '']]);
  });

  test('docs (range#getDisplayValues): values as displayed, strings', () => {
    const doc = newDoc();
    at(doc, 'A1:B1').setValues([[0.5, true]]);
    at(doc, 'A1').setNumberFormat('0.00');
    expect(at(doc, 'A1:B1').getDisplayValues()).toEqual([['0.50', 'TRUE']]);
  });
});

describe('notes', () => {
  test('gas-fakes testsheetsbasic.js "notes": setNote on a range sets every cell; setNotes per cell', () => {
    const doc = newDoc();
    const r = at(doc, 'C2:D3');
    r.setNote('foo');
    expect(r.getNote()).toBe('foo');
    expect(r.getNotes()).toEqual([
      ['foo', 'foo'],
      ['foo', 'foo'],
    ]);
    r.setNotes([
      ['a', ''],
      ['', 'b'],
    ]);
    expect(r.getNotes()).toEqual([
      ['a', ''],
      ['', 'b'],
    ]);
  });

  test('gas-fakes notes/oddities.md "sheets notes": an integer in setNotes reads back with ".0" (issuetracker 429373214)', () => {
    const doc = newDoc();
    at(doc, 'A1').setNotes([[3 as unknown as string]]);
    expect(at(doc, 'A1').getNote()).toBe('3.0');
  });

  test('gas-fakes testsheetsbasic.js "Sheet clearing methods": clear() keeps notes and validation', () => {
    const doc = newDoc();
    const r = at(doc, 'A1');
    r.setValue('v').setNote('n').insertCheckboxes();
    r.clear();
    expect(r.getNote()).toBe('n');
    expect(r.getDataValidation()).not.toBeNull();
  });
});

describe('rich text', () => {
  test('docs (rich-text-value#getRuns): runs are the longest substrings with one style and link', () => {
    const value = newRichTextValue()
      .setText('This kid has apples')
      .setLinkUrl(5, 8, 'https://example.com')
      .build();
    expect(value.getRuns().map((run) => run.getText())).toEqual(['This ', 'kid', ' has apples']);
    expect(value.getRuns()[1]!.getStartIndex()).toBe(5);
    expect(value.getRuns()[1]!.getEndIndex()).toBe(8);
  });

  test('docs (rich-text-value#getLinkUrl): null when the link differs across the text', () => {
    const value = newRichTextValue().setText('ab').setLinkUrl(0, 1, 'https://a').build();
    expect(value.getLinkUrl()).toBeNull();
    expect(value.getLinkUrl(0, 1)).toBe('https://a');
    expect(newRichTextValue().setText('ab').setLinkUrl('https://b').build().getLinkUrl()).toBe(
      'https://b',
    );
  });

  test('gas-fakes testsheets.js "rich text tests": bold, italic and link runs read back from the cell', () => {
    const doc = newDoc();
    const bold = newTextStyle().setBold(true).build();
    const italic = newTextStyle().setItalic(true).build();
    at(doc, 'A1').setRichTextValue(
      newRichTextValue()
        .setText('Bold Italic Link')
        .setTextStyle(0, 4, bold)
        .setTextStyle(5, 11, italic)
        .setLinkUrl(12, 16, 'https://google.com')
        .build(),
    );
    const runs = at(doc, 'A1').getRichTextValue()!.getRuns();
    expect(runs.map((run) => [run.getStartIndex(), run.getEndIndex()])).toEqual([
      [0, 4],
      [4, 5],
      [5, 11],
      [11, 12],
      [12, 16],
    ]);
    expect(runs.map((run) => [run.getTextStyle().isBold(), run.getTextStyle().isItalic()])).toEqual(
      [
        [true, false],
        [false, false],
        [false, true],
        [false, false],
        [false, false],
      ],
    );
    expect(runs.map((run) => run.getLinkUrl())).toEqual([
      null,
      null,
      null,
      null,
      'https://google.com',
    ]);
  });

  test('Sheets API TextFormat.link (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#TextFormat): a link run reads back underlined in the link colour', () => {
    const doc = newDoc();
    at(doc, 'F2').setRichTextValue(
      newRichTextValue().setText('Listen here').setLinkUrl(0, 6, 'https://vocaroo.com/abc').build(),
    );
    const [link, rest] = at(doc, 'F2').getRichTextValue()!.getRuns();
    expect(link!.getLinkUrl()).toBe('https://vocaroo.com/abc');
    expect(link!.getTextStyle().isUnderline()).toBe(true);
    expect(link!.getTextStyle().getForegroundColor()).toBe('#1155cc');
    expect(link!.getTextStyle().getForegroundColorObject()!.asRgbColor().asHexString()).toBe(
      '#1155cc',
    );
    expect(rest!.getTextStyle().isUnderline()).toBe(false);
    expect(rest!.getTextStyle().getForegroundColor()).toBe('#000000');
  });

  test('Sheets API TextFormat.link: a colour or underline set with the link is used instead of the defaults', () => {
    const doc = newDoc();
    const style = newTextStyle().setForegroundColor('#cc0000').setUnderline(false).build();
    at(doc, 'A1').setRichTextValue(
      newRichTextValue()
        .setText('Listen')
        .setLinkUrl('https://vocaroo.com/abc')
        .setTextStyle(style)
        .build(),
    );
    const read = at(doc, 'A1').getRichTextValue()!.getTextStyle();
    expect([read.getForegroundColor(), read.isUnderline()]).toEqual(['#cc0000', false]);
  });

  test('gas-fakes testsheets.js "rich text tests": foreground colour, underline and strikethrough runs', () => {
    const doc = newDoc();
    const values = [
      [
        newRichTextValue()
          .setText('Red')
          .setTextStyle(0, 3, newTextStyle().setForegroundColor('#ff0000').build())
          .build(),
        newRichTextValue()
          .setText('Underline')
          .setTextStyle(0, 9, newTextStyle().setUnderline(true).build())
          .build(),
      ],
    ];
    at(doc, 'B1:C1').setRichTextValues(values);
    const [red, underline] = at(doc, 'B1:C1').getRichTextValues()[0]!;
    expect(red!.getRuns()[0]!.getTextStyle().getForegroundColor()).toBe('#ff0000');
    expect(underline!.getRuns()[0]!.getTextStyle().isUnderline()).toBe(true);
  });

  test('gas-fakes testsheets.js "rich text tests": plain text is one run in the default style', () => {
    const doc = newDoc();
    at(doc, 'E5').setValue('Plain text');
    const value = at(doc, 'E5').getRichTextValue()!;
    expect(value.getRuns()).toHaveLength(1);
    expect([value.getTextStyle().isBold(), value.getTextStyle().getFontSize()]).toEqual([
      false,
      10,
    ]);
  });

  test('docs (range#getRichTextValue): null when the cell value is not text', () => {
    const doc = newDoc();
    at(doc, 'A1').setValue(12);
    expect(at(doc, 'A1').getRichTextValue()).toBeNull();
  });
});

describe('formats', () => {
  test('gas-fakes testsheetsexotics.js: setBackground("red") reads back "#ff0000"', () => {
    const doc = newDoc();
    const list = rangeListFromA1(doc, doc.model.sheets[0]!, ['A1', 'E5']);
    list.setValue('hello').setBackground('blue').setFontColor('yellow').setFontWeight('bold');
    for (const r of list.getRanges()) {
      expect([r.getValue(), r.getBackground(), r.getFontColor(), r.getFontWeight()]).toEqual([
        'hello',
        '#0000ff',
        '#ffff00',
        'bold',
      ]);
    }
  });

  test('gas-fakes testsheetsexotics.js: clear({contentsOnly}) keeps the background; clear() resets it', () => {
    const doc = newDoc();
    const list = rangeListFromA1(doc, doc.model.sheets[0]!, ['A1:B2', 'D4:E5']);
    list.getRanges().forEach((r) => r.setValue('x').setBackground('red'));
    list.clear({ contentsOnly: true });
    list.getRanges().forEach((r) => {
      expect(r.isBlank()).toBe(true);
      expect(r.getBackground()).toBe('#ff0000');
    });
    list.clear();
    list.getRanges().forEach((r) => expect(r.getBackground()).toBe('#ffffff'));
  });

  test('gas-fakes testsheetsbasic.js: clearFormat resets backgrounds and keeps values', () => {
    const doc = newDoc();
    const r = at(doc, 'A1:B1');
    r.setValues([['a', 'b']]).setBackgrounds([['#ff0000', '#00ff00']]);
    r.clearFormat();
    expect(r.getValues()).toEqual([['a', 'b']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });
});

describe('checkboxes', () => {
  test('gas-fakes testsheetsdatavalidations.js "inserting checkboxes": criteria values [], [checked], [checked, unchecked]', () => {
    const doc = newDoc();
    at(doc, 'A1:A2').insertCheckboxes();
    at(doc, 'B1:B2').insertCheckboxes('DONE');
    at(doc, 'C1:C2').insertCheckboxes('YES', 'NO');
    expect(String(at(doc, 'A1').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(at(doc, 'A1').getDataValidation()!.getCriteriaValues()).toEqual([]);
    expect(at(doc, 'B1').getDataValidation()!.getCriteriaValues()).toEqual(['DONE']);
    expect(at(doc, 'C1').getDataValidation()!.getCriteriaValues()).toEqual(['YES', 'NO']);
  });

  test('docs (range#insertCheckboxes): every cell gets the unchecked value (false / "" / custom)', () => {
    const doc = newDoc();
    at(doc, 'A1:C1').setValues([[true, 'x', 'y']]);
    at(doc, 'A1').insertCheckboxes();
    at(doc, 'B1').insertCheckboxes('DONE');
    at(doc, 'C1').insertCheckboxes('YES', 'NO');
    expect(at(doc, 'A1:C1').getValues()).toEqual([[false, '', 'NO']]);
  });

  test('gas-fakes testsheetsdatavalidations.js "unchecking/checking": only checkbox cells change', () => {
    const doc = newDoc();
    at(doc, 'A1').insertCheckboxes();
    at(doc, 'A1').setValue(true);
    at(doc, 'B1').insertCheckboxes('YES', 'NO');
    at(doc, 'B1').setValue('YES');
    at(doc, 'C1').setValue('some text');
    at(doc, 'A1:C2').uncheck();
    expect(at(doc, 'A1:C2').getValues()).toEqual([
      [false, 'NO', 'some text'],
      ['', '', ''],
    ]);
    at(doc, 'A1:C2').check();
    expect(at(doc, 'A1:C2').getValues()).toEqual([
      [true, 'YES', 'some text'],
      ['', '', ''],
    ]);
  });

  test('gas-fakes testsheetsdatavalidations.js: removeCheckboxes drops the rule and clears checked/unchecked values', () => {
    const doc = newDoc();
    const r = at(doc, 'K2:M3');
    r.insertCheckboxes();
    r.setValues([
      [true, false, null],
      [false, false, true],
    ]);
    r.removeCheckboxes();
    expect(
      r
        .getValues()
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(
      r
        .getDataValidations()
        .flat()
        .every((v) => v === null),
    ).toBe(true);
  });

  test('docs (range#isChecked): true all checked, false all unchecked, null when mixed or not all checkboxes', () => {
    const doc = newDoc();
    const r = at(doc, 'A1:A2');
    r.insertCheckboxes();
    expect(r.isChecked()).toBe(false);
    at(doc, 'A1').check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    expect(at(doc, 'A1:B1').isChecked()).toBeNull();
  });
});

describe('copyTo', () => {
  test('gas-fakes testsheets.js "Range.copyTo": a 1x1 destination receives the whole source', () => {
    const doc = newDoc();
    at(doc, 'A1:B2').setValues([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    at(doc, 'A1:B2').setBackground('#ff0000');
    at(doc, 'A1:B2').copyTo(at(doc, 'G1'));
    expect(at(doc, 'G1:H2').getValues()).toEqual([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    expect(at(doc, 'H2').getBackground()).toBe('#ff0000');
  });

  test('gas-fakes testsheets.js "Range.copyTo": a larger destination gets whole repeats only', () => {
    const doc = newDoc();
    at(doc, 'A1:B2').setValues([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    at(doc, 'A1:B2').copyTo(at(doc, 'J1:L4'));
    expect(at(doc, 'J1:L4').getValues()).toEqual([
      ['V1', 'V2', ''],
      ['V3', 'V4', ''],
      ['V1', 'V2', ''],
      ['V3', 'V4', ''],
    ]);
  });

  test('gas-fakes testsheets.js "Range.copyTo": transposed paste', () => {
    const doc = newDoc();
    at(doc, 'A1:B2').setValues([
      ['V1', 'V2'],
      ['V3', 'V4'],
    ]);
    at(doc, 'A1:B2').copyTo(at(doc, 'D17:E18'), CopyPasteType.PASTE_NORMAL, true);
    expect(at(doc, 'D17:E18').getValues()).toEqual([
      ['V1', 'V3'],
      ['V2', 'V4'],
    ]);
  });

  test('gas-fakes testsheets.js "Range.copyTo": an empty source clears the destination values and formats', () => {
    const doc = newDoc();
    at(doc, 'D100:E101').setValues([
      ['X', 'Y'],
      ['Z', 'W'],
    ]);
    at(doc, 'D100:E101').setBackground('#00ff00');
    at(doc, 'A100:B101').copyTo(at(doc, 'D100:E101'));
    expect(at(doc, 'D100:E101').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(at(doc, 'D100').getBackground()).toBe('#ffffff');
  });
});
