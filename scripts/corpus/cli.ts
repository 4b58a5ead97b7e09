/**
 * `npm run test:corpus [-- FOLDER]`: reads every CSV and XLSX in the corpus of real trackers
 * (../shared/fixtures/trackers beside the project, or FOLDER, or $TRACKER_CORPUS) through the
 * emulator's importers, prints per file what detection found, and checks it: every sheet against
 * the checks every sheet gets, and the facts the corpus's README states. A file that cannot be read
 * or a detection that throws is a failed check, never a crash. Exit code 1 when any check fails
 * (or the folder is missing), else 0; the last line sums it up.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { detectTracker, type Detection } from '../../src/core/import';
import { loadFile, type EmulatorModule, type LoadedFile } from '../detect/read-sheet';
import { describeDetection, factChecks, rosterChecks, type Check } from './check';
import { CORPUS_FACTS, type FileFacts } from './facts';

export const DEFAULT_FOLDER = '../shared/fixtures/trackers';

function folderOf(argv: readonly string[]): string {
  const given = argv[0] ?? process.env.TRACKER_CORPUS;
  return path.resolve(process.cwd(), given ?? DEFAULT_FOLDER);
}

function message(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** Runs the corpus check; returns the exit code. `facts` are the README's (tests pass others). */
export async function main(
  argv: readonly string[],
  emulator: EmulatorModule,
  out: (text: string) => void,
  err: (text: string) => void,
  facts: readonly FileFacts[] = CORPUS_FACTS,
): Promise<number> {
  const folder = folderOf(argv);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    err(
      `test:corpus: the tracker corpus is missing: there is no folder ${folder}. It lives beside the project (${DEFAULT_FOLDER}); pass another folder with npm run test:corpus -- FOLDER.`,
    );
    out('test:corpus: 0 files read; 0 checks passed, 1 failed');
    return 1;
  }
  const files = readdirSync(folder)
    .filter((name) => /\.(csv|xlsx)$/i.test(name))
    .sort();
  let passed = 0;
  let failed = 0;
  let sheetsRead = 0;
  const report = (checks: readonly Check[]) => {
    for (const c of checks) {
      out(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.what}`);
      if (c.ok) passed++;
      else failed++;
    }
  };
  if (files.length === 0) {
    out(`${folder}: no CSV or XLSX file`);
    report([{ ok: false, what: 'the corpus has files to read' }]);
  }
  for (const missing of facts.filter((f) => !files.includes(f.file))) {
    out(`${missing.file}:`);
    report([
      { ok: false, what: `the README describes ${missing.file}, but it is not in ${folder}` },
    ]);
  }

  for (const file of files) {
    const xlsx = /\.xlsx$/i.test(file);
    const known = facts.find((f) => f.file === file);
    let loaded: LoadedFile;
    let text: string | undefined;
    try {
      const data = readFileSync(path.join(folder, file));
      text = xlsx ? undefined : data.toString('utf8');
      loaded = await loadFile(emulator, xlsx ? 'xlsx' : 'csv', data, path.parse(file).name);
    } catch (error) {
      out(`${file}:`);
      report([{ ok: false, what: `could not be read (${message(error)})` }]);
      continue;
    }
    const sheets = xlsx ? loaded.sheets : loaded.sheets.slice(0, 1);
    for (const named of known?.sheets.filter((s) => s.sheet !== undefined) ?? []) {
      if (!sheets.some((s) => s.name === named.sheet)) {
        out(`${file}:`);
        report([{ ok: false, what: `has a sheet named ${named.sheet}` }]);
      }
    }
    for (const sheet of sheets) {
      sheetsRead++;
      const title = xlsx ? `${file} [${sheet.name}]` : file;
      let detection: Detection;
      try {
        detection = detectTracker(sheet.grid, {
          locale: loaded.locale,
          ...(xlsx ? { sheetName: sheet.name } : {}),
        });
      } catch (error) {
        out(`${title}:`);
        report([{ ok: false, what: `detection did not crash (it threw ${message(error)})` }]);
        continue;
      }
      out(`${title}: ${describeDetection(detection)}`);
      const sheetFacts = known?.sheets.find((s) => s.sheet === undefined || s.sheet === sheet.name);
      report([
        ...rosterChecks(detection),
        ...(sheetFacts ? factChecks(detection, sheetFacts, text) : []),
      ]);
    }
  }
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  out(
    `test:corpus: ${count(files.length, 'file')} (${count(sheetsRead, 'sheet')}) read; ${passed} checks passed, ${failed} failed`,
  );
  if (failed > 0) err(`test:corpus: ${failed} check${failed === 1 ? '' : 's'} failed`);
  return failed > 0 ? 1 : 0;
}
