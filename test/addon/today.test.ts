// Today, the class at a glance: a class ticking over several days, then what the teacher's panel
// lists (who is behind and by how much, who has been quiet, the queue of mastery checks, buddies,
// small groups, where everyone is, feedback not seen yet), a tick made seconds ago, and opening a
// student's tab from the panel.
import type { TodayPanel } from '../../src/shared/sidebar-types';
import { Classroom, TEACHER } from '../support/classroom';

/** Lessons due Sep 16, 18, 20, 22, 24 (New York), each needing a mastery check. Now: Mon Sep 14. */
function classOfSix() {
  const r = new Classroom({ students: 6, lessons: 5, checkRequired: true });
  const result = r.setUp();
  if (!result.ok) throw new Error(result.message);
  return r;
}

describe('Today, after a few days of ticking', () => {
  const r = classOfSix();
  // Mon Sep 14: Dmitri and Ben tick lesson 1.
  r.tick(3, 1);
  r.tick(1, 1);
  // Wed Sep 16: Ava ticks lessons 1 and 2, Chloé and Farah lesson 1.
  r.emulator.clock.advanceDays(2);
  r.tick(0, 1);
  r.tick(0, 2);
  r.tick(2, 1);
  r.tick(5, 1);
  // Sat Sep 19: the teacher checks lesson 1 of Ben, Chloé and Farah: each needs a retake.
  r.emulator.clock.advanceDays(3);
  const overview = r.sidebar<{ students: { id: string }[]; lessons: { id: string }[] }>(
    'getClassOverview',
  );
  const sid = (i: number) => overview.students[i]!.id;
  const lid = (i: number) => overview.lessons[i]!.id;
  for (const [i, score] of [
    [1, 50],
    [2, 40],
    [5, 30],
  ] as const) {
    r.sidebar('recordCheck', [{ studentId: sid(i), lessonId: lid(0), kind: 'score', score }]);
  }
  const [AVA, BEN, CHLOE, DMITRI, ESPERANZA, FARAH] = [0, 1, 2, 3, 4, 5].map(sid);
  const today = () => r.sidebar<TodayPanel>('getToday', [{}]);

  test('today in the spreadsheet\u2019s zone, the lessons, the sync\u2019s health', () => {
    const panel = today();
    expect(panel.today).toBe('2026-09-19');
    expect(panel.lessons.map((l) => l.due)).toEqual([
      '2026-09-16',
      '2026-09-18',
      '2026-09-20',
      '2026-09-22',
      '2026-09-24',
    ]);
    expect(panel.status).toMatchObject({ hasClass: true, students: 6, triggerRunsHere: true });
    expect(Date.parse(panel.status.lastTriggerRunAt ?? '')).not.toBeNaN();
  });

  test('who is behind pace and by how much, most behind first', () => {
    // Two lessons are due by Sep 19; a lesson waiting for its check counts as complete, a retake not.
    expect(today().behind).toEqual([
      { studentId: BEN, by: 2 },
      { studentId: CHLOE, by: 2 },
      { studentId: ESPERANZA, by: 2 },
      { studentId: FARAH, by: 2 },
      { studentId: DMITRI, by: 1 },
    ]);
    const ava = today().students[0]!;
    expect(ava).toMatchObject({ complete: 2, expected: 2, behindBy: 0, lastTickOn: '2026-09-16' });
    expect(ava.onLessonId).toBe(lid(2));
    expect(today().students[4]!.overdueLessonIds).toEqual([lid(0), lid(1)]);
  });

  test('who has ticked nothing for 5 days (or the days asked for)', () => {
    expect(today().quiet).toEqual([
      { studentId: ESPERANZA, days: null },
      { studentId: BEN, days: 5 },
      { studentId: DMITRI, days: 5 },
    ]);
    const three = r.sidebar<TodayPanel>('getToday', [{ quietDays: 3 }]);
    expect(three.quietDays).toBe(3);
    expect(three.quiet.map((q) => q.studentId)).toEqual([
      ESPERANZA,
      BEN,
      DMITRI,
      AVA,
      CHLOE,
      FARAH,
    ]);
  });

  test('the mastery check queue, oldest tick first, whoever ticked it', () => {
    expect(today().checkQueue).toEqual([
      { studentId: DMITRI, lessonId: lid(0), tickedOn: '2026-09-14' },
      { studentId: AVA, lessonId: lid(0), tickedOn: '2026-09-16' },
      { studentId: AVA, lessonId: lid(1), tickedOn: '2026-09-16' },
    ]);
  });

  test('buddies on the same lesson, small groups, where everyone is', () => {
    const panel = today();
    expect(panel.buddies).toEqual([
      { lessonId: lid(0), studentIds: [BEN, CHLOE, ESPERANZA, FARAH] },
    ]);
    expect(panel.groups).toEqual([
      { lessonId: lid(0), reason: 'retake', studentIds: [BEN, CHLOE, FARAH] },
      { lessonId: lid(1), reason: 'overdue', studentIds: [BEN, CHLOE, DMITRI, ESPERANZA, FARAH] },
    ]);
    expect(panel.chart).toEqual({
      lessons: [
        { lessonId: lid(0), onIt: 4, complete: 2 },
        { lessonId: lid(1), onIt: 1, complete: 1 },
        { lessonId: lid(2), onIt: 1, complete: 0 },
        { lessonId: lid(3), onIt: 0, complete: 0 },
        { lessonId: lid(4), onIt: 0, complete: 0 },
      ],
      finished: 0,
    });
  });

  test('feedback not seen yet, dated from its text, leaves the list once the student ticks Seen', () => {
    expect(today().unseenFeedback).toEqual([]);
    const written = r.emulator.type(
      r.doc,
      TEACHER,
      "'Ava Student1'!I5",
      '2026-09-17 Check your common denominators',
    );
    expect(written.applied).toBe(true);
    r.emulator.type(r.doc, TEACHER, "'Ben Student2'!I6", 'See me about this one');
    r.emulator.type(r.doc, TEACHER, "'Chloé Student3'!I5", '2026-09-15 Good diagram');
    expect(today().unseenFeedback).toEqual([
      { studentId: CHLOE, lessonId: lid(0), on: '2026-09-15' },
      { studentId: AVA, lessonId: lid(0), on: '2026-09-17' },
      { studentId: BEN, lessonId: lid(1), on: null },
    ]);
    // Feedback typed straight into the cell gets an unticked Seen box beside it from the class's
    // trigger, as a save from the sidebar does; the student ticks it.
    expect(r.cell('Ava Student1', 'H5')).toBe('FALSE');
    expect(
      r.sheet('Ava Student1').getRange('H5').getDataValidation()?.getCriteriaType()?.toString(),
    ).toBe('CHECKBOX');
    expect(r.emulator.setCheckbox(r.doc, r.students[0]!, "'Ava Student1'!H5", true).applied).toBe(
      true,
    );
    expect(today().unseenFeedback.map((f) => f.studentId)).toEqual([CHLOE, BEN]);
    // A Seen cell that already holds something is left as it is.
    r.emulator.type(r.doc, r.students[2]!, "'Chloé Student3'!H6", 'ok');
    r.emulator.type(r.doc, TEACHER, "'Chloé Student3'!I6", '2026-09-16 Nice');
    expect(r.cell('Chloé Student3', 'H6')).toBe('ok');
  });

  test('a tick made seconds ago shows at once', () => {
    r.tick(4, 1);
    const panel = today();
    expect(panel.quiet.map((q) => q.studentId)).not.toContain(ESPERANZA);
    expect(panel.checkQueue[panel.checkQueue.length - 1]).toEqual({
      studentId: ESPERANZA,
      lessonId: lid(0),
      tickedOn: '2026-09-19',
    });
    expect(panel.students[4]).toMatchObject({ complete: 1, behindBy: 1, lastTickOn: '2026-09-19' });
  });

  test('a student calling gets the teacher refusal and no data', () => {
    for (const name of ['getToday', 'openStudentTab']) {
      const call = r.emulator.callFromSidebar(r.doc, r.students[0]!, name, [{ studentId: BEN }]);
      expect(call.value).toBeUndefined();
      expect(call.error?.message).toMatch(/for the teachers of this class/);
    }
  });

  test('a bad request is refused with what to send', () => {
    const call = r.emulator.callFromSidebar(r.doc, TEACHER, 'getToday', [{ quietDays: -2 }]);
    expect(call.error?.message).toMatch(/whole number of days from 1 to 365/);
  });
});

describe('opening a student\u2019s tab from Today', () => {
  const r = classOfSix();
  const overview = r.sidebar<{
    students: { id: string; sheetId: number }[];
    lessons: { id: string }[];
  }>('getClassOverview');
  const chloe = overview.students[2]!;

  test('a student: their tab becomes the teacher\u2019s active tab', () => {
    r.sidebar('openStudentTab', [{ studentId: chloe.id }]);
    expect(r.doc.selections.get(TEACHER)?.sheetId).toBe(chloe.sheetId);
  });

  test('a student\u2019s lesson: the lesson\u2019s Done cell is selected', () => {
    r.sidebar('openStudentTab', [{ studentId: chloe.id, lessonId: overview.lessons[3]!.id }]);
    const selection = r.doc.selections.get(TEACHER);
    expect(selection?.sheetId).toBe(chloe.sheetId);
    expect(selection?.rect).toMatchObject({ row: 7, column: 5 }); // F8, 0-based
  });

  test('a tab the teacher hid by hand is shown again', () => {
    r.emulator.runAs(r.doc, TEACHER, (g) => {
      const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      app.getActiveSpreadsheet().getSheetByName('Chloé Student3')!.hideSheet();
    });
    r.sidebar('openStudentTab', [{ studentId: chloe.id }]);
    expect(r.doc.model.sheets.find((s) => s.id === chloe.sheetId)?.hidden).toBe(false);
    expect(r.doc.selections.get(TEACHER)?.sheetId).toBe(chloe.sheetId);
  });

  test('an unknown student or lesson is refused with what to do', () => {
    const unknown = r.emulator.callFromSidebar(r.doc, TEACHER, 'openStudentTab', [
      { studentId: 'nobody' },
    ]);
    expect(unknown.error?.message).toMatch(/not in this class any more/);
    const lesson = r.emulator.callFromSidebar(r.doc, TEACHER, 'openStudentTab', [
      { studentId: chloe.id, lessonId: 'l999' },
    ]);
    expect(lesson.error?.message).toMatch(/not in this unit any more/);
  });
});

describe('a student\u2019s tab deleted by hand', () => {
  test('Today lists the others and says how to get the tab back', () => {
    const r = classOfSix();
    r.tick(0, 1);
    r.emulator.runAs(r.doc, TEACHER, (g) => {
      const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const ss = app.getActiveSpreadsheet();
      ss.deleteSheet(ss.getSheetByName('Ben Student2')!);
    });
    const panel = r.sidebar<TodayPanel>('getToday');
    expect(panel.students.map((s) => s.name)).not.toContain('Ben Student2');
    expect(panel.students).toHaveLength(5);
    expect(panel.status.repairs).toContain(
      'Ben Student2\u2019s tab is missing: choose Sync class to make a new one.',
    );
  });
});

describe('feedback saved from the sidebar, in Today', () => {
  test('listed with its day until the student ticks Seen', () => {
    const r = classOfSix();
    r.emulator.clock.advanceDays(2); // Wed Sep 16
    const overview = r.sidebar<{ students: { id: string }[]; lessons: { id: string }[] }>(
      'getClassOverview',
    );
    const ben = overview.students[1]!.id;
    const lesson = overview.lessons[0]!.id;
    r.sidebar('saveFeedback', [
      {
        studentId: ben,
        lessonId: lesson,
        comment: 'Show your steps',
        link: 'https://vocaroo.com/x',
      },
    ]);
    expect(r.sidebar<TodayPanel>('getToday').unseenFeedback).toEqual([
      { studentId: ben, lessonId: lesson, on: '2026-09-16' },
    ]);
    expect(r.emulator.setCheckbox(r.doc, r.students[1]!, "'Ben Student2'!H5", true).applied).toBe(
      true,
    );
    expect(r.sidebar<TodayPanel>('getToday').unseenFeedback).toEqual([]);
  });
});
