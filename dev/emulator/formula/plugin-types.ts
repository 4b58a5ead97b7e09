/**
 * Names for the HyperFormula plugin types the emulator's function plugins use. HyperFormula does
 * not export its AST and interpreter-state types, so they are taken from FunctionPlugin's own
 * signatures; the engine context is how the globally registered plugins reach per-engine state.
 */

import type { FunctionPlugin } from 'hyperformula';

/** Per-engine state the (globally registered) function plugins read through HF's `context` option. */
export interface EngineContext {
  /** The emulator clock's current wall-clock time in the spreadsheet's zone, as a serial. */
  nowSerial(): number;
  locale(): string;
}

export function isEngineContext(value: unknown): value is EngineContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<EngineContext>).nowSerial === 'function'
  );
}

// Indexed access types may name protected members: these name HF's internal AST and state types.
type RunFunction = FunctionPlugin['runFunction'];
/** An AST node of a formula (HF's `Ast`). */
export type PluginAstNode = Parameters<RunFunction>[0][number];
/** A function call's AST (HF's `ProcedureAst`): its arguments are what a plugin method reads. */
export interface PluginAst {
  args: PluginAstNode[];
}
export type PluginState = Parameters<RunFunction>[1];
export type PluginResult = ReturnType<RunFunction>;
/** What a sizeOfResultArrayMethod returns (HF's `ArraySize`). */
export type PluginArraySize = ReturnType<FunctionPlugin['arraySizeForAst']>;

/** The literal number an argument is written as (`0`, `2`), or undefined for anything else. */
export function literalNumber(node: PluginAstNode | undefined): number | undefined {
  if (node === undefined) return undefined;
  const typed = node as { type?: string; value?: unknown };
  return typed.type === 'NUMBER' && typeof typed.value === 'number' ? typed.value : undefined;
}

/** Whether an argument is left out (`INDEX(A1:B2,,1)`) or absent. */
export function isOmitted(node: PluginAstNode | undefined): boolean {
  return node === undefined || (node as { type?: string }).type === 'EMPTY';
}
