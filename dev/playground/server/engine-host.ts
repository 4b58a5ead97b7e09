/**
 * The server's side of the engine worker: sends it requests and matches the replies, holds the
 * question the add-on is waiting on (so the page can be told while the worker is blocked), passes
 * the page's answer through, and replaces a worker that dies or hangs, so the server keeps going.
 */

import { MessageChannel, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';

import type { AnswerView, Failure, QuestionView, StartFrom } from '../protocol';
import type {
  EngineReply,
  EngineRequest,
  EngineWorkerData,
  HostToWorker,
  WorkerToHost,
} from '../engine/requests';

export interface EngineHostOptions {
  /** The bundled worker (dist/playground/engine.cjs). */
  workerFile: string;
  now?: string;
  start?: StartFrom;
  buildDir?: string;
  /**
   * A request still running after this long (with no question waiting for the page) is taken to
   * be stuck, e.g. in an endless loop in the add-on; the worker is then replaced. Apps Script stops
   * an execution after 6 minutes.
   */
  stuckAfterMs?: number;
  /** How often to look for a stuck request. Default 5 s. */
  checkEveryMs?: number;
  log?: (line: string) => void;
}

/** A worker replaced this often within a minute is not going to work: stop replacing it. */
const MAX_RESTARTS_PER_MINUTE = 3;

interface Pending {
  resolve: (reply: EngineReply) => void;
  startedAt: number;
  type: EngineRequest['type'];
}

const BUTTONS = new Set(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);

export class EngineHost {
  private worker!: Worker;
  private answers!: MessagePort;
  private signal!: Int32Array;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private watchdog: NodeJS.Timeout;
  private stopped = false;
  private restarts: number[] = [];
  /** Set when the engine keeps failing: every request then gets this message. */
  private broken: string | null = null;
  /** The alert or prompt the add-on is waiting on, if any. */
  question: QuestionView | null = null;
  /** Why the last worker was replaced, for the page to say once. */
  restartReason: string | null = null;

  constructor(private readonly options: EngineHostOptions) {
    this.spawn();
    this.watchdog = setInterval(() => this.checkStuck(), options.checkEveryMs ?? 5_000);
    this.watchdog.unref();
  }

  private spawn(): void {
    const channel = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const data: EngineWorkerData = {
      signal,
      answers: channel.port2,
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.start ? { start: this.options.start } : {}),
      ...(this.options.buildDir ? { buildDir: this.options.buildDir } : {}),
    };
    const worker = new Worker(this.options.workerFile, {
      workerData: data,
      transferList: [channel.port2],
      // An XLSX that unpacks to far more than its size stops this worker, not the server.
      resourceLimits: { maxOldGenerationSizeMb: 1536 },
    });
    this.worker = worker;
    this.answers = channel.port1;
    this.signal = new Int32Array(signal);
    worker.on('message', (message: WorkerToHost) => this.receive(worker, message));
    worker.on('error', (error) => this.replace(worker, `the engine failed: ${error.message}`));
    worker.on('exit', (code) => this.replace(worker, `the engine stopped (exit code ${code})`));
  }

  private receive(worker: Worker, message: WorkerToHost): void {
    if (worker !== this.worker) return;
    if (message.type === 'ready') {
      if (message.from === 'sample') {
        this.options.log?.(`The sample class was set up in ${(message.ms / 1000).toFixed(1)} s.`);
      }
    } else if (message.type === 'question') {
      this.question = message.question;
      // Polls queued behind the waiting execution learn of the question now, not after it.
      for (const [id, pending] of this.pending) {
        if (pending.type !== 'state') continue;
        this.pending.delete(id);
        pending.resolve({ ok: true, question: message.question });
      }
    } else if (message.type === 'reply') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      pending?.resolve(message.reply);
    }
  }

  /** Replaces a dead or stuck worker with a fresh one; requests in flight fail with the reason. */
  private replace(worker: Worker, reason: string): void {
    if (worker !== this.worker || this.stopped || this.broken) return;
    this.options.log?.(`Playground engine replaced: ${reason}.`);
    this.restartReason = `The playground restarted with a fresh spreadsheet: ${reason}.`;
    this.question = null;
    const failed: Failure = { ok: false, message: this.restartReason };
    for (const pending of this.pending.values()) pending.resolve(failed);
    this.pending.clear();
    this.answers.close();
    void worker.terminate();
    const now = Date.now();
    this.restarts = [...this.restarts.filter((at) => now - at < 60_000), now];
    if (this.restarts.length > MAX_RESTARTS_PER_MINUTE) {
      this.broken = `The playground's engine keeps failing (${reason}). Fix the cause and start npm start again.`;
      this.options.log?.(this.broken);
      return;
    }
    this.spawn();
  }

  private checkStuck(): void {
    const limit = this.options.stuckAfterMs ?? 6 * 60_000;
    if (this.question) return;
    const now = Date.now();
    for (const pending of this.pending.values()) {
      if (now - pending.startedAt > limit) {
        this.replace(
          this.worker,
          'the add-on ran for longer than Apps Script allows without finishing',
        );
        return;
      }
    }
  }

  request(request: EngineRequest): Promise<EngineReply> {
    if (this.stopped) return Promise.resolve({ ok: false, message: 'The playground is stopping.' });
    if (this.broken) return Promise.resolve({ ok: false, message: this.broken });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, startedAt: Date.now(), type: request.type });
      const message: HostToWorker = { type: 'request', id, request };
      this.worker.postMessage(message);
    });
  }

  /** The page answers the add-on's question; the worker's execution carries on. */
  answer(answer: AnswerView): { ok: true } | Failure {
    const question = this.question;
    if (!question) return { ok: false, message: 'The add-on is not waiting for an answer.' };
    const button = String(answer?.button);
    const offered: string[] = question.buttons;
    if (!BUTTONS.has(button) || (button !== 'CLOSE' && !offered.includes(button))) {
      return { ok: false, message: `${button} is not a button of this dialog.` };
    }
    const reply: AnswerView = { button: button as AnswerView['button'] };
    if (question.kind === 'prompt') reply.text = String(answer.text ?? '').slice(0, 50_000);
    this.question = null;
    this.answers.postMessage(reply);
    Atomics.add(this.signal, 0, 1);
    Atomics.notify(this.signal, 0);
    return { ok: true };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.watchdog);
    this.answers.close();
    await this.worker.terminate();
  }
}
