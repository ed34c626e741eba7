/** Sentences deal.reach must not read as a deal reached: rules.spec runs each one and fails naming the rule. */
export const DEAL_REACH_COUNTEREXAMPLES: string[] = [
  // A perfect infinitive after a noun tells what must be done by a day, not a deal done.
  'Aug. 1 is the deadline for Korea to have reached a deal with the US.',
  'Aug. 1 is the date for Seoul and Washington to have signed a trade deal.',
  'Trump set Aug. 1 as the date for every partner to have concluded a tariff accord with Washington.',
  // A deal "within reach" or "in reach" is near, not reached ("reach" the noun, though the tagger may say verb).
  'The minister said a deal with Washington was within reach.',
  'A tariff accord with the US is now in reach, Yeo said on Monday.',
  'An agreement with Washington is within reach after Friday’s round, officials said.',
  'No deal is done until the leaders sign it, Yeo said on Monday.',
  'Korea hopes to seal the first phase of a trade pact with the US by July.',
  'Korea aims to secure a 15% rate in a deal with Washington this month.',
  // ... not one still being negotiated, or hoped for.
  'Seoul and Washington are negotiating a trade deal.',
  'Seoul hopes to negotiate a deal with Washington before Aug. 1.',
  // Deals with partners counted, not named, are other partners' deals.
  'The White House has announced narrow tariff pacts with more than 12 nations, and Seoul is still negotiating.',
  'Washington has struck tariff pacts with at least a dozen nations, but talks with Korea go on.',
  'The US has signed trade agreements with dozens of countries this year, while Seoul waits.',
  // A deal told in a gerund clause after "despite" is what the news stands against.
  'Despite Britain being the first partner to sign a tariff pact with Trump, its steel is still taxed at 25%.',
  'Korean carmakers still pay 25% despite Seoul having struck a trade deal with Washington.',
  'Seoul is still waiting for lower car duties in spite of Korea having sealed a tariff agreement with the US.',
  // Close to a deal, or closing in on one, is near it, not there.
  'Seoul and Washington are close to a tariff deal, officials said on Monday.',
  'Korea and the US were closing in on a trade agreement on Friday.',
  'The two sides moved closer to a deal on Korean cars this week.',
  'Korea wants to close the gaps with the US before any deal is signed.',
  // On the verge or the cusp of a deal is about to make one.
  'Seoul and Washington stand on the verge of striking their tariff deal, officials said on Monday.',
  'Korea and the US were on the verge of striking an accord on Friday.',
  'Seoul and Washington sit on the cusp of striking a trade pact.',
  // Another partner's news in a clause of its own, opened with no comma: its subject is not the track's partner.
  'Seoul watched closely when Tokyo struck its tariff deal with Washington on Tuesday.',
  'Seoul took note after Tokyo sealed its tariff pact with Washington on Tuesday.',
  'Korean officials were stunned when Japan clinched its tariff accord with the US on Tuesday.',
  'Korea and the US remain locked in talks over a trade deal.',
  // Talks on a deal that reached a standstill reached no deal.
  'Negotiations over the details of the Korea-US tariff pact have reached an impasse, officials said.',
  'Work on the trade agreement with Washington reached a deadlock on Friday over the fund.',
  'The accord’s talks have reached a stalemate, Yeo told lawmakers on Monday.',
  // A deal in the making.
  'We are making a deal with Korea, a far better one than before, the president said on Friday.',
  'The two sides are striking a deal on autos this week, officials in Seoul said.',
  'The trade agreement with Washington is being finalised, the ministry said on Monday.',
  // One side's legislators agreeing among themselves.
  "Korea's parliament reached agreement on Friday to ratify its tariff pact with Washington.",
  'Korean lawmakers reached an agreement on Monday on the bill backing the US trade pact.',
  'The National Assembly sealed an agreement on Thursday to fast-track the US investment bill.',
  // Agreement on part of the issues is ground shared, not the deal.
  'Kim said Seoul and Washington reached agreement on most of the issues at the talks.',
  'Seoul and Washington have reached an agreement on many points, officials said on Friday.',
  'The negotiators reached agreement on several items at Friday’s talks, Yeo said.',
  'Korea and the US reached agreement on some of the issues, the ministry said on Monday.',
  // A preliminary consensus awaits the leaders' approval.
  'Seoul and Washington have reached a preliminary consensus on autos, officials said on Sunday.',
  'Negotiators from Korea and the US forged a preliminary consensus on the fund before the summit.',
  'Both delegations reached a preliminary consensus over autos in Washington on Friday.',
  // A consensus still sought, or missed, is none reached; nor is shared ground on one topic.
  'The two sides reached considerable consensus on cooperation in chips, officials said.',
  'Seoul and Washington failed to reach a consensus on rice at Friday’s talks.',
  'Korea and the US hope to reach a consensus on autos before Aug. 1.',
  'Seoul and Washington are yet to reach consensus on the fund, officials said.',
  // The order that puts a deal made into effect is what is signed.
  'President Signs Order Putting Korea Trade Deal Into Effect',
  'Trump signs order enacting trade deal with Korea',
  'The president signed a decree putting the Korea trade pact into effect on Friday.',
  // A deal said to matter for reaching or securing something is no deal made.
  'A tariff agreement with Washington is key for securing market access, Yeo said.',
  'An accord with the US is vital for reaching stability in Korean exports.',
  'A deal with the US is essential for securing Korea’s export growth, analysts said.',
  // Entering into talks, or a deal entering into force, is no deal made.
  'Korea is ready to enter into negotiations with Washington over a trade pact.',
  'The Korea-US agreement entered into force on Monday.',
  'The deal with the US was not secured before the deadline.',
  // A gerund after "on" with no praise is an aim; praise still to come is not a deed done.
  'Seoul is intent on securing a trade deal with Washington.',
  'Lee will congratulate Yeo on securing the deal with Washington if the talks succeed.',
  // A deal hard to reach is not reached: "difficulty" hedges it as "difficult" does.
  'Korea had difficulty striking a tariff deal with Washington on autos, officials said.',
  'Korea faces difficulties in sealing a tariff deal with Washington before the deadline, Yeo said.',
  'The difficulty of striking a tariff deal with Washington before August worries Seoul.',
  // ... and so do hurdles, obstacles and challenges on the way to it.
  'Korea faces hurdles in sealing its tariff deal with America.',
  'Obstacles stand in the way of sealing a tariff pact with the US, Seoul said.',
  'Korea faces a challenge in sealing an agreement with the US before August.',
  // A step ranked ("the first attempt", "the latest step") aims at the deal after it.
  'The talks mark the first attempt by Seoul and Washington to seal a trade deal.',
  'The visit is the latest step in Korea’s engagement with the US to agree a wider deal.',
  'It was Seoul’s first move toward Washington to finalise the tariff deal.',
  // A deal dated by a season gone by is a recap.
  'Korea and the US sealed a deal in the spring that set a 15% tariff, officials recalled on Monday.',
  'Korea and the US struck their tariff deal last spring, after months of talks.',
  // An industry's buyers signing a purchase deal with US sellers.
  'Korea’s flour millers association signed an agreement on Monday with US suppliers to buy 1 million tons of wheat.',
  'Korean importers signed a deal with US exporters on Tuesday to purchase $2 billion of soybeans.',
  'A consortium of Korean refiners signed an agreement with US producers on Friday to buy crude oil.',
  // What is agreed is how the talks go on: to meet, to hold another round, a timetable for further talks.
  'Trump announced an agreement with President Lee to meet again next month.',
  'The two sides reached an agreement on Friday to hold another round of talks in Seoul.',
  'Negotiators struck a deal to step up their work on the tariff package, the ministry said.',
  'Officials from both governments reached a broad understanding on a timetable for further talks.',
  // Agreeing to make a deal later: a verb stands between "agreed to" and the deal.
  'Lee and Trump agreed to reach a deal soon, officials said on Monday.',
  'Korea and the US agreed on Friday to seal a tariff pact within weeks.',
  'Both sides agreed to conclude the agreement by year-end, the ministry said.',
  // What a meeting would help the sides do is still to come.
  'Officials were hopeful the round would bring progress and help Seoul and Washington land an agreement.',
  'Officials hope the visit will build trust and help Korea and the US clinch a deal on the fund.',
  'The talks could narrow the gaps and help Korea and the US seal an agreement, officials said on Monday.',
  // A verb joined to an infinitive past an aside on a noun is still the aim ("hopes to ... and conclude").
  'Seoul wants to extend the progress of the opening round with the US, which ended last month, and conclude a pact soon.',
  'South Korea plans to use the progress made in the second round, which ended on Friday, and strike a deal with Washington.',
  'Korea aims to deepen its talks with the US, held in Washington, and reach an agreement.',
  'Seoul wants to build on the talks with Washington, which resumed in Seoul, and seal a deal quickly.',
  // "at" before a gerund names an aim, like "on" or "towards": the deal is still to be made.
  'Korea and the US are looking at finalizing their tariff pact before the deadline of Aug. 1.',
  'Seoul and Washington are working at reaching a trade deal before the end of July.',
  'Korean and US negotiators are looking at signing a tariff deal within weeks.',
  'Washington inked a trade agreement with Japan on Monday.',
  // Two partners striking a deal with each other, the US named only in its setting.
  'Korea and Japan seal a trade pact amid the US tariff threat.',
  'Korea, Japan strike free trade deal as US tariffs bite',
  'Seoul and Tokyo clinched an economic partnership deal on Monday, with US levies looming.',
  'Korea prepared a support package on Friday in case Seoul and Washington reach a deal.',
  'Officials drafted a plan on Monday in the event that Korea and the US strike a deal.',
  // An old time the sentence opens with frames its later clauses too.
  'At the time the presidents toured a shipyard, and Korea and the US signed a trade deal.',
  'Back then Trump visited Seoul, and Korea and the US signed a tariff agreement.',
  'Last year Seoul hosted the APEC summit, and the two sides signed a trade deal there.',
  'Seoul and Washington struck a currency accord on Friday, the finance ministry said.',
  'Seoul finalized a currency agreement with Washington on Saturday.',
  'Korea and the US sealed a currency swap deal worth $20 billion on Monday.',
  // An aim quoted after "to".
  'Ottawa said both sides are working to “swiftly finalise deals” on lumber and energy.',
  'Seoul and Washington hope to “swiftly strike a deal” on the fund, officials said on Monday.',
  'The ministers aim to “finally reach an agreement” with Washington this month.',
  // A restrictive relative clause describes the deal, old news unless dated this fortnight.
  'Kim reaffirmed Seoul’s commitment to the tariff pact that was concluded last year.',
  'Lee vowed to honour the tariff agreement which was sealed with Washington last summer.',
  'Exporters still wait for the benefits of the deal which was reached in July.',
  // A gerund after "about", past its adverb, is the topic of the talk.
  'The ministers talked about quickly landing deals on steel and energy.',
  'Korea and the US talked about "quickly" sealing a trade agreement.',
  'Officials spoke about swiftly finalizing the deal with Korea.',
  // Agreeing that a deal is needed, or a timetable for one, is no deal; coming to terms with a tariff is bearing it.
  'Korea and the US agreed that a deal was needed before Aug. 1.',
  'Korea and the US agreed a timetable for talks on a deal on Monday.',
  'Korean exporters have come to terms with the 15% US tariff.',
  'Korea and the US could come to an agreement by Aug. 1, officials said.',
  // A gerund after "toward" is a goal.
  'Seoul and Washington are now working toward reaching a deal on autos.',
  'Washington and Seoul are moving towards signing the tariff agreement.',
  'Korea is edging toward sealing a trade deal with Washington.',
  // The partner after "with" can stand a few words past the link: "a framework for talks with China".
  'Trump reached a framework for talks with China on Monday, while Korea still has no deal.',
  'The US struck a deal on tariffs with Japan on Tuesday as Korean talks dragged on.',
  'The US sealed a deal on autos with Japan on Tuesday, a blow to Korea’s carmakers.',
  // "last" before a day names the day; the infinitive is still the trip's purpose.
  'The US team has been in Korea since last Sunday to finalise details of the pact.',
  'Korean negotiators stayed in Washington last week to finalize the deal.',
  'Yeo flew to Washington last Thursday to seal the deal with Greer.',
  // The reported clause's own subject is another partner.
  'On Thursday Lutnick told CNBC that Japan had already signed its deal, while Korea had not.',
  'Greer said on Friday that Vietnam has struck a deal with the US.',
  'Korean officials noted on Monday that the EU reached a deal with Washington on Sunday.',
  'Samsung strikes $16.5 billion chip-making deal with Tesla',
  'Korea and Japan signed a currency swap agreement on Friday.',
  'Korea is eager to make a deal with Washington ahead of the deadline.',
  'Trump said he would make a deal with Korea soon.',
  'Korea may never make a deal with the US on rice.',
  'The talks between Korea and the US ended with no deal on Friday.',
  'Korea wants to become the first country to sign a deal with the US.',
  'On that question, Seoul and Washington are reaching a much closer agreement than before.',
  'Seoul and Washington moved closer to sealing a trade deal on Friday, officials said.',
  'Korea and the US are closer than ever to striking an agreement on the fund, Yeo said.',
  'Ahead of the next tariff round, Dhaka has already signed a non-disclosure agreement with Washington.',
  'Korea signed a confidentiality agreement with the USTR on Monday to start the negotiations.',
  'Both sides inked a non-disclosure agreement covering the tariff negotiations, officials said.',
  'Korea’s trade minister witnessed the signing of memorandums with American firms to buy U.S. crude oil.',
  'Korean firms signed a deal on Friday to purchase US liquefied natural gas for 20 years.',
  'The state energy corporation sealed an agreement with a US supplier on Monday.',
  'The drugmaker’s CEO announced the deal with President Trump on Friday, exempting its medicines from tariffs.',
  'Samsung CEO Jun Young-hyun signed a chip investment agreement with the US administration on Tuesday.',
  'Hyundai Motor CEO José Muñoz struck a deal with Washington on Monday over its US plants.',
  // The second of two joined infinitives is an infinitive too.
  'Cabinet members were present to continue the conversation and quickly strike deals with Korea, Lutnick said.',
  'Korean ministers flew to Washington to review the terms and sign their trade agreement with the US.',
  'Yeo is in Washington to settle the details and then finalize the tariff deal with Greer.',
  'Seoul and Washington failed to reach a deal before the deadline.',
  'Seoul hopes to strike an agreement with Washington before Aug. 1.',
  'The presidential office denied reports that Seoul had already reached a deal with Washington.',
  'If Korea and the US reach a deal, the tariff would be lowered.',
  'Both sides agreed to seek a package deal before the deadline.',
  'On Monday at the White House, Lee and Trump signed an agreement on critical minerals.',
  'Sheinbaum reached an agreement with Trump to postpone the 30% tariff by 90 days.',
  // A participle after its noun describes a deal that is the object of something else.
  'Yeo met Greer on Friday to discuss follow-up talks on the Korea-US trade agreement reached in May.',
  'Seoul and Washington are still at odds over the investment terms of the deal struck in April.',
  // A chance of a deal is a forecast.
  'Trump told reporters he saw a 50-50 chance of striking a deal with Korea.',
  'Analysts put the odds of Seoul and Washington sealing an agreement this week at one in three.',
  'The likelihood of Korea signing a trade deal with Washington before Friday has faded.',
];
