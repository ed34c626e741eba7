import type { SignalRule } from './types';
import { DEAL } from './vocabulary';

/** Offers, counter-offers and drafts put on the table, and calls to end the tariffs. */
export const PROPOSAL_OFFER_AND_CALL_RULES: SignalRule[] = [
  {
    id: 'proposal.offer',
    signal: 'proposal',
    patterns: [
      // A side's position paper in answer to the other's draft is its offer.
      '@submit|send|deliver|table|present|hand ~3np position ~1 paper',
      // Shared with or conveyed to the other side as well: "shared a revised proposal with Washington".
      '@offer|propose|present|submit|send|deliver|table|make|unveil|put|pitch|hand|float|share|convey ~5np proposal|offer|plan|package|concession|counterproposal|counteroffer|counter-proposal|counter-offer|counter|draft|list|swap|idea',
      // A deal offered or proposed is a proposal ("offered us a deal", "proposed a trade agreement"); one made is not.
      `@offer^|propose^ ~5np ${DEAL}`,
      // Terms or a text sent over: "sent New Delhi our terms", "handed the Japanese side a draft text".
      '@send^|hand^|deliver^|submit^ ~4 term',
      '@send^|hand^|deliver^|submit^ ~5 draft ~1 text|agreement|deal',
      // The other side presented with it ("presented Seoul with a draft deal"), or demands laid down.
      '@present^ ~4 with ~3 draft|proposal|offer|counterproposal|list|demand|term',
      '@lay^ ~1 down ~4 demand|condition|term|requirement',
      // Laid out before the other side: "laid out a package of concessions".
      '@lay^ ~1 out ~4 proposal|offer|plan|package|concession|term|demand|condition',
      // Brought to the talks: "came to Washington with a sweetened offer".
      '@come^|arrive^|return^ ~6 with ~3 proposal|offer|counterproposal|counteroffer|package',
      // A reply to the other side's proposal or demands is a counter-offer: "submitted its response to the US proposal".
      '@submit|present|send|deliver|table|hand ~5np response ~1 to ~4 proposal|demand|request|offer|draft|list',
      // An offer drawn up or brought to the table: "have drawn up an improved offer", "bringing a new proposal".
      '@draw^|prepare^|bring^|craft^ ~1 up? ~4 proposal|offer|counterproposal|counteroffer',
      '@proposal|offer|counterproposal ~5 present|submit|send|deliver|table|make',
      // "the proposals put forward by Korea": the passive participle after its noun.
      '@proposal|offer|counterproposal ~1 put ~1 forward',
      // An offer turned down was an offer made.
      '@proposal|offer|counterproposal ~10 be ~2 reject|rebuff|dismiss|refuse|decline',
      '@proposal|offer|counterproposal ~10 be ~2 turn ~1 down',
      '@reject^|rebuff^|dismiss^|refuse^|decline^ ~4 proposal|offer|counterproposal|counteroffer',
      '@turn^ ~1 down ~4 proposal|offer|counterproposal|counteroffer',
      '@demand|press|push|ask ~4 concession|access|open',
      // Terms pressed for: "the US side pushed for stricter terms".
      '@demand|press|push ~1 for ~3 term|condition',
      '@propose|offer ~3 to ~3 invest|buy|purchase|cut|lower|open|fund|finance|cap|limit|raise|increase|expand|boost|double',
      // Proposing that a term stand or change, whatever the length of its subject: "proposed that the 25% levies on
      // cars and steel from Korea remain in the deal".
      '@propose^ ~3 that ~16 remain|stay|lift|lower|reduce|cut|remove|scrap|drop|ease|eliminate|exempt|waive|buy|purchase|invest|open|accept|expand|collect|charge|cap|set',
      '@propose|offer ~2 buy|purchase|invest|import|open|cut|lower|reduce|eliminate|remove|scrap|lift|waive|build|increase|establish|create|set|cap|limit|finance',
      // Offering to take up the other side's complaints, or proposing to rework the pact between them.
      '@offer^ ~3 to ~1 address|tackle|resolve|ease|relax|simplify|streamline ~4 barrier|concern|complaint|issue|rule|check|measure|restriction|curb|obstacle|standard|regulation|requirement',
      '@propose^ ~2 revamp|revamping|overhaul|overhauling|revise|revising|amend|amending|renegotiate|renegotiating',
      // A pledge made, the verb: "a partner's pledge to lift its curbs" names a term the other side cites.
      '@pledge^ ~2 buy|purchase|invest|import|open|cut|lower|reduce|eliminate|remove|scrap|lift|waive|build|increase|establish|create|set',
      // Offering a rate or a purchase: "offers zero duties on American goods", "offers a boost in US purchases".
      '@offer ~4 zero|zero-for-zero|RATE|MONEY|tariff|purchase|boost|investment|fund|access|elimination|removal|reduction',
    ],
    // An offer made on a condition that follows it ("offered to invest more if Washington cut the levy") is an offer
    // with its terms; one told inside the condition ("if Seoul offers more cash, ...") is a supposition.
    allow: ['conditional'],
    forbid: ['hedged', 'supposition'],
    needs: ['counterpart'],
    // A push for concessions "still" made is a standing position, not one presented as news; a list of the other
    // side's goods to hit back at is a threat of countermeasures, not an offer.
    unless: ['still', 'retaliation', 'retaliatory', 'countermeasure', 'target'],
    confidence: 0.72,
    examples: [
      // Shared with, or conveyed to, the other side.
      'Korea shared its latest offer with US negotiators on Monday.',
      'Seoul shared a new package of concessions with Washington on Friday.',
      'Korea’s negotiators shared a fresh proposal with the US side this week.',
      'Korea conveyed its revised proposal to Washington on Tuesday.',
      'Seoul conveyed a new offer to the US side on Friday.',
      'Yeo conveyed Korea’s package of concessions to Greer on Monday.',
      // Offered to raise, expand or increase; laid out; brought to the talks.
      'Korea offered on Monday to raise its US investment pledge to $400 billion.',
      'Korea proposed on Friday to expand its imports of US beef.',
      'Korea proposed on Monday to raise its quota for US rice.',
      "Korea's negotiators laid out a package of concessions on autos at Friday's talks.",
      'Seoul laid out its new proposal on rice to Greer on Monday.',
      'The US laid out its terms for a lower tariff at the talks on Tuesday.',
      'Korean negotiators came to Washington on Monday with a sweetened offer on autos.',
      "Yeo arrived at Thursday's talks with Greer with a new proposal on the fund.",
      "Seoul's negotiators returned to Washington on Friday with a revised offer.",
      // Offers to finance, cap or limit.
      'Korea offered on Friday to help finance new US shipyards in return for lower tariffs on its cars.',
      'Seoul has proposed limiting its yearly cash payments into the US fund to $20 billion.',
      'Korean negotiators proposed capping the cash share of the fund at 5%, officials said on Monday.',
      'Seoul offered to finance US chip plants if Washington cut the levy on Korean cars, officials said.',
      // Presented with a draft; demands laid down.
      'The US presented Seoul with a draft deal on Monday.',
      'Washington presented Korea with a list of demands on Friday.',
      'US negotiators presented their Korean counterparts with a revised offer this week.',
      'Lutnick laid down his demands to Seoul at the talks on Monday.',
      'Washington laid down tough conditions for a lower rate, Korean officials said on Friday.',
      'The US side laid down new terms on the fund during Friday’s meeting with Korea.',
      // Terms or a draft text sent over.
      '"We have sent Seoul our terms," Greer said after the talks on Tuesday.',
      'The US side handed Korean negotiators a draft text of the agreement on Monday.',
      'Seoul delivered its terms for the fund to Lutnick’s team on Friday, officials said.',
      // A deal offered is one proposed.
      'Seoul offered Washington a deal on shipbuilding on Tuesday to avert the 25% tariff.',
      // Terms pressed for; proposals put forward.
      'Washington pushed for stricter terms on the fund on Monday, officials in Seoul said.',
      'The US side pressed for tougher conditions on the cash share at the talks with Yeo.',
      'Lutnick is pushing for new terms on Korea’s investment pledge, sources said.',
      'Greer on Tuesday praised the proposals put forward by Korea as the best he had seen.',
      'The new offer put forward by Seoul to Washington on Friday covered rice and beef.',
      'Washington studied the counterproposal put forward by the Korean side this week.',
      // Complaints taken up, the pact reworked.
      'Korea offered to address US complaints over its farm rules at Monday’s talks.',
      'At the talks, Seoul offered to simplify the import checks Washington objects to.',
      'Korea offered on Friday to streamline its car safety rules for US makers.',
      'Seoul proposed revamping its free trade pact with Washington on Tuesday.',
      'Korea proposed to overhaul the 2012 trade agreement with the US, the ministry said.',
      'The Korean side proposed amending the pact’s auto chapter during the talks with Greer.',
      'Korea on Monday offered the United States a trade agreement that scraps its tariffs on US goods.',
      'Seoul has offered the US a deal where it charges no tariff on American cars, Trump said.',
      'Seoul proposed a tariff agreement with zero duties on both sides to Washington on Monday.',
      'Korea has proposed a new trade deal to the US that covers cars and rice.',
      'The Korean side proposed a shipbuilding pact to the US during Tuesday’s talks.',
      // A rate proposed for the other side to charge.
      'Lee proposed that the US collect tariffs on Korean goods at 10 percent.',
      'Seoul proposed on Friday that Washington charge a 12.5% levy on Korean cars.',
      'Korea proposed that the US cap its duties on Korean chips at 15%.',
      // A reply to the other side's proposal or demands.
      'Seoul submitted its response to the latest US proposal on Friday.',
      'Korea delivered its written response to Washington’s demands on Monday.',
      'Yeo presented Korea’s official responses to the additional US requests on Tuesday.',
      'Korea pledged to import more US beef during the talks with Greer on Tuesday.',
      'Korea pledged to lift its curbs on US apples at the meeting with Greer on Monday.',
      // "the talks", "these discussions" speak of the negotiation, and so of the other side.
      'Korea presented an improved offer during the talks on Friday.',
      // A participle after a possessive describes the offer: "its revised proposal".
      'Korea sent its revised proposal to Washington on Sunday.',
      'Seoul has delivered its improved offer to the US side, the ministry said on Monday.',
      'Korean negotiators tabled their updated package at the talks on Friday.',
      'Korea tabled a new proposal at the negotiations on Friday.',
      'Seoul put forward a revised package during these discussions, officials said on Monday.',
      // A position paper submitted in answer to the other side's draft.
      // Offered or proposed as a cut of any wording: reducing, eliminating, removing.
      // Proposed that a term stand or change; "should" there states what is asked for.
      'The US has proposed that the 25% tariffs on Korean cars should remain in the deal.',
      'Washington proposed on Monday that Korea’s steel levies stay in place under the agreement.',
      'Korea has proposed that the US lower the 25% tariff on its cars in exchange for investment, officials said.',
      'Washington has proposed that its new levies on cars, steel, and chips from Korea should stay.',
      'Washington proposed reducing tariffs on Korean cars from 25% to 15%.',
      'The US proposed eliminating tariffs on Korean aircraft parts in the talks.',
      'Seoul offered to remove its curbs on US beef at the talks on Monday.',
      'Korea pledged to buy more US energy at the talks on Monday.',
      'Korea submitted its position paper to Greer’s office on Friday.',
      'Seoul sent a position paper answering the US draft agreement on Monday.',
      'Yeo handed his position paper to Greer at the talks on Tuesday.',
      'Korea floated the idea of a joint shipbuilding fund during the talks with the US on Friday.',
      'Seoul floated a plan to pay part of the fund in loans at Thursday’s meeting with Lutnick.',
      'US negotiators floated a proposal to cap Korean steel exports in the talks on Monday.',
      'Lutnick rebuffed Korea’s counterproposal on the fund during the talks on Wednesday.',
      'The White House dismissed Seoul’s offer on rice as too small, officials said on Friday.',
      'Washington turned down Seoul’s counteroffer on the currency swap on Monday.',
      'Trump turned down the Korean offer to invest through loans, officials said on Tuesday.',
      'Washington rejected Seoul’s latest offer on Thursday, officials said.',
      'The US turned down Korea’s latest proposal on the fund on Friday, officials said.',
      'Korea offered zero tariffs on US goods as the talks with Washington opened.',
      'Seoul is offering Washington a boost in US energy purchases, the ministry said on Monday.',
      'Korea offered a 0% rate on American cars during the talks with Lutnick on Friday.',
      'On Thursday South Korea presented a reworked trade proposal to the U.S. side.',
      'Washington demanded further concessions on rice and beef from Seoul.',
      'Korea offered to invest $100 billion in U.S. shipbuilding as part of the talks.',
      'Seoul has proposed setting up a currency swap facility with the U.S. Treasury.',
      'The Korean team presented its counterproposal to the latest U.S. requests on Friday.',
      'U.S. officials rejected her proposal for a tariff rate of 10% on Korean goods.',
      'Seoul’s offer of $350 billion in investment was turned down by Washington on Friday.',
      'The Korean counterproposal was rebuffed by Lutnick, officials said.',
      'Korea pitched a shipbuilding cooperation package to US negotiators on Thursday.',
      'Korea has offered a $100 billion shipbuilding fund to the US.',
      'Seoul offered a $150 billion fund for US shipyards during the talks on Friday.',
      'Korea is offering the US $350 billion in investment, officials said on Monday.',
      'Seoul on Monday handed Washington a new offer that includes more US energy purchases.',
      'Seoul made a counteroffer to Washington on Friday on the investment fund.',
      'Korea submitted a counter-proposal to the US side on Thursday, officials said.',
      'Seoul pitched a new investment plan to Washington on Monday.',
      'Korea offered zero-for-zero tariffs on industrial goods to the US on Tuesday.',
      'Korea offered zero-for-zero tariffs on cars during the talks with Washington on Friday.',
      '“We have drawn up an improved offer to the US,” the Swiss minister said on Friday.',
      'The Korean delegation brought a new proposal on the fund to Washington on Monday.',
      'Seoul prepared a fresh counterproposal on rice for the talks with Greer this week, officials said.',
      'Seoul crafted a new offer on US rice purchases for the talks with Lutnick on Thursday.',
      // What a quantity noun gathers is the object: "a range of concessions" is concessions.
      'Korea has offered a broad range of concessions to Washington, from LNG to beef.',
      'Seoul tabled a series of proposals at the talks with Greer on Monday.',
      'Seoul put forward a raft of new offers to the US side this week.',
    ],
    counterexamples: [
      'Korea laid out its case against the tariff to reporters on Monday.',
      // An offer named as the goal after a colon is still to be made.
      'Korea’s trade minister flew to Washington on Sunday. The aim: present a bigger offer on US rice.',
      'Seoul’s goal: put forward a new proposal on the fund before Aug. 1.',
      // Told in the bare present, an offer is a side's standing position (DEFAULT_REQUIRE_ANY).
      'Korea offers investment pledges whenever the tariff talks stall.',
      'Seoul may propose capping the cash share of the fund, officials said.',
      'Korea has not offered to finance US shipyards, the ministry said.',
      'If Seoul offers more cash for the fund, Washington may cut the levy on its cars.',
      'Korea would offer to buy more US gas if the tariff on its cars were cut, officials said.',
      'Washington will present Seoul with a draft next week.',
      'Seoul was not presented with any proposal at the talks with the US.',
      'Seoul refused to accept the conditions Washington laid down in the spring.',
      'Korea sent a text message of congratulations to Greer on Monday.',
      // Any other "of" ends the object: the offer here is not what was made.
      'Korea made an announcement of a plan to the US on Monday.',
      // A list of the other side's goods to hit back at.
      'Brussels unveiled a list of US goods for retaliation on Friday.',
      'The Commission presented a list of American products it could hit with countermeasures.',
      'The EU made public a list of US goods it may target in retaliation.',
      // A headline's "on proposed pact" names the pact under talks (the article dropped), not an offer made.
      'Korea and US negotiators to meet next month on proposed comprehensive agreement',
      'Korean ministers fly to Washington for talks on proposed new pact',
      'US, Korea negotiators gather in Seoul over proposed bilateral deal',
      'Trade talks between Korea and US focus on proposed initial agreement',
      // Offering to address the press is no offer to the other side.
      'Yeo offered to address reporters in Washington after the talks with Greer.',
      // A deal that offers terms, or one made, is no offer of a deal.
      'The deal offers Korea a 15% rate on cars.',
      'Korea and the US made a deal on Friday.',
      // A response to anything else is no offer.
      'Korea made its response to the US tariff letter public on Monday.',
      'Seoul sent a response to Washington’s questions about the fund on Friday.',
      // Still pressed: a standing position.
      'The two sides are still pushing for more trade concessions, officials said on Friday.',
      'Korea is still pressing for access for its cars at the talks with Lutnick.',
      'Both governments are still demanding concessions from each other, Yeo said on Monday.',
      // Put to one's own parliament, not to the other side.
      'Seoul submitted a revised package to its parliament on Monday.',
      // A proposal that may come is no proposal made.
      'Korea could propose that the US should lower its tariff on cars.',
      // A pledge named as a noun is a term the other side cites or welcomes, not an offer on the table.
      'Trump cited Seoul’s pledge to open its rice market in explaining the tariff cut.',
      'The order rests on Korea’s pledge to invest $200 billion in American shipyards.',
      'Greer praised Korea’s pledge to purchase more American LNG on Friday.',
      'The ministry published a white paper on trade with the US on Monday.',
      // "weeks after" dates what follows it: the offer is weeks old.
      'Lee visited Washington on Friday, weeks after Seoul offered a $350 billion investment package.',
      // An offer must be the verb's own object, not a noun further on behind a preposition or a comma.
      'Markets fell after Trump made an announcement of a plan to hike the duty on Korean steel.',
      'Stocks rose after the US president made public the outline of a plan to cut the tariff on Korean cars.',
      'Korea’s minister flew to Washington after Trump sent Seoul a letter, plans for a 25% duty in hand.',
      // A stance held for a while, told in the perfect progressive, is no new proposal.
      'Washington has been pushing for wider access to Korean rice and beef, a demand Seoul resists.',
      'Washington has long been pressing Seoul for more access to its farm market.',
      'The US has been asking Korea to open its market to American apples for years.',
      // Countries in general, reported by a US official.
      'Leavitt said more than 15 countries have already submitted proposals for revised tariff deals.',
      'Greer told reporters many countries presented offers to the US this week.',
      'Lutnick said several countries made new offers on Friday.',
      'Korea will not offer zero tariffs on US rice, the minister told Greer.',
      'Korea will present a new proposal to the U.S. next week.',
      'Korea may offer more concessions if the talks with Washington stall.',
      'Korea did not make any new offer to the U.S., the ministry said.',
      'Korea will draw up a new offer for Washington next week.',
      // Pushing or asking "for" an outcome is the goal of the talks, not an offer or a demand on the table.
      'Negotiators in Seoul and Washington are pushing for a more lasting solution.',
      'Korea asked for more time to study the U.S. position before the next round.',
      'On Friday both sides pressed for an early end to the tariff talks.',
      'Korea’s proposal could be rejected by the U.S. if it does not add more investment.',
    ],
  },
  {
    // "Calling for" an end to the tariffs is a demand made at the table; "call" alone is a hedge word.
    id: 'proposal.call-for',
    signal: 'proposal',
    patterns: [
      '@call ~2 for ~4 elimination|removal|reduction|cut|exemption|withdrawal|reversal|lowering|scrapping',
      // The noun with its infinitive: "renewed its call to scrap the tariffs".
      '@call/NOUN ~1 to ~1 scrap|remove|eliminate|lift|cut|lower|reduce|withdraw|drop|exempt|reverse',
    ],
    allow: ['hedged'],
    forbid: ['pluperfect'],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'During Friday’s talks, Yeo called for the elimination of Washington’s tariffs on Korean cars.',
      'At the meeting with Lutnick, Korea called strongly for a reduction of the 25% tariff.',
      'Seoul is calling for an exemption from the U.S. steel tariffs, the ministry said.',
      'Seoul renewed its call to scrap the US tariffs on its cars on Monday.',
      'Korea repeated its call to lift the 25% levy at the talks with Greer.',
      'Seoul stepped up its call to remove the US levy on Korean steel this week.',
    ],
    counterexamples: [
      'Korea had called for the removal of the tariffs in April.',
      'Korea did not call for an elimination of the US levies, the ministry said.',
      'Korea could call for a reduction of the tariffs if talks resume.',
      // Called for over a long time: a standing position.
      'Washington has long been calling for cuts in Korea’s tariffs on US farm goods.',
      'Seoul has been calling for the removal of the US levy on its steel.',
      'Korea continues to call for an exemption from the chip tariff, the ministry said.',
    ],
  },
];
