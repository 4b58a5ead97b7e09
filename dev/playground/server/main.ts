/**
 * `npm start`: serves the playground on this machine only (127.0.0.1), port 8080 unless PORT says
 * otherwise (PORT=0 picks a free one), and prints its address. PLAYGROUND_NOW sets the emulator's
 * starting clock (ISO 8601), PLAYGROUND_START=tracker or =empty starts with the teacher's tracker
 * before the add-on or an empty spreadsheet instead of the sample class, and PLAYGROUND_BUILD_DIR runs another build folder than build/ (the browser
 * tests use a small probe add-on).
 */

import { existsSync } from 'node:fs';
import path from 'node:path';

import { isStartChoice } from '../protocol';
import { EngineHost } from './engine-host';
import { createPlaygroundServer } from './http';

const HOST = '127.0.0.1';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const portText = process.env.PORT ?? '8080';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  fail(`PORT must be a port number (0-65535), not "${portText}".`);
}
const now = process.env.PLAYGROUND_NOW;
if (now !== undefined && Number.isNaN(new Date(now).getTime())) {
  fail(`PLAYGROUND_NOW must be a date and time such as 2026-09-23T08:00:00-04:00, not "${now}".`);
}
const start = process.env.PLAYGROUND_START;
if (start !== undefined && !isStartChoice(start)) {
  fail(`PLAYGROUND_START must be "sample", "tracker" or "empty", not "${start}".`);
}

const buildDir = process.env.PLAYGROUND_BUILD_DIR
  ? path.resolve(process.env.PLAYGROUND_BUILD_DIR)
  : undefined;
if (buildDir !== undefined && !existsSync(path.join(buildDir, 'Code.js'))) {
  fail(`PLAYGROUND_BUILD_DIR has no Code.js: ${buildDir}`);
}

const engine = new EngineHost({
  workerFile: path.join(__dirname, 'engine.cjs'),
  ...(now ? { now } : {}),
  ...(start ? { start } : {}),
  ...(buildDir ? { buildDir } : {}),
  log: (line) => console.error(line),
});
const server = createPlaygroundServer({ engine, publicDir: path.join(__dirname, 'public') });

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    fail(
      `Port ${port} on ${HOST} is busy: another program (perhaps another playground) is using it.\n` +
        `Stop it, or start on another port: PORT=${port === 8080 ? 8081 : port + 1} npm start`,
    );
  }
  if (error.code === 'EACCES')
    fail(`Not allowed to listen on port ${port}: choose one above 1024.`);
  fail(`The playground could not start: ${error.message}`);
});

server.listen(port, HOST, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Mastery Tracker playground: http://${HOST}:${actual}/`);
  console.log('The add-on from build/ runs on the emulator. Press Ctrl+C to stop.');
});

// A last guard: an error no handler expected is logged, and the server keeps serving.
process.on('uncaughtException', (error) => console.error('Unexpected error:', error));
process.on('unhandledRejection', (error) => console.error('Unexpected error:', error));

function stop(): void {
  server.close();
  void engine.stop().finally(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
