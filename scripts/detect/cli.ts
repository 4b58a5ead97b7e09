/**
 * `npm run detect -- FILE.csv|FILE.xlsx [--sheet NAME]`: prints as JSON what detection finds in a
 * tracker file, for maintainers and support. Errors (no file, not CSV/XLSX, unreadable, no such
 * sheet) print one line and exit with code 2.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { columnLetter, describeLine, detectTracker } from '../../src/core/import';
import type { Detection, Line } from '../../src/core/import';
import { loadFile, type EmulatorModule, type LoadedFile } from './read-sheet';

export const USAGE = 'usage: npm run detect -- FILE.csv|FILE.xlsx [--sheet NAME]';

class UsageError extends Error {}

interface Arguments {
  readonly file: string;
  readonly sheet?: string;
}

function parseArguments(argv: readonly string[]): Arguments {
  let file: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--sheet') {
      sheet = argv[++i];
      if (sheet === undefined) throw new UsageError('--sheet needs a sheet name');
    } else if (arg.startsWith('--sheet=')) {
      sheet = arg.slice('--sheet='.length);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one file at a time (got ${file} and ${arg})`);
    }
  }
  if (file === undefined) throw new UsageError('no file given');
  return { file, ...(sheet !== undefined ? { sheet } : {}) };
}

function where(line: Line, through?: number): string {
  if (through === undefined) return describeLine(line);
  return line.axis === 'row'
    ? `Rows ${line.index + 1}-${through + 1}`
    : `Columns ${columnLetter(line.index)}-${columnLetter(through)}`;
}

/** The JSON a maintainer reads: every position as the sheet shows it (Row 3, Column C). */
export function report(
  file: string,
  sheet: string,
  sheets: readonly string[],
  detection: Detection,
  lessonsTab?: string,
): unknown {
  return {
    file,
    sheet,
    sheets,
    orientation: detection.orientation,
    confidence: detection.confidence,
    ...(detection.unitName ? { unitName: detection.unitName } : {}),
    ...(lessonsTab ? { lessonsTab } : {}),
    titles: detection.titleLines.map((l) => where(l)),
    names: detection.nameLines.map((l) => where(l)),
    ...(detection.longColumns
      ? {
          longColumns: Object.fromEntries(
            Object.entries(detection.longColumns).map(([k, c]) => [k, `Column ${columnLetter(c)}`]),
          ),
        }
      : {}),
    students: detection.students.map(({ line, written, name, ...parsed }) => ({
      at: where(line),
      written,
      name,
      ...parsed,
    })),
    lessons: detection.lessons.map(({ line, ...lesson }) => ({ at: where(line), ...lesson })),
    marks: detection.markValues.map((v) => ({
      value: v.label,
      key: v.key,
      count: v.count,
      becomes: v.meaning,
      why: v.why,
    })),
    leftOut: detection.leftOut.map((l) => ({
      at: where(l.line, l.through),
      reason: l.reason,
      why: l.detail,
    })),
    warnings: detection.warnings,
  };
}

async function load(emulator: EmulatorModule, file: string): Promise<LoadedFile> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx')
    throw new UsageError(`${file} is not a CSV or XLSX file`);
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const name = path.basename(file, path.extname(file));
  if (extension === '.xlsx') {
    // An XLSX file is a zip archive: it starts with "PK".
    if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b)
      throw new UsageError(`${file} is not an XLSX file (it is not a zip archive)`);
    try {
      return await loadFile(emulator, 'xlsx', data, name);
    } catch (error) {
      throw new UsageError(
        `cannot read ${file} as XLSX: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
  if (data.includes(0)) throw new UsageError(`${file} is not a CSV file (it holds binary data)`);
  return loadFile(emulator, 'csv', data, name);
}

/** Runs the command; returns the exit code. */
export async function main(
  argv: readonly string[],
  emulator: EmulatorModule,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  try {
    const args = parseArguments(argv);
    const loaded = await load(emulator, args.file);
    const names = loaded.sheets.map((s) => s.name);
    const chosen =
      args.sheet === undefined
        ? loaded.sheets[0]
        : loaded.sheets.find((s) => s.name === args.sheet);
    if (!chosen)
      throw new UsageError(
        `no sheet named "${args.sheet}" in ${args.file} (sheets: ${names.join(', ')})`,
      );
    // Another sheet of the workbook that reads as a lessons list is used as the lessons tab.
    const tab = loaded.sheets.find(
      (s) =>
        s !== chosen &&
        detectTracker(s.grid, { locale: loaded.locale }).orientation === 'lessons-list',
    );
    const xlsx = path.extname(args.file).toLowerCase() === '.xlsx';
    const detection = detectTracker(chosen.grid, {
      locale: loaded.locale,
      ...(xlsx ? { sheetName: chosen.name } : {}),
      ...(tab ? { lessonsTab: tab.grid } : {}),
    });
    out(JSON.stringify(report(args.file, chosen.name, names, detection, tab?.name), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`detect: ${error.message}`);
      if (/no file given|unknown option|one file|needs a sheet/.test(error.message)) err(USAGE);
      return 2;
    }
    throw error;
  }
}
