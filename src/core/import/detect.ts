/**
 * Detection: reads a sheet every way it could be laid out (students as rows, as columns, one row
 * per student and lesson, a list of lessons), keeps the reading that fits best, counts the distinct
 * marks and what each becomes, and says how sure it is, in sentences a teacher can check. Never
 * throws: a sheet that is not a tracker gets orientation 'none' and low confidence with reasons.
 */

import { isBlank, type Grid } from '../grid';
import { isCandidate, type Candidate, type Failure } from './candidate';
import { MOST_IN_A_CLASS } from './class-from-plan';
import { readLessonsList, withLessonsTab } from './lessons-list';
import { readLong } from './long';
import { tableOf } from './table';
import type { Confidence, Detection, DetectOptions, MarkValue } from './types';
import { readWide, type ReadSettings } from './wide';

const MINIMUM_FIT = 1.5;

function isEmpty(grid: Grid): boolean {
  return !grid.values.some((row) => row.some((cell) => !isBlank(cell)));
}

function nothing(reasons: string[]): Detection {
  return {
    orientation: 'none',
    titleLines: [],
    nameLines: [],
    students: [],
    lessons: [],
    marks: [],
    markValues: [],
    leftOut: [],
    confidence: { level: 'low', reasons },
    warnings: [],
  };
}

/** The distinct marks, most common first, with what each becomes. */
function markValuesOf(candidate: Candidate): MarkValue[] {
  const counts = new Map<string, { count: number; written: Map<string, number> }>();
  let blanks = 0;
  for (const row of candidate.marks) {
    for (const mark of row) {
      if (!mark) {
        blanks++;
        continue;
      }
      const entry = counts.get(mark.key) ?? { count: 0, written: new Map<string, number>() };
      entry.count++;
      entry.written.set(mark.written, (entry.written.get(mark.written) ?? 0) + 1);
      counts.set(mark.key, entry);
    }
  }
  const values: MarkValue[] = [];
  for (const [key, entry] of counts) {
    const kind = candidate.kinds.get(key);
    if (!kind) continue;
    // A text mark is labelled as it is most often written ("X" rather than "x").
    const commonest = [...entry.written].sort((a, b) => b[1] - a[1])[0]?.[0];
    const label = key.startsWith('text:') && commonest ? commonest : kind.label;
    values.push({ key, label, count: entry.count, meaning: kind.meaning, why: kind.why });
  }
  values.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  if (blanks > 0)
    values.push({
      key: 'blank',
      label: 'blank',
      count: blanks,
      meaning: 'not-started',
      why: 'nothing recorded',
    });
  return values;
}

function confidenceOf(
  candidate: Candidate,
  values: readonly MarkValue[],
  runnerUp: Candidate | undefined,
): Confidence {
  const problems = [...candidate.problems];
  const doubts = [...candidate.doubts];
  const marked = values.filter((v) => v.key !== 'blank').reduce((sum, v) => sum + v.count, 0);
  const unknown = values.filter((v) => v.meaning === 'unknown');
  const unknownCount = unknown.reduce((sum, v) => sum + v.count, 0);
  if (unknown.length > 0) {
    const list = unknown
      .slice(0, 6)
      .map((v) => `“${v.label}”`)
      .join(', ');
    const sentence = `${unknown.length} mark value${unknown.length === 1 ? ' is not one' : 's are not ones'} we know (${list}${unknown.length > 6 ? ', ...' : ''}): they carry over as not started unless you choose what each means.`;
    (unknownCount > marked * 0.3 ? problems : doubts).push(sentence);
  }
  if (runnerUp && runnerUp.fit > candidate.fit - 0.25 && candidate.orientation !== 'lessons-list') {
    doubts.push(`The sheet could also be read as ${runnerUp.orientation.replace(/-/g, ' ')}.`);
  }
  const level = problems.length > 0 ? 'low' : doubts.length > 0 ? 'medium' : 'high';
  return { level, reasons: [...candidate.found, ...problems, ...doubts] };
}

/** Reads the grid as a tracker. Options: locale for dates written as text, a lessons tab, forced structure. */
export function detectTracker(grid: Grid, options: DetectOptions = {}): Detection {
  if (isEmpty(grid)) return nothing(['The sheet is empty.']);
  const settings: ReadSettings = {
    locale: options.locale ?? 'en_US',
    ...(options.sheetName !== undefined ? { sheetName: options.sheetName } : {}),
    ...(options.force ? { force: options.force } : {}),
  };
  const forced = options.force?.orientation;
  const readers: Record<string, () => Candidate | Failure> = {
    long: () => readLong(grid, settings),
    'students-as-rows': () => readWide(grid, false, settings),
    'students-as-columns': () => readWide(grid, true, settings),
    'lessons-list': () => readLessonsList(grid, settings),
  };
  const results: (Candidate | Failure)[] = [];
  // With students as columns each lesson is a row, and a unit holds at most MOST_IN_A_CLASS
  // lessons: a taller sheet (a long roster) is not read that way unless the teacher says so.
  const tooTall = forced !== 'students-as-columns' && tableOf(grid, false).rows > MOST_IN_A_CLASS;
  for (const [orientation, read] of Object.entries(readers)) {
    if (forced && forced !== 'none' && forced !== orientation) continue;
    if (orientation === 'students-as-columns' && tooTall) {
      results.push({
        orientation,
        why: `More than ${MOST_IN_A_CLASS} rows are in use, more than a unit has lessons.`,
      });
      continue;
    }
    try {
      results.push(read());
    } catch (error) {
      // A reading that breaks on an odd sheet must not stop the others; say so instead.
      results.push({
        orientation: orientation as Failure['orientation'],
        why: `Reading it as ${orientation.replace(/-/g, ' ')} failed (${String(error)}).`,
      });
    }
  }
  // A roster reading this poor (names unlike names, marks unreadable) is not one; a lessons list is
  // judged by its own columns.
  const candidates = results
    .filter(isCandidate)
    .filter((c) => forced || c.orientation === 'lessons-list' || c.fit >= MINIMUM_FIT)
    .sort((a, b) => b.fit - a.fit);
  // A roster reading that found no student is no better than a list of lessons that found some:
  // a short standards list (code, description, video) can fit "students as columns" with none.
  const list = candidates.find((c) => c.orientation === 'lessons-list' && c.lessons.length > 0);
  const best = list && candidates[0] && candidates[0].students.length === 0 ? list : candidates[0];
  if (!best || (best.students.length === 0 && best.lessons.length === 0)) {
    const reasons = results.filter((r): r is Failure => !isCandidate(r)).map((r) => r.why);
    return nothing(['This sheet does not look like a class tracker.', ...new Set(reasons)]);
  }
  let lessons = best.lessons;
  const warnings = [...best.warnings];
  if (options.lessonsTab && best.orientation !== 'lessons-list') {
    const tab = readLessonsList(options.lessonsTab, { locale: settings.locale });
    if (isCandidate(tab)) {
      const merged = withLessonsTab(lessons, tab.lessons);
      lessons = merged.lessons;
      if (merged.matched > 0)
        warnings.push(
          `${merged.matched} of ${lessons.length} lessons were matched in the lessons tab (titles, due dates and links).`,
        );
      else warnings.push('No lesson matched an entry of the lessons tab.');
    }
  }
  const markValues = markValuesOf(best);
  const runnerUp = candidates.find((c) => c !== best && c.orientation !== 'lessons-list');
  return {
    orientation: best.orientation,
    titleLines: best.titleLines,
    nameLines: best.nameLines,
    students: best.students,
    lessons,
    marks: best.marks,
    markValues,
    leftOut: best.leftOut,
    confidence: confidenceOf(best, markValues, runnerUp),
    warnings,
    ...(best.unitName ? { unitName: best.unitName } : {}),
    ...(best.longColumns ? { longColumns: best.longColumns } : {}),
  };
}
