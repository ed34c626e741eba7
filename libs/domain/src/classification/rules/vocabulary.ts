import { AGREEMENT_WORDS, MEETING_WORDS } from '../nlp/words';

/** Words for a meeting of the negotiation, shared by the rules on talks planned, held and cancelled. */
export const MEETING = MEETING_WORDS.join('|');

/** Words for what the two sides agree on, shared by the rules on deals reached and deals not reached. */
export const DEAL = AGREEMENT_WORDS.join('|');

/** Verbs of calling a meeting off or putting it off, shared by the rules on talks cancelled and the word guards. */
export const PUT_OFF_VERBS = [
  'cancel',
  'postpone',
  'scrap',
  'delay',
  'suspend',
  'shelve',
  'halt',
  'defer',
  'reschedule',
];

/**
 * What a deadline can be for besides a tariff: a firm's sale, a ban, a budget. The deadline rules and the deadline
 * reader leave such a deadline out.
 */
export const OTHER_DEADLINE_PURPOSES = [
  'divest',
  'divestiture',
  'divestment',
  'buyer',
  'sale',
  'ban',
  'shutdown',
  'budget',
];

/**
 * Differences or issues resolved, settled, ironed out or overcome are the opposite of no breakthrough. The
 * tagger reads "ironed" (out) as an adjective that is its own lemma.
 */
export const SETTLED = ['resolve', 'settle', 'ironed', 'overcome', 'breakthrough'];

/** Where stuck talks end up: what talks on a deal "reached" when they reached none, or came out of ("after a stalemate"). */
export const STANDSTILL_WORDS = ['impasse', 'deadlock', 'stalemate', 'standstill', 'gridlock'];

/** Troops and defence costs are the security talks', not the tariff negotiation's (deal.reach leaves them out too). */
export const SECURITY_TALKS = ['troop', 'military', 'defense', 'defence'];

/** Business leaders: meeting a president or flying to Washington, they lobby; they do not negotiate. */
export const BUSINESS_HEADS = ['ceo', 'businessman', 'businessmen', 'billionaire', 'tycoon'];

/** A legislature holding a deal's law back ("an impasse in parliament", "lawmakers deadlocked"): no stall of the talks. */
export const LEGISLATURE_HOLDS = ['parliament', 'lawmaker', 'assembly'];

/** One side's own legislators and their houses. */
export const LEGISLATURE_WORDS = [
  ...LEGISLATURE_HOLDS,
  'legislator',
  'legislature',
  'congress',
  'senate',
  'senator',
];

/**
 * Meetings one side holds at home: with its cabinet, parliament, lawmakers or chief executives, a press
 * briefing, or a session on its response ("a countermeasure meeting", "an extraordinary meeting").
 */
export const HOME_MEETING_WORDS = [
  'countermeasure',
  // The press as a noun (a press conference), not pressing for something at the meeting.
  'press/NOUN',
  'briefing',
  'cabinet',
  ...LEGISLATURE_WORDS,
  ...BUSINESS_HEADS,
  'executive/NOUN',
  'contingency',
  'extraordinary',
  // A meeting of the partner's own ministries or agencies is its government conferring, not a round with the other side.
  'inter-ministerial',
  'interministerial',
  'interagency',
  'inter-agency',
];

/** A meeting named for an emergency or a crisis is the home side's own unless the other side takes part (oneSidedMeeting). */
export const ONE_SIDED_MEETING = ['emergency', 'crisis'];

/**
 * Home-meeting words that, after the word given, name a forum abroad: the UN's "General Assembly" is where the two
 * sides' ministers meet, not the partner's own legislature ("the National Assembly").
 */
export const FORUM_ABROAD: ReadonlyMap<string, string> = new Map([['assembly', 'general']]);

/** What one "meets" by satisfying it, not by sitting down with it: "meet the partner's requirements", "meet the demands". */
export const MET_AS_SATISFIED = [
  'requirement',
  'demand/NOUN',
  'standard/NOUN',
  'criterion',
  'criteria',
  'obligation',
  'expectation',
  'threshold',
  'quota',
  'target/NOUN',
  'need/NOUN',
];

/**
 * Words that, anywhere in the clause, make a deal another one: an agreement to pursue or to postpone is a step of
 * the talks; a minerals or defence accord, a company's or an industry's purchase deal and a currency accord are
 * other subjects.
 */
export const NOT_THE_TRACKS_DEAL = [
  'pursue',
  'seek',
  'aim',
  'postpone',
  'delay',
  'mineral',
  'submarine',
  'nuclear',
  'defense',
  'defence',
  // A company's purchase deal or memorandum is business news, not the negotiation's deal.
  'company',
  'firm',
  'corporation',
  'ceo',
  // ... and so is a purchase deal of an industry's buyers: "the flour mills association signed an agreement".
  'association',
  'importer',
  'consortium',
  // A non-disclosure agreement binds the negotiators to secrecy: a step of the talks, not their outcome.
  'non-disclosure',
  'confidentiality',
  // Moving closer to an agreement is progress, not the agreement.
  'closer',
  // A currency accord runs beside the trade talks: it sets no tariff and ends no negotiation.
  'currency',
  'swap',
];

/** A meeting still to come, or called off: not one held. */
export const STILL_TO_COME = ['next', 'upcoming', 'plan', 'schedule', 'reschedule', 'cancel', 'postpone'];

/** A meeting held by video or online: the labels count it with phone calls, not as a round held. */
export const REMOTE_MEETING_WORDS = [
  'virtual',
  'virtually',
  'online',
  'video',
  'videoconference',
  'teleconference',
];

/** A move "met with" a reaction: "a plan met with strong objections from Seoul", "has been met with relief". */
export const MET_WITH_REACTION = [
  'objection',
  'criticism',
  'opposition',
  'resistance',
  'backlash',
  'skepticism',
  'scepticism',
  'relief',
  'dismay',
  'alarm',
  'anger',
  'celebration',
];

/** Words of plan, travel, waiting or breakdown in the clause: the meeting is not one held or under way (the noun carries no tense). */
export const NOT_A_ROUND_NOW = [
  ...STILL_TO_COME,
  'phone',
  // A call is a phone call; "called for tariff cuts" is a demand made at the talks.
  'call/NOUN',
  ...REMOTE_MEETING_WORDS,
  'press/NOUN',
  'will',
  'to',
  'set',
  'expect',
  'head',
  'travel',
  'fly',
  'visit',
  'await',
  'ahead',
  'arrive',
  'leave',
  'depart',
  'terminate',
  'breakdown',
  'abruptly',
  // Talks halted or suspended are not a round held ("Washington halts its talks with Ottawa").
  'halt',
  'suspend',
  // A planned meeting someone pulled out of or skipped.
  'planned',
  'skip',
  'snub',
  'pull',
];

/** A meeting called off, postponed or scrapped is no meeting to come, whatever schedule the sentence names. */
export const CALLED_OFF = ['cancel', 'postpone', 'delay', 'call/VERB', 'scrap'];
