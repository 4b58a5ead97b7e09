/**
 * The preview a sidebar shows before anything is written: how many students and lessons, the due
 * dates found, each distinct mark and the state it becomes, what was left out, and the confidence
 * with its reasons. Plain JSON-safe data.
 */

import { markMeanings } from './plan';
import { describeLine } from './table';
import type { Corrections, Detection, ImportPlan, ImportPreview, MarkMeaning } from './types';

function becomesLabel(meaning: MarkMeaning, threshold: number): string {
  switch (meaning) {
    case 'not-started':
      return 'Not started';
    case 'done':
      return 'Done';
    case 'mastered':
      return 'Mastered';
    case 'tested-out':
      return 'Tested out';
    case 'attempt':
      return `A mastery check: mastered at ${threshold}% or more, else retake`;
    case 'unknown':
      return 'Not started (we do not know this mark: choose what it means)';
  }
}

/** `detection` is the one the plan came from (applyCorrections gives it after structural corrections). */
export function previewImport(
  detection: Detection,
  plan: ImportPlan,
  corrections: Corrections = {},
): ImportPreview {
  const meanings = markMeanings(detection, corrections);
  return {
    orientation: detection.orientation,
    students: plan.students.length,
    lessons: plan.lessons.length,
    studentNames: plan.students.map((s) => s.name),
    lessonTitles: plan.lessons.map((l) => l.title),
    dueDates: plan.lessons.flatMap((l) => (l.due ? [{ lesson: l.title, due: l.due }] : [])),
    marks: detection.markValues.map((value) => {
      const becomes = meanings.get(value.key) ?? value.meaning;
      return {
        key: value.key,
        label: value.label,
        count: value.count,
        becomes,
        becomesLabel: becomesLabel(becomes, plan.threshold),
      };
    }),
    threshold: plan.threshold,
    confidence: detection.confidence.level,
    confidenceReasons: detection.confidence.reasons,
    leftOut: detection.leftOut.map((l) => ({
      where:
        l.through !== undefined
          ? `${describeLine(l.line).replace('Row', 'Rows').replace('Column', 'Columns')} to ${l.line.axis === 'row' ? l.through + 1 : describeLine({ axis: 'column', index: l.through }).replace('Column ', '')}`
          : describeLine(l.line),
      why: l.detail,
    })),
    warnings: plan.warnings,
  };
}
