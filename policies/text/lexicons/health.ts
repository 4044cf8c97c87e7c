// Health, SEN and safeguarding details (§7: "will not post pupils' personal details"). They only
// count when tied to one person ("his ADHD diagnosis", "Mrs Hall has had surgery"), so general
// notices ("pupils with severe allergies", "flu vaccinations", "Mental Health Week") stay clean.

export const HEALTH_TERMS =
  "adhd|add|autis(?:m|tic)|asd|asperger'?s?|dyslexi[ac]|dyspraxi[ac]|ehcp|ehc plan|send plan|sen support|" +
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
