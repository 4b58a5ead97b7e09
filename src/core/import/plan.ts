/**
 * From a detection and the teacher's corrections to the import plan the class is generated from:
 * the roster, the lessons, and per student and lesson what carries over (a tick and its day,
 * mastered, tested out, or a scored attempt). Structural corrections (which row is the header,
 * which column the names, rows and columns left out or kept) read the sheet again with them.
 */

import type { Grid } from '../grid';
import { detectTracker } from './detect';
import type {
  Corrections,
  Detection,
  DetectOptions,
  FoundMark,
  ImportedMark,
  ImportPlan,
  MarkMeaning,
  Structure,
} from './types';

export const DEFAULT_THRESHOLD = 80;

function structureOf(corrections: Corrections): Structure | undefined {
  const { orientation, titleLines, nameLines, leaveOut, keep, longColumns } = corrections;
  const structure: Structure = {
    ...(orientation ? { orientation } : {}),
    ...(titleLines?.length ? { titleLines } : {}),
    ...(nameLines?.length ? { nameLines } : {}),
    ...(leaveOut?.length ? { leaveOut } : {}),
    ...(keep?.length ? { keep } : {}),
    ...(longColumns ? { longColumns } : {}),
  };
  return Object.keys(structure).length > 0 ? structure : undefined;
}

function carried(mark: FoundMark | null, meaning: MarkMeaning): ImportedMark {
  const on = mark?.on ? { on: mark.on } : {};
  switch (meaning) {
    case 'done':
      return { kind: 'done', ...on };
    case 'mastered':
      return { kind: 'mastered', ...on };
    case 'tested-out':
      return { kind: 'tested-out', ...on };
    case 'attempt':
      return {
        kind: 'attempt',
        percent: mark?.percent ?? 0,
        ...on,
        ...(mark ? { written: mark.written } : {}),
      };
    case 'not-started':
    case 'unknown':
      return { kind: 'none' };
  }
}

/**
 * The detection with the teacher's structural corrections applied: the same detection when there
 * are none, else the sheet read again with them. `options` are the ones detection ran with.
 */
export function applyCorrections(
  grid: Grid,
  detection: Detection,
  corrections: Corrections = {},
  options: DetectOptions = {},
): Detection {
  const structure = structureOf(corrections);
  if (!structure) return detection;
  // Rows and columns the teacher names are meant in the layout they were shown, so the
  // orientation stays as detected unless the teacher changes it too.
  const orientation =
    structure.orientation ?? (detection.orientation === 'none' ? undefined : detection.orientation);
  return detectTracker(grid, {
    ...options,
    force: { ...options.force, ...structure, ...(orientation ? { orientation } : {}) },
  });
}

/** Mark key → meaning: what detection proposed, then the teacher's choices. */
export function markMeanings(
  detection: Detection,
  corrections: Corrections = {},
): Map<string, MarkMeaning> {
  const meanings = new Map<string, MarkMeaning>(
    detection.markValues.map((v) => [v.key, v.meaning]),
  );
  meanings.set('blank', meanings.get('blank') ?? 'not-started');
  for (const [key, meaning] of Object.entries(corrections.marks ?? {})) meanings.set(key, meaning);
  return meanings;
}

/**
 * The import plan. `options` are the ones detection ran with (locale, lessons tab), used when the
 * corrections change the structure and the sheet is read again.
 */
export function planImport(
  grid: Grid,
  detection: Detection,
  corrections: Corrections = {},
  options: DetectOptions = {},
): ImportPlan {
  const read = applyCorrections(grid, detection, corrections, options);
  const meanings = markMeanings(read, corrections);

  const threshold = corrections.threshold ?? DEFAULT_THRESHOLD;
  const warnings: string[] = [...read.warnings];
  if (!(threshold >= 0 && threshold <= 100))
    warnings.push(`The threshold ${threshold}% is outside 0-100.`);
  const unknown = read.markValues.filter((v) => meanings.get(v.key) === 'unknown');
  if (unknown.length > 0) {
    warnings.push(
      `Marks we could not read (${unknown.map((v) => `“${v.label}”`).join(', ')}) carry over as not started.`,
    );
  }
  if (read.students.length === 0 && read.orientation !== 'lessons-list')
    warnings.push('No students were found to import.');
  if (read.lessons.length === 0) warnings.push('No lessons were found to import.');

  const marks = read.students.map((_, s) =>
    read.lessons.map((_, l) => {
      const mark = read.marks[s]?.[l] ?? null;
      return carried(mark, meanings.get(mark ? mark.key : 'blank') ?? 'not-started');
    }),
  );
  const unitName = corrections.unitName ?? read.unitName;
  return {
    ...(unitName ? { unitName } : {}),
    students: read.students.map((student) => ({
      name: student.name,
      ...(student.nickname ? { nickname: student.nickname } : {}),
      ...(student.email ? { email: student.email } : {}),
      ...(student.studentId ? { studentId: student.studentId } : {}),
    })),
    lessons: read.lessons.map((lesson) => ({
      title: lesson.title,
      ...(lesson.code ? { code: lesson.code } : {}),
      ...(lesson.link ? { link: lesson.link } : {}),
      ...(lesson.due ? { due: lesson.due } : {}),
    })),
    marks,
    threshold,
    warnings,
  };
}
