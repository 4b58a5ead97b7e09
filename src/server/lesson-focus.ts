/** The In focus panel's data: the student's lesson under the teacher's selection. (Being built.) */

import type { FocusPanel, FocusRequest } from '../shared/sidebar-types';
import { AddonError } from './errors';

export function getFocus(request?: FocusRequest): FocusPanel {
  void request;
  throw new AddonError('unexpected', 'The In focus panel is not ready yet.');
}
