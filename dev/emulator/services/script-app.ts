/**
 * ScriptApp: installable triggers (stored in the project as plain data), the AuthMode, EventType
 * and TriggerSource enums, and getScriptId. Enforces the editor add-on rules of
 * workspace/add-ons/concepts/editor-triggers: triggers only for the file the add-on runs in, one
 * trigger of each event type per user per document, time-driven triggers at most hourly; and the
 * quota of guides/services/quotas: 20 triggers per user per script. Running the handlers is the
 * trigger dispatcher's job (it reads installableTriggersFor).
 */

import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { sameEmail } from '../runtime/email';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { enumOf, requireScope, SCOPES } from './common';
import type {
  ClockSchedule,
  InstallableEventType,
  InstallableTrigger,
  ScriptProject,
} from './project';

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const EventType = enumOf(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const WeekDay = enumOf(
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
);

/** Docs: guides/services/quotas, "Triggers: 20 / user / script". */
export const MAX_TRIGGERS_PER_USER = 20;
/** The wording Apps Script uses at the 20-trigger quota (community reports of the live error). */
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const EVENT_LABEL: Record<InstallableEventType, string> = {
  ON_EDIT: 'edit',
  ON_OPEN: 'open',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
  CLOCK: 'time-based',
};

/** The installable triggers the dispatcher should run for an event in a document. */
export function installableTriggersFor(
  project: ScriptProject,
  documentId: string | null,
  eventType: InstallableEventType,
): InstallableTrigger[] {
  return project.triggers.filter(
    (trigger) => trigger.eventType === eventType && trigger.documentId === documentId,
  );
}

export class Trigger implements ApiOf<
  GoogleAppsScript.Script.Trigger,
  'getUniqueId' | 'getHandlerFunction'
> {
  constructor(
    readonly ctx: EmulatorContext,
    readonly data: InstallableTrigger,
  ) {}

  getUniqueId(): string {
    return this.ctx.call('Trigger', 'getUniqueId', 'local', () => this.data.uid);
  }

  getHandlerFunction(): string {
    return this.ctx.call('Trigger', 'getHandlerFunction', 'local', () => this.data.handlerFunction);
  }

  getEventType(): InstallableEventType {
    return this.ctx.call('Trigger', 'getEventType', 'local', () => this.data.eventType);
  }

  getTriggerSource(): 'SPREADSHEETS' | 'CLOCK' {
    return this.ctx.call('Trigger', 'getTriggerSource', 'local', () => this.data.source);
  }

  /** The spreadsheet's id; null for time-driven triggers. */
  getTriggerSourceId(): string | null {
    return this.ctx.call('Trigger', 'getTriggerSourceId', 'local', () =>
      this.data.source === 'SPREADSHEETS' ? this.data.documentId : null,
    );
  }
}

/** Adds a trigger after checking the add-on rules; `documentId` is the file it belongs to. */
function addTrigger(
  ctx: EmulatorContext,
  project: ScriptProject,
  draft: Omit<InstallableTrigger, 'uid' | 'creatorEmail' | 'createdAt'>,
): Trigger {
  const execution = ctx.execution;
  const creatorEmail = execution?.effectiveUser.email ?? '';
  const mine = project.triggers.filter((trigger) => sameEmail(trigger.creatorEmail, creatorEmail));
  if (
    mine.some(
      (trigger) => trigger.eventType === draft.eventType && trigger.documentId === draft.documentId,
    )
  ) {
    // Docs state the rule (one trigger of each type per user per document); the exact live
    // wording is from community reports of the time-based case, generalized to every type.
    throw new ScriptException(
      `This add-on has created too many ${EVENT_LABEL[draft.eventType]} triggers in this document for this Google Account user.`,
    );
  }
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new ScriptException(TOO_MANY_TRIGGERS_MESSAGE);
  const data: InstallableTrigger = {
    ...draft,
    uid: project.newTriggerUid(),
    creatorEmail,
    createdAt: ctx.clock.now(),
  };
  project.triggers.push(data);
  return strict('Trigger', new Trigger(ctx, data));
}

function spreadsheetId(spreadsheetOrKey: unknown): string {
  if (typeof spreadsheetOrKey === 'string') return spreadsheetOrKey;
  const candidate = spreadsheetOrKey as { getId?: () => unknown } | null;
  if (candidate && typeof candidate.getId === 'function') return String(candidate.getId());
  throw new ScriptException('Invalid argument: spreadsheet');
}

export class SpreadsheetTriggerBuilder {
  private eventType: InstallableEventType | null = null;

  constructor(
    readonly ctx: EmulatorContext,
    readonly project: ScriptProject,
    readonly handlerFunction: string,
    readonly documentId: string,
  ) {}

  private choose(method: string, eventType: InstallableEventType): SpreadsheetTriggerBuilder {
    return this.ctx.call('SpreadsheetTriggerBuilder', method, 'local', () => {
      this.eventType = eventType;
      return strict('SpreadsheetTriggerBuilder', this);
    });
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.choose('onEdit', 'ON_EDIT');
  }

  onOpen(): SpreadsheetTriggerBuilder {
    return this.choose('onOpen', 'ON_OPEN');
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.choose('onChange', 'ON_CHANGE');
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.choose('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  create(): Trigger {
    return this.ctx.call(
      'SpreadsheetTriggerBuilder',
      'create',
      'properties',
      () => {
        requireScope(this.project, 'SpreadsheetTriggerBuilder.create', SCOPES.scriptApp);
        if (this.eventType === null) {
          throw new ScriptException(
            'The trigger has no event type: call onEdit(), onOpen(), onChange() or onFormSubmit() before create().',
          );
        }
        const current = this.ctx.execution?.documentId ?? null;
        if (this.ctx.execution && this.documentId !== current) {
          // Docs (editor-triggers): add-ons may create triggers only for the file they are used in.
          throw new ScriptException(
            `Add-ons can only create triggers for the file they are used in (asked for ${this.documentId}, running in ${current ?? 'no file'}).`,
          );
        }
        return addTrigger(this.ctx, this.project, {
          handlerFunction: this.handlerFunction,
          eventType: this.eventType,
          documentId: this.documentId,
          source: 'SPREADSHEETS',
        });
      },
      { minAuth: 'FULL', setter: true },
    );
  }
}

export class ClockTriggerBuilder {
  readonly schedule: ClockSchedule = {};

  constructor(
    readonly ctx: EmulatorContext,
    readonly project: ScriptProject,
    readonly handlerFunction: string,
  ) {}

  private set(method: string, change: (schedule: ClockSchedule) => void): ClockTriggerBuilder {
    return this.ctx.call('ClockTriggerBuilder', method, 'local', () => {
      change(this.schedule);
      return strict('ClockTriggerBuilder', this);
    });
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    return this.set('everyMinutes', (schedule) => {
      // Docs (reference/script/clock-trigger-builder): n must be 1, 5, 10, 15 or 30.
      if (![1, 5, 10, 15, 30].includes(n)) throw new ScriptException('Invalid argument: minutes');
      schedule.everyMinutes = n;
    });
  }

  everyHours(n: number): ClockTriggerBuilder {
    return this.set('everyHours', (schedule) => {
      if (!Number.isInteger(n) || n < 1) throw new ScriptException('Invalid argument: hours');
      schedule.everyHours = n;
    });
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.set('everyDays', (schedule) => {
      if (!Number.isInteger(n) || n < 1) throw new ScriptException('Invalid argument: days');
      schedule.everyDays = n;
    });
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.set('everyWeeks', (schedule) => {
      if (!Number.isInteger(n) || n < 1) throw new ScriptException('Invalid argument: weeks');
      schedule.everyWeeks = n;
    });
  }

  atHour(hour: number): ClockTriggerBuilder {
    return this.set('atHour', (schedule) => {
      if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
        throw new ScriptException('Invalid argument: hour');
      }
      schedule.atHour = hour;
    });
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    return this.set('nearMinute', (schedule) => {
      if (!Number.isInteger(minute) || minute < 0 || minute > 59) {
        throw new ScriptException('Invalid argument: minute');
      }
      schedule.nearMinute = minute;
    });
  }

  onWeekDay(day: string): ClockTriggerBuilder {
    return this.set('onWeekDay', (schedule) => {
      schedule.onWeekDay = String(day);
    });
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    return this.set('onMonthDay', (schedule) => {
      schedule.onMonthDay = day;
    });
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    return this.set('inTimezone', (schedule) => {
      schedule.timeZone = String(timezone);
    });
  }

  at(date: Date): ClockTriggerBuilder {
    return this.set('at', (schedule) => {
      schedule.at = new Date(date).getTime();
    });
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    return this.set('after', (schedule) => {
      schedule.at = this.ctx.clock.millis() + Number(durationMilliseconds);
    });
  }

  create(): Trigger {
    return this.ctx.call(
      'ClockTriggerBuilder',
      'create',
      'properties',
      () => {
        requireScope(this.project, 'ClockTriggerBuilder.create', SCOPES.scriptApp);
        const s = this.schedule;
        const recurring = s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks;
        if (recurring === undefined && s.at === undefined) {
          throw new ScriptException(
            'The time-based trigger has no schedule: call everyHours(), everyDays(), everyWeeks(), at() or after() before create().',
          );
        }
        if (s.everyMinutes !== undefined) {
          // Docs (editor-triggers): add-on time-driven triggers cannot run more than once an hour.
          throw new ScriptException(
            'Add-ons cannot create time-based triggers that run more often than once per hour.',
          );
        }
        return addTrigger(this.ctx, this.project, {
          handlerFunction: this.handlerFunction,
          eventType: 'CLOCK',
          documentId: this.ctx.execution?.documentId ?? null,
          source: 'CLOCK',
          clock: { ...s },
        });
      },
      { minAuth: 'FULL', setter: true },
    );
  }
}

export class TriggerBuilder {
  constructor(
    readonly ctx: EmulatorContext,
    readonly project: ScriptProject,
    readonly handlerFunction: string,
  ) {}

  forSpreadsheet(spreadsheetOrKey: unknown): SpreadsheetTriggerBuilder {
    return this.ctx.call('TriggerBuilder', 'forSpreadsheet', 'local', () =>
      strict(
        'SpreadsheetTriggerBuilder',
        new SpreadsheetTriggerBuilder(
          this.ctx,
          this.project,
          this.handlerFunction,
          spreadsheetId(spreadsheetOrKey),
        ),
      ),
    );
  }

  timeBased(): ClockTriggerBuilder {
    return this.ctx.call('TriggerBuilder', 'timeBased', 'local', () =>
      strict(
        'ClockTriggerBuilder',
        new ClockTriggerBuilder(this.ctx, this.project, this.handlerFunction),
      ),
    );
  }
}

export function createScriptApp(ctx: EmulatorContext, project: ScriptProject) {
  const ownTriggers = (): InstallableTrigger[] => {
    const email = ctx.effectiveUser?.email ?? '';
    return project.triggers.filter((trigger) => sameEmail(trigger.creatorEmail, email));
  };
  const wrap = (data: InstallableTrigger): Trigger => strict('Trigger', new Trigger(ctx, data));
  const service = {
    AuthMode,
    EventType,
    TriggerSource,
    WeekDay,
    getScriptId(): string {
      return ctx.call('ScriptApp', 'getScriptId', 'local', () => project.scriptId);
    },
    newTrigger(functionName: string): TriggerBuilder {
      return ctx.call('ScriptApp', 'newTrigger', 'local', () => {
        if (typeof functionName !== 'string' || functionName === '') {
          throw new ScriptException('Invalid argument: functionName');
        }
        return strict('TriggerBuilder', new TriggerBuilder(ctx, project, functionName));
      });
    },
    /** Docs: the installable triggers the user owns in this spreadsheet, for this add-on only. */
    getUserTriggers(spreadsheetOrKey: unknown): Trigger[] {
      return ctx.call(
        'ScriptApp',
        'getUserTriggers',
        'properties',
        () => {
          requireScope(project, 'ScriptApp.getUserTriggers', SCOPES.scriptApp);
          const id = spreadsheetId(spreadsheetOrKey);
          return ownTriggers()
            .filter((trigger) => trigger.source === 'SPREADSHEETS' && trigger.documentId === id)
            .map(wrap);
        },
        { minAuth: 'FULL' },
      );
    },
    /** Docs: every installable trigger the user owns in this project. */
    getProjectTriggers(): Trigger[] {
      return ctx.call(
        'ScriptApp',
        'getProjectTriggers',
        'properties',
        () => {
          requireScope(project, 'ScriptApp.getProjectTriggers', SCOPES.scriptApp);
          return ownTriggers().map(wrap);
        },
        { minAuth: 'FULL' },
      );
    },
    deleteTrigger(trigger: Trigger): void {
      ctx.call(
        'ScriptApp',
        'deleteTrigger',
        'properties',
        () => {
          requireScope(project, 'ScriptApp.deleteTrigger', SCOPES.scriptApp);
          if (!(trigger instanceof Trigger)) throw new ScriptException('Invalid argument: trigger');
          const email = ctx.effectiveUser?.email ?? '';
          const index = project.triggers.findIndex(
            (candidate) =>
              candidate.uid === trigger.data.uid && sameEmail(candidate.creatorEmail, email),
          );
          if (index >= 0) project.triggers.splice(index, 1);
        },
        { minAuth: 'FULL', setter: true },
      );
    },
  };
  return strict('ScriptApp', service);
}
