/**
 * Routes every public method of an emulated Apps Script object through EmulatorContext.call, so
 * the ledger records it with the right kind (builders: 'local'; protections: reads, writes and
 * structural calls) without wrapping each method by hand. Used by Protection, the data-validation
 * and conditional-format classes.
 */

import type { CallKind } from '../runtime/cost-model';
import type { EmulatorContext } from '../runtime/context';
import { strict } from '../runtime/strict';

/** Not recorded: JavaScript's own conversions and the emulator's plumbing. */
const UNRECORDED = new Set(['constructor', 'toString', 'toJSON', 'valueOf']);

/**
 * `target` made strict (see runtime/strict.ts) with its methods run inside
 * ctx.call(service, method, kind): `kinds` names the methods that are not 'local'. Methods
 * returning the target itself (chaining builders) return the wrapped object. Methods whose name
 * starts with '_' or that `kinds` maps to null are not recorded. Without a context (a builder made
 * outside any document) calls are not recorded. Constructors end with `return apiObject(...)`.
 */
export function apiObject<T extends object>(
  ctx: EmulatorContext | null,
  service: string,
  target: T,
  kinds: Readonly<Record<string, CallKind | null>> = {},
): T {
  if (!ctx) return strict(service, target);
  // Assigned before any method can run: the proxies are only returned at the end.
  let outer: T = target;
  const recorded: T = new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof property !== 'string' || typeof value !== 'function') return value;
      if (UNRECORDED.has(property) || property.startsWith('_')) return value;
      const kind = property in kinds ? kinds[property] : 'local';
      if (kind === null || kind === undefined) return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) =>
        ctx.call(service, property, kind, () => {
          const result = method.apply(object, args);
          return result === object ? outer : result;
        });
    },
  });
  outer = strict(service, recorded);
  return outer;
}
