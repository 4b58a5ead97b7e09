// `npm run detect -- FILE.csv|FILE.xlsx [--sheet NAME]`: what detection finds in a tracker file,
// as JSON. Works on its own after `npm ci` (scripts/run-command.mjs builds what it needs); the
// command itself is scripts/detect/cli.ts.
import { runCommand } from './run-command.mjs';

process.exitCode = await runCommand('detect', process.argv.slice(2));
