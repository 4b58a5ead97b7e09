/**
 * The playground's HTTP server: the page and its script, the JSON API the page calls, uploads and
 * downloads, and the add-on's sidebar and dialogs framed with the google.script client. It answers
 * only requests addressed to this machine (127.0.0.1 or localhost), and every handler turns any
 * failure into a reply, so no request can stop the server.
 */

import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { MAX_SNAPSHOT_BYTES, MAX_UPLOAD_BYTES, formatSize } from '../engine/uploads';
import type { EngineReply } from '../engine/requests';
import type { Action, AnswerView, Failure } from '../protocol';
import type { EngineHost } from './engine-host';
import { FRAME_SANDBOX, framedHtml } from './frame';

/** JSON bodies (actions, answers) are small; a paste of 1000 rows fits easily. */
const MAX_JSON_BYTES = 2 * 1024 * 1024;

export interface PlaygroundServerOptions {
  engine: EngineHost;
  /** Folder holding index.html, client.js, style.css and frame-shim.js. */
  publicDir: string;
}

interface Reply {
  status: number;
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function json(value: unknown, status = 200): Reply {
  return { status, body: JSON.stringify(value), type: 'application/json; charset=utf-8' };
}

function failed(status: number, message: string): Reply {
  const body: Failure = { ok: false, message };
  return json(body, status);
}

/** Reads the body up to `limit` bytes; beyond it, drains the rest and fails with 413. */
function readBody(request: http.IncomingMessage, limit: number, what: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      // Past any sensible upload: stop reading rather than drain forever.
      else if (size > limit + 100 * 1024 * 1024) request.destroy();
    });
    request.on('error', reject);
    request.on('end', () => {
      if (size > limit) {
        reject(
          new HttpError(
            413,
            `The ${what} is ${formatSize(size)}: the playground takes at most ${formatSize(limit)}.`,
          ),
        );
      } else {
        resolve(new Uint8Array(Buffer.concat(chunks)));
      }
    });
  });
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const bytes = await readBody(request, MAX_JSON_BYTES, 'request');
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpError(400, 'The request is not JSON.');
  }
}

function fromEngine(reply: EngineReply): Reply {
  return json(reply, reply.ok ? 200 : 422);
}

function fileName(name: string): string {
  // RFC 6266: an ASCII fallback and the UTF-8 name.
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function createPlaygroundServer(options: PlaygroundServerOptions): http.Server {
  const { engine, publicDir } = options;
  const read = (name: string) => readFileSync(path.join(publicDir, name), 'utf8');
  const files: Record<string, { body: string; type: string }> = {
    '/': { body: read('index.html'), type: 'text/html; charset=utf-8' },
    '/client.js': { body: read('client.js'), type: 'text/javascript; charset=utf-8' },
    '/style.css': { body: read('style.css'), type: 'text/css; charset=utf-8' },
  };
  const shim = read('frame-shim.js');

  async function route(request: http.IncomingMessage, url: URL): Promise<Reply> {
    const method = request.method ?? 'GET';
    const page = files[url.pathname];
    if (page && method === 'GET') {
      return { status: 200, body: page.body, type: page.type };
    }
    switch (`${method} ${url.pathname}`) {
      case 'GET /api/state': {
        if (engine.question) return json({ ok: true, question: engine.question });
        const sheet = url.searchParams.get('sheet');
        const since = url.searchParams.get('since');
        const reply = await engine.request({
          type: 'state',
          seat: url.searchParams.get('seat') ?? '',
          ...(sheet ? { sheetId: Number(sheet) } : {}),
          ...(since ? { since: Number(since) } : {}),
        });
        // Tell the page, once, that the engine was replaced and its spreadsheet is new.
        if (engine.restartReason && reply.ok) {
          const notice = engine.restartReason;
          engine.restartReason = null;
          return json({ ...reply, notice });
        }
        return fromEngine(reply);
      }
      case 'POST /api/action': {
        const action = await readJson(request);
        if (typeof action !== 'object' || action === null || Array.isArray(action)) {
          throw new HttpError(400, 'An action is a JSON object with a "type".');
        }
        return fromEngine(await engine.request({ type: 'act', action: action as Action }));
      }
      case 'POST /api/answer':
        return json(engine.answer((await readJson(request)) as AnswerView));
      case 'POST /api/upload': {
        const name = url.searchParams.get('name') ?? 'tracker';
        const data = await readBody(request, MAX_UPLOAD_BYTES, 'file');
        return fromEngine(await engine.request({ type: 'upload', name, data }));
      }
      case 'POST /api/restore': {
        const name = url.searchParams.get('name') ?? 'snapshot.json';
        const data = await readBody(request, MAX_SNAPSHOT_BYTES, 'snapshot');
        return fromEngine(await engine.request({ type: 'restore', name, data }));
      }
      case 'GET /api/download': {
        const format = url.searchParams.get('format');
        if (format !== 'xlsx' && format !== 'snapshot') {
          return failed(400, 'Download format must be xlsx or snapshot.');
        }
        const reply = await engine.request({ type: 'download', format });
        if (!reply.ok || !('file' in reply)) return fromEngine(reply);
        return {
          status: 200,
          body: reply.file.data,
          type: reply.file.mime,
          headers: { 'Content-Disposition': fileName(reply.file.name) },
        };
      }
      case 'GET /frame': {
        const seat = url.searchParams.get('seat') ?? '';
        const key = url.searchParams.get('key') ?? '';
        const reply = await engine.request({ type: 'panel', seat, key });
        if (!reply.ok || !('html' in reply)) {
          const message = reply.ok ? 'Not a sidebar.' : reply.message;
          return {
            status: 404,
            body: `<!doctype html><meta charset="utf-8"><p>${escapeHtml(message)}</p>`,
            type: 'text/html; charset=utf-8',
            headers: { 'Content-Security-Policy': `sandbox; default-src 'none'` },
          };
        }
        const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
        const html = framedHtml(reply.html, shim, {
          key,
          functions: reply.serverFunctions,
          origin,
        });
        return {
          status: 200,
          body: html,
          type: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': `sandbox ${FRAME_SANDBOX}` },
        };
      }
      default:
        return failed(404, `Nothing at ${method} ${url.pathname}.`);
    }
  }

  const server = http.createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    let reply: Reply;
    try {
      const port = (server.address() as { port: number } | null)?.port;
      const host = request.headers.host ?? '';
      // Only this machine: refuses pages that reach the server through another name (DNS rebinding).
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        throw new HttpError(403, 'The playground answers only at 127.0.0.1 or localhost.');
      }
      const origin = request.headers.origin;
      if (request.method !== 'GET' && origin && origin !== `http://${host}`) {
        throw new HttpError(403, 'The playground accepts changes only from its own page.');
      }
      reply = await route(request, new URL(request.url ?? '/', `http://${host}`));
    } catch (error) {
      reply =
        error instanceof HttpError
          ? failed(error.status, error.message)
          : failed(500, `The playground could not answer: ${(error as Error)?.message ?? error}`);
    }
    try {
      const isPage =
        reply.type.startsWith('text/html') && !reply.headers?.['Content-Security-Policy'];
      response.writeHead(reply.status, {
        'Content-Type': reply.type,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...(isPage ? { 'Content-Security-Policy': PAGE_CSP } : {}),
        ...reply.headers,
      });
      response.end(reply.body);
    } catch {
      // The page went away mid-reply: nothing to tell it.
      response.destroy();
    }
  }

  server.on('clientError', (_error, socket) => {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  return server;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
