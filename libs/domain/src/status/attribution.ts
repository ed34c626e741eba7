import type { Attribution } from '../model/classification';

/** Unnamed sources: never strong evidence on their own. */
const ANONYMOUS =
  /\b(?:people|persons?|sources?|officials?|insiders?|someone) (?:familiar|briefed|close|with (?:direct )?knowledge)\b|\b(?:un-?named|anonymous|anonymity|diplomatic sources|government sources|industry sources|insiders?)\b|\bsources? (?:said|say|says|told|added|noted)\b|\baccording to (?:sources|people|a source|a person|insiders|officials who)\b|\bwho (?:asked|spoke|declined) (?:not to be|on condition|to be)\b/i;

/** Hedged or second-hand wording: what is expected, rumoured or reported elsewhere. */
const HEDGED =
  /\b(?:reportedly|allegedly|purportedly|rumou?r(?:s|ed)?|is said to|are said to|is expected to|are expected to|is likely to|are likely to|could soon|may soon|on the verge of|poised to|nearing|close to (?:a|an|the) (?:deal|agreement|pact)|according to (?:media |press |local |news )?reports?|reports? (?:said|say|suggest(?:ed|s)?|claim(?:ed|s)?)|media reported|was reported)\b/i;

/** An on-record act or statement of a government: an announcement, a signature, a published text. */
const OFFICIAL =
  /\b(?:announc(?:ed|es|ing)|declared|released|issued|signed|posted|published|wrote|confirmed|said in a statement|told reporters|told a (?:press|news) (?:conference|briefing)|(?:press|news) (?:conference|briefing)|Truth Social|Federal Register|executive order|fact ?sheet|joint statement|according to (?:the )?(?:ministry|white house|presidential office|government|commerce department|ustr|office))\b/i;
const OFFICIAL_ACTOR =
  /\b(?:president|trump|lee jae[- ]myung|white house|ministry|minister|secretary|presidential office|government|spokes(?:person|man|woman)|ustr|lutnick|bessent|greer|commerce department|treasury|cheong wa dae|the (?:two|both) (?:countries|governments|sides)|the united states and (?:south )?korea|(?:south )?korea and the (?:united states|u\.?s\.?))\b/i;

/**
 * Who backs a sentence, read conservatively from its words when the classifier does not say:
 * anonymous or hedged wording wins over everything else, and `official` needs both a government
 * actor and an on-record act or statement in the same sentence.
 */
export function attributionOf(sentence: string, given?: Attribution): Attribution {
  if (given) return given;
  if (ANONYMOUS.test(sentence)) return 'anonymous';
  if (HEDGED.test(sentence)) return 'hedged';
  if (OFFICIAL.test(sentence) && OFFICIAL_ACTOR.test(sentence)) return 'official';
  return 'reported';
}

/** On the record: an outlet's own report or an official statement, not unnamed or hedged sources. */
export function onRecord(attribution: Attribution | undefined): boolean {
  return attribution === 'official' || attribution === 'reported' || attribution === undefined;
}
