/**
 * Apps Script's refusal of arguments that fit no overload: "The parameters (String) don't match
 * the method signature for SpreadsheetApp.Range.copyTo." Each argument is named the way Apps
 * Script prints it: JavaScript numbers as `number`, strings as `String`, booleans as `Boolean`,
 * plain objects as `Object`, Apps Script objects by their class (`SpreadsheetApp.Range`) and enum
 * members by their enum (`SpreadsheetApp.CopyPasteType`); `null` and `undefined` as themselves.
 */

import { ScriptException } from '../runtime/errors';
import { EnumValue } from './enums';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof EnumValue) return `SpreadsheetApp.${value.enumName}`;
  if (Array.isArray(value)) return 'Object[]';
  // Emulated Apps Script classes print their class name (Range.toString() is 'Range').
  const printed = typeof value === 'object' ? String(value) : '';
  if (/^[A-Z][A-Za-z]*$/.test(printed)) return `SpreadsheetApp.${printed}`;
  return 'Object';
}

export function signatureError(member: string, args: readonly unknown[]): ScriptException {
  return new ScriptException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${member}.`,
  );
}
