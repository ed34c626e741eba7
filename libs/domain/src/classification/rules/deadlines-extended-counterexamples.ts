/** Sentences deadline.extended must not read as a deadline moved: rules.spec runs each one and fails naming the rule. */
export const DEADLINE_EXTENDED_COUNTEREXAMPLES: string[] = [
  // A "that" clause after a deal of an old month takes its time: background.
  'Seoul cites the agreement reached in May that delayed the higher tariffs for 90 days.',
  'Talks resume under the accord struck in May that suspended the steep levies for three months.',
  'Seoul cites the pact it reached in mid-May that delayed the higher tariffs for 90 days.',
  // Relief or a reduction put off comes later: no more time before a tariff.
  'The dispute will delay tariff relief for Korean cars by weeks.',
  'Washington postponed tariff relief for Korean carmakers on Friday.',
  'The row over the fund has delayed the promised tariff relief for Seoul.',
  'The US delayed the tariff reduction on Korean cars on Friday.',
  'The dispute has deferred the promised tariff reduction for Seoul’s exporters.',
  'Washington postponed the promised tariff reduction for Korea on Tuesday.',
  // What a deadline is for, named by the infinitive after it, is not done.
  'Farm groups rallied in Seoul on Monday, a week ahead of the deadline to suspend the levies.',
  'The window to extend the tariff truce with Korea closes on Friday.',
  'Exporters have two weeks left before the cutoff to delay the levy on Korean steel.',
  // An extension that is possible is not one granted.
  'An extension of the July 8 deadline for Korea is possible, officials said.',
  // A pause now running out, or one asked for, is no new extension.
  'The earlier suspension of the higher tariffs until Aug. 12 ends on Tuesday.',
  'Seoul is seeking a further suspension of the tariff hike until Dec. 31.',
  'The fund talks moved from Seoul to Washington on Monday.',
  'The pause on Korean tariffs ran out on Wednesday, officials said.',
  'Korea gave the US delegation an extensive tour of the shipyard on Monday.',
  // The partner's own answer to the tariffs put off.
  'Korea has delayed its response to the US tariffs until mid-July, officials said.',
  'Korea postponed its response to the US levies by a month, the ministry said on Monday.',
  'The Korean government put off its reply to the 25% tariff, choosing to keep negotiating.',
  // A delay in something else, named as a noun after the tariff, moves no tariff date.
  'Korean exporters blame the tariff uncertainty on delays at the National Assembly.',
  'Trump raised the tariff threat over the delay in Seoul’s fund.',
  'A 25% tariff looms for Korea after the delays in its investment bill.',
  'Tariff worries mounted amid delays in the special act.',
  // The partner's own countermeasures put off, a participle before them ("its planned countermeasures").
  'The bloc will delay its planned countermeasures to the US tariffs for six months.',
  'The bloc has postponed its announced countermeasures on US tariffs until September.',
  'Canada will delay its planned retaliatory measures against US tariffs for 30 days.',
  // Courtesies extended move no date.
  "Lee extended his thanks to Korea's tariff negotiating team on Friday.",
  'Yeo extended an invitation to the US tariff negotiating team.',
  'Kim extended warm greetings to the tariff negotiating teams of both countries.',
  // A pause told as what the tariff is ("the now-paused tariff") moves no deadline now.
  'Seoul is pressing for the removal of the now-paused 25% tariff that Washington imposed on Korea.',
  'Korea pressed on Monday for the removal of the now-suspended 25% tariff on its cars.',
  'Seoul raised the now-delayed 25 percent levy on its steel at the talks on Friday.',
  // A pause suspended is no new time granted.
  'The 90-day pause on Korean tariffs was suspended after a day.',
  // Pushing back on or against a tariff resists it.
  'India pushed back hard on the tariff threat, officials said.',
  'Seoul pushed back on the tariff demands on Monday.',
  'Korea pushed back against the 25% tariff, officials said.',
  // The partner's own tariffs on US goods put off or kept suspended: its concession, not the US deadline.
  'Seoul extended the suspension of its tariffs on US goods for six months on Monday.',
  'Seoul on Friday paused its planned tariffs on US farm goods for 90 days.',
  'Seoul delayed its tariffs on American beef by 90 days on Friday.',
  // An extension proposed.
  'A proposal to postpone the tariff hike on Korean goods is on the table, officials said on Monday.',
  'The key item was a proposal from Seoul to extend the present 90-day pause of the 25% levies.',
  'Korea tabled a proposal on Friday to delay the tariff hike by a month.',
  // A parliament delaying its vote on the deal.
  'US tariff threat on Korea grows as Seoul delays the vote on the tariff deal',
  'Korea’s parliament has postponed ratification of the tariff pact with the US until next month.',
  'The National Assembly delayed ratifying the tariff agreement with Washington on Monday.',
  'Korea put off its decision on the investment fund on Monday.',
  // The negotiations suspended or put off: talks called off, no deadline moved.
  'Washington told Seoul on Friday it would temporarily suspend its negotiations on the tariff deal.',
  'Washington postponed the talks on the tariff deal with Seoul on Friday.',
  'The US delayed negotiations on the tariff pact with Korea this week, officials said.',
  'Trump may put a pause on the tariff hike on Korea.',
  // The partner holding back its own answer to the US tariffs moves no US deadline.
  'Seoul will suspend its countermeasures against US tariffs for six months.',
  'Korea is again delaying retaliatory tariffs on US goods.',
  'Seoul suspended its retaliation against the US steel tariffs until August.',
  // Talks prolonged are no deadline moved.
  'Tariff talks between Korea and the US were extended into a second day.',
  'The negotiations on the tariff pause for Korea were extended by a day.',
  // The aim of a meeting, or of a summit, is an extension still to be made.
  'Trump and Lee are set to meet in Seoul next month to extend the tariff truce by a year.',
  'The Korean team will meet Greer on Friday to extend the tariff pause.',
  'Next week’s summit targets an extension of the tariff truce with Korea.',
  'Trump refused to extend the Aug. 1 deadline for Korea.',
  'Lutnick declined to push back the tariff deadline for Korean goods.',
  'The White House declined to delay the Aug. 1 deadline for Seoul.',
  // An extension "expected" is a forecast, not one granted.
  'Trump and Lee are expected to extend the trade truce at the Seoul summit.',
  'Trump and Lee expected to extend tariff truce at summit',
  'The White House is expected to delay the Aug. 1 deadline for Korea.',
  'Washington is widely expected to push back the tariff deadline for Seoul.',
  // "poised to" is about to, not done.
  'The US and Korea are poised to extend the tariff truce by a year.',
  'Trump is poised to delay the Aug. 1 deadline for Korea.',
  'The White House is poised to postpone the 25% tariff on Korean goods.',
  // The topic of talks, not a move made.
  'Korea and the US will continue discussions on extending the tariff truce.',
  'Officials held talks in Seoul on Monday about postponing the Aug. 1 deadline.',
  'The two sides are negotiating over delaying the tariff increase on Korean goods.',
  // ... or an item on the agenda a meeting covers.
  'Their talks with the US will cover fentanyl, soybeans, and extending their tariff truce.',
  'Officials said the US meeting includes port fees, chips, and extending the tariff pause.',
  'The meetings with Washington will tackle rare earths, soybeans, and extending the truce on tariffs.',
  'Trump said he would not extend the deadline for Korea.',
  'Korea hopes the US will extend the deadline.',
  'The deadline could be pushed back if talks with Seoul make progress.',
  'Korea’s tariff deal push hits roadblock after a tense call with Trump',
  'Korea expects the US will extend the deadline for its goods to Sept. 1.',
  'Seoul believes Washington will push back the Aug. 1 deadline for Korea.',
  'Analysts predict the US will postpone the tariff deadline for Korea to Sept. 1.',
  'Seoul wants Washington to delay the July 9 deadline to Aug. 1.',
  'Trump might extend the deadline for Korea to Sept. 1 if talks go well.',
  'Korea asked Washington to give it more time to study the proposal.',
  'Trump said he would not give Korea more time to reach a deal.',
  // Delays of visits and trips are no deadline moved.
  'Korea delays negotiators’ visit to Washington amid tariff uncertainty',
  'Seoul postponed the delegation’s trip to Washington until after the tariff hike.',
  'The White House plans to push ahead with the higher levies on Korean goods on Aug. 1.',
  'Trump pushed forward with the 25% tariff on Korea despite the talks.',
  'Washington is pushing Seoul to accept the tariff deal before the deadline.',
];
