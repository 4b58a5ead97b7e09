/**
 * A person's selection as a call from their sidebar sees it: google.script.run runs the server
 * function in the spreadsheet the sidebar is open in, as the person using it, and
 * SpreadsheetApp.getActiveSheet / getActiveRange / getCurrentCell report the cells that person has
 * highlighted (reference/spreadsheet/selection; Google's sidebar example returning
 * SpreadsheetApp.getActiveRange().getA1Notation() to its page, Eric Koleda's gist
 * 1d2f92d0475f8bf2e332). Each person's selection is their own.
 */

import { Emulator } from '../../dev/emulator';
import { fixtureBuild } from '../support/fixture-build';

const CODE = `
function whereAmI() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var range = ss.getActiveRange();
  return {
    spreadsheet: ss.getName(),
    sheet: ss.getActiveSheet().getName(),
    range: range ? range.getA1Notation() : null,
    current: ss.getCurrentCell().getA1Notation(),
    appRange: SpreadsheetApp.getActiveRange().getA1Notation(),
  };
}
`;

const TEACHER = 'teacher@example.com';
const CO_TEACHER = 'co@example.com';

function setUp() {
  const emulator = new Emulator({ buildDir: fixtureBuild(CODE), now: '2026-09-14T13:00:00Z' });
  const doc = emulator.createSpreadsheet({
    name: 'Room 12',
    owner: TEACHER,
    editors: [CO_TEACHER],
    sheetNames: ['Setup', 'Ava', 'Wall'],
  });
  return { emulator, doc };
}

describe('a sidebar call sees the selection of the person using the sidebar', () => {
  test('the sheet and cells the teacher clicked, and nobody else\u2019s', () => {
    const { emulator, doc } = setUp();
    emulator.select(doc, TEACHER, "'Ava'!G6");
    emulator.select(doc, CO_TEACHER, 'Wall!C4:D5');
    expect(emulator.callFromSidebar(doc, TEACHER, 'whereAmI').value).toEqual({
      spreadsheet: 'Room 12',
      sheet: 'Ava',
      range: 'G6',
      current: 'G6',
      appRange: 'G6',
    });
    expect(emulator.callFromSidebar(doc, CO_TEACHER, 'whereAmI').value).toEqual({
      spreadsheet: 'Room 12',
      sheet: 'Wall',
      range: 'C4:D5',
      current: 'C4',
      appRange: 'C4:D5',
    });
  });

  test('before any click: the first sheet, A1', () => {
    const { emulator, doc } = setUp();
    expect(emulator.callFromSidebar(doc, TEACHER, 'whereAmI').value).toMatchObject({
      sheet: 'Setup',
      range: 'A1',
    });
  });

  test('a sheet that does not exist is a mistake in the test, said plainly', () => {
    const { emulator, doc } = setUp();
    expect(() => emulator.select(doc, TEACHER, 'Nope!A1')).toThrow('No sheet named "Nope"');
  });
});
