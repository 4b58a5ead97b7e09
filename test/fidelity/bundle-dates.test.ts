/**
 * Dates inside the add-on's bundle read the script project's time zone (appsscript.json
 * `timeZone`, Session.getScriptTimeZone()), whatever zone the machine running the tests is in.
 * Sources: developers.google.com/apps-script/reference/base/session#getScriptTimeZone() (the
 * script's zone, set in the manifest) and the live logs in milan-rajic.com "Date and Time - 1/6 -
 * It can be tricky" (a project in Los Angeles logs `new Date("02/26/2023")` as
 * "Sun Feb 26 2023 00:00:00 GMT-0800 (Pacific Standard Time)"; "yyyy-MM-dd" alone parses as UTC;
 * "2023-02-26 00:00:00" in the project's zone).
 */

import { Emulator } from '../../dev/emulator';
import { fixtureBuild } from '../support/fixture-build';

const CODE = `
function describeDates() {
  var now = new Date();
  var cell = SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
  return {
    now: String(now),
    hours: now.getHours(),
    day: now.getDate(),
    offset: now.getTimezoneOffset(),
    built: new Date(2026, 8, 14, 9, 30).toISOString(),
    us: String(new Date('02/26/2023')),
    isoDay: new Date('2023-02-26').toISOString(),
    spaced: new Date('2023-02-26 00:00:00').toISOString(),
    parsed: Date.parse('2023-02-26 00:00:00'),
    called: Date(),
    cellIsDate: cell instanceof Date,
    cellHours: cell.getHours(),
    cellDay: cell.getDate(),
    scriptZone: Session.getScriptTimeZone(),
  };
}
`;

function describeIn(timeZone: string): Record<string, unknown> {
  const emulator = new Emulator({
    buildDir: fixtureBuild(CODE, { timeZone }),
    now: '2026-09-14T08:00:00Z',
  });
  const doc = emulator.createSpreadsheet({ owner: 'teacher@example.com', timeZone: 'Asia/Tokyo' });
  // Midnight on 14 September in the spreadsheet's zone (Tokyo): 2026-09-13T15:00:00Z.
  emulator.spreadsheet(doc).getSheets()[0]!.getRange('A1').setValue('9/14/2026');
  return emulator.call('describeDates', { as: 'teacher@example.com', document: doc });
}

describe('the bundle reads dates in the manifest time zone', () => {
  test.each([
    [
      'America/Los_Angeles',
      {
        now: 'Mon Sep 14 2026 01:00:00 GMT-0700 (Pacific Daylight Time)',
        hours: 1,
        day: 14,
        offset: 420,
        built: '2026-09-14T16:30:00.000Z',
        us: 'Sun Feb 26 2023 00:00:00 GMT-0800 (Pacific Standard Time)',
        isoDay: '2023-02-26T00:00:00.000Z',
        spaced: '2023-02-26T08:00:00.000Z',
        parsed: Date.UTC(2023, 1, 26, 8),
        called: 'Mon Sep 14 2026 01:00:00 GMT-0700 (Pacific Daylight Time)',
        cellIsDate: true,
        cellHours: 8,
        cellDay: 13,
        scriptZone: 'America/Los_Angeles',
      },
    ],
    [
      'Asia/Tokyo',
      {
        now: 'Mon Sep 14 2026 17:00:00 GMT+0900 (Japan Standard Time)',
        hours: 17,
        day: 14,
        offset: -540,
        built: '2026-09-14T00:30:00.000Z',
        us: 'Sun Feb 26 2023 00:00:00 GMT+0900 (Japan Standard Time)',
        isoDay: '2023-02-26T00:00:00.000Z',
        spaced: '2023-02-25T15:00:00.000Z',
        parsed: Date.UTC(2023, 1, 25, 15),
        called: 'Mon Sep 14 2026 17:00:00 GMT+0900 (Japan Standard Time)',
        cellIsDate: true,
        cellHours: 0,
        cellDay: 14,
        scriptZone: 'Asia/Tokyo',
      },
    ],
    [
      'Europe/Paris',
      {
        now: 'Mon Sep 14 2026 10:00:00 GMT+0200 (Central European Summer Time)',
        hours: 10,
        day: 14,
        offset: -120,
        built: '2026-09-14T07:30:00.000Z',
        us: 'Sun Feb 26 2023 00:00:00 GMT+0100 (Central European Standard Time)',
        isoDay: '2023-02-26T00:00:00.000Z',
        spaced: '2023-02-25T23:00:00.000Z',
        parsed: Date.UTC(2023, 1, 25, 23),
        called: 'Mon Sep 14 2026 10:00:00 GMT+0200 (Central European Summer Time)',
        cellIsDate: true,
        cellHours: 17,
        cellDay: 13,
        scriptZone: 'Europe/Paris',
      },
    ],
  ])('a project in %s', (timeZone, expected) => {
    expect(describeIn(timeZone)).toEqual(expected);
  });

  test('the machine running the tests does not matter: the same answers under any TZ', () => {
    const original = process.env.TZ;
    const answers: Record<string, unknown>[] = [];
    try {
      for (const hostZone of ['UTC', 'Asia/Kolkata', 'America/Sao_Paulo']) {
        process.env.TZ = hostZone;
        answers.push(describeIn('America/Los_Angeles'));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
