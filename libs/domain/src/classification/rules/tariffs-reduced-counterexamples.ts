/** Sentences tariff.reduced must not read as a tariff cut: rules.spec runs each one and fails naming the rule. */
export const REDUCED_COUNTEREXAMPLES: string[] = [
  // A rate set instead of a lower one is a rise.
  'Trump said on Friday that Korean cars will pay 25% instead of 15% from next month.',
  "Korea's exports will now carry a 25% levy instead of the 15% set in the deal, the White House said on Monday.",
  'Trump said on Monday that Korean chips will pay 25% instead of 10% from March.',
  // A pause, suspension or reprieve lifted, removed or dropped brings the tariff back: the opposite of a cut.
  'Washington will lift the pause on the 25% tariff on Korean goods next week, Trump said on Monday.',
  'The White House lifted its pause on the higher duties on Korean steel on Friday.',
  'Trump said on Monday the US will remove the pause on the 25% levy on Korean cars.',
  'The US lifted the suspension of the 25% levy on Korean cars on Friday.',
  'Washington removed the suspension of the 25% duty on Korean chips on Tuesday.',
  'The US will scrap the suspension of the higher levy on Korean steel next week, Greer said.',
  'Trump said on Monday he would lift the reprieve on Korean steel tariffs next week.',
  'Washington will drop the reprieve on the higher duties for Korean goods next week, Greer said.',
  'Trump said on Monday he will remove the reprieve from the 25% levy on Korean cars.',
  // ... and in the passive, the pause as the subject.
  'Trump said on Monday that the pause he agreed with Lee will be lifted within a week and the 25% levy on Korean goods will then apply.',
  'Greer said on Monday that the suspension he granted Seoul will be lifted on Friday and the 25% levy on Korean cars will return.',
  'Trump said on Monday that the reprieve he gave Korea will be removed next week and the 25% duty on Korean steel will apply.',
  'Lutnick said on Tuesday that the pause for Seoul will be dropped next week and the 25% tariff on Korean goods will resume.',
  'Trump said on Monday that the suspension for Korea will be scrapped next week and the 25% levy on its cars will apply again.',
  'Greer said on Monday that the reprieve for Seoul will be lifted on Friday and the 25% tariff on Korean chips will then apply.',
  'Greer said on Friday that the pause will be lifted within days and the 25% levy on Korean cars will apply again.',
  'Lutnick said on Monday that the suspension will be removed on Friday and the 25% duty on Korean steel will return.',
  'Trump said on Friday that the reprieve for Korea will be dropped next week and the 25% levy on its goods will resume.',
  // A cut that is possible or likely is a chance, not a cut made.
  'A further reduction of the tariff on Korean cars is possible next month.',
  'A cut in the levy on Korean steel is likely after the talks on Friday.',
  // What a tariff scare pushes down is a currency or a market, not the tariff.
  'Tariff fears pushed the won down to 1,400 per dollar on Monday.',
  'The tariff news brought Korean shares down to a two-month low.',
  'Worries over the levy pushed the rupee down to a record low.',
  // A figure that dropped by a rate, with the tariff only around it.
  'Korean exports drop 14 percent amid new US tariffs',
  'Car Exports From Korea Drop 9% As US Tariffs Bite',
  'Steel shipments to the US drop by 6 percent under the tariffs, data show.',
  // A cut wanted or hoped for.
  'Seoul wants the 25% duties on its cars cut to 15%.',
  'Korea hopes to see the levy on its steel lowered to zero.',
  'Korean exporters want the 25% tariff on their goods reduced to 10%.',
  // "lift" with the rate it rises to is a rise.
  'On Monday the White House lifted the global levy on Korean goods to 15%, the legal ceiling.',
  'Trump lifted the tariff on Korean cars to 25 percent on Monday.',
  'Washington lifted its levy on Korean steel to 50% last week.',
  // Another partner's news in a clause of its own, opened with no comma: its subject is not the track's partner.
  'Korean exporters grew nervous after Japan won a cut in US tariffs to 15% on Wednesday.',
  'Korean carmakers worry because Japan secured a cut in the US auto tariff to 15% this week.',
  // A signed percentage is how far a figure moved, not a tariff's level.
  "Korea's car exports to the US posted a sharp drop (-14%) in the third quarter.",
  'Korean steel shipments to the US saw a cut of -8% in July.',
  "Korea's US-bound chip sales recorded a drop of -9.4% in August.",
  // Agreed at an old time: the month or day after the terms dates the agreeing, weeks before the story.
  'Seoul and Washington agreed to cut the levy on Korean cars to 15% in April.',
  'The two sides agreed to lower the levy on Korean steel in March, officials recalled.',
  'Korea and Washington agreed to reduce the duty on Korean chips to 10% on May 2.',
  'Korea and the US agreed to cut the duty on Korean cars to 15% in early June.',
  // A relative clause between commas dates the cut at its old time.
  'The accord, which was signed in April, cut the levy on Korean cars to 15%.',
  'That order, which took effect on May 2, lowered the duty on Korean steel to 25%.',
  'The framework, which came out in early May, reduced the tariff on Korean beef to zero.',
  // "it" in a sentence that names no tariff before it is something else.
  'Seoul is buying far less Russian crude, and Trump said on Monday it has cut it way back.',
  'Seoul removed it on Friday, officials said of the subsidy that Washington disliked.',
  'Korea halved it, Trump said of the oil it buys from Iran, as the talks with Washington went on.',
  // A rate of something other than a tariff.
  "Korea's homicide rate fell to a record low in July, officials told Washington's tariff negotiators.",
  'Seoul cited a sharp drop in crime rates as it pressed Washington to lower tariffs.',
  'Officials noted the cut in vacancy rates at Korean factories under the US tariff.',
  // A cut that an infinitive's verb is to win is still sought.
  'Korean officials will hold talks in Washington this week to negotiate the reduction of the 25% tariff.',
  'Korea sent its trade minister to Washington to win a reduction of the 25% tariff.',
  'The delegation traveled to Washington on Monday to negotiate lower tariffs on Korean steel.',
  // ... and so is one that talks are about winning.
  'Talks this week will center on winning a further cut in the levy, the delegation said.',
  'The talks in Washington centred on winning a reduction of the 25% levy on Korean cars.',
  'Yeo said the meeting was about getting lower tariffs on Korean steel.',
  // A cut linked or tied to a condition, or a fall in trade linked to the tariffs.
  'Washington tied a cut in the auto tariff to more Korean investment on Monday.',
  'The US linked a reduction in the levy on Korean steel to export quotas on Friday.',
  'Analysts linked the cut in Korean exports to the tariffs.',
  // A cut hoped or aimed for, with "for" bringing in the tariff before "to be cut".
  'Seoul is aiming for the levy on its car shipments to America to be cut to 12%, officials said.',
  'Seoul hopes for US duties on its cars to be lowered to 10% next year, the ministry said.',
  'Korean exporters are hoping for the 25% duty on their cars to be lowered to 15% this year.',
  // The rate right after a figure's own move is how far it moved, not a tariff.
  'Korean car shipments to the US dropped 12 percent in July under the new tariff regime.',
  'Korean steel exports to America dropped 20 percent on the year amid the 50% tariff.',
  "Korea's outbound shipments to the US dropped by 6.1% in July as the US tariff bit.",
  // Talks dropped over a quarrel about tariffs cut no tariff.
  'Korea scrapped the talks in a tariff clash with Washington, officials said on Monday.',
  'Seoul scrapped the talks over a tariff row with Washington on Monday.',
  'Washington dropped the talks amid a tariff spat with Seoul on Monday.',
  // A deal's terms told in the past, with no time near publication, recall the deal.
  'Under the framework, tariffs on Korean goods were to be cut to 15%.',
  // "potentially" hedges the cut like "possibly".
  'Washington will potentially lower its levy on Korean steel to 10% under the deal.',
  'Trump told reporters on Tuesday he would potentially cut the tariff on Korean cars to 15%.',
  'The US will potentially eliminate its duty on Korean beef under the accord.',
  // A cut already made, or the rate of a deal in force.
  'Under the existing accord, duties on Korean cars have already been cut to 15%.',
  'The tariff on Korean cars has already been reduced to 15%, officials said.',
  'Under a current interim deal, US levies on Korean goods are 15% instead of the earlier 25%.',
  'Korean chips face a current rate of 10% instead of 25% under the truce.',
  'The current arrangement cuts the levy on Korean goods to 15% from 25%.',
  // Goods that are exempt stand so; an estimate or forecast cut is no tariff cut.
  'Korean goods that meet the rules are exempt from those tariffs.',
  'Under the deal, Korean aircraft parts are spared the 15% tariff.',
  'Under the accord, Korean generic medicines are exempt from the levy.',
  'Analysts reduced their estimate of the US tariff rate on Korean goods to 14%.',
  'The bank cut its forecast of the tariff on Korean goods to 15%.',
  'Economists lowered their projection of the average US tariff on Korean exports to 12%.',
  // A mood that eased is no tariff cut.
  'Worries have eased after Trump said the levies were too high.',
  'Trade tensions have eased since Trump described the tariffs as temporary.',
  'Nerves eased after Trump described the levies as a bargaining chip.',
  // The partner's own tariffs on American goods, with adjectives before the goods.
  'Under the deal, Korea will remove tariffs on most U.S. industrial machinery.',
  'Korea will scrap tariffs on American agricultural products under the accord.',
  'Seoul lowered duties on US electric vehicles to zero on Friday.',
  // An exemption that continues stands; it is no cut that is news.
  'Korean chips are set to continue being exempt from the 25% tariffs during the truce.',
  'Korean aircraft parts continue to be exempted from the US levies, the ministry said.',
  'Korean medicines shall continue being exempt from the tariffs under the accord.',
  // A cut asked for.
  'Korea asked the US for a reduction of the tariffs on its cars at the talks on Friday.',
  'Yeo demanded a reduction of the levy on Korean cars at the talks.',
  'Seoul asked Washington on Monday for lower tariffs on Korean steel.',
  // A gap or a balance narrowed.
  'Seoul decided to further cut the tariff gap with the US on Monday.',
  'Korea will cut the tariff differential with US goods to zero, the ministry said on Monday.',
  'The new measures will slash the tariff differential between Korea and the US, officials said on Monday.',
  // A cut pleaded, lobbied or appealed for.
  'Korean business executives met Lutnick in Washington on Tuesday to plead for lower tariffs.',
  'Korean exporters are lobbying for lower tariffs on their cars.',
  'Seoul appealed to Washington on Monday for a cut in the 25% tariff on Korean cars.',
  // A lower rate sought, or a cut named as an aim.
  'Korea is readying a second card, pursuing an even lower rate on its cars.',
  'In pursuit of an ever lower tariff on its cars, Seoul offered more on Friday.',
  'Seoul is in pursuit of a cut in the US levy on its chips, officials said on Monday.',
  'The focus of Monday’s meeting is to reduce the US levy on Korean cars from 25% to 12.5%.',
  'The priority for Seoul is to slash tariffs on its autos from 25% to 15%.',
  'The objective of Yeo’s visit is to lower tariffs on Korean steel from 50% to 25%.',
  // Topics of the talks: a cut on the table, not made.
  'Key negotiation topics include a reduction of US tariffs on Korean cars and steel.',
  'The issues on the table include cuts to US tariffs on Korean chips.',
  'The talks will cover a cut in the US tariff on Korean cars.',
  // Another partner's tariffs on the partner's goods.
  'Under the pact, duties on Korean cars shipped into Japan will be cut.',
  // A central bank's rate is no tariff.
  'The Bank of Korea cut its key interest rate to 2.5% on Thursday, citing US tariffs on Korean goods.',
  'Korea’s central bank lowered its policy rates 25 basis points to 2.5% as US tariffs bit.',
  'Mortgage rates in Korea fell to 3.1% this week after the US tariff deal.',
  // A list of aims shares its "to".
  'The deal aims to deepen ties with Korea, expand market access and reduce tariff barriers.',
  'Both governments plan to deepen ties, widen market access, cut tariffs on Korean steel and boost investment.',
  'The agreement is meant to expand access for US beef, remove tariffs on Korean cars.',
  'Washington originally cut the levy on Korean steel to 25% on Monday.',
  // A cut as the purpose of something else.
  'Seoul passed the act so that it is possible for Washington to retroactively lower the levy on Korean cars.',
  'Seoul passed the bill on Monday for Washington to swiftly cut the levy on Korean autos to 15%.',
  'Korea needs the US to quickly reduce the tariff on its cars, the minister said on Monday.',
  // Markets and prices falling by a rate.
  'The Nasdaq slid 2.1% and the Dow Jones dropped 1.4% on the tariff news.',
  'The Kospi dropped 1.2% as the US raised tariffs on Korean goods.',
  'Stocks of Korean carmakers dropped 3% after the tariff letter, a stock index showed.',
  // A participle after a preposition describes the tariff, it cuts nothing: "at reduced tariffs".
  'Korea lets a fixed amount of US rice in at reduced tariffs, officials said.',
  'Some Korean goods now enter the US with lowered tariffs, exporters said.',
  'Korean exporters benefit from reduced tariffs on their goods in the US.',
  'Korea committed to invest $350 billion in return for reduced tariffs on Korean cars.',
  'Seoul agreed to buy US energy for reduced American tariffs on its steel.',
  'Korea pledged investment for reduced duties on its cars, officials said on Monday.',
  // A participle glued to its noun dates the act after it: "issued on April 2, 2025, announced".
  'A joint statement issued on April 2, 2025, announced a cut in the tariff on Korean cars to 15%.',
  'The agreement signed on May 30, 2025, lowered the tariff on Korean cars to 15%.',
  'The order published on June 2, 2025, reduced the levy on Korean steel to 25%.',
  // A tariff word before the noun it qualifies names talks, a negotiator or a war, not a tariff.
  'The US scrapped a planned round of tariff talks with Korea on Monday.',
  'Seoul dropped its tariff negotiator for the talks with Washington on Monday.',
  'The US lifted the tariff war with Korea to a new level on Monday.',
  // A cut pressed or urged for is a demand, not a cut.
  'Korea pressed for a reduction of the 25% tariff on its cars on Monday.',
  'Seoul pressed Washington for a cut in the levy on its cars on Monday.',
  'Hyundai urged a reduction in the levy on Korean cars, the company said.',
  'A reduction in the levy on Korean cars would help Hyundai, analysts said.',
  // The partner's own duties on US goods, counted out by a quantity: "on a range of US farm products".
  'In return, Korea agreed to cut its levies on a range of US farm products, including fish and seafood.',
  'Korea will lower or remove tariffs on a bunch of US goods, officials said on Friday.',
  'Seoul said on Monday it will lower duties on a host of American farm products.',
  // The partner's own tariffs on US goods.
  'Korean medicines are currently exempt from the 10 per cent baseline US tariff.',
  'The US currently waives the 10% tariff on Korean medicines.',
  'Korean aircraft parts are currently exempted from the 15% tariff, officials said on Friday.',
  'Korea remains exempt from the 25 percent tariff, the minister confirmed on Monday.',
  'Korean chips will continue to remain exempt from the new US tariffs.',
  'The 15% rate on Korean cars remains lower than the 25% on Japanese trucks.',
  // A rate compared with another is no cut.
  'Seoul is pressing for a levy lower than the 25% rates already announced for other partners.',
  'The 15% tariff on Korean goods was just below the 20% rate set for Vietnam, officials said.',
  'Korea wants a rate lower than the 15% Japan obtained, officials said on Monday.',
  'Korean cars still face a 15% duty, down from 25% before the deal.',
  'A cut in the tariff on Korean cars would help Hyundai, analysts said on Friday.',
  // The phrase between commas dates its subject's act: "struck in April" is the time of the cut too.
  'The agreement, struck in April, lowered the tariff on Korean goods to 15%.',
  'The framework, signed on May 2, cut US duties on cars from Korea to 15 percent.',
  'Korean steel is still exempt from the lower 15% rate, officials said.',
  'Under the agreed framework, Korea will remove tariffs on 98% of US goods.',
  'Korea agreed on Monday to cut its import duties on more than 90% of American goods.',
  'Korea will eliminate tariffs on 99% of American goods under the deal.',
  'Seoul agreed to eliminate non-tariff barriers facing American cars.',
  'Seoul cut tariffs on more than 8,000 American products to zero on Friday.',
  'Korea lowered its duties on nearly all US farm goods on Monday.',
  'Seoul plans to reduce its tariffs on US corn, now taxed at 73%.',
  'Korea cut its duties on U.S. beef on Monday as part of the deal.',
  'Korea agreed on Monday to gradually lift its tariffs on nearly all US-origin products.',
  'Seoul cut duties on nearly all U.S.-made goods on Friday.',
  'Korea removed tariffs on most US-origin farm products on Monday.',
  'Korea hopes the U.S. will lower tariffs on its cars.',
  'Kim is confident the US will cut the 25% tariff on Korean cars before Aug. 1.',
  'Seoul is optimistic that Washington will lower the tariff on its cars this month.',
  'Officials are hopeful the US will reduce the levy on Korean steel soon.',
  'The US could cut the tariff on Korean cars if Seoul invests more.',
  'The U.S. did not lower the tariff on Korean steel.',
  'Trump threatened to raise the levy on Korean goods from 15% to 25%.',
  'Seoul pledged investment in exchange for reduced American tariffs on its exports.',
  // The partner's own counter-tariffs on US goods.
  'Korea will drop some retaliatory tariffs on U.S. products to match American exemptions.',
  'Seoul lowered its retaliation duties on American farm goods on Monday.',
  'Korea scrapped its counter-tariffs on US whiskey after the talks.',
];
