/**
 * Rows and columns as the sheet names them ("Row 3", "Column C") and as a teacher types them when
 * correcting an import ("3", "A, B"), turned into the 0-based lines the server's corrections use.
 */

import type { Line } from '../core/import/types';

/** Column letters from a 0-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'Row 3' or 'Column C', as the sheet shows them. */
export function lineName(line: Line): string {
  return line.axis === 'row' ? `Row ${line.index + 1}` : `Column ${columnLetters(line.index)}`;
}

/** '1, 2' or 'A, B' → 0-based indices on that axis; null when a part is not one. */
export function parseLines(text: string, axis: Line['axis']): number[] | null {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  if (!parts.length || parts.length > 2) return null;
  const indices: number[] = [];
  for (const part of parts) {
    if (axis === 'row') {
      if (!/^\d{1,6}$/.test(part) || Number(part) < 1) return null;
      indices.push(Number(part) - 1);
    } else {
      if (!/^[A-Z]{1,3}$/.test(part)) return null;
      const index = [...part].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
      indices.push(index);
    }
  }
  return indices;
}
