// The vocabulary every rule speaks. Rules are pure: (input, school context) → findings.

export type Severity = 'block' | 'warn';

/** Post categories are the corpus README's names exactly; other tools match on them. */
export type PostCategory =
  | 'political'
  | 'personal_view'
  | 'offensive'
  | 'insensitive'
  | 'pupil_full_name'
  | 'pupil_first_name'
  | 'personal_data'
  | 'platform_limit'
  | 'content_objective'
  | 'media'
  | 'terms_of_use'
  | 'image_rights';

export type ReplyLabel = 'abusive' | 'cyberbullying' | 'pupil_data' | 'safeguarding' | 'spam';

export interface Finding {
  ruleId: string;
  category: PostCategory | ReplyLabel;
  severity: Severity;
  /** The policy clause enforced, e.g. "§7". */
  clause: string;
  /** What is wrong, in words a teacher understands. */
  message: string;
  /** What to do instead. */
  suggestion?: string;
  /** UTF-16 offsets into the original text, [start, end). */
  span?: [number, number];
  mediaId?: string;
  faceId?: string;
}

export type PlatformName = 'x' | 'facebook' | 'instagram' | 'sandbox';

export interface RosterPupil {
  upn: string;
  firstName: string;
  lastName: string;
  preferredName?: string;
  yearGroup: string;
  photoConsent: boolean;
  nameConsent: boolean;
}

export interface PostText {
  text: string;
  platform?: PlatformName;
  hasImage?: boolean;
}
