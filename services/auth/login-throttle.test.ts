import { describe, expect, it } from 'vitest';
import { lockoutMessage, throttle } from './login-throttle.ts';

const limits = { perEmail: 3, perAddress: 5, windowMs: 15 * 60_000 };
const now = new Date('2026-11-27T09:00:00.000Z');
const minutesAgo = (...m: number[]) => m.map((n) => new Date(now.getTime() - n * 60_000));

describe('sign-in throttling', () => {
  it('lets people in under the limit', () => {
    expect(throttle({ email: minutesAgo(1, 2), address: minutesAgo(1, 2, 3, 4) }, limits, now)).toEqual({
      locked: false,
    });
  });

  it('locks an email at the limit until its oldest counted failure leaves the window', () => {
    const decision = throttle({ email: minutesAgo(1, 2, 10), address: [] }, limits, now);
    expect(decision).toEqual({ locked: true, reason: 'email', until: new Date(now.getTime() + 5 * 60_000) });
  });

  it('locks an address that tries many emails, and unlocks once the window has passed', () => {
    expect(throttle({ email: [], address: minutesAgo(1, 1, 2, 3, 4) }, limits, now)).toMatchObject({
      locked: true,
      reason: 'address',
    });
    expect(throttle({ email: minutesAgo(16, 17, 18), address: [] }, limits, now)).toEqual({ locked: false });
  });

  it('says when to try again', () => {
    const message = lockoutMessage({ until: new Date(now.getTime() + 5 * 60_000), reason: 'email' }, now);
    expect(message).toBe(
      'Too many failed sign-ins for this email address. Try again in 5 minutes (after 09:05 UK time).',
    );
  });

  it('gives the time on the UK clock in summer, an hour ahead of UTC', () => {
    const july = new Date('2026-07-01T14:50:00.000Z');
    const until = new Date(july.getTime() + 15 * 60_000);
    expect(lockoutMessage({ until, reason: 'address' }, july)).toBe(
      'Too many failed sign-ins for this network address. Try again in 15 minutes (after 16:05 UK time).',
    );
  });
});
