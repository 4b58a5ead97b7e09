/**
 * The XLSX import and export of io/xlsx.ts, loaded when first called: exceljs takes about a second
 * to load, and most users of the emulator (every test file that imports it) never touch XLSX.
 */

import type * as Xlsx from './io/xlsx';

const xlsx = (): Promise<typeof Xlsx> => import('./io/xlsx');

export async function loadXlsx(
  ...args: Parameters<typeof Xlsx.loadXlsx>
): ReturnType<typeof Xlsx.loadXlsx> {
  return (await xlsx()).loadXlsx(...args);
}

export async function importXlsx(
  ...args: Parameters<typeof Xlsx.importXlsx>
): ReturnType<typeof Xlsx.importXlsx> {
  return (await xlsx()).importXlsx(...args);
}

export async function createDocumentFromXlsx(
  ...args: Parameters<typeof Xlsx.createDocumentFromXlsx>
): ReturnType<typeof Xlsx.createDocumentFromXlsx> {
  return (await xlsx()).createDocumentFromXlsx(...args);
}

export async function exportXlsx(
  ...args: Parameters<typeof Xlsx.exportXlsx>
): ReturnType<typeof Xlsx.exportXlsx> {
  return (await xlsx()).exportXlsx(...args);
}
