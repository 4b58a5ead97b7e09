// Classes of a given size on the emulator, set up through the add-on itself (setUpClass), for
// the budget of each operation: a teacher owning the file, students as editors with e-mails.

export const TEACHER = 'teacher@school.example';

export function studentEmail(i) {
  return `student${i + 1}@school.example`;
}

export function classInput(students, lessons) {
  return {
    unitName: 'Fractions',
    lessons: Array.from({ length: lessons }, (_, i) => ({
      title: `Lesson ${i + 1}`,
      code: `5.NF.${i + 1}`,
      link: `https://video.example/${i + 1}`,
      due: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
      checkRequired: i % 3 === 0,
    })),
    students: Array.from({ length: students }, (_, i) => ({
      name: `Student ${i + 1}`,
      email: studentEmail(i),
    })),
  };
}

/** A spreadsheet shared with the students, the add-on's menu shown to the teacher. */
export function emptyClass(Emulator, students) {
  const emulator = new Emulator({ now: '2026-09-14T13:00:00Z' });
  const doc = emulator.createSpreadsheet({
    name: 'Room 12',
    owner: TEACHER,
    editors: Array.from({ length: students }, (_, i) => studentEmail(i)),
    timeZone: 'America/New_York',
  });
  emulator.openSpreadsheet(doc, TEACHER);
  return { emulator, doc };
}

/** Sets the class up through the add-on; returns the setup run too. */
export function generatedClass(Emulator, students, lessons) {
  const { emulator, doc } = emptyClass(Emulator, students);
  const setUp = emulator.callFromSidebar(doc, TEACHER, 'setUpClass', [
    classInput(students, lessons),
  ]);
  if (setUp.error) throw setUp.error;
  if (!setUp.value.ok) throw new Error(setUp.value.message);
  return { emulator, doc, setUp };
}

/** Student i ticks lesson `lesson` (1-based) in their tab; returns the edit trigger's run. */
export function tick(emulator, doc, i, lesson) {
  const edit = emulator.setCheckbox(
    doc,
    studentEmail(i),
    `'Student ${i + 1}'!F${4 + lesson}`,
    true,
  );
  if (!edit.applied) throw new Error(edit.refusal);
  const run = edit.triggers.find((t) => t.functionName === 'onClassEdit');
  if (!run) throw new Error('the edit trigger did not run');
  return run;
}
