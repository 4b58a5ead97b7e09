/** The class's settings as the Setup panel reads and changes them. (Being built.) */

import type { SettingsInput, SettingsPanel, SyncResult } from '../shared/sidebar-types';
import { AddonError } from './errors';

export function getSettings(): SettingsPanel {
  throw new AddonError('unexpected', 'Class settings are not ready yet.');
}

export function saveSettings(input: SettingsInput): SyncResult {
  void input;
  throw new AddonError('unexpected', 'Class settings are not ready yet.');
}
