/**
 * The sheet grid: what one person sees of one sheet (display values, checkboxes, links, notes on
 * hover, conditional-format colours, frozen and hidden rows and columns, protected cells) and how
 * they change it: select, type in the edit bar, tick, paste, delete. Every change is sent to the
 * emulator, which accepts or refuses it as Sheets would; the grid only shows the result.
 */

import type { CellStyleView, CellView, GridRect, SheetView, UserInputView } from '../protocol';
import { a1, columnLetters, fill, h } from './dom';

/** Room a cell's text takes beyond its own width, in pixels on each side. */
interface Overflow {
  before: number;
  after: number;
  width: number;
  align: 'left' | 'center' | 'right';
}

export interface GridHandlers {
  select(rect: GridRect): void;
  edit(rect: GridRect, input: UserInputView, cells: CellView[]): void;
}

const ROW_HEADER_WIDTH = 46;
const HEADER_HEIGHT = 22;
const DEFAULT_WIDTH = 100;
const DEFAULT_HEIGHT = 21;
/** A cell's left and right padding (style.css). */
const CELL_PADDING = 6;

/** What the edit bar shows and the grid marks as selected. */
function single(row: number, column: number): GridRect {
  return { row, column, numRows: 1, numColumns: 1 };
}

function contains(rect: GridRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

function applyStyle(
  element: HTMLElement,
  style: CellStyleView | undefined,
  numeric: boolean,
): void {
  const css = element.style;
  if (numeric) css.textAlign = 'right';
  if (!style) return;
  if (style.background) css.backgroundColor = style.background;
  if (style.color) css.color = style.color;
  if (style.bold) css.fontWeight = 'bold';
  if (style.italic) css.fontStyle = 'italic';
  if (style.line) css.textDecoration = style.line;
  if (style.size) css.fontSize = `${style.size}pt`;
  if (style.align) css.textAlign = style.align;
  if (style.valign) css.verticalAlign = style.valign;
  if (style.wrap) css.whiteSpace = 'pre-wrap';
}

function link(url: string, text: string): HTMLAnchorElement {
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export class Grid {
  private view: SheetView | null = null;
  private cells = new Map<string, CellView>();
  private selection: GridRect = single(0, 0);
  private anchor: { row: number; column: number } = { row: 0, column: 0 };
  private editing = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly reference: HTMLElement,
    private readonly bar: HTMLInputElement,
    private readonly notePopup: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    root.addEventListener('keydown', (event) => this.onKey(event));
    root.addEventListener('paste', (event) => this.onPaste(event));
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.commit(bar.value);
      } else if (event.key === 'Escape') {
        this.editing = false;
        this.showSelection();
        root.focus();
      }
    });
    bar.addEventListener('input', () => (this.editing = true));
  }

  private cell(row: number, column: number): CellView | undefined {
    return this.cells.get(`${row},${column}`);
  }

  render(view: SheetView): void {
    const sameSheet = this.view?.id === view.id;
    this.view = view;
    this.cells = new Map(view.cells.map((cell) => [`${cell.row},${cell.column}`, cell]));
    if (view.selection && !this.editing) this.selection = view.selection;
    else if (!sameSheet) this.selection = single(0, 0);
    const scroll = { top: this.root.scrollTop, left: this.root.scrollLeft };
    fill(this.root, this.table(view));
    this.pinFrozenRows();
    if (sameSheet) {
      this.root.scrollTop = scroll.top;
      this.root.scrollLeft = scroll.left;
    }
    if (!this.editing) this.showSelection();
  }

  private table(view: SheetView): HTMLTableElement {
    const hiddenRows = new Set(view.hiddenRows);
    const hiddenColumns = new Set(view.hiddenColumns);
    const columns = [...Array(view.shownColumns).keys()].filter((c) => !hiddenColumns.has(c));
    const rows = [...Array(view.shownRows).keys()].filter((r) => !hiddenRows.has(r));
    const width = (c: number) => view.columnWidths[String(c)] ?? DEFAULT_WIDTH;
    const height = (r: number) => view.rowHeights[String(r)] ?? DEFAULT_HEIGHT;

    // Frozen rows and columns stay put while the rest scrolls (position: sticky offsets).
    const left = new Map<number, number>();
    let x = ROW_HEADER_WIDTH;
    for (const c of columns.filter((c) => c < view.frozenColumns)) {
      left.set(c, x);
      x += width(c);
    }

    /**
     * Sheets lets text run on over empty neighbouring cells (not past the frozen edge): to the
     * right when it is aligned left, to the left when aligned right, both ways evenly when
     * centred. Numbers and wrapped text stay in their cell.
     */
    const room = (r: number, index: number, step: 1 | -1): number => {
      const c = columns[index]!;
      let px = 0;
      for (let j = index + step; j >= 0 && j < columns.length; j += step) {
        const next = columns[j]!;
        const neighbour = this.cell(r, next);
        if (next < view.frozenColumns !== c < view.frozenColumns) break;
        if (neighbour && (neighbour.text !== '' || neighbour.checkbox !== undefined)) break;
        px += width(next);
      }
      return px;
    };
    const overflow = (r: number, index: number): Overflow | undefined => {
      const cell = this.cell(r, columns[index]!);
      if (!cell || cell.text === '' || cell.checkbox !== undefined || cell.style?.wrap)
        return undefined;
      if (cell.numeric) return undefined;
      const align = cell.style?.align ?? 'left';
      const before = align === 'left' ? 0 : room(r, index, -1);
      const after = align === 'right' ? 0 : room(r, index, 1);
      const even = Math.min(before, after);
      const flow = align === 'center' ? { before: even, after: even } : { before, after };
      if (flow.before + flow.after === 0) return undefined;
      return { ...flow, width: width(columns[index]!) - CELL_PADDING, align };
    };

    const corner = h('col');
    corner.style.width = `${ROW_HEADER_WIDTH}px`;
    const colgroup = h('colgroup', {}, corner);
    for (const c of columns) {
      const col = h('col');
      col.style.width = `${width(c)}px`;
      colgroup.appendChild(col);
    }

    const headerRow = h('tr', {}, h('th', { className: 'corner' }));
    for (const c of columns) {
      const hiddenBefore = c > 0 && hiddenColumns.has(c - 1);
      const th = h(
        'th',
        {
          className: `column-header${hiddenBefore ? ' after-hidden' : ''}${c === view.frozenColumns - 1 ? ' frozen-edge-column' : ''}`,
          scope: 'col',
          title: hiddenBefore
            ? `Hidden column${hiddenBefore ? 's' : ''} before ${columnLetters(c)}`
            : undefined,
        },
        columnLetters(c),
      );
      if (left.has(c)) {
        th.style.left = `${left.get(c)}px`;
        th.classList.add('frozen-column');
      }
      headerRow.appendChild(th);
    }

    const body = h('tbody');
    for (const r of rows) {
      const hiddenBefore = r > 0 && hiddenRows.has(r - 1);
      const tr = h('tr', {
        className: r === view.frozenRows - 1 ? 'frozen-edge-row' : undefined,
      });
      tr.style.height = `${height(r)}px`;
      const rowHeader = h(
        'th',
        {
          className: `row-header${hiddenBefore ? ' after-hidden' : ''}`,
          scope: 'row',
          title: hiddenBefore ? `Hidden rows above ${r + 1}` : undefined,
        },
        String(r + 1),
      );
      if (r < view.frozenRows) {
        tr.classList.add('frozen');
        rowHeader.classList.add('frozen-row');
      }
      tr.appendChild(rowHeader);
      for (const [index, c] of columns.entries()) {
        const td = this.cellElement(r, c, overflow(r, index));
        if (r < view.frozenRows) td.classList.add('frozen-row');
        if (left.has(c)) {
          td.style.left = `${left.get(c)}px`;
          td.classList.add('frozen-column');
        }
        if (c === view.frozenColumns - 1) td.classList.add('frozen-edge-column');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    const table = h(
      'table',
      { id: 'grid-table', className: view.readOnly ? 'read-only' : undefined },
      colgroup,
      h('thead', {}, headerRow),
      body,
    );
    // A fixed layout takes the columns' widths only when the table has a width.
    table.style.width = `${columns.reduce((sum, c) => sum + width(c), ROW_HEADER_WIDTH)}px`;
    return table;
  }

  /**
   * Frozen rows stick below the column headers at their drawn heights (a larger font makes a row
   * taller than its nominal 21 px), so their offsets are measured once the table is laid out.
   */
  private pinFrozenRows(): void {
    const table = this.root.querySelector('table');
    if (!table) return;
    let y = table.tHead?.getBoundingClientRect().height ?? HEADER_HEIGHT;
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr.frozen')) {
      for (const cell of row.children) (cell as HTMLElement).style.top = `${y}px`;
      y += row.getBoundingClientRect().height;
    }
  }

  private cellElement(row: number, column: number, flow?: Overflow): HTMLTableCellElement {
    const cell = this.cell(row, column);
    const ref = a1(row, column);
    const td = h('td', { 'data-a1': ref });
    td.addEventListener('mousedown', (event) => this.onPointer(event, row, column));
    if (!cell) return td;
    // Text that runs on over empty neighbours sits in a span as wide as the room it has.
    let holder: HTMLElement = td;
    if (flow) {
      holder = h('span', { className: 'flow' });
      holder.style.width = `${flow.width + flow.before + flow.after}px`;
      holder.style.marginLeft = `${-flow.before}px`;
      holder.style.textAlign = flow.align;
      td.classList.add('overflows');
      td.appendChild(holder);
    }
    applyStyle(td, cell.style, cell.numeric === true && !cell.style?.align);
    if (cell.access) {
      td.classList.add(`access-${cell.access}`);
      td.title =
        cell.access === 'locked'
          ? 'Protected: you cannot edit this cell'
          : cell.access === 'warning'
            ? 'Protected with a warning'
            : 'Protected (you may edit it)';
    }
    if (cell.error) td.classList.add('error');
    if (cell.checkbox !== undefined) {
      const box = h('input', {
        type: 'checkbox',
        'aria-label': `${ref} ${cell.checkbox ? 'checked' : 'unchecked'}`,
      });
      box.checked = cell.checkbox;
      box.addEventListener('click', (event) => {
        // The box changes only when the emulator accepted the tick (the next refresh shows it).
        event.preventDefault();
        this.selectRect(single(row, column));
        this.handlers.edit(single(row, column), { kind: 'checkbox', checked: !cell.checkbox }, [
          cell,
        ]);
      });
      td.classList.add('checkbox');
      td.appendChild(box);
    } else if (cell.link && !cell.runs) {
      holder.appendChild(link(cell.link, cell.text));
    } else if (cell.runs) {
      for (const run of cell.runs) {
        const part = run.link ? link(run.link, run.text) : h('span', {}, run.text);
        if (run.bold) part.style.fontWeight = 'bold';
        if (run.italic) part.style.fontStyle = 'italic';
        if (run.underline || run.strike)
          part.style.textDecoration = [
            run.underline ? 'underline' : '',
            run.strike ? 'line-through' : '',
          ].join(' ');
        if (run.color) part.style.color = run.color;
        holder.appendChild(part);
      }
    } else {
      holder.appendChild(document.createTextNode(cell.text));
    }
    if (cell.note !== undefined) {
      const note = cell.note;
      td.classList.add('has-note');
      td.addEventListener('mouseenter', () => this.showNote(td, note));
      td.addEventListener('mouseleave', () => this.notePopup.classList.remove('shown'));
    }
    return td;
  }

  private showNote(td: HTMLElement, note: string): void {
    const box = td.getBoundingClientRect();
    this.notePopup.textContent = note;
    this.notePopup.style.left = `${box.right + window.scrollX + 4}px`;
    this.notePopup.style.top = `${box.top + window.scrollY}px`;
    this.notePopup.classList.add('shown');
  }

  private onPointer(event: MouseEvent, row: number, column: number): void {
    if ((event.target as HTMLElement).closest('a, input')) return;
    event.preventDefault();
    this.root.focus();
    if (event.shiftKey) {
      const top = Math.min(this.anchor.row, row);
      const leftmost = Math.min(this.anchor.column, column);
      this.selectRect(
        {
          row: top,
          column: leftmost,
          numRows: Math.abs(row - this.anchor.row) + 1,
          numColumns: Math.abs(column - this.anchor.column) + 1,
        },
        false,
      );
    } else {
      this.selectRect(single(row, column));
    }
  }

  private selectRect(rect: GridRect, moveAnchor = true): void {
    this.selection = rect;
    if (moveAnchor) this.anchor = { row: rect.row, column: rect.column };
    this.editing = false;
    this.showSelection();
    this.handlers.select(rect);
  }

  private showSelection(): void {
    const rect = this.selection;
    for (const td of this.root.querySelectorAll('td.selected, td.in-selection')) {
      td.classList.remove('selected', 'in-selection');
    }
    for (const td of this.root.querySelectorAll<HTMLTableCellElement>('td[data-a1]')) {
      const match = /^([A-Z]+)(\d+)$/.exec(td.dataset.a1 ?? '');
      if (!match) continue;
      let column = 0;
      for (const ch of match[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
      const row = Number(match[2]) - 1;
      if (contains(rect, row, column - 1)) {
        td.classList.add(
          row === rect.row && column - 1 === rect.column ? 'selected' : 'in-selection',
        );
      }
    }
    const end = a1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1);
    const start = a1(rect.row, rect.column);
    this.reference.textContent = start === end ? start : `${start}:${end}`;
    this.bar.value = this.cell(rect.row, rect.column)?.input ?? '';
  }

  private selectedCells(): CellView[] {
    const rect = this.selection;
    return [...this.cells.values()].filter((cell) => contains(rect, cell.row, cell.column));
  }

  private commit(text: string): void {
    this.editing = false;
    this.handlers.edit(this.selection, { kind: 'type', text }, this.selectedCells());
    this.root.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const view = this.view;
    if (!view || event.target !== this.root) return;
    const { row, column } = this.selection;
    const move = (dr: number, dc: number) => {
      event.preventDefault();
      const next = single(
        Math.max(0, Math.min(view.shownRows - 1, row + dr)),
        Math.max(0, Math.min(view.shownColumns - 1, column + dc)),
      );
      this.selectRect(next);
    };
    switch (event.key) {
      case 'ArrowUp':
        return move(-1, 0);
      case 'ArrowDown':
        return move(1, 0);
      case 'ArrowLeft':
        return move(0, -1);
      case 'ArrowRight':
      case 'Tab':
        return move(0, 1);
      case 'Enter':
        event.preventDefault();
        this.bar.focus();
        return;
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        this.handlers.edit(this.selection, { kind: 'clear' }, this.selectedCells());
        return;
      case ' ': {
        const cell = this.cell(row, column);
        if (cell?.checkbox !== undefined) {
          event.preventDefault();
          this.handlers.edit(this.selection, { kind: 'checkbox', checked: !cell.checkbox }, [cell]);
          return;
        }
        break;
      }
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing over a cell starts editing it, as in Sheets.
      event.preventDefault();
      this.editing = true;
      this.bar.value = event.key;
      this.bar.focus();
    }
  }

  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const rows = text
      .replace(/\r?\n$/, '')
      .split(/\r?\n/)
      .map((line) => line.split('\t'));
    const rect: GridRect = {
      row: this.selection.row,
      column: this.selection.column,
      numRows: rows.length,
      numColumns: Math.max(...rows.map((r) => r.length)),
    };
    this.handlers.edit(rect, { kind: 'paste', rows }, this.selectedCells());
  }
}
