/**
 * The engine's worker thread: it holds the Playground (one Emulator) and serves the server's
 * requests one at a time. It runs apart from the HTTP server so that an add-on alert or prompt can
 * block the execution, as in Apps Script, while the server keeps answering the page that shows
 * the question; and so that an engine that dies (out of memory, say) can be replaced.
 */

import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';

import { ExecutionTimeoutError, LIMITS } from '../../emulator';
import type { AnswerView, QuestionView } from '../protocol';
import { Playground } from './playground';
import { serve, type EngineWorkerData, type HostToWorker, type WorkerToHost } from './requests';

const data = workerData as EngineWorkerData;
const port = parentPort!;
const signal = new Int32Array(data.signal);

function post(message: WorkerToHost): void {
  port.postMessage(message);
}

/**
 * Shows the question on the page and waits for the answer. Apps Script keeps an execution waiting
 * on a dialog at most until its time limit, so an unanswered question ends the execution then.
 */
function ask(question: QuestionView): AnswerView {
  post({ type: 'question', question });
  const deadline = Date.now() + LIMITS.executionMs;
  for (;;) {
    const seen = Atomics.load(signal, 0);
    const message = receiveMessageOnPort(data.answers);
    if (message) return message.message as AnswerView;
    const left = deadline - Date.now();
    if (left <= 0) throw new ExecutionTimeoutError(LIMITS.executionMs, LIMITS.executionMs);
    Atomics.wait(signal, 0, seen, Math.min(left, 1000));
  }
}

const started = Date.now();
const playground = new Playground({
  ...(data.now ? { now: data.now } : {}),
  ...(data.start ? { start: data.start } : {}),
  ...(data.buildDir ? { buildDir: data.buildDir } : {}),
  ask,
});

let queue: Promise<void> = Promise.resolve();
port.on('message', (message: HostToWorker) => {
  if (message.type !== 'request') return;
  queue = queue.then(async () => {
    const reply = await serve(playground, message.request);
    post({ type: 'reply', id: message.id, reply });
  });
});
post({ type: 'ready', from: data.start ?? 'sample', ms: Date.now() - started });
