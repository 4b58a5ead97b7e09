/**
 * A ScriptProject with its service globals and Ui on a fresh context, and `run` to call them as one
 * execution (a person, an auth mode, a document), for the services' unit and fidelity tests.
 */

import {
  Clock,
  EmulatorContext,
  type AuthMode,
  type ExecutionKind,
} from '../../dev/emulator/runtime/context';
import { createServiceGlobals, createUi } from '../../dev/emulator/services/index';
import { ScriptProject, type Manifest } from '../../dev/emulator/services/project';

export const TEACHER = 'teacher@example.com';

export interface RunOptions {
  authMode?: AuthMode;
  as?: string;
  effective?: string;
  documentId?: string | null;
  kind?: ExecutionKind;
}

export function servicesHarness(manifest: Manifest, htmlFiles: Record<string, string> = {}) {
  const ctx = new EmulatorContext(new Clock('2026-09-14T12:00:00Z'));
  const project = new ScriptProject(manifest, { addonName: 'Mastery Tracker', htmlFiles });
  const g = createServiceGlobals(ctx, project);
  const ui = createUi(ctx, project);
  /** Runs `fn` as one execution, ending it (and releasing its locks) afterwards. */
  function run<T>(fn: () => T, options: RunOptions = {}): T {
    const as = options.as ?? TEACHER;
    const documentId = options.documentId === undefined ? 'doc-1' : options.documentId;
    return ctx.runAs(as, documentId, () => fn(), {
      kind: options.kind ?? 'script',
      authMode: options.authMode ?? 'FULL',
      effectiveUser: options.effective ?? as,
      onEnd: (execution) => project.endExecution(execution.id),
    });
  }
  return { ctx, project, g, ui, run };
}
