// Feedback from the sidebar lands in the lesson's feedback cell: the newest dated in the cell with
// its link on "▶ Listen", the whole history in the note, newest first, nothing dropped; the Seen
// box unticked. Bad input is refused with a message and nothing is written. The teacher's comment
// bank follows them and students cannot read it. Sync keeps all of it on the right lesson.
import type { FocusPanel } from '../../src/shared/sidebar-types';
import { Classroom, TEACHER } from '../support/classroom';

type Lesson = Extract<FocusPanel, { kind: 'lesson' }>;

function setUp(lessons = 4) {
  const r = new Classroom({ students: 3, lessons });
  const result = r.setUp();
  if (!result.ok) throw new Error(result.message);
  return r;
}

function save(r: Classroom, input: object): Lesson {
  const panel = r.sidebar<FocusPanel>('saveFeedback', [input]);
  if (panel.kind !== 'lesson') throw new Error(`Not a lesson: ${JSON.stringify(panel)}`);
  return panel;
}

/** The feedback cell as a person sees it: text, its runs' links, the note, and the Seen box. */
function feedbackCell(r: Classroom, tab: string, row: number) {
  const sheet = r.sheet(tab);
  const cell = sheet.getRange(`I${row}`);
  return {
    text: cell.getDisplayValue(),
    runs: (cell.getRichTextValue()?.getRuns() ?? []).map((run) => [
      run.getText(),
      run.getLinkUrl(),
    ]),
    note: cell.getNote(),
    formula: cell.getFormula(),
    seen: sheet.getRange(`H${row}`).getValue(),
    seenIsCheckbox: String(sheet.getRange(`H${row}`).getDataValidation()?.getCriteriaType() ?? ''),
  };
}

describe('saving feedback', () => {
  test('a comment and a recording: the dated cell with its Listen link, and the note', () => {
    const r = setUp();
    const panel = save(r, {
      ...r.ids(0, 1),
      comment: 'Check step 2 again',
      link: 'https://vocaroo.com/abc123',
    });
    const cell = feedbackCell(r, 'Ava Student1', 6);
    expect(cell.text).toBe('2026-09-14 Check step 2 again  ▶ Listen');
    expect(cell.runs).toEqual([
      ['2026-09-14 Check step 2 again  ', null],
      ['▶ Listen', 'https://vocaroo.com/abc123'],
    ]);
    expect(cell.note).toBe('2026-09-14: Check step 2 again\nListen: https://vocaroo.com/abc123');
    expect(panel.feedback).toEqual([
      { on: '2026-09-14', comment: 'Check step 2 again', link: 'https://vocaroo.com/abc123' },
    ]);
    expect(panel.lesson.title).toBe('Lesson 2: part 2 of fractions');
    // Only that lesson's cell changed.
    expect(r.shown('Ava Student1', 'I5:I8').flat()).toEqual([
      '',
      '2026-09-14 Check step 2 again  ▶ Listen',
      '',
      '',
    ]);
  });

  test('a link only, such as a Google Drive recording', () => {
    const r = setUp();
    save(r, { ...r.ids(1, 0), link: 'https://drive.google.com/file/d/abc/view' });
    const cell = feedbackCell(r, 'Ben Student2', 5);
    expect(cell.text).toBe('2026-09-14 ▶ Listen');
    expect(cell.runs).toEqual([
      ['2026-09-14 ', null],
      ['▶ Listen', 'https://drive.google.com/file/d/abc/view'],
    ]);
    expect(cell.note).toBe('2026-09-14:\nListen: https://drive.google.com/file/d/abc/view');
  });

  test('two saves: the newest in the cell, the history newest first in the note', () => {
    const r = setUp();
    save(r, { ...r.ids(0, 0), comment: 'Show your work', link: 'https://mote.example/1' });
    r.emulator.clock.advanceDays(2);
    const panel = save(r, { ...r.ids(0, 0), comment: 'Much better!' });
    const cell = feedbackCell(r, 'Ava Student1', 5);
    expect(cell.text).toBe('2026-09-16 Much better!');
    expect(cell.runs).toEqual([['2026-09-16 Much better!', null]]);
    expect(cell.note).toBe(
      '2026-09-16: Much better!\n\n2026-09-14: Show your work\nListen: https://mote.example/1',
    );
    expect(panel.feedback).toEqual([
      { on: '2026-09-16', comment: 'Much better!', link: '' },
      { on: '2026-09-14', comment: 'Show your work', link: 'https://mote.example/1' },
    ]);
  });

  test('the day is the spreadsheet\u2019s: late evening in Los Angeles is still that day there', () => {
    const r = new Classroom({
      students: 1,
      lessons: 2,
      timeZone: 'America/Los_Angeles',
      now: '2026-09-15T05:30:00Z',
    });
    r.setUp();
    save(r, { ...r.ids(0, 0), comment: 'Good' });
    expect(feedbackCell(r, 'Ava Student1', 5).text).toBe('2026-09-14 Good');
  });

  test('a note the teacher wrote by hand is kept below, verbatim', () => {
    const r = setUp();
    const handWritten = 'Spoke with her mum.\n\nNeeds a quiet corner.';
    r.sheet('Ava Student1').getRange('I5').setNote(handWritten);
    const panel = save(r, { ...r.ids(0, 0), comment: 'Great start' });
    expect(feedbackCell(r, 'Ava Student1', 5).note).toBe(
      `2026-09-14: Great start\n\n${handWritten}`,
    );
    expect(panel.feedback).toEqual([
      { on: '2026-09-14', comment: 'Great start', link: '' },
      { on: '', comment: handWritten, link: '' },
    ]);
  });

  test('feedback typed into the cell by hand is kept in the note, not overwritten', () => {
    const r = setUp();
    r.sheet('Ava Student1').getRange('I5').setValue('see me at lunch');
    save(r, { ...r.ids(0, 0), comment: 'Nice work' });
    expect(feedbackCell(r, 'Ava Student1', 5).note).toBe(
      '2026-09-14: Nice work\n\nsee me at lunch',
    );
  });

  test('saving unticks Seen; the student ticks it', () => {
    const r = setUp();
    save(r, { ...r.ids(0, 0), comment: 'First' });
    expect(feedbackCell(r, 'Ava Student1', 5)).toMatchObject({
      seen: false,
      seenIsCheckbox: 'CHECKBOX',
    });
    const tick = r.emulator.setCheckbox(r.doc, r.students[0]!, "'Ava Student1'!H5", true);
    expect(tick.applied).toBe(true);
    expect(r.sidebar<Lesson>('getFocus', [r.ids(0, 0)]).seen).toBe(true);
    const panel = save(r, { ...r.ids(0, 0), comment: 'Second' });
    expect(feedbackCell(r, 'Ava Student1', 5).seen).toBe(false);
    expect(panel.seen).toBe(false);
  });

  test('a comment that looks like a formula stays text, in the cell and the note', () => {
    const r = setUp();
    const comment = '=IMPORTXML("https://evil.example","//a")';
    save(r, { ...r.ids(0, 0), comment });
    const cell = feedbackCell(r, 'Ava Student1', 5);
    expect(cell.formula).toBe('');
    expect(cell.text).toBe(`2026-09-14 ${comment}`);
    expect(cell.note).toBe(`2026-09-14: ${comment}`);
    const html = '<img src=x onerror=alert(1)>';
    const panel = save(r, { ...r.ids(0, 1), comment: html });
    expect(panel.feedback[0]?.comment).toBe(html);
    expect(feedbackCell(r, 'Ava Student1', 6).text).toBe(`2026-09-14 ${html}`);
  });
});

describe('refused, with a message, and nothing written', () => {
  function refusal(r: Classroom, input: unknown, as = TEACHER) {
    const before = r.sheetNames().map((name) => [name, r.shown(name)]);
    const notes = feedbackCell(r, 'Ava Student1', 5);
    const call = r.emulator.callFromSidebar(r.doc, as, 'saveFeedback', [input]);
    expect(call.error).toBeDefined();
    expect(r.sheetNames().map((name) => [name, r.shown(name)])).toEqual(before);
    expect(feedbackCell(r, 'Ava Student1', 5)).toEqual(notes);
    return call.error?.message ?? '';
  }

  test.each([
    'javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'ftp://files.example/note.mp3',
    'vocaroo.com/abc',
    'https://vocaroo.com/a b',
  ])('the link %s', (link) => {
    const r = setUp();
    save(r, { ...r.ids(0, 0), comment: 'Earlier feedback', link: 'https://mote.example/1' });
    expect(refusal(r, { ...r.ids(0, 0), comment: 'Listen', link })).toBe(
      'bad-argument: Only a web link starting with https:// (or http://), with no spaces, can be saved, such as a Mote, Vocaroo or Google Drive link. Nothing was saved.',
    );
  });

  test('empty feedback, and a comment over 2,000 characters', () => {
    const r = setUp();
    expect(refusal(r, { ...r.ids(0, 0), comment: '   ', link: '' })).toBe(
      'bad-argument: The feedback is empty: write a comment or paste a link to a recording.',
    );
    expect(refusal(r, { ...r.ids(0, 0), comment: 'a'.repeat(2001) })).toBe(
      'bad-argument: The comment is 2,001 characters long: keep it to 2,000 or fewer. Nothing was saved.',
    );
  });

  test('a student or a lesson not in the class, or a lesson removed from the unit', () => {
    const r = setUp();
    const { studentId, lessonId } = r.ids(0, 3);
    expect(refusal(r, { studentId: 's-nobody', lessonId, comment: 'Hi' })).toBe(
      'bad-argument: That student is not in this class any more. Reload the sidebar.',
    );
    expect(refusal(r, { studentId, lessonId: 'l-nothing', comment: 'Hi' })).toBe(
      'bad-argument: That lesson is not in this unit any more. Reload the sidebar.',
    );
    expect(refusal(r, { studentId, comment: 'Hi' })).toBe(
      'bad-argument: That lesson is not in this unit any more. Reload the sidebar.',
    );
    expect(refusal(r, 'Ava')).toBe('bad-argument: Choose a student and a lesson first.');
    const setup = r.sheet('Setup');
    const values = r.shown('Setup');
    setup.deleteRow(values.findIndex((row) => row[0] === 'Lesson 4: part 4 of fractions') + 1);
    expect(r.sidebar<{ ok: boolean }>('syncClass').ok).toBe(true);
    expect(refusal(r, { studentId, lessonId, comment: 'Hi' })).toBe(
      'bad-argument: That lesson is not in this unit any more. Reload the sidebar.',
    );
  });

  test('a student whose tab was deleted: Sync class first', () => {
    const r = setUp();
    const ss = r.emulator.spreadsheet(r.doc);
    ss.deleteSheet(ss.getSheetByName('Ben Student2')!);
    expect(refusal(r, { ...r.ids(1, 0), comment: 'Hello' })).toBe(
      'bad-argument: Ben Student2\u2019s tab is not up to date: choose Sync class, then save the feedback.',
    );
    expect(r.sidebar<FocusPanel>('getFocus', [r.ids(1, 0)])).toMatchObject({
      kind: 'student',
      message: 'Ben Student2\u2019s tab is missing: choose Sync class to make it again.',
    });
  });

  test('a history that would pass what a note holds is refused, not cut short', () => {
    const r = setUp();
    r.sheet('Ava Student1').getRange('I5').setNote('x'.repeat(49_990));
    expect(refusal(r, { ...r.ids(0, 0), comment: 'One more thing' })).toMatch(
      /^bad-argument: This lesson's feedback history is full \(a cell's note holds at most 50,000 characters\)/,
    );
  });

  test('a student calling it gets the teachers-only refusal', () => {
    const r = setUp();
    expect(refusal(r, { ...r.ids(0, 0), comment: 'I did great' }, r.students[0])).toMatch(
      /^not-a-teacher: Mastery Tracker is for the teachers of this class/,
    );
  });
});

describe('the comment bank', () => {
  test('saved tidied and de-duplicated, read back, and it follows the teacher to another class', () => {
    const r = setUp();
    expect(r.sidebar<string[]>('getCommentBank')).toEqual([]);
    const saved = r.sidebar<string[]>('saveCommentBank', [
      ['  Show your work ', 'Great persistence!', '', 'Show your work'],
    ]);
    expect(saved).toEqual(['Show your work', 'Great persistence!']);
    expect(r.sidebar<string[]>('getCommentBank')).toEqual(saved);
    // Not in the spreadsheet's own properties, which every editor's runs could read.
    const documentProperties = r.emulator.runAs(r.doc, TEACHER, (g) =>
      JSON.stringify(
        (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
          .getDocumentProperties()
          .getProperties(),
      ),
    );
    expect(documentProperties).not.toContain('Great persistence!');
    // Another class of the same teacher sees the same bank.
    const other = r.emulator.createSpreadsheet({
      name: 'Room 14 tracker',
      owner: TEACHER,
      timeZone: 'America/New_York',
    });
    r.emulator.openSpreadsheet(other, TEACHER);
    const setUpOther = r.emulator.callFromSidebar(other, TEACHER, 'setUpClass', [r.input]);
    expect(setUpOther.error).toBeUndefined();
    expect(r.emulator.callFromSidebar(other, TEACHER, 'getCommentBank').value).toEqual(saved);
  });

  test('refused: too long, too many, not text; a student gets the teachers-only refusal', () => {
    const r = setUp();
    const call = (list: unknown, as = TEACHER) =>
      r.emulator.callFromSidebar(r.doc, as, 'saveCommentBank', [list]).error?.message;
    expect(call(['ok', 'x'.repeat(501)])).toBe(
      'bad-argument: Comment 2 is 501 characters long: keep each saved comment to 500 or fewer. Nothing was saved.',
    );
    expect(call(Array.from({ length: 101 }, (_, i) => `Comment ${i}`))).toBe(
      'bad-argument: The comment bank holds at most 100 comments; this list has 101. Remove some, then save again.',
    );
    expect(call(Array.from({ length: 30 }, (_, i) => `${i} ${'é'.repeat(200)}`))).toMatch(
      /KB, and Google keeps at most 9 KB in one setting/,
    );
    expect(call([{ text: 'hi' }])).toBe('bad-argument: Comment 1 is not text.');
    expect(call(['Mine'], r.students[0])).toMatch(
      /^not-a-teacher: Mastery Tracker is for the teachers/,
    );
    expect(
      r.emulator.callFromSidebar(r.doc, r.students[0]!, 'getCommentBank').error?.message,
    ).toMatch(/^not-a-teacher: Mastery Tracker is for the teachers/);
    expect(r.sidebar<string[]>('getCommentBank')).toEqual([]);
  });
});

describe('Sync keeps feedback on its lesson', () => {
  function setupRow(r: Classroom, title: string): number {
    const index = r.shown('Setup').findIndex((row) => row[0] === title);
    if (index === -1) throw new Error(`"${title}" is not on the Setup tab`);
    return index + 1;
  }

  test('lessons added, removed and moved back: text, Listen link, note and Seen box intact', () => {
    const r = setUp();
    const lesson2 = r.ids(0, 1);
    const lesson3 = r.ids(0, 2);
    save(r, { ...lesson2, comment: 'Redo question 4', link: 'https://vocaroo.com/l2' });
    r.emulator.clock.advanceDays(1);
    save(r, { ...lesson2, comment: 'Well fixed' });
    save(r, { ...lesson3, comment: 'Listen to this', link: 'https://mote.example/l3' });
    r.emulator.setCheckbox(r.doc, r.students[0]!, "'Ava Student1'!H7", true);
    const lesson2Cell = feedbackCell(r, 'Ava Student1', 6);
    const lesson3Cell = feedbackCell(r, 'Ava Student1', 7);
    expect(lesson3Cell.seen).toBe(true);

    // A new lesson before lesson 2, and lesson 3 removed from the unit.
    const setup = r.sheet('Setup');
    const row2 = setupRow(r, 'Lesson 2: part 2 of fractions');
    setup.insertRowBefore(row2);
    r.emulator.type(r.doc, TEACHER, `'Setup'!A${row2}`, 'A new lesson');
    const row3 = setupRow(r, 'Lesson 3: part 3 of fractions');
    const saved = setup.getRange(row3, 1, 1, 6).getValues()[0]!;
    setup.deleteRow(row3);
    expect(r.sidebar<{ ok: boolean }>('syncClass').ok).toBe(true);

    const tab = r.shown('Ava Student1', 'B5:B9').flat();
    expect(tab).toEqual([
      'Lesson 1: part 1 of fractions',
      'A new lesson',
      'Lesson 2: part 2 of fractions',
      'Lesson 4: part 4 of fractions',
      'Lesson 3: part 3 of fractions',
    ]);
    expect(feedbackCell(r, 'Ava Student1', 7)).toEqual(lesson2Cell);
    expect(feedbackCell(r, 'Ava Student1', 9)).toEqual(lesson3Cell);
    expect(feedbackCell(r, 'Ava Student1', 6)).toMatchObject({ text: '', note: '', runs: [] });
    expect(r.sheet('Ava Student1').isRowHiddenByUser(9)).toBe(true);

    // Lesson 3 comes back, at the top of the unit.
    const top = setupRow(r, 'Lesson 1: part 1 of fractions');
    setup.insertRowBefore(top);
    setup
      .getRange(top, 1, 1, 6)
      .setValues([saved.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v))]);
    expect(r.sidebar<{ ok: boolean }>('syncClass').ok).toBe(true);
    expect(r.cell('Ava Student1', 'B5')).toBe('Lesson 3: part 3 of fractions');
    expect(feedbackCell(r, 'Ava Student1', 5)).toEqual(lesson3Cell);
    expect(feedbackCell(r, 'Ava Student1', 8)).toEqual(lesson2Cell);
    const focus = r.sidebar<Lesson>('getFocus', [lesson3]);
    expect(focus.feedback).toEqual([
      { on: '2026-09-15', comment: 'Listen to this', link: 'https://mote.example/l3' },
    ]);
    expect(focus.seen).toBe(true);
  });

  test('a due date changed in Setup rewrites the rows\u2019 statuses, not the feedback', () => {
    const r = setUp();
    save(r, { ...r.ids(1, 0), comment: 'Hear this', link: 'https://vocaroo.com/b1' });
    const before = feedbackCell(r, 'Ben Student2', 5);
    r.emulator.type(
      r.doc,
      TEACHER,
      `'Setup'!D${setupRow(r, 'Lesson 1: part 1 of fractions')}`,
      '2026-09-30',
    );
    expect(r.sidebar<{ ok: boolean }>('syncClass').ok).toBe(true);
    expect(r.cell('Ben Student2', 'D5')).toBe('Sep 30');
    expect(feedbackCell(r, 'Ben Student2', 5)).toEqual(before);
  });
});
