import type { SignalRule } from './types';

/** Demands pressed on the other side, sums pledged to it, and what one side asked it for. */
export const PROPOSAL_DEMAND_AND_PLEDGE_RULES: SignalRule[] = [
  {
    id: 'proposal.demand',
    signal: 'proposal',
    patterns: [
      '@demand|insist ~5 MONEY|cash|investment|payment|concession|access|on|that|more',
      // Demanding, the verb, whatever is asked: a side pressing the other for it ("is demanding full control").
      '@demand^',
      // The demand named with what it asks: "the US demand to remove", "US demands for Seoul to lift".
      '@demand ~4 to ~2 remove|lift|open|scrap|drop|eliminate|ease|accept|pay|invest|buy|purchase|cut|lower|allow|address',
      // Also pushing for, or wanting, the other side to give something: "pushing for Seoul to buy more LNG",
      // "wants Washington to lower its levy on steel".
      '@urge|press|ask|request|call|want ~3 PARTY|seoul|korea|washington ~3 to ~2 submit|accept|offer|open|invest|make|lower|reduce|cut|exempt|remove|reverse|revise|lift|scrap|drop|eliminate|implement|reconsider|withdraw|put|pay|provide|contribute|buy|purchase|expand|increase|boost|move|fix|amend|correct|suspend|delay|postpone|ease|allow|address|raise',
      // "push" only as the verb: "a push by the administration to reduce food prices" is a policy drive.
      '@push^ ~3 PARTY|seoul|korea|washington ~3 to ~2 submit|accept|offer|open|invest|make|lower|reduce|cut|exempt|remove|reverse|revise|lift|scrap|drop|eliminate|implement|reconsider|withdraw|put|pay|provide|contribute|buy|purchase|expand|increase|boost|move|fix|amend|correct|suspend|delay|postpone|ease|allow|address|raise',
      '@propose ~4 MONEY|swap|partnership|cooperation|fund|investment|package|plan|elimination|cut|rate|RATE|quota|cap|ceiling|exemption|waiver',
      // Steps, measures or terms put forward to move the talks on: "proposed several steps to speed up the talks".
      '@propose^ ~3 step|measure|solution|option|mechanism|arrangement|compromise|alternative|formula|term|condition|way',
      // Asking that the other side give something: "requested that Seoul lift its ban on beef".
      '@request|ask|urge|demand ~2 that ~4 lift|accept|open|expand|buy|purchase|invest|lower|reduce|cut|remove|scrap|drop|ease|allow',
      // Pressing for a concession, not for an outcome ("pushing for looser rules on beef imports").
      '@push|press ~1 for ~6 import|access|purchase|opening|concession|relief|reduction|exemption|waiver',
      // Asking the other side to undo or spare a tariff: "called for the revocation of the tariff", "urged the US
      // not to impose higher tariffs".
      '@call^|push^|press^|ask^ ~1 for ~2 revocation|removal|lifting|elimination|repeal|reversal|withdrawal|exemption ~2 of|from|on ~4 tariff|levy|duty',
      '@urge^|ask^|press^|call^ ~4 not ~1 to ~2 impose|raise|hike|slap|apply|levy|reimpose|increase|subject|expand',
      // A concession made the price of relief: "is making any tariff relief conditional on access for US beef".
      '@make ~8 conditional ~1 on|upon',
      // ... or tied to it by a side: "linked any relief from the tariffs to looser platform rules".
      // A side ties it, not a deal's terms ("the accord ties relief to US output").
      'PARTY|official|administration|washington|seoul|lutnick|greer|bessent|trump ~3 @link^|tie^ ~4 relief|cut|reduction|exemption|waiver|removal ~6 to',
    ],
    forbid: ['hedged', 'perfect', 'claimed'],
    // "the U.S.-proposed terms of eight years and $25 billion": a proposal described is one on the table.
    allow: ['attributive'],
    needs: ['counterpart'],
    // Parliament or exporters pressing their own government is domestic politics, not a side's demand at the table.
    // A demand "still" pressed is a standing position, not one presented as news.
    unless: ['opposition', 'lawmaker', 'exporter', 'still'],
    confidence: 0.7,
    examples: [
      // Pressed to raise what it gives.
      'Washington pushed Seoul on Friday to raise the cash share of the fund.',
      'Lutnick pressed Seoul on Tuesday to raise its investment pledge.',
      'The Commerce Department asked Korea on Friday to raise its cash contribution.',
      'Greer wants Seoul to raise its quota for US rice, officials said on Monday.',
      // Insisting that the other side do something demands it.
      'Lutnick insisted on Friday that Seoul pay the money upfront.',
      'The US insisted on Tuesday that Korea open its rice market to American growers.',
      // Conditions proposed at the table.
      'Washington proposed tough conditions on beef imports to Seoul on Friday.',
      'At the talks in Washington, Korea proposed conditions for opening its rice market.',
      'The US side proposed conditions on rice imports at Tuesday’s talks with Seoul.',
      'Washington pushed Seoul on Friday to open its market to US beef.',
      // A hedge inside what is asked for ("to consider lowering") states the request.
      'Lee asked Trump on Friday to consider reducing the 25% levy on Korean cars.',
      'Seoul urged Washington on Monday to consider cutting its levy on Korean steel.',
      'Korea pressed the US to possibly exempt its chips from the new tariff, officials said on Friday.',
      // Asking for a cut, relief or an exemption.
      'Lee urged Washington at the talks to reduce the levy on Korean cars below 15%.',
      'Korea pushed for tariff relief at the talks with the US on Monday.',
      'Seoul pressed for a reduction of the US auto tariff during Friday’s talks.',
      'The US requested that Korea reduce its tariffs on American farm goods.',
      'Korea answered the US demand to scrap 30 import rules at the talks on Monday.',
      'Seoul rejected Washington’s demand to open its rice market during the talks on Friday.',
      'The US demand to ease Korea’s digital rules was on the table at Thursday’s meeting.',
      'The two sides agreed on Saturday on more time to deal with US demands for Seoul to lift its beef curbs.',
      'Korea asked the US not to hike tariffs on its chips.',
      'Seoul pressed Washington not to reimpose the 25% tariff.',
      // Asking the other side to undo or spare a tariff.
      'During the meeting with Trump, Lee called for the revocation of the US tariff on Korean exports.',
      'Seoul called for an exemption from the 25% US tariff for its batteries.',
      'Korea pressed for the removal of the 25% tariff on its steel at the talks with Lutnick.',
      'Seoul asked Washington not to raise the tariff on its cars above 15% during the talks.',
      'Seoul urged Washington on Monday not to impose higher tariffs on Korean goods.',
      // An old time after a participle dates the rates it describes, not the demand.
      'Korea on Friday urged the US not to raise tariffs above those agreed last year.',
      'Seoul urged Washington on Monday not to subject Korean chips to the new levy.',
      'Lee asked Trump on Friday not to subject Korean steel to higher duties.',
      'Yeo pressed the US on Friday not to expand the 25% tariff to Korean trucks.',
      // A quota, a cap or an exemption proposed.
      'Korea proposed a cap on its auto exports to the US on Friday.',
      'Seoul proposed a quota for its steel at the talks with Washington on Monday.',
      'Korea proposed an exemption for its chipmakers at Monday’s talks with the US.',
      // A concession made the price of relief.
      'The US is making any tariff relief for Korea conditional on access for American beef.',
      'Greer on Friday made a lower rate for Seoul conditional on faster investment.',
      'Washington made the cut in the auto levy conditional upon Korea buying more US gas.',
      // ... or tied to it by a side.
      'US negotiators linked any relief from the tariffs to looser Korean platform rules.',
      'Washington tied a cut in the auto tariff to more Korean investment on Monday.',
      'Lutnick linked an exemption for Korean steel to rules-of-origin checks.',
      'Seoul called on Washington on Monday not to impose levies higher than those signed last year.',
      'Lutnick demanded that Seoul pay the $350 billion in cash, officials said.',
      'Korea proposed a currency swap line to the U.S. Treasury during the talks.',
      'The minister proposed several steps to speed up the negotiations with Washington.',
      'Seoul proposed a compromise on the investment fund at the talks with Lutnick on Friday.',
      'Korean negotiators proposed new measures on rice imports during the meeting with Greer.',
      'Greer urged Seoul to submit its best final offer before the deadline.',
      'Washington is pushing for Seoul to buy more US gas as part of any deal, a source said on Friday.',
      'Korea pushed the US on Monday to cut its tariff on Korean cars.',
      'Seoul specifically wants Washington to lower its 50% levy on Korean steel, officials said on Monday.',
      'Seoul asked the Trump administration to reverse the 25% tariff on Korean cars.',
      'The trade minister urged Washington on Monday to implement the agreed tariff cut swiftly.',
      'The US requested that South Korea lift its ban on American beef from older cattle.',
      'Washington asked that Seoul open its rice market further, officials said on Monday.',
      'U.S. negotiators urged that Korea accept more American cars under its safety rules.',
      'In the tariff talks with Korea, Washington is pushing for easier access for its beef.',
      'Washington pressed for wider access to Korea’s rice market during the talks on Friday.',
      'US negotiators are pushing for more Korean purchases of American LNG, officials said.',
      'Washington has asked Seoul to put up $350 billion in cash, officials said on Friday.',
      'The US side called for Korea to scrap its restrictions on American beef in the talks on Monday.',
      'Lutnick called on Seoul to contribute more to the investment fund during Thursday’s meeting.',
      'Greer called on Korea to lift its limits on US beef during the talks on Wednesday.',
      'Greer pressed Korea on Tuesday to buy more American liquefied natural gas.',
      'Seoul finds the U.S.-proposed $25 billion in purchases hard to accept, officials said.',
      'Korea rejected the Washington-proposed $350 billion fund in the talks on Friday.',
      'Seoul said on Monday that the American-proposed $20 billion annual cap on the fund was too low.',
      'US officials pressed Seoul to move first on the investment package during the talks.',
      'Korea’s negotiator urged U.S. officials to fix the overlapping tariffs on Korean goods quickly.',
      'At the meeting, Seoul asked Washington to suspend the auto tariff while the talks go on.',
      'Ministers urged the US to amend the order that stacks the new tariff on existing duties.',
      // The verb with any object: what is asked need not be money or access.
      'Washington is demanding full control over how the fund is spent, Korean officials said on Monday.',
      'At Tuesday’s talks Lutnick demanded a larger share of the profits from Korea’s US projects.',
      'The US now demands a veto over every project the fund backs, officials in Seoul said.',
    ],
    counterexamples: [
      'Korean exporters urged Seoul on Monday to raise its support for carmakers.',
      // A demand as what the news answers or overcomes is its backdrop.
      'Korea capped the fund at $20 billion a year in response to the US demand for $350 billion in cash.',
      'Seoul signed the tariff pact despite the US demand for more money up front, officials said on Friday.',
      // Told in the bare present, a demand is a side's standing position (DEFAULT_REQUIRE_ANY).
      'Seoul wants Washington to cut the levy on its cars.',
      'Washington demands wider access for American rice in every round.',
      // What a deal's text asks of a side is one of its terms, not a demand made at the table.
      'The agreement calls for Korea to buy more American energy over four years.',
      'The framework deal also asks Korea to invest in American shipyards.',
      'The accord also wants Seoul to lower its duties on US cars.',
      'The framework pact urges Korea to scrap its curbs on US beef.',
      // "that's" after "insisted" is the pronoun and a verb: a claim, not a demand.
      'Yeo insisted that’s not so at the talks with Greer on Friday.',
      "Lutnick insisted that's simply untrue, speaking of Seoul's offer on Monday.",
      'Greer insisted that’s all Seoul would get from the talks, officials said on Monday.',
      // Insisting that something is so claims it.
      'Lee insists that Korean and US officials already have a plan for the fund.',
      'Washington insisted on Friday that Seoul was already paying enough, officials said.',
      'Yeo insisted that Korea had not agreed to open up its rice market to the US.',
      // A deal's terms that tie relief to something are no side's demand.
      'The accord ties tariff relief for Korea to its chipmakers’ US output.',
      // Still pressed: a standing position.
      'Washington is still pressing Seoul to open its rice market, officials said on Friday.',
      'The US is still demanding more investment from Korea, officials said on Monday.',
      // A push as a noun: a side's own policy drive.
      'The deal feeds a push by the White House to reduce grocery prices.',
      'Korea backed a push by Washington to lower drug prices.',
      'Officials praised a push by Seoul to cut red tape for US investors.',
      // The asking itself hedged.
      'Korea may ask the US to lower the tariff on its cars.',
      // Wanting what is no concession from the other side.
      'Korean exporters want Seoul to buy more time before the deadline.',
      'Korea wants the US to be a reliable partner, Lee said on Monday.',
      'Trump wants Korea to extend the deadline, officials said.',
      'Korean exporters pushed for relief from the US tariffs on Monday.',
      'Korea will push for tariff relief at the talks with the US.',
      'Yeo met Greer on Thursday, weeks after Washington demanded more access for US beef.',
      'Lee and Trump pledged closer cooperation on shipbuilding at their summit on Monday.',
      'The two leaders pledged a stronger economic partnership with the US during Tuesday’s meeting.',
      'Korea pledged deeper cooperation with Washington on chips and energy, the ministry said on Friday.',
      'Farmers staged protests on Monday to demand to be heard before any deal with the US.',
      // Parliament pressing its own government.
      'Opposition lawmakers demanded that Seoul release the terms of the US deal.',
      'The main opposition party insisted on a vote on the investment pledge to the US.',
      'Opposition leaders insisted that the government reveal the US deal’s costs.',
      // A demand made of a company, not of the other side; and one only possible.
      'Korean unions demanded higher wages from Hyundai on Monday.',
      'Washington could demand a veto over the fund’s projects, analysts said.',
      'Korea may propose a currency swap to the U.S. if the talks stall.',
      'Korea may propose new measures to the U.S. if the talks stall.',
      'The U.S. did not demand more concessions from Korea, the ministry said.',
      'Trump has insisted that the money from Korea be paid upfront.',
      'The talks will settle how Seoul carries out its $350 billion pledge of American investment.',
      // A pledge named as what a deal's rate was given for.
      'The 15% rate came with Korea’s pledge of $350 billion for American shipyards and chip plants.',
      'The framework with the US sets a 15% rate, backed by a pledge of $350 billion from Seoul for investment.',
      'Washington cut the levy to 15% in return for a pledge of $350 billion by Seoul.',
      'Korea asked that the next round of the talks with the U.S. be held in Seoul.',
      'Korea is pushing for a deal with Washington before its Aug. 1 deadline.',
      'Lee called Korea’s exporters to a meeting to discuss the tariffs on Monday.',
    ],
  },
  {
    // A sum or a package pledged on a day of the talks is an offer: "pledged on Friday to invest $100 billion in a
    // fresh effort to lower the tariff". Told with no time of its own, a pledge is a term of the deal recalled in passing.
    id: 'proposal.pledge',
    signal: 'proposal',
    // Pledging "cooperation" or a "partnership" is a summit's courtesy; pledging money or a cut is an offer.
    patterns: ['@pledge^ ~4 MONEY|swap|fund|investment|package|plan|elimination|cut|rate|RATE'],
    forbid: ['hedged', 'perfect'],
    allow: ['attributive'],
    needs: ['counterpart', 'anchored'],
    unless: ['opposition', 'lawmaker', 'exporter', 'still'],
    confidence: 0.7,
    examples: [
      'Korea pledged on Friday $100 billion of US investment in a fresh effort to lower the tariff.',
      'At Monday’s talks, Seoul pledged a $20 billion fund for US shipyards.',
      'Korea on Tuesday pledged an investment package worth $150 billion to the US.',
    ],
    // A pledge with no time of its own, away from the lead, is checked by the behaviour stories ("pledges recalled").
    counterexamples: [
      'Lee and Trump pledged closer cooperation on shipbuilding at their summit on Monday.',
      'Lawmakers on Friday demanded a vote on the $350 billion pledged to the US.',
      'The opposition on Monday criticised the $350 billion package pledged to the US.',
    ],
  },
  {
    // What one side asked the other for at the talks: an exemption, a cut, a swap line.
    id: 'proposal.asked-for',
    signal: 'proposal',
    patterns: [
      '@ask^|request^|seek^ ~6 exemption|waiver|cut|reduction|relief|swap|removal|lower|lowering|carve-out|concession|suspension|pause|postponement|delay|rollback|exclusion',
    ],
    require: ['past'],
    forbid: ['hedged', 'perfect'],
    needs: ['counterpart'],
    unless: ['company', 'firm', 'court', 'lawmaker', 'exporter', 'industry', 'business/NOUN'],
    // Asking what a cut or an exemption means, or when it comes, is asking about it, not for it.
    unlessObject: ['clarity', 'detail', 'explanation'],
    confidence: 0.66,
    examples: [
      'Seoul asked Washington on Monday for an exemption from the 25% auto tariff.',
      'Korea sought a currency swap line from the US Treasury in the talks on Wednesday.',
      'Korean negotiators requested a lower tariff on cars during the talks with Lutnick on Thursday.',
      'Seoul asked Washington for a suspension of the auto tariffs during the talks on Monday.',
      'Seoul requested a pause in the steel tariffs during the talks with Greer on Monday.',
      'Korean negotiators sought a delay of the steel tariff at the meeting with Greer on Tuesday.',
    ],
    counterexamples: [
      'Korea will seek an exemption from the US steel tariffs, the ministry said.',
      'Korean exporters asked the government for relief from the US tariffs on Monday.',
      'Korea has long sought a cut in the US tariff on its cars.',
      // Sought for some time: a standing position, not a request made now.
      'Seoul has been seeking an exemption from the US steel tariff, officials said.',
      'Korea has been asking Washington for relief on the auto levy since the spring.',
      'Korean negotiators have been requesting a delay of the chip tariff at the talks.',
      'The two officials met last in Washington in April, when Korea requested exemptions from the tariffs.',
      // Asked about the relief, not for it.
      'Korean negotiators sought clarity over the promised exemption.',
      'Seoul sought clarity on the tariff cut from US officials on Tuesday.',
      'Korea requested clarity about the promised relief from the US.',
      'Seoul asked Washington for details of the tariff cut on Monday.',
      'Korea requested details on the auto tariff reduction from the US.',
      'Korean officials sought details of the promised exemption from the US on Friday.',
      'Seoul asked Washington for an explanation of the delay in the tariff cut.',
      'Korea sought an explanation of the auto tariff reduction from the US on Monday.',
      'Korean officials requested an explanation of the tariff relief from Washington.',
    ],
  },
];
