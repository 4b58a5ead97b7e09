/**
 * The preview the sidebar shows before anything is written: counts, due dates, each distinct mark
 * with its count and the state it becomes (after the teacher's choices), what was left out and
 * why, the confidence and its reasons. Plain JSON-safe data.
 */

import {
  applyCorrections,
  detectTracker,
  planImport,
  previewImport,
} from '../../../src/core/import';
import type { Corrections } from '../../../src/core/import';
import { initialsWithPointsRow } from './fixtures/gradebooks';
import { checkboxGrid } from './fixtures/trackers';

function preview(sheet = checkboxGrid.grid, corrections: Corrections = {}) {
  const detection = detectTracker(sheet);
  const plan = planImport(sheet, detection, corrections);
  return previewImport(applyCorrections(sheet, detection, corrections), plan, corrections);
}

test('says N students, M lessons and the due dates found', () => {
  const shown = preview();
  expect(shown.students).toBe(3);
  expect(shown.lessons).toBe(3);
  expect(shown.studentNames).toEqual(['Ava Lee', 'Ben Ortiz', 'Cy Young']);
  expect(shown.dueDates).toEqual([
    { lesson: 'Add fractions', due: '2026-09-10' },
    { lesson: 'Word problems', due: '2026-09-17' },
    { lesson: 'Fractions as division', due: '2026-09-24' },
  ]);
});

test('lists each distinct mark with its count and the state it becomes', () => {
  expect(preview().marks).toEqual([
    {
      key: 'bool:false',
      label: 'FALSE (not ticked)',
      count: 6,
      becomes: 'not-started',
      becomesLabel: 'Not started',
    },
    { key: 'bool:true', label: 'TRUE (ticked)', count: 3, becomes: 'done', becomesLabel: 'Done' },
  ]);
});

test('shows the teacher’s choices and the threshold in what a mark becomes', () => {
  const shown = preview(initialsWithPointsRow.grid, {
    marks: { 'text:pp': 'tested-out' },
    threshold: 75,
  });
  const byLabel = new Map(shown.marks.map((m) => [m.label, m]));
  expect(byLabel.get('pp')).toMatchObject({ becomes: 'tested-out', becomesLabel: 'Tested out' });
  expect(byLabel.get('2+')?.becomesLabel).toBe(
    'A mastery check: mastered at 75% or more, else retake',
  );
  expect(byLabel.get('e')?.becomesLabel).toMatch(/^Not started \(we do not know this mark/);
  expect(shown.threshold).toBe(75);
});

test('says what was left out, where, and why', () => {
  const shown = preview();
  expect(shown.leftOut).toContainEqual({
    where: 'Row 4',
    why: "holds due dates: used as each lesson's due date",
  });
  expect(shown.leftOut.find((l) => l.where === 'Column F')?.why).toBe(
    'is a summary (“% Done”), worked out from the lessons',
  );
});

test('gives the confidence with its reasons', () => {
  const shown = preview();
  expect(shown.confidence).toBe('high');
  expect(shown.confidenceReasons[0]).toBe('3 students found in column A, 3 lessons in row 3.');
});

test('is plain JSON-safe data', () => {
  const shown = preview(initialsWithPointsRow.grid);
  expect(JSON.parse(JSON.stringify(shown))).toEqual(shown);
});
