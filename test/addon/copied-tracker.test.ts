// A copy of a class tracker keeps its tabs but not the add-on's data or triggers (triggers are not
// copied: docs, add-ons/concepts/editor-triggers). "Set up this tracker" in the copy finishes the
// setup: the class is read back from its Setup tab and its students' tabs, nothing in them is lost,
// and the copy gets its own sync trigger.
import { restoreSnapshot, snapshot } from '../../dev/emulator';
import { Classroom } from '../support/classroom';

test('a copied tracker: "Set up this tracker" adopts its Setup and tabs, keeping every tick', () => {
  const r = new Classroom({ students: 3, lessons: 3 });
  r.setUp();
  r.tick(0, 1);
  r.tick(2, 1);
  r.tick(2, 2);
  r.emulator.type(r.doc, r.students[2]!, "'Chloé Student3'!G5", 'https://docs.example/chloe');

  const picture = snapshot(r.doc);
  const copy = r.emulator.adopt(
    restoreSnapshot(r.emulator.ctx, { ...picture, id: 'copy-of-room-12', name: 'Copy of Room 12' }),
  );
  const copyRoom = Object.assign(Object.create(Classroom.prototype) as Classroom, r, { doc: copy });

  // No trigger and no class record came with the copy: the add-on does not know it yet.
  expect(r.emulator.project.triggers.filter((t) => t.documentId === copy.model.id)).toEqual([]);
  expect(copyRoom.sidebar<{ hasClass: boolean }>('getClassStatus').hasClass).toBe(false);

  copyRoom.menu('Set up this tracker');
  expect(copyRoom.lastAlert()).toMatch(/had a Setup tab: its class is set up again/);
  expect(copyRoom.sidebar<{ hasClass: boolean; students: number }>('getClassStatus')).toMatchObject(
    {
      hasClass: true,
      students: 3,
    },
  );
  expect(copyRoom.cell('Chloé Student3', 'F6')).toBe('TRUE');
  expect(copyRoom.cell('Chloé Student3', 'G5')).toBe('https://docs.example/chloe');
  expect(copyRoom.wallRow(2).slice(0, 2)).toEqual(['Chloé', '3']);
  expect(copyRoom.sheetNames().filter((n) => /Student/.test(n))).toHaveLength(3);
  expect(r.emulator.project.triggers.filter((t) => t.documentId === copy.model.id)).toHaveLength(1);

  // The copy syncs on its own from now on; the original is untouched.
  r.emulator.setCheckbox(copy, r.students[1]!, "'Ben Student2'!F5", true);
  expect(copyRoom.wallRow(1).slice(0, 2)).toEqual(['Ben', '2']);
  expect(r.wallRow(1).slice(0, 2)).toEqual(['Ben', '1']);
});
