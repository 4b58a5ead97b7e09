// Who may do what, and a sync that cannot die silently.
import { Classroom, TEACHER } from '../support/classroom';

describe('who may do what', () => {
  const r = new Classroom({ students: 2, lessons: 2 });
  r.setUp();

  test.each(['Sync class', 'Refresh wall', 'Set up this tracker', 'Open sidebar'])(
    'a student choosing "%s" is told it is for teachers, and nothing changes',
    (caption) => {
      const before = r.sheetNames().map((n) => r.shown(n));
      r.menu(caption, r.students[0]);
      expect(r.lastAlert(r.students[0])).toMatch(/for the teachers of this class/);
      expect(r.sheetNames().map((n) => r.shown(n))).toEqual(before);
      expect(r.emulator.project.ui.sidebarsFor(r.doc.model.id, r.students[0]!)).toEqual([]);
    },
  );

  test('a student calling a sidebar function gets no data', () => {
    for (const name of ['getClassStatus', 'getClassOverview', 'syncClass', 'refreshWall']) {
      const call = r.emulator.callFromSidebar(r.doc, r.students[1]!, name);
      expect(call.value).toBeUndefined();
      expect(call.error?.message).toMatch(/for the teachers of this class/);
    }
  });

  test('the menu works in AuthMode.NONE and lists the five items', () => {
    const open = r.emulator.openSpreadsheet(r.doc, TEACHER);
    expect(open.error).toBeUndefined();
    const menus = r.emulator.project.ui.menusFor(r.doc.model.id, TEACHER);
    const items = JSON.stringify(menus);
    for (const caption of [
      'Set up this tracker',
      'Open sidebar',
      'Sync class',
      'Refresh wall',
      'Help',
    ]) {
      expect(items).toContain(caption);
    }
  });
});

describe('a sync that cannot die silently', () => {
  test('one edit trigger, made once, recorded; a second setup does not add another', () => {
    const r = new Classroom({ students: 1, lessons: 1 });
    r.setUp();
    r.menu('Sync class');
    r.menu('Refresh wall');
    const triggers = r.emulator.project.triggers.filter((t) => t.documentId === r.doc.model.id);
    expect(triggers.map((t) => t.handlerFunction)).toEqual(['onClassEdit']);
  });

  test('a deleted trigger is recreated by the next teacher action, and the teacher is told', () => {
    const r = new Classroom({ students: 1, lessons: 1 });
    r.setUp();
    const uid = r.emulator.project.triggers[0]!.uid;
    r.emulator.runAs(r.doc, TEACHER, (g) => {
      const app = g.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      for (const t of app.getUserTriggers(r.emulator.spreadsheet(r.doc) as never))
        app.deleteTrigger(t);
    });
    expect(r.emulator.project.triggers).toEqual([]);
    const status = r.sidebar<{ repairs: string[]; triggerRunsHere: boolean }>('getClassStatus');
    expect(status.triggerRunsHere).toBe(true);
    expect(status.repairs[0]).toMatch(/automatic update of the wall had stopped/);
    expect(r.emulator.project.triggers).toHaveLength(1);
    expect(r.emulator.project.triggers[0]!.uid).not.toBe(uid);
    r.tick(0, 1);
    expect(r.wallRow(0)[1]).toBe('✓ all');
  });

  test('status says when the class last synced and when the trigger last ran', () => {
    const r = new Classroom({ students: 1, lessons: 2 });
    r.setUp();
    r.tick(0, 1);
    const status = r.sidebar<{ lastSyncedAt: string; lastTriggerRunAt: string; students: number }>(
      'getClassStatus',
    );
    expect(status.students).toBe(1);
    expect(Date.parse(status.lastSyncedAt)).not.toBeNaN();
    expect(Date.parse(status.lastTriggerRunAt)).not.toBeNaN();
  });
});

describe('co-teachers', () => {
  test('a co-teacher listed in Setup becomes a teacher of the class, and every protection follows', () => {
    const r = new Classroom({ students: 2, lessons: 2 });
    const CO = 'co.teacher@school.example';
    r.emulator.spreadsheet(r.doc).addEditor(CO);
    r.setUp();
    // Before: the co-teacher is a file editor but not a teacher of the class.
    expect(r.emulator.callFromSidebar(r.doc, CO, 'getClassOverview').error?.message).toMatch(
      /for the teachers of this class/,
    );
    expect(r.emulator.type(r.doc, CO, "'Ava Student1'!D5", '2026-12-01').applied).toBe(false);
    const row = r.shown('Setup').findIndex((cells) => cells[0]!.startsWith('Co-teachers')) + 1;
    expect(r.emulator.type(r.doc, TEACHER, `'Setup'!B${row}`, CO).applied).toBe(true);
    expect(r.sidebar<{ ok: boolean }>('syncClass').ok).toBe(true);
    // After: the co-teacher may run the add-on and edit the teacher's cells.
    expect(r.emulator.callFromSidebar(r.doc, CO, 'getClassOverview').error).toBeUndefined();
    // The sync trigger runs under the teacher who set the class up, not under the co-teacher.
    const status = (who: string) =>
      r.emulator.callFromSidebar(r.doc, who, 'getClassStatus').value as {
        triggerRunsHere: boolean;
      };
    expect(status(CO).triggerRunsHere).toBe(false);
    expect(status(TEACHER).triggerRunsHere).toBe(true);
    expect(r.emulator.type(r.doc, CO, "'Ava Student1'!D5", '2026-12-01').applied).toBe(true);
    expect(r.emulator.type(r.doc, CO, "'Wall'!A1", 'Our wall').applied).toBe(true);
    // Students still may not.
    expect(r.emulator.type(r.doc, r.students[0]!, "'Wall'!A1", 'mine').applied).toBe(false);
  });
});
