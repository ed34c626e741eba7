import type { BehaviourCase } from '../harness';
import { SENTENCES_THREATS_CUTS_AND_TALKS } from './sentences-threats-cuts-and-talks';
import { SENTENCES_OFFERS_DEALS_AND_DEADLINES } from './sentences-offers-deals-and-deadlines';
import { SENTENCES_RECAPS_AND_OTHER_AGENDAS } from './sentences-recaps-and-other-agendas';
import { SENTENCES_COMMON_PHRASINGS } from './sentences-common-phrasings';
import { SENTENCES_OTHER_PARTNERS } from './sentences-other-partners';
import { SENTENCES_PLACED_IN_STORIES } from './sentences-placed-in-stories';
import { SENTENCES_WHOSE_TARIFF_AND_CLAUSE_SCOPE } from './sentences-whose-tariff-and-clause-scope';
import { SENTENCES_OTHER_SIDES_AND_NAMES } from './sentences-other-sides-and-names';
import { SENTENCES_PROMISES_NEGATIONS_AND_DATES } from './sentences-promises-negations-and-dates';
import { SENTENCES_TRIPS_MEETINGS_AND_FIRMS } from './sentences-trips-meetings-and-firms';
import { SENTENCES_PROBES } from './sentences-probes';
import { SENTENCES_WORD_FORMS } from './sentences-word-forms';
import { STORIES_WORDS_FOR_TALKS_AND_TARIFFS } from './stories-words-for-talks-and-tariffs';
import { STORIES_TARIFF_THREATS } from './stories-tariff-threats';
import { STORIES_PLANS_MADE_AND_UNDONE } from './stories-plans-made-and-undone';
import { STORIES_ENDED_TALKS_AND_LOOK_ALIKES } from './stories-ended-talks-and-look-alikes';
import { STORIES_CROSS_SENTENCE_READING } from './stories-cross-sentence-reading';
import { STORIES_PLEDGES } from './stories-pledges';
import { STORIES_PROBES_TALKS_DEALS_AND_OTHER_PARTNERS } from './stories-probes-talks-deals-and-other-partners';
import { STORIES_PROBES_INVESTMENT_AND_TARIFF_LETTERS } from './stories-probes-investment-and-tariff-letters';
import { STORIES_KOREA_US_EXACT_LABELS } from './stories-korea-us-exact-labels';
import { STORIES_PHONE_CALLS_AND_ROUNDS_HELD } from './stories-phone-calls-and-rounds-held';
import { STORIES_NEWS_OR_BACKGROUND_BY_AGE } from './stories-news-or-background-by-age';
import { STORIES_HEADLINE_GRAMMAR } from './stories-headline-grammar';

/** Single sentences we wrote in wire-copy style, each in a minimal Korea–US article (title, publication day). */
export const SENTENCE_CASES: BehaviourCase[] = [
  ...SENTENCES_THREATS_CUTS_AND_TALKS,
  ...SENTENCES_OFFERS_DEALS_AND_DEADLINES,
  ...SENTENCES_RECAPS_AND_OTHER_AGENDAS,
  ...SENTENCES_COMMON_PHRASINGS,
  ...SENTENCES_OTHER_PARTNERS,
  ...SENTENCES_PLACED_IN_STORIES,
  ...SENTENCES_WHOSE_TARIFF_AND_CLAUSE_SCOPE,
  ...SENTENCES_OTHER_SIDES_AND_NAMES,
  ...SENTENCES_PROMISES_NEGATIONS_AND_DATES,
  ...SENTENCES_TRIPS_MEETINGS_AND_FIRMS,
  ...SENTENCES_PROBES,
  ...SENTENCES_WORD_FORMS,
];

/** Short whole stories we wrote, with the labels the spec's conventions give them. */
export const STORY_CASES: BehaviourCase[] = [
  ...STORIES_WORDS_FOR_TALKS_AND_TARIFFS,
  ...STORIES_TARIFF_THREATS,
  ...STORIES_PLANS_MADE_AND_UNDONE,
  ...STORIES_ENDED_TALKS_AND_LOOK_ALIKES,
  ...STORIES_CROSS_SENTENCE_READING,
  ...STORIES_PLEDGES,
  ...STORIES_PROBES_TALKS_DEALS_AND_OTHER_PARTNERS,
  ...STORIES_PROBES_INVESTMENT_AND_TARIFF_LETTERS,
  ...STORIES_KOREA_US_EXACT_LABELS,
  ...STORIES_PHONE_CALLS_AND_ROUNDS_HELD,
  ...STORIES_NEWS_OR_BACKGROUND_BY_AGE,
  ...STORIES_HEADLINE_GRAMMAR,
];
