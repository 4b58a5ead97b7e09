/**
 * Logger and console: what the script logs is kept in the project per execution (tests read it,
 * the playground shows it) and echoed to the real console when the project asks.
 */

import { format } from 'node:util';
import type { EmulatorContext } from '../runtime/context';
import { strict } from '../runtime/strict';
import type { LogEntry, ScriptProject } from './project';
import { formatString } from './utilities';

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toString();
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export interface EmulatedLogger {
  log(data: unknown, ...values: unknown[]): EmulatedLogger;
  getLog(): string;
  clear(): void;
}

export function createLogging(ctx: EmulatorContext, project: ScriptProject) {
  const record = (source: LogEntry['source'], level: LogEntry['level'], message: string): void => {
    const executionId = ctx.execution?.id ?? 0;
    project.logsFor(executionId).push({ source, level, message, at: ctx.clock.now() });
    if (project.echoLogs) {
      const prefix = `[${ctx.execution?.functionName ?? 'harness'}#${executionId}]`;
      globalThis.console[level](prefix, message);
    }
  };

  const Logger: EmulatedLogger = {
    /** log(data) or log(format, ...values) with formatString's %s/%d placeholders. */
    log(data: unknown, ...values: unknown[]): EmulatedLogger {
      ctx.call(
        'Logger',
        'log',
        'local',
        () => {
          const message =
            values.length > 0 && typeof data === 'string'
              ? formatString(
                  data,
                  ...values.map((value) => (typeof value === 'object' ? describe(value) : value)),
                )
              : describe(data);
          record('Logger', 'log', message);
        },
        { minAuth: 'NONE' },
      );
      return wrappedLogger;
    },
    /** Docs: the messages of the current execution's log, one per line. */
    getLog(): string {
      return ctx.call(
        'Logger',
        'getLog',
        'local',
        () =>
          project
            .logsFor(ctx.execution?.id ?? 0)
            .filter((entry) => entry.source === 'Logger')
            .map((entry) => entry.message)
            .join('\n'),
        { minAuth: 'NONE' },
      );
    },
    clear(): void {
      ctx.call(
        'Logger',
        'clear',
        'local',
        () => {
          const entries = project.logsFor(ctx.execution?.id ?? 0);
          const kept = entries.filter((entry) => entry.source !== 'Logger');
          entries.length = 0;
          entries.push(...kept);
        },
        { minAuth: 'NONE' },
      );
    },
  };
  const wrappedLogger: EmulatedLogger = strict('Logger', Logger);

  const level =
    (name: LogEntry['level']) =>
    (...args: unknown[]): void => {
      ctx.call('console', name, 'local', () => record('console', name, format(...args)), {
        minAuth: 'NONE',
      });
    };
  const consoleObject = strict('console', {
    log: level('log'),
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
  });

  return { Logger: wrappedLogger, console: consoleObject };
}
