import { HOME_MEETING_WORDS, MET_AS_SATISFIED, MET_WITH_REACTION, REMOTE_MEETING_WORDS } from './vocabulary';

/** Meetings of one side's own people, calls, and months of talks told as background are not a round of talks. */
export const MET_UNLESS: string[] = [
  ...HOME_MEETING_WORDS,
  // One's own council; not among the words for talks scheduled, where a US "National Energy Council" chair
  // is the other side.
  'council',
  // "emergency talks with Washington" may be set; an emergency meeting held is one's own.
  'emergency',
  // Meeting to coordinate one's own strategy before the talks.
  'coordinate',
  'chair/VERB',
  'colleague',
  'chairman',
  'shareholder',
  'phone',
  'call/NOUN',
  // A video or online meeting is a call by other means (the labels leave both out of talks held).
  ...REMOTE_MEETING_WORDS,
  // Talks broken off are cancelled, not held ("abruptly ending trade talks", "terminating all discussions").
  'terminate',
  'breakdown',
  'abruptly',
  'month',
  'year',
  'business/NOUN',
  // A meeting still to be set is not one held ("asked to hold the next meeting within the week").
  'next',
  'upcoming',
  'reschedule',
  // Earlier rounds told as background ("the previous round took place in Washington").
  'previous',
  'prior',
  ...MET_WITH_REACTION,
  // A tally of rounds to date ("have held two rounds so far", "a number of meetings"): the negotiation at large.
  'far',
  'number/NOUN',
];

/** Firms and exporters: met by their own government, or meeting it, they are one side's business, not a round. */
const OWN_SIDE_BUSINESS = ['company', 'firm', 'exporter', 'automaker', 'carmaker'];

/** "Korean exporters met the trade minister": a side's firms as the subject of the meeting (not "Industry Minister"). */
export const MET_UNLESS_SUBJECT: string[] = OWN_SIDE_BUSINESS;

/**
 * "negotiated a reduction of its rate": the outcome won, told with no round of its own. Met or held talks with
 * companies, exporters or an industry at home: its own side, not the other one.
 */
export const MET_UNLESS_OBJECT: string[] = [
  ...MET_AS_SATISFIED,
  'reduction',
  'cut/NOUN',
  'exemption',
  ...OWN_SIDE_BUSINESS,
  'industry',
  // Meeting the press is no round with the other side: "met with reporters at the air base".
  'reporter',
  'journalist',
  // "opened the door to talks", "opened a path to negotiations", "the way for": talks made possible, not held.
  'door',
  'path',
  'way',
  'avenue',
];
