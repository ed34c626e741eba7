/**
 * English words whose lemma no suffix rule reaches: irregular verbs (base, then past and participle forms),
 * the auxiliaries, a few nouns and adjectives, and the pieces a contraction leaves ("n't" → "t").
 * The surface filter reads it to know which lemmas a word may have before the tagger runs.
 */
const IRREGULAR_VERBS = `
arise arose arisen|awake awoke awoken|be am is are was were been being|bear bore borne born|beat beaten|
become became|begin began begun|bend bent|bet|bid|bind bound|bite bit bitten|bleed bled|blow blew blown|
break broke broken|breed bred|bring brought|build built|burn burnt|burst|buy bought|cast|catch caught|
choose chose chosen|cling clung|come came|cost|creep crept|cut|deal dealt|dig dug|do does did done|
draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|dwell dwelt|eat ate eaten|fall fell fallen|
feed fed|feel felt|fight fought|find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden|
forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|
get got gotten|give gave given|go goes went gone|grind ground|grow grew grown|hang hung|have has had|
hear heard|hide hid hidden|hit|hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|
lean leant|leap leapt|learn learnt|leave left|lend lent|let|lie lay lain|light lit|lose lost|make made|
mean meant|meet met|mislead misled|mistake mistook mistaken|overcome overcame|overtake overtook overtaken|
oversee oversaw overseen|overthrow overthrew overthrown|pay paid|prove proven|put|quit|read|rebuild rebuilt|
redo redid redone|remake remade|rend rent|repay repaid|reset|retake retook retaken|rethink rethought|
ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|
send sent|set|shake shook shaken|shed|shine shone|shoot shot|show shown|shrink shrank shrunk|shut|
sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|sling slung|slit|speak spoke spoken|
speed sped|spend spent|spill spilt|spin spun|spit spat|split|spread|spring sprang sprung|stand stood|
steal stole stolen|stick stuck|sting stung|stink stank stunk|stride strode stridden|strike struck stricken|
string strung|strive strove striven|swear swore sworn|sweep swept|swell swollen|swim swam swum|
swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|
thrust|tread trod trodden|undergo underwent undergone|understand understood|undertake undertook undertaken|
undo undid undone|uphold upheld|upset|wake woke woken|wear wore worn|weave wove woven|weep wept|
win won|wind wound|withdraw withdrew withdrawn|withhold withheld|withstand withstood|wring wrung|
write wrote written|can could|will would|shall should|may might|must`;

const OTHER_FORMS = `
good better best|bad worse worst|far further farther furthest farthest|many more most|much more most|
little less least|man men|woman women|child children|person people|foot feet|mouse mice|
not t nt|have ve d|be s re m|will ll|would d`;

/** Each irregular form with the lemmas it may stand for ("left": leave; "d": would, have). */
export const IRREGULAR_LEMMAS: ReadonlyMap<string, readonly string[]> = (() => {
  const lemmas = new Map<string, string[]>();
  for (const entry of `${IRREGULAR_VERBS}|${OTHER_FORMS}`.split('|')) {
    const [lemma, ...forms] = entry.trim().split(/\s+/);
    for (const form of forms) {
      const list = lemmas.get(form) ?? [];
      if (!list.includes(lemma)) list.push(lemma);
      lemmas.set(form, list);
    }
  }
  return lemmas;
})();

/**
 * Not read as a verb's past here: present forms, modals, and the auxiliaries' past forms, whose tense the
 * clause reader takes from the verb they carry.
 */
const NOT_PAST = new Set([
  'am',
  'is',
  'are',
  'being',
  'does',
  'goes',
  'has',
  'could',
  'would',
  'should',
  'might',
  'was',
  'were',
  'been',
  'did',
  'had',
]);

/** The past tenses and participles of the irregular verbs ("sat", "fought", "held"). */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set(
  IRREGULAR_VERBS.split('|').flatMap((entry) =>
    entry
      .trim()
      .split(/\s+/)
      .slice(1)
      .filter((form) => !NOT_PAST.has(form)),
  ),
);
