/**
 * The class's installable edit trigger: created by a teacher, it runs as that teacher for every
 * student's edit (so it may write protected cells). An add-on may have one trigger of each type
 * per user and document (docs: workspace/add-ons/concepts/editor-triggers); this looks only at the
 * current user's triggers for this file (getUserTriggers), never deleting anyone else's.
 */

/** The global function the edit trigger calls. Not onEdit: that name would also run as a simple trigger. */
export const EDIT_HANDLER = 'onClassEdit';

export function findEditTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Script.Trigger | null {
  return (
    ScriptApp.getUserTriggers(ss).find(
      (trigger) =>
        trigger.getHandlerFunction() === EDIT_HANDLER &&
        trigger.getEventType() === ScriptApp.EventType.ON_EDIT,
    ) ?? null
  );
}

export function createEditTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create().getUniqueId();
}

/** Who is running: a stable key for this user and script, without asking for their e-mail. */
export function currentUserKey(): string {
  return Session.getTemporaryActiveUserKey();
}
