import { createTextChecker } from '../../../policies/text/index.ts';
import type { CliCommand } from '../command.ts';
import { answerJsonLines, loadRoster, rosterArgument, z } from '../jsonl.ts';

const DraftLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: z.enum(['x', 'facebook', 'instagram', 'sandbox']).optional(),
  has_image: z.boolean().optional(),
});

export const command: CliCommand = {
  summary: 'Check draft posts (JSON lines on stdin) against the text policy',
  usage: 'check-text --roster FILE',
  async run(argv) {
    const check = createTextChecker(loadRoster(rosterArgument(argv, true)));
    return answerJsonLines(DraftLine, ({ id, text, platform, has_image }) => ({
      id,
      findings: check({
        text,
        ...(platform ? { platform } : {}),
        ...(has_image === undefined ? {} : { hasImage: has_image }),
      }),
    }));
  },
};
