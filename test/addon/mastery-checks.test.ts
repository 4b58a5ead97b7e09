// Mastery checks: scores against the threshold, observation, tested out, retakes that expire.
// Scores never appear in a cell; the student's tab shows the state only.
import { Classroom } from '../support/classroom';

interface Outcome {
  state: { kind: string; by?: string };
  attempts: { kind: string; percent?: number; on: string }[];
}

function setUp() {
  const r = new Classroom({
    students: 2,
    lessons: 4,
    checkRequired: true,
    now: '2026-09-14T13:00:00Z',
  });
  const result = r.setUp();
  if (!result.ok) throw new Error(result.message);
  return r;
}

describe('mastery checks', () => {
  test('a tick on a lesson that needs a check waits for it; a score at the threshold masters it', () => {
    const r = setUp();
    r.tick(0, 1);
    expect(r.cell('Ava Student1', 'E5')).toBe('⏳ Waiting for check');
    const outcome = r.sidebar<Outcome>('recordCheck', [
      { ...r.ids(0, 0), kind: 'score', score: 8, outOf: 10 },
    ]);
    expect(outcome.state.kind).toBe('mastered');
    expect(r.cell('Ava Student1', 'E5')).toBe('★ Mastered');
    expect(r.colour('Ava Student1', 5, 5)).toBe('#b7e1cd');
  });

  test('below the threshold: "Retake by" the window, overdue once it passes, every attempt kept', () => {
    const r = setUp();
    r.tick(0, 1);
    const first = r.sidebar<Outcome>('recordCheck', [{ ...r.ids(0, 0), kind: 'score', score: 55 }]);
    expect(first.state).toEqual({ kind: 'retake', by: '2026-09-21' });
    expect(r.cell('Ava Student1', 'E5')).toBe('↻ Retake by Sep 21');
    expect(r.wallRow(0).slice(1, 3)).toEqual(['1', '🦊']);
    r.emulator.clock.advanceDays(8);
    expect(r.cell('Ava Student1', 'E5')).toBe('⚠ Retake overdue (Sep 21)');
    const second = r.sidebar<Outcome>('recordCheck', [
      { ...r.ids(0, 0), kind: 'score', score: 92 },
    ]);
    expect(second.attempts.map((a) => a.percent)).toEqual([55, 92]);
    expect(r.cell('Ava Student1', 'E5')).toBe('★ Mastered');
    expect(r.wallRow(0).slice(1, 3)).toEqual(['2', '·']);
  });

  test('tested out on a pre-test skips the lesson without a tick', () => {
    const r = setUp();
    r.sidebar('recordCheck', [{ ...r.ids(1, 0), kind: 'tested-out' }]);
    expect(r.cell('Ben Student2', 'E5')).toBe('⤼ Tested out');
    expect(r.wallRow(1).slice(1, 4)).toEqual(['2', '·', '🐢']);
  });

  test('no score is written to any cell of the file', () => {
    const r = setUp();
    r.sidebar('recordCheck', [{ ...r.ids(0, 1), kind: 'score', score: 73.5 }]);
    for (const name of r.sheetNames()) {
      expect(r.shown(name).flat().join('\n')).not.toContain('73.5');
    }
  });

  test('bad input is refused with what to do, and nothing is recorded', () => {
    const r = setUp();
    const tooHigh = r.emulator.callFromSidebar(r.doc, 'teacher@school.example', 'recordCheck', [
      { ...r.ids(0, 0), kind: 'score', score: 12, outOf: 10 },
    ]);
    expect(tooHigh.error?.message).toMatch(/above 100%/);
    const future = r.emulator.callFromSidebar(r.doc, 'teacher@school.example', 'recordCheck', [
      { ...r.ids(0, 0), kind: 'observed', on: '2027-01-01' },
    ]);
    expect(future.error?.message).toMatch(/cannot be in the future/);
    expect(r.cell('Ava Student1', 'E5')).toBe('⏰ Due soon');
  });

  test('a student cannot record a check', () => {
    const r = setUp();
    const refused = r.emulator.callFromSidebar(r.doc, r.students[0]!, 'recordCheck', [
      { ...r.ids(0, 0), kind: 'observed' },
    ]);
    expect(refused.error?.message).toMatch(/for the teachers of this class/);
    expect(r.cell('Ava Student1', 'E5')).toBe('⏰ Due soon');
  });
});
