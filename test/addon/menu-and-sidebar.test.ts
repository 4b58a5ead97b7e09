/**
 * The add-on as a class meets it before any setup: the teacher installs it, students open the
 * class file, the teacher opens the sidebar. Runs the built bundle (build/) on the emulator.
 */

import { ADDON_MENU } from '../support/addon-menu';
import { Classroom, TEACHER } from '../support/classroom';

describe('a teacher and three students, before setup', () => {
  test('after the teacher installs it, a student opening the file sees its menu, built in LIMITED', () => {
    const { emulator, doc, students } = new Classroom({ students: 3 });
    expect(emulator.install(doc, TEACHER).error).toBeUndefined();
    const opened = emulator.openSpreadsheet(doc, students[0]!);
    expect([opened.authMode, opened.error, opened.calls.byKind.read]).toEqual([
      'LIMITED',
      undefined,
      undefined,
    ]);
    expect(emulator.project.ui.menusFor(doc.model.id, students[0]!)).toEqual([ADDON_MENU]);
  });

  test('before anyone used it in the file, onOpen runs in NONE and still builds the menu', () => {
    const { emulator, doc } = new Classroom();
    const opened = emulator.openSpreadsheet(doc, TEACHER);
    expect([opened.authMode, opened.error]).toEqual(['NONE', undefined]);
    expect(emulator.project.ui.menusFor(doc.model.id, TEACHER)).toEqual([ADDON_MENU]);
  });

  test("the sidebar opens for the teacher and names the class's file", () => {
    const room = new Classroom();
    room.menu('Open sidebar');
    expect(room.emulator.project.ui.openSidebar(room.doc.model.id, TEACHER)?.width).toBe(300);
    expect(room.sidebar('getSidebarInfo')).toMatchObject({ spreadsheetName: 'Room 12 tracker' });
    expect(room.sidebar('getClassStatus')).toMatchObject({ hasClass: false, students: 0 });
  });

  test('"Set up this tracker" on an empty spreadsheet adds a Setup tab to fill in, and says so', () => {
    const room = new Classroom();
    room.menu('Set up this tracker');
    expect(room.lastAlert()).toMatch(/A Setup tab is ready/);
    expect(room.shown('Setup').map((row) => row[0])).toEqual(
      expect.arrayContaining(['CLASS SETTINGS', 'LESSONS', 'STUDENTS', 'Title', 'Name']),
    );
    room.menu('Sync class');
    expect(room.lastAlert()).toMatch(
      /Nothing was changed\. Fix these on the Setup tab.*\n• Add at least one lesson/,
    );
  });

  test('a tab reads back as the text each cell shows, and renders as a table', () => {
    const room = new Classroom({ timeZone: 'Asia/Tokyo' });
    room.emulator.paste(room.doc, TEACHER, 'A1', [
      ['Lesson', 'Due', 'Done'],
      ['Fractions | parts', '9/21/2026', 'TRUE'],
    ]);
    expect(room.shown('Sheet1')).toEqual([
      ['Lesson', 'Due', 'Done'],
      ['Fractions | parts', '9/21/2026', 'TRUE'],
    ]);
    expect(room.table('Sheet1')).toBe(
      [
        '```text',
        'Lesson            | Due       | Done',
        'Fractions | parts | 9/21/2026 | TRUE',
        '```',
      ].join('\n'),
    );
  });
});
