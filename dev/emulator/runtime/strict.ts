/**
 * Makes an emulated object fail loudly: reading any member it does not implement yields a function
 * that throws NotImplementedError naming `Class.member`, instead of a silent undefined.
 */

import { NotImplementedError } from './errors';

/** Probes made by Node, Jest and JSON that must see undefined rather than a throwing function. */
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  '_isMockFunction',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  'toAsymmetricMatcher',
]);

export function strict<T extends object>(className: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) {
        return Reflect.get(object, property, receiver);
      }
      if (PROBES.has(property)) return undefined;
      return () => {
        throw new NotImplementedError(`${className}.${property}`);
      };
    },
  });
}
