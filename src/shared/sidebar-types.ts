/**
 * Shapes that cross the google.script.run boundary. Only JSON-safe data crosses it: dates travel
 * as ISO strings, never as Date objects.
 */

/** What the sidebar shows in its header. */
export interface SidebarInfo {
  readonly spreadsheetName: string;
  readonly addonVersion: string;
}
