/**
 * Values too large for one document property (9 KB per value, key included; 500 KB per store:
 * developers.google.com/apps-script/guides/services/quotas) are split into numbered parts and joined
 * again. Parts are cut by UTF-8 bytes, never inside a character.
 */

/** Bytes left for a part's value: 9 KB less room for its key. */
export const PART_BYTES = 8 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
export const VALUE_LIMIT_BYTES = 9 * 1024;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function splitByBytes(text: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts;
}

/**
 * The properties that hold `value` under `key`: `key` itself holds the number of parts, and
 * `key.0`, `key.1`... the parts.
 */
export function toParts(
  key: string,
  value: string,
  partBytes = PART_BYTES,
): Record<string, string> {
  const parts = splitByBytes(value, partBytes);
  const out: Record<string, string> = { [key]: String(parts.length) };
  parts.forEach((part, i) => (out[`${key}.${i}`] = part));
  return out;
}

/** The value stored by toParts, or null when missing or incomplete. */
export function fromParts(
  properties: Readonly<Record<string, string>>,
  key: string,
): string | null {
  const count = Number(properties[key]);
  if (!Number.isInteger(count) || count < 1) return null;
  let value = '';
  for (let i = 0; i < count; i++) {
    const part = properties[`${key}.${i}`];
    if (part === undefined) return null;
    value += part;
  }
  return value;
}

/** Keys of parts beyond what `next` holds, left over from a longer value: to delete. */
export function staleParts(
  properties: Readonly<Record<string, string>>,
  key: string,
  next: Readonly<Record<string, string>>,
): string[] {
  const prefix = `${key}.`;
  return Object.keys(properties).filter(
    (k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)) && !(k in next),
  );
}
