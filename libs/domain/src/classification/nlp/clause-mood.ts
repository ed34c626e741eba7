import type { Token } from './annotate';
import type { Clause, Polarity } from './clauses';
import { afterBareHelp, type ClauseFrame } from './clause-frame';
import { isCondition, questionAfterHead } from './clause-condition';
import { reportedWillOf } from './clause-reported';
import { someTimeOrOther } from './clause-time';
import {
  AIMS,
  CHANCE_ADJECTIVES,
  DONE_AUXILIARIES,
  EXPECTATIONS,
  FUTURE,
  GENERIC_PARTNER,
  HEDGES,
  isPastForm,
  NEGATORS,
  PLANNED,
  PURPOSES,
  REFUSALS,
  STRIVING,
  TOPIC_LINKS,
  VERB_NEGATORS,
} from './words';
import {
  gluedHyphen,
  askedFor,
  monthMay,
  participleAfterItsNoun,
  quotedName,
  readiesFor,
  deedPraised,
  agendaItem,
  wordBefore,
} from './verb-forms';

/** Prepositions after which an opening bare word is a noun ("Cut in tariffs expected"), not an order. */
const NOUN_AFTER = new Set(['in', 'of', 'to', 'for']);

/**
 * "Negotiate now, or pay a 30% levy", "Extend the deadline, Seoul urges": a bare verb opening
 * the sentence tells someone to do it; its clause is a condition of what follows, not a deed.
 */
function isImperative(tokens: Token[], clause: Clause): boolean {
  const first = tokens.findIndex((token) => token.pos !== 'PUNCT');
  if (first < clause.from || first >= clause.to) return false;
  const verb = tokens[first];
  // The lemmatiser keeps some participles whole ("Following a call with Trump, ..."): they open no order.
  if (verb.pos !== 'VERB' || verb.normal !== verb.lemma || /(?:ing|ed)$/.test(verb.normal)) return false;
  const next = tokens[first + 1];
  return !!next && next.pos !== 'VERB' && next.pos !== 'AUX' && !NOUN_AFTER.has(next.normal);
}

/** An aim noun, then within a few words "is to" or "was to": "the goal of the talks is to lower the tariff". */
function aimIsTo(before: Token[]): boolean {
  return before.some(
    (token, i) =>
      AIMS.has(token.lemma) &&
      token.pos === 'NOUN' &&
      before
        .slice(i + 1, i + 7)
        .some((other, k, span) => other.lemma === 'be' && span[k + 1]?.normal === 'to'),
  );
}

const GENERIC_CLASS = new Set([...GENERIC_PARTNER, 'those', 'anyone', 'any']);
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom']);

/**
 * "countries that strike a deal with Washington will pay 15%", "apart from partners with which the US reaches
 * an agreement": a class of partners described by what they would do, the head in the present, is a condition.
 */
function genericClass(before: Token[], headToken: Token): boolean {
  for (let k = before.length - 1; k >= 1; k -= 1) {
    if (!RELATIVE_WORDS.has(before[k].normal)) continue;
    const noun = before[before[k - 1]?.normal === 'with' ? k - 2 : k - 1];
    if (!noun || !isGenericClass(noun)) return false;
    // The relative clause's own verb tells a class by what it would do; in the past it reports who did it.
    const verb =
      before.slice(k + 1).find((token) => token.pos === 'VERB' || token.pos === 'AUX') ?? headToken;
    return !isPastForm(verb) && !DONE_AUXILIARIES.has(verb.normal);
  }
  return false;
}

/** A capitalised plural opening the sentence may keep its plural as its lemma ("Countries that ..."). */
function isGenericClass(noun: Token): boolean {
  const singular = noun.normal.replace(/ies$/, 'y').replace(/s$/, '');
  return GENERIC_CLASS.has(noun.lemma) || GENERIC_CLASS.has(singular);
}

/** Words that add, after a denial, something even less so: "not talking, let alone close to a deal". */
const EVEN_LESS = new Set(['still less', 'much less', 'even less', 'never mind']);

/** "let alone" anywhere before the head; the others only after a comma ("a much less ambitious deal" is no denial). */
function evenLessBefore(lead: Token[]): boolean {
  return lead.some((token, i) => {
    const pair = `${lead[i - 1]?.normal ?? ''} ${token.normal}`;
    return pair === 'let alone' || (EVEN_LESS.has(pair) && lead[i - 2]?.text === ',');
  });
}

const WARNINGS = new Set(['warn', 'warning', 'caution', 'advise']);

/**
 * "warned Washington against imposing new tariffs", "a warning to countries against striking deals with the US":
 * what a side is warned against is what the speaker wants not to happen.
 */
function warnedAgainst(frame: ClauseFrame): boolean {
  const { tokens, clause, head, lastMatched } = frame;
  const words = tokens.slice(Math.max(clause.from, head - 7), Math.min(clause.to, lastMatched + 1));
  const warned = words.findIndex((token) => WARNINGS.has(token.lemma));
  return (
    warned >= 0 &&
    words.some(
      (token, i) => i > warned && token.normal === 'against' && /ing$/.test(words[i + 1]?.normal ?? ''),
    )
  );
}

/**
 * "is aiming for the levy on its car shipments to be trimmed", "hopes for US duties to be lowered": an infinitive whose
 * subject "for" brings in after a verb of hoping or striving is wished for, however long that subject is.
 */
function wishedFor(frame: ClauseFrame): boolean {
  const { tokens, clause, head } = frame;
  let to = wordBefore(tokens, head);
  if (tokens[to]?.lemma === 'be') to = wordBefore(tokens, to);
  if (tokens[to]?.normal !== 'to') return false;
  for (let k = to - 1; k > Math.max(clause.from, to - 12); k -= 1) {
    if (tokens[k].pos === 'PUNCT') return false;
    if (tokens[k].normal !== 'for') continue;
    const verb = tokens[wordBefore(tokens, k)];
    return !!verb && (HEDGES.has(verb.lemma) || STRIVING.has(verb.lemma));
  }
  return false;
}

const OPEN_QUESTION_WORDS = new Set(['when', 'whether', 'how']);
const UNSETTLED = new Set(['unclear', 'uncertain']);
const SETTLED_IF_NOT_DENIED = new Set(['clear', 'known', 'certain', 'decided']);

/**
 * "it is unclear when the sides will meet again", "not yet known whether the talks go ahead": a question left open,
 * not a plan.
 */
function leftOpen(before: Token[]): boolean {
  return before.some((token, i) => {
    let next = i + 1;
    if (before[next]?.normal === 'yet') next += 1;
    if (!OPEN_QUESTION_WORDS.has(before[next]?.normal ?? '')) return false;
    if (UNSETTLED.has(token.normal)) return true;
    const denied = before.slice(Math.max(0, i - 3), i).some((word) => VERB_NEGATORS.has(word.normal));
    return SETTLED_IF_NOT_DENIED.has(token.normal) && denied;
  });
}

/** The words that may stand between "at" and its meeting: "at a meeting", "during their talks", "at the G7 summit". */
const BEFORE_MEETING_NOUN = new Set(['DET', 'PRON', 'ADJ', 'PROPN', 'NUM']);
const MET_AT = new Set(['at', 'during']);

/**
 * "won no concession at their meeting on Friday": the meeting a phrase with "at" or "during" names took
 * place, whatever the verb before it denies.
 */
function metAt(tokens: Token[], head: number): boolean {
  if (MET_AT.has(tokens[head].normal)) return true;
  if (tokens[head].pos !== 'NOUN') return false;
  for (let i = head - 1; i >= Math.max(0, head - 4); i -= 1) {
    if (MET_AT.has(tokens[i].normal)) return true;
    if (!BEFORE_MEETING_NOUN.has(tokens[i].pos)) return false;
  }
  return false;
}

/** How the clause holds its match: denied, hedged, on a condition, planned or still to come. */
export function addMood(frame: ClauseFrame, found: Set<Polarity>): void {
  const { tokens, clause, head, matched, headToken, before, lead, inside, trailing, window } = frame;
  const { infinitiveTo, nounDenied, after, ownPredicateFrom } = frame;
  // A negation of an earlier verb joined to the head's ("was not finalised and warned of tariffs") is not its own.
  const own = (token: Token) => ownPredicateFrom === clause.from || tokens.indexOf(token) > ownPredicateFrom;
  if (
    !metAt(tokens, head) &&
    ((headToken.negated &&
      ownPredicateFrom === clause.from &&
      ![...matched].some((i) => NEGATORS.has(tokens[i].normal) || REFUSALS.has(tokens[i].lemma))) ||
      window.some((token) => NEGATORS.has(token.normal) && own(token)) ||
      evenLessBefore(lead) ||
      warnedAgainst(frame) ||
      nounDenied ||
      before.some(
        (token, i) =>
          token.lemma === 'fail' ||
          // "was unsuccessful in sealing an accord": failed, told with an adjective.
          (token.normal === 'unsuccessful' && ['in', 'at'].includes(before[i + 1]?.normal ?? '')) ||
          // "declined to set a deadline" undoes the setting; "refused to accept the US demand" leaves the demand made:
          // the verb after the refusal's "to" must be the match itself.
          (REFUSALS.has(token.lemma) &&
            before[i + 1]?.normal === 'to' &&
            [head, ...matched].includes(tokens.indexOf(before[i + 1]) + 1)) ||
          (token.normal === 'yet' && before[i + 1]?.normal === 'to' && own(token)),
      ))
  )
    found.add('negated');
  const reportedWill = reportedWillOf(frame);
  if (window.some((token) => reportedWill(token))) found.add('future');
  if (
    window.some(
      (token) =>
        (HEDGES.has(token.lemma) || HEDGES.has(token.normal)) &&
        // "closed-door talks", "near-term relief": the first part of a compound describes a noun.
        !gluedHyphen(tokens, tokens.indexOf(token) + 1) &&
        !monthMay(tokens, tokens.indexOf(token)) &&
        !reportedWill(token) &&
        !quotedName(tokens, token) &&
        !readiesFor(tokens, token) &&
        !askedFor(tokens, token, head) &&
        !participleAfterItsNoun(tokens, tokens.indexOf(token), head),
    ) ||
    // "Korea expects the US will extend", "it is expected that the rate will be lower": an expectation governs
    // its whole clause, unlike the plan in "is expected to".
    before.some(
      (token, i) => EXPECTATIONS.has(token.lemma) && token.pos === 'VERB' && before[i + 1]?.normal !== 'to',
    ) ||
    // A noun phrase matched, then "is expected (to ...)": forecast, not done.
    trailing.some((token) => EXPECTATIONS.has(token.lemma) || CHANCE_ADJECTIVES.has(token.normal)) ||
    // "in an effort to lower", "a declaration of intent to reduce": a purpose, not a deed (unlike "an effort failed").
    lead.some((token, i) => PURPOSES.has(token.lemma) && lead[i + 1]?.normal === 'to') ||
    // "are negotiating to lower the tariff", "is working to cut the levy": striven for.
    (frame.infinitiveTo > 0 && STRIVING.has(tokens[wordBefore(tokens, frame.infinitiveTo)].lemma)) ||
    wishedFor(frame) ||
    // "the objective of the visit is to lower the levy": an aim named as the subject of "is to".
    aimIsTo(before) ||
    someTimeOrOther(frame) ||
    leftOpen(before) ||
    // "discussions on extending the truce", "talks about lowering tariffs", "will cover chips and extending the
    // truce": the topic of talks, not a deed; so is what such a gerund is to win ("talks to center on winning a
    // further cut in the levy").
    [head, frame.governingVerb].some(
      (at) =>
        at >= 0 &&
        /ing$/.test(tokens[at].normal) &&
        ((TOPIC_LINKS.has(tokens[wordBefore(tokens, at)]?.normal ?? '') &&
          !deedPraised(tokens, clause.from, at)) ||
          agendaItem(tokens, at)),
    )
  )
    found.add('hedged');
  if (genericClass(before, headToken) || isImperative(tokens, clause)) found.add('conditional');
  for (let i = clause.from; i < clause.to; i += 1)
    if (isCondition(tokens, i) && !questionAfterHead(tokens, i, head)) {
      found.add('conditional');
      break;
    }
  if (
    window.some((token) => FUTURE.has(token.lemma) || FUTURE.has(token.normal)) ||
    (infinitiveTo >= 0 && (headToken.pos !== 'NOUN' || frame.verbReadAsNoun)) ||
    afterBareHelp(tokens, head) ||
    // "the summit to be held in Gyeongju": a passive infinitive.
    (head > 1 && tokens[head - 2].normal === 'to' && tokens[head - 1].normal === 'be') ||
    // Only before the match: "cancelled plans to meet" is no plan of its own.
    lead.some((token, i) => PLANNED.has(token.lemma) && lead[i + 1]?.normal === 'to') ||
    window.some((token) => token.lemma === 'be' && after(token, 1)?.normal === 'to') ||
    window.some((token) => token.lemma === 'go' && after(token, 1)?.normal === 'to')
  )
    found.add('future');
  // "was set to depart", "were to begin", "was supposed to attend": a plan as it stood, usually undone since;
  // also for the purpose after it ("was due to leave on Wednesday to join the talks on Thursday").
  if (
    (infinitiveTo >= 0 ? [...before, ...inside, ...trailing] : window).some(
      (token) =>
        (token.normal === 'was' || token.normal === 'were') &&
        (after(token, 1)?.normal === 'to' ||
          ((PLANNED.has(after(token, 1)?.lemma ?? '') || after(token, 1)?.lemma === 'suppose') &&
            after(token, 2)?.normal === 'to')),
    ) ||
    // "had planned to visit", "had intended to attend": the pluperfect of a plan.
    window.some(
      (token) =>
        token.normal === 'had' &&
        ['plan', 'intend', 'hope', 'schedule', 'expect'].includes(after(token, 1)?.lemma ?? '') &&
        after(token, 2)?.normal === 'to',
    )
  )
    found.add('pastplan');
}
