// What each platform's API lets Gatepost see and do about an account's followers (§2), in words
// the marketing officer reads next to the buttons. Written from the platforms' published APIs:
// X lists followers (v2) and follow requests (v1.1, OAuth 1.0a keys only) but has no call to
// accept, decline or remove one, and blocks only for apps on its Enterprise plan; Facebook and
// Instagram give a Page or professional account its follower count, never who the followers are.
import type { FollowerDecision } from '../../domain/follower-decision.ts';
import type { Platform } from '../../generated/prisma/enums.ts';

export interface ActionSupport {
  available: boolean;
  /** Why it is unavailable, or what it really does on this platform. */
  note: string | null;
}

export interface FollowerSupport {
  listsFollowers: boolean;
  /** What the platform shows Gatepost, or why it shows nothing. */
  note: string;
}

const X_BLOCK_PLAN =
  "Works only if the school's X app is on X's Enterprise plan; otherwise block them on x.com.";

export const followerSupport: Record<Platform, FollowerSupport> = {
  SANDBOX: { listsFollowers: true, note: 'The sandbox lists its followers and can remove or block them.' },
  X: {
    listsFollowers: true,
    note: "X lists the account's followers, and a protected account's follow requests when it is connected with OAuth 1.0a keys. X's API cannot accept or decline follow requests, and blocks only for apps on X's Enterprise plan.",
  },
  FACEBOOK: {
    listsFollowers: false,
    note: "Facebook's Graph API gives a Page only the number of its followers, not who they are, so Gatepost cannot list them. Check followers in the Page's settings on Facebook.",
  },
  INSTAGRAM: {
    listsFollowers: false,
    note: "Instagram's API gives an account only the number of its followers, not who they are, so Gatepost cannot list them. Check followers in the Instagram app.",
  },
};

const available = (note: string | null = null): ActionSupport => ({ available: true, note });
const unavailable = (note: string): ActionSupport => ({ available: false, note });

/** What the officer can do about one follower (or follow request) of an account on `platform`. */
export function followerActions(
  platform: Platform,
  isRequest: boolean,
): Record<FollowerDecision, ActionSupport> {
  if (platform === 'X') {
    return {
      approve: available(
        isRequest
          ? "Recorded in Gatepost; accept the request on x.com (X's API cannot accept follow requests)."
          : null,
      ),
      remove: isRequest
        ? unavailable("X's API cannot decline a follow request: decline it on x.com, or block them.")
        : available(
            "Blocks and at once unblocks them (X has no call to remove a follower); needs X's Enterprise plan, like Block.",
          ),
      block: available(X_BLOCK_PLAN),
    };
  }
  if (!followerSupport[platform].listsFollowers) {
    const why = followerSupport[platform].note;
    return { approve: unavailable(why), remove: unavailable(why), block: unavailable(why) };
  }
  return { approve: available(), remove: available(), block: available() };
}
