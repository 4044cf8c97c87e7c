// Which blocking findings the headteacher may override with a recorded reason (DESIGN.md
// "Checks"). Judgement calls may be overridden; breaches no reason can cure may not.
import type { PostCategory } from './types.ts';

export const overridable: Partial<Record<PostCategory, string>> = {
  political: 'e.g. reporting a visit by the local MP without taking sides',
  personal_view: 'e.g. quoting a pupil’s or visitor’s own words',
  insensitive: 'e.g. a historical or curriculum term used in context',
  pupil_full_name: 'e.g. a namesake who is not the pupil, or written parental consent for this post',
};
// Never overridable: offensive wording (§3), personal data (§7), platform limits (the platform
// refuses anyway) and photo findings (blur or consent decides those).

export const isOverridable = (category: string): boolean => category in overridable;
