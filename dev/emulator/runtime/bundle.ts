/**
 * Loads the add-on's server bundle (build/Code.js) the way Apps Script loads a project: the whole
 * file is evaluated in a fresh global scope at the start of every execution, with the services as
 * globals, and Apps Script can call only functions declared at the top level of the file.
 */

import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

import type { Clock } from './context';

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

  static fromFile(path: string): Bundle {
    return new Bundle(readFileSync(path, 'utf8'), path);
  }

  /**
   * A fresh global scope with `globals` installed and the bundle evaluated in it. Dates made
   * inside the bundle read the emulator's clock; Date objects cross between the emulator and the
   * bundle as the same class, so `instanceof Date` holds on values from getValues.
   */
  instantiate(globals: Record<string, unknown>, clock: Clock): vm.Context {
    const context = vm.createContext({ ...globals, Date: clockedDate(clock) });
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

/** The host's Date, except that `new Date()` and `Date.now()` read the emulator's clock. */
function clockedDate(clock: Clock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      if (args.length === 0) return new target(clock.millis());
      return new (target as unknown as new (...a: unknown[]) => Date)(...args);
    },
    apply() {
      // Date() called without new returns the current time as a string.
      return new Date(clock.millis()).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => clock.millis();
      return Reflect.get(target, property, receiver);
    },
  });
}
