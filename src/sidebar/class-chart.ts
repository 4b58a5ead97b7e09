/**
 * "Where everyone is": one bar per lesson counting the students on it, and one for those who have
 * finished the unit, drawn as SVG (createElementNS, never markup). The picture has a text
 * alternative that says the same in words.
 */

import type { PanelLesson, StudentGlance } from '../shared/sidebar-types';
import { svg } from './dom';
import { count } from './format';

const WIDTH = 276;
const HEIGHT = 110;
const TOP = 14;
const BOTTOM = 18;

export function classChart(
  lessons: readonly PanelLesson[],
  students: readonly StudentGlance[],
): SVGElement {
  const on = lessons.map((lesson) => students.filter((s) => s.onLessonId === lesson.id).length);
  const finished = students.filter((s) => s.onLessonId === null).length;
  const columns = [...on, finished];
  const most = Math.max(1, ...columns);
  const step = WIDTH / columns.length;
  const barWidth = Math.max(2, step * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  const labelEvery = Math.ceil(columns.length / 14);

  const words = lessons
    .map((lesson, i) => (on[i] ? `lesson ${i + 1}: ${count(on[i] ?? 0, 'student')}` : ''))
    .filter(Boolean);
  if (finished) words.push(`finished: ${count(finished, 'student')}`);
  const summary = `Where everyone is. ${words.length ? words.join('; ') : 'Nobody yet'}.`;

  const chart = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': summary,
  });
  chart.appendChild(svg('title', {}, summary));
  columns.forEach((n, i) => {
    const x = i * step + (step - barWidth) / 2;
    const height = (n / most) * plot;
    const isDone = i === columns.length - 1;
    if (n > 0) {
      chart.appendChild(
        svg('rect', {
          class: isDone ? 'bar-done' : 'bar-on',
          x: x.toFixed(1),
          y: (TOP + plot - height).toFixed(1),
          width: barWidth.toFixed(1),
          height: height.toFixed(1),
        }),
      );
      if (columns.length <= 24) {
        chart.appendChild(
          svg(
            'text',
            {
              x: (x + barWidth / 2).toFixed(1),
              y: (TOP + plot - height - 3).toFixed(1),
              'text-anchor': 'middle',
            },
            String(n),
          ),
        );
      }
    }
    if (isDone || i % labelEvery === 0) {
      chart.appendChild(
        svg(
          'text',
          { x: (x + barWidth / 2).toFixed(1), y: HEIGHT - 5, 'text-anchor': 'middle' },
          isDone ? '✓' : String(i + 1),
        ),
      );
    }
  });
  chart.appendChild(
    svg('line', {
      x1: 0,
      x2: WIDTH,
      y1: TOP + plot + 0.5,
      y2: TOP + plot + 0.5,
      stroke: '#9aa0a6',
    }),
  );
  return chart;
}
