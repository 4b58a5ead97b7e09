/**
 * Edit events and the contexts triggers run in, each behaviour with its source: the event object
 * (developers.google.com/apps-script/guides/triggers/events, and tanaikech's "Benchmark: Event
 * Objects for Google Apps Script", whose JSON.stringify(e) of a live onEdit shows the range as
 * {"columnStart":1,"rowStart":1,"rowEnd":1,"columnEnd":1}), where an editor add-on's simple
 * triggers run (workspace/add-ons/concepts/editor-auth-lifecycle, reference/script/auth-mode), and
 * SpreadsheetApp.getUi() (reference/spreadsheet/spreadsheet-app#getUi: only for a script bound to
 * the open spreadsheet; the live error text is "Cannot call SpreadsheetApp.getUi() from this
 * context.").
 */

import { Emulator } from '../../dev/emulator';
import { fixtureBuild } from '../support/fixture-build';

const TEACHER = 'teacher@example.com';
const STUDENT = 'ava@example.com';

const CODE = `
function onInstall(e) {}

function onEdit(e) {
  var r = e.range;
  e.source.getSheetByName('Log').appendRow([
    JSON.stringify({ rowStart: r.rowStart, rowEnd: r.rowEnd, columnStart: r.columnStart, columnEnd: r.columnEnd }),
    'value' in e ? typeof e.value + ':' + e.value : '(absent)',
    'oldValue' in e ? typeof e.oldValue + ':' + e.oldValue : '(absent)',
  ]);
}
`;

function setUp(enabled = true) {
  const emulator = new Emulator({ buildDir: fixtureBuild(CODE) });
  const doc = emulator.createSpreadsheet({
    owner: TEACHER,
    editors: [STUDENT],
    sheetNames: ['Sheet1', 'Log'],
  });
  emulator.spreadsheet(doc).getSheetByName('Sheet1')!.getRange('D5').insertCheckboxes();
  if (enabled) emulator.install(doc, TEACHER);
  const log = () => {
    const sheet = emulator.spreadsheet(doc).getSheetByName('Log')!;
    return sheet.getLastRow() === 0 ? [] : sheet.getRange(1, 1, sheet.getLastRow(), 3).getValues();
  };
  return { emulator, doc, log };
}

describe('the edit event object', () => {
  test('tanaikech (live JSON of e): e.range carries 1-based rowStart, rowEnd, columnStart, columnEnd', () => {
    const { emulator, doc, log } = setUp();
    emulator.type(doc, STUDENT, 'B3', 'hello');
    emulator.paste(doc, STUDENT, 'C2', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(log().map((row) => JSON.parse(String(row[0])))).toEqual([
      { rowStart: 3, rowEnd: 3, columnStart: 2, columnEnd: 2 },
      { rowStart: 2, rowEnd: 3, columnStart: 3, columnEnd: 4 },
    ]);
  });

  test('guides/triggers/events: unticking a checkbox sends the string "FALSE", the old value "TRUE"', () => {
    const { emulator, doc, log } = setUp();
    emulator.setCheckbox(doc, STUDENT, 'D5', true);
    emulator.setCheckbox(doc, STUDENT, 'D5', false);
    expect(log().map((row) => row.slice(1))).toEqual([
      ['string:TRUE', 'string:FALSE'],
      ['string:FALSE', 'string:TRUE'],
    ]);
  });

  test('guides/triggers/events: a cleared cell has no new value (value absent), only oldValue', () => {
    const { emulator, doc, log } = setUp();
    emulator.type(doc, STUDENT, 'B3', 'draft');
    emulator.clearCells(doc, STUDENT, 'B3');
    expect(log()[1]?.slice(1)).toEqual(['(absent)', 'string:draft']);
  });
});

describe('where simple triggers run', () => {
  test('editor-auth-lifecycle: onEdit does not run in a file where the add-on is not enabled', () => {
    const { emulator, doc, log } = setUp(false);
    expect(emulator.type(doc, STUDENT, 'B3', 'hello').triggers).toEqual([]);
    expect(log()).toEqual([]);
  });

  test('editor-auth-lifecycle: once someone used the add-on in the file, onEdit runs in LIMITED for every editor', () => {
    const { emulator, doc } = setUp(true);
    const [run] = emulator.type(doc, STUDENT, 'B3', 'hello').triggers;
    expect([run?.functionName, run?.authMode, run?.error]).toEqual([
      'onEdit',
      'LIMITED',
      undefined,
    ]);
  });
});

describe('SpreadsheetApp.getUi()', () => {
  test('reference/spreadsheet/spreadsheet-app#getUi: a script not bound to an open spreadsheet gets the live error', () => {
    const { emulator } = setUp();
    const app = emulator.services.SpreadsheetApp as { getUi(): unknown };
    expect(() => emulator.ctx.runAs(TEACHER, null, () => app.getUi())).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('reference/spreadsheet/spreadsheet-app#getUi: bound to the open spreadsheet, it answers', () => {
    const { emulator, doc } = setUp();
    const app = emulator.services.SpreadsheetApp as { getUi(): { createMenu(t: string): unknown } };
    expect(emulator.runAs(doc, TEACHER, () => typeof app.getUi().createMenu)).toBe('function');
  });
});
