import { createReplyClassifier } from '../../../policies/replies/index.ts';
import type { CliCommand } from '../command.ts';
import { answerJsonLines, loadRoster, rosterArgument, z } from '../jsonl.ts';

const ReplyLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() }).loose();

export const command: CliCommand = {
  summary:
    'Label incoming replies (JSON lines on stdin): abusive, cyberbullying, pupil_data, safeguarding, spam',
  usage: 'check-comments [--roster FILE]',
  async run(argv) {
    const classify = createReplyClassifier(loadRoster(rosterArgument(argv, false)));
    return answerJsonLines(ReplyLine, ({ id, text }) => ({ id, ...classify(text) }));
  },
};
