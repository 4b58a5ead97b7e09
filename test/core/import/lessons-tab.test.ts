/**
 * A separate lessons tab (or a standards list) gives a tracker's lessons their titles, due dates
 * and links, matched by standard code however it is written, or by title.
 */

import { detectTracker } from '../../../src/core/import';
import { benchmarkTriplets } from './fixtures/gradebooks';
import { day, grid } from './fixtures/layout';

const teksTab = grid([
  ['Reporting Category', 'Standard Code', 'Description', 'Due'],
  [
    '1: Numerical Representations',
    '8.2C',
    'Convert between standard decimal notation and scientific notation.',
    day('2026-09-18'),
  ],
  ['1: Numerical Representations', '8.2D', 'Order a set of real numbers.', '10/2/2026'],
]);

test('a tracker titled by codes takes its titles and due dates from the lessons tab, "8.2C (2012)" matching 8.2C', () => {
  const detection = detectTracker(benchmarkTriplets.grid, { lessonsTab: teksTab });
  expect(detection.lessons.map((l) => [l.title, l.code, l.due])).toEqual([
    ['Convert between standard decimal notation and scientific notation.', '8.2C', '2026-09-18'],
    ['Order a set of real numbers.', '8.2D', '2026-10-02'],
  ]);
  expect(detection.warnings).toContain(
    '2 of 2 lessons were matched in the lessons tab (titles, due dates and links).',
  );
});

test('legacy and current Common Core codes match, and titles match when there is no code', () => {
  const tracker = grid([
    ['Student', '5.NF.B.3 Fractions as division', 'Exit ticket'],
    ['Ava Lee', true, false],
    ['Ben Ortiz', false, true],
  ]);
  const tab = grid([
    ['Lesson', 'Code', 'Due', 'Video'],
    ['Fractions as division', '5.NF.3', day('2026-09-24'), 'https://youtu.be/xyz'],
    ['Exit ticket', '', day('2026-09-25'), ''],
  ]);
  const detection = detectTracker(tracker, { lessonsTab: tab });
  expect(detection.lessons).toEqual([
    expect.objectContaining({
      title: 'Fractions as division',
      code: '5.NF.B.3',
      due: '2026-09-24',
      link: 'https://youtu.be/xyz',
    }),
    expect.objectContaining({ title: 'Exit ticket', due: '2026-09-25' }),
  ]);
});

test('a lessons tab that matches nothing changes nothing, and says so', () => {
  const tab = grid([
    ['Code', 'Title'],
    ['7.RP.A.1', 'Unit rates'],
  ]);
  const detection = detectTracker(benchmarkTriplets.grid, { lessonsTab: tab });
  expect(detection.lessons.map((l) => l.title)).toEqual(['8.2C (2012)', '8.2D (2012)']);
  expect(detection.warnings).toContain('No lesson matched an entry of the lessons tab.');
});

test('a short standards list (code, description, video) reads as a list of lessons, not as a roster with no students', () => {
  const standards = grid([
    ['Code', 'Description', 'Video'],
    ['5.NF.A.1', 'Add fractions with unlike denominators', 'https://video.example/nf-a-1'],
    ['5.NF.A.2', 'Solve word problems adding fractions', 'https://video.example/nf-a-2'],
    ['5.NF.B.3', 'Interpret a fraction as division', 'https://video.example/nf-b-3'],
  ]);
  const detection = detectTracker(standards);
  expect(detection.orientation).toBe('lessons-list');
  expect(detection.lessons.map((l) => [l.code, l.title, l.link])).toEqual([
    ['5.NF.A.1', 'Add fractions with unlike denominators', 'https://video.example/nf-a-1'],
    ['5.NF.A.2', 'Solve word problems adding fractions', 'https://video.example/nf-a-2'],
    ['5.NF.B.3', 'Interpret a fraction as division', 'https://video.example/nf-b-3'],
  ]);
});
