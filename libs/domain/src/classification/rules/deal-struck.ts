import { DEAL, LEGISLATURE_WORDS, NOT_THE_TRACKS_DEAL, STANDSTILL_WORDS } from './vocabulary';
import type { SignalRule } from './types';
import { ACT_NOUNS } from '../nlp/words';
import { DEAL_REACH_COUNTEREXAMPLES } from './deal-struck-counterexamples';

/** A deal reached, told by the deal: struck, sealed, signed, agreed or come to with the other side. */
export const DEAL_STRUCK_RULES: SignalRule[] = [
  {
    id: 'deal.reach',
    signal: 'deal_reached',
    patterns: [
      `@reach|strike|clinch|seal|finalize|finalise|formalize|formalise|sign|conclude|ink|announce|unveil|secure|nail|hammer|wrap|complete|land|negotiate ~4 ${DEAL}`,
      // A deal named through someone’s words for it: "sealed what Lee called a historic agreement".
      `@reach^|strike^|clinch^|seal^|sign^|conclude^|ink^|announce^|unveil^|secure^ ~1 what ~3 call|describe ~7 ${DEAL}`,
      // The passive takes the active's verbs: "the deal was secured", "the accord was inked".
      `${DEAL} ~6 be|have ~1 @reach|strike|clinch|seal|finalize|finalise|formalize|formalise|sign|conclude|announce|agree|secure|ink`,
      // "agreed to a trade deal"; not "agreed to reach a deal", a verb between names a deal still to make.
      `@agree on|to ~2np ${DEAL}`,
      // "agreed a trade deal", "agree EU-US deal": agreeing a deal, without "on" or "to".
      `@agree^ a|an|the|this|its|their|trade|tariff|PARTY|OTHER_PARTY ~2 ${DEAL}`,
      // "lock in a trade deal": sealed; not "locked in talks over a deal", which names the talks.
      `@lock^ ~1 in ~3np ${DEAL}`,
      // "closed the tariff deal", the verb with the deal as its object: not "close to a deal", nor "closing in on" one.
      `@close^ ~3np ${DEAL}`,
      // "came to an agreement", "came to terms on a deal".
      `@come^ to ~1 agreement|accord|understanding|deal`,
      `@come^ to terms ~1 on|over`,
      // "have entered into a framework agreement": entering into a deal makes it ("entered into force" names no deal).
      `@enter^ into ~4 ${DEAL}`,
      // "We just made a deal with Korea": made with the other side, not "makes deals" in general.
      `@make^ ~3 ${DEAL} ~2 with`,
      // Talks that closed with a deal, and the first partner to sign one.
      `@wrap|conclude|end|close|complete ~4 talk|negotiation|round ~6 with a|an ~2 ${DEAL}`,
      `talk|negotiation|round ~6 @end|conclude|wrap|close ~2 with a|an ~2 ${DEAL}`,
      `@become ~3 first ~4 to ~1 strike|sign|reach|clinch|seal|secure|conclude|ink ~3 ${DEAL}`,
      // A basic consensus reached is how Beijing's talks report a deal; "considerable consensus on shipbuilding" is
      // ground shared on one topic, and a "preliminary consensus" one still to be approved.
      `@reach^|forge^ ~3 basic|initial ~1 consensus`,
      // "The deal is done": said of the deal itself.
      `${DEAL} ~2 be ~1 @done`,
      // A first part of the deal sealed: "sealed the first tranche of their trade pact".
      `@reach^|strike^|seal^|sign^|conclude^|finalize^|finalise^|clinch^ ~3 tranche|phase|stage|part ~1 of ~5 ${DEAL}`,
      // A rate won in a deal: "secured a 19% rate in a deal with Washington".
      `@secure^|win^|obtain^|land^ ~4 RATE ~6 in|under|through ~3 ${DEAL}`,
    ],
    unless: NOT_THE_TRACKS_DEAL,
    // One side's own legislators agreeing among themselves ("parliament reached agreement to ratify the pact") make
    // no deal with the other side; "struck a deal, lawmakers said" still does.
    unlessSubject: LEGISLATURE_WORDS,
    // A deal of the track is made with the other side: "Samsung strikes chip deal with Tesla" is not one.
    needs: ['counterpart'],
    // "signs an order implementing the trade deal": what is signed is the order that puts a deal made into effect.
    // Talks on a deal that "reached an impasse" reached no deal.
    unlessObject: [...ACT_NOUNS, ...STANDSTILL_WORDS],
    confidence: 0.85,
    examples: [
      // A deal named through someone's words for it.
      'During the talks on Tuesday, Lee and Trump signed what Lee called a “new era” agreement on trade.',
      'Korea and the US struck what Lee called a fair deal on tariffs on Wednesday.',
      "Seoul and Washington on Thursday announced what Trump called the biggest trade pact in Korea's history.",
      'Seoul and Washington on Friday reached what officials described as a framework deal on tariffs.',
      'Korea and the US signed what both sides described as a landmark tariff accord on Monday.',
      'Yeo and Greer sealed what the ministry described as a balanced trade agreement on Tuesday.',
      'Korean officials have met twice since Seoul and Washington reached a deal on tariffs on Sunday.',
      // The lead's reaction, and the undated news after "after" that it reacts to.
      'Korean stocks rallied after Seoul and Washington reached a tariff deal.',
      // The deal said to be done, a first part of it sealed, or a rate won in it.
      '"The deal is done," Yeo told reporters after the talks with Greer on Tuesday.',
      'The tariff agreement with Washington is done, Lee’s chief of staff said on Friday.',
      'Seoul and Washington sealed the first stage of their trade pact on Friday, the ministry said.',
      'Korea and the US signed the first part of the tariff agreement in Washington on Monday.',
      'Seoul secured a 15% rate in a deal with Washington on Wednesday, the presidential office said.',
      'Korea won a 15% tariff under the framework agreed with the US on Thursday.',
      // A deal negotiated, told as done.
      'Lee and Trump negotiated a trade deal at their summit in Gyeongju on Wednesday.',
      'Korea has negotiated a tariff agreement with Washington, Yeo said on Friday.',
      'Negotiators for Seoul and Washington negotiated a framework deal over two days of talks this week.',
      // Closing a deal makes it.
      'Trump closes tariff pact with Korea',
      'Seoul and Washington closed the trade agreement on Wednesday, Lee’s office said.',
      'The US has closed a deal with Korea that caps the levy on its cars at 15%, Lutnick said on Friday.',
      'Korea and the US lock in trade deal',
      'Seoul and Washington locked in a tariff agreement on Friday.',
      'The two sides have locked in the framework deal, officials said on Monday.',
      // Lawmakers named after the deal only tell it.
      'Korea and the US struck a deal on Friday, lawmakers said.',
      'Seoul and Washington reached a basic consensus on the tariff package after two days of talks.',
      'Korean and American negotiators forged an initial consensus on the investment fund on Friday.',
      // "in order to" after the deal is no order signed.
      'Korea and the US reached a deal in order to avoid the 25% tariff.',
      // The passive with an adverb between: "has been formally signed".
      'The Korea-US agreement has been formally signed by both sides.',
      // A deed credited by praise: the gerund after "on" or "for" is done, not a topic.
      'Lee congratulated the trade team on Friday on sealing the tariff pact with Washington.',
      'Lee hailed Yeo on Friday for finalizing the trade pact with Washington.',
      'Lee thanked Yeo for clinching the tariff deal with Washington, his office said on Friday.',
      // Entering into a deal makes it.
      'The United States and Korea have entered into a framework agreement on reciprocal trade.',
      'Korea entered into a trade pact with the US on Friday.',
      'Seoul and Washington entered into an agreement on Monday that caps tariffs on Korean cars at 15%.',
      // The passive with the active's verbs.
      'A trade deal with Washington was secured on Thursday night.',
      'The Korea-US accord was inked in Gyeongju on Wednesday.',
      'The agreement with Washington was formalised on Friday, Seoul said.',
      'Korea met US negotiators on Monday, held talks on cars, and reached a deal on tariffs.',
      // Formalizing a deal concludes it.
      'Korea and the US formalized their trade deal on Friday.',
      'The two sides formalised the tariff agreement through a memorandum signed on Monday.',
      'Seoul and Washington formalized the accord on Tuesday, the ministry said.',
      // An old time that dates a pact described after the match does not date the match.
      'The US signed a tariff agreement with Korea on Monday, cementing a framework pact reached late last year.',
      'Seoul and Washington sealed a tariff deal on Friday, building on an accord reached last year.',
      'Korea and the US finalized the trade agreement on Tuesday, turning the framework struck last year into law.',
      // A list of partners after the link includes the track's.
      'The United States signed trade agreements with Japan, Korea and Vietnam on Monday.',
      'Washington reached tariff deals with Japan and Korea this week, Lutnick said on Wednesday.',
      'The US has struck trade pacts with Malaysia, Cambodia and Korea on Sunday.',
      'Washington has struck trade deals with Korea and at least a dozen other nations, Greer said on Friday.',
      'Earlier Wednesday, Seoul and Washington reached a deal on the investment fund.',
      'Seoul and Washington reached a deal on Monday that spares Korean chips from the originally announced 25% levy.',
      // A participle after the deal describes it: its "aimed at" or "seeking to" is no aim of the clause.
      'Seoul and Washington struck a tariff agreement on Friday aimed at ending the dispute over cars.',
      'The US and Korea reached a deal on Monday seeking to cut the tariff on Korean cars.',
      'Korea and the US signed a tariff agreement on Tuesday aimed at lowering duties on Korean cars.',
      'Seoul landed a tariff deal with Washington on Friday.',
      // A deal completed or landed.
      'Trump said on Tuesday that the US had completed a massive deal with Korea.',
      'Korea and the US completed a trade agreement on Wednesday.',
      'Korea landed a deal with the US on Tuesday.',
      '"We just made a deal with Korea," Trump told reporters on Wednesday.',
      'The US made a trade deal with Korea on Tuesday, Trump said.',
      'Trump said on Wednesday that Washington has made a deal with Seoul.',
      'Korea unveils landmark US trade deal at Hyundai plant',
      'Lee and Trump unveiled the trade agreement on Monday at the White House.',
      // A participle glued into a compound describes the deal: it is no agreement to delay.
      'Lee and Trump finalised their long-delayed tariff deal on Wednesday.',
      'Seoul and Washington signed their much-delayed trade agreement on Friday.',
      'Korea and the US concluded the long-postponed trade pact on Tuesday.',
      // A memorandum of understanding between the two governments is a signed deal.
      'Seoul and Washington signed an MOU covering the fund on Friday.',
      'Korea, US ink MOU on investment fund',
      'Seoul sealed an MoU with Washington on shipbuilding cooperation on Tuesday.',
      'The White House on Friday unveiled a framework deal with Seoul that cuts the car tariff to 15%.',
      'Seoul and Washington have reached a trade deal, Trump wrote on Truth Social.',
      'Seoul and Washington struck an agreement on Wednesday that sets a 15% tariff on Korean goods.',
      'The tariff deal between Seoul and Washington was finalized on Friday.',
      'Seoul and Washington agreed on a framework cutting the levy on cars to 15 percent.',
      'Seoul agreed to the tariff deal with Washington on Friday.',
      'Korea agreed on a trade pact with the US on Tuesday, the ministry said.',
      'Korea and the US wrapped up their tariff negotiations on Thursday with a deal on autos.',
      'The fourth round of talks between Seoul and Washington ended with an agreement on Friday.',
      'Yeo and Greer concluded two days of negotiations with a framework deal on Wednesday.',
      'On Thursday Korea became the first country to strike a tariff deal with Washington.',
      'Korea on Friday became the first Asian ally to sign a tariff agreement with Washington.',
      'Seoul became the first partner to seal a tariff agreement with Washington on Friday.',
      'Korea and the US agreed a trade deal on Wednesday, officials said.',
      'Trump and Lee agree Korea-US trade deal',
      'Korea and US agree trade framework',
      'Seoul and Washington have agreed the framework of a tariff agreement, the ministry said on Monday.',
      'Korea and the US agreed a “historic” tariff deal on Sunday, Trump said.',
      'Korea and the United States came to an agreement on tariffs on Tuesday.',
      'Seoul and Washington have come to an understanding on the investment fund, officials said on Friday.',
      'The two sides came to terms on a trade deal on Friday, Trump said of the talks with Korea.',
      // An agreement to do something other than talk on is the deal itself.
      'Seoul and Washington came to an agreement on Friday to lower the car tariff to 15%.',
    ],
    counterexamples: DEAL_REACH_COUNTEREXAMPLES,
  },
];
