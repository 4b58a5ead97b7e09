// `npm run test:corpus [-- FOLDER]`: detection on every CSV and XLSX tracker in the corpus of real
// trackers beside the project (../shared/fixtures/trackers, never copied in), checked against the
// facts its README states. Works on its own after `npm ci`; the check is scripts/corpus/cli.ts.
import { runCommand } from './run-command.mjs';

process.exitCode = await runCommand('corpus', process.argv.slice(2));
