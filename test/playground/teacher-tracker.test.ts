/**
 * The teacher's own 5th-grade fractions tracker, before the add-on (the playground's "A teacher's
 * tracker" start, and where the sample class begins), with dates relative to the emulator's today
 * in the spreadsheet's time zone.
 */

import path from 'node:path';

import { Emulator } from '../../dev/emulator';
import { PROTECTED_CELL_MESSAGE } from '../../dev/emulator/runtime/errors';
import { calendarDayIn } from '../../dev/playground/sample/calendar';
import {
  ARCHIVE_SHEET,
  createSampleTracker,
  LESSONS_SHEET,
  sampleDueDates,
  sampleTicks,
  TRACKER_SHEET,
} from '../../dev/playground/sample/teacher-tracker';
import {
  SAMPLE_LESSONS,
  SAMPLE_ROSTER,
  SAMPLE_TEACHER,
  SAMPLE_TIME_ZONE,
} from '../../dev/playground/sample/unit';

const buildDir = path.resolve(__dirname, '../fixtures/bundles/edit-log');
/** Wednesday 23 September 2026, 08:00 in New York. */
const WEDNESDAY = '2026-09-23T12:00:00Z';

function sample(now = WEDNESDAY) {
  const emulator = new Emulator({ now, buildDir });
  const doc = createSampleTracker(emulator);
  const ss = emulator.spreadsheet(doc);
  return { emulator, doc, ss, tracker: ss.getSheetByName(TRACKER_SHEET)! };
}

const dayNumber = (day: { year: number; month: number; day: number }) =>
  Date.UTC(day.year, day.month - 1, day.day) / 86_400_000;

describe("the teacher's tracker", () => {
  test('is a class of 25 students with school addresses, and 12 grade 5 standards', () => {
    expect(SAMPLE_ROSTER).toHaveLength(25);
    expect(new Set(SAMPLE_ROSTER.map((s) => s.email)).size).toBe(25);
    for (const student of SAMPLE_ROSTER) {
      expect(student.name).toMatch(/^\S+ \S+/);
      expect(student.email).toMatch(/^[a-z]+\.[a-z-]+@school\.example$/);
    }
    expect(SAMPLE_ROSTER.find((s) => s.name === "Aiden O'Brien")?.email).toBe(
      'aiden.obrien@school.example',
    );
    expect(SAMPLE_ROSTER.find((s) => s.name === 'Hana Yılmaz')?.email).toBe(
      'hana.yilmaz@school.example',
    );
    expect(SAMPLE_LESSONS).toHaveLength(12);
    expect(new Set(SAMPLE_LESSONS.map((l) => l.code)).size).toBe(12);
    // Common Core codes for grade 5: domain, cluster, standard (and part).
    for (const lesson of SAMPLE_LESSONS)
      expect(lesson.code).toMatch(/^5\.(NF|MD)\.[AB]\.\d[abc]?$/);
    for (const lesson of SAMPLE_LESSONS) expect(lesson.video).toMatch(/^https:\/\//);
  });

  test('spreads its due dates over four school weeks, today in the third', () => {
    for (const now of ['2026-09-21T12:00:00Z', WEDNESDAY, '2026-09-25T12:00:00Z']) {
      const today = calendarDayIn(new Date(now), SAMPLE_TIME_ZONE);
      const due = sampleDueDates(today).map(dayNumber);
      expect(due).toHaveLength(12);
      for (const [index, day] of due.entries()) {
        expect([0, 6]).not.toContain(new Date(day * 86_400_000).getUTCDay());
        if (index > 0) expect(day).toBeGreaterThan(due[index - 1]!);
      }
      expect(due[11]! - due[0]!).toBeGreaterThanOrEqual(21);
      expect(due[11]! - due[0]!).toBeLessThanOrEqual(27);
      const dueSoFar = due.filter((day) => day <= dayNumber(today)).length;
      expect(dueSoFar).toBeGreaterThanOrEqual(5);
      expect(dueSoFar).toBeLessThanOrEqual(9);
    }
  });

  test("takes today in the spreadsheet's zone, not the machine's", () => {
    // 22:30 on Wednesday in New York is already Thursday in UTC and in Tokyo.
    const lateWednesday = calendarDayIn(new Date('2026-09-24T02:30:00Z'), SAMPLE_TIME_ZONE);
    expect(lateWednesday).toEqual({ year: 2026, month: 9, day: 23 });
    const { tracker } = sample('2026-09-24T02:30:00Z');
    expect(tracker.getRange('C4').getDisplayValue()).toBe('Tue 9/8');
    expect(tracker.getRange('O4').getValue()).toBe(8);
  });

  test('has progress near the pace: some ahead, some behind, the same every time', () => {
    const today = calendarDayIn(new Date(WEDNESDAY), SAMPLE_TIME_ZONE);
    const due = sampleDueDates(today);
    const ticks = sampleTicks(due, today);
    expect(sampleTicks(due, today)).toEqual(ticks);
    const done = ticks.map((row) => row.filter(Boolean).length);
    expect(Math.min(...done)).toBeLessThan(8);
    expect(Math.max(...done)).toBeGreaterThan(8);
  });

  test('is laid out as a teacher keeps it: frozen headers, hidden e-mails, links, notes, checkboxes', () => {
    const { doc, ss, tracker } = sample();
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual([
      TRACKER_SHEET,
      LESSONS_SHEET,
      ARCHIVE_SHEET,
    ]);
    expect(ss.getSheetByName(ARCHIVE_SHEET)!.isSheetHidden()).toBe(true);
    expect(tracker.getFrozenRows()).toBe(4);
    expect(tracker.getFrozenColumns()).toBe(1);
    expect(tracker.isColumnHiddenByUser(2)).toBe(true);
    expect(tracker.getRange('A5:A29').getValues().flat()).toEqual(SAMPLE_ROSTER.map((s) => s.name));
    expect(tracker.getRange('C3').getRichTextValue()!.getLinkUrl()).toBe(SAMPLE_LESSONS[0]!.video);
    expect(tracker.getRange('C3').getNote()).toBe(SAMPLE_LESSONS[0]!.title);
    const boxes = tracker.getRange('C5:N29').getDataValidations().flat();
    expect(boxes.every((rule) => String(rule?.getCriteriaType()) === 'CHECKBOX')).toBe(true);
    const notes = tracker.getRange('C5:N29').getNotes().flat().filter(Boolean);
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(note).toMatch(/^\d{1,2}\/\d{1,2}: .+ \(Ms\. Rivera\)$/);
    expect(ss.getSheetByName(LESSONS_SHEET)!.getRange('D2').getDisplayValue()).toBe('Watch');
    expect(doc.model.sharing.owner).toBe(SAMPLE_TEACHER);
    expect(doc.model.sharing.editors).toEqual(
      expect.arrayContaining(SAMPLE_ROSTER.map((s) => s.email)),
    );
  });

  test('lets students tick boxes and nothing else; the teacher may edit anything', () => {
    const { emulator, doc, tracker } = sample();
    const ava = SAMPLE_ROSTER[0]!.email;
    const refused = emulator.type(doc, ava, `'${TRACKER_SHEET}'!A5`, 'Ava M.');
    expect(refused.applied).toBe(false);
    expect(refused.refusal).toBe(PROTECTED_CELL_MESSAGE);
    expect(emulator.type(doc, ava, `'${LESSONS_SHEET}'!E2`, '10/1/2026').refusal).toBe(
      PROTECTED_CELL_MESSAGE,
    );
    expect(emulator.setCheckbox(doc, ava, `'${TRACKER_SHEET}'!K5`, true).applied).toBe(true);
    expect(tracker.getRange('K5').getValue()).toBe(true);
    expect(emulator.type(doc, SAMPLE_TEACHER, `'${TRACKER_SHEET}'!A5`, 'Ava M.').applied).toBe(
      true,
    );
  });

  test("as it stood on the unit's first morning: the same lessons and dates, nothing ticked, no notes", () => {
    const emulator = new Emulator({ now: '2026-09-08T11:30:00Z', buildDir });
    const unitToday = calendarDayIn(new Date(WEDNESDAY), SAMPLE_TIME_ZONE);
    const doc = createSampleTracker(emulator, { unitToday, progress: false });
    const tracker = emulator.spreadsheet(doc).getSheetByName(TRACKER_SHEET)!;
    expect(tracker.getRange('C4').getDisplayValue()).toBe('Tue 9/8');
    expect(tracker.getRange('N4').getDisplayValue()).toBe('Fri 10/2');
    expect(
      tracker
        .getRange('C5:N29')
        .getValues()
        .flat()
        .every((v) => v === false),
    ).toBe(true);
    expect(
      tracker
        .getRange('C5:N29')
        .getNotes()
        .flat()
        .every((n) => n === ''),
    ).toBe(true);
  });

  test('moves with the clock: lessons due so far and days left follow TODAY()', () => {
    const { emulator, ss, tracker } = sample();
    const lessons = ss.getSheetByName(LESSONS_SHEET)!;
    expect(tracker.getRange('O4').getValue()).toBe(8);
    expect(lessons.getRange('F11:G11').getDisplayValues()[0]).toEqual(['6', 'Upcoming']);
    emulator.clock.advanceDays(7);
    expect(tracker.getRange('O4').getValue()).toBe(11);
    expect(lessons.getRange('F11:G11').getDisplayValues()[0]).toEqual(['-1', 'Past due']);
  });
});
