/** The page's calls to the playground server, typed by the shared protocol. */

import type { Action, ActionResult, AnswerView, Failure, StateResult } from '../protocol';

async function parse<T>(response: Response): Promise<T | Failure> {
  try {
    return (await response.json()) as T | Failure;
  } catch {
    return { ok: false, message: `The playground answered ${response.status} without a message.` };
  }
}

async function call<T>(
  url: string,
  init: RequestInit = {},
  timeoutMs?: number,
): Promise<T | Failure> {
  const controller = new AbortController();
  const timer = timeoutMs ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    return await parse<T>(await fetch(url, { ...init, signal: controller.signal }));
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, message: 'timeout' };
    return {
      ok: false,
      message: `The playground server cannot be reached (${String(error)}). Is npm start still running?`,
    };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export function getState(
  seat: string,
  options: { sheetId?: number; since?: number },
): Promise<StateResult | Failure> {
  const query = new URLSearchParams({ seat });
  if (options.sheetId !== undefined) query.set('sheet', String(options.sheetId));
  if (options.since !== undefined) query.set('since', String(options.since));
  // A poll that waits behind an add-on execution is dropped and asked again, so the page can
  // learn of a question the execution is waiting on.
  return call<StateResult>(`/api/state?${query}`, {}, 3000);
}

export function act(action: Action): Promise<ActionResult | Failure> {
  return call<ActionResult>('/api/action', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(action),
  });
}

export function answer(reply: AnswerView): Promise<{ ok: true } | Failure> {
  return call<{ ok: true }>('/api/answer', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(reply),
  });
}

export function sendFile(kind: 'upload' | 'restore', file: File): Promise<ActionResult | Failure> {
  return call<ActionResult>(`/api/${kind}?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
}
