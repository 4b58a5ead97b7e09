/**
 * The Apps Script runtime around the add-on's bundle, each behaviour with its source:
 * - Dates read the script project's time zone (appsscript.json `timeZone`), whatever zone the
 *   machine running the tests is in: developers.google.com/apps-script/reference/base/session#
 *   getScriptTimeZone() and the live logs in milan-rajic.com "Date and Time - 1/6 - It can be
 *   tricky" (a project in Los Angeles logs `new Date("02/26/2023")` as "Sun Feb 26 2023 00:00:00
 *   GMT-0800 (Pacific Standard Time)"; "yyyy-MM-dd" alone parses as UTC; "2023-02-26 00:00:00" in
 *   the project's zone).
 * - The edit event object: guides/triggers/events, and tanaikech's "Benchmark: Event Objects for
 *   Google Apps Script", whose JSON.stringify(e) of a live onEdit shows the range as
 *   {"columnStart":1,"rowStart":1,"rowEnd":1,"columnEnd":1}. Where an editor add-on's simple
 *   triggers run: workspace/add-ons/concepts/editor-auth-lifecycle, reference/script/auth-mode.
 *   SpreadsheetApp.getUi(): reference/spreadsheet/spreadsheet-app#getUi (only for a script bound
 *   to the open spreadsheet; the live error text is "Cannot call SpreadsheetApp.getUi() from this
 *   context.").
 * - A class ticking at once: every student's tick runs the teacher's installable edit trigger as
 *   the teacher, so the runs overlap and count against one account. guides/services/quotas (30
 *   simultaneous executions per user; triggers total runtime 90 min/day consumer, 6 h/day
 *   Workspace; the exception messages "There are too many scripts running simultaneously for this
 *   Google user account." and "Service using too much computer time for one day."),
 *   reference/lock/lock (tryLock returns false when the lock is not had within the timeout),
 *   guides/triggers (onEdit queues up to 2 events).
 */

import { Emulator, type SpreadsheetDocument } from '../../dev/emulator';
import { fixtureBuild } from '../support/fixture-build';

// ---- Dates in the bundle ---------------------------------------------------------------------

const DATES_CODE = `
function describeDates() {
  var now = new Date();
  var cell = SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
  return {
    now: String(now),
    hours: now.getHours(),
    day: now.getDate(),
    offset: now.getTimezoneOffset(),
    built: new Date(2026, 8, 14, 9, 30).toISOString(),
    us: String(new Date('02/26/2023')),
    isoDay: new Date('2023-02-26').toISOString(),
    spaced: new Date('2023-02-26 00:00:00').toISOString(),
    parsed: Date.parse('2023-02-26 00:00:00'),
    called: Date(),
    cellIsDate: cell instanceof Date,
    cellHours: cell.getHours(),
    cellDay: cell.getDate(),
    scriptZone: Session.getScriptTimeZone(),
  };
}
`;

function describeIn(timeZone: string): Record<string, unknown> {
  const emulator = new Emulator({
    buildDir: fixtureBuild(DATES_CODE, { timeZone }),
    now: '2026-09-14T08:00:00Z',
  });
  const doc = emulator.createSpreadsheet({ owner: 'teacher@example.com', timeZone: 'Asia/Tokyo' });
  // Midnight on 14 September in the spreadsheet's zone (Tokyo): 2026-09-13T15:00:00Z.
  emulator.spreadsheet(doc).getSheets()[0]!.getRange('A1').setValue('9/14/2026');
  return emulator.call('describeDates', { as: 'teacher@example.com', document: doc });
}

describe('the bundle reads dates in the manifest time zone', () => {
  test.each([
    [
      'America/Los_Angeles',
      {
        now: 'Mon Sep 14 2026 01:00:00 GMT-0700 (Pacific Daylight Time)',
        hours: 1,
        day: 14,
        offset: 420,
        built: '2026-09-14T16:30:00.000Z',
        us: 'Sun Feb 26 2023 00:00:00 GMT-0800 (Pacific Standard Time)',
        isoDay: '2023-02-26T00:00:00.000Z',
        spaced: '2023-02-26T08:00:00.000Z',
        parsed: Date.UTC(2023, 1, 26, 8),
        called: 'Mon Sep 14 2026 01:00:00 GMT-0700 (Pacific Daylight Time)',
        cellIsDate: true,
        cellHours: 8,
        cellDay: 13,
        scriptZone: 'America/Los_Angeles',
      },
    ],
    [
      'Asia/Tokyo',
      {
        now: 'Mon Sep 14 2026 17:00:00 GMT+0900 (Japan Standard Time)',
        hours: 17,
        day: 14,
        offset: -540,
        built: '2026-09-14T00:30:00.000Z',
        us: 'Sun Feb 26 2023 00:00:00 GMT+0900 (Japan Standard Time)',
        isoDay: '2023-02-26T00:00:00.000Z',
        spaced: '2023-02-25T15:00:00.000Z',
        parsed: Date.UTC(2023, 1, 25, 15),
        called: 'Mon Sep 14 2026 17:00:00 GMT+0900 (Japan Standard Time)',
        cellIsDate: true,
        cellHours: 0,
        cellDay: 14,
        scriptZone: 'Asia/Tokyo',
      },
    ],
    [
      'Europe/Paris',
      {
        now: 'Mon Sep 14 2026 10:00:00 GMT+0200 (Central European Summer Time)',
        hours: 10,
        day: 14,
        offset: -120,
        built: '2026-09-14T07:30:00.000Z',
        us: 'Sun Feb 26 2023 00:00:00 GMT+0100 (Central European Standard Time)',
        isoDay: '2023-02-26T00:00:00.000Z',
        spaced: '2023-02-25T23:00:00.000Z',
        parsed: Date.UTC(2023, 1, 25, 23),
        called: 'Mon Sep 14 2026 10:00:00 GMT+0200 (Central European Summer Time)',
        cellIsDate: true,
        cellHours: 17,
        cellDay: 13,
        scriptZone: 'Europe/Paris',
      },
    ],
  ])('a project in %s', (timeZone, expected) => {
    expect(describeIn(timeZone)).toEqual(expected);
  });

  test('the machine running the tests does not matter: the same answers under any TZ', () => {
    const original = process.env.TZ;
    const answers: Record<string, unknown>[] = [];
    try {
      for (const hostZone of ['UTC', 'Asia/Kolkata', 'America/Sao_Paulo']) {
        process.env.TZ = hostZone;
        answers.push(describeIn('America/Los_Angeles'));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

// ---- Edit events and where triggers run ------------------------------------------------------

const TEACHER = 'teacher@example.com';
const STUDENT = 'ava@example.com';

const EVENTS_CODE = `
function onInstall(e) {}

function onEdit(e) {
  e.source.getSheetByName('Log').appendRow([
    JSON.stringify(e.range),
    'value' in e ? typeof e.value + ':' + e.value : '(absent)',
    'oldValue' in e ? typeof e.oldValue + ':' + e.oldValue : '(absent)',
  ]);
}
`;

function setUp(enabled = true) {
  const emulator = new Emulator({ buildDir: fixtureBuild(EVENTS_CODE) });
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
  test('tanaikech (live JSON of e): e.range carries 1-based columnStart, rowStart, rowEnd, columnEnd', () => {
    const { emulator, doc, log } = setUp();
    emulator.type(doc, STUDENT, 'B3', 'hello');
    emulator.paste(doc, STUDENT, 'C2', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(log().map((row) => row[0])).toEqual([
      '{"columnStart":2,"rowStart":3,"rowEnd":3,"columnEnd":2}',
      '{"columnStart":3,"rowStart":2,"rowEnd":3,"columnEnd":4}',
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

// ---- Executions at the same time, and the daily quota -----------------------------------------

const TICKS_CODE = `
function onInstall(e) {}

function watchTicks() {
  ScriptApp.newTrigger('syncTick').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}

// The add-on's pattern: take the document lock, re-read, write, flush, release.
function syncTick(e) {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(5000)) return 'busy';
  try {
    e.range.getSheet().getRange(1, 1, 40, 2).getValues();
    e.source.getSheetByName('Wall').appendRow([e.range.getA1Notation()]);
    Utilities.sleep(1000);
    SpreadsheetApp.flush();
    return 'synced';
  } finally {
    lock.releaseLock();
  }
}

function longTick(e) {
  Utilities.sleep(290000);
}

function watchLong() {
  ScriptApp.newTrigger('longTick').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}
`;

const TOO_MANY = 'There are too many scripts running simultaneously for this Google user account.';
const DAILY = 'Service using too much computer time for one day.';

function classOf(size: number, teacher = 'teacher@school.example') {
  const students = Array.from({ length: size }, (_, i) => `student${i + 1}@school.example`);
  const emulator = new Emulator({ buildDir: fixtureBuild(TICKS_CODE) });
  const doc: SpreadsheetDocument = emulator.createSpreadsheet({
    owner: teacher,
    editors: students,
    sheetNames: ['Ticks', 'Wall'],
  });
  emulator.spreadsheet(doc).getSheetByName('Ticks')!.getRange(1, 2, size, 1).insertCheckboxes();
  emulator.install(doc, teacher);
  return { emulator, doc, students, teacher };
}

function tickAll(
  emulator: Emulator,
  doc: SpreadsheetDocument,
  students: string[],
  arrivalGapMs = 0,
) {
  return emulator.concurrently(
    () =>
      students.forEach((student, i) => emulator.setCheckbox(doc, student, `Ticks!B${i + 1}`, true)),
    { arrivalGapMs },
  );
}

describe('a class ticking at the same moment', () => {
  test('quotas page: the 31st simultaneous execution of the teacher fails to start; its event is gone', () => {
    const { emulator, doc, students, teacher } = classOf(33);
    expect(emulator.run('watchTicks', { as: teacher, document: doc }).error).toBeUndefined();
    const outcome = tickAll(emulator, doc, students);
    const runs = outcome.events.map((event) => event.runs[0]!);
    expect(runs.filter((run) => run.started)).toHaveLength(30);
    expect(outcome.failedToStart).toBe(3);
    expect(runs.slice(30).map((run) => [run.started, run.error?.message])).toEqual(
      Array.from({ length: 3 }, () => [false, TOO_MANY]),
    );
    // Every tick is in the sheet; only the trigger runs were lost.
    const ticks = emulator.spreadsheet(doc).getSheetByName('Ticks')!.getRange('B1:B33').getValues();
    expect(ticks.flat().every((tick) => tick === true)).toBe(true);
  });

  test('reference/lock/lock: overlapping runs wait for the document lock and give up after the timeout', () => {
    const { emulator, doc, students, teacher } = classOf(12);
    emulator.run('watchTicks', { as: teacher, document: doc });
    const outcome = tickAll(emulator, doc, students);
    const values = outcome.triggers.map((run) => run.value);
    const synced = values.filter((value) => value === 'synced').length;
    // Each run holds the lock a little over a second, so about five fit in a 5-second wait.
    expect(synced).toBeGreaterThanOrEqual(4);
    expect(synced).toBeLessThanOrEqual(6);
    expect(values.filter((value) => value === 'busy')).toHaveLength(12 - synced);
    const wall = emulator.spreadsheet(doc).getSheetByName('Wall')!;
    expect(wall.getLastRow()).toBe(synced);
    // A run that gave up waited its whole timeout, in modeled time.
    const busy = outcome.triggers.find((run) => run.value === 'busy')!;
    expect(busy.modeledMs).toBeGreaterThanOrEqual(5000);
  });

  test('ticks two seconds apart do not overlap: every run starts and gets the lock', () => {
    const { emulator, doc, students, teacher } = classOf(12);
    emulator.run('watchTicks', { as: teacher, document: doc });
    const outcome = tickAll(emulator, doc, students, 2000);
    expect(outcome.failedToStart).toBe(0);
    expect(outcome.triggers.every((run) => run.value === 'synced')).toBe(true);
    expect(outcome.events.map((event) => event.startedAtMs)).toEqual(
      students.map((_, i) => i * 2000),
    );
  });

  test('guides/triggers: one student clicking fast queues at most 2 events behind the running one', () => {
    const { emulator, doc, teacher } = classOf(3);
    emulator.editQueueLimit = 2;
    emulator.run('watchTicks', { as: teacher, document: doc });
    const student = 'student1@school.example';
    const outcome = emulator.concurrently(() => {
      for (let i = 0; i < 5; i++) emulator.setCheckbox(doc, student, 'Ticks!B1', i % 2 === 0);
    });
    expect(outcome.events.map((event) => event.dropped)).toEqual([false, false, false, true, true]);
    expect(outcome.droppedEvents).toBe(2);
  });
});

describe('the daily trigger runtime quota', () => {
  test('quotas page: 90 min a day on a consumer account; the next trigger run fails to start', () => {
    const { emulator, doc, students, teacher } = classOf(1, 'teacher@gmail.com');
    emulator.run('watchLong', { as: teacher, document: doc });
    const tick = () => emulator.setCheckbox(doc, students[0]!, 'Ticks!B1', true).triggers[0]!;
    for (let run = 0; run < 18; run++) expect(tick().started).toBe(true);
    expect(emulator.ledger.triggerRuntimeQuota(teacher)).toMatchObject({
      account: 'consumer',
      limitMs: 90 * 60 * 1000,
      exceeded: false,
    });
    expect(tick().started).toBe(true); // 87 min used: this one may still start
    const refused = tick();
    expect([refused.started, refused.error?.message]).toEqual([false, DAILY]);
    expect(emulator.ledger.triggerRuntimeMs(teacher)).toBeGreaterThanOrEqual(19 * 290_000);
    emulator.clock.advanceDays(1);
    expect(tick().started).toBe(true);
    expect(emulator.ledger.triggerRuntimeMs(teacher)).toBeLessThan(300_000);
  });

  test('quotas page: 6 h a day on a Workspace account; menu runs do not count as trigger runtime', () => {
    const { emulator, doc, students, teacher } = classOf(1);
    emulator.run('watchLong', { as: teacher, document: doc });
    for (let run = 0; run < 20; run++) {
      expect(emulator.setCheckbox(doc, students[0]!, 'Ticks!B1', true).triggers[0]!.started).toBe(
        true,
      );
    }
    const quota = emulator.ledger.triggerRuntimeQuota(teacher);
    expect(quota).toMatchObject({ account: 'workspace', limitMs: 6 * 60 * 60 * 1000 });
    expect(quota.exceeded).toBe(false);
    const menuRuns = emulator.ledger.executions.filter(
      (record) => record.kind !== 'installable-trigger',
    );
    expect(menuRuns.length).toBeGreaterThan(0);
    expect(quota.usedMs).toBe(
      emulator.ledger.executions
        .filter((record) => record.kind === 'installable-trigger')
        .reduce((total, record) => total + record.modeledMs, 0),
    );
  });
});
