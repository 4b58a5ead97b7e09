// The settings form over the Setup tab's settings rows: what it shows, the cells a change writes
// (only what changes, people's text as text), and the privacy sentences.
import {
  consecutiveRuns,
  privacyNotes,
  settingWrites,
  settingsOnSetup,
  withWrites,
  type SettingsView,
} from '../../src/core/class-settings';
import { DEFAULT_SETTINGS } from '../../src/core/class-model';
import type { Cell, Grid } from '../../src/core/grid';
import { setupLayout } from '../../src/core/setup-sheet';

const synced: SettingsView = {
  ...DEFAULT_SETTINGS,
  unitName: 'Fractions',
  coTeachers: [],
};

function setupGrid(edit: (rows: Cell[][]) => void = () => {}): Grid {
  const layout = setupLayout({
    unitName: 'Fractions',
    settings: DEFAULT_SETTINGS,
    coTeachers: [],
    lessons: [
      { title: 'Add', code: '', link: '', due: null, checkRequired: false, threshold: null },
    ],
    students: [{ name: 'Ava', nickname: '', email: '', icon: '', group: '' }],
  });
  // What getValues gives back: the apostrophe that keeps text as text is not part of the value.
  const rows: Cell[][] = layout.values.map((row) =>
    row.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)),
  );
  edit(rows);
  return { values: rows };
}

describe('settingsOnSetup', () => {
  test('what the rows hold, found by their labels', () => {
    expect(settingsOnSetup(setupGrid(), synced)).toEqual(synced);
    const moved = setupGrid((rows) => {
      rows.splice(4, 0, ['A note the teacher added', '', '', '', '', '']);
      rows[6]![1] = '75%';
      rows[9]![1] = 'Icons only';
      rows[10]![1] = 'Lee@School.org; kim@school.org';
    });
    expect(settingsOnSetup(moved, synced)).toMatchObject({
      threshold: 75,
      wallShows: 'icons',
      coTeachers: ['lee@school.org', 'kim@school.org'],
    });
  });

  test('a cell the sync would refuse shows the class\u2019s settings as last synced', () => {
    const grid = setupGrid((rows) => {
      rows[5]![1] = 'high';
      rows[7]![1] = 'a week';
    });
    expect(settingsOnSetup(grid, { ...synced, threshold: 90, retakeDays: 10 })).toMatchObject({
      threshold: 90,
      retakeDays: 10,
    });
  });
});

describe('settingWrites', () => {
  test('only the settings that change, in their rows; text stays text', () => {
    const { writes, missing } = settingWrites(setupGrid(), {
      unitName: '=1+1',
      threshold: 80,
      dueSoonDays: 4,
      wallShows: 'icons',
      coTeachers: ['lee@school.org', 'kim@school.org'],
    });
    expect(missing).toEqual([]);
    expect(writes).toEqual([
      { row: 5, value: "'=1+1" },
      { row: 7, value: 4 },
      { row: 9, value: 'Icons only' },
      { row: 10, value: "'lee@school.org, kim@school.org" },
    ]);
    expect(consecutiveRuns(writes).map((run) => run.map((w) => w.row))).toEqual([
      [5],
      [7],
      [9, 10],
    ]);
  });

  test('a threshold typed as 80% or left blank is the same 80: not rewritten', () => {
    expect(
      settingWrites(
        setupGrid((rows) => (rows[5]![1] = 0.8)),
        { threshold: 80 },
      ).writes,
    ).toEqual([]);
    expect(
      settingWrites(
        setupGrid((rows) => (rows[5]![1] = '')),
        { threshold: 80 },
      ).writes,
    ).toEqual([]);
  });

  test('a row the teacher removed is named, so nothing is written', () => {
    const grid = setupGrid((rows) => (rows[7] = ['', '', '', '', '', '']));
    expect(settingWrites(grid, { retakeDays: 5, threshold: 90 }).missing).toEqual([
      'Retake window (days)',
    ]);
  });
});

describe('withWrites', () => {
  test('the Setup tab as the sync will read it once written', () => {
    const grid = setupGrid();
    const { writes } = settingWrites(grid, { unitName: '=1+1', retakeDays: 2 });
    const next = settingsOnSetup(withWrites(grid, writes), synced);
    expect(next).toMatchObject({ unitName: '=1+1', retakeDays: 2, threshold: 80 });
    expect(settingsOnSetup(grid, synced).unitName).toBe('Fractions');
  });
});

describe('privacyNotes', () => {
  test('the wall\u2019s mode, and students without an e-mail', () => {
    const icons = privacyNotes({ wallShows: 'icons', studentsWithoutEmail: 1 }).join('\n');
    expect(icons).toMatch(/only each student\u2019s icon/);
    expect(icons).toMatch(/1 student has no e-mail/);
    const nicknames = privacyNotes({ wallShows: 'nicknames', studentsWithoutEmail: 0 }).join('\n');
    expect(nicknames).toMatch(/nickname and icon/);
    expect(nicknames).not.toMatch(/no e-mail/);
  });
});
