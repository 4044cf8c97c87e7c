// First names and surnames that are also everyday English words. On their own, capitalised at
// the start of a sentence or in a heading, these prove nothing; they need a pupil cue nearby
// ("well done", "in Year 4", "and <another pupil>"). The list is about English, not a roster.

const MONTHS_SEASONS = 'january april may june july august autumn summer winter spring';
const WEATHER_NATURE =
  'storm rain sky skye sunny sunshine snow frost river brook lake marsh field wood woods forest hill dale ' +
  'glen heath moor stone rock cliff reed ash oak rowan willow hazel holly ivy daisy rose lily poppy iris ' +
  'violet heather jasmine fern flora blossom clover primrose bramble berry cherry apple olive sage basil ' +
  'bay birch elm pine cedar moon star sun dawn eve night day summer autumn bird wren robin swan lark fox ' +
  'wolf bear lamb bull hawk finch crow drake drew peach plum coral pearl ruby amber jade gold silver ' +
  'crystal opal jewel diamond ebony';
const VIRTUES =
  'grace hope faith joy charity patience mercy honor honour harmony destiny liberty unity bliss ' +
  'chance blessing precious trinity serenity promise miracle';
const WORDS =
  'will may can bill frank sandy rusty dusty ginger red brown white green black grey gray young old king ' +
  'queen prince duke earl knight bishop pope baker cook smith hunter archer fisher turner mason carter ' +
  'porter walker parker cooper potter miller taylor butler page ward price banks bell hall church chapel ' +
  'best rich love day sharp strong long short little good gay fair bright wise noble hardy moody merry ' +
  'happy lucky jolly bliss sterling royal major marshal sergeant dean victor art penny mark pat rob sue ' +
  'bob jack ray sonny sunny guy nick matt gene roman rocky rusty dusty buck cliff dale glen neil ' +
  'hunt bloom lane street road gate wall well wells hope kerr lamb wright wood woods field fields ' +
  'winter summers rivers storm blue sky true north west east south pier jay rowe hay haze bean ' +
  'ruby amber crystal paris london chelsea brooklyn florence sydney georgia india china jordan ' +
  'rain reign sage misty cash chase rich free miles max kit angel precious grant pike bond moss cross ' +
  'park parks mills brooks gill hale swift sparrow star honey melody lyric journey carol constance prudence ' +
  'verity marvel sonny';

/** Values a school capitalises as concepts ("this half term our value is Joy"). */
export const VALUE_WORDS: ReadonlySet<string> = new Set(VIRTUES.split(/\s+/).filter(Boolean));

export const NAME_WORDS: ReadonlySet<string> = new Set(
  `${MONTHS_SEASONS} ${WEATHER_NATURE} ${VIRTUES} ${WORDS}`.split(/\s+/).filter(Boolean),
);
