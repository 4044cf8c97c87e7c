// Replies in the words the officer uses: labels, what happened to each reply, who it went to.
import type { z } from 'zod';
import type { replySchema } from '../../../api/reply-schemas.ts';

export type Reply = z.output<typeof replySchema>;

export const labelWords: Record<string, string> = {
  abusive: 'Abusive',
  cyberbullying: 'Cyberbullying',
  pupil_data: 'Pupil data',
  safeguarding: 'Safeguarding',
  spam: 'Spam',
};

export const moderationWords: Record<Reply['moderation'], string> = {
  none: 'Visible',
  hide_pending: 'Being hidden',
  hidden: 'Hidden',
  hide_by_hand: 'Hide it by hand on the platform',
  unhidden: 'Unhidden by the officer',
};

export const routeWords = { DSL: 'the DSL', HEADTEACHER: 'the headteacher', CHAIR: 'the chair of trustees' };

export const labelList = (labels: readonly string[]) =>
  labels.length ? labels.map((l) => labelWords[l] ?? l).join(', ') : 'No concerns';
