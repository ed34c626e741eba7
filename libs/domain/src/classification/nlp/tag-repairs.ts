import type { Token } from './annotate';
import { isVerb } from './words';

const DETERMINER_LIKE = new Set(['DET', 'NUM', 'PROPN', 'PRON']);
const NOUN_PHRASE_START = new Set(['NOUN', 'ADJ', 'SYM']);
/** Verbs of trade news that the tagger reads as plural nouns before a bare noun phrase. */
const HEADLINE_VERBS = new Set([
  'delay',
  'plan',
  'cut',
  'hike',
  'eye',
  'lift',
  'ease',
  'slash',
  'scrap',
  'halt',
  'weigh',
  'mull',
  'seek',
  'vow',
  'pledge',
  'demand',
  'raise',
  'lower',
  'extend',
  'impose',
  'slap',
  'levy',
  'threaten',
  'warn',
  'urge',
  'reject',
  'postpone',
  'cancel',
  'resume',
  'offer',
  'propose',
  'request',
  'set',
  'seal',
  'strike',
  'reach',
  'clinch',
  'sign',
  'hold',
  'end',
  'wrap',
]);
/** The particle a headline verb in the base form may take: "wrap up". */
const AFTER_BASE_VERB = new Set(['up']);
const RELATIVE_PRONOUNS = new Set(['which', 'that']);

/** Mends the tagger's parts of speech where trade headlines and phrases trip it, in place. */
export function repairPartsOfSpeech(out: Token[]): void {
  // Headline verbs the tagger reads as plural nouns: "Trump delays 50% tariffs", "Seoul offers the US ...".
  out.forEach((token, i) => {
    // In a title-cased headline the tagger reads every capitalised word as a name: "Seoul Requests Waiver".
    const titleCasedVerb = token.pos === 'PROPN' && HEADLINE_VERBS.has(token.lemma);
    if (
      (token.pos === 'NOUN' || titleCasedVerb) &&
      token.normal.endsWith('s') &&
      token.lemma !== token.normal &&
      out[i - 1]?.pos === 'PROPN' &&
      (DETERMINER_LIKE.has(out[i + 1]?.pos ?? '') ||
        // "US delays tariff hike", "Seoul plans new offer": a verb of the news before a bare noun phrase.
        (HEADLINE_VERBS.has(token.lemma) && NOUN_PHRASE_START.has(out[i + 1]?.pos ?? '')))
    )
      token.pos = 'VERB';
    // "Korea, US wrap up talks", "Seoul, Washington end two-day talks": two names, then a headline verb in the base
    // form, read as a noun.
    else if (
      token.pos === 'NOUN' &&
      token.lemma === token.normal &&
      HEADLINE_VERBS.has(token.lemma) &&
      out[i - 1]?.pos === 'PROPN' &&
      [',', 'and'].includes(out[i - 2]?.normal ?? '') &&
      out[i - 3]?.pos === 'PROPN' &&
      (AFTER_BASE_VERB.has(out[i + 1]?.normal ?? '') || DETERMINER_LIKE.has(out[i + 1]?.pos ?? ''))
    )
      token.pos = 'VERB';
    // "a levy which kicks in next week": after a noun, the relative clause's verb read as a plural noun.
    else if (
      token.pos === 'NOUN' &&
      token.normal.endsWith('s') &&
      token.lemma !== token.normal &&
      RELATIVE_PRONOUNS.has(out[i - 1]?.normal ?? '') &&
      ((out[i - 2]?.pos === 'NOUN' && !(out[i + 1] && isVerb(out[i + 1]))) ||
        // "signed an order on Monday that delays the levy": after a day, only with its object's determiner next.
        (out[i - 2]?.pos === 'PROPN' && out[i + 1]?.pos === 'DET'))
    ) {
      token.pos = 'VERB';
      out[i - 1].pos = 'PRON';
    }
  });
  // A plural-looking word the tagger reads as a verb is the plural noun right after a verb (modifiers between):
  // English chains no two finite verbs ("Seoul vows closer talks with US", "Trump says talks went well"). So it is
  // after "to", as an infinitive never takes the -s form ("due to delays in the fund"); "to" is then the preposition.
  out.forEach((token, i) => {
    if (token.pos !== 'VERB' || !token.normal.endsWith('s') || token.lemma === token.normal) return;
    if (out[i - 1]?.normal === 'to') {
      token.pos = 'NOUN';
      out[i - 1].pos = 'ADP';
      return;
    }
    let before = i - 1;
    while (out[before]?.pos === 'ADV' || out[before]?.pos === 'ADJ') before -= 1;
    if (out[before]?.pos === 'VERB') token.pos = 'NOUN';
  });
  // "according to traders": a preposition that reports, not the noun "accord" (a deal) nor a verb of the clause.
  out.forEach((token, i) => {
    if (token.normal === 'according' && out[i + 1]?.normal === 'to') {
      token.lemma = 'according';
      token.pos = 'ADP';
    }
  });
  // "will lower its tariff", "to lower the levy": the tagger reads the verb as the comparative "low".
  out.forEach((token, i) => {
    const before = out[i - 1];
    if (
      token.normal === 'lower' &&
      token.pos === 'ADJ' &&
      (before?.pos === 'AUX' || before?.normal === 'to')
    ) {
      token.pos = 'VERB';
      token.lemma = 'lower';
    }
  });
}
