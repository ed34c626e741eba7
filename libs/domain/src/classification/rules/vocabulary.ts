import { MEETING_WORDS } from '../nlp/words';

/** Words for a meeting of the negotiation, shared by the rules on talks planned, held and cancelled. */
export const MEETING = MEETING_WORDS.join('|');
