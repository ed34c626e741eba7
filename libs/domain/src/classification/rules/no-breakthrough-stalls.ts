import { DEAL, LEGISLATURE_HOLDS, SECURITY_TALKS } from './vocabulary';
import type { SignalRule } from './types';

/** Talks stalled or at a stalemate. */
export const NO_BREAKTHROUGH_STALL_RULES: SignalRule[] = [
  {
    id: 'no-breakthrough.gaps-remain',
    signal: 'no_breakthrough',
    patterns: [
      // "We are not there yet": a deal still out of reach.
      'be ~1 @not ~1 quite? there ~1 yet',
      '@gap|gulf|difference|disagreement|sticking|dispute|divide|rift ~8 remain|persist|linger|stay',
      // A gap that has not shrunk: "the gap on the fund has not narrowed".
      'gap|difference|divide ~8 have|be ~1 @not ~2 narrow|close|shrink',
      // The talks' collapse told as a noun: "the collapse of the negotiations this week".
      '@collapse|breakdown ~2 of ~3 talk|negotiation',

      '@talk|negotiation ~6 stall|deadlock|gridlock|stalemate|impasse|snag|falter|stumble|drag|collapse|break|stuck',
      // Talks that hit something in their way, not talks held "as exports hit a record".
      '@talk|negotiation|effort|bid|attempt|push ~6 hit ~3 snag|wall|roadblock|impasse|obstacle|hurdle|stumble|deadlock|stalemate|bump|dead|logjam|rough|block',
      // Who the talks are between may take many words: "talks between Seoul's and Washington's teams have stalled".
      '@talk|negotiation ~10 stall^|deadlock^|collapse^|falter^|founder^',
      'very|vastly|sharply|starkly|widely ~1 @different|differ ~2 view|explanation|position|stance|interpretation',
      '@differing|divergent|varying|conflicting ~2 view|explanation|position|stance|interpretation',
      // "efforts to seal the deal have faltered": the deal itself stalling, as well as shelved or collapsed.
      `${DEAL} ~10 @shelve|collapse|stall^|falter^`,
      // "the pact fell through", "talks fell apart over the fund".
      `${DEAL}|talk|negotiation ~10 @fall^ through|apart`,
      '@talk|negotiation|discussion|consultation ~4 stagnate|stall|falter',
      '@make|report|achieve ~3 little|no|limited|scant ~2 progress|headway',
      // Straining for the deal is not having it: "are struggling to finalise their trade deal".
      `@struggle^ ~1 to ~1 finalize|finalise|reach|conclude|seal|strike|clinch ~4 ${DEAL}`,
      // A meeting that yielded next to nothing: "produced few concrete results", "little in the way of results".
      '@produce|yield|deliver|bring|achieve ~2 little|few|scant|limited ~5 result|outcome|progress|headway|deliverable',
      // The passive: "little progress was made on the details", "no headway has been achieved".
      'little|no|limited|scant ~1 @progress|headway ~3 be ~1 make|achieve|see',
      // What a negotiator came back with: "returned with little concrete progress", "left Washington empty-handed".
      'with ~1 @little|limited|scant|no ~2 progress|headway',
      'leave|return|come|go|fly|head ~4 @empty ~2 hand',
    ],
    allow: ['recap', 'negated'],
    forbid: ['pluperfect'],
    unless: ['breakthrough', 'resolve', ...SECURITY_TALKS],
    confidence: 0.7,
    examples: [
      // Talks that foundered.
      'The talks with Washington foundered on Friday over the cash share.',
      "Korea's negotiations with the US foundered this week on rice.",
      'The Seoul-Washington talks on the fund foundered on Tuesday, officials said.',
      // One side's push for what it wants, stuck.
      "Seoul's push for a lower tariff hit a wall at Thursday's talks with Lutnick.",
      "Korea's push for relief on steel hit a snag in Washington on Friday.",
      "Seoul's push to shrink the cash share hit a dead end in Washington this week.",
      // The deal itself stalling, whatever the subject that carries it.
      'Efforts to finalize the tariff deal with Washington have faltered.',
      'Seoul’s efforts to seal a deal with the US have stalled, officials said on Friday.',
      'The trade pact with Washington has stalled over the fund, the ministry said.',
      // Long-subject stalls, a gap not narrowed, the collapse told as a noun.
      'Talks between Seoul’s trade team and its US counterparts have stalled, officials said.',
      'Negotiations between Seoul and Washington over the fund faltered this week.',
      'The gap between Seoul and Washington on the fund has not narrowed, Yeo said on Monday.',
      'Differences between Seoul and Washington over the cash share have not been closed, officials said.',
      'The collapse of the talks with Washington on Friday left Korean carmakers facing the 25% levy.',
      'After the breakdown of the negotiations with Washington this week, Seoul said it would keep talking.',
      // A deal or talks that fell through or apart.
      'The trade talks with Korea fell through on Friday.',
      'The Korea-US trade deal fell apart on Friday.',
      'Lutnick said the tariff pact with Seoul fell through at the last minute.',
      'Little progress was made on the details of the investment fund, officials in Seoul said on Friday.',
      'Officials reported little progress on the details of the investment package with Washington.',
      'Negotiators have achieved no progress on rice with Washington, officials said.',
      'Seoul reported scant headway on the fund with Washington this week.',
      'Both sides reported no progress on the currency swap, the ministry said after the talks with Bessent.',
      'Scant progress has been achieved in the talks with Washington, the ministry said.',
      'No headway was made on rice and beef at Monday’s meeting with Greer.',
      'The meeting between Kim and Lutnick yielded few concrete results, officials said on Friday.',
      'Friday’s round with Washington delivered little in the way of outcomes, Seoul said.',
      'The two-hour session with Greer produced scant results on autos, a Korean official said.',
      // A divide or rift that persists is a gap that remains; straining to finalise the deal is not having it.
      'A deep divide over the fund persists between Seoul and Washington, officials said.',
      'The rift between Korean and US negotiators over rice lingers, Kim said on Monday.',
      'Korea and the US are struggling to seal their trade accord, officials in Seoul said.',
      'Negotiators in Seoul struggled to conclude the tariff agreement with Lutnick this week.',
      'Washington and Seoul were struggling to clinch the investment deal on Friday.',
      'Negotiations between Seoul and Washington remain stuck over the investment fund, officials said on Friday.',
      'Korea-US talks got stuck on the investment fund this week, officials said.',
      'The negotiations with Washington are stuck over rice, Kim said on Friday.',
      '“We are not there yet,” Yeo told reporters after the talks with Greer on Friday.',
      'Korea and the US are not quite there yet on the investment fund, Kim said.',
      'Both sides are not there yet, a US official said of the tariff talks.',
      'Gaps remain between Seoul and Washington over the $350 billion investment fund.',
      'A wide gulf over the fund remains between Seoul and Washington, officials said.',
      'Korea-US tariff negotiations have stalled over how the investment package is structured.',
      'Talks between the two sides hit a deadlock over agriculture, officials said.',
      'Efforts to settle the fund have hit a wall in the talks with Washington, officials said.',
      'Seoul’s bid for a lower levy hit a snag at Monday’s talks with the US.',
      'Korea’s attempt to win an exemption has hit a roadblock in Washington, Yeo said.',
      'Korea-US tariff talks hit roadblock after tense call with Trump',
      'Seoul and Washington gave very different explanations of how the fund’s profits will be shared.',
      'A planned deal to cut the U.S. tariffs on Korean steel has been shelved, officials said on Monday.',
      'Lee said the talks with Washington were gridlocked over every aspect of the investment fund.',
      'Korea-US tariff negotiations remain in gridlock over the $350 billion fund, officials said.',
      'Korea-US tariff talks stumble over the investment fund',
      'Negotiations with Washington stumbled on rice and beef this week, officials said.',
      'Talks with the US stumble as Seoul balks at the cash demand',
      'Kim came back from Washington with little concrete progress on the fund.',
      'The talks with the US wrapped up with limited progress on rice, officials said.',
      'Yeo flew home from the US with no real headway on autos.',
      'Yeo left Washington empty-handed after the talks with Greer on Friday.',
      'The Korean delegation returned home empty-handed from the US on Sunday.',
      'Kim came back empty-handed from his latest trip to see Lutnick.',
    ],
    counterexamples: [
      // A stall told as the deal's past, before its signing.
      'The deal that had stalled in May was signed on Friday.',
      'The stalled trade deal with the US was signed on Friday.',
      // Talks that hit a mark, not an obstacle.
      'The talks with Washington hit their tenth round this week.',
      'Korea-US tariff negotiations hit the two-month mark on Monday.',
      'Talks with the US hit full speed this week, officials said.',
      'Talks between Seoul and the US Treasury on the fund made progress on Monday, officials said.',
      'The gap between Seoul and Washington on the fund has narrowed sharply, Yeo said on Monday.',
      // Something else falling in a clause of its own.
      'The deal lifted carmakers, while shares of steelmakers fell through the day.',
      // "in case" and "in the event that" open a condition.
      'Seoul readied countermeasures on Monday in case the talks with Washington faltered.',
      'Officials said the talks with the U.S. could stall if Washington raises new demands.',
      'Korea and the US said the gaps have been closed and a deal was signed.',
      'Gaps may remain on autos, an official said.',
      'The talks with Washington could yield few results if Seoul does not move on rice.',
      'Seoul and Washington remain at odds over the cost of keeping US troops in Korea.',
      'The talks also covered the still-unresolved question of Korea’s share of US military costs.',
      'Disagreements persist between Seoul and Washington over defense cost sharing, officials said.',
      'Monday’s talks with Washington could produce no breakthrough unless Seoul moves on rice.',
    ],
  },
  {
    // A stalemate named: "remain at odds", "the talks hit an impasse". One the sentence ends is over.
    id: 'no-breakthrough.stalemate',
    signal: 'no_breakthrough',
    patterns: [
      '@stalemate|deadlock|gridlock|impasse|standstill|odds|loggerheads|nowhere|roadblock|snag',
      // Talks that ran aground, not a ship.
      'talk|negotiation ~10 @run^ ~1 aground',
      // Issues that "remain unresolved", not "unresolved disputes" named in passing as the background.
      'be|remain|stay|leave ~3 @unresolved|unsettled',
    ],
    allow: ['recap', 'negated'],
    forbid: ['pluperfect'],
    // A legislature's own deadlock over a deal's law is no stall of the talks (as on-ice).
    unless: ['breakthrough', 'resolve', ...SECURITY_TALKS, ...LEGISLATURE_HOLDS],
    unlessObjectOf: [
      'end',
      'break',
      'overcome',
      'defuse',
      'settle',
      'clear',
      'resolve',
      'bridge',
      'unlock',
      'remove',
    ],
    confidence: 0.7,
    examples: [
      'The talks with the US came to a standstill on Monday.',
      'Seoul and Washington remain at loggerheads over the cash share of the fund, officials said.',
      'The two sides were at loggerheads on Monday over US access to Korean rice.',
      'The tariff talks with Washington ran aground over the currency swap this week.',
      'Korea’s talks with the US on steel quotas have run aground, the ministry said on Friday.',
      'Talks between Korea and the US remained in a stalemate on Monday.',
      'The gridlock in talks between Seoul and Washington over autos continued on Monday.',
      'The Korea-US talks ended in a deadlock on Friday over the investment fund.',
      'Seoul and Washington are at odds over the $350 billion fund, officials said on Monday.',
      'The negotiations with Washington have hit an impasse over rice, Korea said on Friday.',
      'Talks over the tariff deal with Washington reached an impasse on Tuesday, officials said.',
      'Two issues with Washington remain unresolved, Yeo said on Monday.',
      'The negotiations with Seoul aimed at a tariff pact remain unresolved, officials said on Monday.',
      'The status of Korean chips was left unresolved at Friday’s talks with the US.',
      'Key questions on the fund are still unresolved, Korean officials said.',
      'Several questions in the tariff talks with Washington are still unsettled, Seoul’s spokesperson said on Friday.',
      'The cash share of the fund remains unsettled after the talks with Lutnick.',
      'How the investment is paid stays unsettled between Seoul and Washington.',
    ],
    counterexamples: [
      // A legislature's own deadlock over the deal's law.
      'Trump raised the tariff on Korean goods to 25%, citing an impasse in Korea’s parliament over the investment bill.',
      'The bill behind the US trade deal faces a deadlock in parliament, officials said on Monday.',
      'A stalemate in parliament has held up the investment law that the US trade deal needs.',
      'The investment bill tied to the US trade deal is stuck in a stalemate at the National Assembly.',
      'The assembly remains at an impasse over the law the US trade deal calls for.',
      'A deadlock in the assembly over the US deal’s fund law entered its third week.',
      'Seoul’s lawmakers remain deadlocked over the bill that carries out the US trade deal.',
      'Rival lawmakers reached an impasse on Monday over the investment law for the US deal.',
      'The stalemate among lawmakers over the US trade deal’s bill showed no sign of ending.',
      'A cargo ship bound for the US ran aground off Busan on Monday.',
      // Disputes named "unresolved" in passing are background.
      'Despite progress, hurdles persist, such as unresolved farm disputes with Washington.',
      'Talks with the US stumbled over unresolved cases at the WTO.',
      'Unresolved trade disputes with the US weighed on Korean markets on Monday.',
      'Korea and the US reached a deal on Sunday, ending a months-long standoff over tariffs.',
      'Korea and the US broke the deadlock in their tariff talks with a deal on Friday.',
      'A call between Lee and Trump on Monday cleared the last roadblock to the Korea-US deal.',
      'Seoul and Washington overcame their impasse over the fund at Monday’s talks.',
      // A stall that something came "after" is left behind.
      "Seoul's new offer on Monday was read as a goodwill step after months of deadlock with Washington.",
      'Korea and the US resumed their tariff talks on Friday after a two-month stalemate.',
      'The deal with Washington came on Sunday after weeks of impasse over the fund.',
      // A standoff is the quarrel itself (duties and retaliation), not talks that stalled.
      'The new 50% duty took effect on Friday, deepening the trade standoff between Seoul and Washington.',
      "Korea's retaliation on Monday escalated its standoff with Washington over steel.",
      'Seoul and Washington traded fresh tariff threats on Monday as their standoff intensified.',
      // Told in the past perfect: said before the story's own past.
      'Trump, who had declared that the talks with Seoul were at a standstill, agreed on Friday to extend the deadline.',
      'Greer had claimed that the talks with Seoul were at an impasse over rice.',
      'Lutnick had stated that the negotiations with Seoul were in a stalemate.',
      'Trump had written that the tariff talks with Korea were going nowhere.',
      'Korean officials had earlier insisted that the two sides were at odds over the fund.',
    ],
  },
];
