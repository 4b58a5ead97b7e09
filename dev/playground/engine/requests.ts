/**
 * The engine's requests and replies (between the HTTP server and the worker that holds the
 * Playground), and the one function that serves them. Every request gets a reply: a failure is a
 * message for the page, never an exception that could take the engine down.
 */

import type { MessagePort } from 'node:worker_threads';

import type {
  Action,
  ActionResult,
  Failure,
  QuestionView,
  StartFrom,
  StateResult,
} from '../protocol';
import { PlaygroundError, type DownloadFile, type Playground } from './playground';
import { UploadError } from './uploads';

export type EngineRequest =
  | { type: 'state'; seat: string; sheetId?: number; since?: number }
  | { type: 'act'; action: Action }
  | { type: 'upload'; name: string; data: Uint8Array }
  | { type: 'restore'; name: string; data: Uint8Array }
  | { type: 'download'; format: 'xlsx' | 'snapshot' }
  | { type: 'panel'; seat: string; key: string };

export type PanelReply = { ok: true; html: string; serverFunctions: string[] };
export type DownloadReply = { ok: true; file: DownloadFile };

export type EngineReply = StateResult | ActionResult | PanelReply | DownloadReply | Failure;

/** Messages between the server (host) and the worker. */
export type HostToWorker = { type: 'request'; id: number; request: EngineRequest };
export type WorkerToHost =
  /** The engine made its first spreadsheet (`from`), in `ms` milliseconds. */
  | { type: 'ready'; from: StartFrom; ms: number }
  | { type: 'reply'; id: number; reply: EngineReply }
  /** The add-on called Ui.alert or Ui.prompt: the execution waits for the page's answer. */
  | { type: 'question'; question: QuestionView };

/** What the worker is started with. */
export interface EngineWorkerData {
  /** Int32 counter the host bumps after posting an answer on `answers`. */
  signal: SharedArrayBuffer;
  answers: MessagePort;
  /** The emulator clock's start (ISO); default now. */
  now?: string;
  start?: StartFrom;
  /** The add-on's build folder; default the repository's build/. */
  buildDir?: string;
}

export function failure(error: unknown): Failure {
  if (error instanceof PlaygroundError || error instanceof UploadError) {
    return { ok: false, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  // Not the page's fault: keep the details for whoever runs the server.
  console.error(error);
  return { ok: false, message: `The playground could not do that: ${message}` };
}

export async function serve(playground: Playground, request: EngineRequest): Promise<EngineReply> {
  try {
    switch (request.type) {
      case 'state':
        return playground.state(String(request.seat), {
          ...(request.sheetId === undefined ? {} : { sheetId: request.sheetId }),
          ...(request.since === undefined ? {} : { since: request.since }),
        });
      case 'act':
        return playground.act(request.action);
      case 'upload':
        return await playground.upload(request.name, request.data);
      case 'restore':
        return playground.restore(request.name, request.data);
      case 'download':
        return { ok: true, file: await playground.download(request.format) };
      case 'panel':
        return {
          ok: true,
          html: playground.panelHtml(request.seat, request.key),
          serverFunctions: playground.serverFunctions(),
        };
      default:
        return { ok: false, message: 'Unknown request.' };
    }
  } catch (error) {
    return failure(error);
  }
}
