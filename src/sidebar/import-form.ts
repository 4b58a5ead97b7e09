/**
 * The preview of an existing tracker and the teacher's corrections to it: how many students and
 * lessons, the due dates, what each mark becomes, how sure the reading is and why; which row or
 * column holds the lesson titles and the names, students and lessons to leave out, lines left out
 * to put back, what each mark means, the threshold, the unit's name.
 */

import type { Line, MarkMeaning, Orientation } from '../core/import/types';
import type { ImportCorrections, ImportReading } from '../shared/sidebar-types';
import { el, field } from './dom';
import { count, shortDate } from './format';
import { columnLetters, lineName, parseLines } from './sheet-lines';

const MEANINGS: readonly { value: MarkMeaning; label: string }[] = [
  { value: 'done', label: 'Done (ticked)' },
  { value: 'mastered', label: 'Mastered' },
  { value: 'tested-out', label: 'Tested out' },
  { value: 'attempt', label: 'A score (attempt)' },
  { value: 'not-started', label: 'Not started' },
  { value: 'unknown', label: 'Unknown (not started)' },
];

const ORIENTATIONS: readonly { value: Orientation; label: string }[] = [
  { value: 'students-as-rows', label: 'One row per student' },
  { value: 'students-as-columns', label: 'One column per student' },
  { value: 'long', label: 'One row per student and lesson' },
];

const sameLine = (a: Line, b: Line) => a.axis === b.axis && a.index === b.index;

export interface ImportForm {
  readonly element: HTMLElement;
  /** The corrections as the form holds them now; a string says what to fix first. */
  corrections(): ImportCorrections | string;
}

/** The preview with its controls, starting from the corrections already sent. */
export function importForm(reading: ImportReading, sent: ImportCorrections): ImportForm {
  const { preview, layout } = reading;
  const orientation = el('select', { id: 'import-orientation' });
  for (const o of ORIENTATIONS) {
    orientation.appendChild(
      el('option', { value: o.value, selected: o.value === layout.orientation }, o.label),
    );
  }
  const titleAxis: Line['axis'] = layout.orientation === 'students-as-columns' ? 'column' : 'row';
  const nameAxis: Line['axis'] = titleAxis === 'row' ? 'column' : 'row';
  const shownLines = (lines: readonly Line[]) =>
    lines.map((l) => (l.axis === 'row' ? String(l.index + 1) : columnLetters(l.index))).join(', ');
  const titles = el('input', {
    type: 'text',
    id: 'import-titles',
    value: shownLines(layout.titleLines),
  });
  const names = el('input', {
    type: 'text',
    id: 'import-names',
    value: shownLines(layout.nameLines),
  });
  const leaveOut: Line[] = [...(sent.leaveOut ?? [])];
  const keep: Line[] = [...(sent.keep ?? [])];
  const teacherLeft: readonly Line[] = [...leaveOut];
  const toggle = (list: Line[], line: Line, on: boolean) => {
    const at = list.findIndex((l) => sameLine(l, line));
    if (on && at === -1) list.push(line);
    if (!on && at !== -1) list.splice(at, 1);
  };

  const checkList = (
    id: string,
    items: readonly { line: Line; text: string }[],
    included: (line: Line) => boolean,
    onChange: (line: Line, checked: boolean) => void,
  ) =>
    el(
      'div',
      { class: 'scroll checks', id },
      ...items.map((item, i) => {
        const box = el('input', {
          type: 'checkbox',
          id: `${id}-${i}`,
          checked: included(item.line),
        });
        box.addEventListener('change', () => onChange(item.line, box.checked));
        return el('label', { for: box.id }, box, ` ${item.text}`);
      }),
    );

  const students = checkList(
    'import-students',
    layout.students.map((s) => ({ line: s.line, text: `${s.name} (${lineName(s.line)})` })),
    (line) => !leaveOut.some((l) => sameLine(l, line)),
    (line, on) => toggle(leaveOut, line, !on),
  );
  const lessons = checkList(
    'import-lessons',
    layout.lessons.map((l) => ({
      line: l.line,
      text: `${l.title}${l.due ? ` · due ${shortDate(l.due)}` : ''} (${lineName(l.line)})`,
    })),
    (line) => !leaveOut.some((l) => sameLine(l, line)),
    (line, on) => toggle(leaveOut, line, !on),
  );
  const leftOutWhy = preview.leftOut.length === layout.leftOut.length ? preview.leftOut : null;
  const leftOut = checkList(
    'import-left-out',
    layout.leftOut.map((l, i) => ({
      line: l.line,
      text: `${lineName(l.line)}${l.through !== null ? `-${l.line.axis === 'row' ? l.through + 1 : columnLetters(l.through)}` : ''}: ${leftOutWhy?.[i]?.why ?? l.reason}`,
    })),
    (line) => keep.some((l) => sameLine(l, line)),
    (line, on) => {
      // A line the teacher left out earlier comes back by leaving it out no more.
      if (teacherLeft.some((l) => sameLine(l, line))) toggle(leaveOut, line, !on);
      else toggle(keep, line, on);
    },
  );

  const markSelects = preview.marks.map((mark, i) => {
    const select = el('select', { id: `import-mark-${i}`, 'data-key': mark.key });
    const chosen = sent.marks?.[mark.key] ?? mark.becomes;
    for (const m of MEANINGS) {
      select.appendChild(el('option', { value: m.value, selected: m.value === chosen }, m.label));
    }
    return { mark, select };
  });
  const marks = el(
    'table',
    {},
    el('caption', { class: 'visually-hidden' }, 'What each mark becomes'),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, 'Mark'), el('th', { scope: 'col' }, 'Becomes')),
    ),
    el(
      'tbody',
      {},
      ...markSelects.map(({ mark, select }) =>
        el(
          'tr',
          {},
          el('td', {}, el('label', { for: select.id }, `${mark.label} (${mark.count})`)),
          el('td', {}, select),
        ),
      ),
    ),
  );
  const threshold = el('input', {
    type: 'number',
    id: 'import-threshold',
    min: 0,
    max: 100,
    value: sent.threshold ?? preview.threshold,
  });
  const unitName = el('input', { type: 'text', id: 'import-unit', value: sent.unitName ?? '' });
  const checkRequired = el('input', {
    type: 'checkbox',
    id: 'import-check-required',
    checked: sent.checkRequired ?? false,
  });

  const confidence = el(
    'section',
    { class: 'card', 'aria-label': 'What was found' },
    el(
      'p',
      {},
      el(
        'strong',
        {},
        `${count(preview.students, 'student')}, ${count(preview.lessons, 'lesson')}`,
      ),
      ` in “${reading.sheetName}”`,
      reading.lessonsSheetName ? ` (lessons from “${reading.lessonsSheetName}”)` : '',
    ),
    el('p', {}, `Confidence: ${preview.confidence}`),
    el('ul', {}, ...preview.confidenceReasons.map((r) => el('li', {}, r))),
    preview.warnings.length
      ? el('ul', { class: 'error' }, ...preview.warnings.map((w) => el('li', {}, w)))
      : null,
    reading.blockers.length
      ? el(
          'div',
          { class: 'error-box' },
          el('p', {}, 'Before the class can be set up:'),
          el('ul', {}, ...reading.blockers.map((b) => el('li', {}, b))),
        )
      : null,
  );

  const dueDates = preview.dueDates.length
    ? el('ul', {}, ...preview.dueDates.map((d) => el('li', {}, `${shortDate(d.due)}: ${d.lesson}`)))
    : el('p', { class: 'empty' }, 'No due dates found: add them in Setup afterwards.');

  const element = el(
    'div',
    {},
    confidence,
    el('h3', {}, 'How the sheet is laid out'),
    field('Layout', orientation),
    field(`Lesson titles are in ${titleAxis === 'row' ? 'row' : 'column'}`, titles, {
      hint: titleAxis === 'row' ? 'A row number, or two: 1, 2' : 'A column letter, or two: B, C',
    }),
    field(`Names are in ${nameAxis === 'row' ? 'row' : 'column'}`, names, {
      hint:
        nameAxis === 'row'
          ? 'A row number, or two for first and last name'
          : 'A column letter, or two for first and last name: A, B',
    }),
    el('h3', {}, `Students (${preview.students})`),
    el('p', { class: 'gray hint' }, 'Untick anyone who is not a student of this class.'),
    students,
    el('h3', {}, `Lessons (${preview.lessons})`),
    lessons,
    el('h3', {}, 'Due dates'),
    dueDates,
    el('h3', {}, 'What each mark becomes'),
    marks,
    layout.leftOut.length ? el('h3', {}, 'Left out (tick to use anyway)') : null,
    layout.leftOut.length ? leftOut : null,
    el('h3', {}, 'The class'),
    field('Unit name', unitName, { hint: 'Leave empty to use the name found in the sheet.' }),
    field('Mastery threshold (%)', threshold, { inline: true }),
    el(
      'div',
      { class: 'inline form-group' },
      checkRequired,
      el('label', { for: checkRequired.id }, 'Every lesson needs a mastery check'),
    ),
  );

  return {
    element,
    corrections() {
      const chosen = orientation.value as Orientation;
      const result: {
        -readonly [K in keyof ImportCorrections]: ImportCorrections[K];
      } = { leaveOut: [...leaveOut], keep: [...keep] };
      if (chosen !== layout.orientation || sent.orientation) result.orientation = chosen;
      if (sent.titleLines) result.titleLines = sent.titleLines;
      if (sent.nameLines) result.nameLines = sent.nameLines;
      if (sent.longColumns) result.longColumns = sent.longColumns;
      if (titles.value.trim() !== shownLines(layout.titleLines)) {
        const lines = parseLines(titles.value, titleAxis);
        if (!lines) {
          return titleAxis === 'row'
            ? 'Type the row of the lesson titles as a number, such as 1 (or two: 1, 2).'
            : 'Type the column of the lesson titles as a letter, such as B.';
        }
        result.titleLines = lines;
      }
      if (names.value.trim() !== shownLines(layout.nameLines)) {
        const lines = parseLines(names.value, nameAxis);
        if (!lines) {
          return nameAxis === 'column'
            ? 'Type the column of the names as a letter, such as A (or two: A, B).'
            : 'Type the row of the names as a number, such as 1.';
        }
        result.nameLines = lines;
      }
      const meaningOf: Record<string, MarkMeaning> = { ...sent.marks };
      for (const { mark, select } of markSelects) {
        if (select.value !== mark.becomes || mark.key in meaningOf) {
          meaningOf[mark.key] = select.value as MarkMeaning;
        }
      }
      if (Object.keys(meaningOf).length) result.marks = meaningOf;
      const percent = Number(threshold.value);
      if (
        threshold.value.trim() === '' ||
        !Number.isFinite(percent) ||
        percent < 0 ||
        percent > 100
      ) {
        return 'The mastery threshold must be a percent from 0 to 100, such as 80.';
      }
      if (percent !== preview.threshold || sent.threshold !== undefined) result.threshold = percent;
      if (unitName.value.trim()) result.unitName = unitName.value.trim();
      if (checkRequired.checked) result.checkRequired = true;
      return result;
    },
  };
}
