import type { SentenceContext } from './context';
import { findPartyMentions, type PartyIndex } from './parties';

/**
 * A percentage as the press writes it: 25%, 25 percent, 25 per cent, 25 pct, 25pc (glued), and hyphened before its
 * noun, "a 25-percent tariff"; a decimal point or, as European papers write it, a decimal comma ("27,5 %"; not a
 * thousands comma). The number is group 1: read it with percentValue.
 */
export const PERCENT_TEXT = String.raw`(\d+(?:\.\d+|,\d{1,2}(?!\d))?)(?:[\s-]?(?:%|percent\b|per cent\b|per-cent\b|pct\b)|pc\b)`;
/** Every rate a text names; matchAll copies it, so callers share it safely. */
export const PERCENT = new RegExp(PERCENT_TEXT, 'gi');
export const percentValue = (match: RegExpMatchArray): number => Number(match[1].replace(',', '.'));
const TARIFF_WORD = /\b(tariffs?|levy|levies|duty|duties|tax|taxes|rates?)\b/i;
const NOT_TARIFF =
  /\b(growth|profits?|surplus|deficit|inflation|interest|averag\w*|stakes?|shares?|index|futures|prices?|income|gdp|approval|unemployment|jobs|yields?|margin|sales|exports? (?:rose|fell)|stocks?|economy|won|yen|dollar|forecast|accounts? for|accounted for|accounting for|making up|makes? up|of (?:its |their |the country's )?(?:total|overall))\b/i;
/** "extra duties of 20% on US goods": the partner's own tariffs, not the US tariff on the partner. */
const ON_US_GOODS_TEXT = String.raw`on (?:(?:\d+|some|many|most|all|various|certain|selected|select|specific|key) )?(?:(?:American|U\.S\.|US) (?:[a-z-]+ )?(?:goods|imports|products|exports)|(?:[a-z-]+ )?imports from (?:the United States|the U\.S\.|the US|America))`;
export const ON_US_GOODS = new RegExp(String.raw`\b${ON_US_GOODS_TEXT}\b`, 'i');
/** "charges America a 40% duty", "US goods bound for Korea carry 8%": the partner's rate on US goods. */
const CHARGES_THE_US = String.raw`charg(?:e|es|ed|ing) (?:the )?(?:United States|U\.S\.|US|America)(?! (?:importers?|companies|firms|consumers|buyers|businesses)\b)`;
const US_GOODS_TO_PARTNER = String.raw`(?:American|U\.S\.|US) (?:[a-z-]+ )?(?:goods|products|exports) (?:to|into|entering|bound for|shipped to)`;
const COUNTER_TARIFF = new RegExp(
  String.raw`\b(retaliat\w*|${ON_US_GOODS_TEXT}|its (?:own )?tariffs on|${CHARGES_THE_US}|${US_GOODS_TO_PARTNER})\b`,
  'i',
);
const CLAUSE_SPLIT = /;|,\s*(?:while|whereas)\b|\bwhile\b|\bwhereas\b/i;
const ANAPHOR =
  /\b(the two (?:sides|countries)|both (?:sides|countries)|that nation|the ally|the asian ally|the country's|its (?:reciprocal )?(?:tariff|rate))\b/i;

/** "a 25% levy, in addition to the 25% already imposed": the total applies too. */
const STACKED = /\b(in addition to|on top of)\s+(?:the |an? |existing )*$/i;
/** "exports fell 5 percent": a change, not a rate (a rate "rose to 15 percent" keeps its "to"). */
const CHANGE_BY =
  /\b(fell|rose|dropped|declined|grew|grown|risen|fallen|shrunk|jumped|plunged|surged|gained|slipped|climbed|increased|decreased|slid|tumbled|soared|falling|rising|dropping|declining|growing|jumping|plunging|surging|gaining|slipping|climbing|increasing|decreasing|sliding|tumbling|soaring|up|down)\s+(?:by\s+)?(?:about\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|more than\s+|some\s+|around\s+)?$/i;
/** "market declines of over 7%", "a drop of 5 percent": the size of a move, told as a noun. */
const CHANGE_OF =
  /\b(?:declines?|drops?|falls?|gains?|loss(?:es)?|slumps?|plunges?|jumps?|rises?|surges?)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+|around\s+|roughly\s+)?$/i;
/** "6% or 7%": the second of two figures given as alternatives. */
const OR_FIGURE = /\d+(?:\.\d+)?\s?(?:%|percent|per cent|pct)\s+or\s+$/i;

/** "exports fell 5 percent", "sales have risen some 4% or 5%": the size of a move, not a rate. */
function changeSize(clause: string, at: number): boolean {
  const before = clause.slice(Math.max(0, at - 30), at);
  if (CHANGE_BY.test(before) || CHANGE_OF.test(before)) return true;
  const alternative = OR_FIGURE.exec(clause.slice(Math.max(0, at - 20), at));
  if (!alternative) return false;
  const first = at - alternative[0].length;
  return CHANGE_BY.test(clause.slice(Math.max(0, first - 30), first));
}

/** "10 percent lower than first proposed": the gap between two rates, not a rate. */
const DIFFERENCE_AFTER =
  /^\s*(?:(?:lower|higher|less|more|cheaper|steeper)\s+than|below|above|(?:reduction|cut|decrease|increase|drop|rise|hike|discount)s?\b(?!\s+(?:tariffs?|duty|duties|levy|levies|rates?)\b))\b/i;
/** "duties on 80% of US goods", "85% of trade": a share of the goods, not a rate. */
const SHARE_OF_GOODS =
  /^\s*of\s+(?:[\w.'’-]+\s+){0,3}?(?:goods|products|imports|exports|trade|items|tariff lines|barriers|shipments|orders|categories)\b/i;
/** "of which some 70% came from cars", "40% went to America": a share of a flow, not a rate. */
const SHARE_OF_FLOW =
  /^\s*(?:of\s+(?:[\w.'’-]+\s+){1,4}?)?(?:comes?|came|coming|goes|go|went|going)\s+(?:from|to)\b/i;
const OF_WHICH = /\bof which\s+(?:about |nearly |almost |around |some |roughly |more than |over )?$/i;
const GENERIC = /\b(all|countries|nations|trading partners|global|world|worldwide|dozens)\b/i;

/** A lead sentence that names no partner but the US side's tariff: the article's own partner is meant. */
function leadAboutUsTariffs(context: SentenceContext): boolean {
  return context.lead && !context.sentence.isTitle && context.us && !GENERIC.test(context.text);
}

/** Percent tariff rates the article states for its main track: threatened, agreed or in force. */
export function extractTariffRates(
  contexts: SentenceContext[],
  mainTrack: string,
  index: PartyIndex,
): number[] {
  const rates = new Set<number>();
  let lastNamed: string[] = [];
  for (const context of contexts) {
    if (context.parties.length > 0 && !context.sentence.isTitle) lastNamed = context.parties;
    const unnamed = context.parties.length === 0;
    if (
      !context.parties.includes(mainTrack) &&
      !(
        unnamed &&
        (ANAPHOR.test(context.text) ||
          leadAboutUsTariffs(context) ||
          (lastNamed[0] === mainTrack && !GENERIC.test(context.text)))
      )
    )
      continue;
    for (const clause of context.text.split(CLAUSE_SPLIT)) {
      if (COUNTER_TARIFF.test(clause)) continue;
      const percents = [...clause.matchAll(PERCENT)];
      // Most clauses name no percentage: skip the party scan, which only ever rules their rates out.
      if (percents.length === 0) continue;
      const inClause: number[] = [];
      let stacked: number | null = null;
      const clauseParties = findPartyMentions(clause, index).map((mention) => mention.trackId);
      if (clauseParties.length > 0 && !clauseParties.includes(mainTrack)) continue;
      for (const match of percents) {
        const at = match.index ?? 0;
        const upToHere = clause.slice(0, at + match[0].length + 40);
        const near = clause.slice(Math.max(0, at - 25), at + match[0].length + 25);
        if (
          !TARIFF_WORD.test(upToHere) ||
          NOT_TARIFF.test(near) ||
          changeSize(clause, at) ||
          DIFFERENCE_AFTER.test(clause.slice(at + match[0].length)) ||
          SHARE_OF_GOODS.test(clause.slice(at + match[0].length)) ||
          SHARE_OF_FLOW.test(clause.slice(at + match[0].length)) ||
          OF_WHICH.test(clause.slice(Math.max(0, at - 30), at))
        )
          continue;
        const value = percentValue(match);
        if (value <= 0 || value > 500) continue;
        rates.add(value);
        inClause.push(value);
        if (STACKED.test(clause.slice(Math.max(0, at - 25), at))) stacked = value;
      }
      if (stacked !== null && inClause.length === 2) rates.add(inClause[0] + inClause[1]);
    }
  }
  return [...rates].sort((a, b) => a - b);
}
