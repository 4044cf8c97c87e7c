// What people call each platform, in messages to staff and in the dashboard.
import type { Platform } from '../generated/prisma/enums.ts';

export const platformLabel: Record<Platform, string> = {
  SANDBOX: 'Sandbox',
  X: 'X',
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
};
