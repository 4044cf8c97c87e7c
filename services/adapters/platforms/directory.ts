// Picks the adapter for an account's platform.

import { AppError } from '../../domain/errors.ts';
import type { Account } from '../../generated/prisma/client.ts';
import type { Db } from '../../repositories/db.ts';
import { sandboxAdapter } from './sandbox.ts';
import type { PlatformAdapter } from './types.ts';

export interface PlatformDirectory {
  adapterFor(account: Account): PlatformAdapter;
}

export function platformDirectory(db: Db, publicUrl: string): PlatformDirectory {
  return {
    adapterFor(account) {
      switch (account.platform) {
        case 'SANDBOX':
          return sandboxAdapter(db, account.id, publicUrl);
        default:
          throw new AppError('invalid_state', `${account.platform} accounts are not connected yet.`);
      }
    },
  };
}
