/** Creates an emulated spreadsheet file: a workbook with one blank sheet, shared as asked, with its formula engine. */

import { createFormulaEngine } from '../formula/engine';
import { newSheetModel, type WorkbookModel } from '../model/workbook';
import type { EmulatorContext } from '../runtime/context';
import type { SpreadsheetDocument } from './document';

export interface NewDocumentOptions {
  id?: string;
  name?: string;
  owner: string;
  editors?: string[];
  viewers?: string[];
  /** IANA zone, e.g. 'America/New_York'. Default: 'America/New_York'. */
  timeZone?: string;
  /** Default: 'en_US'. */
  locale?: string;
  /** Names of the first sheets; default ['Sheet1']. */
  sheetNames?: string[];
}

let documentCounter = 0;

export function createDocument(
  ctx: EmulatorContext,
  options: NewDocumentOptions,
): SpreadsheetDocument {
  const id = options.id ?? `emulated-spreadsheet-${++documentCounter}`;
  const names = options.sheetNames ?? ['Sheet1'];
  const model: WorkbookModel = {
    id,
    name: options.name ?? 'Untitled spreadsheet',
    timeZone: options.timeZone ?? 'America/New_York',
    locale: options.locale ?? 'en_US',
    sheets: [],
    namedRanges: [],
    protections: [],
    developerMetadata: [],
    sharing: {
      owner: options.owner,
      editors: [...new Set([options.owner, ...(options.editors ?? [])])],
      viewers: options.viewers ?? [],
    },
    nextSheetId: 0,
    nextId: 1,
  };
  const engine = createFormulaEngine(model, () => ctx.clock.now());
  names.forEach((name, index) => {
    // Sheets gives the first sheet gid 0; later ones get large random-looking ids.
    const sheet = newSheetModel(index === 0 ? 0 : 1_000_000 + index, name);
    model.sheets.push(sheet);
    engine.addSheet(sheet);
  });
  model.nextSheetId = 1_000_000 + names.length;
  for (const email of [options.owner, ...(options.editors ?? []), ...(options.viewers ?? [])]) {
    ctx.user(email);
  }
  return { ctx, model, engine, selections: new Map(), toasts: [] };
}
