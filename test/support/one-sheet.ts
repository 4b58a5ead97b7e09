/** A new spreadsheet shared with one student, wrapped as the Apps Script Spreadsheet, and its first sheet. */

import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import type { Sheet } from '../../dev/emulator/sheets/sheet';
import { Spreadsheet } from '../../dev/emulator/sheets/spreadsheet';

export function oneSheet(): {
  ctx: EmulatorContext;
  doc: SpreadsheetDocument;
  ss: Spreadsheet;
  sheet: Sheet;
} {
  const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
  const doc = createDocument(ctx, { owner: 'teacher@example.com', editors: ['ava@example.com'] });
  const ss = new Spreadsheet(doc);
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  return { ctx, doc, ss, sheet };
}
