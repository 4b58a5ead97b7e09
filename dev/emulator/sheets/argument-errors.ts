/**
 * The exception Apps Script raises when arguments fit none of a method's signatures, worded as it
 * prints it: "The parameters (String,number) don't match the method signature for
 * SpreadsheetApp.DataValidationBuilder.requireNumberBetween." (the form gas-fakes notes/oddities.md
 * quotes from live Apps Script for DataValidationBuilder.requireDate).
 */

import { ScriptException } from '../runtime/errors';

/** How Apps Script names a JavaScript value's type in that message. */
export function scriptTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  return 'Object';
}

/** `member` is 'Class.method'; the message prefixes the service, as Apps Script does. */
export function signatureException(member: string, args: readonly unknown[]): ScriptException {
  return new ScriptException(
    `The parameters (${args.map(scriptTypeName).join(',')}) don't match the method signature for SpreadsheetApp.${member}.`,
  );
}
