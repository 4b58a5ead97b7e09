/**
 * Loads the add-on's server bundle (build/Code.js) the way Apps Script loads a project: the whole
 * file is evaluated in a fresh global scope at the start of every execution, with the services as
 * globals, and Apps Script can call only functions declared at the top level of the file.
 */

import { parse } from 'acorn';
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';

const parsedFiles = new Map<string, { mtimeMs: number; size: number; bundle: Bundle }>();

export class Bundle {
  private readonly script: vm.Script;
  /** Names of the file's top-level function declarations: what Apps Script can call by name. */
  readonly topLevelFunctions: readonly string[];

  constructor(
    readonly code: string,
    readonly filename = 'Code.js',
  ) {
    this.script = new vm.Script(code, { filename });
    this.topLevelFunctions = declaredFunctions(code);
  }

  /**
   * The bundle in `path`. Parsing it is the costly part of a new Emulator, so an unchanged file
   * (same size and modification time) is parsed once per process; a Bundle is never changed.
   */
  static fromFile(path: string): Bundle {
    const { mtimeMs, size } = statSync(path);
    const cached = parsedFiles.get(path);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.bundle;
    const bundle = new Bundle(readFileSync(path, 'utf8'), path);
    parsedFiles.set(path, { mtimeMs, size, bundle });
    return bundle;
  }

  /**
   * A fresh global scope with `globals` installed and the bundle evaluated in it. `date` is the
   * Date the code sees (runtime/script-date.ts: the script's time zone, the emulator's clock).
   */
  instantiate(globals: Record<string, unknown>, date: DateConstructor): vm.Context {
    const context = vm.createContext({ ...globals, Date: date });
    this.script.runInContext(context);
    return context;
  }
}

function declaredFunctions(code: string): string[] {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const names: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'FunctionDeclaration' && statement.id) names.push(statement.id.name);
  }
  return names;
}
