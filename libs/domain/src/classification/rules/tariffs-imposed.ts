import { DEAL_SET_WORDS, LIFTED_WORDS, MONETARY_WORDS, SECTOR_WORDS, TARIFF } from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs put in force, told by a verb (the participle after "newly" and the noun are in tariffs-imposition.ts). */
export const TARIFF_IMPOSED_RULES: SignalRule[] = [
  {
    id: 'tariff.imposed',
    signal: 'tariff_imposed',
    patterns: [
      `@impose^|slap^|levy^|apply^|enact^|activate^ ~4 RATE|${TARIFF}`,
      // An order is the tariff imposed (the labels' rule): "Trump ordered a 25% tariff on Indian goods".
      `@order^ ~4np RATE|${TARIFF}`,
      // A tariff takes effect; talks "take place" (in Seoul) put nothing in force.
      `${TARIFF} ~5 @take ~1 effect`,
      `${TARIFF} ~5 @go|kick|come|enter ~2 effect|in|force`,
      // A long subject: "The 39% levy, one of the steepest anywhere, took effect at midnight", or the goods and the
      // order named before the verb.
      `${TARIFF} ~16 @take|go|come|enter ~2 effect|force`,
      // "began to apply on Thursday": the tariff's own start told with an infinitive.
      `${TARIFF} ~6 @begin^|start^ ~1 to ~1 apply`,
      `${TARIFF} ~16 @kick ~1 in`,
      // Paying it is its being in force: "exporters started paying the 15% tariff on Thursday".
      `@begin^|start^ ~1 pay|paying ~3 RATE|${TARIFF}`,
      `${TARIFF} ~3 be ~2 @impose|enforce|collect|implement|put|apply`,
      `@implement|enforce ~4 ${TARIFF}|RATE`,
      `${TARIFF} ~4 @rise|climb|jump|increase|double|triple ~2 to ~2 RATE`,
      `@sign|issue ~4 order ~6 ${TARIFF}|RATE`,
      // "took executive action on Friday to hit Korea with a further 25% levy": the action is the order.
      `@take^ ~2 action ~4 to ~1 hit|impose|raise|slap|put|levy ~6 RATE|${TARIFF}`,
      `@begin|start ~1 collect|charge|impose|apply|levy|enforce|implement ~3 RATE|${TARIFF}`,
      // "confirmed the implementation of a 104% tariff": the tariff put in force, told as a noun.
      `@confirm^|announce^|begin^|start^ ~3 implementation ~1 of ~4 RATE|${TARIFF}`,
      `${TARIFF} ~5 @become ~1 effective`,
      // "was hit with a 50% US tariff on Wednesday": struck, past; one still to come is a threat.
      `@hit^ ~1 with ~6 RATE|${TARIFF}`,
      // A rise made by order is in force (the labels' rule; said without an order it is a threat).
      `@raise^|increase^|hike^ ~8 ${TARIFF} ~10 order|proclamation`,
      // ... or the order the subject: "A proclamation signed on Monday raised the tariff to 25%".
      `order|proclamation ~6 @raise^|increase^|hike^ ~6 ${TARIFF}`,
      // Put or brought into force by a side: "put the 25% levy on Korean goods into force".
      `@put^|bring^ ~8 ${TARIFF}|RATE ~6 into|in ~1 force|effect`,
    ],
    require: ['past'],
    forbid: ['perfect'],
    needs: ['mainParty'],
    // An order that delays or postpones a tariff or its deadline puts nothing in force.
    unless: [
      ...SECTOR_WORDS,
      ...LIFTED_WORDS,
      ...DEAL_SET_WORDS,
      ...MONETARY_WORDS,
      'extend',
      'truce',
      'delay',
      'postpone',
    ],
    // "were put off for 90 days": put back, not put on.
    unlessObject: ['off'],
    confidence: 0.75,
    examples: [
      // A "since" clause that dates its event within days reports it, as "after" and "when" do.
      'Exports have slowed since the 25% tariff on Korean goods took effect on Monday.',
      'Seoul has protested twice since Washington imposed a 25% tariff on Korean goods on Thursday.',
      'Since the 25% tariff on Korean goods took effect on Friday, exports to the US have slowed.',
      // Put or brought into force; an order or a proclamation as the subject of the rise.
      'The White House put the 25% levy on Korean goods into force on Friday.',
      'Washington brought the 25% tariff on Korean cars into effect on Thursday.',
      'Trump put the new 25% duty on Korean imports in force on Monday.',
      'A proclamation signed on Monday raised the tariff on Korean goods to 25%.',
      'The order issued on Thursday increased the levy on Korean cars to 25%.',
      "Trump's executive order on Friday hiked duties on Korean imports to 25%.",
      // Kicking in after a long subject; exporters paying it.
      'The higher duties on most Korean goods named in the July letter kicked in at midnight.',
      // Entered into force, began to apply, doubled to a rate.
      'A 25% US levy on Korean goods entered into force on Thursday, customs officials said.',
      'The new duties on Korean cars entered into force at midnight.',
      'The 15% US tariff on Korean exports began to apply on Thursday.',
      'Higher duties on Korean exports started to apply on Monday, the ministry said.',
      'US tariffs on Korean goods doubled to 50% on Wednesday.',
      'Higher US duties on Korean goods came into effect on Friday, lifting the combined rate to 25% on cars.',
      'The new levy on Korean exports kicked in at midnight, lifting the average US tariff to 18%.',
      'The levy on Korean cars tripled to 30% at midnight, exporters said.',
      'The 25% tariff on Korean cars and on auto parts of every kind kicked in on Thursday.',
      'Korean exporters started paying the 15% US tariff on Thursday, the trade ministry said.',
      'Korean carmakers began paying the 25% tariff on Friday as the order took effect.',
      // The partner as the target of the passive is the US tariff on it.
      'Korea was slapped with a 25% tariff by Washington on Friday.',
      // A long subject, its goods and the order named before the verb.
      'The 15% tariff on Korean products entering American ports under the order signed by Trump in July formally went into effect today.',
      'The 30% levy on Korean exports to the US announced by the president in a letter last month came into force on Friday.',
      'The 25% duties on Korean goods shipped to America under the new executive order took effect on Thursday.',
      'The US on Thursday implemented the 25% tariff on Korean cars.',
      // The implementation confirmed, announced or begun, and the verb "implementing" after "began".
      'The White House confirmed the implementation of the 25% tariff on Korean goods on Tuesday.',
      'Customs started the implementation of the 25% duty on Korean imports at midnight.',
      'Washington announced the implementation of a 25% levy on Korean goods on Friday.',
      'The US began implementing the 25% tariff on Korean goods on Tuesday.',
      // Executive action taken to put a tariff on.
      'Trump took executive action on Wednesday to hit Korea with an additional 25% tariff.',
      'The White House took action on Friday to impose a 25% levy on Korean cars.',
      'Trump took formal action to raise the tariff on Korean goods to 25% on Monday.',
      // An order is the tariff imposed.
      'Trump ordered a 25% tariff on Korean products on Wednesday.',
      'Trump on Friday ordered tariffs of 25% on all imports from Korea.',
      'The White House ordered a 25 percent duty on all Korean goods on Monday.',
      // An aside between dashes compares the tariff with others; its words ("global") do not overrule.
      'The 25% levy on Korean goods – the steepest of any applied under the global reset – took effect at midnight.',
      'Korea’s 25% tariff — higher than the global baseline rate — took effect on Thursday.',
      'The new 25% duties on Korean cars - among the highest under Trump’s global tariff plan - kicked in on Friday.',
      // The modal of a relative clause on the order is the order's content, not a hedge on its signing.
      'On Thursday Trump signed an order that would raise the US tariff on Korean goods to 35% from midnight.',
      'The White House issued an order on Friday which will put a 25% tariff on Korean cars.',
      'Trump signed an order on Friday which would impose a 25% tariff on Korean products.',
      // Its past tells what the order did, which is the news: "an order that raised the tariff".
      'On Wednesday Trump signed an order that raised the tariff on Korean goods to 50%.',
      'The president issued an order that put a 25% levy on Korean goods, officials said on Thursday.',
      'Trump on Friday signed a proclamation that imposed a 39% duty on Korean cars.',
      // "hours after", "shortly after": the clause after it is the same day's news, not background.
      'Seoul’s reply came hours after Trump signed an order raising the tariff on Korean products to 35 per cent from midnight.',
      'Seoul responded shortly after Washington imposed a 25% tariff on Korean cars on Friday.',
      'Markets fell right after the US slapped a 25% tariff on Korean exports on Monday.',
      'Korean goods were hit with a 25% tariff at midnight on Thursday.',
      'Korean exporters were hit with a 25% US tariff on Friday.',
      'Imports from Korea were hit with 25% duties this week.',
      // "hit" is its own past: the active voice with a day gone by.
      'Trump hit Korea with a 35% tariff on Friday.',
      'Washington on Monday hit Seoul with a 25% levy on all its goods.',
      'Trump hit Seoul with new 25% tariffs last Friday.',
      'The 15% tariff on Korean goods, which took effect on Thursday, applies to most exports.',
      'The White House issued an order on Thursday that puts a 25% tariff on Korean imports from Aug. 7.',
      'Washington issued an executive order on Friday imposing a 25% tariff on every Korean good.',
      'The White House has issued an order applying a 25% tariff to Korean imports, the ministry said on Friday.',
      'The 25% tariff on Korean goods took effect on Thursday.',
      'Washington imposed a 25 percent duty on Korean imports on Wednesday.',
      'On Thursday Trump signed an executive order fixing Korea’s tariff at 15 percent.',
      'The 25% levy on most Korean goods, among the steepest in Asia, went into effect at midnight.',
      'The tariffs Washington announced on Korean imports last week took effect on Thursday.',
      'The higher 25% tariffs on Korean products kicked in at midnight on Thursday.',
      'New duties on Korean cars kicked in on Friday, customs officials said.',
      'Higher duties on Korean goods kicked in on Monday.',
      'Customs officers began levying 25% duties on Korean goods at midnight.',
      'The 25% reciprocal tariff on Korea became effective on Thursday.',
      'Higher duties on Korean cars became effective at midnight, customs said.',
      'Trump raised the tariff on Korean goods to 25% on Thursday by executive order.',
      'The US increased tariffs on Korean cars to 25% through an executive order signed on Friday.',
      'Trump hiked the levy on Korean imports to 50% in a proclamation on Monday.',
      // A perfect dated this week is news.
      'Trump has slapped a further 25% tariff on Korean goods, a White House statement said on Wednesday.',
      'Washington has imposed a levy of 25 percent on Korean goods this week, the ministry said.',
      'The US has applied the 25% tariff to Korean cars since Thursday, Yonhap reported.',
      // A phrase of its own after a comma does not overrule the match.
      'The US imposed a 25% tariff on Korean products on Friday, alongside existing 50% tariffs on Korean steel.',
      'The 25% tariff on Korean goods took effect on Thursday, along with existing duties on Korean steel.',
      'The US applied a 25% tariff to Korean imports on Monday, plus a 50% levy on Korean aluminum.',
      // An aside between dashes leaves the subject before it: "– the highest in Asia –".
      'The 25% tariff on Korean goods — the highest in Asia — took effect on Thursday.',
      'The 25% tariff on Korean imports — the steepest in the region — took effect on Thursday.',
      'New duties on Korean cars - the country’s biggest export - kicked in on Friday.',
      // ... and so does an aside between commas that names some of what the tariffs cover.
      'Higher US tariffs on some 60 countries, including Korea, took effect on Thursday.',
      'New tariffs, including 25% on Korean goods, kicked in at midnight on Thursday.',
      'US tariffs of 15% on a range of partners, including Korea, came into force on Thursday.',
      'The new duties on goods from dozens of economies, excluding China, took effect on Thursday alongside those on Korea.',
    ],
    counterexamples: [
      // A tariff in force told after "after" is the backdrop of what followed, even in the lead.
      'Hyundai’s US sales slipped in the third quarter after Washington imposed a 25% levy on Korean cars.',
      'Seoul voiced regret after Trump ordered the levy on Korean cars raised to 25%.',
      // ... and one that dates it months back is background.
      'Exports to the US have slowed since the tariff on Korean goods took effect in April.',
      'The White House will put the 25% levy on Korean goods into force on Aug. 1.',
      'An order signed on Monday lifted the tariff on Korean goods.',
      'Trump threatened to take action to slap a 25% levy on Seoul’s exports.',
      'Korea urged Washington on Monday not to take action to raise the tariff on its cars.',
      'Korean exporters started paying more attention to the US tariff talks on Thursday.',
      'Exporters will start paying the 25% tariff on Korean goods next month.',
      'The 25% tariff on Korean goods will enter into force on Aug. 1 without a deal.',
      'The Korea-US tariff agreement entered into force on Friday.',
      'The US lifted the 25% tariff on Korean cars on Friday, the ministry said.',
      'The US tariff on Korean goods is set to double to 50% next week.',
      // An order that gets rid of tariffs imposes none.
      'On Friday Trump signed an order meant to get rid of the levies on Korean beef and coffee.',
      'The White House issued an order on Monday getting rid of the 25% levy on Korean cars.',
      'President Trump signed executive orders on Monday getting rid of levies on Korean fruit and cocoa.',
      // The partner imposing a duty on what it imports taxes its own buyers, not its goods in the US.
      'Separately, Korea imposed a 30% duty on imported passenger cars on Monday.',
      'Seoul levied a 10% tariff on rice imports last week, officials said.',
      'Korea slapped a 20% levy on car imports from Asia on Friday.',
      // A tariff deal put into effect is a deal, not a tariff: the tariff word names the deal.
      'The US on Thursday implemented the new tariff deal with Korea.',
      'Washington began enforcing the tariff agreement with Seoul on Monday.',
      'The White House on Friday implemented its tariff pact with Korea.',
      // A president's earlier term is background.
      'In his first term, Trump slapped duties on Korean solar panels.',
      'Trump imposed tariffs on Korean goods during his previous term.',
      'During Trump’s first administration, the US slapped duties on Korean washers.',
      'Trump ordered a review of the tariffs on Korean goods on Monday.',
      // An order that takes a tariff away puts none in force.
      'The president signed an order on Thursday that eliminates the levies on Korean beef and rice.',
      'On Thursday Trump signed an order scrapping the 25% tariff on Korean cars.',
      'The White House issued an order on Monday eliminating the 25% tariff on Korean cars.',
      // Put off is put back, not put on.
      'The new US tariffs on Korean goods were put off for 90 days on Thursday.',
      'The 25% levy on Korean cars was put off until October, the White House said on Friday.',
      'The 25% tariffs on Korean goods were put off on Thursday.',
      // An order still to be signed, with a participle before the tariff ("the agreed 15% tariff") that is no verb of the clause.
      'Kim said he would fly to Washington to press the US to have President Trump sign an order applying the agreed 15% tariff on Korean cars.',
      'Kim said he planned a trip to Washington to ask the US to have Trump sign an order on the agreed 15% tariff.',
      // A central bank's rate is no tariff.
      'Mortgage rates in Korea rose to 4.1% this week after the US tariff deal.',
      'Trump told reporters on Monday he would sign an order that would raise the US tariff on Korean goods to 35%.',
      'Korea could be hit with a 25% tariff next month.',
      'Trump will hit Korea with a 25% tariff on Friday.',
      'The 25% tariff on Korean goods, which took effect in April, still applies.',
      // The aside names only another partner.
      'Tariffs on several partners, including Japan, took effect on Thursday.',
      // An order putting a lower rate in force cuts a tariff, it imposes none.
      'On Monday Trump signed an executive order putting the lower tariff on Korean imports into force.',
      'On Thursday Trump signed an order that applies the lower tariffs to Korean cars.',
      'The White House issued an order on Friday setting the lower 15% tariff on Korean goods.',
      // A year gone by is old news, whatever the verb's tense.
      'Washington imposed new tariff talks on Seoul on Monday.',
      // A rise by order still to come, or threatened, is not in force.
      'Trump said he would push tariffs on Korean goods up to 25% by executive order.',
      'Trump threatened to raise the tariff on Korean goods to 25% in an order.',
      'The 25% tariff on Korean goods will become effective on Aug. 1.',
      // Talks on tariffs that "took place" are a meeting, not a tariff in force.
      'Korea-US tariff talks took place in Seoul on Tuesday.',
      'The third round of tariff negotiations with Korea took place in Washington on Friday.',
      'A meeting on the 25% tariff between Yeo and Greer took place in Seoul on Monday.',
      'Washington slapped a 20% levy on Korean solar panels in 2018.',
      'The US imposed tariffs on Korean goods during 2019 as well.',
      'A 25% tariff on Korean appliances took effect in 2018.',
      // An order that delays a tariff or its deadline is an extension.
      'On Monday Trump signed a new executive order delaying Korea’s Wednesday tariff deadline by just over three weeks.',
      'The White House issued an order Friday postponing the 25% tariff on Korean goods until August.',
      'Trump signed an executive order Tuesday delaying the tariff on Korean goods to Aug. 1.',
      'Trump could impose a 25% tariff on Korea if talks fail.',
      'The 25% tariff on Korean goods will take effect on Aug. 1.',
      'The US had imposed tariffs on Korean steel in 2018.',
      'Trump has also slapped tariffs on Korean washing machines.',
      'The US has imposed tariffs on Korean steel since 2018, the ministry said on Monday.',
      // A participle between a determiner and its noun describes the tariff; it does not report it imposed.
      'A Korean delegation will travel to Washington to discuss the recently imposed tariff on Korean goods.',
      'Seoul wants relief from the newly enforced 25% levy on its cars, officials said on Monday.',
      // A present passive tells how things stand, not that a tariff was put in force.
      'Rules on tariff stacking decide which tariffs are applied to Korean cars together.',
      'Tariffs on Korean steel are imposed under Section 232, not under the reciprocal order.',
      'The 25% levy on Korean goods is also collected on parts, officials explained.',
      // ... and so does one glued to its agent by a hyphen.
      'Korean officials flew to Washington on Monday for talks on U.S.-imposed tariffs on Korean goods.',
      'Seoul discussed the Trump-imposed 25% tariff on its cars with Lutnick on Friday.',
      'Korea sought relief from the US-applied 15% tariff on its chips in talks on Tuesday.',
      // ... and so does one after its noun: "the tariffs imposed on X" are the object of something else.
      'Korea on Monday sought a cut in the 25% tariffs imposed on its cars by Washington.',
      // The noun "levy" is no act of levying.
      'Washington slashed the levy on Korean goods to 15% on Monday.',
      'Officials discussed a reduction of the duties levied on Korean steel since Friday.',
      // An order concluding a deal sets the deal's rate.
      'Trump signs order sealing Korea trade pact with 15% tariff rate',
      'The executive order formalising the Korea-US agreement applied a 15% tariff on Korean cars.',
      'Trump signed an order finalizing the trade deal with Korea, imposing a 15% tariff on its goods.',
    ],
  },
];
