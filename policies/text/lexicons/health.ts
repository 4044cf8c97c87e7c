// Health, SEN and safeguarding details (§7: "will not post pupils' personal details"). They only
// count when tied to one person ("his ADHD diagnosis", "Mrs Hall has had surgery"), so general
// notices ("pupils with severe allergies", "flu vaccinations", "Mental Health Week") stay clean.

export const HEALTH_TERMS =
  "adhd|autis(?:m|tic)|asd|asperger'?s?|dyslexi[ac]|dyspraxi[ac]|ehcp|ehc plan|send plan|sen support|" +
  'epilep(?:sy|tic)|diabet(?:es|ic)|insulin(?: pen)?|epipen|anaphyla\\w+|(?:peanut|nut|severe) allergy|(?:severely |very )?allergic|' +
  'expecting (?:a baby|twins)|' +
  'asthma|inhaler|leukaemia|cancer|chemo(?:therapy)?|tumour|surgery|operation|hearing aids?|deaf|blind|' +
  "wheelchair|cerebral palsy|down'?s syndrome|non-verbal|selective mutism|ocd|anxiety disorder|depression|" +
  'self[- ]harm|eating disorder|anorexi[ac]|bulimi[ac]|mental health (?:crisis|condition)|camhs|' +
  'hospital(?:ised)?|in care|foster (?:care|carers?|placement)|looked[- ]after (?:child|children|pupils?|status)|(?:is|are|being) looked after by (?:the )?(?:local authority|council|foster)|child protection plan|' +
  'child in need plan|cp plan|social services|social worker|care plan|medication|diagnos(?:is|ed)|' +
  'pregnan(?:t|cy)|miscarriage|terminal(?:ly ill)?|seizures?|type [12] diabetes|' +
  // Injuries and sick leave: "broke his arm", "in a cast", "off with stress", "her dodgy heart".
  'broken (?:arm|leg|wrist|ankle|collarbone|foot|hand|nose)|broke (?:his|her|their) (?:arm|leg|wrist|ankle|collarbone|foot|hand|nose|finger|toe)|' +
  "in a (?:cast|sling|plaster cast)|on crutches|concussion|(?:signed )?off (?:sick |work )?with '?(?:stress|anxiety|depression|covid|flu|a bad back|\\p{L}+itis)|" +
  'sick (?:leave|note)|stress(?:-related)? leave|(?:dodgy|dicky|bad|weak|gammy) (?:heart|ticker|knee|hip|back)|heart (?:attack|condition|surgery|problems?)|' +
  '(?:knee|hip|joint|shoulder) replacement|having (?:an? )?(?:operation|surgery|op)\\b|fractured?|sprained|physio(?:therapy)?';

/** Words that tie a detail to one identifiable person. */
export const ONE_PERSON =
  "\\b(?:his|her|he|she|he's|she's|him|the child|a child|this child|a pupil|the pupil|(?:mr|mrs|miss|ms|dr)\\.? \\p{L}+)\\b";

/**
 * ADD (attention deficit) only in capitals, and not as the verb: "ADD your name", "Add her to the
 * group", "PLEASE ADD HIS KIT" take an object or follow a request.
 */
export const ATTENTION_DEFICIT = 'ADD';
export const ADD_AS_VERB_AFTER =
  /^\s+(?:your|her|his|their|the|a|an|it|them|me|us|him|to|some|this|that|these|those|one|in|on|up|more|any|all|our|my|photos?|names?|yourself)\b/i;
export const ADD_AS_VERB_BEFORE =
  /(?:please|pls|to|and|just|simply|then|can|could|will|would|should|must|don't|do|or)\s*$|^\s*$/i;

/**
 * "My daughter needs her inhaler", "my sister's surgery": the writer's own family, not a pupil of
 * the school, when nobody else in the sentence is named. The pronouns must agree with the relative
 * ("my son said her mum has cancer" is someone else's mum).
 */
export const WRITERS_FEMALE_RELATIVE =
  /\bmy (?:(?:little|eldest|oldest|youngest|baby|big|older|younger|twin|step|late) )?(?:daughter|girl|mum|mom|mother|mam|sister|wife|nan|nana|nanna|gran|granny|grandma|grandmother|aunt|auntie|niece|girlfriend|fiancee|stepmum|stepdaughter|stepsister)s?\b/;
export const WRITERS_MALE_RELATIVE =
  /\bmy (?:(?:little|eldest|oldest|youngest|baby|big|older|younger|twin|step|late) )?(?:son|boy|dad|father|brother|husband|grandad|granddad|grandpa|grandfather|uncle|nephew|boyfriend|fiance|stepdad|stepson|stepbrother)s?\b/;
export const WRITERS_OWN = /\b(?:my|i|i'm|i've|i'd|me)\b/;
export const FEMALE_PRONOUNS = /\b(?:she|her|hers|she's|herself)\b/;
export const MALE_PRONOUNS = /\b(?:he|his|him|he's|himself)\b/;
