/**
 * google.script for the add-on's sidebar and dialogs inside the playground, as HtmlService pages
 * get it in Sheets (docs: guides/html/reference/run and reference/host): google.script.run with
 * withSuccessHandler, withFailureHandler and withUserObject, one function per server function
 * (private ones, ending in "_", are not offered), asynchronous and unordered; and
 * google.script.host.close(), editor.focus(), setHeight(), setWidth() and origin. Calls travel to
 * the page by postMessage; the page sends them to the emulator's callFromSidebar, which applies
 * the wire rules. Values JSON cannot carry (a Date, a function, a DOM element) are tagged here so
 * the emulator refuses them as production does instead of JSON silently turning them into text.
 */

import { WIRE_TAG, type EncodedArgument } from '../protocol';

interface FrameConfig {
  key: string;
  functions: string[];
  origin: string;
}

declare const __PLAYGROUND_FRAME__: FrameConfig;

type Handler = ((value: unknown, userObject: unknown) => void) | null;

interface RunnerState {
  success: Handler | undefined;
  failure: Handler | undefined;
  userObject: unknown;
}

type Message =
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: string };

const config = __PLAYGROUND_FRAME__;
const waiting = new Map<number, RunnerState>();
let nextId = 1;

function post(message: Record<string, unknown>): void {
  window.parent.postMessage({ ...message, playgroundFrame: config.key }, '*');
}

function encode(value: unknown, seen: Set<object>): EncodedArgument {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return null;
  if (typeof value === 'function') return { [WIRE_TAG]: 'function' };
  if (typeof value !== 'object') return { [WIRE_TAG]: typeof value };
  if (value instanceof Date) return { [WIRE_TAG]: 'date', iso: value.toISOString() };
  if (value instanceof Node) return { [WIRE_TAG]: 'dom' };
  if (seen.has(value)) return { [WIRE_TAG]: 'circular' };
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => encode(item, seen));
    const result: Record<string, EncodedArgument> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) result[key] = encode(item, seen);
    }
    return result;
  } finally {
    seen.delete(value);
  }
}

/** A form passed as the only parameter arrives as its fields (docs: guides/html/communication#forms). */
function formFields(form: HTMLFormElement): Record<string, EncodedArgument> {
  const fields: Record<string, EncodedArgument> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

function makeRunner(state: RunnerState): Record<string, unknown> {
  const runner: Record<string, unknown> = {
    withSuccessHandler: (handler: Handler) => makeRunner({ ...state, success: handler }),
    withFailureHandler: (handler: Handler) => makeRunner({ ...state, failure: handler }),
    withUserObject: (userObject: unknown) => makeRunner({ ...state, userObject }),
  };
  for (const name of config.functions) {
    runner[name] = (...args: unknown[]) => {
      const first = args[0];
      const encoded =
        args.length === 1 && first instanceof HTMLFormElement
          ? [formFields(first)]
          : args.map((arg) => encode(arg, new Set()));
      const id = nextId++;
      waiting.set(id, state);
      post({ type: 'run', id, name, args: encoded });
    };
  }
  return runner;
}

window.addEventListener('message', (event: MessageEvent<Message>) => {
  if (event.source !== window.parent || event.data?.type !== 'result') return;
  const message = event.data;
  const state = waiting.get(message.id);
  if (!state) return;
  waiting.delete(message.id);
  // Production gives no order between calls: deliver after a small random delay, so a sidebar
  // that relies on replies arriving in the order it asked shows its bug here too.
  setTimeout(
    () => {
      if (message.ok) {
        state.success?.(message.value, state.userObject);
      } else if (state.failure) {
        state.failure(new Error(message.error), state.userObject);
      } else if (state.failure === undefined) {
        // Without a failure handler, the failure is logged to the console (docs).
        console.error(new Error(message.error));
      }
    },
    Math.floor(Math.random() * 30),
  );
});

const google = {
  script: {
    run: makeRunner({ success: undefined, failure: undefined, userObject: undefined }),
    host: {
      origin: config.origin,
      close: () => post({ type: 'close' }),
      setHeight: (height: number) => post({ type: 'size', height: Number(height) }),
      setWidth: (width: number) => post({ type: 'size', width: Number(width) }),
      editor: { focus: () => post({ type: 'focus' }) },
    },
  },
};

(window as unknown as { google: typeof google }).google = google;
