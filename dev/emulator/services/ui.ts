/**
 * The Ui that SpreadsheetApp.getUi() returns: menus, sidebars, dialogs, alerts and prompts, all
 * recorded in the project's UI state for the spreadsheet and the person at the keyboard (the
 * execution's active user). Alerts and prompts take their answers from a queue the test fills
 * with project.ui.answerNext(documentId, email, { button, text }).
 */

import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { enumOf, localCall, requireScope, SCOPES } from './common';
import { HtmlOutput } from './html';
import type {
  ButtonName,
  ButtonSetName,
  MenuEntry,
  MenuRecord,
  ScriptProject,
  ShownHtml,
  UiView,
} from './project';

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Docs (workspace/add-ons/concepts/dialogs): add-on sidebars are 300 px wide whatever setWidth says. */
export const SIDEBAR_WIDTH = 300;

/** The wording Apps Script uses when getUi() is called without a spreadsheet open. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export class Menu implements ApiOf<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addToUi'
> {
  readonly record: MenuRecord;

  constructor(
    readonly ui: Ui,
    title: string,
    readonly addon: boolean,
  ) {
    this.record = { title, items: [] };
  }

  private self(): Menu {
    return strict('Menu', this);
  }

  addItem(caption: string, functionName: string): Menu {
    return localCall(this.ui.ctx, 'Menu', 'addItem', () => {
      this.record.items.push({ caption: String(caption), functionName: String(functionName) });
      return this.self();
    });
  }

  addSeparator(): Menu {
    return localCall(this.ui.ctx, 'Menu', 'addSeparator', () => {
      this.record.items.push({ separator: true });
      return this.self();
    });
  }

  addSubMenu(menu: Menu): Menu {
    return localCall(this.ui.ctx, 'Menu', 'addSubMenu', () => {
      if (!(menu instanceof Menu)) throw new ScriptException('Invalid argument: menu');
      this.record.items.push(copyMenu(menu.record));
      return this.self();
    });
  }

  /**
   * Shows the menu. The add-on has one add-on menu, so a new one replaces it; a custom menu of
   * the same title replaces the old one too (onOpen may run more than once).
   */
  addToUi(): void {
    this.ui.ctx.call('Menu', 'addToUi', 'ui', () => {
      const view = this.ui.view();
      const record = copyMenu(this.record);
      if (this.addon) {
        view.addonMenu = record;
        return;
      }
      const index = view.customMenus.findIndex((menu) => menu.title === record.title);
      if (index >= 0) view.customMenus[index] = record;
      else view.customMenus.push(record);
    });
  }
}

function copyMenu(menu: MenuRecord): MenuRecord {
  return {
    title: menu.title,
    items: menu.items.map((item): MenuEntry => ('items' in item ? copyMenu(item) : { ...item })),
  };
}

export interface PromptResponse {
  getResponseText(): string;
  getSelectedButton(): ButtonName;
}

// showSidebar and the dialogs take the emulated HtmlOutput, so they stay out of the ApiOf check.
export class Ui implements ApiOf<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    readonly ctx: EmulatorContext,
    readonly project: ScriptProject,
    readonly documentId: () => string | null,
  ) {}

  /** The view of the execution's spreadsheet for the person at the keyboard. */
  view(): UiView {
    const documentId = this.documentId();
    if (documentId === null) throw new ScriptException(NO_UI_MESSAGE);
    return this.project.ui.view(documentId, this.shownTo());
  }

  private shownTo(): string {
    return this.ctx.execution?.activeUser.email ?? '';
  }

  createAddonMenu(): Menu {
    return localCall(this.ctx, 'Ui', 'createAddonMenu', () =>
      strict('Menu', new Menu(this, this.project.addonName, true)),
    );
  }

  createMenu(caption: string): Menu {
    return localCall(this.ctx, 'Ui', 'createMenu', () =>
      strict('Menu', new Menu(this, String(caption), false)),
    );
  }

  /** platform.md (editor-auth-lifecycle): sidebars cannot be opened from LIMITED, so FULL is required. */
  showSidebar(userInterface: HtmlOutput): void {
    this.ctx.call(
      'Ui',
      'showSidebar',
      'ui',
      () => {
        requireScope(this.project, 'Ui.showSidebar', SCOPES.containerUi);
        const shown = this.record('sidebar', userInterface, userInterface.title, SIDEBAR_WIDTH);
        this.view().sidebar = shown;
      },
      { minAuth: 'FULL' },
    );
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.call(
      'Ui',
      'showModalDialog',
      'ui',
      () => {
        requireScope(this.project, 'Ui.showModalDialog', SCOPES.containerUi);
        this.record('modal-dialog', userInterface, String(title), userInterface.width);
      },
      { minAuth: 'FULL' },
    );
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.call(
      'Ui',
      'showModelessDialog',
      'ui',
      () => {
        requireScope(this.project, 'Ui.showModelessDialog', SCOPES.containerUi);
        this.record('modeless-dialog', userInterface, String(title), userInterface.width);
      },
      { minAuth: 'FULL' },
    );
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); returns the Button clicked. */
  alert(...args: string[]): ButtonName {
    return this.ctx.call(
      'Ui',
      'alert',
      'ui',
      () => {
        requireScope(this.project, 'Ui.alert', SCOPES.containerUi);
        return this.ask('alert', args).button;
      },
      { minAuth: 'LIMITED' },
    );
  }

  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons). */
  prompt(...args: string[]): PromptResponse {
    return this.ctx.call(
      'Ui',
      'prompt',
      'ui',
      () => {
        requireScope(this.project, 'Ui.prompt', SCOPES.containerUi);
        const answer = this.ask('prompt', args);
        const text = answer.text ?? '';
        const button = answer.button;
        return strict('PromptResponse', {
          getResponseText: () => text,
          getSelectedButton: () => button,
        });
      },
      { minAuth: 'LIMITED' },
    );
  }

  private record(
    kind: ShownHtml['kind'],
    output: HtmlOutput,
    title: string,
    width: number | null,
  ): ShownHtml {
    if (!(output instanceof HtmlOutput)) {
      throw new ScriptException('Invalid argument: userInterface');
    }
    const shown: ShownHtml = {
      kind,
      title,
      html: output.content,
      width,
      height: kind === 'sidebar' ? null : output.height,
      shownTo: this.shownTo(),
      executionId: this.ctx.execution?.id ?? 0,
      at: this.ctx.clock.now(),
    };
    this.view().shown.push(shown);
    return shown;
  }

  private ask(kind: 'alert' | 'prompt', args: string[]): { button: ButtonName; text?: string } {
    const [title, prompt, buttons] = parseDialogArgs(args);
    const view = this.view();
    const answer = view.answers.shift();
    if (!answer) {
      throw new Error(
        `Ui.${kind}("${prompt}") shown to ${this.shownTo() || '(harness)'} has no scripted answer: ` +
          `call project.ui.answerNext(documentId, email, { button: ... }) before running the code.`,
      );
    }
    if (answer.button !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer.button)) {
      throw new Error(
        `Scripted answer ${answer.button} is not a button of ${buttons} (Ui.${kind} "${prompt}").`,
      );
    }
    view.dialogs.push({
      kind,
      title,
      prompt,
      buttons,
      answer,
      shownTo: this.shownTo(),
      executionId: this.ctx.execution?.id ?? 0,
    });
    return answer;
  }
}

function isButtonSet(value: unknown): value is ButtonSetName {
  return typeof value === 'string' && value in BUTTONS_OF;
}

/** Sorts out the overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function parseDialogArgs(args: unknown[]): [string, string, ButtonSetName] {
  if (args.length >= 3) {
    const buttons = args[2];
    if (!isButtonSet(buttons)) throw new ScriptException('Invalid argument: buttons');
    return [String(args[0]), String(args[1]), buttons];
  }
  if (args.length === 2) {
    const buttons = args[1];
    if (!isButtonSet(buttons)) throw new ScriptException('Invalid argument: buttons');
    return ['', String(args[0]), buttons];
  }
  return ['', String(args[0] ?? ''), 'OK'];
}

/**
 * The Ui for whichever spreadsheet `documentId()` names when a method is called; by default the
 * execution's own spreadsheet.
 */
export function createUi(
  ctx: EmulatorContext,
  project: ScriptProject,
  documentId: () => string | null = () => ctx.execution?.documentId ?? null,
): Ui {
  return strict('Ui', new Ui(ctx, project, documentId));
}
