/**
 * The playground's server as `npm start` runs it: it listens on 127.0.0.1 only, answers every bad
 * request with a message instead of falling over, says clearly when its port is taken, and
 * replaces an engine that fails (and stops trying when it keeps failing).
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { EngineHost } from '../../dev/playground/server/engine-host';
import {
  buildPlayground,
  runServerToEnd,
  startServer,
  type RunningServer,
} from '../support/playground';

jest.setTimeout(60_000);

let server: RunningServer;

beforeAll(async () => {
  buildPlayground();
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

function request(pathname: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${pathname.replace(/^\//, '')}`, init);
}

/** A request with a chosen Host header (fetch() will not send one). */
function rawRequest(pathname: string, host: string, method: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => {
      socket.write(`${method} ${pathname} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0);
      resolve(new Response(body, { status }));
    });
  });
}

async function stillServing(): Promise<void> {
  const reply = await request('/api/state');
  expect(reply.status).toBe(200);
  expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
}

test('prints its address: 127.0.0.1 on the port it was given', () => {
  expect(server.output()).toContain(`Mastery Tracker playground: http://127.0.0.1:${server.port}/`);
});

test('listens on the loopback address only', async () => {
  const others = Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
  for (const address of others) {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(server.port, address, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect({ address, connected }).toEqual({ address, connected: false });
  }
  await stillServing();
});

test('serves the page with a strict content security policy', async () => {
  const page = await request('/');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(await page.text()).toContain('<script src="/client.js" defer></script>');
  expect((await request('/client.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
});

test('answers bad requests with a message and keeps serving', async () => {
  const json = async (reply: Response) => ({
    status: reply.status,
    body: (await reply.json()) as unknown,
  });
  expect(await json(await request('/nowhere'))).toEqual({
    status: 404,
    body: { ok: false, message: 'Nothing at GET /nowhere.' },
  });
  expect(await json(await request('/api/action', { method: 'POST', body: '{not json' }))).toEqual({
    status: 400,
    body: { ok: false, message: 'The request is not JSON.' },
  });
  expect(
    await json(await request('/api/action', { method: 'POST', body: '{"type":"dance"}' })),
  ).toEqual({ status: 422, body: { ok: false, message: 'Unknown action "dance".' } });
  expect(await json(await request('/api/action', { method: 'POST', body: 'null' }))).toEqual({
    status: 400,
    body: { ok: false, message: 'An action is a JSON object with a "type".' },
  });
  expect(
    await json(
      await request('/api/action', {
        method: 'POST',
        body: JSON.stringify({ type: 'edit', seat: 'rivera@school.example', sheetId: 0, rect: {} }),
      }),
    ),
  ).toEqual({ status: 422, body: { ok: false, message: 'That range is outside the sheet.' } });
  expect(await json(await request('/api/download?format=pdf'))).toEqual({
    status: 400,
    body: { ok: false, message: 'Download format must be xlsx or snapshot.' },
  });
  expect(
    await json(await request('/api/answer', { method: 'POST', body: '{"button":"YES"}' })),
  ).toEqual({
    status: 200,
    body: { ok: false, message: 'The add-on is not waiting for an answer.' },
  });
  const frame = await request('/frame?seat=rivera%40school.example&key=none');
  expect(frame.status).toBe(404);
  expect(frame.headers.get('content-security-policy')).toMatch(/^sandbox/);
  await stillServing();
});

test('refuses an upload over 5 MB with a message, then keeps serving', async () => {
  const reply = await request('/api/upload?name=big.csv', {
    method: 'POST',
    body: new Uint8Array(5 * 1024 * 1024 + 10).fill(65),
  });
  expect(reply.status).toBe(413);
  expect(await reply.json()).toEqual({
    ok: false,
    message: 'The file is 5.0 MB: the playground takes at most 5.0 MB.',
  });
  await stillServing();
});

test('answers only requests addressed to this machine, and changes only from its own page', async () => {
  const rebound = await rawRequest('/api/state', `attacker.example:${server.port}`, 'GET');
  expect(rebound.status).toBe(403);
  expect(await rebound.text()).toContain('The playground answers only at 127.0.0.1 or localhost.');
  const crossSite = await request('/api/action', {
    method: 'POST',
    headers: { Origin: 'https://attacker.example' },
    body: '{"type":"clock","days":1}',
  });
  expect(crossSite.status).toBe(403);
  expect(((await crossSite.json()) as { message: string }).message).toBe(
    'The playground accepts changes only from its own page.',
  );
  expect((await rawRequest('/api/state', `localhost:${server.port}`, 'GET')).status).toBe(200);
});

test('downloads the spreadsheet as XLSX with its name', async () => {
  const reply = await request('/api/download?format=xlsx');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-disposition')).toContain(
    "filename*=UTF-8''Room%2012%20%C2%B7%20Grade%205%20Math%20%C2%B7%20Unit%204%20Fractions.xlsx",
  );
  expect(
    Buffer.from(await reply.arrayBuffer())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});

test('says so clearly when its port is taken, and exits', async () => {
  const second = await runServerToEnd({ PORT: String(server.port) });
  expect(second.code).toBe(1);
  expect(second.output).toContain(
    `Port ${server.port} on 127.0.0.1 is busy: another program (perhaps another playground) is using it.`,
  );
  expect(second.output).toContain(`PORT=${server.port + 1} npm start`);
  await stillServing();
});

test('refuses a PORT that is not a port number', async () => {
  const result = await runServerToEnd({ PORT: 'eighty' });
  expect(result).toEqual({
    code: 1,
    output: 'PORT must be a port number (0-65535), not "eighty".\n',
  });
});

describe('an engine that fails', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'playground-engine-'));

  test('is replaced, and after failing again and again the server says so instead of looping', async () => {
    const file = path.join(folder, 'failing-engine.cjs');
    writeFileSync(file, "throw new Error('the engine could not load');\n");
    const lines: string[] = [];
    const host = new EngineHost({ workerFile: file, log: (line) => lines.push(line) });
    try {
      const first = await host.request({ type: 'state', seat: '' });
      expect(first).toEqual({
        ok: false,
        message:
          'The playground restarted with a fresh spreadsheet: the engine failed: the engine could not load.',
      });
      let reply = first;
      for (
        let attempt = 0;
        attempt < 10 && !/keeps failing/.test(JSON.stringify(reply));
        attempt++
      ) {
        reply = await host.request({ type: 'state', seat: '' });
      }
      expect(reply).toEqual({
        ok: false,
        message:
          "The playground's engine keeps failing (the engine failed: the engine could not load). Fix the cause and start npm start again.",
      });
      expect(lines.at(-1)).toMatch(/keeps failing/);
    } finally {
      await host.stop();
    }
  });

  test('that hangs is replaced once a request runs past the limit', async () => {
    const file = path.join(folder, 'silent-engine.cjs');
    // Never answers: as an add-on stuck in an endless loop would keep the real engine busy.
    writeFileSync(file, "require('node:worker_threads').parentPort.on('message', () => {});\n");
    const host = new EngineHost({ workerFile: file, stuckAfterMs: 200, checkEveryMs: 50 });
    try {
      expect(await host.request({ type: 'state', seat: '' })).toEqual({
        ok: false,
        message:
          'The playground restarted with a fresh spreadsheet: the add-on ran for longer than Apps Script allows without finishing.',
      });
    } finally {
      await host.stop();
    }
  });
});
