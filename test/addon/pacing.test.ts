// Pacing and due dates stay right as days pass with no edit and no script: formulas on TODAY()
// in the spreadsheet's time zone, whatever the machine's TZ.
import { Classroom } from '../support/classroom';

describe('pacing as days pass', () => {
  // Lessons due Sep 16, 18, 20, 22, 24 (New York). Now: Mon Sep 14, 9:00 in New York.
  const r = new Classroom({ students: 2, lessons: 5, now: '2026-09-14T13:00:00Z' });
  r.setUp();
  const tab = 'Ava Student1';

  test('before anything is due: on pace, next lesson named with its due date', () => {
    expect(r.cell(tab, 'E2')).toBe('On pace');
    expect(r.cell(tab, 'G2')).toBe('Lesson 1: part 1 of fractions · due Sep 16');
    expect(r.cell(tab, 'B2')).toMatch(/0 of 5 complete$/);
  });

  test('lesson 1 due within 3 days shows "Due soon" in words and in colour', () => {
    expect(r.cell(tab, 'E5')).toBe('⏰ Due soon'); // Sep 16: in 2 days
    expect(r.cell(tab, 'E6')).toBe(''); // Sep 18: in 4 days
    expect(r.colour(tab, 5, 5)).toBe('#fce8b2');
  });

  test('four days later with no edit: behind by 2, lessons 1-2 overdue (red), 3 and 4 due soon', () => {
    r.emulator.clock.advanceDays(4); // Fri Sep 18
    expect(r.cell(tab, 'E2')).toBe('Behind by 2');
    expect(r.cell(tab, 'E5')).toBe('⚠ Overdue');
    expect(r.cell(tab, 'E6')).toBe('⏰ Due soon'); // due today: not yet overdue
    expect(r.colour(tab, 5, 2)).toBe('#f4c7c3');
  });

  test('ticking catches up: on pace, then ahead', () => {
    r.tick(0, 1);
    expect(r.cell(tab, 'E2')).toBe('Behind by 1');
    r.tick(0, 2);
    expect(r.cell(tab, 'E2')).toBe('On pace');
    r.tick(0, 3);
    expect(r.cell(tab, 'E2')).toBe('Ahead by 1');
    expect(r.cell(tab, 'E5')).toBe('✓ Done');
    expect(r.colour(tab, 5, 2)).toBe('#d9ead3');
    expect(r.cell(tab, 'B2')).toMatch(/3 of 5 complete$/);
  });

  test('a tick just after midnight in the spreadsheet zone is dated that day, not the UTC day', () => {
    const late = new Classroom({
      students: 1,
      lessons: 2,
      now: '2026-09-15T03:30:00Z',
      timeZone: 'America/Los_Angeles',
    });
    late.setUp();
    late.tick(0, 1);
    expect(late.cell('Ava Student1', 'J5')).toBe('Sep 14');
    const tokyo = new Classroom({
      students: 1,
      lessons: 2,
      now: '2026-09-14T16:30:00Z',
      timeZone: 'Asia/Tokyo',
    });
    tokyo.setUp();
    tokyo.tick(0, 1);
    expect(tokyo.cell('Ava Student1', 'J5')).toBe('Sep 15');
  });
});
