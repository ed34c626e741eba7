import type { Token } from '../nlp/annotate';
import { type Clause, LEADING_SUBORDINATORS } from '../nlp/clauses';
import { AGREEMENT_NOUNS, GENERIC_PARTNER, isVerb, POSSESSIVES, RELATIVE_OPENERS, SAID } from '../nlp/words';
import { TARIFF_LEMMAS } from './tariff-words';
import type { SignalRule } from './types';

const DEFINITE = new Set(['the', 'this', 'that']);

/** Whom a matched clause is about: the main track's partner, another partner, or countries in general. */
const GENERIC_SUBJECT = new Set([
  'country',
  'nation',
  'partner',
  'economy',
  'other',
  'many',
  'several',
  'some',
]);

const PAIR_WORDS = new Set(['two', 'both']);
/** Words that count partners before naming them: "more than 12 nations", "at least a dozen countries". */
const QUANTITY_WORDS = new Set([
  'more',
  'than',
  'at',
  'least',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'a',
  'dozen',
  'dozens',
  'of',
  'several',
  'many',
  'other',
]);

const TARIFF_NOUNS = new Set(['tariff', 'levy', 'duty', 'trade', 'import', 'tax']);
export const isCounterpart = (token: Token) => token.classes.includes('COUNTERPART');
const isAnyParty = (token: Token) => token.classes.includes('PARTY') || token.classes.includes('OTHER_PARTY');
const isPossessive = (token: Token | undefined) => token?.normal === "'s" || token?.normal === '’s';

/** Where the mention whose first word is at `at` ends: "South Korea" ends a word on (its class sits on "South"). */
function mentionEnd(tokens: Token[], at: number): number {
  let end = at;
  while (end < at + 2 && /^[A-Z]/.test(tokens[end + 1]?.text ?? '') && !isAnyParty(tokens[end + 1])) end += 1;
  return end;
}
const possessiveAt = (tokens: Token[], at: number) => isPossessive(tokens[mentionEnd(tokens, at) + 1]);

/** Words that end a company's name: "Samsung Electronics", "Nippon Steel", "Hyundai Motor Group". */
const FIRM_NAME_ENDS = new Set([
  'industries',
  'electronics',
  'motor',
  'motors',
  'steel',
  'corp',
  'corporation',
  'inc',
  'ltd',
  'holdings',
  'group',
  'airlines',
  'chemical',
  'shipbuilding',
]);

/** "South Korea's Samsung Electronics": the partner named at `at` owns the company named after it. */
function ownsAFirm(tokens: Token[], at: number): boolean {
  if (!possessiveAt(tokens, at)) return false;
  const end = mentionEnd(tokens, at);
  for (let i = end + 2; i < Math.min(tokens.length, end + 7) && /^[A-Z]/.test(tokens[i].text); i += 1)
    if (FIRM_NAME_ENDS.has(tokens[i].normal)) return true;
  return false;
}

/**
 * "Korea, Japan seal a pact amid the US tariff push", "Korea and Japan hold talks on the tariffs": the track's
 * partner and another partner are the two sides, and the counterpart is none of them (not "with the US" after).
 */
export function partnersWithoutCounterpart(tokens: Token[], clause: Clause, head: number): boolean {
  const before = tokens.slice(clause.from, head);
  const partner = before.some((token) => token.classes.includes('PARTY') && !isCounterpart(token));
  const after = tokens.slice(head + 1, Math.min(clause.to, head + 8));
  // "London sealed a pact with Ottawa": the other side may follow as the one the deal is made with.
  const other =
    before.some((token) => token.classes.includes('OTHER_PARTY')) ||
    after.some((token, i) => token.classes.includes('OTHER_PARTY') && after[i - 1]?.normal === 'with');
  if (betweenPartnerAndOther(after)) return true;
  if (!partner || !other || before.some(isCounterpart)) return false;
  // "met US negotiators", "deals with the US" name the counterpart as a side; "amid US tariffs" does not.
  return !after.some((token, i) => isCounterpart(token) && !TARIFF_NOUNS.has(after[i + 1]?.lemma ?? ''));
}

/** "a deal signed on Friday between Seoul and Tokyo": the two sides named after "between", the counterpart not one. */
function betweenPartnerAndOther(after: Token[]): boolean {
  const at = after.findIndex((token) => token.normal === 'between');
  if (at < 0) return false;
  const sides = after.slice(at + 1, at + 6);
  return (
    sides.some((token) => token.classes.includes('PARTY') && !isCounterpart(token)) &&
    sides.some((token) => token.classes.includes('OTHER_PARTY')) &&
    !sides.some(isCounterpart)
  );
}

/** The clause's own subject is another partner, or countries in general ("Japan has struck a deal, while..."). */
export function aboutSomeoneElse(tokens: Token[], clauses: Clause[], clause: Clause, head: number): boolean {
  let before = tokens.slice(clause.from, head);
  // "Lutnick told CNBC that Japan had already signed its deal", "Leavitt said 15 countries have submitted
  // proposals": the reported clause has a subject of its own.
  // So has a clause opened by a conjunction with no comma before it: "pressure on Seoul since Japan clinched a deal"
  // ("has since signed" is the adverb; "as" is left out, for "as part of").
  const complement = before
    .map(
      (token, i) =>
        (token.normal === 'that' && token.pos === 'SCONJ') ||
        (token.pos === 'VERB' && SAID.has(token.normal)) ||
        (token.normal !== 'as' &&
          LEADING_SUBORDINATORS.has(token.normal) &&
          before[i + 1] !== undefined &&
          !isVerb(before[i + 1])),
    )
    .lastIndexOf(true);
  if (complement >= 0 && complement < before.length - 1) before = before.slice(complement + 1);
  // "Japan, which concluded a deal last week, ...": a relative clause speaks of the previous clause's last party.
  if (RELATIVE_OPENERS.has(tokens[clause.from]?.normal ?? '')) {
    const previous = clauses[clauses.indexOf(clause) - 1];
    const named = previous ? tokens.slice(previous.from, previous.to).filter(isAnyParty) : [];
    if (named.length > 0) before = [named[named.length - 1], ...before];
  }
  const other = before.some((token) => token.classes.includes('OTHER_PARTY'));
  const partyAt = before.flatMap((token, i) => (token.classes.includes('PARTY') ? [i] : []));
  const own = partyAt.some((i) => !ownsAFirm(before, i));
  if (other && !own) return true;
  // "Japan's Nippon Steel signed an agreement": the subject is a company.
  if (partyAt.length > 0 && !own) return true;
  // "Many other tariffs were lowered": tariffs on other partners, when the subject names none of the track's.
  if (
    !own &&
    before.some((token, i) => token.lemma === 'other' && TARIFF_LEMMAS.has(before[i + 1]?.lemma ?? ''))
  )
    return true;
  // "The two countries", "both nations": the pair the track is about, not partners in general.
  // "the country's trade minister", "the nation": one country already named, not countries in general.
  const oneNamedBefore = (i: number) =>
    POSSESSIVES.has(before[i + 1]?.normal ?? '') ||
    (before[i].normal === before[i].lemma && DEFINITE.has(before[i - 1]?.normal ?? ''));
  // "the two countries", "the two biggest economies": the pair, its adjectives between.
  const pairBefore = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
      if (PAIR_WORDS.has(before[k].normal)) return true;
      if (before[k].pos !== 'ADJ') return false;
    }
    return false;
  };
  const general = (i: number) => !pairBefore(i) && !oneNamedBefore(i);
  if (
    !own &&
    before.some(
      (token, i) => GENERIC_SUBJECT.has(token.lemma) && before[i + 1]?.lemma !== 'side' && general(i),
    )
  )
    return before.some(
      (token, i) =>
        (token.lemma === 'country' || token.lemma === 'nation' || token.lemma === 'economy') && general(i),
    );
  const after = tokens.slice(head + 1, Math.min(clause.to, head + 6));
  const link = after.findIndex((token) => ['with', 'between', 'for'].includes(token.normal));
  if (link >= 0) {
    // The words after the link, read from the sentence: "a framework for talks with China" reaches past `after`.
    const linkAt = head + 1 + link;
    const words = tokens.slice(linkAt + 1, Math.min(clause.to, linkAt + 11));
    const firstParty = words.slice(0, 3).find(isAnyParty);
    // "agreements with Peru, Chile and Korea": a list that names the partner includes it.
    const listEnd = words.findIndex(
      (token) => !isAnyParty(token) && token.pos !== 'PROPN' && ![',', 'and', 'the'].includes(token.normal),
    );
    // ("pacts with Japan and the EU, Seoul's rivals": the partner's possessive is no member of the list.)
    const inList = (listEnd < 0 ? words : words.slice(0, listEnd)).some(
      (token, i) => token.classes.includes('PARTY') && !isCounterpart(token) && !possessiveAt(words, i),
    );
    if (firstParty && firstParty.classes.includes('OTHER_PARTY') && !inList) return true;
    // "negotiations with countries seeking lower tariffs", "pacts with more than 12 nations": partners in general,
    // none of them named.
    const named = words.slice(0, 6);
    const counted = named.findIndex((token) => !QUANTITY_WORDS.has(token.normal) && token.pos !== 'NUM');
    if (
      !firstParty &&
      named.slice(0, Math.max(3, counted + 1)).some((token) => GENERIC_PARTNER.has(token.lemma)) &&
      !named.some((token) => token.classes.includes('PARTY'))
    )
      return true;
  }
  return false;
}

/** How far after the head a side named there is the one met: "will meet Lutnick", "hold talks with Greer". */
const PARTICIPANT_REACH = 3;

const isOtherSide = (token: Token | undefined) => token?.classes.includes('COUNTERPART') ?? false;

/** The side at `at` named after "with", a few words before it: "emergency talks with Greer", "agreed a levy with the US". */
const afterWith = (tokens: Token[], clause: Clause, at: number) =>
  tokens.slice(Math.max(clause.from, at - PARTICIPANT_REACH), at).some((token) => token.normal === 'with');

/**
 * "Seoul will hold an emergency meeting on the US tariffs": a meeting named by one of the rule's unlessOneSided
 * words is the home side's own unless the other side takes part in it: named before the head ("Korea and the US
 * will convene"), right after it ("will meet Lutnick"), or after "with" ("emergency talks with Greer"). The US
 * named as the tariffs' author ("the US tariffs") takes no part.
 */
function oneSidedMeeting(rule: SignalRule, tokens: Token[], clause: Clause, head: number): boolean {
  const words = rule.unlessOneSided;
  if (!words || !tokens.slice(clause.from, clause.to).some((token) => words.includes(token.lemma)))
    return false;
  for (let at = clause.from; at < clause.to; at += 1) {
    if (!isOtherSide(tokens[at])) continue;
    const before = at < head;
    const rightAfter = at > head && at <= head + PARTICIPANT_REACH;
    if (before || rightAfter || afterWith(tokens, clause, at)) return false;
  }
  return true;
}

/**
 * "India agreed to buy US goods", "Canada has agreed to secure its border": the partner named alone agreeing is its
 * undertaking. A deal names both: the other side or the pair before the verb ("Korea and the US agreed", "both sides
 * agreed"), the other side after "with" ("agreed a 15% levy with the US"), a deal named in the clause ("agreed to the
 * terms of the pact", "under the deal, Korea agreed to invest") or a rate agreed to.
 */
function agreedByPartnerAlone(tokens: Token[], clause: Clause, head: number): boolean {
  const before = tokens.slice(clause.from, head);
  if (!before.some((token) => token.classes.includes('PARTY') && !isCounterpart(token))) return false;
  if (before.some((token) => isCounterpart(token) || PAIR_WORDS.has(token.normal))) return false;
  // A rate agreed to is the other side's term accepted: "Korea agreed to a 15% tariff on its goods, Trump said".
  for (let at = clause.from; at < clause.to; at += 1)
    if (
      AGREEMENT_NOUNS.has(tokens[at].lemma) ||
      tokens[at].lemma === 'term' ||
      tokens[at].classes.includes('RATE')
    )
      return false;
  for (let at = head + 1; at < clause.to; at += 1)
    if (isOtherSide(tokens[at]) && afterWith(tokens, clause, at)) return false;
  return true;
}

/** A meeting or an agreement that only one side is told taking part in, where the rule asks for both. */
export function oneSided(rule: SignalRule, tokens: Token[], clause: Clause, head: number): boolean {
  return (
    oneSidedMeeting(rule, tokens, clause, head) ||
    (!!rule.unlessPartnerAlone && agreedByPartnerAlone(tokens, clause, head))
  );
}
