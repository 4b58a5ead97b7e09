// The add-on's operations and their budgets. A budget counts spreadsheet calls (every read, write,
// structural change and flush is a round trip in production) and sometimes modeled time; the
// issues name most of them. Each operation measures itself on a class set up by the add-on.
import { ofRun } from './measure.mjs';
import { TEACHER, emptyClass, generatedClass, studentEmail, tick } from './classes.mjs';
import { importOperations } from './import.mjs';

const STUDENT = studentEmail(0);

/** Figures of the tick of the last student in a class of that size (the class is reused below). */
function tickIn(Emulator, students, lessons) {
  const { emulator, doc } = generatedClass(Emulator, students, lessons);
  return ofRun(emulator, tick(emulator, doc, students - 1, 1));
}

/** Ids of a student's lesson (0-based), as the sidebar learns them. */
function lessonOf(emulator, doc, student, lesson) {
  const overview = emulator.callFromSidebar(doc, TEACHER, 'getClassOverview');
  if (overview.error) throw overview.error;
  return {
    studentId: overview.value.students[student].id,
    lessonId: overview.value.lessons[lesson].id,
  };
}

/** The teacher clicks the last student's nickname on the wall; the sidebar asks what is in focus. */
function focusFromWall({ emulator, doc }, students) {
  emulator.select(doc, TEACHER, `Wall!A${3 + students}`);
  return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'getFocus'));
}

export function operations(Emulator) {
  const ticks = new Map();
  const tickFigures = (students, lessons) => {
    const key = `${students}x${lessons}`;
    if (!ticks.has(key)) ticks.set(key, tickIn(Emulator, students, lessons));
    return ticks.get(key);
  };
  let big = null;
  const class42 = () => (big ??= generatedClass(Emulator, 42, 40));

  return [
    {
      name: 'onOpen, add-on not yet used in the file (AuthMode.NONE)',
      budget: 'no spreadsheet call, at most 2 others (the Ui)',
      measure: () => {
        const { emulator, doc } = emptyClass(Emulator, 1);
        return ofRun(emulator, emulator.openSpreadsheet(doc, TEACHER));
      },
      within: (f) => f.spreadsheet === 0 && f.other <= 2,
    },
    {
      name: 'onOpen for a student in a class (LIMITED)',
      budget: 'no spreadsheet call, at most 2 others',
      measure: () => {
        const { emulator, doc } = class42();
        return ofRun(emulator, emulator.openSpreadsheet(doc, STUDENT));
      },
      within: (f) => f.spreadsheet === 0 && f.other <= 2,
    },
    {
      name: 'Open sidebar (menu click, a class of 42)',
      budget: 'at most 4 spreadsheet calls (the teacher check)',
      measure: () => {
        const { emulator, doc } = class42();
        emulator.openSpreadsheet(doc, TEACHER);
        return ofRun(emulator, emulator.clickMenu(doc, TEACHER, 'Open sidebar'));
      },
      within: (f) => f.spreadsheet <= 4,
    },
    ...[
      [10, 10],
      [42, 40],
      [200, 10],
      [10, 150],
    ].map(([students, lessons]) => ({
      name: `A student's tick to an updated wall (${students} students x ${lessons} lessons)`,
      budget: 'at most 6 spreadsheet calls, whatever the class size',
      measure: () => tickFigures(students, lessons),
      within: (f) => f.spreadsheet <= 6 && f.spreadsheet === tickFigures(10, 10).spreadsheet,
    })),
    {
      name: 'An edit outside the students\u2019 tabs (the teacher typing in Setup)',
      budget: 'at most 1 spreadsheet call',
      measure: () => {
        const { emulator, doc } = class42();
        const edit = emulator.type(doc, TEACHER, "'Setup'!F1", 'a note to self');
        return ofRun(emulator, edit.triggers[0]);
      },
      within: (f) => f.spreadsheet <= 1,
    },
    {
      name: 'Generate 42 students x 40 lessons (setUpClass)',
      budget: '8 spreadsheet calls per student + 2 per lesson + 80; under 60 s modeled',
      measure: () => {
        const { emulator, setUp } = class42();
        return ofRun(emulator, setUp);
      },
      within: (f) => f.spreadsheet <= 8 * 42 + 2 * 40 + 80 && f.modeledMs < 60_000,
    },
    {
      name: 'One more student in the same generation (43 x 40 minus 42 x 40)',
      budget: 'at most 8 spreadsheet calls',
      measure: () => {
        const { emulator, setUp } = generatedClass(Emulator, 43, 40);
        const more = ofRun(emulator, setUp);
        const base = ofRun(class42().emulator, class42().setUp);
        return Object.fromEntries(Object.entries(more).map(([k, v]) => [k, v - base[k]]));
      },
      within: (f) => f.spreadsheet <= 8,
    },
    {
      name: 'Refresh wall, 42 students',
      budget: 'at most 2 spreadsheet calls per student + 20',
      measure: () => {
        const { emulator, doc } = class42();
        return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'refreshWall'));
      },
      within: (f) => f.spreadsheet <= 2 * 42 + 20,
    },
    {
      name: 'Sync class with nothing changed, 42 students',
      budget: 'at most 2 spreadsheet calls per student + 30',
      measure: () => {
        const { emulator, doc } = class42();
        return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'syncClass'));
      },
      within: (f) => f.spreadsheet <= 2 * 42 + 30,
    },
    {
      name: 'Today panel (getToday), 42 students x 40 lessons',
      budget: 'one call; at most 1 spreadsheet call per student + 8',
      measure: () => {
        const { emulator, doc } = class42();
        return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'getToday', [{}]));
      },
      within: (f) => f.spreadsheet <= 42 + 8,
    },
    {
      name: 'Class settings (getSettings), 42 students x 40 lessons',
      budget: 'at most 6 spreadsheet calls (the teacher check, one read of Setup)',
      measure: () => {
        const { emulator, doc } = class42();
        return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'getSettings'));
      },
      within: (f) => f.spreadsheet <= 6,
    },
    {
      name: 'In focus: the teacher clicks a student\u2019s row on the wall (42 x 40)',
      budget: 'at most 10 spreadsheet calls, as many as in a class of 10 x 10',
      measure: () => focusFromWall(class42(), 42),
      within: (f) =>
        f.spreadsheet <= 10 &&
        f.spreadsheet === focusFromWall(generatedClass(Emulator, 10, 10), 10).spreadsheet,
    },
    {
      name: 'In focus: a lesson by ids, from Today (42 x 40)',
      budget: 'at most 10 spreadsheet calls',
      measure: () => {
        const { emulator, doc } = class42();
        const request = lessonOf(emulator, doc, 41, 39);
        return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'getFocus', [request]));
      },
      within: (f) => f.spreadsheet <= 10,
    },
    {
      name: 'Save feedback on a lesson (42 x 40)',
      budget: 'at most 14 spreadsheet calls: the checks, that lesson\u2019s cells read and written',
      measure: () => {
        const { emulator, doc } = class42();
        const request = lessonOf(emulator, doc, 41, 39);
        const input = { ...request, comment: 'Check step 2', link: 'https://vocaroo.com/abc' };
        return ofRun(emulator, emulator.callFromSidebar(doc, TEACHER, 'saveFeedback', [input]));
      },
      within: (f) => f.spreadsheet <= 14,
    },
    {
      name: 'Generate 150 students x 80 lessons (setUpClass)',
      budget: 'within the 6-minute execution limit, modeled',
      measure: () => {
        const { emulator, setUp } = generatedClass(Emulator, 150, 80);
        return ofRun(emulator, setUp);
      },
      within: (f) => f.modeledMs < 360_000,
    },
    ...importOperations(Emulator),
  ];
}
