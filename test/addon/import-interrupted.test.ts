// An import whose first run Google stops part way (the 6-minute limit): the class exists with
// some students' tabs, and Sync class (the sidebar's Continue) makes the rest with the tracker's
// marks carried over exactly as an uninterrupted import would have.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ImportOutcome, ImportReading, SyncResult } from '../../src/shared/sidebar-types';
import { TEACHER } from '../support/classroom';
import { ImportedTracker } from '../support/imported-tracker';

const csv = readFileSync(path.join(__dirname, 'fixtures/decimals-tracker.csv'), 'utf8');
const SHEET = 'decimals-tracker';
const TABS = ['Ava Lee', 'Ben Ortiz', 'Cy Young', 'Dee Diaz'];

function load(): ImportedTracker {
  return ImportedTracker.fromCsv(csv, { name: 'Room 7', sheetName: SHEET });
}

/** Each student's tab as shown (Status, Done, Ticked on of every lesson), and the wall. */
function classShown(tracker: ImportedTracker): unknown {
  return {
    tabs: TABS.map((name) =>
      tracker
        .shown(name)
        .slice(4)
        .map((row) => [row[4], row[5], row[9]]),
    ),
    wall: tracker.shown('Wall'),
  };
}

describe('an import stopped part way, then continued', () => {
  const whole = load();
  const full = whole.call('confirmImport', [
    { token: whole.sidebar<ImportReading>('detectImport').token },
  ]);

  const stopped = load();
  const token = stopped.sidebar<ImportReading>('detectImport').token;
  // The same import, stopped by the execution limit at about half of what it takes.
  const cut = stopped.emulator.run<ImportOutcome>('confirmImport', {
    as: TEACHER,
    document: stopped.doc,
    kind: 'sidebar',
    args: [{ token }],
    limitMs: Math.round(full.modeledMs / 2),
  });
  const tabsAfterStop = stopped.sheetNames().filter((name) => TABS.includes(name));
  const continued = stopped.sidebar<SyncResult>('syncClass');

  test('the uninterrupted import carries marks over', () => {
    expect(full.error).toBeUndefined();
    expect((full.value as unknown as ImportOutcome).carried.ticks).toBeGreaterThan(0);
  });

  test('the first run was stopped before every tab was made', () => {
    expect(cut.error?.message).toMatch(/Exceeded maximum execution time/);
    expect(tabsAfterStop.length).toBeLessThan(TABS.length);
  });

  test("Continue makes the other tabs with the tracker's marks, as if nothing had stopped", () => {
    expect(continued.ok).toBe(true);
    expect(classShown(stopped)).toEqual(classShown(whole));
  });

  test('once the class is complete, a later sync carries nothing over again', () => {
    stopped.emulator.setCheckbox(stopped.doc, TEACHER, "'Ava Lee'!F5", false);
    const before = classShown(stopped);
    expect(stopped.sidebar<SyncResult>('syncClass').ok).toBe(true);
    expect(classShown(stopped)).toEqual(before);
  });
});
