/**
 * What the add-on shows the person, drawn as Sheets draws it: its menu under Extensions, its
 * 300 px sidebar and its dialogs (each the add-on's own HTML in a sandboxed frame whose
 * google.script calls come here and go on to the emulator), its alerts and prompts waiting for an
 * answer, and its toasts.
 */

import type {
  ButtonName,
  EncodedArgument,
  HtmlPanelView,
  MenuEntryView,
  MenuView,
  QuestionView,
  ToastView,
} from '../protocol';
import { act, answer } from './api';
import { byId, fill, h } from './dom';

export interface AddonUiOptions {
  seat(): string;
  /** Ask the server for fresh state now (after a call that may have changed things). */
  refresh(): void;
  notify(message: string, kind?: 'info' | 'error'): void;
  focusGrid(): void;
}

interface FrameInfo {
  key: string;
  kind: HtmlPanelView['kind'];
  element: HTMLElement;
  iframe: HTMLIFrameElement;
}

/** The sandbox HtmlService iframes get (guides/html/restrictions). */
const SANDBOX =
  'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads';

const BUTTON_LABELS: Record<ButtonName, string> = {
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

function frameUrl(seat: string, key: string): string {
  return `/frame?${new URLSearchParams({ seat, key })}`;
}

export class AddonUi {
  private frames = new Map<Window, FrameInfo>();
  private sidebarKey: string | null = null;
  private dialogKeys = new Set<string>();
  private toastsSeen = new Set<string>();
  private questionShown: string | null = null;

  constructor(private readonly options: AddonUiOptions) {
    window.addEventListener('message', (event) => void this.onFrameMessage(event));
    document.addEventListener('click', (event) => {
      if (!(event.target as HTMLElement).closest('.menubar')) this.closeMenus();
    });
  }

  // ---- Menus --------------------------------------------------------------------------------

  private menusShown = '';

  renderMenus(menus: MenuView[]): void {
    // Redrawn only when they change, so a refresh does not close a menu the person has open.
    const key = JSON.stringify(menus);
    if (key === this.menusShown) return;
    this.menusShown = key;
    const bar = byId('menubar');
    const addon = menus.filter((menu) => menu.addon);
    const custom = menus.filter((menu) => !menu.addon);
    const extensions: MenuEntryView[] =
      addon.length > 0 ? addon : [{ caption: '(no add-on menu yet)' }];
    fill(
      bar,
      ...custom.map((menu) => this.topMenu(menu.title, menu.items)),
      this.topMenu('Extensions', extensions),
    );
  }

  private topMenu(title: string, items: MenuEntryView[]): HTMLElement {
    const list = this.menuList(items);
    const button = h(
      'button',
      {
        type: 'button',
        className: 'menu-title',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
      },
      title,
    );
    const wrapper = h('div', { className: 'menu' }, button, list);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const open = !wrapper.classList.contains('open');
      this.closeMenus();
      wrapper.classList.toggle('open', open);
      button.setAttribute('aria-expanded', String(open));
    });
    return wrapper;
  }

  private menuList(items: MenuEntryView[]): HTMLElement {
    return h(
      'ul',
      { className: 'menu-list', role: 'menu' },
      items.map((item) => {
        if ('separator' in item) return h('li', { className: 'separator', role: 'separator' });
        if ('items' in item) {
          const sub = h(
            'li',
            { className: 'submenu', role: 'none' },
            h(
              'button',
              { type: 'button', role: 'menuitem', 'aria-haspopup': 'menu' },
              `${item.title}`,
            ),
            this.menuList(item.items),
          );
          sub.querySelector('button')!.addEventListener('click', (event) => {
            event.stopPropagation();
            sub.classList.toggle('open');
          });
          return sub;
        }
        const caption = item.caption;
        const button = h('button', { type: 'button', role: 'menuitem' }, caption);
        button.addEventListener('click', () => {
          this.closeMenus();
          void this.clickMenu(caption);
        });
        return h('li', { role: 'none' }, button);
      }),
    );
  }

  private closeMenus(): void {
    for (const open of document.querySelectorAll('.menubar .open')) open.classList.remove('open');
    for (const button of document.querySelectorAll('.menubar [aria-expanded="true"]'))
      button.setAttribute('aria-expanded', 'false');
  }

  private async clickMenu(caption: string): Promise<void> {
    this.options.notify(`Running ${caption}…`);
    const result = await act({ type: 'menu', seat: this.options.seat(), caption });
    if (!result.ok) this.options.notify(result.message, 'error');
    else if (result.message) this.options.notify(result.message, 'error');
    else this.options.notify(`${caption}: done.`);
    this.options.refresh();
  }

  // ---- Sidebar and dialogs ------------------------------------------------------------------

  private newFrame(panel: HtmlPanelView, label: string): HTMLIFrameElement {
    const iframe = h('iframe', {
      src: frameUrl(this.options.seat(), panel.key),
      sandbox: SANDBOX,
      title: label,
      className: 'addon-frame',
    });
    return iframe;
  }

  /**
   * Call once the frame is in the document: its window (the same object across navigations) is
   * known before the add-on's scripts run, so their first google.script.run call is recognised.
   */
  private register(iframe: HTMLIFrameElement, info: Omit<FrameInfo, 'iframe'>): void {
    if (iframe.contentWindow) this.frames.set(iframe.contentWindow, { ...info, iframe });
  }

  renderSidebar(panel: HtmlPanelView | null): void {
    const host = byId('sidebar');
    if (!panel) {
      this.sidebarKey = null;
      host.hidden = true;
      fill(host);
      this.forget('sidebar');
      return;
    }
    if (panel.key === this.sidebarKey) return;
    this.forget('sidebar');
    this.sidebarKey = panel.key;
    const iframe = this.newFrame(panel, `Sidebar: ${panel.title}`);
    iframe.id = 'sidebar-frame';
    const close = h(
      'button',
      { type: 'button', className: 'close', 'aria-label': 'Close sidebar' },
      '×',
    );
    close.addEventListener('click', () => void this.close(panel.key, 'sidebar'));
    fill(host, h('header', {}, h('h2', {}, panel.title || 'Add-on'), close), iframe);
    host.hidden = false;
    this.register(iframe, { key: panel.key, kind: 'sidebar', element: host });
  }

  renderDialogs(dialogs: HtmlPanelView[]): void {
    const layer = byId('dialogs');
    const keys = new Set(dialogs.map((dialog) => dialog.key));
    for (const [window, info] of this.frames) {
      if (info.kind !== 'sidebar' && !keys.has(info.key)) {
        info.element.remove();
        this.frames.delete(window);
      }
    }
    for (const key of [...this.dialogKeys]) if (!keys.has(key)) this.dialogKeys.delete(key);
    for (const dialog of dialogs) {
      if (this.dialogKeys.has(dialog.key)) continue;
      this.dialogKeys.add(dialog.key);
      const iframe = this.newFrame(dialog, `Dialog: ${dialog.title}`);
      iframe.style.width = `${dialog.width ?? 600}px`;
      iframe.style.height = `${dialog.height ?? 400}px`;
      const close = h(
        'button',
        { type: 'button', className: 'close', 'aria-label': 'Close dialog' },
        '×',
      );
      const box = h(
        'section',
        {
          className: `html-dialog ${dialog.kind}`,
          role: 'dialog',
          'aria-modal': dialog.kind === 'modal-dialog' ? 'true' : undefined,
          'aria-label': dialog.title,
        },
        h('header', {}, h('h2', {}, dialog.title), close),
        iframe,
      );
      close.addEventListener('click', () => void this.close(dialog.key, 'dialog'));
      layer.appendChild(box);
      this.register(iframe, { key: dialog.key, kind: dialog.kind, element: box });
    }
    layer.classList.toggle(
      'modal',
      dialogs.some((dialog) => dialog.kind === 'modal-dialog'),
    );
  }

  private forget(kind: 'sidebar'): void {
    for (const [window, info] of this.frames) if (info.kind === kind) this.frames.delete(window);
  }

  private async close(key: string, what: 'sidebar' | 'dialog'): Promise<void> {
    if (what === 'sidebar') this.renderSidebar(null);
    const result = await act({
      type: 'close',
      seat: this.options.seat(),
      key: what === 'sidebar' ? 'sidebar' : key,
    });
    if (!result.ok) this.options.notify(result.message, 'error');
    this.options.refresh();
  }

  /** google.script calls from a sidebar or dialog frame. */
  private async onFrameMessage(event: MessageEvent): Promise<void> {
    const info = event.source ? this.frames.get(event.source as Window) : undefined;
    const data = event.data as {
      type?: string;
      id?: number;
      name?: string;
      args?: EncodedArgument[];
      height?: number;
      width?: number;
    };
    if (!info || typeof data !== 'object' || data === null) return;
    const source = event.source as Window;
    switch (data.type) {
      case 'run': {
        const result = await act({
          type: 'run',
          seat: this.options.seat(),
          name: String(data.name),
          args: Array.isArray(data.args) ? data.args : [],
        });
        const reply = !result.ok
          ? { type: 'result', id: data.id, ok: false, error: result.message }
          : result.run && 'error' in result.run
            ? { type: 'result', id: data.id, ok: false, error: result.run.error }
            : { type: 'result', id: data.id, ok: true, value: result.run?.value ?? null };
        source.postMessage(reply, '*');
        this.options.refresh();
        return;
      }
      case 'close':
        await this.close(info.key, info.kind === 'sidebar' ? 'sidebar' : 'dialog');
        return;
      case 'focus':
        this.options.focusGrid();
        return;
      case 'size':
        if (info.kind !== 'sidebar') {
          if (typeof data.height === 'number') info.iframe.style.height = `${data.height}px`;
          if (typeof data.width === 'number') info.iframe.style.width = `${data.width}px`;
        }
        return;
    }
  }

  // ---- Alerts, prompts and toasts -----------------------------------------------------------

  /** The add-on is waiting on an alert or prompt: show it until the person answers. */
  showQuestion(question: QuestionView): void {
    const id = `${question.seat}\u0000${question.prompt}\u0000${question.title}`;
    if (this.questionShown === id) return;
    this.questionShown = id;
    const layer = byId('question');
    const text = h('input', {
      type: 'text',
      className: 'prompt-input',
      'aria-label': 'Your answer',
    });
    const send = async (button: ButtonName) => {
      const reply = await answer(
        question.kind === 'prompt' ? { button, text: text.value } : { button },
      );
      if (!reply.ok) this.options.notify(reply.message, 'error');
      this.questionShown = null;
      layer.hidden = true;
      fill(layer);
      this.options.refresh();
    };
    const close = h('button', { type: 'button', className: 'close', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => void send('CLOSE'));
    fill(
      layer,
      h(
        'section',
        {
          className: 'question',
          role: 'alertdialog',
          'aria-label': question.title || 'The add-on asks',
        },
        h('header', {}, h('h2', {}, question.title || ' '), close),
        h('p', { className: 'question-prompt' }, question.prompt),
        question.kind === 'prompt' ? text : null,
        h(
          'footer',
          {},
          question.buttons.map((button) => {
            const element = h(
              'button',
              { type: 'button', 'data-button': button },
              BUTTON_LABELS[button],
            );
            element.addEventListener('click', () => void send(button));
            return element;
          }),
        ),
        h(
          'p',
          { className: 'hint' },
          `Shown to ${question.seat}: the add-on waits for the answer.`,
        ),
      ),
    );
    layer.hidden = false;
    (question.kind === 'prompt'
      ? text
      : layer.querySelector<HTMLButtonElement>('footer button')
    )?.focus();
  }

  /** Shows each toast once; `viewer` names the file and the seat the toasts were shown in. */
  showToasts(viewer: string, toasts: ToastView[]): void {
    const layer = byId('toasts');
    for (const toast of toasts) {
      const id = `${viewer}\u0000${toast.index}`;
      if (this.toastsSeen.has(id)) continue;
      this.toastsSeen.add(id);
      const close = h(
        'button',
        { type: 'button', className: 'close', 'aria-label': 'Dismiss' },
        '×',
      );
      const element = h(
        'div',
        { className: 'toast', role: 'status' },
        toast.title ? h('strong', {}, toast.title) : null,
        h('span', {}, toast.message),
        close,
      );
      close.addEventListener('click', () => element.remove());
      layer.appendChild(element);
      // Docs (Spreadsheet.toast): a negative timeout keeps the toast until it is closed.
      if (toast.timeoutSeconds >= 0)
        setTimeout(() => element.remove(), toast.timeoutSeconds * 1000);
    }
  }

  /** A new seat or spreadsheet: frames belong to the previous one. */
  reset(): void {
    this.renderSidebar(null);
    this.renderDialogs([]);
    this.dialogKeys.clear();
  }
}
