/**
 * The emulated SpreadsheetApp global: the bound spreadsheet (getActiveSpreadsheet), the viewer's
 * selection, flush, opening and creating other files (which needs the full spreadsheets scope),
 * the builders and the enums.
 */

import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { activeSheetModel, select, selectionOf } from './active';
import { ColorType, newColor } from './colors';
import { newConditionalFormatRule } from './conditional-format';
import { newDataValidation } from './data-validation';
import type { SpreadsheetDocument } from './document';
import { createDocument } from './document-factory';
import { SPREADSHEET_APP_ENUMS } from './enums';
import { isDocumentReader } from './permissions';
import { Range } from './range';
import { newRichTextValue, newTextStyle } from './rich-text';
import { activateRange, currentCellRange, Sheet, SheetType } from './sheet';
import { selectionObject, Spreadsheet } from './spreadsheet';

export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
export const CURRENT_ONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

export interface SpreadsheetAppEnvironment {
  /** Every spreadsheet file the emulator knows, by id; create() adds to it. */
  documents: Map<string, SpreadsheetDocument>;
  /** SpreadsheetApp.getUi(): the Ui service (services/ui.ts). */
  getUi(): unknown;
  /** The OAuth scopes the project was granted (manifest oauthScopes). */
  scopes: readonly string[];
}

export type SpreadsheetAppObject = ReturnType<typeof createSpreadsheetApp>;

export function createSpreadsheetApp(ctx: EmulatorContext, env: SpreadsheetAppEnvironment) {
  /** The bound file of the running execution; null for a standalone script or the harness. */
  const boundDocument = (): SpreadsheetDocument | null => {
    const id = ctx.execution?.documentId;
    if (id === null || id === undefined) return null;
    return env.documents.get(id) ?? null;
  };

  const requireBound = (method: string): SpreadsheetDocument => {
    const doc = boundDocument();
    // Estimate of the wording: a standalone script has no active spreadsheet.
    if (!doc)
      throw new ScriptException(`SpreadsheetApp.${method}: there is no active spreadsheet.`);
    return doc;
  };

  /** Apps Script's refusal when the project has only spreadsheets.currentonly (docs: concepts/scopes). */
  const requireFullScope = (method: string): void => {
    if (env.scopes.includes(SPREADSHEETS_SCOPE)) return;
    throw new ScriptException(
      `Specified permissions are not sufficient to call SpreadsheetApp.${method}. Required permissions: ${SPREADSHEETS_SCOPE}`,
    );
  };

  const openDocument = (method: string, id: string): Spreadsheet => {
    requireFullScope(method);
    const doc = env.documents.get(id);
    // The wording live Apps Script gives for an id that names no file it can open.
    if (!doc) {
      throw new ScriptException(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    }
    const email = ctx.effectiveUser?.email;
    if (email !== undefined && !isDocumentReader(doc.model, email)) {
      throw new ScriptException('You do not have permission to access the requested document.');
    }
    return new Spreadsheet(doc);
  };

  const builder = <T>(method: string, make: () => T): T =>
    ctx.call('SpreadsheetApp', method, 'local', make, { minAuth: 'NONE' });

  const app = {
    ...SPREADSHEET_APP_ENUMS,
    SheetType,
    ColorType,

    /** null for a standalone script, as Apps Script returns it. */
    getActiveSpreadsheet(): Spreadsheet | null {
      return ctx.call('SpreadsheetApp', 'getActiveSpreadsheet', 'local', () => {
        const doc = boundDocument();
        return doc ? new Spreadsheet(doc) : null;
      });
    },

    getActive(): Spreadsheet | null {
      return ctx.call('SpreadsheetApp', 'getActive', 'local', () => {
        const doc = boundDocument();
        return doc ? new Spreadsheet(doc) : null;
      });
    },

    getActiveSheet(): Sheet {
      return ctx.call('SpreadsheetApp', 'getActiveSheet', 'read', () => {
        const doc = requireBound('getActiveSheet');
        return new Sheet(doc, activeSheetModel(doc));
      });
    },

    getActiveRange(): Range {
      return ctx.call('SpreadsheetApp', 'getActiveRange', 'read', () => {
        const doc = requireBound('getActiveRange');
        return new Range(doc, activeSheetModel(doc), selectionOf(doc).rect);
      });
    },

    getCurrentCell(): Range {
      return ctx.call('SpreadsheetApp', 'getCurrentCell', 'read', () =>
        currentCellRange(requireBound('getCurrentCell')),
      );
    },

    getActiveCell(): Range {
      return ctx.call('SpreadsheetApp', 'getActiveCell', 'read', () =>
        currentCellRange(requireBound('getActiveCell')),
      );
    },

    getSelection() {
      return ctx.call('SpreadsheetApp', 'getSelection', 'read', () =>
        selectionObject(requireBound('getSelection')),
      );
    },

    setActiveSheet(sheet: Sheet, restoreSelection?: boolean): Sheet {
      return ctx.call('SpreadsheetApp', 'setActiveSheet', 'write', () => {
        const doc = sheet.doc;
        const previous = selectionOf(doc);
        if (restoreSelection && previous.sheetId === sheet.model.id) return sheet;
        select(doc, sheet.model, { row: 0, column: 0, numRows: 1, numColumns: 1 });
        return sheet;
      });
    },

    setActiveRange(range: Range): Range {
      return ctx.call('SpreadsheetApp', 'setActiveRange', 'write', () =>
        activateRange(requireBound('setActiveRange'), range),
      );
    },

    /** Allowed in AuthMode.NONE: onOpen builds its menu with it. */
    getUi(): unknown {
      return ctx.call('SpreadsheetApp', 'getUi', 'ui', () => env.getUi());
    },

    /** Sends queued writes (the cost model charges for them). */
    flush(): void {
      ctx.call('SpreadsheetApp', 'flush', 'flush', () => undefined);
    },

    openById(id: string): Spreadsheet {
      return ctx.call('SpreadsheetApp', 'openById', 'read', () => openDocument('openById', id), {
        minAuth: 'FULL',
      });
    },

    openByUrl(url: string): Spreadsheet {
      return ctx.call(
        'SpreadsheetApp',
        'openByUrl',
        'read',
        () => {
          const match = /\/spreadsheets\/d\/([^/?#]+)/.exec(String(url));
          if (!match?.[1]) {
            requireFullScope('openByUrl');
            throw new ScriptException('Invalid argument: url');
          }
          return openDocument('openByUrl', match[1]);
        },
        { minAuth: 'FULL' },
      );
    },

    /** A new file owned by the effective user, with one 'Sheet1' of rows x columns (default 1000 x 26). */
    create(name: string, rows?: number, columns?: number): Spreadsheet {
      return ctx.call(
        'SpreadsheetApp',
        'create',
        'structural',
        () => {
          requireFullScope('create');
          if ((rows !== undefined && rows < 1) || (columns !== undefined && columns < 1)) {
            throw new ScriptException('Invalid argument: rows and columns must be at least 1');
          }
          const owner = ctx.effectiveUser?.email ?? 'harness@example.com';
          const doc = createDocument(ctx, { owner, name: String(name) });
          const sheet = doc.model.sheets[0];
          if (sheet && (rows !== undefined || columns !== undefined)) {
            sheet.rowCount = rows ?? sheet.rowCount;
            sheet.columnCount = columns ?? sheet.columnCount;
          }
          env.documents.set(doc.model.id, doc);
          return new Spreadsheet(doc);
        },
        { minAuth: 'FULL' },
      );
    },

    newRichTextValue() {
      return builder('newRichTextValue', newRichTextValue);
    },

    newTextStyle() {
      return builder('newTextStyle', newTextStyle);
    },

    newColor() {
      return builder('newColor', newColor);
    },

    newDataValidation() {
      return builder('newDataValidation', () => newDataValidation(ctx));
    },

    newConditionalFormatRule() {
      return builder('newConditionalFormatRule', () => newConditionalFormatRule(ctx));
    },
  };
  return strict('SpreadsheetApp', app);
}
