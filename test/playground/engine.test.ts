/**
 * The playground's engine without a browser: what a seat sees, what each action does through the
 * emulator, and how uploads, snapshots and google.script.run arguments are refused when they must
 * be. Replies are what the page shows, so each refusal is checked word for word where it matters.
 */

import path from 'node:path';

import { PROTECTED_CELL_MESSAGE } from '../../dev/emulator/runtime/errors';
import { Playground } from '../../dev/playground/engine/playground';
import type { Question } from '../../dev/playground/engine/questions';
import { serve, type EngineReply } from '../../dev/playground/engine/requests';
import { hyperlinkTarget, safeLink } from '../../dev/playground/engine/sheet-view';
import { MAX_UPLOAD_BYTES } from '../../dev/playground/engine/uploads';
import { decodeArgument } from '../../dev/playground/engine/wire-arguments';
import type {
  EncodedArgument,
  PlaygroundState,
  StateResult,
  UserInputView,
} from '../../dev/playground/protocol';
import { WIRE_TAG } from '../../dev/playground/protocol';
import { SAMPLE_TEACHER } from '../../dev/playground/sample/unit';
import { ensureAddonBuild, PROBE_BUILD, TEST_NOW } from '../support/playground';

const buildDir = path.resolve(__dirname, '../../build');

// Before any Playground is made: the emulator reads the manifest and pages of build/ when created.
ensureAddonBuild();
const AVA = 'ava.martinez@school.example';
const TEST_NOW_ISO = new Date(TEST_NOW).toISOString();

function stateOf(result: StateResult): PlaygroundState {
  if (!('state' in result)) throw new Error(`No state: ${JSON.stringify(result)}`);
  return result.state;
}

function failureOf(reply: EngineReply): string {
  if (reply.ok) throw new Error(`Expected a failure, got ${JSON.stringify(reply)}`);
  return reply.message;
}

const cellText = (state: PlaygroundState, row: number, column: number) =>
  state.sheet.cells.find((cell) => cell.row === row && cell.column === column)?.text;

describe("what a seat sees (the teacher's tracker, before the add-on)", () => {
  const playground = new Playground({ now: TEST_NOW, buildDir, start: 'tracker' });

  test('the teacher first: the owner, then the students the file is shared with', () => {
    const state = stateOf(playground.state(''));
    expect(state.seat).toEqual({
      email: SAMPLE_TEACHER,
      role: 'owner',
      label: 'Ms. Rivera (teacher)',
    });
    expect(state.seats).toHaveLength(26);
    expect(state.seats.slice(1).every((seat) => seat.role === 'editor')).toBe(true);
    expect(state.today.label).toBe('Wed, Sep 23, 2026, 08:00 AM EDT');
  });

  test("opening the file runs the add-on's onOpen, in AuthMode.NONE until the add-on is used here", () => {
    const state = stateOf(playground.state(AVA));
    const open = state.executions.find((run) => run.who === AVA);
    expect(open).toMatchObject({
      functionName: 'onOpen',
      authMode: 'NONE',
      kind: 'simple-trigger',
    });
    expect(state.menus).toEqual([
      {
        title: 'Mastery Tracker',
        addon: true,
        items: ['Set up this tracker', 'Open sidebar', 'Sync class', 'Refresh wall', 'Help'].map(
          (caption) => ({ caption }),
        ),
      },
    ]);
    // Seen once per person: asking again runs nothing more.
    const runs = state.executions.length;
    expect(stateOf(playground.state(AVA)).executions).toHaveLength(runs);
  });

  test('asking again with the version seen gets "unchanged" until something changes', () => {
    const { version } = stateOf(playground.state(AVA));
    expect(playground.state(AVA, { since: version })).toEqual({
      ok: true,
      unchanged: true,
      version,
    });
    playground.act({ type: 'clock', days: 0 });
    expect(stateOf(playground.state(AVA, { since: version })).version).toBeGreaterThan(version);
  });

  test("a click moves the seat's selection; choosing another tab shows that sheet", () => {
    const before = stateOf(playground.state(AVA));
    const cell = { row: 6, column: 3, numRows: 1, numColumns: 1 };
    playground.act({ type: 'select', seat: AVA, sheetId: before.sheet.id, rect: cell });
    const same = playground.state(AVA, { since: before.version });
    expect(same).toMatchObject({ unchanged: true });
    const lessons = before.tabs.find((tab) => tab.name === 'Lessons')!;
    playground.act({ type: 'select', seat: AVA, sheetId: lessons.id, rect: cell });
    const after = stateOf(playground.state(AVA, { since: before.version }));
    expect(after.sheet).toMatchObject({ name: 'Lessons', selection: cell });
    // Only Ava moved: the teacher is still on the Tracker.
    expect(stateOf(playground.state(SAMPLE_TEACHER)).sheet.name).toBe('Tracker');
    playground.act({ type: 'select', seat: AVA, sheetId: before.sheet.id, rect: cell });
  });

  test('protected cells are marked for the teacher and locked for a student', () => {
    const access = (email: string, row: number, column: number) =>
      stateOf(playground.state(email)).sheet.cells.find((c) => c.row === row && c.column === column)
        ?.access;
    expect(access(SAMPLE_TEACHER, 4, 0)).toBe('protected');
    expect(access(AVA, 4, 0)).toBe('locked');
    expect(access(AVA, 4, 2)).toBeUndefined(); // a tick box: the protection's unprotected range
  });

  test('a hidden sheet can be looked at, read-only; the seat stays on its own sheet', () => {
    const state = stateOf(playground.state(SAMPLE_TEACHER));
    const archive = state.tabs.find((tab) => tab.hidden)!;
    const peek = stateOf(playground.state(SAMPLE_TEACHER, { sheetId: archive.id }));
    expect(peek.sheet).toMatchObject({ name: 'Unit 3 (archived)', hidden: true, readOnly: true });
    const edit = playground.act.bind(playground);
    expect(() =>
      edit({
        type: 'edit',
        seat: SAMPLE_TEACHER,
        sheetId: archive.id,
        rect: { row: 0, column: 0, numRows: 1, numColumns: 1 },
        input: { kind: 'type', text: 'x' },
      }),
    ).toThrow('Unit 3 (archived) is hidden: in Sheets a person unhides a sheet before editing it.');
  });

  test('frozen and hidden rows and columns are drawn as the sheet holds them', () => {
    const sheet = stateOf(playground.state(SAMPLE_TEACHER)).sheet;
    expect(sheet).toMatchObject({ frozenRows: 4, frozenColumns: 1, hiddenColumns: [1] });
    playground.emulator.spreadsheet(playground.document).getSheets()[0]!.hideRows(7, 2);
    playground.act({ type: 'clock', days: 0 });
    expect(stateOf(playground.state(SAMPLE_TEACHER)).sheet.hiddenRows).toEqual([6, 7]);
  });

  test('a warning-only protection marks its cells and lets the edit through once accepted', () => {
    const ss = playground.emulator.spreadsheet(playground.document);
    ss.getSheetByName('Tracker')!.getRange('C5').protect().setWarningOnly(true);
    const c5 = () =>
      stateOf(playground.state(AVA)).sheet.cells.find((c) => c.row === 4 && c.column === 2);
    expect(c5()).toMatchObject({ access: 'warning', checkbox: true });
    const edit = (acceptWarning: boolean) =>
      playground.act({
        type: 'edit',
        seat: AVA,
        sheetId: 0,
        rect: { row: 4, column: 2, numRows: 1, numColumns: 1 },
        input: { kind: 'type', text: 'FALSE' },
        acceptWarning,
      }).edit;
    expect(edit(false)).toMatchObject({
      applied: false,
      warned: true,
      refusal: 'The person cancelled the protected-range warning.',
    });
    expect(edit(true)).toMatchObject({ applied: true, warned: true });
    expect(c5()?.checkbox).toBe(false);
  });

  test('a seat the file is not shared with is refused', async () => {
    const reply = await serve(playground, { type: 'state', seat: 'stranger@example.com' });
    expect(failureOf(reply)).toBe(
      'stranger@example.com is not shared on this spreadsheet: choose a seat from the list.',
    );
  });
});

describe("what a seat does (the teacher's tracker, before the add-on)", () => {
  const playground = new Playground({ now: TEST_NOW, buildDir, start: 'tracker' });
  const tracker = () => playground.document.model.sheets[0]!;

  test("a student's edit of a protected cell is refused with Sheets' message; her tick is taken", () => {
    const edit = (row: number, column: number, input: UserInputView) =>
      playground.act({
        type: 'edit',
        seat: AVA,
        sheetId: tracker().id,
        rect: { row, column, numRows: 1, numColumns: 1 },
        input,
      });
    expect(edit(4, 0, { kind: 'type', text: 'Ava M.' }).edit).toEqual({
      applied: false,
      refusal: PROTECTED_CELL_MESSAGE,
      warned: false,
      triggerErrors: [],
    });
    expect(edit(4, 10, { kind: 'checkbox', checked: true }).edit?.applied).toBe(true);
    expect(cellText(stateOf(playground.state(AVA)), 4, 14)).toBe('9');
  });

  test('a menu click runs the item as the person, in FULL, and shows the sidebar', () => {
    expect(playground.act({ type: 'menu', seat: SAMPLE_TEACHER, caption: 'Open sidebar' })).toEqual(
      {
        ok: true,
      },
    );
    const state = stateOf(playground.state(SAMPLE_TEACHER));
    expect(state.sidebar).toMatchObject({ kind: 'sidebar', title: 'Mastery Tracker' });
    expect(playground.panelHtml(SAMPLE_TEACHER, state.sidebar!.key)).toContain(
      '<title>Mastery Tracker</title>',
    );
    expect(state.executions[0]).toMatchObject({ functionName: 'openSidebar', authMode: 'FULL' });
    playground.act({ type: 'close', seat: SAMPLE_TEACHER, key: 'sidebar' });
    expect(stateOf(playground.state(SAMPLE_TEACHER)).sidebar).toBeNull();
  });

  test('a sidebar call goes through the wire rules and returns the value', () => {
    const reply = playground.act({
      type: 'run',
      seat: SAMPLE_TEACHER,
      name: 'getSidebarInfo',
      args: [],
    });
    expect(reply.run).toEqual({
      value: {
        spreadsheetName: 'Room 12 · Grade 5 Math · Unit 4 Fractions',
        addonVersion: '0.1.0',
      },
    });
    expect(
      playground.act({ type: 'run', seat: SAMPLE_TEACHER, name: 'noSuchFunction', args: [] }).run,
    ).toEqual({ error: 'Script function not found: noSuchFunction' });
  });

  test('the clock moves by whole days, at most a year at a time', () => {
    const before = playground.emulator.clock.millis();
    playground.act({ type: 'clock', days: 7 });
    expect(playground.emulator.clock.millis() - before).toBe(7 * 86_400_000);
    playground.act({ type: 'clock', days: -7 });
    expect(() => playground.act({ type: 'clock', days: 0.5 })).toThrow(
      'Move the clock by a whole number of days, at most a year.',
    );
    expect(() => playground.act({ type: 'clock', days: 400 })).toThrow(/at most a year/);
  });

  test('sharing adds a student seat; an address that is not one is refused', () => {
    expect(playground.act({ type: 'share', email: 'New.Student@school.example' }).message).toBe(
      'Shared with new.student@school.example as an editor.',
    );
    expect(stateOf(playground.state('new.student@school.example')).seat.role).toBe('editor');
    expect(() => playground.act({ type: 'share', email: '<script>' })).toThrow(
      '"<script>" is not an e-mail address.',
    );
  });

  test("an empty spreadsheet, the teacher's tracker and the sample class are fresh files each time", () => {
    playground.act({ type: 'start', from: 'empty' });
    const empty = stateOf(playground.state(''));
    expect(empty.document).toMatchObject({ name: 'Untitled spreadsheet', origin: 'empty' });
    expect(empty.tabs.map((tab) => tab.name)).toEqual(['Sheet1']);
    expect(empty.seats.map((seat) => seat.role)).toEqual([
      'owner',
      'editor',
      'editor',
      'editor',
      'editor',
    ]);
    playground.act({ type: 'start', from: 'tracker' });
    const tracker = stateOf(playground.state(''));
    expect(tracker.document.origin).toBe('tracker');
    expect(tracker.tabs.map((tab) => tab.name)).toEqual([
      'Tracker',
      'Lessons',
      'Unit 3 (archived)',
    ]);
    playground.act({ type: 'start', from: 'sample' });
    const sample = stateOf(playground.state(''));
    expect(sample.document.origin).toBe('sample');
    expect(new Set([empty, tracker, sample].map((state) => state.document.id)).size).toBe(3);
  });
});

describe("the teacher's tracker, before the add-on: the import to try", () => {
  const playground = new Playground({ now: TEST_NOW, buildDir, start: 'tracker' });

  test('the sidebar detects it and confirming sets the class up, ticks carried over', () => {
    const run = (name: string, args: EncodedArgument[]) => {
      const reply = playground.act({ type: 'run', seat: SAMPLE_TEACHER, name, args });
      if (!reply.run || 'error' in reply.run) throw new Error(JSON.stringify(reply.run));
      return reply.run.value as Record<string, unknown>;
    };
    const source = { sheetName: 'Tracker', lessonsSheetName: 'Lessons' };
    const reading = run('detectImport', [source]);
    expect(reading).toMatchObject({ canConfirm: true, blockers: [] });
    const outcome = run('confirmImport', [{ ...source, token: reading.token as string }]);
    expect(outcome).toMatchObject({ ok: true, students: 25, lessons: 12 });
    expect((outcome.carried as { ticks: number }).ticks).toBeGreaterThan(100);
    const tabs = stateOf(playground.state(SAMPLE_TEACHER)).tabs.map((tab) => tab.name);
    expect(tabs).toEqual(expect.arrayContaining(['Setup', 'Wall', 'Ava Martinez']));
  });
});

describe('the sample class, set up and run by the add-on', () => {
  const playground = new Playground({ now: TEST_NOW, buildDir });
  const sheetNamed = (state: PlaygroundState, name: string) =>
    state.tabs.find((tab) => tab.name === name)!;
  const row = (state: PlaygroundState, index: number) =>
    state.sheet.cells.filter((cell) => cell.row === index).map((cell) => cell.text);

  test('is where the playground starts: the teacher on the wall, each student in their own tab', () => {
    const teacher = stateOf(playground.state(''));
    expect(teacher.document.origin).toBe('sample');
    expect(teacher.sheet.name).toBe('Wall');
    expect(teacher.tabs.map((tab) => tab.name)).toEqual(
      expect.arrayContaining([
        'Tracker',
        'Lessons',
        'Setup',
        'Wall',
        'Ava Martinez',
        "Aiden O'Brien",
      ]),
    );
    expect(teacher.tabs).toHaveLength(5 + 25);
    const ava = stateOf(playground.state(AVA));
    expect(ava.sheet.name).toBe('Ava Martinez');
    expect(cellText(ava, 0, 0)).toBe('Ava Martinez');
  });

  test("its ledger lists the weeks: students' ticks ran the teacher's trigger, the teacher's checks ran from the sidebar", () => {
    const runs = stateOf(playground.state('')).executions;
    const ticks = runs.filter((run) => run.functionName === 'onClassEdit');
    expect(ticks.length).toBeGreaterThan(20);
    expect(ticks.every((run) => run.runsAs === SAMPLE_TEACHER && run.who !== SAMPLE_TEACHER)).toBe(
      true,
    );
    expect(ticks.every((run) => run.at < TEST_NOW_ISO && !run.error)).toBe(true);
    expect(runs.some((run) => run.functionName === 'recordCheck' && run.kind === 'sidebar')).toBe(
      true,
    );
  });

  test("a student's tick in her tab moves her icon on the wall; her Status cell is not hers to edit", () => {
    const ava = stateOf(playground.state(AVA));
    const tab = sheetNamed(ava, 'Ava Martinez');
    const labels = row(ava, 2);
    const done = labels.indexOf('Done');
    const status = labels.indexOf('Status');
    // The first lesson she has not ticked.
    const open = ava.sheet.cells.find(
      (cell) => cell.row > 3 && cell.column === done && cell.checkbox === false,
    )!;
    const lessonNumber = Number(cellText(ava, open.row, 0));
    const cell = (column: number) => ({ row: open.row, column, numRows: 1, numColumns: 1 });
    const refused = playground.act({
      type: 'edit',
      seat: AVA,
      sheetId: tab.id,
      rect: cell(status),
      input: { kind: 'type', text: '★ Mastered' },
    });
    expect(refused.edit).toMatchObject({ applied: false, refusal: PROTECTED_CELL_MESSAGE });
    const ticked = playground.act({
      type: 'edit',
      seat: AVA,
      sheetId: tab.id,
      rect: cell(done),
      input: { kind: 'checkbox', checked: true },
    });
    expect(ticked.edit).toEqual({ applied: true, warned: false, triggerErrors: [] });
    const wall = stateOf(playground.state(SAMPLE_TEACHER));
    expect(wall.sheet.name).toBe('Wall');
    const avaRow = wall.sheet.cells.find((c) => c.column === 0 && c.text === 'Ava')!.row;
    expect(cellText(wall, avaRow, 1)).not.toBe(String(lessonNumber));
    expect(Number(cellText(wall, avaRow, 1))).toBeGreaterThan(lessonNumber);
  });

  test('starting it again lets go of the last file and its trigger: the teacher never reaches 20 triggers', () => {
    for (let i = 0; i < 2; i++) playground.act({ type: 'start', from: 'sample' });
    const triggers = playground.emulator.project.triggers;
    expect(triggers.map((trigger) => trigger.documentId)).toEqual([playground.document.model.id]);
  });
});

describe('the sample class with a build of the add-on that cannot run it', () => {
  test("falls back to the teacher's tracker, with a note saying why", () => {
    const playground = new Playground({ now: TEST_NOW, buildDir: PROBE_BUILD, start: 'empty' });
    playground.act({ type: 'start', from: 'sample' });
    const state = stateOf(playground.state(''));
    expect(state.document.origin).toBe('tracker');
    expect(state.document.notes).toEqual([
      expect.stringMatching(
        /^The sample class could not be set up by this build of the add-on \(.+\), so the playground shows the teacher's tracker before the add-on\.$/,
      ),
    ]);
    // The half-made file is gone: the playground holds the tracker alone.
    expect([...playground.emulator.documents.keys()]).toEqual([state.document.id]);
  });
});

describe('uploads that are not trackers', () => {
  const playground = new Playground({ now: TEST_NOW, buildDir, start: 'empty' });
  const upload = (name: string, bytes: Uint8Array | string) =>
    serve(playground, {
      type: 'upload',
      name,
      data: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    });

  test.each([
    ['empty.csv', '', 'empty.csv is empty.'],
    [
      'scan.pdf',
      '%PDF-1.7 ...',
      'scan.pdf is a PDF document, not a spreadsheet. Upload the tracker as .csv or .xlsx.',
    ],
    [
      'photo.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]),
      'photo.png is a PNG image, not a spreadsheet. Upload the tracker as .csv or .xlsx.',
    ],
    [
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'old.xls is an old Excel 97-2003 (.xls) file. Open it in Sheets or Excel, save it as .xlsx or .csv, and upload that.',
    ],
    [
      'archive.zip',
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
      'archive.zip is a zip archive but not an .xlsx workbook. Upload the tracker as .xlsx or .csv.',
    ],
    [
      'tracker.xlsx',
      'Student,Lesson 1\nAva,TRUE\n',
      'tracker.xlsx is not a valid .xlsx file (it is not a zip archive, as .xlsx files are). Save it again from Sheets or Excel.',
    ],
    [
      'snapshot.json',
      '{}',
      'snapshot.json: upload a tracker as .csv or .xlsx, or use "Restore snapshot" for a saved .json snapshot.',
    ],
    [
      'binary.csv',
      new Uint8Array([65, 0, 66, 0]),
      'This file is not a CSV or XLSX spreadsheet (it holds binary data). Export the tracker as .csv or .xlsx and upload that.',
    ],
    [
      'note.csv',
      'just a note\n',
      'note.csv does not look like a tracker: it has 1 filled cell and no table. A tracker has a header row and a row (or column) per student.',
    ],
    [
      'list.csv',
      'Ava\nLiam\nSofía\n',
      'list.csv does not look like a tracker: it has 3 filled cells and no table. A tracker has a header row and a row (or column) per student.',
    ],
  ])('%s is refused with a message saying why', async (name, bytes, message) => {
    expect(failureOf(await upload(name, bytes))).toBe(message);
    expect(stateOf(playground.state('')).document.origin).toBe('empty');
  });

  test('a file over the limit is refused before it is read', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65);
    expect(failureOf(await upload('big.csv', big))).toBe(
      'big.csv is 5.0 MB: the playground takes trackers up to 5.0 MB.',
    );
  });

  test('a damaged .xlsx says it could not be read', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(60).fill(9)]);
    expect(failureOf(await upload('damaged.xlsx', damaged))).toMatch(
      /^damaged\.xlsx could not be read as an \.xlsx workbook \(it may be damaged or password-protected\): /,
    );
  });
});

describe('uploads and snapshots that work', () => {
  const playground = new Playground({ now: TEST_NOW, buildDir, start: 'empty' });

  test('a CSV tracker from older Excel (Windows-1252) is imported with a note saying so', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Student,5.NF.1,5.NF.2\nChlo'),
      0xe9, // é in Windows-1252
      ...new TextEncoder().encode(',TRUE,FALSE\n'),
    ]);
    const reply = await serve(playground, { type: 'upload', name: 'Room 12.csv', data: latin1 });
    expect(reply).toEqual({ ok: true, message: 'Imported Room 12.csv.' });
    const state = stateOf(playground.state(''));
    expect(state.document).toMatchObject({ name: 'Room 12', origin: 'upload' });
    expect(state.document.notes).toEqual([
      'The file is not UTF-8: it was read as Windows-1252, as older Excel writes CSV.',
    ]);
    expect(cellText(state, 1, 0)).toBe('Chloé');
    expect(cellText(state, 1, 1)).toBe('TRUE');
  });

  test('the XLSX download imports again; the snapshot download restores', async () => {
    playground.act({ type: 'start', from: 'tracker' });
    const xlsx = await playground.download('xlsx');
    expect(xlsx.name).toBe('Room 12 · Grade 5 Math · Unit 4 Fractions.xlsx');
    expect(
      await serve(playground, { type: 'upload', name: xlsx.name, data: xlsx.data }),
    ).toMatchObject({
      ok: true,
    });
    const imported = stateOf(playground.state(''));
    expect(imported.document.origin).toBe('upload');
    expect(cellText(imported, 4, 0)).toBe('Ava Martinez');
    expect(imported.sheet.cells.find((c) => c.row === 4 && c.column === 2)?.checkbox).toBe(true);

    const json = await playground.download('snapshot');
    playground.act({ type: 'start', from: 'empty' });
    expect(await serve(playground, { type: 'restore', name: json.name, data: json.data })).toEqual({
      ok: true,
      message: `Restored Room 12 · Grade 5 Math · Unit 4 Fractions from ${json.name}.`,
    });
    const restored = stateOf(playground.state(''));
    expect(restored.document.origin).toBe('snapshot');
    expect(restored.tabs.map((tab) => tab.name)).toEqual([
      'Tracker',
      'Lessons',
      'Unit 3 (archived)',
    ]);
    expect(cellText(restored, 3, 14)).toBe('8');
  });

  test.each([
    ['nothing.json', '', 'nothing.json is empty.'],
    [
      'notes.txt',
      'not json',
      'notes.txt is not a snapshot: it is not JSON. Use "Download snapshot" to make one, or upload a tracker as .csv or .xlsx.',
    ],
    [
      'other.json',
      '{"hello":"world"}',
      'other.json is JSON but not a playground snapshot (it has no "format": "mastery-tracker-emulator-snapshot").',
    ],
    [
      'hollow.json',
      '{"format":"mastery-tracker-emulator-snapshot","sheets":[]}',
      'hollow.json is a damaged snapshot: it has no sheets or no owner.',
    ],
    [
      'huge.json',
      '{"format":"mastery-tracker-emulator-snapshot","sharing":{"owner":"a@b.c"},"sheets":[{"rowCount":1e9,"columnCount":26}]}',
      "huge.json is a damaged snapshot: its sheets' sizes are missing or exceed Sheets' 10 million cells.",
    ],
  ])('restoring %s is refused with a message', async (name, text, message) => {
    const reply = await serve(playground, {
      type: 'restore',
      name,
      data: new TextEncoder().encode(text),
    });
    expect(failureOf(reply)).toBe(message);
  });

  test('a snapshot whose version is wrong is refused by the emulator, with its reason', async () => {
    const doc = playground.document;
    const snapshot = JSON.parse(
      new TextDecoder().decode((await playground.download('snapshot')).data),
    );
    snapshot.version = 99;
    const reply = await serve(playground, {
      type: 'restore',
      name: 'future.json',
      data: new TextEncoder().encode(JSON.stringify(snapshot)),
    });
    expect(failureOf(reply)).toBe(
      'future.json is a damaged snapshot: Not a version 1 emulator snapshot',
    );
    expect(playground.document).toBe(doc);
  });
});

describe('google.script.run arguments the page sends (docs: guides/html/reference/run)', () => {
  const playground = new Playground({ now: TEST_NOW, buildDir: PROBE_BUILD, start: 'empty' });
  const run = (args: unknown[]) =>
    playground.act({ type: 'run', seat: SAMPLE_TEACHER, name: 'echo', args: args as never }).run;

  test('numbers, strings, booleans, null, and objects and arrays of them go through', () => {
    expect(run([{ a: [1, null, 'x', true] }])).toEqual({ value: { a: [1, null, 'x', true] } });
  });

  test('a Date, a function, a DOM element or a circular object fails the call', () => {
    expect(run([{ when: { [WIRE_TAG]: 'date', iso: '2026-09-23T12:00:00.000Z' } }])).toEqual({
      error: 'A Date cannot be a parameter (at when): send an ISO string instead.',
    });
    expect(run([{ [WIRE_TAG]: 'function' }])).toEqual({
      error: 'A function cannot be a parameter.',
    });
    expect(run([[{ [WIRE_TAG]: 'dom' }]])).toEqual({
      error: 'A DOM element cannot be a parameter (at [0]).',
    });
    expect(run([{ [WIRE_TAG]: 'circular' }])).toEqual({
      error: 'A circular reference cannot be a parameter (at self).',
    });
  });

  test('decodeArgument gives back what the browser held', () => {
    expect(
      decodeArgument({ when: { [WIRE_TAG]: 'date', iso: '2026-01-02T00:00:00.000Z' } }),
    ).toEqual({
      when: new Date('2026-01-02T00:00:00.000Z'),
    });
  });

  test('private functions (ending in "_") are not offered to the page (docs: guides/html/communication)', () => {
    expect(playground.serverFunctions()).toContain('echo');
    expect(playground.serverFunctions()).not.toContain('secret_');
  });
});

describe('alerts and prompts answered by the person at the page (docs: reference/base/ui)', () => {
  const asked: Question[] = [];
  let answers: { button: 'YES' | 'NO' | 'OK' | 'CLOSE'; text?: string }[] = [];
  const playground = new Playground({
    now: TEST_NOW,
    buildDir: PROBE_BUILD,
    start: 'empty',
    ask: (question) => {
      asked.push(question);
      return answers.shift() ?? { button: 'CLOSE' };
    },
  });
  const a1 = () =>
    playground.emulator.spreadsheet(playground.document).getSheets()[0]!.getRange('A1:A2');

  beforeEach(() => {
    asked.length = 0;
    playground.state('');
  });

  test('the execution waits for the answer and carries on with it', () => {
    answers = [{ button: 'NO' }];
    playground.act({ type: 'menu', seat: SAMPLE_TEACHER, caption: 'Ask a question' });
    expect(asked).toEqual([
      {
        kind: 'alert',
        seat: SAMPLE_TEACHER,
        title: 'Confirm',
        prompt: 'Write the answer into A1?',
        buttons: ['YES', 'NO'],
      },
    ]);
    expect(a1().getValues()[0]).toEqual(['Answer: NO']);
    const state = stateOf(playground.state(''));
    expect(state.asked.at(-1)).toMatchObject({
      prompt: 'Write the answer into A1?',
      answer: { button: 'NO' },
    });
  });

  test('a prompt with one argument has an OK button and returns the text typed', () => {
    answers = [{ button: 'OK', text: 'Ms. Rivera' }];
    playground.act({ type: 'menu', seat: SAMPLE_TEACHER, caption: 'Ask for a name' });
    expect(asked[0]).toMatchObject({ kind: 'prompt', prompt: 'Your name?', buttons: ['OK'] });
    expect(a1().getValues()[1]).toEqual(['OK: Ms. Rivera']);
  });

  test('an answer scripted in advance (project.ui.answerNext) is used without asking', () => {
    playground.emulator.project.ui.answerNext(playground.document.model.id, SAMPLE_TEACHER, {
      button: 'YES',
    });
    playground.act({ type: 'menu', seat: SAMPLE_TEACHER, caption: 'Ask a question' });
    expect(asked).toEqual([]);
    expect(a1().getValues()[0]).toEqual(['Answer: YES']);
  });

  test("the emulator's own checks come first: no question from an auth mode that may not ask", () => {
    const result = playground.emulator.run('askQuestion', {
      as: SAMPLE_TEACHER,
      document: playground.document,
      authMode: 'NONE',
    });
    expect(result.error?.message).toBe(
      'You do not have permission to call Ui.alert (authorization mode NONE).',
    );
    expect(asked).toEqual([]);
  });
});

describe('links the page may open', () => {
  test.each([
    ['=HYPERLINK("https://video.example.org/a","Watch")', 'https://video.example.org/a'],
    ['=hyperlink( "https://x.example/?q=""1""" )', 'https://x.example/?q="1"'],
    ['=HYPERLINK(B2,"Watch")', undefined],
    ['=SUM(1)', undefined],
  ])('%s links to %s', (formula, target) => {
    expect(hyperlinkTarget(formula)).toBe(target);
  });

  test.each([
    ['https://example.org', 'https://example.org'],
    ['mailto:ava@school.example', 'mailto:ava@school.example'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
  ])('%s is opened as %s', (url, shown) => {
    expect(safeLink(url)).toBe(shown);
  });
});
