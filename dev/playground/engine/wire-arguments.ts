/**
 * google.script.run arguments as the page sends them, turned back into what the browser held, so
 * that the emulator's wire rules (callFromSidebar) judge them as production does. JSON alone would
 * quietly turn a Date into a string; the frame's client tags such values instead (WIRE_TAG).
 */

import { WireError } from '../../emulator';
import { WIRE_TAG, type EncodedArgument } from '../protocol';

/**
 * Turns the page's encoding of a google.script.run argument back into what the browser passed,
 * so the emulator's wire rules judge it: a Date or a function fails the call. A DOM element (other
 * than a form, which the page sends as its fields) fails too (docs: guides/html/reference/run).
 */
export function decodeArgument(value: EncodedArgument, path = ''): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value))
    return value.map((item, index) => decodeArgument(item, `${path}[${index}]`));
  const tag = value[WIRE_TAG];
  if (typeof tag === 'string') {
    const where = path ? ` (at ${path})` : '';
    if (tag === 'date') return new Date(String(value.iso));
    if (tag === 'function') return function notSendable() {};
    if (tag === 'circular') {
      const loop: Record<string, unknown> = {};
      loop.self = loop;
      return loop;
    }
    if (tag === 'dom') throw new WireError(`A DOM element cannot be a parameter${where}.`);
    throw new WireError(`A ${tag} cannot be a parameter${where}.`);
  }
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = decodeArgument(item, path ? `${path}.${key}` : key);
  }
  return result;
}
