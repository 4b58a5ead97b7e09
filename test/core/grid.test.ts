/** src/core/grid.ts: what the core counts as a blank cell and as a date cell. Pure: no emulator. */

import { isBlank, isDateCell, type Cell } from '../../src/core/grid';

describe('isBlank', () => {
  test.each<[Cell | undefined, boolean]>([
    [undefined, true],
    ['', true],
    ['   ', true],
    ['\t\n', true],
    ['x', false],
    [0, false],
    [false, false],
    [{ date: '2026-09-14' }, false],
  ])('%j is blank: %s', (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });
});

describe('isDateCell', () => {
  test.each<[Cell | undefined, boolean]>([
    [{ date: '2026-09-14' }, true],
    ['2026-09-14', false],
    [45914, false],
    [undefined, false],
  ])('%j is a date cell: %s', (cell, isDate) => {
    expect(isDateCell(cell)).toBe(isDate);
  });
});
