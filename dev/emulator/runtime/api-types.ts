/**
 * Ties emulated classes to @types/google-apps-script so tsc catches drift: a class declares
 * `implements ApiOf<GoogleAppsScript.Spreadsheet.Range, 'getValues' | 'setValues' | ...>`. Every
 * listed name must exist on the real interface with the same parameters; a method whose real
 * return type is data (string, number, boolean, void) must return exactly that, and one returning
 * another Apps Script object may return the emulated class.
 */

type Shape<R> = R extends string | number | boolean | void | null | undefined ? R : unknown;

export type ApiOf<Real, K extends keyof Real> = {
  [P in K]: Real[P] extends (...args: infer A) => infer R ? (...args: A) => Shape<R> : Real[P];
};
