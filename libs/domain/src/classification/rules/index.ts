import { DEADLINE_EXTENDED_RULES } from './deadlines-extended';
import { DEADLINE_SET_RULES } from './deadlines-set';
import { DEADLINE_TARIFF_START_RULES } from './deadlines-tariff-start';
import { DEAL_ANNOUNCED_RULES } from './deal-announced';
import { DEAL_PARTY_AGREED_RULES } from './deal-party-agreed';
import { DEAL_RATE_UNDER_NEW_RULES } from './deal-rate-under-new';
import { DEAL_STRUCK_RULES } from './deal-struck';
import { NO_BREAKTHROUGH_COULD_NOT_RULES } from './no-breakthrough-could-not';
import { NO_BREAKTHROUGH_DOUBT_RULES } from './no-breakthrough-deal-in-doubt';
import { NO_BREAKTHROUGH_FAILURE_RULES } from './no-breakthrough-failures';
import { NO_BREAKTHROUGH_GAP_RULES } from './no-breakthrough-gaps';
import { NO_BREAKTHROUGH_IMPASSE_RULES } from './no-breakthrough-impasse';
import { NO_BREAKTHROUGH_NOT_REACHED_RULES } from './no-breakthrough-not-reached';
import { NO_BREAKTHROUGH_STALL_RULES } from './no-breakthrough-stalls';
import { OPEN_ISSUES_RULES } from './open-issues';
import { PROPOSAL_DEMAND_AND_PLEDGE_RULES } from './proposals-demands-and-pledges';
import { PROPOSAL_OFFER_AND_CALL_RULES } from './proposals-offers-and-calls';
import { RATE_THREAT_RULES } from './rate-threats';
import { CANCELLED_RULES } from './talks-cancelled';
import { TALKS_HELD_AROUND_RULES } from './talks-held-around';
import { TALKS_HELD_ENGAGED_IN_RULES } from './talks-held-engaged-in';
import { TALKS_HELD_MEETING_WITH_RULES } from './talks-held-meeting-with';
import { TALKS_HELD_MET_RULES } from './talks-held-met';
import { TALKS_HELD_NEGOTIATED_RULES } from './talks-held-negotiated';
import { SCHEDULED_SET_FOR_RULES } from './talks-scheduled-set-for';
import { SCHEDULED_TAKE_PLACE_RULES } from './talks-scheduled-take-place';
import { SCHEDULED_TRIP_RULES } from './talks-scheduled-trips';
import { SCHEDULED_WILL_MEET_RULES } from './talks-scheduled-will-meet';
import { TALKS_UNDER_WAY_RULES } from './talks-under-way';
import { TARIFF_IMPOSED_RULES } from './tariffs-imposed';
import { TARIFF_IMPOSITION_RULES } from './tariffs-imposition';
import { TARIFF_IN_FORCE_RULES } from './tariffs-in-force';
import { TARIFF_REDUCED_RULES } from './tariffs-reduced';
import { TARIFF_REDUCED_TO_RATE_RULES } from './tariffs-reduced-to-rate';
import { TARIFF_THREAT_RATE_AND_DATE_RULES } from './tariffs-threat-rates-and-dates';
import { TARIFF_THREAT_VERB_RULES } from './tariffs-threat-verbs';
import { TARIFF_ZERO_GRANTED_RULES } from './tariffs-zero-granted';
import type { SignalRule } from './types';

/** Every signal rule, in one table: the classifier version hashes it. */
export const SIGNAL_RULES: SignalRule[] = [
  // Talks planned or announced for a day to come.
  ...SCHEDULED_WILL_MEET_RULES,
  ...SCHEDULED_TRIP_RULES,
  ...SCHEDULED_TAKE_PLACE_RULES,
  ...SCHEDULED_SET_FOR_RULES,
  // Talks held or under way, and talks called off.
  ...TALKS_HELD_ENGAGED_IN_RULES,
  ...TALKS_HELD_MET_RULES,
  ...TALKS_HELD_NEGOTIATED_RULES,
  ...TALKS_HELD_MEETING_WITH_RULES,
  ...TALKS_UNDER_WAY_RULES,
  ...TALKS_HELD_AROUND_RULES,
  ...CANCELLED_RULES,
  // A deal reached: struck, announced, its text released, or agreed by a party.
  ...DEAL_RATE_UNDER_NEW_RULES,
  ...DEAL_STRUCK_RULES,
  ...DEAL_ANNOUNCED_RULES,
  ...DEAL_PARTY_AGREED_RULES,
  // Talks that ended without a deal, stalled, or left gaps.
  ...NO_BREAKTHROUGH_FAILURE_RULES,
  ...NO_BREAKTHROUGH_NOT_REACHED_RULES,
  ...NO_BREAKTHROUGH_STALL_RULES,
  ...NO_BREAKTHROUGH_DOUBT_RULES,
  ...NO_BREAKTHROUGH_GAP_RULES,
  ...NO_BREAKTHROUGH_COULD_NOT_RULES,
  ...NO_BREAKTHROUGH_IMPASSE_RULES,
  ...OPEN_ISSUES_RULES,
  // Offers, proposals and demands put on the table.
  ...PROPOSAL_DEMAND_AND_PLEDGE_RULES,
  ...PROPOSAL_OFFER_AND_CALL_RULES,
  // Deadlines set or extended, and a tariff's start day named as one.
  ...DEADLINE_SET_RULES,
  ...DEADLINE_EXTENDED_RULES,
  ...DEADLINE_TARIFF_START_RULES,
  // Tariffs announced or threatened for later.
  ...RATE_THREAT_RULES,
  ...TARIFF_THREAT_VERB_RULES,
  ...TARIFF_THREAT_RATE_AND_DATE_RULES,
  // Tariffs put in force.
  ...TARIFF_IMPOSED_RULES,
  ...TARIFF_IMPOSITION_RULES,
  // Tariffs cut or waived, and a rate in force.
  ...TARIFF_ZERO_GRANTED_RULES,
  ...TARIFF_REDUCED_RULES,
  ...TARIFF_REDUCED_TO_RATE_RULES,
  ...TARIFF_IN_FORCE_RULES,
];

export type { SignalRule } from './types';
