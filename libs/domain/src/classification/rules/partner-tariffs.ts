import type { SignalType } from '../../model/signals';
import type { EntityClass, Token } from '../nlp/annotate';
import type { Clause } from '../nlp/clauses';
import { gluedHyphen } from '../nlp/verb-forms';
import { risesInstead } from './cut-guards';
import { GENERIC_PARTNER, POSSESSIVES } from '../nlp/words';
import { isCounterpart } from './subject';
import { EVERY_COUNTRY_WORDS, TARIFF_LEMMAS } from './tariff-words';

// Whose tariffs a matched clause speaks of: the partner's own, another market's or the whole world's are not the US
// tariff on the partner that the track is about.

/** The tariff itself, not its rate: "a global 15% levy", "its own duties". */
const TARIFF_ITSELF = ['tariff', 'levy', 'duty'];
const US_WORDS = new Set(['us', 'u.s.', 'u.s', 'america', 'american', 'america’s', "america's"]);
const BEFORE_TARGET = new Set([
  'of',
  '%',
  'percent',
  'all',
  'most',
  'some',
  'certain',
  // Quantities told roughly: "on over 90% of", "on more than 8,000", "on nearly all".
  'over',
  'more',
  'than',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
]);

/**
 * "slapped 25% duties on Indian goods" in a Korea story: tariffs on another partner's goods, with no goods of
 * the track's partner beside them.
 */
function onOtherPartnersGoods(tokens: Token[], clause: Clause): boolean {
  const words = tokens.slice(clause.from, clause.to);
  if (words.some((token) => token.classes.includes('PARTY') && !isCounterpart(token))) return false;
  return words.some(
    (token, i) =>
      token.normal === 'on' &&
      words[i + 1]?.classes.includes('OTHER_PARTY') &&
      ['NOUN', 'PROPN'].includes(words[i + 2]?.pos ?? '') &&
      !words[i + 2].classes.includes('OTHER_PARTY'),
  );
}

/** "all countries", "every nation", "all US trading partners": the whole world as the tariff's target. */
const EVERY = new Set(['all', 'every']);
/** The tariff's target follows: "on imports from all countries", "against nearly every nation" (not "all countries will"). */
const TARGETED = new Set(['on', 'from', 'against', 'covering']);
const NEARLY = new Set(['nearly', 'almost', 'virtually', 'practically']);
/** "on all imported cars", "on all foreign films", "on all imports": whatever comes in, from wherever. */
const FROM_ANYWHERE = new Set(['imported', 'foreign', 'import', 'imports']);
/** "a global tariff", "the across-the-board levy" (the tagger splits it; "board" ends it): one rate for every partner. */
const WORLDWIDE = new Set([...EVERY_COUNTRY_WORDS, 'board']);
/** The tariff itself within a few words ("a global 15% levy"); "global trade" names no tariff. */
const WORLDWIDE_TARIFF = new Set(TARIFF_ITSELF);
/** "..., including India": a partner named as one of all, not singled out. */
const ONE_OF_ALL = new Set(['including', 'like']);
/** "..., Korea included", "Korea among them". */
const ONE_OF_ALL_AFTER = new Set(['included', 'among']);

/**
 * "a 10% levy on goods from all nations, Korea among them", "a global 15% levy": one tariff for the whole world,
 * not a tariff on the track's partner, which a clause naming the partner apart ("and 25% on Korea") still reports.
 */
function onEveryPartnersGoods(tokens: Token[], clause: Clause): boolean {
  const words = tokens.slice(clause.from, clause.to);
  const world = words.some(
    (token, i) =>
      (EVERY.has(token.normal) &&
        TARGETED.has(words[NEARLY.has(words[i - 1]?.normal ?? '') ? i - 2 : i - 1]?.normal ?? '') &&
        words
          .slice(i + 1, i + 4)
          .some((next) => GENERIC_PARTNER.has(next.lemma) || FROM_ANYWHERE.has(next.normal))) ||
      (WORLDWIDE.has(token.normal) &&
        words.slice(i + 1, i + 4).some((next) => WORLDWIDE_TARIFF.has(next.lemma))),
  );
  if (!world) return false;
  return !words.some(
    (token, i) =>
      token.classes.includes('PARTY') &&
      !isCounterpart(token) &&
      !words.slice(Math.max(0, i - 3), i).some((before) => ONE_OF_ALL.has(before.normal)) &&
      !ONE_OF_ALL_AFTER.has(words[i + 1]?.normal ?? ''),
  );
}

/** The word in the clause with a name of the class among the `span` tokens after it: "into India". */
function wordBeforeClass(
  tokens: Token[],
  clause: Clause,
  word: string,
  span: number,
  entity: EntityClass,
): boolean {
  for (let i = clause.from; i < clause.to; i += 1)
    if (
      tokens[i].normal === word &&
      tokens.slice(i + 1, Math.min(clause.to, i + 1 + span)).some((token) => token.classes.includes(entity))
    )
      return true;
  return false;
}

/** "tariffs on imports of British goods into India": another partner's tariffs, not the US tariff the track is about. */
function intoAnotherMarket(tokens: Token[], clause: Clause): boolean {
  return wordBeforeClass(tokens, clause, 'into', 2, 'OTHER_PARTY');
}

/**
 * "Thailand will remove tariffs on 98% of US goods", "duties on most tariff lines for US imports": the partner's own
 * tariffs, not the US tariff the track is about.
 */
function onUsGoods(tokens: Token[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i += 1) {
    // "for" only right after the tariffs it is about: "market access for US goods" names no tariff.
    const forTariffs = tokens[i].normal === 'for' && TARIFF_LINES.has(tokens[i - 1]?.lemma ?? '');
    if (tokens[i].normal !== 'on' && !forTariffs) continue;
    for (let j = i + 1; j < Math.min(clause.to, i + 8); j += 1) {
      const token = tokens[j];
      if (US_WORDS.has(token.normal)) {
        // "US-origin products", "U.S.-made goods": the compound still names American goods; so do "U.S.
        // industrial goods", with adjectives between.
        const glued = gluedHyphen(tokens, j + 1);
        // "America-bound cars", "US-bound shipments": goods on their way to the US, the partner's exports.
        if (glued && tokens[j + 2]?.normal === 'bound') break;
        let at = glued ? j + 3 : j + 1;
        while (tokens[at]?.pos === 'ADJ' && at < clause.to - 1) at += 1;
        // "a delay on US tariff hikes": the US's own tariff, not American goods.
        if (US_OWN_TARIFF.has(tokens[at]?.lemma ?? '')) return false;
        return tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN';
      }
      // "on a bunch of US goods", "on a range of American products": a quantity's noun before its "of".
      if (token.pos === 'NOUN' && tokens[j + 1]?.normal === 'of') continue;
      if (!BEFORE_TARGET.has(token.normal) && !['NUM', 'DET', 'ADJ', 'ADV'].includes(token.pos)) break;
    }
  }
  return false;
}

/**
 * "on imports from America", "a tariff on cars imported from the United States": goods that come from the US. A
 * clause that also names the partner's goods as a target ("cut tariffs on Indonesian goods after a pledge to drop
 * duties on imports from the US") still tells the US tariff.
 */
function fromUs(tokens: Token[], clause: Clause): boolean {
  if (wordBeforeClass(tokens, clause, 'on', 3, 'PARTY')) return false;
  for (let i = clause.from; i < clause.to - 1; i += 1) {
    if (tokens[i].lemma !== 'import' || tokens[i + 1].normal !== 'from') continue;
    for (let j = i + 2; j < Math.min(clause.to, i + 5); j += 1) {
      if (
        US_WORDS.has(tokens[j].normal) ||
        (tokens[j].normal === 'united' && tokens[j + 1]?.normal === 'states')
      )
        return true;
      if (tokens[j].pos !== 'DET') break;
    }
  }
  return false;
}

const OWN_TARIFF_WORDS = new Set([...TARIFF_ITSELF, 'barrier']);
const TARIFF_LINES = new Set([...OWN_TARIFF_WORDS, 'line']);
const US_OWN_TARIFF = new Set([...TARIFF_LEMMAS, 'hike']);

/**
 * A party that can be what "its" points back to: not one after a verb or preposition ("granted Korea a cut of its
 * tariff", "in talks with Korea"), unless a verb of its own follows ("with Taiwan agreeing to remove its ...") or it
 * owns what follows.
 */
function mayBeAntecedent(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || !['VERB', 'ADP'].includes(before.pos)) return true;
  // "welcomed Washington's decision to cut its tariff": the owner of the decision.
  return tokens[at + 1]?.pos === 'VERB' || POSSESSIVES.has(tokens[at + 1]?.normal ?? '');
}

/**
 * "with Taiwan agreeing to remove most of its tariff barriers": "its" or "their" before the tariffs points back to
 * the partner, the nearest party that may be its antecedent, not to the US side (its counterpart).
 */
function partnersOwnTariffs(tokens: Token[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i += 1) {
    if (!['its', 'their'].includes(tokens[i].normal)) continue;
    const named = tokens
      .slice(i + 1, Math.min(clause.to, i + 4))
      .some((token) => OWN_TARIFF_WORDS.has(token.lemma));
    if (!named) continue;
    for (let k = i - 1; k >= clause.from; k -= 1)
      if (tokens[k].classes.includes('PARTY') && mayBeAntecedent(tokens, k)) {
        if (!tokens[k].classes.includes('COUNTERPART')) return true;
        break;
      }
  }
  return false;
}

const IMPOSING = new Set(['impose', 'levy', 'slap', 'introduce']);
const PASSIVE_AUXILIARIES = new Set(['be', 'get']);

/**
 * "Korea imposed a 30% duty on car imports": the partner as the one imposing is its own tariff on what it buys,
 * not the US tariff on its goods ("Korea was slapped with a 25% tariff" has the partner as the target).
 */
function partnerImposes(tokens: Token[], clause: Clause, head: number): boolean {
  if (!IMPOSING.has(tokens[head].lemma) || PASSIVE_AUXILIARIES.has(tokens[head - 1]?.lemma ?? ''))
    return false;
  const subject = tokens.slice(clause.from, head);
  return (
    subject.some((token) => token.classes.includes('PARTY') && !isCounterpart(token)) &&
    !subject.some((token) => isCounterpart(token) || US_WORDS.has(token.normal))
  );
}

/**
 * What a clause about the partner's own tariffs on US goods (or another partner's on its goods) cannot report:
 * those are a concession or another market, not the US tariff the track is about, nor by themselves the deal.
 */
const NOT_FROM_PARTNER_TARIFFS = new Set<SignalType>([
  'tariff_threatened',
  'tariff_imposed',
  'tariff_reduced',
  'deal_reached',
  'deadline_extended',
  'deadline_set',
]);

/**
 * What a tariff for the whole world cannot report for one partner: a threat or a tariff in force of its own, or the
 * day it starts as the partner's deadline. A deadline for all partners, called one, is the partner's too.
 */
const ON_EVERY_PARTNER = new Set<SignalType>(['tariff_threatened', 'tariff_imposed', 'deadline_set']);
const namesDeadline = (signal: SignalType, tokens: Token[], clause: Clause) =>
  signal === 'deadline_set' &&
  tokens.slice(clause.from, clause.to).some((token) => token.lemma === 'deadline');

/**
 * Whether the clause speaks of the partner's own tariffs (or another partner's market, or one tariff for the whole
 * world), which a signal of the US tariff on the partner cannot come from, or of a rise told against the lower rate it
 * replaces (risesInstead), which no cut can come from. The partner cutting its own tariffs in a deal's clause leaves
 * the deal a deal.
 */
export function aboutPartnersTariffs(
  signal: SignalType,
  tokens: Token[],
  clause: Clause,
  head: number,
): boolean {
  if (risesInstead(signal, tokens, clause)) return true;
  if (ON_EVERY_PARTNER.has(signal) && onEveryPartnersGoods(tokens, clause))
    return !namesDeadline(signal, tokens, clause);
  if (!NOT_FROM_PARTNER_TARIFFS.has(signal)) return false;
  if (
    onUsGoods(tokens, clause) ||
    fromUs(tokens, clause) ||
    intoAnotherMarket(tokens, clause) ||
    onOtherPartnersGoods(tokens, clause) ||
    partnerImposes(tokens, clause, head)
  )
    return true;
  return signal !== 'deal_reached' && partnersOwnTariffs(tokens, clause);
}
