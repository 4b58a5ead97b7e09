/**
 * A class ticking at once: every student's tick runs the teacher's installable edit trigger as the
 * teacher, so the runs overlap and count against one account. Sources:
 * developers.google.com/apps-script/guides/services/quotas (30 simultaneous executions per user;
 * triggers total runtime 90 min/day consumer, 6 h/day Workspace; the exception messages "There are
 * too many scripts running simultaneously for this Google user account." and "Service using too
 * much computer time for one day."), reference/lock/lock (tryLock returns false when the lock is
 * not had within the timeout; waitLock throws), guides/triggers (onEdit queues up to 2 events).
 */

import { Emulator, type SpreadsheetDocument } from '../../dev/emulator';
import { fixtureBuild } from '../support/fixture-build';

const CODE = `
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
  const emulator = new Emulator({ buildDir: fixtureBuild(CODE) });
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

describe('a class of 40 ticking at the same moment', () => {
  test('quotas page: the 31st simultaneous execution of the teacher fails to start; its event is gone', () => {
    const { emulator, doc, students, teacher } = classOf(40);
    expect(emulator.run('watchTicks', { as: teacher, document: doc }).error).toBeUndefined();
    const outcome = tickAll(emulator, doc, students);
    const runs = outcome.events.map((event) => event.runs[0]!);
    expect(runs.filter((run) => run.started)).toHaveLength(30);
    expect(outcome.failedToStart).toBe(10);
    expect(runs.slice(30).map((run) => [run.started, run.error?.message])).toEqual(
      Array.from({ length: 10 }, () => [false, TOO_MANY]),
    );
    // Every tick is in the sheet; only the trigger runs were lost.
    const ticks = emulator.spreadsheet(doc).getSheetByName('Ticks')!.getRange('B1:B40').getValues();
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

  test('the same ticks two seconds apart do not overlap: every run starts and gets the lock', () => {
    const { emulator, doc, students, teacher } = classOf(40);
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
