/**
 * Sync's plan: what the Setup tab says now, matched against the class as last synced, so every
 * lesson and student keeps its identity through renames, reorders, additions and removals. Lessons
 * and students match by the id tagged on their Setup row, then by e-mail or name and title; a
 * student no longer listed is archived (their tab is kept, hidden), a lesson no longer listed is
 * retired (students' rows for it are kept, hidden). The plan also says, in plain words, what changed.
 */

import type {
  ArchivedStudent,
  ClassRecord,
  ClassSettings,
  EnrolledStudent,
  Lesson,
  Student,
} from './class-model';
import { newId } from './class-model';
import type { SetupInput, SetupLesson, SetupStudent } from './setup-sheet';
import { firstName } from './text';

export interface PlannedStudent extends Student {
  /** The student's tab as last synced, or null for a new student. */
  readonly existing: EnrolledStudent | null;
  /** An archived tab brought back because the student is listed again. */
  readonly restored: ArchivedStudent | null;
}

export interface RowTag {
  readonly row: number;
  readonly kind: 'lesson' | 'student';
  readonly id: string;
  /** The row carries another id (a row copied from elsewhere): that tag is replaced. */
  readonly replaces: boolean;
}

export interface ClassPlan {
  readonly unitName: string;
  readonly settings: ClassSettings;
  readonly coTeachers: readonly string[];
  readonly lessons: readonly Lesson[];
  readonly retired: readonly Lesson[];
  readonly students: readonly PlannedStudent[];
  /** Students with a tab who are no longer in Setup. */
  readonly archive: readonly EnrolledStudent[];
  readonly nextId: number;
  /** Setup rows that need their id tagged (new rows, or rows whose tag was lost). */
  readonly tags: readonly RowTag[];
  /** True when students' tabs need their lesson rows rebuilt (lessons added, removed or moved). */
  readonly lessonsChanged: boolean;
  /** Plain sentences for the teacher. */
  readonly changes: readonly string[];
}

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function toLesson(row: SetupLesson, id: string): Lesson {
  return {
    id,
    title: row.title,
    code: row.code,
    link: row.link,
    due: row.due,
    checkRequired: row.checkRequired,
    threshold: row.threshold,
  };
}

function toStudent(row: SetupStudent, id: string): Student {
  return {
    id,
    name: row.name,
    nickname: row.nickname !== '' ? row.nickname : firstName(row.name),
    email: row.email,
    icon: row.icon,
    group: row.group,
  };
}

/** Takes the first unmatched candidate satisfying `test`, marking it matched. */
function claim<T extends { id: string }>(
  pool: T[],
  used: Set<string>,
  test: (item: T) => boolean,
): T | null {
  const found = pool.find((item) => !used.has(item.id) && test(item));
  if (!found) return null;
  used.add(found.id);
  return found;
}

export function planClass(given: ClassRecord | null, input: SetupInput): ClassPlan {
  // A class never synced (no lessons, no students yet) has nothing to compare with.
  const empty = given !== null && given.lessons.length === 0 && given.students.length === 0;
  const previous = empty ? null : given;
  let nextId = given?.nextId ?? 1;
  const changes: string[] = [];
  const tags: RowTag[] = [];

  // Lessons: by row id, then by title and code, among current and retired lessons.
  const known: Lesson[] = [...(previous?.lessons ?? []), ...(previous?.retired ?? [])];
  const usedLessons = new Set<string>();
  const lessons: Lesson[] = [];
  const wantedIds = new Set(
    input.lessons.map((l) => l.id).filter((id): id is string => id !== null),
  );
  for (const row of input.lessons) {
    let match = row.id !== null ? claim(known, usedLessons, (l) => l.id === row.id) : null;
    match ??= claim(
      known,
      usedLessons,
      (l) =>
        !wantedIds.has(l.id) &&
        norm(l.title) === norm(row.title) &&
        norm(l.code) === norm(row.code),
    );
    let id: string;
    if (match) {
      id = match.id;
      if (previous?.retired.some((l) => l.id === id))
        changes.push(`Lesson "${row.title}" is back, with students' earlier work.`);
      else if (match.title !== row.title)
        changes.push(`Lesson "${match.title}" is now called "${row.title}".`);
    } else {
      id = newId('l', nextId++);
      if (previous) changes.push(`Added lesson "${row.title}".`);
    }
    if (row.id !== id) tags.push({ row: row.row, kind: 'lesson', id, replaces: row.id !== null });
    lessons.push(toLesson(row, id));
  }
  const retired = known.filter((l) => !usedLessons.has(l.id));
  for (const lesson of previous?.lessons ?? []) {
    if (!usedLessons.has(lesson.id)) {
      changes.push(
        `Removed lesson "${lesson.title}" from the unit; students' rows for it are kept, hidden, at the bottom of their tabs.`,
      );
    }
  }
  const before = previous
    ? [...previous.lessons, ...previous.retired].map((l) => l.id).join(',')
    : null;
  const after = [...lessons, ...retired].map((l) => l.id).join(',');
  const lessonsChanged = before !== after;

  // Students: by row id, then e-mail, then name; archived tabs come back the same way.
  const enrolled = [...(previous?.students ?? [])];
  const archived = [...(previous?.archived ?? [])];
  const usedStudents = new Set<string>();
  const usedArchived = new Set<string>();
  const wantedStudentIds = new Set(
    input.students.map((s) => s.id).filter((id): id is string => id !== null),
  );
  const students: PlannedStudent[] = [];
  for (const row of input.students) {
    const email = row.email;
    let existing = row.id !== null ? claim(enrolled, usedStudents, (s) => s.id === row.id) : null;
    existing ??=
      email !== ''
        ? claim(enrolled, usedStudents, (s) => !wantedStudentIds.has(s.id) && s.email === email)
        : null;
    existing ??= claim(
      enrolled,
      usedStudents,
      (s) => !wantedStudentIds.has(s.id) && norm(s.name) === norm(row.name),
    );
    let restored: ArchivedStudent | null = null;
    if (!existing) {
      restored =
        (row.id !== null ? claim(archived, usedArchived, (a) => a.id === row.id) : null) ??
        claim(archived, usedArchived, (a) => norm(a.name) === norm(row.name));
    }
    const id = existing?.id ?? restored?.id ?? newId('s', nextId++);
    if (row.id !== id) tags.push({ row: row.row, kind: 'student', id, replaces: row.id !== null });
    if (existing && existing.name !== row.name)
      changes.push(`${existing.name} is now ${row.name}.`);
    if (restored) changes.push(`${row.name} is back: their archived tab is visible again.`);
    if (!existing && !restored && previous) changes.push(`Added ${row.name}.`);
    students.push({ ...toStudent(row, id), existing, restored });
  }
  const archive = enrolled.filter((s) => !usedStudents.has(s.id));
  for (const student of archive) {
    changes.push(
      `${student.name} is no longer in Setup: their tab is archived (hidden, nothing deleted).`,
    );
  }
  return {
    unitName: input.unitName,
    settings: input.settings,
    coTeachers: input.coTeachers,
    lessons,
    retired,
    students,
    archive,
    nextId,
    tags,
    lessonsChanged,
    changes,
  };
}
