/** Feedback on a student's lesson cell, and the teacher's comment bank. (Being built.) */

import type { FeedbackInput, FocusPanel } from '../shared/sidebar-types';
import { AddonError } from './errors';

export function saveFeedback(input: FeedbackInput): FocusPanel {
  void input;
  throw new AddonError('unexpected', 'Feedback is not ready yet.');
}

export function getCommentBank(): string[] {
  throw new AddonError('unexpected', 'The comment bank is not ready yet.');
}

export function saveCommentBank(comments: readonly string[]): string[] {
  void comments;
  throw new AddonError('unexpected', 'The comment bank is not ready yet.');
}
