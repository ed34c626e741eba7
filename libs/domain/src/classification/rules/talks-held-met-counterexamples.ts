/** Sentences held.met must not read as talks held: rules.spec runs each one and fails naming the rule. */
export const MET_COUNTEREXAMPLES: string[] = [
  // A round agreed, planned or to come is not one held; a campaign launched is no round.
  'Seoul and Washington officially kicked off tariff negotiations on Friday.',
  'Seoul and Washington launched trade negotiations on Monday with a call between ministers.',
  'Korea and the US agreed on Monday to launch talks on a currency accord.',
  'Korea and the US will kick off a new round of talks next week.',
  'Korea launched a campaign on Monday to promote its cars in the US.',
  'Lee and Trump will meet for the first time at the summit next week.',
  // A side's own firms meeting their government, before or after a round: their business, not the round.
  'Korean exporters met the trade minister on Thursday to press for faster talks with Washington.',
  'Japanese carmakers met Akazawa in Tokyo on Monday before his trip to Washington.',
  'Korean firms met Yeo on Friday to hear how the talks with the US went.',
  // Talks "between" the partner and another country, the counterpart not one of the two.
  'Officials held talks on Monday between Seoul and Tokyo on the US tariffs.',
  // One's own council, met at home.
  'Yeo met the members of Korea’s trade council in Seoul on Monday.',
  // A government's own crisis meeting on the tariffs is no round with the other side (crisis talks of both sides
  // are: held.met's examples).
  'Seoul’s economic ministers met for crisis talks on Sunday after the US raised tariffs.',
  'Korea’s economic ministers convened a crisis meeting on Friday over the US tariff letter.',
  // "met with" after "be" is how something was received.
  'The US tariff cut was warmly met with praise from Korean carmakers on Friday.',
  'Seoul’s offer has been met with a cool reception in Washington.',
  'Korea’s counteroffer was met with silence from the US side on Monday.',
  // The participle after its noun describes talks still to come: "for talks centered around autos".
  'Korean officials will meet their US counterparts in Washington for discussions centered around tariffs.',
  'Kim will travel this week to Washington for consultations centered around autos, the ministry said.',
  'Seoul will send a team to Washington for talks focused around farm access.',
  // A body of one side convening is no meeting of the two.
  'Lawmakers convened a hearing on the Korea tariff deal on Monday.',
  'Lee convened an emergency meeting of ministers on Monday to discuss the US tariffs.',
  // Said of what was negotiated: the participle describes the noun, whose own verb comes later.
  'The minister said the quotas negotiated with the US team protect Korean steelmakers.',
  'Kim said that the safeguards negotiated with Washington were enough for rice farmers.',
  'Yeo said the rules negotiated with the US side were a win for Korean chipmakers.',
  // ... but not one still to come, nor a discussion "on" its topic.
  'Kim will set out Seoul’s terms at a meeting in Washington next week.',
  'Kim spoke at a roundtable discussion on the US levies on Friday.',
  'Kim hopes to win a cut at the meeting on Friday.',
  // The partner's own ministries or agencies conferring is no round with the other side.
  'Seoul’s top officials held an inter-ministerial session on Monday to plan the answer to the US court decision.',
  'Seoul held an interagency meeting on Tuesday to go over the US tariff ruling.',
  'The finance ministry held an inter-agency meeting on Friday to weigh the US court ruling.',
  // How talks still to come will go, or what will be done at one, is no round held.
  'The talks with Greer will be productive, Yeo said.',
  'During his meeting with Lutnick next week, Kim will raise the fund.',
  'Yeo hopes the talks with Greer go well.',
  // Meeting the press, and a move "met with" a reaction, are no round with the other side.
  'Trump met with reporters at the air base on Sunday and mentioned Korea’s tariffs.',
  'Lutnick met journalists in Washington on Friday to explain the Korea deal.',
  'Yeo met with reporters in Seoul on Monday to brief them on the US tariff talks.',
  'The White House order sparing Korean chips has been met with relief in Seoul.',
  'Washington’s decision on Korean cars was met with dismay by Seoul on Friday.',
  'The US offer on steel met with anger among Korean officials this week.',
  // A meeting convened is mostly one's own side's; a point stressed "during trade negotiations" at large; a
  // trip still to end.
  'Lee convened a meeting of his economic ministers in Seoul on Monday on the US tariff talks.',
  'Carney raised softwood as a priority during trade negotiations with Washington, his office said.',
  'Yeo will wrap up his Washington visit on Friday after meeting Greer.',
  // What the talks "remain" or "stay" focused on is where they stand, not a round told.
  'Seoul’s negotiations with Washington remain focused on two aims, Yeo said on Monday.',
  'The talks with Washington stay focused on the fund, officials said on Friday.',
  'Negotiations with the US remain centered on autos, Seoul said on Monday.',
  // Ending the talks and then acting on tariffs breaks them off: the place after the comma is the act's.
  'Washington ended the negotiations, slapping new duties on Korean steel at midnight.',
  'Seoul ended the talks, then put levies on US beef on Monday.',
  'Trump ended the negotiations, clamping duties on Korean cars in retaliation.',
  // Talks made possible are not talks held.
  'Trump’s remarks on Friday opened the door for another round of talks with Seoul.',
  'Washington opened the door to new talks with Seoul on Friday.',
  'The ruling opened a path to fresh negotiations between Seoul and Washington on Monday.',
  'Washington opened the way for more negotiations with Seoul on Friday, Yeo said.',
  'The ruling opened the way to a fresh round of talks between Seoul and Washington.',
  'The court decision opened an avenue for fresh negotiations between Seoul and Washington.',
  'Lutnick’s remarks opened an avenue to new talks with Korea on the fund.',
  'Seoul’s new offer opened the way toward another round of negotiations with Washington.',
  // A deal "negotiated" or "discussed with" the other side: the participle describes the deal.
  'The White House posted the new rates on Thursday, in keeping with the framework negotiated with Seoul.',
  'On Thursday, Trump signed an order cutting tariffs on Korean cars as a step in carrying out the pact negotiated with Seoul.',
  'Under the framework discussed with Lutnick last week, Seoul is to put $350 billion into US projects.',
  'Under the text of the accord negotiated with Seoul on Friday, the levy on Korean cars drops to 15%.',
  'With the signing of the memorandum negotiated with Lutnick, Seoul will start the $350 billion fund.',
  // Met by video or online: a call by other means.
  'Yeo held online discussions with Greer on Friday.',
  'Kim and Lutnick held a virtual meeting on the fund on Monday.',
  'Korea held talks with the US side via videoconference on Monday.',
  // A tally of rounds to date.
  'So far, Seoul has held two rounds of talks with Washington, Yeo said.',
  'Korea has held seven rounds of negotiations with the US so far.',
  'Kim said Seoul had held three rounds of talks with Washington so far without a deal.',
  'Yeo has held a number of meetings with Greer in Washington, the ministry said.',
  'Korea held a number of talks with Washington on the fund, Kim said.',
  'Officials from Seoul and Washington held a number of meetings in Geneva, Yeo said.',
  // Leaving for the meeting: it is still to come.
  'Yeo left for the talks with Lutnick on Tuesday.',
  // Met with a reaction, not with the other side.
  'Trump has proposed a 30% levy on Korean goods, a move met with fierce opposition from Seoul.',
  'The US demand for $350 billion in cash met with resistance from Korean officials on Monday.',
  'Lutnick’s proposal was met with skepticism in Seoul, where officials called it unworkable.',
  // The perfect progressive tells the negotiation at large, as "are negotiating" does.
  'Seoul has been negotiating with Washington over the investment fund.',
  'Korea has been discussing the tariff package with US officials, the ministry said.',
  'Yeo has been talking with Lutnick about the auto tariff.',
  // Earlier rounds told as background.
  'The previous rounds of talks with the other side were held in Seoul and in Washington.',
  'A prior round of negotiations with Greer took place in Geneva, officials noted.',
  'Yeo said the previous meeting with Lutnick lasted about two hours.',
  'Yeo will visit the US capital next week to hold talks with Greer.',
  'Yeo had visited Washington in May to negotiate with Greer.',
  'Seoul’s minister traveled to Washington on Monday to negotiate over the steel levies.',
  // One side's own companies and exporters.
  'Kim met with local companies on Tuesday to discuss the US levy.',
  'Yeo met with Korean firms on Monday to discuss the US tariffs.',
  'The trade ministry held talks with exporters on Friday about the 25% tariff.',
  'Talks between Korea and the US could result in a deal next month.',
  // Going on, with no round named.
  'Korea and the US are negotiating the terms of the fund, Seoul’s finance minister says',
  'Talks on the fund are being conducted by Kim and Lutnick, the presidential office said.',
  'Washington and Seoul are still discussing the tariff on Korean cars, officials said.',
  'The talks with Greer will go ahead next week, Seoul said on Friday.',
  // Two partners meeting each other on the US tariffs.
  'Korea and Japan held talks on the US tariffs in Tokyo on Monday.',
  'Seoul and Tokyo met on Friday over the US duties.',
  // Earlier this year is no longer this news.
  'Earlier this year, Yeo met Greer in Washington on the auto tariffs.',
  // Requirements, demands and standards are met by satisfying them.
  'Korea met Washington’s requirements on beef on Tuesday, the US said.',
  'Seoul has met the US demands on rice, officials said on Monday.',
  'Korea met US standards for auto safety this week.',
  // A participle between a determiner and its noun is an adjective: nothing was negotiated there.
  'Both sides want a careful, negotiated settlement with the US on steel quotas.',
  'Korea wants a negotiated settlement with Washington on the fund.',
  'The two sides met in Washington, weeks after the deal was struck.',
  'The next round of negotiations with US officials will commence in Washington next week.',
  'Talks with the US are expected to get under way next month.',
  'The two sides will reconvene in Seoul next week.',
  // An outcome negotiated, with no round told.
  'Korea negotiated a reduction of its tariff rate with the US this week.',
  'Korea negotiated an exemption from US tariffs for its chips this week.',
  'Korea has negotiated a cut in its US tariff rate, the ministry said.',
  // Business leaders meeting the other side lobby; they do not negotiate.
  'Businessmen like the head of a Korean steelmaker met with Trump on Monday to discuss the impact of the tariffs.',
  'Korean tycoons met Trump in the Oval Office on Tuesday to discuss the 25% tariff.',
  'Business executives from Seoul met with Greer on Thursday to discuss the tariffs.',
  // One side's own meeting on its response.
  'Seoul held a countermeasure meeting on the US tariff hike on Monday.',
  'The presidential office held a meeting chaired by the prime minister on the US tariffs on Monday.',
  'Officials from several ministries held a countermeasure meeting after Trump’s tariff post on Tuesday.',
  'Trump talked about tariffs on Korea on Monday.',
  'Lee talked with Trump by phone on Monday.',
  'Talks focused on the fund are expected next week.',
  'For months the tariff talks with Washington have focused on autos.',
  'The talks between Korea and the US, which began in April, have yet to produce a deal.',
  'Korea and the US will resume tariff talks next week.',
  'Korea wants to resume the stalled negotiations with Washington soon.',
  'Korea will spend the next week negotiating with the US.',
  'Yeo held a video call with Greer on Friday about the tariffs.',
  // One side's own people meeting about the US demands.
  'Immediately after landing on Friday, Yeo held final consultations with his colleagues on the U.S. tariff offer.',
  'Lee met the Security Council on Monday to review the U.S. tariff demands.',
  'The trade minister discussed the U.S. tariffs with parliament on Tuesday.',
  'South Korean negotiators will meet Lutnick next week.',
  'Seoul has asked Washington to hold another round of tariff talks within the coming week.',
  'The U.S. side apologized and proposed rescheduling the meeting with Korea as soon as possible.',
  'Washington continued negotiating with countries seeking lower tariffs after the Korean deal.',
  'Korea and the U.S. had held talks in May before the election.',
  'Kim said Korea had held talks with the U.S. many times without result.',
  // One side meeting to coordinate its own strategy before the talks.
  'Ahead of the talks with the US, Seoul held an economic ministers’ meeting on Monday to coordinate its negotiating strategy.',
  'Korean trade officials met on Tuesday to coordinate their response to the US tariff demands.',
  'Korean ministers met with US-based advisers on Friday to coordinate positions before the talks in Washington.',
  // A count of meetings so far, or of meetings met many times, is the negotiation's history, not a round.
  'Seoul and Washington have so far conducted four rounds of tariff negotiations.',
  'The two sides have held four rounds of negotiations with Washington to date, Seoul said.',
  'Korean and US negotiators have met many times on tariffs.',
  'Korean officials have repeatedly met US counterparts on tariffs.',
  'After the two sides met in May, Korea held talks with Japan on Monday.',
  'The minister held a cabinet meeting on the U.S. tariffs on Monday.',
  'Lee met business leaders on Monday to discuss the U.S. tariffs.',
  'The government held a contingency meeting on the U.S. steel tariffs on Monday.',
  'Seoul convened a contingency meeting with exporters on Friday after the U.S. tariff announcement.',
  'The ministry held contingency talks with carmakers on Tuesday over the 25% U.S. levy.',
  'Korea hopes to make progress in the tariff talks with the US next week.',
  'Ahead of the Korea-US summit to be held in Gyeongju, officials traded proposals.',
  'Trump said on Thursday he was abruptly ending the trade talks with Korea.',
  // "have" as the auxiliary of another verb.
  'Lee and Trump have agreed to hold an in-person meeting soon, the presidential office said on Monday.',
  'Korea has engaged in sincere and patient negotiations with the U.S. despite the change of government.',
  'Lee has promised to arrange an in-person meeting with Trump, his office said on Monday.',
  'Yeo will sit down with Greer in Washington next week.',
  // "End", "start" and "opening" as nouns: a time in the talks, not a round held.
  'The minister expressed hope that the US government will cut the tariff rate on Korean goods once the negotiations are over.',
  'Korea wanted the chip tariffs settled by the Trump administration before the start of negotiations.',
  'Seoul sent its offer to the Trump administration at the opening of negotiations.',
];
