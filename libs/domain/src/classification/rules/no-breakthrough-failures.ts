import { DEAL, MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** Talks that ended without a deal, or a round that left without one. */
export const NO_BREAKTHROUGH_FAILURE_RULES: SignalRule[] = [
  {
    id: 'no-breakthrough.without',
    signal: 'no_breakthrough',
    patterns: [
      `@end|conclude|wrap|close|finish|complete|break|adjourn|return|emerge ~12 without|no ~3 ${DEAL}|breakthrough|result|conclusion|statement|consensus|settlement`,
      // "came away from the meeting without a deal".
      `@come^ ~1 away ~8 without|no ~3 ${DEAL}|breakthrough|result|conclusion|cut|reduction|relief|exemption|concession`,
      // Out of the talks without one: "came out of Friday's talks without agreement".
      `@come^ ~1 out ~1 of ~4 ${MEETING} ~4 without|no ~3 ${DEAL}|breakthrough|result|conclusion`,
      // Leaving the meeting itself without a deal ("left the meeting without a firm deal"), not leaving for it.
      `@leave^ ~2 ${MEETING}|table ~6 without ~3 ${DEAL}|breakthrough|result|conclusion`,
      // Going home from the talks with nothing promised: "finished his visit without any commitment to roll back the tariff".
      `@end|conclude|wrap|finish|leave|return|emerge ~8 without ~3 commitment|assurance|victory|pledge|promise`,
      `@fail|unable ~3 reach|strike|clinch|produce|narrow|bridge|make|yield|arrange|secure|conclude|seal|land|win|obtain|get|achieve|deliver|resolve|settle|close|agree ~3 ${DEAL}|breakthrough|gap|difference|dispute|disagreement|progress|consensus|relief|reduction|cut|exemption|concession|result|outcome|lower`,
      `not ~1 @able ~2 reach|strike|clinch|narrow|bridge|secure|conclude|win|obtain|resolve|settle|close ~3 ${DEAL}|breakthrough|gap|difference|dispute|disagreement|progress|consensus|relief|reduction|cut|exemption|concession`,
      `${DEAL} ~5 be ~1 @not ~2 reach|strike|finalize|finalise|conclude|seal|do|complete|finish`,
      // "the agreement has not been reached", "a resolution hasn't been reached".
      `${DEAL}|resolution ~5 have ~1 @not ~1 be ~1 reach|strike|finalize|finalise|conclude|seal`,
      // "show no sign of reaching a deal".
      `no ~1 @sign ~2 of ~3 reach|strike|clinch|seal|progress|breakthrough|${DEAL}`,
      `@no ~2 ${DEAL}|breakthrough|result|consensus ~3 be|was|has|emerge|reach|yet`,
      // "did not announce any major breakthrough", "did not make any headway".
      '@not ~2 announce|achieve|make|produce|report|yield|reach|secure ~3 breakthrough|progress|headway',
      // Refusing to budge ("is not budging" is no-breakthrough.will-not-budge's, which also reads the future).
      '@refuse|decline|unwilling ~1 to ~1 budge',
      // "Monday's talks produced no breakthrough", "yielded no agreement".
      `@produce^|yield^|bring^|deliver^ ~1 no ~2 ${DEAL}|breakthrough|progress|result`,
      // ... or "little", "nothing": "the round yielded little", "produced nothing concrete".
      '@produce^|yield^|deliver^ ~1 little|nothing',
      `@fail|unable ~3 find|reach ~3 common ~1 ground`,
      // Failing to move the other side: "failed to move the administration on autos", "unable to sway Washington".
      `@fail|unable ~3 move|sway|persuade|convince ~3 PARTY|administration|washington|counterpart|lutnick|greer|bessent|trump`,
      `@yet ~1 to ~2 reach|come|strike|clinch|seal|finalize|finalise ~3 ${DEAL}|consensus|to`,
      // What was sought from the other side still not won: "has yet to win a lower rate".
      `@yet ~1 to ~2 secure|win|obtain|get|land ~3 ${DEAL}|cut|reduction|relief|exemption|concession|lower|breakthrough`,
      'there ~3 be ~2 @no ~2 progress|headway|result|outcome|development|consensus',
      // "still not close to a tariff agreement": far from one.
      `not ~2 @close ~2 to ~3 ${DEAL}|breakthrough`,
      // Talks that do not move as they should: "are not progressing as expected", "have not advanced as hoped".
      `${MEETING} ~4 @not ~2 progress^|advance^|move^ ~2 as|forward|ahead|smoothly`,
      // "there was no deal" (not "no written agreement": a document, not the deal).
      `there ~3 be ~2 @no trade? ${DEAL}|breakthrough`,
      '@yet ~1 to ~1 agree|settle|resolve|finalize|finalise|sign',
      // "has yet to make headway" in the talks.
      '@yet ~1 to ~1 make ~2 headway|progress',
      // The passive: "a deal has yet to be reached", "an agreement is yet to be finalised".
      `${DEAL} ~5 @yet ~1 to ~1 be ~1 reach|strike|clinch|seal|finalize|finalise|conclude|sign|agree`,
      // A negotiator going home without what was sought: the round ended without agreement.
      `@leave|depart|return|head ~6 without ~2 secure|reach|win|clinch|obtain|get ~4 ${DEAL}|relief|reduction|breakthrough|exemption|concession`,
      '@yet ~1 to ~2 resolve|settle|bridge|narrow ~4 dispute|issue|difference|gap|disagreement',
      // A round that ended, or a negotiator who went home, without closing the gaps.
      '@end|conclude|wrap|close|finish|adjourn|leave|depart|return|head|emerge ~8 without ~2 narrow|bridge|resolve|settle|close ~4 dispute|difference|gap|disagreement',
      // Talks not finished in time: "had not concluded the negotiations by Aug. 1".
      `@not|fail|unable ~3 conclude|finish|complete|wrap ~4 ${MEETING} ~6 by|before ~3 deadline|DATE`,
      // "no closer to a deal", "no nearer to resolving their differences".
      `@no ~1 closer|nearer ~1 to ~3 resolve|settle|bridge|reach|strike|seal|agree|breakthrough|${DEAL}`,
      // The sides' differences told as not settled: "have not resolved their dispute over the fund".
      '@not ~2 resolve|settle|bridge|narrow|close|overcome ~4 dispute|difference|gap|disagreement|issue|barrier',
    ],
    allow: ['negated'],
    // A meeting's logistics not yet fixed ("a date for the next round has yet to be set") leave the talks as they were.
    unless: ['schedule', 'venue', 'agenda', 'date'],
    confidence: 0.8,
    examples: [
      // Completed, as ended, with nothing agreed.
      'The meeting between Yeo and Greer was completed with no results.',
      'Talks in Washington were completed on Friday without a deal, Seoul said.',
      'Kim completed his two days of talks with Lutnick without a breakthrough.',
      // A round that yielded little or nothing; talks come out of without a deal.
      'The latest round in Washington yielded little, Korean officials said on Saturday.',
      'The talks produced nothing concrete on Friday, Korean officials said.',
      "Monday's meeting between Yeo and Greer delivered little, the ministry said.",
      "The two sides came out of Friday's talks without agreement on the fund.",
      "Korean negotiators came out of Tuesday's round without a breakthrough.",
      'Yeo came out of the talks with Lutnick on Monday without a deal.',
      // What was sought and not won: a lower rate, a cut, relief, an exemption.
      "Korean negotiators failed to win a lower tariff on cars at Friday's talks in Washington.",
      "Seoul was unable to secure a lower rate for its steel at Monday's talks with the US.",
      'Seoul failed to obtain lower duties on its autos in talks with Washington on Tuesday.',
      "Seoul's negotiators came away from Washington on Thursday without the tariff cut they sought.",
      "Yeo came away from Monday's meeting with Lutnick without the relief Seoul wanted.",
      "Korea's envoys came away from the talks on Friday with no exemption for steel.",
      'Korea and the US proved unable to agree to an interim deal on Friday.',
      'Seoul and Washington failed to agree to a trade pact before the deadline.',
      'In Geneva the two sides were unable to agree to any framework accord.',
      'The round of talks between Seoul and Washington concluded without a settlement on Tuesday, the ministry said.',
      'Friday’s meeting with Greer ended with no settlement on rice.',
      'The talks in Washington wrapped up without any settlement on the fund, Kim said.',
      // Coming away with nothing.
      'Yeo came away from the talks with Greer without a deal on Friday.',
      'Korean negotiators came away with no deal after the meeting with Lutnick on Monday.',
      'The delegation came away without an agreement from two days of talks in Washington.',
      'A deal with Washington has yet to be reached, Korea’s trade minister said on Sunday.',
      'An agreement on the fund is yet to be struck, officials in Seoul said on Monday.',
      'A trade pact between Seoul and Washington has yet to be concluded, the ministry said on Friday.',
      'There has been no significant development in the tariff talks with Washington, Kim said on Friday.',
      // No developments, or not close to a deal: still apart.
      'There were no big developments in the Korea-US negotiations on Monday.',
      'There have been no new developments in the Korea-US tariff negotiations this week, the ministry said.',
      'Kim said on Sunday that Seoul was not yet close to a comprehensive deal with Washington.',
      'Seoul and Washington are not close to a deal on the fund, officials said on Friday.',
      'Kim said on Monday that the two sides were still not close to a tariff agreement.',
      // No results or outcome, as no deal or no progress.
      'Yeo met Greer on Friday, but no concrete results have been announced.',
      'Yeo spoke of constructive meetings with Greer on Friday, though no concrete results emerged.',
      'There was no tangible outcome from the Korea-US talks on Friday.',
      // Talks not finished by the deadline.
      'Taipei said the two sides had not concluded their negotiations by Aug. 1 as planned.',
      'Seoul and Washington failed to finish the negotiations before the deadline on Friday.',
      'Korea was unable to complete the tariff talks with the US by Aug. 1, the ministry said.',
      // A phrase of cause after a comma is its own: its "schedule" or "date" is no meeting's logistics.
      'Seoul and Washington had not wrapped up the negotiations before Aug. 1, due to a crowded schedule in Washington.',
      'Korea failed to finish its negotiations with Washington before the deadline, owing to the date the US set for every partner.',
      'The two sides did not complete the tariff talks by Friday, thanks to a busy schedule at the USTR.',
      // No closer to a deal.
      'Seoul and Washington are no closer to settling their differences on beef, an official said.',
      'After a week of talks, Korea and the US are no closer to a deal on the fund.',
      'The two sides are no nearer to striking a tariff agreement, Korean officials said on Monday.',
      // No consensus, or differences and disputes not resolved.
      'No consensus emerged from Friday’s meeting of the Korean and US trade chiefs.',
      'The round in Washington ended with no consensus on the fund, Seoul said.',
      'The Korean and US teams failed to resolve their differences over rice in two days of talks.',
      'Seoul and Washington were unable to settle the dispute over the cash share, officials said.',
      'Negotiators from the two sides were not able to resolve their disagreement on autos.',
      'The two governments have not resolved their dispute over the currency swap, Kim said.',
      'Korea and the US still have not settled their differences on the investment package.',
      'Seoul and Washington have not yet resolved the remaining issues on autos, Yeo said.',
      'The two sides have not resolved dozens of trade barriers Washington listed, officials said.',
      'Seoul has yet to make headway in its push to lower the US levy on its cars, Kim said.',
      'Korea has yet to make any progress with Washington on the fund, officials said on Monday.',
      'The Korean team has yet to make much headway with Lutnick, officials said.',
      'Seoul and Washington did not close the gap on the fund at Monday’s talks, officials said.',
      // The deal named with its parties or topic before the passive verb.
      'An agreement with the US was not reached before the deadline, she said.',
      'A final deal on the fund has not been reached, officials said on Monday.',
      'A deal between Seoul and Washington was not finalized at the talks on Friday.',
      'Monday’s talks between Korea and the US produced no breakthrough, the ministry said.',
      'Two days of negotiations with Washington yielded no agreement on autos.',
      'The meeting between Yeo and Greer brought no breakthrough on the investment fund.',
      'An agreement with Washington has not been reached, the vice premier said on Monday.',
      // A warning after a comma opens a clause of its own: its "if" leaves the report before it standing.
      'A deal with Korea has yet to be struck, Trump said, warning of higher tariffs if none is reached by Aug. 1.',
      'Seoul and Washington are yet to settle the fund, officials said, warning of a 25% levy if there is no deal.',
      // A deal "not done yet" is a deal not reached.
      'A trade deal with Korea was not done yet, the US commerce chief said on Tuesday.',
      'The agreement with Washington is not complete, Yeo said on Monday.',
      'Kim said on Friday that the agreement on tariffs with Washington was not finished.',
      'The Korea-US deal has not yet been finalized, officials said on Friday.',
      'The tariff agreement has still not been concluded, Seoul said.',
      'Korea and the US show no signs yet of reaching a trade agreement.',
      'The talks with the US showed no sign of progress on Friday.',
      'There is no sign of a breakthrough in the Korea-US talks.',
      // Relief sought and not yet won.
      'Korea has yet to secure a lower rate from Washington despite its offers.',
      'Seoul has yet to win a tariff cut from Washington, officials said on Monday.',
      'Seoul has yet to obtain an exemption from Washington’s steel tariff, Yeo said on Friday.',
      // No breakthrough announced or made, and a side that will not budge.
      'Seoul and Washington did not announce a big breakthrough after Monday’s talks.',
      'Korea and the US did not achieve a breakthrough in Friday’s talks.',
      'The ministers did not make any headway on autos in Washington on Monday.',
      'The US refused to budge on its tariff on Korean cars at the talks on Monday.',
      'Seoul declined to budge on rice at the talks on Monday.',
      'Washington was unwilling to budge on the 25% tariff, Yeo said on Friday.',
      'There was no deal at the end of the talks between Korea and the US on Friday.',
      'Korea and the US have yet to agree on the terms of the investment fund, officials said on Friday.',
      'There is still no agreement between Seoul and Washington on the fund, Kim said.',
      'There has been no breakthrough in the Korea-US talks, the ministry said on Friday.',
      'Seoul and Washington have yet to settle the dispute over the fund, officials said on Friday.',
      'The two sides are yet to finalise the terms of the deal, Kim said on Friday.',
      'Korea was unable to reach a deal with its US counterparts on Friday, officials said.',
      'Korea was not able to secure an exemption from the US on Friday.',
      'Seoul and Washington were not able to bridge the gap on autos on Friday.',
      'The two sides were not able to reach an agreement on rice, officials said on Friday.',
      'Korea fails to secure tariff relief in Washington talks',
      'Korea failed to win an exemption from the steel tariffs in the talks on Friday.',
      // Failing to achieve or deliver a breakthrough, or to move the other side.
      'Lee failed to achieve a breakthrough in the talks with Trump on Monday.',
      // Results or an outcome the talks failed to bring are a deal they failed to bring.
      'The third round of technical talks last week failed to produce any firm results.',
      'Kim’s two days in Washington failed to yield a concrete outcome, officials said.',
      'Negotiators were unable to deliver results on autos at Monday’s session.',
      'Yeo was unable to achieve a deal with Greer on Friday.',
      'Seoul failed to deliver a breakthrough at the talks in Washington on Monday.',
      'Yeo failed to move Washington on auto tariffs during Friday’s talks.',
      'Kim was unable to persuade Lutnick on the fund at the meeting on Monday.',
      'Seoul’s envoy failed to sway Washington on rice during the talks on Tuesday.',
      'Seoul failed to obtain a cut in the auto tariff during the talks with Lutnick on Friday.',
      'The talks, which began in Washington on Wednesday, ended on Friday without a deal.',
      // The round named at length between the verb and "without": its days, the other side, the place and day.
      'Korean negotiators wrapped up two days of meetings with US officials on Sunday without a deal.',
      'Yeo concluded three days of negotiations with US officials in Washington on Friday without an agreement.',
      'Seoul’s delegation ended its third round of talks with the USTR in Geneva on Saturday without a result.',
      'Korean and U.S. negotiators closed two days of talks in Washington without reaching an agreement.',
      'Seoul and Washington failed on Friday to narrow their differences over the investment fund.',
      'The trade minister returned home without narrowing the differences with Washington over the fund.',
      'Lee finished his visit to Washington without any commitment from Trump to roll back the 25% tariff.',
      'The Korean delegation returned to Seoul without a victory to declare, officials said on Friday.',
      'Kim left the talks with Lutnick on Thursday without any assurance on the auto tariff.',
      'The two-day talks in Washington ended on Friday without bridging the gap on autos.',
      'Korea’s delegation left the meeting without a firm agreement, officials said on Wednesday.',
      'Yeo left the talks with Greer on Friday without a deal on autos.',
      'The Korean team left the negotiating table on Monday without any breakthrough.',
      'Korean negotiators left Washington without resolving their disagreement over the fund.',
      'No agreement was reached when the Korean and U.S. teams met, the ministry said.',
      'Seoul and Washington failed to find common ground during their third round of talks on Friday.',
      'The two sides made headway but have yet to settle on an agreement, Yeo said after Friday’s talks.',
      'Seoul and Washington are yet to strike a deal on the investment fund, officials said on Monday.',
      'The 25% rate took effect because Seoul failed to secure a deal with Washington ahead of the deadline.',
      'An agreement was not reached at the talks with Lutnick on Friday, Kim said.',
      'The 25% levy took effect after a late effort by Korean officials failed to produce a deal with the US.',
      'There has been no progress yet in the currency swap talks with Washington, Wi said.',
      'There was no headway at Friday’s talks between Seoul and Washington, officials said.',
      'Yeo returned from Washington without a deal on Friday after three days of talks with Greer.',
      'The Korean delegation returned to Seoul on Saturday with no agreement on the investment fund.',
      'Negotiators emerged from the Geneva talks on Monday without a breakthrough on autos.',
      'So far there has been no headway on the investment fund with the US, the ministry said on Monday.',
      'Korea’s trade minister left Washington on Friday without securing a reduction in the 25% US tariff.',
      'Yeo returned to Seoul on Sunday without reaching a deal with Greer on autos.',
      'The Korean delegation departed Washington without winning an exemption from the US levies.',
      'Seoul yet to resolve fund dispute with Washington as tariff hike looms',
      'Korea and the US have yet to settle their differences over the fund, officials said on Monday.',
      'The two sides are yet to bridge the gap on rice imports, Yeo said after the talks on Friday.',
      // No consensus, or a round ended with no joint statement.
      'There is still no consensus on autos in the talks with the US, officials said.',
      'There was no consensus on the fund at Friday’s meeting with Greer.',
      'Friday’s round with the US wrapped up without a joint statement.',
      'The talks with the US concluded with no statement on Tuesday.',
      'Consensus eluded the two sides: there was no consensus on rice at Monday’s talks with Washington.',
      'The fourth round with Washington closed without a statement on Thursday.',
      // Talks that do not move as they should.
      'The tariff talks with Washington are not progressing as expected, officials said on Friday.',
      'Negotiations with the US have not advanced as hoped, Seoul said on Monday.',
      'The talks with Washington are not moving forward, an official said on Tuesday.',
    ],
    counterexamples: [
      'The new factory produced little waste last year.',
      'Yeo came out of the meeting with a deal on autos on Monday.',
      'Yeo came away from the talks on Friday with an exemption for Korean steel.',
      'The talks with the US are progressing smoothly, officials said on Friday.',
      'Korea and the US have resolved their dispute over the fund, Kim said on Monday.',
      'Seoul and Washington settled their differences over the cash share on Friday.',
      'The new offer brought Seoul and Washington closer to a deal on the fund, officials said.',
      'There is no dispute that Korea and the US settled their differences on autos.',
      'Seoul said there was no reason the talks with Washington would not move ahead.',
      'Yeo came away from the talks with Greer with a deal on Friday.',
      // Failing to persuade one's own side is no stall at the table.
      'Korea failed to persuade its farmers to accept US beef.',
      // The next meeting's logistics still open.
      'The two delegations keep talking, but a new schedule for the round has yet to be finalised, officials said.',
      'The agenda for next week’s round with Greer has yet to be finalized.',
      'A date for the next round of tariff negotiations with Washington has yet to be finalised, Seoul said.',
      'The venue for the next meeting with Lutnick has yet to be finalised.',
      'Seoul hopes the talks will not make any breakthrough harder.',
      'The deal Korea reached with the US on Monday has yet to be approved by parliament.',
      'Kim said on Monday that Korea and the US are close to a deal.',
      'There were major developments in the Korea-US trade talks on Monday.',
      'Korean officials said the results of the talks with the US would be announced on Monday.',
      'The talks with the US produced concrete results, Yeo said on Friday.',
      'There will be no deal unless Korea opens its rice market, Lutnick said.',
      'Talks could end without a deal if Washington refuses to budge.',
      'If talks with Seoul make no progress, the US will raise tariffs on Korean goods.',
      'Korea would not reach a deal with Washington that hurts its farmers, Yeo said.',
      'Seoul and the U.S. reached an agreement on Friday.',
      'If by Aug. 1 no agreement is reached, the 25% tariff will apply.',
      'Korea and the US hope to find common ground next week.',
      'Yeo will not leave Washington without securing a deal with Greer, he said on Monday.',
      'Korea’s minister left for Washington without a deal in hand, hoping to win relief.',
    ],
  },
];
