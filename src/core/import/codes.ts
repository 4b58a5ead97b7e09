/**
 * Standard codes in lesson titles and standards lists, normalised so the same standard matches
 * however it is written: Common Core (5.NF.B.3, the older 5.NF.3, CCSS.MATH.CONTENT.5.NF.B.3,
 * 5.NBT.A.3.A for 5.NBT.A.3a, RL.5.1), Texas TEKS (8.2C, "8.2C (2012)", 8.2(C)) and NGSS (MS-PS1-1).
 */

export interface StandardCode {
  /** Normalised code: 5.NF.B.3, 5.NF.3, 5.NBT.A.3a, RL.5.1, 8.2C, MS-PS1-1. */
  readonly code: string;
  /** Matching key: equal for 5.NF.B.3 and 5.NF.3 (the cluster letter is dropped). */
  readonly key: string;
  /** The text around the code, without it ("Add fractions" from "5.NF.A.1 Add fractions"). */
  readonly rest: string;
}

const CCSS_PREFIX = /\bCCSS\.(?:MATH\.CONTENT|MATH\.PRACTICE|ELA-LITERACY|ELA)\./gi;
// grade . domain [. cluster] . number [sub-standard a-d, written "3a" or "3.A"]
const CCSS_MATH =
  /\b(K|[1-8])\.([A-Z]{1,4})\.(?:([A-Z])\.)?(\d{1,2})(?:\.([A-Da-d])(?![A-Za-z0-9])|([a-d]))?(?![A-Za-z0-9]|\.[A-Za-z0-9])/;
// ELA: strand . grade . number [a-f]
const CCSS_ELA = /\b(RL|RI|RF|W|SL|L)\.(K|\d{1,2})\.(\d{1,2})([a-f])?(?![A-Za-z0-9])/;
// High school math: [HS]A-SSE.A.1
const CCSS_HS = /\b(?:HS)?([ANFGS])-([A-Z]{2,3})\.(?:([A-Z])\.)?(\d{1,2})([a-d])?(?![A-Za-z0-9])/;
// TEKS: grade . knowledge-and-skills letter, optional edition year in parentheses
const TEKS = /\b(\d{1,2})\.(\d{1,2})\(?([A-Z])\)?(?![A-Za-z0-9])(?:\s*\((\d{4})\))?/;
const NGSS = /\b(K|[1-5]|MS|HS)-(PS|LS|ESS|ETS)(\d)-(\d)\b/;

function withoutMatch(text: string, index: number, length: number): string {
  return (text.slice(0, index) + ' ' + text.slice(index + length))
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/^[\s:–—\-|,.]+|[\s:–—\-|,]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first standard code in the text, normalised, or undefined. */
export function findStandardCode(written: string): StandardCode | undefined {
  if (written.length > 500) return undefined;
  const text = written.replace(CCSS_PREFIX, '');
  let match = CCSS_MATH.exec(text);
  if (match) {
    const [, grade, domain, cluster, number, dotted, letter] = match;
    const sub = (dotted ?? letter ?? '').toLowerCase();
    return {
      code: `${grade}.${domain}${cluster ? `.${cluster}` : ''}.${number}${sub}`,
      key: `${grade}.${domain}.${number}${sub}`.toUpperCase(),
      rest: withoutMatch(text, match.index, match[0].length),
    };
  }
  match = CCSS_ELA.exec(text);
  if (match) {
    const code = `${match[1]}.${match[2]}.${match[3]}${match[4] ?? ''}`;
    return {
      code,
      key: code.toUpperCase(),
      rest: withoutMatch(text, match.index, match[0].length),
    };
  }
  match = CCSS_HS.exec(text);
  if (match) {
    const [, conceptual, domain, cluster, number, sub] = match;
    return {
      code: `${conceptual}-${domain}${cluster ? `.${cluster}` : ''}.${number}${sub ?? ''}`,
      key: `${conceptual}-${domain}.${number}${sub ?? ''}`.toUpperCase(),
      rest: withoutMatch(text, match.index, match[0].length),
    };
  }
  match = NGSS.exec(text);
  if (match) {
    const code = match[0];
    return { code, key: code.toUpperCase(), rest: withoutMatch(text, match.index, code.length) };
  }
  match = TEKS.exec(text);
  if (match) {
    const code = `${match[1]}.${match[2]}${match[3]}`;
    return { code, key: code, rest: withoutMatch(text, match.index, match[0].length) };
  }
  return undefined;
}

/** Matching key for a code or a title: the code's key when it has one, else the title's words. */
export function lessonKey(text: string): string {
  const found = findStandardCode(text);
  if (found) return `code:${found.key}`;
  return `title:${text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
