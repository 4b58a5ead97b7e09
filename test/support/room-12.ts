/**
 * The sidebar tests' class: Room 12's own tracker (test/sidebar/fixtures/room-12-tracker.csv, eight
 * students and six fraction lessons with marks), imported into the emulator as the teacher's
 * spreadsheet, and, when asked, set up as a class through the import's server functions with the
 * corrections a teacher makes in Setup: the "Demo Student" row left out, "A" read as done, and a
 * mastery check required for every lesson. The clock is Thursday, September 17, in New York.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ImportOutcome, ImportReading } from '../../src/shared/sidebar-types';
import { ImportedTracker } from './imported-tracker';

export const ROOM_12_CSV = readFileSync(
  path.join(__dirname, '../sidebar/fixtures/room-12-tracker.csv'),
  'utf8',
);
export const ROOM_12_STUDENTS = [
  'ava',
  'ben',
  'cy',
  'dee',
  'farah',
  'gabriel',
  'hana',
  'isaac',
].map((n) => `${n}@school.example`);
export const ROOM_12_TIME_ZONE = 'America/New_York';
/** Row 14 of the tracker (0-based 13): a demo line, not a student. */
export const DEMO_ROW = 13;

export function room12Tracker(): ImportedTracker {
  return ImportedTracker.fromCsv(ROOM_12_CSV, {
    name: 'Room 12 · Fractions',
    sheetName: 'Tracker',
    students: ROOM_12_STUDENTS,
    now: '2026-09-17T13:00:00Z',
    timeZone: ROOM_12_TIME_ZONE,
  });
}

/** The tracker set up as a class, with the corrections the Setup test makes in the sidebar. */
export function room12Class(): ImportedTracker {
  const file = room12Tracker();
  const reading = file.sidebar<ImportReading>('detectImport');
  const a = reading.preview.marks.find((m) => m.label === 'A');
  if (!a) throw new Error('The tracker has no mark "A"');
  const outcome = file.sidebar<ImportOutcome>('confirmImport', [
    {
      token: reading.token,
      corrections: {
        leaveOut: [{ axis: 'row', index: DEMO_ROW }],
        marks: { [a.key]: 'done' },
        unitName: 'Fractions',
        checkRequired: true,
      },
    },
  ]);
  if (!outcome.ok) throw new Error(outcome.message);
  return file;
}
