/** The Today panel's data: the class at a glance, read in one call. (Being built.) */

import type { OpenTabRequest, TodayPanel, TodayRequest } from '../shared/sidebar-types';
import { AddonError } from './errors';

export function getToday(request?: TodayRequest): TodayPanel {
  void request;
  throw new AddonError('unexpected', 'The Today panel is not ready yet.');
}

/** Opens a student's tab for the teacher, at the lesson's row when one is given. */
export function openStudentTab(request: OpenTabRequest): void {
  void request;
  throw new AddonError('unexpected', 'Opening a tab is not ready yet.');
}
