/** Words for a meeting of the negotiation, shared by the rules on talks planned, held and cancelled. */
export const MEETING = 'talk|negotiation|meeting|consultation|discussion|dialogue|summit|round|session';
