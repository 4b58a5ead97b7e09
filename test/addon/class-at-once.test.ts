// A class ticking at the same moment: every student's tick runs the teacher's trigger as the
// teacher, so the runs overlap, queue on the document lock, and beyond 30 at once fail to start
// (guides/services/quotas). No tick is ever lost (ticks live in the students' own cells), and the
// wall heals from absolute state.
import { Classroom } from '../support/classroom';

function classOf(students: number) {
  const r = new Classroom({ students, lessons: 3, withEmails: true });
  const setUp = r.setUp();
  if (!setUp.ok) throw new Error(setUp.message);
  return r;
}

const onLesson = (r: Classroom) =>
  r
    .shown('Wall')
    .slice(3)
    .map((row) => row[1]);

describe('a class ticking at once', () => {
  test('30 students ticking within a few seconds: all runs start, wait their turn on the lock, and the wall is right', () => {
    const r = classOf(30);
    const outcome = r.emulator.concurrently(
      () => {
        for (let i = 0; i < 30; i++) r.tick(i, 1);
      },
      { arrivalGapMs: 100 },
    );
    expect(outcome.failedToStart).toBe(0);
    expect(outcome.triggers.every((run) => run.started && run.error === undefined)).toBe(true);
    // They overlapped: some runs started before the one ahead of them had finished.
    const starts = outcome.triggers.map((run) => run.startedAtMs);
    expect(Math.max(...starts)).toBeLessThan(30 * 100 + 1);
    expect(onLesson(r)).toEqual(new Array(30).fill('2'));
    expect(r.sidebar<{ waitingForRefresh: number }>('getClassStatus').waitingForRefresh).toBe(0);
  });

  test('45 at the same instant: the runs beyond 30 never start, ticks stay, and the wall heals', () => {
    const r = classOf(45);
    const outcome = r.emulator.concurrently(() => {
      for (let i = 0; i < 45; i++) r.tick(i, 1);
    });
    // A third of the class's trigger runs never happen.
    expect(outcome.failedToStart).toBe(15);
    const failed = outcome.triggers.filter((run) => !run.started);
    expect(failed[0]?.error?.message).toMatch(/too many scripts running simultaneously/i);
    // Every tick is still in its student's tab.
    for (let i = 0; i < 45; i++) expect(r.cell(r.studentTab(i), 'F5')).toBe('TRUE');
    const stale = onLesson(r).filter((on) => on === '1').length;
    expect(stale).toBe(15);
    // A student's next edit heals their own row...
    const lateIndex = onLesson(r).indexOf('1');
    r.tick(lateIndex, 2);
    expect(onLesson(r)[lateIndex]).toBe('3');
    // ...and Refresh wall heals everyone.
    r.menu('Refresh wall');
    expect(onLesson(r).filter((on) => on === '1')).toEqual([]);
  });

  test("a class's day of ticks fits well inside the teacher's daily trigger runtime", () => {
    const r = classOf(30);
    for (let lesson = 1; lesson <= 3; lesson++) {
      for (let i = 0; i < 30; i++) r.tick(i, lesson);
    }
    const quota = r.emulator.ledger.triggerRuntimeQuota('teacher@school.example');
    expect(quota.account).toBe('workspace');
    // 90 ticks: under 2% of even a consumer account's 90 minutes.
    expect(quota.usedMs).toBeGreaterThan(0);
    expect(quota.usedMs).toBeLessThan(0.02 * 90 * 60_000);
  });
});
