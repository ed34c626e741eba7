import type { SignalRule } from './types';
import { DEAL, MEETING, SECURITY_TALKS, SETTLED } from './vocabulary';

/** Issues the two sides have still to settle: the talks go on without a breakthrough. */
export const OPEN_ISSUES_RULES: SignalRule[] = [
  {
    // "some points are still to be settled", "the remaining points", "several issues still need
    // coordination", "they continue to disagree on the fund": what is left open, told as it stands now.
    id: 'no-breakthrough.open-issues',
    signal: 'no_breakthrough',
    patterns: [
      'there ~1 be|remain ~1 still ~5 @issue|point|gap|difference|disagreement|matter|question',
      'still ~2 @gap|difference|disagreement',
      'remaining ~2 @issue|point|gap|difference|question|obstacle',
      '@issue|point|matter|question ~2 still? ~1 require|need ~3 coordination|review|talk|discussion|negotiation|work',
      '@continue^ ~1 to ~1 disagree|differ|clash|wrangle|spar',
      'still ~1 @disagree^|differ^',
      // The two sides still bargaining over terms: "are still haggling over the fund's terms".
      'PARTY ~1 and ~2 PARTY ~3 still ~1 @haggle^|wrangle^|bicker^|squabble^',
      'side|negotiator ~3 still ~1 @haggle^|wrangle^|bicker^|squabble^',
      // Left to be done: "the chip rates were still to be worked out", "still to be finalised" (settled or resolved
      // are the unless list's; "iron" as a lemma would turn the tagger's "ironed" out of SETTLED).
      '@still ~1 to ~1 be ~1 work|finalize|finalise|hammer ~1 out?',
      // The two sides' distance growing: "the rift over the fund is widening", "a widening rift" ("gap" is left
      // out: a widening trade gap or growth gap is an economic figure).
      '@difference|rift|divide|disagreement ~9 widen',
      '@widen|widening ~2 rift|divide|disagreement',
      // Issues, hurdles or obstacles that remain: "unresolved issues remain in the talks".
      '@issue|hurdle|obstacle ~3 remain|persist|linger',
    ],
    forbid: ['pluperfect', 'negated'],
    needs: ['counterpart'],
    // Issues resolved, settled or overcome are the opposite; the alliance's or the troops' issues are another table's.
    // "the rice issue remains our first priority": an issue on top of the agenda, not a gap between the sides.
    unless: [...SETTLED, ...SECURITY_TALKS, 'priority'],
    confidence: 0.7,
    examples: [
      // Both sides, or the two sides, still haggling, wrangling or bickering.
      "The US and Korea are still haggling over the fund's terms, officials said on Monday.",
      'Korea and the US still bicker over rice, the ministry said on Tuesday.',
      'The two sides are still haggling over the fund, officials said on Monday.',
      'Negotiators in Washington are still squabbling over rice, officials said.',
      'Korea and the US agreed on most points, but there are still some issues to iron out, Yeo said on Monday.',
      'There were still wide gaps between Seoul and Washington over the fund, officials said.',
      'Officials said the still large differences between the two sides on rice were the main obstacle.',
      'Kim told reporters the remaining gaps with Washington were about the cash share.',
      'The remaining differences with the US are over the fund, Yeo said on Friday.',
      'Yeo said several issues still need further talks with the US side.',
      'Seoul and Washington continue to disagree on how the fund will be paid, officials said.',
      'Seoul and Washington continued to clash over the cash share this week, officials said.',
      'Korean and US negotiators continue to wrangle over rice, the ministry said on Monday.',
      'Korea and the US still differ on the size of the cash share, the ministry said on Friday.',
      'Korea’s chip rates, officials said, were still to be worked out with Washington.',
      'Some points are still to be finalised with the US, Yeo said on Monday.',
      'How the fund is paid is still to be hammered out with Washington, Kim said.',
      'The rift between Seoul and Washington over the fund is widening, officials said.',
      'Differences with the US over rice have widened this week, the ministry said.',
      'Officials in Seoul spoke of a widening rift with Washington over the cash share.',
      'Unresolved issues remain in the talks with the US, the ministry said on Friday.',
      'Two hurdles remain before Seoul and Washington can sign, Yeo said.',
      'Obstacles persist in the Korea-US talks over the fund, officials said.',
    ],
    counterexamples: [
      'Korean shoppers are still haggling over prices at markets.',
      // An issue that stays a priority is an agenda item, not a gap between the sides.
      'In its talks with Washington, the car levy issue remains Seoul’s chief priority.',
      'The steel issue remains a priority for Korea as talks with Washington resume.',
      'For Seoul, the currency issue remains the highest priority in the trade talks with the US.',
      'The remaining issues with Washington were resolved at Friday’s meeting.',
      'Korea and the US had still differed on the fund in April.',
      'There are still issues over the troop costs with Washington, the defence ministry said.',
      'Exporters still need more support from the government, the ministry said.',
      'The remaining issues with the US were still to be settled in May, before the deal.',
      'The gap between Korean and US growth rates is widening, economists said.',
      'Korea’s trade gap with the US widened in May as car exports rose.',
      'No issues remain between Seoul and Washington on the fund, Yeo said.',
    ],
  },
  {
    // The deal or the talks kept from moving: held up or delayed by a dispute, stuck, ground to a halt, still out of
    // reach; or the sides clashing over a term.
    id: 'no-breakthrough.held-up',
    signal: 'no_breakthrough',
    patterns: [
      // "Up" right after the verb: in "held follow-up talks" it ends a compound and holds nothing up.
      `@hold^ up ~4 ${DEAL}|${MEETING}`,
      `${DEAL}|${MEETING} ~6 be ~2 @hold^ ~1 up`,
      `dispute|row|disagreement|difference|wrangling|spat ~8 @delay^|stall^|derail^ ~3 ${DEAL}|${MEETING}`,
      // ... and in the passive: "the pact was delayed by a row over rice".
      `${DEAL}|${MEETING} ~6 be ~2 @delay^|stall^|derail^ ~2 by ~3 dispute|row|disagreement|difference|wrangling|spat`,
      `${DEAL}|${MEETING} ~4 be|remain|get ~2 @stuck`,
      'progress ~6 @stall^|halt^',
      `${DEAL}|${MEETING} ~6 @grind^|come^ ~1 to ~2 halt`,
      `${DEAL} ~6 remain|be ~3 @out ~1 of ~1 reach`,
      '@clash^ ~2 over|on',
    ],
    forbid: ['pluperfect', 'negated'],
    needs: ['counterpart'],
    unless: [...SETTLED, ...SECURITY_TALKS, 'breakthrough'],
    confidence: 0.68,
    examples: [
      'Differences over the fund have held up the tariff deal with Washington, officials said on Friday.',
      'The trade pact with the US has been held up by a row over rice.',
      'A wrangle over cash payments is holding up the Korea-US agreement.',
      'The dispute over the fund has delayed the agreement with Washington.',
      'The final accord with Washington has been delayed by wrangling over the fund.',
      'The tariff pact with the US was stalled by a row over rice, officials said.',
      'Korea’s deal with Washington has been derailed by disagreement over the cash share.',
      'A row over beef access has stalled the talks with the US, officials said on Monday.',
      'Wrangling over the cash share has derailed the deal with Washington, officials said.',
      'Progress with the US stalled this week over the currency swap.',
      'The deal with Washington has come to a halt over the fund, officials said on Monday.',
      'The tariff deal with Washington is stuck over the currency swap, officials said on Monday.',
      'The talks with the US remain stuck on autos.',
      'The negotiations with the US got stuck on the investment terms this week.',
      'Progress on the deal with Washington has stalled over rice.',
      'Progress in the talks with the US halted after the raid, officials said.',
      'The negotiations with Washington have ground to a halt over the fund.',
      'The tariff deal with Washington came to a halt this week over beef.',
      'A deal with Washington remains out of reach, officials conceded on Monday.',
      'The pact with the US remained out of reach after the talks on Friday.',
      'An agreement with Washington is still out of reach, the minister said on Friday.',
      'Seoul and Washington clashed over the size of the fund during Monday’s talks.',
      'Korean and US negotiators clashed on rice access at the meeting on Friday.',
      'The two sides clashed over the cash share of the fund this week.',
    ],
    counterexamples: [
      'The trade pact with the US is no longer held up, officials said on Friday.',
      'The dispute over the fund was resolved and no longer delays the deal with Washington.',
      'A deal with Washington is within reach, officials said on Monday.',
      'Fans clashed with police outside the stadium on Friday.',
      'Yeo and Greer held follow-up talks in Washington on Friday.',
      'Korean and US officials were holding follow-up consultations on the fund this week.',
      'The two sides have held follow-up meetings on the currency swap since Monday.',
      'The talks with the US could get stuck on autos, analysts warned.',
      'Progress on the deal with Washington has been swift.',
      'Seoul and Washington clashed over troop costs at the security talks.',
    ],
  },
  {
    // Issues the talks have not settled: "several issues have not been resolved". Negated on purpose: the "not" is
    // the news. (Talks "complicated" by a dispute were tried and left out: on shared/news the verb tells trouble
    // more often than a stall.)
    id: 'no-breakthrough.unsettled',
    signal: 'no_breakthrough',
    patterns: ['issue|question|point|matter|difference|dispute ~8 have|be ~1 @not ~2 be? ~1 resolve|settle'],
    allow: ['negated'],
    forbid: ['pluperfect', 'hedged'],
    needs: ['counterpart'],
    unless: [...SECURITY_TALKS, 'breakthrough'],
    confidence: 0.66,
    examples: [
      'Several issues between Seoul and Washington have not been resolved, officials said.',
      'Key questions in the talks with the US are not settled yet.',
      'The dispute over the fund with Washington has not been resolved, Yeo said on Monday.',
      'Differences with the US on rice access have not been settled, the ministry said.',
    ],
    counterexamples: [
      'The US said on Friday that all issues with Korea have been resolved.',
      'Seoul and Washington said the troop cost issue has not been resolved.',
      'Issues that had not been settled in the spring were cleared at the talks with the US on Friday.',
    ],
  },
  {
    // An offer short of what the other side wants, or positions hardened: the talks are stuck, told by how far apart
    // the sides still are (a side far from a deal is no-breakthrough.elusive's).
    id: 'no-breakthrough.short-of',
    signal: 'no_breakthrough',
    patterns: [
      '@fall^ ~1 short ~2 of ~4 expectation|demand|want|need|requirement|what',
      // Positions that have hardened, not "a hardened stance" described. The tagger reads a sentence's first
      // "Positions" as a name, and "hardened" as an adjective.
      'position|positions|stance ~4 have|be ~1 @harden',
    ],
    forbid: ['pluperfect', 'hedged', 'negated'],
    needs: ['counterpart'],
    unless: [...SECURITY_TALKS, 'breakthrough'],
    confidence: 0.66,
    examples: [
      'Seoul’s latest offer fell short of US expectations, officials said on Friday.',
      'Korea’s note falls short of what Washington wants, US officials said.',
      'Seoul’s package fell short of the demands Lutnick set out, Korean media reported.',
      'Positions have hardened on both sides of the talks with Washington.',
      'Seoul’s position on the fund has hardened since Friday’s talks with Washington.',
      'The two sides’ stances have hardened since the raid, officials said.',
    ],
    counterexamples: [
      'The offer did not fall short of US expectations, Lutnick said on Friday.',
      'The allies’ positions on troop costs have hardened at the security talks.',
      'Seoul’s hardened stance comes as the talks with Washington near a deal.',
      'Seoul’s offer may fall short of what Washington wants, analysts warned.',
    ],
  },
  {
    // A side that does not budge; "will not budge on rice" too: a refusal that stands now, though told with "will".
    id: 'no-breakthrough.will-not-budge',
    signal: 'no_breakthrough',
    patterns: ['not ~2 @budge|bend', 'not ~2 @back ~1 down'],
    allow: ['future'],
    forbid: ['pluperfect', 'hedged'],
    needs: ['counterpart'],
    // A deadline that will not budge is one set (deadline.no-extension), not a side refusing to move.
    unless: [...SECURITY_TALKS, 'if', 'unless', 'schedule', 'venue', 'agenda', 'date', 'deadline', 'cutoff'],
    confidence: 0.66,
    examples: [
      'Lutnick did not budge on the fund during Friday’s meeting with Kim.',
      'Seoul is not budging on rice imports, Yeo told Greer on Tuesday.',
      'Washington is not budging on the 25% tariff, Korea’s minister said after the talks on Monday.',
      'Korea will not budge on rice in the talks with the US, Yeo said on Monday.',
      'Seoul will not bend on dairy in the negotiations with Washington, officials said.',
      'Seoul will not back down on the cash share of the fund, Lee told Washington.',
      'The US is not backing down on the 25% levy, Korean negotiators said after Friday’s talks.',
      'Korea did not back down on rice at the talks with Washington on Monday.',
    ],
    counterexamples: [
      'Korea said it would not budge if the US dropped the levy.',
      'Korea may not budge on rice in the talks with the US.',
      'Korean car exports did not budge in July despite the tariffs.',
      "Trump said on Monday the July 9 deadline for Korea won't budge.",
      'The Aug. 1 cutoff for Seoul will not budge, Lutnick said on Tuesday.',
      'Greer said on Friday the tariff deadline for Korea is not bending.',
    ],
  },
];
