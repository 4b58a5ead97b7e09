/**
 * Detection on every fixture layout: the roster, the lessons, what was left out and why, each mark
 * and the state it becomes, and the confidence, as a teacher looking at the sheet would say them.
 */

import { describeLine, detectTracker } from '../../../src/core/import';
import type { Detection } from '../../../src/core/import';
import { gradebooks } from './fixtures/gradebooks';
import type { Layout } from './fixtures/layout';
import { longAndLists } from './fixtures/long-and-lists';
import { trackers } from './fixtures/trackers';

const layouts: readonly Layout[] = [...gradebooks, ...trackers, ...longAndLists];

function leftOutAt(detection: Detection): Map<string, string> {
  return new Map(detection.leftOut.map((l) => [describeLine(l.line), l.reason]));
}

describe.each(layouts.map((layout) => [layout.name, layout] as const))('%s', (_, layout) => {
  const detection = detectTracker(layout.grid, layout.options);
  const { teacher } = layout;

  test(`a teacher says: ${teacher.says} (orientation ${teacher.orientation})`, () => {
    expect(detection.orientation).toBe(teacher.orientation);
  });

  test('finds the students a teacher would name, in order', () => {
    expect(detection.students.map((s) => s.name)).toEqual(teacher.students);
  });

  test('finds the lessons a teacher would name, in order', () => {
    expect(detection.lessons.map((l) => l.title)).toEqual(teacher.lessons);
  });

  if (teacher.codes) {
    test('reads each lesson’s standard code, normalised', () => {
      expect(detection.lessons.map((l) => l.code)).toEqual(teacher.codes);
    });
  }
  if (teacher.due) {
    test('reads each lesson’s due date', () => {
      expect(detection.lessons.map((l) => l.due)).toEqual(teacher.due);
    });
  }
  if (teacher.links) {
    test('reads each lesson’s link', () => {
      expect(detection.lessons.map((l) => l.link)).toEqual(teacher.links);
    });
  }
  if (teacher.leftOut) {
    test('leaves out what is not a student or a lesson, each with its reason', () => {
      const found = leftOutAt(detection);
      for (const { at, reason } of teacher.leftOut ?? []) {
        expect([at, found.get(at)]).toEqual([at, reason]);
      }
      for (const entry of detection.leftOut) expect(entry.detail.length).toBeGreaterThan(5);
    });
  }
  if (teacher.marks) {
    test('says what each distinct mark becomes', () => {
      const byLabel = new Map(detection.markValues.map((v) => [v.label, v.meaning]));
      for (const [label, meaning] of Object.entries(teacher.marks ?? {})) {
        expect([label, byLabel.get(label)]).toEqual([label, meaning]);
      }
    });
  }
  if (teacher.neverStudents) {
    test('never takes a header, points row or totals row for a student', () => {
      const names = detection.students.flatMap((s) => [s.name, s.written]);
      for (const not of teacher.neverStudents ?? []) expect(names).not.toContain(not);
    });
  }

  test(`is ${teacher.confidence}ly confident, with reasons a teacher can read`, () => {
    expect(detection.confidence.level).toBe(teacher.confidence);
    expect(detection.confidence.reasons.length).toBeGreaterThan(0);
  });

  test('gives one mark per student and lesson, and counts every mark in the table', () => {
    expect(detection.marks).toHaveLength(detection.students.length);
    for (const row of detection.marks) expect(row).toHaveLength(detection.lessons.length);
    const cells = detection.students.length * detection.lessons.length;
    expect(detection.markValues.reduce((sum, v) => sum + v.count, 0)).toBe(cells);
  });

  test('reads the sheet every way without any reading breaking', () => {
    expect(detection.confidence.reasons.join(' ')).not.toMatch(/failed \(/);
  });

  test('is plain JSON-safe data', () => {
    expect(JSON.parse(JSON.stringify(detection))).toEqual(detection);
  });
});
