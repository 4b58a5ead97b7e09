/**
 * The playground's sample class as a teacher finds it: a 5th-grade fractions unit set up by the
 * add-on from the teacher's tracker and run for two weeks on the emulator's clock (students ticking
 * in their tabs, the teacher checking quizzes), read back as the teacher sees it today: student
 * tabs, the wall with icons spread over the lessons, Done, Mastered, waiting, a retake, tested out,
 * and overdue by today's date.
 */

import path from 'node:path';

import { Emulator } from '../../dev/emulator';
import { calendarDayIn, compareDays, unitStart } from '../../dev/playground/sample/calendar';
import { createSampleClass, SAMPLE_UNIT } from '../../dev/playground/sample/class-run';
import {
  CHECK_LESSONS,
  OWN_ICONS,
  PRE_TEST_STUDENTS,
  QUIET_STUDENTS,
  RETAKE_STUDENTS,
  sampleHistory,
  type SampleEvent,
} from '../../dev/playground/sample/history';
import { SAMPLE_LESSONS, SAMPLE_ROSTER, SAMPLE_TIME_ZONE } from '../../dev/playground/sample/unit';
import { ensureAddonBuild, TEST_NOW } from '../support/playground';

const buildDir = path.resolve(__dirname, '../../build');
ensureAddonBuild();

const TODAY = calendarDayIn(new Date(TEST_NOW), SAMPLE_TIME_ZONE); // Wednesday 23 September 2026
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** How the tabs show a date: "Sep 14". */
const shortDay = (instant: Date) => {
  const day = calendarDayIn(instant, SAMPLE_TIME_ZONE);
  return `${MONTHS[day.month - 1]} ${day.day}`;
};
const dayOfYear = (text: string) => {
  const [month, day] = text.split(' ');
  return Date.UTC(2026, MONTHS.indexOf(month!), Number(day)) / 86_400_000;
};
const todayNumber = Date.UTC(TODAY.year, TODAY.month - 1, TODAY.day) / 86_400_000;

describe("the sample class's weeks, as planned", () => {
  test('are the same every time, happen before today, in order, after the morning it was set up', () => {
    const history = sampleHistory(TODAY);
    expect(sampleHistory(TODAY)).toEqual(history);
    const times = history.events.map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThan(history.setUpAt.getTime());
    for (const event of history.events) {
      expect(compareDays(calendarDayIn(event.at, SAMPLE_TIME_ZONE), TODAY)).toBeLessThan(0);
    }
    expect(calendarDayIn(history.setUpAt, SAMPLE_TIME_ZONE)).toEqual(unitStart(TODAY));
  });

  test.each(['2026-09-21', '2026-09-23', '2026-09-25', '2026-09-27', '2027-03-04'])(
    'on %s hold two quiet students, two tested out, a retake still to come, quizzes waiting and feedback',
    (iso) => {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      const { events } = sampleHistory({ year, month, day });
      const of = (name: string) => SAMPLE_ROSTER.findIndex((s) => s.name === name);
      for (const [name, lastDay] of Object.entries(QUIET_STUDENTS)) {
        // What the student did (the teacher's feedback to them does not count).
        const mine = ['tick', 'work', 'icon', 'seen'];
        const last = events.filter((e) => e.student === of(name) && mine.includes(e.kind)).at(-1)!;
        const days = (Date.UTC(year, month - 1, day) - last.at.getTime()) / 86_400_000;
        expect(days).toBeGreaterThan(5);
        expect(lastDay).toBeLessThanOrEqual(4);
      }
      for (const name of PRE_TEST_STUDENTS) {
        expect(events).toContainEqual(
          expect.objectContaining({ student: of(name), lesson: 0, check: { kind: 'tested-out' } }),
        );
        expect(events).not.toContainEqual(
          expect.objectContaining({ kind: 'tick', student: of(name), lesson: 0 }),
        );
      }
      const latest = Object.keys(RETAKE_STUDENTS).find((n) => RETAKE_STUDENTS[n] === 'latest')!;
      const checks = events.filter((e) => e.kind === 'check' && e.student === of(latest));
      expect(checks.at(-1)).toMatchObject({ check: { kind: 'score', outOf: 10 } });
      const last = checks.at(-1)!;
      expect(last.kind === 'check' && last.check.kind === 'score' && last.check.score < 8).toBe(
        true,
      );
      const feedback = events.filter((e) => e.kind === 'feedback');
      expect(feedback.length).toBeGreaterThan(3);
      expect(feedback.some((e) => e.kind === 'feedback' && e.link.startsWith('https://'))).toBe(
        true,
      );
      const quiz = (e: SampleEvent, kind: 'tick' | 'check') =>
        e.kind === kind && CHECK_LESSONS.includes(e.lesson);
      const ticked = events.filter((e) => quiz(e, 'tick'));
      const checked = events.filter((e) => quiz(e, 'check')) as {
        student: number;
        lesson: number;
      }[];
      expect(checked.length).toBeGreaterThan(ticked.length / 2);
      expect(new Set(checked.map((e) => `${e.student}/${e.lesson}`)).size).toBeLessThan(
        ticked.length,
      );
    },
  );
});

describe('the sample class as the teacher sees it today', () => {
  const emulator = new Emulator({ now: TEST_NOW, buildDir });
  const doc = createSampleClass(emulator);
  const ss = emulator.spreadsheet(doc);
  const shown = (name: string) => ss.getSheetByName(name)!.getDataRange().getDisplayValues();
  const tabs = SAMPLE_ROSTER.map((student) => ({ student, cells: shown(student.name) }));
  /** Each student's lesson rows: [#, lesson, standard, due, status, done, work, seen, feedback, ticked on]. */
  const lessonRows = (cells: string[][]) => cells.filter((row) => /^\d+$/.test(row[0]!));
  const statuses = tabs.flatMap(({ cells }) => lessonRows(cells).map((row) => row[4]!));

  test('leaves the clock where it was', () => {
    expect(emulator.clock.now().toISOString()).toBe(new Date(TEST_NOW).toISOString());
  });

  test("has the teacher's tabs, Setup, the wall and one tab per student", () => {
    expect(doc.model.sheets.map((sheet) => sheet.name)).toEqual([
      'Tracker',
      'Wall',
      'Lessons',
      'Unit 3 (archived)',
      'Setup',
      ...SAMPLE_ROSTER.map((student) => student.name),
    ]);
    for (const { student, cells } of tabs) {
      expect(cells[0]![0]).toBe(student.name);
      expect(cells[0]).toContain(SAMPLE_UNIT);
      expect(lessonRows(cells).map((row) => row[1])).toEqual(SAMPLE_LESSONS.map((l) => l.title));
    }
  });

  test('asks for a mastery check on the four quizzes, as the teacher set it in Setup', () => {
    const setup = shown('Setup');
    const header = setup.findIndex((row) => row.includes('Mastery check required'));
    const column = setup[header]!.indexOf('Mastery check required');
    const required = SAMPLE_LESSONS.map(
      (lesson) => setup.find((row) => row[0] === lesson.title)![column],
    );
    expect(required).toEqual(
      SAMPLE_LESSONS.map((_, index) => (CHECK_LESSONS.includes(index) ? 'TRUE' : 'FALSE')),
    );
  });

  test('shows every state a lesson can be in, and overdue lessons only by today', () => {
    const count = (prefix: string) => statuses.filter((status) => status.startsWith(prefix)).length;
    expect(count('✓ Done')).toBeGreaterThan(50);
    expect(count('★ Mastered')).toBeGreaterThan(10);
    expect(count('⏳ Waiting for check')).toBeGreaterThan(2);
    expect(count('↻ Retake by')).toBeGreaterThanOrEqual(1);
    expect(count('⤼ Tested out')).toBe(PRE_TEST_STUDENTS.length);
    expect(count('⚠ Overdue')).toBeGreaterThan(5);
    expect(count('⏰ Due soon')).toBeGreaterThan(5);
    for (const { cells } of tabs) {
      for (const row of lessonRows(cells)) {
        const due = dayOfYear(row[3]!);
        if (row[4] === '⚠ Overdue') {
          expect(due).toBeLessThan(todayNumber);
          expect(row[5]).toBe('FALSE');
        }
        if (row[4] === '⏰ Due soon') expect(due).toBeGreaterThanOrEqual(todayNumber);
      }
    }
    for (const name of PRE_TEST_STUDENTS) {
      const row = lessonRows(shown(name))[0]!;
      expect([row[4], row[5]]).toEqual(['⤼ Tested out', 'FALSE']);
    }
  });

  test('dates each tick on the day the student ticked, as the class trigger wrote it', () => {
    const { events } = sampleHistory(TODAY);
    let ticks = 0;
    for (const event of events) {
      if (event.kind !== 'tick') continue;
      const row = lessonRows(tabs[event.student]!.cells)[event.lesson]!;
      expect([row[5], row[9]]).toEqual(['TRUE', shortDay(event.at)]);
      ticks++;
    }
    expect(ticks).toBeGreaterThan(100);
    // Nothing else is ticked: every tick in the tabs is one a student made.
    const shownTicks = tabs
      .flatMap(({ cells }) => lessonRows(cells))
      .filter((r) => r[5] === 'TRUE');
    expect(shownTicks).toHaveLength(ticks);
  });

  test('has quiet students: nothing ticked for more than five days', () => {
    for (const name of Object.keys(QUIET_STUDENTS)) {
      const dates = lessonRows(shown(name))
        .map((row) => row[9]!)
        .filter(Boolean)
        .map(dayOfYear);
      expect(dates.length).toBeGreaterThan(0);
      expect(todayNumber - Math.max(...dates)).toBeGreaterThan(5);
    }
  });

  test('puts pacing in each header: some behind, some on pace or ahead', () => {
    const pacing = tabs.map(({ cells }) => cells[1]![4]!);
    expect(pacing.filter((p) => p.startsWith('Behind by')).length).toBeGreaterThan(3);
    expect(
      pacing.filter((p) => p === 'On pace' || p.startsWith('Ahead by')).length,
    ).toBeGreaterThan(3);
  });

  test('stands each icon on the lesson its student is on, spread over the lessons', () => {
    const wall = shown('Wall');
    const header = wall.findIndex((row) => row[0] === 'Nickname');
    const rows = wall.slice(header + 1).filter((row) => row[0]);
    expect(rows.map((row) => row[0])).toEqual(SAMPLE_ROSTER.map((s) => s.name.split(' ')[0]));
    const onLessons = new Set<number>();
    rows.forEach((row, index) => {
      const marks = row.slice(2, 2 + SAMPLE_LESSONS.length);
      const icons = marks.filter((mark) => mark !== '' && mark !== '·');
      expect(icons).toHaveLength(1);
      const on = Number(row[1]);
      expect(marks.indexOf(icons[0]!)).toBe(on - 1);
      onLessons.add(on);
      // The trail: every lesson before it that the student completed.
      const tab = lessonRows(tabs[index]!.cells);
      marks.slice(0, on - 1).forEach((mark, k) => {
        expect(mark).toBe(
          ['✓ Done', '★ Mastered', '⏳ Waiting for check', '⤼ Tested out'].includes(tab[k]![4]!)
            ? '·'
            : '',
        );
      });
    });
    expect(onLessons.size).toBeGreaterThanOrEqual(5);
    for (const [name, icon] of Object.entries(OWN_ICONS)) {
      expect(rows[SAMPLE_ROSTER.findIndex((s) => s.name === name)]).toContain(icon);
    }
    const counts = wall[header - 1]!.slice(2, 2 + SAMPLE_LESSONS.length).map(Number);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(SAMPLE_ROSTER.length);
  });

  test("has the teacher's feedback on some lessons, some of it seen by the student", () => {
    const { events } = sampleHistory(TODAY);
    const given = events.filter((event) => event.kind === 'feedback');
    expect(given.length).toBeGreaterThan(5);
    for (const event of given) {
      const row = lessonRows(tabs[event.student]!.cells)[event.lesson]!;
      expect(row[8]).toContain(event.comment);
      if (event.link) expect(row[8]).toContain('Listen');
    }
    const seen = tabs.flatMap(({ cells }) => lessonRows(cells)).filter((row) => row[7] === 'TRUE');
    expect(seen.length).toBe(events.filter((event) => event.kind === 'seen').length);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(given.length);
  });

  test('keeps scores out of every cell the add-on writes (any editor can open any tab)', () => {
    for (const name of ['Setup', 'Wall', ...SAMPLE_ROSTER.map((student) => student.name)]) {
      const sheet = ss.getSheetByName(name)!;
      const text = sheet.getDataRange().getDisplayValues().flat().join('\n');
      expect(text).not.toMatch(/\b\d+ ?\/ ?10\b|\b\d+ ?%/);
    }
  });
});
