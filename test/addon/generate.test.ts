// Setting a class up and generating it: what the teacher and each student see.
import { Classroom } from '../support/classroom';

describe('a class set up from data', () => {
  const room = new Classroom({ students: 3, lessons: 4 });
  const result = room.setUp();

  test('the sync reports the class', () => {
    expect(result).toMatchObject({ ok: true, students: 3, lessons: 4 });
  });

  test('tabs: Setup, the wall and one per student', () => {
    expect(room.sheetNames()).toEqual(
      expect.arrayContaining(['Setup', 'Wall', 'Ava Student1', 'Ben Student2', 'Chloé Student3']),
    );
  });

  test("a student's tab shows the header, the labels and a row per lesson", () => {
    const shown = room.shown('Ava Student1');
    expect(shown[0]![0]).toBe('Ava Student1');
    expect(shown[2]).toEqual([
      '#',
      'Lesson',
      'Standard',
      'Due',
      'Status',
      'Done',
      'My work (link)',
      'Seen',
      'Feedback',
      'Ticked on',
      'Complete',
    ]);
    expect(shown.slice(4).map((r) => r.slice(0, 3))).toEqual([
      ['1', 'Lesson 1: part 1 of fractions', '5.NF.A.1'],
      ['2', 'Lesson 2: part 2 of fractions', '5.NF.A.2'],
      ['3', 'Lesson 3: part 3 of fractions', '5.NF.A.3'],
      ['4', 'Lesson 4: part 4 of fractions', '5.NF.A.4'],
    ]);
    expect(shown).toHaveLength(8);
  });

  test('titles link to their mini-lesson', () => {
    const rich = room.sheet('Ava Student1').getRange('B5').getRichTextValue();
    expect(rich?.getLinkUrl()).toBe('https://video.example/lesson-1');
  });

  test('the wall: each student on lesson 1', () => {
    expect(room.wallRow(0).slice(0, 3)).toEqual(['Ava', '1', '🦊']);
    expect(room.wallRow(1).slice(0, 3)).toEqual(['Ben', '1', '🐢']);
  });

  test('a tick moves the icon on the wall and dates the tick in the spreadsheet time zone', () => {
    const edit = room.tick(0, 1);
    expect(edit.triggers.map((t) => t.error?.message ?? 'ok')).toEqual(['ok']);
    expect(room.wallRow(0).slice(0, 4)).toEqual(['Ava', '2', '·', '🦊']);
    expect(room.cell('Ava Student1', 'E5')).toBe('✓ Done');
    expect(room.cell('Ava Student1', 'J5')).toBe('Sep 14');
  });

  test('the teacher check: a student opening the menu gets a kind refusal', () => {
    room.menu('Sync class', 'student2@school.example');
    expect(room.lastAlert('student2@school.example')).toMatch(/for the teachers of this class/);
  });
});
