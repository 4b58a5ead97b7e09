// Sync's plan: identities kept through renames, moves, removals and returns.
import { DEFAULT_SETTINGS, type ClassRecord } from '../../src/core/class-model';
import { planClass } from '../../src/core/class-plan';
import type { SetupInput, SetupLesson, SetupStudent } from '../../src/core/setup-sheet';

const lessonRow = (row: number, id: string | null, title: string, code = ''): SetupLesson => ({
  row,
  id,
  title,
  code,
  link: '',
  due: null,
  checkRequired: false,
  threshold: null,
});
const studentRow = (row: number, id: string | null, name: string, email = ''): SetupStudent => ({
  row,
  id,
  name,
  nickname: '',
  email,
  icon: '',
  group: '',
});
const input = (lessons: SetupLesson[], students: SetupStudent[]): SetupInput => ({
  unitName: 'Unit',
  settings: DEFAULT_SETTINGS,
  coTeachers: [],
  lessons,
  students,
});

function synced(): ClassRecord {
  const plan = planClass(
    null,
    input(
      [lessonRow(14, null, 'A'), lessonRow(15, null, 'B')],
      [studentRow(30, null, 'Ava Smith', 'ava@x.org'), studentRow(31, null, 'Ben Lee')],
    ),
  );
  return {
    schema: 1,
    unitName: 'Unit',
    settings: DEFAULT_SETTINGS,
    lessons: plan.lessons,
    retired: [],
    students: plan.students.map((s, i) => ({
      id: s.id,
      name: s.name,
      nickname: s.nickname,
      email: s.email,
      icon: s.icon,
      group: s.group,
      sheetId: 100 + i,
      layout: 1,
    })),
    archived: [],
    layouts: { 1: plan.lessons.map((l) => l.id) },
    currentLayout: 1,
    teachers: [],
    coTeachers: [],
    setupSheetId: 1,
    wallSheetId: 2,
    timeZone: 'UTC',
    triggerId: null,
    triggerOwnerKey: null,
    lastSyncedAt: null,
    nextId: plan.nextId,
  };
}

describe('planClass', () => {
  test('a first plan gives every row a new id and tags it', () => {
    const plan = planClass(null, input([lessonRow(14, null, 'A')], [studentRow(30, null, 'Ava')]));
    expect(plan.lessons.map((l) => l.id)).toEqual(['l1']);
    expect(plan.students.map((s) => s.id)).toEqual(['s2']);
    expect(plan.tags).toEqual([
      { row: 14, kind: 'lesson', id: 'l1', replaces: false },
      { row: 30, kind: 'student', id: 's2', replaces: false },
    ]);
    expect(plan.changes).toEqual([]);
  });

  test('renamed in place (tag kept): same identity, and the change is told', () => {
    const before = synced();
    const [a, b] = before.lessons;
    const [ava, ben] = before.students;
    const plan = planClass(
      before,
      input(
        [lessonRow(14, a!.id, 'A, renamed'), lessonRow(15, b!.id, 'B')],
        [studentRow(30, ava!.id, 'Ava Smyth', 'ava@x.org'), studentRow(31, ben!.id, 'Ben Lee')],
      ),
    );
    expect(plan.lessons.map((l) => l.id)).toEqual([a!.id, b!.id]);
    expect(plan.students.map((s) => s.existing?.id)).toEqual([ava!.id, ben!.id]);
    expect(plan.changes).toEqual([
      'Lesson "A" is now called "A, renamed".',
      'Ava Smith is now Ava Smyth.',
    ]);
    expect(plan.tags).toEqual([]);
    expect(plan.lessonsChanged).toBe(false);
  });

  test('tags lost (rows pasted by hand): students match by e-mail, then by name', () => {
    const before = synced();
    const plan = planClass(
      before,
      input(
        [lessonRow(14, null, 'A'), lessonRow(15, null, 'B')],
        [studentRow(30, null, 'Ben Lee'), studentRow(31, null, 'Ava S.', 'ava@x.org')],
      ),
    );
    expect(plan.students.map((s) => s.existing?.name)).toEqual(['Ben Lee', 'Ava Smith']);
    expect(plan.lessons.map((l) => l.id)).toEqual(before.lessons.map((l) => l.id));
    expect(plan.tags).toHaveLength(4);
  });

  test('moving lessons changes the layout; removing one retires it with its data', () => {
    const before = synced();
    const [a, b] = before.lessons;
    const moved = planClass(
      before,
      input(
        [lessonRow(14, b!.id, 'B'), lessonRow(15, a!.id, 'A')],
        [
          studentRow(30, before.students[0]!.id, 'Ava Smith'),
          studentRow(31, before.students[1]!.id, 'Ben Lee'),
        ],
      ),
    );
    expect(moved.lessonsChanged).toBe(true);
    const removed = planClass(
      before,
      input(
        [lessonRow(14, a!.id, 'A')],
        [
          studentRow(30, before.students[0]!.id, 'Ava Smith'),
          studentRow(31, before.students[1]!.id, 'Ben Lee'),
        ],
      ),
    );
    expect(removed.retired.map((l) => l.id)).toEqual([b!.id]);
    expect(removed.changes).toEqual([expect.stringMatching(/Removed lesson "B".*kept, hidden/)]);
  });

  test('a student removed is archived; listed again, they come back to the same tab', () => {
    const before = synced();
    const ben = before.students[1]!;
    const plan = planClass(
      before,
      input(
        [lessonRow(14, before.lessons[0]!.id, 'A'), lessonRow(15, before.lessons[1]!.id, 'B')],
        [studentRow(30, before.students[0]!.id, 'Ava Smith')],
      ),
    );
    expect(plan.archive.map((s) => s.id)).toEqual([ben.id]);
    const archivedRecord: ClassRecord = {
      ...before,
      students: [before.students[0]!],
      archived: [{ id: ben.id, name: ben.name, sheetId: ben.sheetId, archivedOn: '2026-10-01' }],
    };
    const back = planClass(
      archivedRecord,
      input(
        [lessonRow(14, before.lessons[0]!.id, 'A'), lessonRow(15, before.lessons[1]!.id, 'B')],
        [studentRow(30, before.students[0]!.id, 'Ava Smith'), studentRow(31, null, 'Ben Lee')],
      ),
    );
    expect(back.students[1]?.restored?.sheetId).toBe(ben.sheetId);
    expect(back.students[1]?.id).toBe(ben.id);
  });

  test('two students with the same name stay two students', () => {
    const plan = planClass(
      null,
      input(
        [lessonRow(14, null, 'A')],
        [studentRow(30, null, 'Sam Lee'), studentRow(31, null, 'Sam Lee')],
      ),
    );
    expect(new Set(plan.students.map((s) => s.id)).size).toBe(2);
  });

  test('a nickname defaults to the first name, from "First Last" or "Last, First"', () => {
    const plan = planClass(
      null,
      input(
        [lessonRow(14, null, 'A')],
        [studentRow(30, null, 'Okafor, Ben'), studentRow(31, null, 'Ava Smith')],
      ),
    );
    expect(plan.students.map((s) => s.nickname)).toEqual(['Ben', 'Ava']);
  });
});
