/**
 * Rows and columns as the sheet names them ("Row 3", "Column C") and as a teacher types them when
 * correcting an import ("3", "A, B"), turned into the 0-based lines the server's corrections use.
 */

import type { Line } from '../core/import/types';

/** Column letters (0 → A, 26 → AA) and "Row 3" / "Column C", named as detection names them. */
export { columnLetter as columnLetters, describeLine as lineName } from '../core/import/table';

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
