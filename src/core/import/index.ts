/**
 * Reading a teacher's existing tracker: detect what is there, apply the teacher's corrections,
 * plan the import and preview it. Pure functions over a Grid; the shell reads the sheet.
 */

export { detectTracker } from './detect';
export { applyCorrections, planImport, markMeanings, DEFAULT_THRESHOLD } from './plan';
export { previewImport } from './preview';
export { gridFingerprint } from './fingerprint';
export { importBlockers, setupFromPlan, MOST_IN_A_CLASS } from './class-from-plan';
export type { ClassFromImport, ImportClassOptions } from './class-from-plan';
export { carriedProgress } from './carry-over';
export type { CarriedCounts, CarriedLesson, CarriedProgress } from './carry-over';
export { findStandardCode } from './codes';
export { parseName } from './roster';
export { columnLetter, describeLine } from './table';
export type * from './types';
