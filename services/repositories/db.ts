// The Prisma handle repositories take: the client, or the transaction a use-case opened.
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { deferAudits, flushAudits } from './audit.ts';

export type Db = PrismaClient | Prisma.TransactionClient;

/** Runs `work` in one transaction; repositories called with `tx` share it. */
export function inTransaction<T>(db: PrismaClient, work: (tx: Prisma.TransactionClient) => Promise<T>) {
  return db.$transaction(
    async (tx) => {
      deferAudits(tx);
      const result = await work(tx);
      await flushAudits(tx);
      return result;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
