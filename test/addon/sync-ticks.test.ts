// Sync on every tick: a student's edits reach the wall through the teacher's edit trigger, as
// absolute state, so untick, pastes, icon changes and dropped events all end right.
import { Classroom } from '../support/classroom';

function room(options = {}) {
  const r = new Classroom({ students: 4, lessons: 5, ...options });
  r.setUp();
  return r;
}

describe('a student ticking in their tab', () => {
  test('tick, then untick: the icon moves forward and back, the tick date comes and goes', () => {
    const r = room();
    r.tick(1, 1);
    r.tick(1, 2);
    expect(r.wallRow(1).slice(1, 5)).toEqual(['3', '·', '·', '🐢']);
    expect(r.cell('Ben Student2', 'J6')).toBe('Sep 14');
    r.tick(1, 2, false);
    expect(r.wallRow(1).slice(1, 5)).toEqual(['2', '·', '🐢', '']);
    expect(r.cell('Ben Student2', 'J6')).toBe('');
    expect(r.cell('Ben Student2', 'E6')).not.toMatch(/Done/);
  });

  test('the trigger runs as the teacher, with FULL authority, and writes protected cells', () => {
    const r = room();
    const edit = r.tick(0, 1);
    expect(edit.triggers).toHaveLength(1);
    expect(edit.triggers[0]).toMatchObject({
      functionName: 'onClassEdit',
      authMode: 'FULL',
      error: undefined,
    });
  });

  test('a multi-cell paste of ticks is read whole', () => {
    const r = room();
    const edit = r.emulator.paste(r.doc, r.students[2]!, "'Chloé Student3'!F5", [
      ['TRUE'],
      ['TRUE'],
      ['TRUE'],
    ]);
    expect(edit.applied).toBe(true);
    expect(r.wallRow(2).slice(1, 7)).toEqual(['4', '·', '·', '·', '🦉', '']);
  });

  test('a new icon (an emoji, or an https picture) shows on the wall; anything else is not used', () => {
    const r = room();
    r.emulator.type(r.doc, r.students[0]!, "'Ava Student1'!F4", '🚀');
    expect(r.wallRow(0)[2]).toBe('🚀');
    r.emulator.type(r.doc, r.students[0]!, "'Ava Student1'!F4", 'https://example.org/ava.png');
    const wallCell = r.sheet('Wall').getRange('C4');
    expect(wallCell.getFormula()).toBe('=IMAGE("https://example.org/ava.png")');
  });

  test('fast ticks with dropped events (the documented queue of 2) still end in the right wall', () => {
    const r = room();
    r.emulator.editQueueLimit = 2;
    const burst = r.emulator.burst(() => {
      for (let lesson = 1; lesson <= 5; lesson++) r.tick(3, lesson);
    });
    expect(burst.droppedEvents).toBe(2);
    expect(r.wallRow(3).slice(1)).toEqual(['✓ all', '·', '·', '·', '·', '·']);
    expect(
      r
        .shown('Dmitri Student4', 'J5:J9')
        .flat()
        .every((d) => d === 'Sep 14'),
    ).toBe(true);
  });

  test('an edit outside the students\u2019 tabs costs no spreadsheet call', () => {
    const r = room();
    const edit = r.emulator.type(r.doc, 'teacher@school.example', 'Sheet1!A1', 'my own notes');
    const run = edit.triggers[0]!;
    expect(run.error).toBeUndefined();
    const spreadsheetCalls = run.calls.serviceCalls - (run.calls.byKind.properties ?? 0);
    expect(spreadsheetCalls).toBe(0);
  });

  test('a student cannot type into a protected cell of their tab', () => {
    const r = room();
    const refused = r.emulator.type(r.doc, r.students[0]!, "'Ava Student1'!D5", '2027-01-01');
    expect(refused.applied).toBe(false);
    expect(refused.refusal).toMatch(/protected/);
  });

  test("with e-mails in the roster, a student cannot tick another student's box", () => {
    const r = room();
    const refused = r.emulator.setCheckbox(r.doc, r.students[1]!, "'Ava Student1'!F5", true);
    expect(refused.applied).toBe(false);
  });

  test('when the lock cannot be had, the class is marked and the next run heals it', () => {
    const r = room();
    r.emulator.project.locks.simulateHolder({
      scope: 'document',
      documentId: r.doc.model.id,
      remainingMs: 120_000,
    });
    r.tick(0, 1);
    expect(r.wallRow(0).slice(1, 3)).toEqual(['1', '🦊']);
    r.emulator.project.locks.simulateHolder({
      scope: 'document',
      documentId: r.doc.model.id,
      remainingMs: 0,
    });
    r.tick(1, 1);
    expect(r.wallRow(0).slice(1, 3)).toEqual(['2', '·']);
    expect(r.wallRow(1).slice(1, 3)).toEqual(['2', '·']);
  });
});
