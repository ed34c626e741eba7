import type { Token } from './annotate';
import { IRREGULAR_PAST_FORMS } from './irregular-forms';

/** The words the clause reader looks for: negators, hedges, tenses, reporting and denying verbs. */
export const NEGATORS = new Set(['not', 'no', 'never', 'without', 'neither', 'nor', "n't", 'none']);
/** Negators of a verb (not of a noun, as "no" is): "has not been", "was never". */
export const VERB_NEGATORS = new Set(['not', "n't", 'never']);

/** Acts whose relative clause tells what they do, the news itself: "an order that raised the tariff to 50%". */
export const ACT_NOUNS = new Set(['order', 'proclamation', 'decree']);

/** Verbs that undo the infinitive after them: "failed to reach", "refused to extend", "declined to set". */
export const REFUSALS = new Set(['fail', 'refuse', 'decline']);

/** A chance, not a deed: "a further cut is possible", "a deal likely this week". */
export const CHANCE_ADJECTIVES = new Set([
  'likely',
  'unlikely',
  'possible',
  'probable',
  'unclear',
  'uncertain',
]);
export const HEDGES = new Set([
  'can',
  'could',
  'might',
  'may',
  'would',
  'should',
  'possible',
  'possibly',
  'potential',
  'potentially',
  'likely',
  'unlikely',
  'hope',
  'aim',
  'seek',
  'want',
  'try',
  // An attempt or a difficulty is no plan: "scrambled to meet", "struggled to reach", "difficult to hold talks",
  // "hurdles to sealing a deal".
  'scramble',
  'struggle',
  'difficult',
  'difficulty',
  'hurdle',
  'obstacle',
  'challenge',
  'push',
  'urge',
  'call',
  'consider',
  'weigh',
  'mull',
  'near',
  'close',
  'nearing',
  // "on the verge of a deal", "on the cusp of signing": about to, not done.
  'verge',
  'cusp',
  // "poised to extend the truce": about to, not done.
  'poised',
  'intend',
  'prepare',
  'ready',
  'willing',
  'race',
  'bid',
  'speculation',
  'prospect',
  'desire',
  'wish',
  'willingness',
  'eager',
  'keen',
  'chance',
  'odds',
  'possibility',
  'likelihood',
  'risk',
  'goal',
  'need',
  'must',
  'suppose',
  'propose',
  'suggest',
  'discuss',
  'seem',
  'appear',
  // A belief in what the other side will do: "confident the US will cut the tariff".
  'confident',
  'optimistic',
  'hopeful',
  // What is habitually so is no report of one event: "the president typically finalizes such deals himself".
  'typically',
  'usually',
  'normally',
  'generally',
  'habitually',
  'customarily',
]);

/** Words of readying that hedge a deed ("prepare to impose") but not a meeting ("prepare for the talks"). */
export const READYING = new Set(['prepare', 'ready']);
/** Particles of a phrasal verb, which may stand between it and its object ("put forward several proposals"). */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'out',
  'forward',
  'over',
  'down',
  'back',
  'off',
]);
/** Words for a meeting of the negotiation (the rules' MEETING alternatives are these). */
export const MEETING_WORDS = [
  'talk',
  'negotiation',
  'meeting',
  'consultation',
  'discussion',
  'dialogue',
  'summit',
  'round',
  'session',
] as const;
/** Words for what the two sides agree on (the rules' DEAL alternatives are these). */
export const AGREEMENT_WORDS = [
  'deal',
  'agreement',
  'pact',
  'accord',
  'framework',
  'package',
  'arrangement',
  'understanding',
  'mou',
] as const;
/** What negotiators make: "a pact negotiated with Tokyo" is made, it negotiates nothing. */
export const AGREEMENT_NOUNS = new Set<string>([...AGREEMENT_WORDS, 'memorandum', 'treaty']);
/**
 * The words a tariff word can qualify without being the tariff: "tariff talks", "the tariff war", "tariff negotiators",
 * "implements new tariff deal".
 */
export const QUALIFIED_BY_TARIFF = new Set<string>([
  ...MEETING_WORDS,
  ...AGREEMENT_NOUNS,
  'negotiator',
  'team',
  'delegation',
  'dispute',
  'war',
  // A quarrel over tariffs: "talks scrapped over a tariff clash" cuts no tariff.
  'clash',
  'row',
  'spat',
  'feud',
  'standoff',
  'tension',
  'fight',
  'battle',
]);
/** What one readies for: a meeting, or the trip to one. */
/** The meeting words as a set, for lookups by lemma. */
export const MEETING_WORD_SET: ReadonlySet<string> = new Set<string>(MEETING_WORDS);
export const MEETING_NOUNS = new Set<string>([...MEETING_WORDS, 'visit', 'trip']);

/** Verbs of insisting or demanding: "that" and a bare verb demands, "that" and the indicative claims. */
export const INSISTING = new Set(['insist', 'demand']);
/** Finite verbs of the indicative: "insisted that the talks were going well" tells what is so. */
export const INDICATIVE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'does',
  'did',
  // The contracted forms: "that's", "they're", "they've".
  "'s",
  '’s',
  "'re",
  '’re',
  "'ve",
  '’ve',
]);

/** Verbs of striving: what their infinitive names is worked for, not done ("are negotiating to lower the tariff"). */
export const STRIVING = new Set([
  'negotiate',
  'work',
  'strive',
  'fight',
  'battle',
  'endeavor',
  'endeavour',
  'lobby',
]);

export const PURPOSES = new Set([
  'effort',
  'attempt',
  'intent',
  'intention',
  'drive',
  'strategy',
  'campaign',
]);

/** Nouns that name an aim as the subject of "is to": "the priority for Seoul is to cut the levy". */
export const AIMS = new Set(['aim', 'goal', 'focus', 'objective', 'purpose', 'target', 'priority', 'task']);

export const EXPECTATIONS = new Set(['expect', 'believe', 'predict', 'anticipate', 'forecast', 'bet']);

export const FUTURE = new Set(['will', 'shall', "'ll"]);

/** Auxiliaries of what was done or stands done: "that was concluded", "that have strained ties". */
export const DONE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'has', 'have']);
export const PAST_AUXILIARIES = new Set([...DONE_AUXILIARIES, 'did']);

/** Partners in general: "countries", "trading partners", "other economies". */
export const GENERIC_PARTNER: ReadonlySet<string> = new Set(['country', 'nation', 'partner', 'economy']);

/** Pronouns that open a relative clause about the noun before them ("Japan, which concluded a deal, ..."). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who']);

/** Words that open an aside naming some of what the noun before it covers: "tariffs, including 15% on Korea, ...". */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  'including',
  'excluding',
  'among',
  'like',
  'notably',
]);

/** Verbs that credit someone with a deed done: "congratulated the negotiators on securing a deal". */
export const PRAISING = new Set([
  'congratulate',
  'praise',
  'thank',
  'credit',
  'hail',
  'commend',
  'applaud',
  'laud',
]);

/** Firms named by their country and trade ("Korean carmakers", "Indian companies"): the firms, not the country. */
export const FIRM_WORDS = [
  'company',
  'firm',
  'carmaker',
  'automaker',
  'chipmaker',
  'drugmaker',
  'maker',
  'shipbuilder',
  'manufacturer',
  'exporter',
  'conglomerate',
  'producer',
  'supplier',
  'business',
  'industry',
];

/** Verbs that list what a meeting takes up: "the talks will cover chips and extending the truce". */
export const AGENDA_VERBS = new Set(['cover', 'include', 'address', 'tackle', 'discuss', 'feature']);

/** "agreed to lower", "decided to cut": the infinitive is what was decided, not a plan. */
export const DECIDED = new Set(['agree', 'decide', 'vote', 'move']);
/** Ranks that make an infinitive after their noun relative: "the first leader to visit". */
export const RANKED = new Set(['first', 'second', 'third', 'last', 'only', 'latest', 'sole']);

/** "talks on extending", "working toward reaching a deal": a gerund after these is a topic or a goal, not a deed. */
export const TOPIC_LINKS = new Set([
  'on',
  'about',
  'over',
  'regarding',
  'concerning',
  'toward',
  'towards',
  'at',
]);

/** A present "is" or "are" before a participle: "which tariffs are applied together". */
export const PRESENT_BE = new Set(['is', 'are', 'am', "'re", '’re']);
/** Present forms of "have", which with "been" and an -ing form tell something still going on. */
export const PRESENT_HAVE = new Set(['has', 'have', "'ve", '’ve', "'s", '’s']);
/** Present verbs that, like "is", link a state to the subject: "the talks remain focused on autos". */
export const PRESENT_LINKING = new Set(['remain', 'remains', 'stay', 'stays']);

/** Verbs of a trip whose purpose infinitive tells why it was made: "travelled to Washington to meet". */
export const TRAVEL = new Set(['travel', 'visit', 'fly', 'go', 'come', 'head', 'return', 'drive', 'rush']);
/** Verbs of coming together, a trip of its own kind: "met in Madrid on Monday to resume their talks" has been held. */
export const GATHER = new Set(['meet', 'gather', 'sit', 'convene', 'assemble']);
export const AFTER_WORDS = new Set(['after', 'following', 'since']);

/** "managed to strike", "were able to hold", "was forced to postpone": the infinitive happened, in the verb's tense. */
export const IMPLICATIVE = new Set(['manage', 'able', 'force', 'compel', 'oblige', 'proceed']);

export const POSSESSIVES = new Set(["'s", '’s', 'its', 'their', 'his', 'her', 'our', 'your']);

export const MODALS = new Set(['could', 'might', 'may', 'would', 'should']);

export const OLD_MARKERS = new Set(['previously', 'originally', 'initially', 'formerly']);

export const CONDITIONS = new Set(['if', 'unless', 'otherwise', 'whether', 'once', 'until', 'provided']);

export const REPORTING = new Set([
  'say',
  'tell',
  'announce',
  'unveil',
  'state',
  'add',
  'note',
  'confirm',
  'claim',
  'report',
  'write',
  'post',
  'according',
  'insist',
  'declare',
  'reveal',
  'disclose',
]);

/**
 * Words that make a statement a threat someone made: "Trump threatened ...", "officials warned ...", "the letter",
 * "Washington has decided on a 20% levy".
 */
export const THREATENING = new Set(['threaten', 'warn', 'vow', 'letter', 'decide', 'decision']);

/** Reporting verbs in the past, which shift the reported "will" to "would". */
export const SAID = new Set([
  'said',
  'told',
  'added',
  'announced',
  'stated',
  'confirmed',
  'wrote',
  'noted',
  'explained',
  'revealed',
  'disclosed',
]);

/** Of those, the ones that tell a decision made public: what was announced or confirmed "would" happen will. */
export const DECLARED = new Set(['announced', 'confirmed']);

export const WHEN_WORDS = new Set(['tomorrow', 'next', 'following', 'coming', 'later', 'week', 'month']);

export const UNCONFIRMED = new Set([
  'reportedly',
  'rumor',
  'rumour',
  'speculation',
  'anonymity',
  'unnamed',
  'allegedly',
]);

export const DENIALS = new Set([
  'deny',
  'dismiss',
  'refute',
  'retract',
  'reject',
  'false',
  'premature',
  'inaccurate',
  'groundless',
]);

export const RELATIVE_LINKS = new Set([
  'on',
  'from',
  'by',
  'in',
  'since',
  'during',
  'against',
  'under',
  'at',
  'upon',
  'with',
  'around',
  'over',
  'about',
  'between',
  'among',
  'across',
  'through',
  'throughout',
  'amid',
  'toward',
  'towards',
  'within',
]);

export const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN', 'SYM']);
/** ... with a possessive's "'s" and punctuation between: "the US demand", "Seoul's $350 billion fund". */
export const NOUN_PHRASE_MARKED = new Set([...NOUN_PHRASE, 'PART', 'PUNCT']);

export const HYPHENS = new Set(['-', '–', '‑']);
/** What sets an aside apart: a dash, or a hyphen typed for one. */
export const DASHES = new Set(['—', '–', '-']);

/** "is set to", "are due to", "is expected to": a plan, told in the present. */
export const PLANNED = new Set(['set', 'due', 'expect', 'schedule', 'slate', 'plan', 'poise', 'go']);

/** Past forms that are also their base ("set", "cut", "put") or end in -ed where the tagger keeps the form as lemma. */
const PAST_LIKE_BASE = ['set', 'cut', 'put', 'hit', 'agreed', 'ended'];
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_PAST_FORMS, ...PAST_LIKE_BASE]);

/** A verb or an auxiliary: what makes a run of words a clause. */
export function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** A verb in its base form: "meet", "lower" (not "met", "lowers", "lowering"). */
export function isBareVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.normal === token.lemma;
}

/** A verb's -ing form: a gerund or a present participle ("seeking", "meeting" as a verb). */
export function isVerbIng(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && /ing$/.test(token.normal);
}

export function isPastForm(token: Token): boolean {
  if (!isVerb(token)) return false;
  return (token.normal !== token.lemma && /ed$/.test(token.normal)) || IRREGULAR_PAST.has(token.normal);
}

/** Where a noun phrase may end: before a participle that describes it, or a relative clause on it. */
export const NOUN_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);
