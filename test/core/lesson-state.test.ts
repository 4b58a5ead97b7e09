// Lesson states as the product brief defines them, from the tick and the recorded checks.
import { DEFAULT_SETTINGS, type Lesson } from '../../src/core/class-model';
import {
  checkedState,
  isComplete,
  lessonState,
  type Attempt,
  type LessonState,
} from '../../src/core/lesson-state';
import { pacingFor } from '../../src/core/pacing';

const lesson = (checkRequired: boolean, threshold: number | null = null): Lesson => ({
  id: 'l1',
  title: 'Add fractions',
  code: '5.NF.A.1',
  link: '',
  due: '2026-10-02',
  checkRequired,
  threshold,
});
const score = (percent: number, on = '2026-10-01'): Attempt => ({ kind: 'score', percent, on });

describe('lessonState', () => {
  test.each<[string, boolean, boolean, Attempt[], string]>([
    ['not ticked, no check', false, false, [], 'not-started'],
    ['ticked, no check required', false, true, [], 'done'],
    ['ticked, check required, none recorded', true, true, [], 'waiting'],
    ['a score at the threshold masters', true, true, [score(80)], 'mastered'],
    ['a score below asks for a retake', true, true, [score(79.9)], 'retake'],
    [
      'observation masters without a score',
      true,
      false,
      [{ kind: 'observed', on: '2026-10-01' }],
      'mastered',
    ],
    [
      'a pre-test tests out, even unticked',
      true,
      false,
      [{ kind: 'tested-out', on: '2026-09-20' }],
      'tested-out',
    ],
    [
      'mastery once shown stays after a lower retake',
      true,
      true,
      [score(90), score(50)],
      'mastered',
    ],
    ['a retake at the threshold masters', true, true, [score(60), score(85)], 'mastered'],
  ])('%s → %s', (_name, required, ticked, attempts, expected) => {
    expect(lessonState(lesson(required), DEFAULT_SETTINGS, ticked, attempts).kind).toBe(expected);
  });

  test('the retake deadline is the latest attempt plus the class retake window', () => {
    const state = lessonState(lesson(true), { ...DEFAULT_SETTINGS, retakeDays: 5 }, true, [
      score(40, '2026-10-01'),
      score(60, '2026-10-06'),
    ]);
    expect(state).toEqual({ kind: 'retake', by: '2026-10-11' });
  });

  test("a lesson's own threshold wins over the class's", () => {
    expect(lessonState(lesson(true, 90), DEFAULT_SETTINGS, true, [score(85)]).kind).toBe('retake');
    expect(lessonState(lesson(true, 70), DEFAULT_SETTINGS, true, [score(75)]).kind).toBe(
      'mastered',
    );
  });

  test('complete means done, waiting, mastered or tested out; not a retake', () => {
    expect(isComplete({ kind: 'waiting' })).toBe(true);
    expect(isComplete({ kind: 'retake', by: '2026-10-09' })).toBe(false);
    expect(isComplete({ kind: 'not-started' })).toBe(false);
  });

  test('checkedState leaves the tick to decide when nothing is recorded', () => {
    expect(checkedState(lesson(true), DEFAULT_SETTINGS, [])).toBeNull();
    expect(checkedState(lesson(true), DEFAULT_SETTINGS, [score(95)])?.kind).toBe('mastered');
  });
});

describe('pacingFor, in the words the tab shows', () => {
  const lessons: Lesson[] = ['2026-09-16', '2026-09-18', '2026-09-20', null].map((due, i) => ({
    ...lesson(false),
    id: `l${i}`,
    due,
  }));
  const states = (...kinds: string[]) => kinds.map((kind) => ({ kind }) as LessonState);
  test.each<[string, LessonState[], string]>([
    ['2026-09-15', states('not-started', 'not-started', 'not-started', 'not-started'), 'On pace'],
    ['2026-09-18', states('done', 'not-started', 'not-started', 'not-started'), 'Behind by 1'],
    ['2026-09-18', states('done', 'waiting', 'not-started', 'not-started'), 'On pace'],
    ['2026-09-16', states('mastered', 'tested-out', 'not-started', 'not-started'), 'Ahead by 1'],
    ['2026-09-30', states('done', 'done', 'retake', 'done'), 'On pace'],
  ])('on %s → %s', (today, s, words) => {
    expect(pacingFor(lessons, s, today).words).toBe(words);
  });
});
