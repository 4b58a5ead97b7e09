/**
 * The add-on as a class meets it today: the teacher installs it, students open the class file,
 * the teacher opens the sidebar. Runs the built bundle (build/) on the emulator.
 */

import { classroom } from '../support/classroom';

describe('a teacher and three students', () => {
  test('after the teacher installs it, a student opening the file sees its menu, built in LIMITED', () => {
    const { emulator, doc, teacher, students } = classroom();
    expect(emulator.install(doc, teacher).error).toBeUndefined();
    const opened = emulator.openSpreadsheet(doc, students[0]!);
    expect([opened.authMode, opened.error, opened.calls.byKind.read]).toEqual([
      'LIMITED',
      undefined,
      undefined,
    ]);
    expect(emulator.project.ui.menusFor(doc.model.id, students[0]!)).toEqual([
      {
        title: 'Mastery Tracker',
        items: [{ caption: 'Open sidebar', functionName: 'openSidebar' }],
      },
    ]);
  });

  test('before anyone used it in the file, onOpen runs in NONE and still builds the menu', () => {
    const { emulator, doc, teacher } = classroom();
    const opened = emulator.openSpreadsheet(doc, teacher);
    expect([opened.authMode, opened.error]).toEqual(['NONE', undefined]);
    expect(emulator.project.ui.menuFunction(doc.model.id, teacher, 'Open sidebar')).toBe(
      'openSidebar',
    );
  });

  test("the sidebar opens for the teacher and names the class's file", () => {
    const { emulator, doc, teacher } = classroom();
    emulator.openSpreadsheet(doc, teacher);
    expect(emulator.clickMenu(doc, teacher, 'Open sidebar').error).toBeUndefined();
    expect(emulator.project.ui.openSidebar(doc.model.id, teacher)?.width).toBe(300);
    const info = emulator.callFromSidebar(doc, teacher, 'getSidebarInfo');
    expect(info.value).toMatchObject({ spreadsheetName: 'Class tracker' });
  });

  test('a tab reads back as the text each cell shows, and renders as a table', () => {
    const { emulator, doc, teacher, grid, table } = classroom({ timeZone: 'Asia/Tokyo' });
    emulator.paste(doc, teacher, 'A1', [
      ['Lesson', 'Due', 'Done'],
      ['Fractions | parts', '9/21/2026', 'TRUE'],
    ]);
    expect(grid('Sheet1')).toEqual([
      ['Lesson', 'Due', 'Done'],
      ['Fractions | parts', '9/21/2026', 'TRUE'],
    ]);
    expect(table('Sheet1')).toBe(
      [
        '|  | A | B | C |',
        '| --- | --- | --- | --- |',
        '| 1 | Lesson | Due | Done |',
        '| 2 | Fractions \\| parts | 9/21/2026 | TRUE |',
      ].join('\n'),
    );
  });
});
