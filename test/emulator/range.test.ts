// The emulated Range: values, shapes, notes, rich text, formats, checkboxes, offsets,
// protections, and what each call costs in the ledger.

import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { Ledger } from '../../dev/emulator/runtime/ledger';
import { PROTECTED_CELL_MESSAGE } from '../../dev/emulator/runtime/errors';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { Range } from '../../dev/emulator/sheets/range';
import { rangeListFromA1 } from '../../dev/emulator/sheets/range-list';
import { newRichTextValue, newTextStyle } from '../../dev/emulator/sheets/rich-text';
import { resolveA1 } from '../../dev/emulator/sheets/a1';

function newDoc(): SpreadsheetDocument {
  return createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
    owner: 'teacher@example.com',
    editors: ['ava@example.com'],
  });
}

function range(doc: SpreadsheetDocument, a1: string): Range {
  const sheet = doc.model.sheets[0]!;
  const resolved = resolveA1(a1, sheet);
  return new Range(doc, sheet, resolved.rect, resolved);
}

function runAs<T>(doc: SpreadsheetDocument, email: string, body: () => T): T {
  return doc.ctx.runAs(email, doc.model.id, () => body());
}

describe('coordinates', () => {
  test('1-based getters, A1 notation and offsets', () => {
    const doc = newDoc();
    const r = new Range(doc, doc.model.sheets[0]!, {
      row: 1,
      column: 2,
      numRows: 3,
      numColumns: 4,
    });
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 3, 4]);
    expect([r.getLastRow(), r.getLastColumn(), r.getHeight(), r.getWidth()]).toEqual([4, 6, 3, 4]);
    expect(r.getA1Notation()).toBe('C2:F4');
    expect(r.getGridId()).toBe(0);
    expect(r.offset(1, 1).getA1Notation()).toBe('D3:G5');
    expect(r.offset(0, 0, 1).getA1Notation()).toBe('C2:F2');
    expect(r.offset(-1, -2, 1, 1).getA1Notation()).toBe('A1');
    expect(r.getCell(2, 3).getA1Notation()).toBe('E3');
    expect(() => r.getCell(4, 1)).toThrow('Cell reference out of range');
    expect(range(doc, 'A:A').getA1Notation()).toBe('A:A');
    expect(range(doc, '2:3').getA1Notation()).toBe('2:3');
  });

  test('a range past the sheet is an error', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    expect(() => new Range(doc, sheet, { row: 999, column: 0, numRows: 2, numColumns: 1 })).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => range(doc, 'A1').offset(-1, 0)).toThrow(
      'The starting row of the range is too small.',
    );
  });

  test('getSheet returns the sheet of the range', () => {
    const doc = newDoc();
    expect(range(doc, 'B2').getSheet().getName()).toBe('Sheet1');
  });

  test('strict: unimplemented members throw with their name', () => {
    const doc = newDoc();
    const r = range(doc, 'A1') as unknown as { autoFillToNeighbor: () => void };
    expect(() => r.autoFillToNeighbor()).toThrow(/Range\.autoFillToNeighbor/);
  });
});

describe('values', () => {
  test('setValues / getValues round-trip with empty cells as ""', () => {
    const doc = newDoc();
    const r = range(doc, 'A1:C2');
    r.setValues([
      ['Ava', 3, true],
      [null, '', 2.5],
    ]);
    expect(r.getValues()).toEqual([
      ['Ava', 3, true],
      ['', '', 2.5],
    ]);
    expect(r.getValue()).toBe('Ava');
    expect(r.isBlank()).toBe(false);
    expect(range(doc, 'D1:D9').isBlank()).toBe(true);
  });

  test('shape errors use Apps Script wording', () => {
    const doc = newDoc();
    const r = range(doc, 'A1:B3');
    expect(() =>
      r.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2], [3], [5, 6]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setNotes([['a', 'b']])).toThrow(/number of rows/);
  });

  test('setValue fills every cell of the range', () => {
    const doc = newDoc();
    range(doc, 'A1:B2').setValue('x');
    expect(range(doc, 'A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  test('strings are read like typed input unless the cell is plain text', () => {
    const doc = newDoc();
    range(doc, 'A1:C1').setValues([['5', 'TRUE', "'007"]]);
    expect(range(doc, 'A1:C1').getValues()).toEqual([[5, true, '007']]);
    range(doc, 'D1').setNumberFormat('@').setValue('5');
    expect(range(doc, 'D1').getValue()).toBe('5');
  });

  test('a Date is stored as a serial with a date format and reads back as the same instant', () => {
    const doc = newDoc();
    const instant = new Date('2026-09-14T16:30:00Z');
    const r = range(doc, 'A1');
    r.setValue(instant);
    expect(r.getValue()).toEqual(instant);
    expect(r.getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    // Midnight in the spreadsheet's zone (America/New_York) has no time part.
    range(doc, 'A2').setValue(new Date('2026-09-14T04:00:00Z'));
    expect(range(doc, 'A2').getNumberFormat()).toBe('M/d/yyyy');
    expect(range(doc, 'A2').getDisplayValue()).toBe('9/14/2026');
  });

  test('display values', () => {
    const doc = newDoc();
    range(doc, 'A1:C1').setValues([[1234.5, true, 'text']]);
    range(doc, 'D1').setValue(0.25).setNumberFormat('0.0%');
    expect(range(doc, 'A1:D1').getDisplayValues()).toEqual([['1234.5', 'TRUE', 'text', '25.0%']]);
  });

  test('formulas are computed by the engine and read back as written', () => {
    const doc = newDoc();
    range(doc, 'A1:A2').setValues([[2], [3]]);
    range(doc, 'B1').setFormula('=A1*10');
    expect(range(doc, 'B1').getValue()).toBe(20);
    expect(range(doc, 'B1').getFormula()).toBe('=A1*10');
    expect(range(doc, 'B1').getFormulaR1C1()).toBe('=R[0]C[-1]*10');
    expect(range(doc, 'A1').getFormula()).toBe('');
    expect(range(doc, 'A1').getFormulaR1C1()).toBeNull();
    range(doc, 'A1').setValue(7);
    expect(range(doc, 'B1').getValue()).toBe(70);
    // A multi-cell setFormula fills with shifted references.
    range(doc, 'C1:C2').setFormula('=A1+1');
    expect(range(doc, 'C1:C2').getFormulas()).toEqual([['=A1+1'], ['=A2+1']]);
    expect(range(doc, 'C1:C2').getValues()).toEqual([[8], [4]]);
    range(doc, 'D1').setValue('=A1+A2');
    expect(range(doc, 'D1').getValue()).toBe(10);
    range(doc, 'E1').setFormula('=1/0');
    expect(range(doc, 'E1').getValue()).toBe('#DIV/0!');
  });
});

describe('notes', () => {
  test('set, read, clear', () => {
    const doc = newDoc();
    const r = range(doc, 'A1:B1');
    r.setNotes([['first', null]]);
    expect(r.getNotes()).toEqual([['first', '']]);
    r.setNote('both');
    expect(r.getNotes()).toEqual([['both', 'both']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
    r.setValue('kept').clearNote();
    expect(r.getValue()).toBe('kept');
  });
});

describe('rich text', () => {
  test('a link written with setRichTextValue stays plain text and reads back with its runs', () => {
    const doc = newDoc();
    const value = newRichTextValue()
      .setText('See 123 evidence')
      .setLinkUrl(4, 7, 'https://example.com/e')
      .build();
    const r = range(doc, 'A1');
    r.setRichTextValue(value);
    expect(r.getValue()).toBe('See 123 evidence');
    const read = r.getRichTextValue()!;
    expect(read.getText()).toBe('See 123 evidence');
    expect(read.getLinkUrl()).toBeNull();
    expect(read.getLinkUrl(4, 7)).toBe('https://example.com/e');
    expect(
      read.getRuns().map((run) => [run.getText(), run.getStartIndex(), run.getLinkUrl()]),
    ).toEqual([
      ['See ', 0, null],
      ['123', 4, 'https://example.com/e'],
      [' evidence', 7, null],
    ]);
  });

  test('whole-text links, styles and the cell format', () => {
    const doc = newDoc();
    const bold = newTextStyle().setBold(true).build();
    range(doc, 'A1').setRichTextValues([
      [
        newRichTextValue()
          .setText('42')
          .setLinkUrl('https://example.com')
          .setTextStyle(0, 1, bold)
          .build(),
      ],
    ]);
    const read = range(doc, 'A1').getRichTextValue()!;
    expect(range(doc, 'A1').getValue()).toBe('42');
    expect(read.getLinkUrl()).toBe('https://example.com');
    expect(read.getTextStyle(0, 1).isBold()).toBe(true);
    expect(read.getTextStyle(1, 2).isBold()).toBe(false);
    expect(read.getTextStyle().isBold()).toBeNull();
    expect(read.getTextStyle().getFontFamily()).toBe('Arial');
    // A later setValue replaces the rich text.
    range(doc, 'A1').setValue('plain');
    expect(range(doc, 'A1').getRichTextValue()!.getLinkUrl()).toBeNull();
    // Numbers are not text.
    range(doc, 'B1').setValue(5);
    expect(range(doc, 'B1').getRichTextValue()).toBeNull();
  });

  test('copy() keeps runs, setText clears them', () => {
    const value = newRichTextValue().setText('ab').setLinkUrl(0, 1, 'https://a').build();
    expect(value.copy().build().getLinkUrl(0, 1)).toBe('https://a');
    expect(value.copy().setText('cd').build().getLinkUrl(0, 1)).toBeNull();
  });
});

describe('formats', () => {
  test('backgrounds, fonts, alignment, wrap; null resets', () => {
    const doc = newDoc();
    const r = range(doc, 'A1:B1');
    expect(r.getBackground()).toBe('#ffffff');
    r.setBackground('red');
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    r.setBackgrounds([['#00FF00', null]]);
    expect(r.getBackgrounds()).toEqual([['#00ff00', '#ffffff']]);
    r.setBackground(null);
    expect(r.getBackground()).toBe('#ffffff');
    r.setFontWeight('bold').setFontStyle('italic').setFontLine('line-through').setFontSize(14);
    r.setFontColor('#123456').setFontFamily('Roboto').setWrap(true);
    r.setHorizontalAlignment('center').setVerticalAlignment('middle');
    expect([r.getFontWeight(), r.getFontStyle(), r.getFontLine(), r.getFontSize()]).toEqual([
      'bold',
      'italic',
      'line-through',
      14,
    ]);
    expect([r.getFontColor(), r.getFontFamily(), r.getWrap()]).toEqual(['#123456', 'Roboto', true]);
    expect([r.getHorizontalAlignment(), r.getVerticalAlignment()]).toEqual(['center', 'middle']);
    r.setHorizontalAlignment('normal');
    expect(r.getHorizontalAlignment()).toBe('general');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    r.setFontWeights([['normal', null]]);
    expect(r.getFontWeights()).toEqual([['normal', 'normal']]);
  });

  test('number formats', () => {
    const doc = newDoc();
    const r = range(doc, 'A1:B1');
    expect(r.getNumberFormat()).toBe('0.###############');
    r.setNumberFormats([['0.00', '@']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '@']]);
    r.setValues([[3, 3]]);
    expect(r.getDisplayValues()).toEqual([['3.00', '3']]);
  });

  test('clear, clearContent, clearFormat', () => {
    const doc = newDoc();
    const r = range(doc, 'A1');
    r.setValue('v').setBackground('#ff0000').setNote('n');
    r.clearFormat();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['v', '#ffffff', 'n']);
    r.setBackground('#ff0000').clearContent();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ff0000', 'n']);
    r.setValue('v').clear();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ffffff', 'n']);
    r.clear({ commentsOnly: true });
    expect(r.getNote()).toBe('');
    // Nothing left: the sparse model holds no empty cell objects.
    expect(doc.model.sheets[0]!.rows[0]?.[0]).toBeUndefined();
  });
});

describe('checkboxes', () => {
  test('insert, check, uncheck, isChecked, remove', () => {
    const doc = newDoc();
    const r = range(doc, 'A1:A2');
    r.setValues([[true], ['x']]);
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(r.isChecked()).toBe(false);
    range(doc, 'A1').check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    expect(r.getValues()).toEqual([[true], [true]]);
    expect(r.getDisplayValues()).toEqual([['TRUE'], ['TRUE']]);
    r.uncheck();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(range(doc, 'A1:B1').isChecked()).toBeNull();
    r.removeCheckboxes();
    expect(r.getValues()).toEqual([[''], ['']]);
    expect(r.getDataValidation()).toBeNull();
    expect(r.isChecked()).toBeNull();
  });

  test('custom checked / unchecked values', () => {
    const doc = newDoc();
    const r = range(doc, 'B1:B2');
    r.insertCheckboxes('yes', 'no');
    expect(r.getValues()).toEqual([['no'], ['no']]);
    r.check();
    expect(r.getValues()).toEqual([['yes'], ['yes']]);
    expect(r.isChecked()).toBe(true);
    expect(r.getDataValidation()!.getCriteriaValues()).toEqual(['yes', 'no']);
    range(doc, 'C1').insertCheckboxes('done');
    expect(range(doc, 'C1').getValue()).toBe('');
    expect(range(doc, 'C1').isChecked()).toBe(false);
  });
});

describe('copyTo', () => {
  test('values, shifted formulas, formats and notes', () => {
    const doc = newDoc();
    range(doc, 'A1:A2').setValues([[1], [2]]);
    range(doc, 'B1').setFormula('=A1*2').setBackground('#ff0000').setNote('n');
    range(doc, 'B1').copyTo(range(doc, 'B2'));
    expect(range(doc, 'B2').getFormula()).toBe('=A2*2');
    expect(range(doc, 'B2').getValue()).toBe(4);
    expect(range(doc, 'B2').getBackground()).toBe('#ff0000');
    expect(range(doc, 'B2').getNote()).toBe('n');
    range(doc, 'B1').copyTo(range(doc, 'C1'), { contentsOnly: true });
    expect(range(doc, 'C1').getFormula()).toBe('=B1*2');
    expect(range(doc, 'C1').getBackground()).toBe('#ffffff');
    range(doc, 'B1').copyTo(range(doc, 'D1'), { formatOnly: true });
    expect([range(doc, 'D1').getValue(), range(doc, 'D1').getBackground()]).toEqual([
      '',
      '#ff0000',
    ]);
  });
});

describe('RangeList', () => {
  test('one call applies to every range', () => {
    const doc = newDoc();
    const list = rangeListFromA1(doc, doc.model.sheets[0]!, ['A1:B1', 'D4']);
    list.setValue('hi').setBackground('blue').setFontWeight('bold');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1', 'D4']);
    expect(range(doc, 'D4').getValue()).toBe('hi');
    expect(range(doc, 'B1').getBackground()).toBe('#0000ff');
    list.insertCheckboxes();
    list.check();
    expect(list.getRanges().map((r) => r.isChecked())).toEqual([true, true]);
    list.clear();
    // clear() keeps validation: the cleared checkboxes read as unchecked booleans.
    expect(range(doc, 'A1:B1').getValues()).toEqual([[false, false]]);
    list.removeCheckboxes();
    expect(range(doc, 'A1:B1').getValues()).toEqual([['', '']]);
  });
});

describe('permissions', () => {
  function protectA1(doc: SpreadsheetDocument, warningOnly: boolean): void {
    doc.model.protections.push({
      id: 'p1',
      type: 'RANGE',
      sheetId: 0,
      rect: { row: 0, column: 0, numRows: 1, numColumns: 1 },
      unprotected: [],
      description: '',
      warningOnly,
      editors: ['teacher@example.com'],
      domainEdit: false,
    });
  }

  test('a student may not write a protected cell; the owner and the harness may', () => {
    const doc = newDoc();
    protectA1(doc, false);
    runAs(doc, 'ava@example.com', () => {
      expect(() => range(doc, 'A1:B1').setValue('x')).toThrow(PROTECTED_CELL_MESSAGE);
      expect(() => range(doc, 'A1').setBackground('red')).toThrow(PROTECTED_CELL_MESSAGE);
      range(doc, 'B1').setValue('mine');
    });
    expect(range(doc, 'A1').getValue()).toBe('');
    expect(range(doc, 'B1').getValue()).toBe('mine');
    runAs(doc, 'teacher@example.com', () => range(doc, 'A1').setValue('teacher'));
    range(doc, 'A1').setValue('harness');
    expect(range(doc, 'A1').getValue()).toBe('harness');
  });

  test('a script may write a warning-only range', () => {
    const doc = newDoc();
    protectA1(doc, true);
    runAs(doc, 'ava@example.com', () => range(doc, 'A1').setValue('ok'));
    expect(range(doc, 'A1').getValue()).toBe('ok');
  });

  test('activate selects the range for the person at the keyboard', () => {
    const doc = newDoc();
    runAs(doc, 'ava@example.com', () => range(doc, 'B2:C3').activate());
    expect(doc.selections.get('ava@example.com')?.rect).toEqual({
      row: 1,
      column: 1,
      numRows: 2,
      numColumns: 2,
    });
  });
});

describe('ledger', () => {
  test('one entry per call with the right kind and cell count', () => {
    const doc = newDoc();
    const mark = doc.ctx.ledger.mark();
    runAs(doc, 'teacher@example.com', () => {
      const r = range(doc, 'A1:C2');
      r.getA1Notation();
      r.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]);
      r.getValues();
      r.setBackground('#ff0000');
      r.offset(1, 0).getNumRows();
    });
    const entries = doc.ctx.ledger.since(mark);
    expect(entries.map((e) => [e.method, e.kind, e.cells])).toEqual([
      ['getA1Notation', 'local', 0],
      ['setValues', 'write', 6],
      ['getValues', 'read', 6],
      ['setBackground', 'write', 6],
      ['offset', 'local', 0],
      ['getNumRows', 'local', 0],
    ]);
    expect(entries.every((e) => e.service === 'Range')).toBe(true);
    expect(Ledger.summarize(entries).serviceCalls).toBe(3);
  });

  test('getValues over 1000 x 26 cells is one entry', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const data = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 26 }, (_, c) => r * c),
    );
    const all = new Range(doc, sheet, { row: 0, column: 0, numRows: 1000, numColumns: 26 });
    const mark = doc.ctx.ledger.mark();
    runAs(doc, 'teacher@example.com', () => {
      all.setValues(data);
      expect(all.getValues()).toEqual(data);
    });
    expect(doc.ctx.ledger.since(mark)).toHaveLength(2);
  });
});
