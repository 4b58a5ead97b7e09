/**
 * The sample class's first weeks, as a plan: which student ticks which lesson when, which lessons
 * the teacher checks and how each check went, who retakes, what feedback the teacher writes and
 * who reads it, who picks their own wall icon and who links their work. Pure and seeded: the same today gives the same weeks. class-run.ts plays the
 * plan on the emulator, its clock moved to each moment, and the add-on does the rest as it would
 * have on those days (tick dates, statuses, the wall).
 */

import {
  compareDays,
  instantAt,
  schoolDaysFrom,
  seededRandom,
  UNIT_SCHOOL_DAYS,
  unitDueDates,
  unitStart,
  type CalendarDay,
} from './calendar';
import { FEEDBACK, SAMPLE_LESSONS, SAMPLE_ROSTER, SAMPLE_TIME_ZONE } from './unit';

/** A mastery check as the teacher records it in the sidebar. */
export type SampleCheck =
  { kind: 'score'; score: number; outOf: number } | { kind: 'observed' } | { kind: 'tested-out' };

/** Students and lessons by their index in SAMPLE_ROSTER and SAMPLE_LESSONS. */
export type SampleEvent =
  | { at: Date; kind: 'tick'; student: number; lesson: number }
  | { at: Date; kind: 'work'; student: number; lesson: number; link: string }
  | { at: Date; kind: 'icon'; student: number; icon: string }
  | { at: Date; kind: 'check'; student: number; lesson: number; check: SampleCheck }
  | { at: Date; kind: 'feedback'; student: number; lesson: number; comment: string; link: string }
  | { at: Date; kind: 'seen'; student: number; lesson: number };

export interface SampleHistory {
  /** The unit's first morning, before school: the teacher sets the class up from the tracker. */
  setUpAt: Date;
  /** Lessons that need a mastery check: the quiz that ends each cluster of standards. */
  checkLessons: number[];
  /** Everything that happened since, oldest first, all before today. */
  events: SampleEvent[];
}

/** The quiz lessons: 5.NF.A.2, 5.NF.B.4b, 5.NF.B.6 and 5.NF.B.7c. */
export const CHECK_LESSONS = [1, 4, 7, 10];

/** Students who went quiet: the last school day of the unit (0-based) they ticked anything. */
export const QUIET_STUDENTS: Readonly<Record<string, number>> = {
  'Mateo Rossi': 2,
  'Jayden Brooks': 4,
};

/** Students who showed mastery of the first lesson on the unit's pre-test and skipped it. */
export const PRE_TEST_STUDENTS = ['Ethan Patel', 'Mia Chen'];

/**
 * Students who scored below the threshold on a quiz: on their first one (and retook it two school
 * days later), or on their latest one (the retake is still to come).
 */
export const RETAKE_STUDENTS: Readonly<Record<string, 'first' | 'latest'>> = {
  'Zoe Kim': 'first',
  'Diego Flores': 'latest',
};

/** Students who chose their own icon for the wall on the first day. */
export const OWN_ICONS: Readonly<Record<string, string>> = {
  'Ava Martinez': '🐉',
  'Noah Johnson': '⚽',
  'Priya Sharma': '🌟',
};

/** Minutes past midnight. */
const MORNING = 7 * 60 + 40;
const MATH_BLOCK = 9 * 60 + 35;
const HOMEWORK = 18 * 60;
const AFTER_SCHOOL = 15 * 60 + 25;

/** Where a student stands against the lessons due by the last school day before today. */
const PACE_OFFSETS = [-3, -2, -1, -1, 0, 0, 0, 0, 1, 1, 2];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Ms. Rivera's words: praise for a check passed, a nudge after a low score or a lesson overdue. */
const PRAISE = [0, 2, 4, 5, 7].map((k) => FEEDBACK[k]!);
const RETAKE_NUDGE = FEEDBACK[1]!;
const OVERDUE_NUDGES = [3, 6].map((k) => FEEDBACK[k]!);

/** A recording of the teacher's voice (a placeholder host, RFC 2606: hers would be on Mote). */
function audioLink(student: number, lesson: number): string {
  return `https://voice.example.org/room12/${student + 1}-${lesson + 1}`;
}

/** A link to a student's work (a placeholder host, RFC 2606: theirs would be on Drive). */
function workLink(student: number, lesson: number): string {
  const local = SAMPLE_ROSTER[student]!.email.split('@')[0]!;
  return `https://drive.example.org/room12/${local}/${slug(SAMPLE_LESSONS[lesson]!.code)}`;
}

/** The unit's weeks up to (not including) `today`, in the spreadsheet's zone. */
export function sampleHistory(today: CalendarDay): SampleHistory {
  const random = seededRandom(412);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const days = schoolDaysFrom(unitStart(today), UNIT_SCHOOL_DAYS).filter(
    (day) => compareDays(day, today) < 0,
  );
  const last = days.length - 1;
  const at = (day: number, minutes: number) => instantAt(days[day]!, minutes, SAMPLE_TIME_ZONE);
  const due = unitDueDates(today, SAMPLE_LESSONS.length);
  const dueBy = (day: number) => due.filter((d) => compareDays(d, days[day]!) <= 0).length;
  const events: SampleEvent[] = [];

  SAMPLE_ROSTER.forEach((person, student) => {
    const icon = OWN_ICONS[person.name];
    if (icon) events.push({ at: at(0, MATH_BLOCK - 10 + student), kind: 'icon', student, icon });

    const testedOut = PRE_TEST_STUDENTS.includes(person.name) ? [0] : [];
    for (const lesson of testedOut) {
      const check: SampleCheck = { kind: 'tested-out' };
      events.push({ at: at(0, MORNING + 30 + student), kind: 'check', student, lesson, check });
    }

    const quietAfter = QUIET_STUDENTS[person.name];
    const lastDay = Math.min(quietAfter ?? last, last);
    const complete =
      quietAfter === undefined
        ? Math.max(1, Math.min(SAMPLE_LESSONS.length, dueBy(last) + pick(PACE_OFFSETS)))
        : Math.max(1, dueBy(lastDay));
    const lessons = SAMPLE_LESSONS.map((_, k) => k)
      .filter((k) => !testedOut.includes(k))
      .slice(0, complete - testedOut.length);
    // Some skip a lesson they found hard and go on: it stays open, and overdue once past due.
    if (lessons.length > 3 && random() < 0.2) {
      lessons.splice(1 + Math.floor(random() * (lessons.length - 2)), 1);
    }

    const tickDays = lessons
      .map((_, k) => {
        const even = ((k + 1) * (lastDay + 1)) / lessons.length - 1;
        return Math.max(0, Math.min(lastDay, Math.round(even + (random() - 0.5) * 2)));
      })
      .sort((a, b) => a - b);
    const quizzes: { day: number; lesson: number }[] = [];
    lessons.forEach((lesson, k) => {
      const day = tickDays[k]!;
      const minutes =
        random() < 0.7
          ? MATH_BLOCK + Math.floor(random() * 75)
          : HOMEWORK + Math.floor(random() * 150);
      events.push({ at: at(day, minutes), kind: 'tick', student, lesson });
      if (random() < 0.12) {
        const link = workLink(student, lesson);
        events.push({ at: at(day, minutes + 2), kind: 'work', student, lesson, link });
      }
      if (CHECK_LESSONS.includes(lesson)) quizzes.push({ day, lesson });
    });
    checkQuizzes(student, quizzes, RETAKE_STUDENTS[person.name]);

    // Two days before today the teacher nudges the students well behind on the lesson they are on.
    const on = SAMPLE_LESSONS.findIndex((_, k) => !testedOut.includes(k) && !lessons.includes(k));
    if (last >= 2 && on >= 0 && lessons.length + testedOut.length <= dueBy(last) - 2) {
      const nudge = pick(OVERDUE_NUDGES);
      feedback(student, on, last - 1, AFTER_SCHOOL + 55, nudge, quietAfter === undefined);
    }
  });

  /** The teacher's feedback on a lesson; the student ticks Seen the next school day, mostly. */
  function feedback(
    student: number,
    lesson: number,
    day: number,
    minutes: number,
    comment: string,
    seenNextDay: boolean,
  ): void {
    const link = random() < 0.4 ? audioLink(student, lesson) : '';
    events.push({ at: at(day, minutes), kind: 'feedback', student, lesson, comment, link });
    if (seenNextDay && day + 1 <= last && random() < 0.7) {
      const when = at(day + 1, MATH_BLOCK + Math.floor(random() * 20));
      events.push({ at: when, kind: 'seen', student, lesson });
    }
  }

  /**
   * The teacher checks a quiz a school day or two after the tick, after school, up to the day
   * before yesterday: the quizzes of the last two or three days are still waiting.
   */
  function checkQuizzes(
    student: number,
    quizzes: readonly { day: number; lesson: number }[],
    retake: 'first' | 'latest' | undefined,
  ): void {
    const checked = quizzes
      .map(({ day, lesson }) => ({ day: day + (random() < 0.3 ? 2 : 1), lesson }))
      .filter(({ day }) => day <= last - 1);
    checked.forEach(({ day, lesson }, index) => {
      const minutes = AFTER_SCHOOL + Math.floor(random() * 50);
      const check = (result: SampleCheck, on = day) =>
        events.push({ at: at(on, minutes), kind: 'check', student, lesson, check: result });
      const low =
        (retake === 'first' && index === 0) ||
        (retake === 'latest' && index === checked.length - 1);
      if (low) {
        check({ kind: 'score', score: pick([5, 6, 7]), outOf: 10 });
        feedback(student, lesson, day, minutes + 5, RETAKE_NUDGE, true);
        // The retake, two school days later, unless it is still to come.
        if (retake === 'first' && day + 2 <= last) {
          check({ kind: 'score', score: pick([8, 9, 10]), outOf: 10 }, day + 2);
        }
      } else if (random() < 0.12) {
        check({ kind: 'observed' });
      } else {
        check({ kind: 'score', score: pick([8, 9, 9, 10, 10]), outOf: 10 });
        if (random() < 0.25) feedback(student, lesson, day, minutes + 5, pick(PRAISE), true);
      }
    });
  }

  const order = { icon: 0, tick: 1, work: 2, check: 3, feedback: 4, seen: 5 };
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || order[a.kind] - order[b.kind]);
  return { setUpAt: at(0, MORNING), checkLessons: CHECK_LESSONS, events };
}
