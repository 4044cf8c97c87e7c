// The consent record log's one question (policy §7): may this person be shown or named for
// this purpose, on this platform, at this time? Pure, so the text checks, the media pipeline
// and the publish-time re-check all get the same answer from the same records.
import type { PlatformName } from '../../policies/types.ts';

export const CONSENT_PURPOSES = ['photo_social', 'video_social', 'first_name', 'name_with_photo'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const PLATFORMS: readonly PlatformName[] = ['x', 'facebook', 'instagram', 'sandbox'];

/** One person's current record for one purpose; its history lives in the audit trail. */
export interface ConsentRecordView {
  purpose: ConsentPurpose;
  /** Empty: every platform. */
  platforms: PlatformName[];
  /** Null: never granted (refused, or the form was not returned). */
  grantedAt: Date | null;
  withdrawnAt: Date | null;
  /** E.g. the leaving date; consent ends then without anyone withdrawing it. */
  expiresAt: Date | null;
}

export type ConsentStatus = 'granted' | 'not_granted' | 'not_yet_granted' | 'withdrawn' | 'expired';

export interface ConsentQuestion {
  purpose: ConsentPurpose;
  platform: PlatformName;
  at: Date;
}

export type ConsentAnswer =
  | { allowed: true }
  | { allowed: false; reason: ConsentStatus | 'no_record' | 'platform_not_covered'; message: string };

/** Where a record stands at `at`, platforms aside. */
export function statusAt(record: ConsentRecordView, at: Date): ConsentStatus {
  if (!record.grantedAt) return 'not_granted';
  if (record.grantedAt > at) return 'not_yet_granted';
  if (record.withdrawnAt && record.withdrawnAt <= at) return 'withdrawn';
  if (record.expiresAt && record.expiresAt <= at) return 'expired';
  return 'granted';
}

export const coversPlatform = (record: ConsentRecordView, platform: PlatformName) =>
  record.platforms.length === 0 || record.platforms.includes(platform);

const refusals: Record<Exclude<ConsentStatus, 'granted'>, string> = {
  not_granted: 'has not been given',
  not_yet_granted: 'does not start until later',
  withdrawn: 'was withdrawn',
  expired: 'has expired',
};

const purposeWords: Record<ConsentPurpose, string> = {
  photo_social: 'appearing in photos on social media',
  video_social: 'appearing in videos on social media',
  first_name: 'being named on social media',
  name_with_photo: 'being named alongside their photo',
};

/** The answer for one purpose. No record means no consent: the default is never to show or name. */
export function consentFor(records: readonly ConsentRecordView[], question: ConsentQuestion): ConsentAnswer {
  const { purpose, platform, at } = question;
  const record = records.find((r) => r.purpose === purpose);
  const what = purposeWords[purpose];
  if (!record) return { allowed: false, reason: 'no_record', message: `No consent is recorded for ${what}.` };
  const status = statusAt(record, at);
  if (status !== 'granted')
    return { allowed: false, reason: status, message: `Consent for ${what} ${refusals[status]}.` };
  if (!coversPlatform(record, platform)) {
    return {
      allowed: false,
      reason: 'platform_not_covered',
      message: `Consent for ${what} covers ${record.platforms.join(', ')} only, not ${platform}.`,
    };
  }
  return { allowed: true };
}

/** Every purpose must allow it; the first refusal explains why not. */
function all(
  records: readonly ConsentRecordView[],
  purposes: ConsentPurpose[],
  platform: PlatformName,
  at: Date,
) {
  for (const purpose of purposes) {
    const answer = consentFor(records, { purpose, platform, at });
    if (!answer.allowed) return answer;
  }
  return { allowed: true } as const;
}

/** May the person be named (first name) in a post, and if it carries their photo, alongside it? */
export const mayName = (
  records: readonly ConsentRecordView[],
  post: { platform: PlatformName; at: Date; withPhoto?: boolean },
): ConsentAnswer =>
  all(records, post.withPhoto ? ['first_name', 'name_with_photo'] : ['first_name'], post.platform, post.at);

/** May the person's face appear unblurred in a photo (or video) on this platform? */
export const mayShow = (
  records: readonly ConsentRecordView[],
  post: { platform: PlatformName; at: Date; video?: boolean },
): ConsentAnswer => consentFor(records, { purpose: post.video ? 'video_social' : 'photo_social', ...post });

/**
 * The roster's yes/no flags (Pupil.photoConsent/nameConsent, which the text checks read):
 * true only for consent that holds now on every platform, so a flag never overstates it.
 */
export function rosterFlags(records: readonly ConsentRecordView[], at: Date) {
  const everywhere = (purpose: ConsentPurpose) =>
    records.some((r) => r.purpose === purpose && r.platforms.length === 0 && statusAt(r, at) === 'granted');
  return { photoConsent: everywhere('photo_social'), nameConsent: everywhere('first_name') };
}

/** True when `after` allows less than `before` did at `at`: some platform lost this purpose. */
export function narrows(before: ConsentRecordView | undefined, after: ConsentRecordView, at: Date): boolean {
  if (!before) return false;
  return PLATFORMS.some(
    (platform) =>
      consentFor([before], { purpose: before.purpose, platform, at }).allowed &&
      !consentFor([after], { purpose: after.purpose, platform, at }).allowed,
  );
}
