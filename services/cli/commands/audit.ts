import { verifyAuditChain } from '../../repositories/audit.ts';
import { type CliCommand, UsageError } from '../command.ts';
import { say, withDatabase } from '../runtime.ts';

export const command: CliCommand = {
  summary: 'Verify the hash chain of the audit trail; names the first broken event',
  usage: 'audit verify',
  async run(argv) {
    if (argv[0] !== 'verify') throw new UsageError('the only audit command is "verify"');
    return withDatabase(async (db) => {
      const result = await verifyAuditChain(db.prisma);
      if (result.ok) {
        say(`Audit trail intact: ${result.checked} events.`);
        process.stdout.write(`${JSON.stringify({ ok: true, checked: result.checked })}\n`);
        return 0;
      }
      const { broken } = result;
      const what =
        result.reason === 'link' ? 'does not follow the event before it' : 'was changed after it was written';
      say(
        `Audit trail broken at event ${broken.seq} (${broken.action} on ${broken.subjectType} ${broken.subjectId}): it ${what}.`,
      );
      process.stdout.write(
        `${JSON.stringify({ ok: false, checked: result.checked, brokenSeq: broken.seq.toString(), reason: result.reason })}\n`,
      );
      return 1;
    });
  },
};
