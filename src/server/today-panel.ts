/** The Today panel's data: the class at a glance, read in one call. (Being built.) */

import type { TodayPanel, TodayRequest } from '../shared/sidebar-types';
import { AddonError } from './errors';

export function getToday(request?: TodayRequest): TodayPanel {
  void request;
  throw new AddonError('unexpected', 'The Today panel is not ready yet.');
}
