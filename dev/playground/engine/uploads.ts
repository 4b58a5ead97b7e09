/**
 * A teacher's uploaded tracker (CSV or XLSX) or a saved snapshot, turned into an emulated
 * spreadsheet through the emulator's importers, or refused with a message that says what is wrong
 * and what to do. Uploaded bytes are only ever parsed as data (papaparse, exceljs, JSON.parse):
 * nothing in them is run as code. Formulas in a tracker are spreadsheet formulas, computed by the
 * emulator's formula engine as Sheets would compute them.
 */

import {
  createDocumentFromCsv,
  importXlsx,
  restoreSnapshot,
  type DocumentSnapshot,
  type Emulator,
  type SpreadsheetDocument,
} from '../../emulator';

/** The largest tracker file the playground accepts. Real trackers are far smaller (tens of KB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Snapshots carry every cell's display value too, so they get more room. */
export const MAX_SNAPSHOT_BYTES = 25 * 1024 * 1024;
/** Cells an imported file may fill, so an XLSX that unpacks to millions of cells is refused. */
export const MAX_IMPORTED_CELLS = 500_000;

/** A refusal the page shows as is. */
export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface ImportedTracker {
  doc: SpreadsheetDocument;
  /** What the import could not carry over, or how it read the file. */
  notes: string[];
}

export interface ImportOptions {
  owner: string;
  editors: string[];
  timeZone: string;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const OTHER_FORMATS: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
];

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/** The file's name without its extension, as Sheets names an imported file. */
function titleOf(name: string): string {
  const title = name.replace(/\.[A-Za-z0-9]+$/, '').trim();
  return title === '' ? 'Imported tracker' : title.slice(0, 100);
}

/**
 * Text of a CSV: UTF-8 (a BOM is dropped by the CSV reader), UTF-16 with a BOM (Excel's "Unicode
 * text"), or else Windows-1252, which older Excel versions write.
 */
function decodeText(bytes: Uint8Array, notes: string[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new UploadError(
      'This file is not a CSV or XLSX spreadsheet (it holds binary data). Export the tracker as .csv or .xlsx and upload that.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push('The file is not UTF-8: it was read as Windows-1252, as older Excel writes CSV.');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Refuses what is plainly not a tracker before any parsing. */
function checkKind(name: string, bytes: Uint8Array): 'csv' | 'xlsx' {
  if (bytes.length === 0) throw new UploadError(`${name} is empty.`);
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new UploadError(
      `${name} is ${formatSize(bytes.length)}: the playground takes trackers up to ${formatSize(MAX_UPLOAD_BYTES)}.`,
    );
  }
  for (const [signature, what] of OTHER_FORMATS) {
    if (startsWith(bytes, signature)) {
      throw new UploadError(
        `${name} is ${what}, not a spreadsheet. Upload the tracker as .csv or .xlsx.`,
      );
    }
  }
  if (startsWith(bytes, OLE)) {
    throw new UploadError(
      `${name} is an old Excel 97-2003 (.xls) file. Open it in Sheets or Excel, save it as .xlsx or .csv, and upload that.`,
    );
  }
  const extension = extensionOf(name);
  if (startsWith(bytes, ZIP)) {
    if (extension !== 'xlsx') {
      throw new UploadError(
        `${name} is a zip archive but not an .xlsx workbook. Upload the tracker as .xlsx or .csv.`,
      );
    }
    return 'xlsx';
  }
  if (extension === 'xlsx') {
    throw new UploadError(
      `${name} is not a valid .xlsx file (it is not a zip archive, as .xlsx files are). Save it again from Sheets or Excel.`,
    );
  }
  if (!['csv', 'tsv', 'txt'].includes(extension)) {
    throw new UploadError(
      `${name}: upload a tracker as .csv or .xlsx${extension === 'json' ? ', or use "Restore snapshot" for a saved .json snapshot' : ''}.`,
    );
  }
  return 'csv';
}

/** How many cells hold something, across the document. */
function filledCells(doc: SpreadsheetDocument): number {
  let count = 0;
  for (const sheet of doc.model.sheets) {
    for (const cells of sheet.rows) {
      for (const cell of cells ?? []) {
        if (cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== '')))
          count++;
      }
    }
  }
  return count;
}

/**
 * A tracker is a table: some sheet has at least two filled rows and two filled columns (a header
 * and a student, or a lesson). Whether it is the roster the add-on can read is the add-on's import
 * to say; this only refuses files with no table at all.
 */
function checkLooksLikeTracker(name: string, doc: SpreadsheetDocument): void {
  const cells = filledCells(doc);
  if (cells > MAX_IMPORTED_CELLS) {
    throw new UploadError(
      `${name} fills ${cells.toLocaleString('en-US')} cells: the playground takes trackers up to ${MAX_IMPORTED_CELLS.toLocaleString('en-US')} cells.`,
    );
  }
  const hasTable = doc.model.sheets.some((sheet) => {
    const rows = new Set<number>();
    const columns = new Set<number>();
    sheet.rows.forEach((cellsInRow, r) =>
      cellsInRow?.forEach((cell, c) => {
        if (
          cell &&
          (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''))
        ) {
          rows.add(r);
          columns.add(c);
        }
      }),
    );
    return rows.size >= 2 && columns.size >= 2;
  });
  if (!hasTable) {
    throw new UploadError(
      `${name} does not look like a tracker: it has ${cells} filled cell${cells === 1 ? '' : 's'} and no table. A tracker has a header row and a row (or column) per student.`,
    );
  }
}

/** A tracker file as a new emulated spreadsheet, or an UploadError saying why not. */
export async function importTracker(
  emulator: Emulator,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportedTracker> {
  const kind = checkKind(name, bytes);
  const notes: string[] = [];
  const documentOptions = {
    name: titleOf(name),
    owner: options.owner,
    editors: options.editors,
    timeZone: options.timeZone,
  };
  let doc: SpreadsheetDocument;
  if (kind === 'xlsx') {
    try {
      const imported = await importXlsx(emulator.ctx, bytes, documentOptions);
      doc = imported.doc;
      notes.push(...imported.report.warnings);
      for (const [sheet, ranges] of Object.entries(imported.report.merges)) {
        notes.push(`${sheet}: merged cells ${ranges.join(', ')} keep only their top-left value.`);
      }
    } catch (error) {
      throw new UploadError(
        `${name} could not be read as an .xlsx workbook (it may be damaged or password-protected): ${messageOf(error)}`,
      );
    }
  } else {
    const text = decodeText(bytes, notes);
    try {
      doc = createDocumentFromCsv(emulator.ctx, text, {
        ...documentOptions,
        sheetName: titleOf(name),
        separator: 'auto',
      });
    } catch (error) {
      throw new UploadError(`${name} could not be read as CSV: ${messageOf(error)}`);
    }
  }
  checkLooksLikeTracker(name, doc);
  return { doc, notes };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A snapshot file (the playground's own JSON download) as a new emulated spreadsheet. */
export function restoreTrackerSnapshot(
  emulator: Emulator,
  name: string,
  bytes: Uint8Array,
): SpreadsheetDocument {
  if (bytes.length === 0) throw new UploadError(`${name} is empty.`);
  if (bytes.length > MAX_SNAPSHOT_BYTES) {
    throw new UploadError(
      `${name} is ${formatSize(bytes.length)}: the playground restores snapshots up to ${formatSize(MAX_SNAPSHOT_BYTES)}.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw new UploadError(
      `${name} is not a snapshot: it is not JSON. Use "Download snapshot" to make one, or upload a tracker as .csv or .xlsx.`,
    );
  }
  if (!isRecord(parsed) || parsed.format !== 'mastery-tracker-emulator-snapshot') {
    throw new UploadError(
      `${name} is JSON but not a playground snapshot (it has no "format": "mastery-tracker-emulator-snapshot").`,
    );
  }
  const sharing = parsed.sharing;
  if (
    !Array.isArray(parsed.sheets) ||
    parsed.sheets.length === 0 ||
    !isRecord(sharing) ||
    typeof sharing.owner !== 'string'
  ) {
    throw new UploadError(`${name} is a damaged snapshot: it has no sheets or no owner.`);
  }
  // Sheets holds at most 10 million cells per spreadsheet (platform.md, quotas).
  const cells = parsed.sheets.reduce<number>((total, sheet: unknown) => {
    const size = isRecord(sheet) ? Number(sheet.rowCount) * Number(sheet.columnCount) : NaN;
    return total + (Number.isFinite(size) && size > 0 ? size : Infinity);
  }, 0);
  if (cells > 10_000_000) {
    throw new UploadError(
      `${name} is a damaged snapshot: its sheets' sizes are missing or exceed Sheets' 10 million cells.`,
    );
  }
  try {
    return restoreSnapshot(emulator.ctx, parsed as unknown as DocumentSnapshot);
  } catch (error) {
    throw new UploadError(`${name} is a damaged snapshot: ${messageOf(error)}`);
  }
}
