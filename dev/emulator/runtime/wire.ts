/**
 * What crosses google.script.run, as documented (guides/html/reference/run): numbers, booleans,
 * strings, null, and objects and arrays made of them. A Date, a function or a DOM node anywhere in
 * a parameter or a return value makes the request fail; circular references fail; undefined array
 * entries become null. The server receives a copy. The sidebar bridge and the vm runner both pass
 * every call through copyAcrossWire, so a test sees the failure production would show.
 */

export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}

export type WireValue =
  null | boolean | number | string | WireValue[] | { [key: string]: WireValue };

export function copyAcrossWire(value: unknown, what: 'parameter' | 'return value'): WireValue {
  return copy(value, what, new Set(), '');
}

function copy(value: unknown, what: string, seen: Set<object>, path: string): WireValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (value === undefined) return null;
  const where = path ? ` (at ${path})` : '';
  if (typeof value === 'function') throw new WireError(`A function cannot be a ${what}${where}.`);
  if (typeof value !== 'object')
    throw new WireError(`A ${typeof value} cannot be a ${what}${where}.`);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new WireError(`A Date cannot be a ${what}${where}: send an ISO string instead.`);
  }
  if (seen.has(value)) throw new WireError(`A circular reference cannot be a ${what}${where}.`);
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item, index) => copy(item, what, seen, `${path}[${index}]`));
    }
    const result: { [key: string]: WireValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      result[key] = copy(item, what, seen, path ? `${path}.${key}` : key);
    }
    return result;
  } finally {
    seen.delete(value);
  }
}
