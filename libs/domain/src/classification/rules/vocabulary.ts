import { MEETING_WORDS } from '../nlp/words';

/** Words for a meeting of the negotiation, shared by the rules on talks planned, held and cancelled. */
export const MEETING = MEETING_WORDS.join('|');

/** Words for what the two sides agree on, shared by the rules on deals reached and deals not reached. */
export const DEAL = 'deal|agreement|pact|accord|framework|package|arrangement|understanding|mou';
