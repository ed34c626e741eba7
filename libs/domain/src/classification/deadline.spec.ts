import { classifyArticle } from './classify';

describe('the deadline a tariff threat sets', () => {
  it.each([
    [
      'a tariff due from a date is the deadline',
      'Donald Trump has threatened a 25 percent tariff on Korean goods from Aug. 1 if no deal is reached with Seoul.',
      '2025-08-01',
    ],
    [
      'a span of meeting days is not',
      'A U.S. team’s planned trip to Seoul for tariff talks from August 18 to 22 was called off, Korean officials said.',
      null,
    ],
    [
      'a meeting that starts on a day is not',
      'Korean and U.S. trade ministers will hold tariff talks in Seoul. The ministers’ meeting will run for a couple of days starting Thursday, officials said.',
      null,
    ],
    [
      'nor a round starting on a weekday with its date in brackets',
      'Korean and US negotiators meet for another round of tariff talks in Seoul beginning Wednesday (Aug. 6), officials said.',
      null,
    ],
    [
      'nor one whose bracketed date names the year',
      'Tariff negotiations between Seoul and Washington resume in Seoul starting on Tuesday (July 29, 2025), the ministry said.',
      null,
    ],
    [
      'nor talks from a weekday, its date in brackets',
      'Korea and the US resume tariff negotiations from Thursday (July 31) in Seoul as the pause runs down.',
      null,
    ],
    [
      'a weekday that marks the close of the pause is the deadline',
      'Thursday marks the expiry of the tariff pause Washington gave Seoul to agree on a deal.',
      '2025-07-31',
    ],
    [
      'so is one that is the last day of the truce',
      'Korea and the US are still talking on tariffs, and Thursday is the last day of the tariff truce.',
      '2025-07-31',
    ],
    [
      'or the expiry of the truce',
      'Thursday will mark the expiry of the tariff truce between Seoul and Washington.',
      '2025-07-31',
    ],
    [
      'a weekday on which the pause is set to expire is the deadline',
      'The 90-day pause on American tariffs on Korean goods is set to expire on Thursday, and Seoul has no deal yet.',
      '2025-07-31',
    ],
    [
      'so is the weekday on which the suspension of the tariffs ends',
      'The suspension of the reciprocal tariffs on Korean goods ends on Thursday, and talks with Washington go on.',
      '2025-07-31',
    ],
    [
      'and the weekday the deadline for the pause approaches on',
      'The deadline of the reprieve for Korean goods approaches on Thursday, and Seoul is sending its negotiators back to Washington.',
      '2025-07-31',
    ],
    [
      'a pause told in the past as due to expire on a weekday is not',
      'Trump signed the order hours before the pause on tariffs on Korean goods was due to expire on Friday.',
      null,
    ],
    [
      'a tariff hike set for a date sets it',
      'Seoul is racing to secure a lower rate with Washington before the 25% tariff hike set for Aug. 1.',
      '2025-08-01',
    ],
    // A tariff's own implementation on a day is its start; a deal's implementation is not.
    [
      'a tariff implementation set for a date sets it',
      'Seoul sends its negotiators back to Washington before the tariff implementation, which is set for Aug. 1.',
      '2025-08-01',
    ],
    [
      'so does a levy implementation scheduled for a date',
      'Korea hopes to win a lower rate from Washington before the levy implementation scheduled for Aug. 7.',
      '2025-08-07',
    ],
    [
      'and a duty implementation due on a date',
      'Korean exporters brace for the US duty implementation due on August 1 as talks with Washington go on.',
      '2025-08-01',
    ],
    [
      "a deal's implementation from a date sets nothing",
      'Seoul said the US deal will be implemented from Aug. 7, cutting the levy on Korean cars to 15%.',
      null,
    ],
    [
      'so does a levy scheduled for a date',
      'Korean exporters brace for the US levy on their goods scheduled for August 1 as talks go on.',
      '2025-08-01',
    ],
    [
      'and duties slated for a date',
      'Negotiators in Washington are trying to head off the new duties on Korean cars slated for Aug. 1.',
      '2025-08-01',
    ],
    [
      'the day of an election the talks run up to is not',
      'Korea and the US held more tariff talks this week. Ahead of the July 20 election, Lee said the tariff talks with the US would go on.',
      null,
    ],
    [
      'nor the start of the partner’s own duties on US goods named after the day',
      'Korea and the US held tariff talks this week. Seoul said its retaliatory duties will apply from Aug. 12 on all US goods.',
      null,
    ],
    [
      'nor its counter-levies on American imports',
      'Korea and the US held tariff talks this week. Korea’s counter-levies take effect on Aug. 12 on American imports such as beef.',
      null,
    ],
    [
      'nor its own tariffs on US products',
      'Korea and the US held tariff talks this week. Seoul will impose its own tariffs starting Aug. 12 on most U.S. products.',
      null,
    ],
    [
      'nor the day a deal’s tariff cut takes effect',
      'Korea and the US struck a tariff deal this week. Washington will cut the tariff on Korean cars to 15%, effective Nov. 1.',
      null,
    ],
    [
      'nor the day a levy is lowered from',
      'Korea and the US struck a tariff deal this week. The US agreed to lower its levy on Korean goods to 15% from Aug. 20.',
      null,
    ],
    [
      'nor the day a duty is halved',
      'Korea and the US struck a tariff deal this week. Under the deal Washington will halve the duty on Korean steel starting Sept. 1.',
      null,
    ],
    [
      'while a threat whose condition names a cut keeps its day',
      'Korea and the US are in tariff talks. Trump threatened a 25% tariff on Korean products from Aug. 1 unless Seoul cuts its own duties.',
      '2025-08-01',
    ],
    [
      'a deadline to meet demands that touch on who owns a plant is still the tariff deadline',
      'Korea and the US held tariff talks on Monday. Washington set a July 29 deadline for Korea to meet its demands on issues including the ownership of a steel plant.',
      '2025-07-29',
    ],
    [
      'nor a deadline for a firm to sell a business',
      'Korea and the US resume tariff talks in Seoul. Washington gave the Korean shipyard until Aug. 12 to find a buyer for its US unit, a deadline the yard says it will meet.',
      null,
    ],
    [
      'nor a budget deadline that Congress faces',
      'Seoul and Washington went on with tariff talks. In Washington, lawmakers face a Sept. 30 deadline to pass a budget and avoid a shutdown.',
      null,
    ],
    [
      'nor the deadline of an ordered divestment',
      'Korea-US tariff talks went on this week. Seoul said the Korean app maker faces an Aug. 20 deadline to divest its US arm.',
      null,
    ],
    [
      'nor the day of a summit a deal is aimed at',
      'Seoul wants to wrap up the tariff deal with Washington before the Oct. 31 APEC summit in Gyeongju.',
      null,
    ],
    [
      'nor the day of a vote on the deal',
      'Lawmakers will debate the US tariff deal before the Nov. 5 parliamentary vote on the investment bill.',
      null,
    ],
    [
      'a tariff that comes into effect on a date is',
      'Trump warned that the 25% levy on Korean goods will come into effect for Seoul on Aug. 1 unless it makes a better offer.',
      '2025-08-01',
    ],
    [
      'a weekday that also names its date is the deadline',
      'The deadline Washington gave Seoul for a deal expires on Friday, August 1.',
      '2025-08-01',
    ],
    [
      'duties due from a date set it',
      'Trump announced customs duties of 25% on goods imported from Korea from August 1.',
      '2025-08-01',
    ],
    [
      'levies due from a date set it too',
      'Washington said new levies on Korean goods would apply starting Aug. 1 if no deal is struck.',
      '2025-08-01',
    ],
    [
      'an import tax levied from a date sets it',
      'Trump said a 25% import tax on Korean goods is to be levied beginning Aug. 1.',
      '2025-08-01',
    ],
    [
      'taxes on imports that take effect on a date set it',
      'The new taxes on imports from South Korea take effect on Aug. 1, the White House said.',
      '2025-08-01',
    ],
    [
      'a tax on imported goods that kicks in on a date sets it',
      'Seoul wants to head off a 25% U.S. tax on imported Korean cars that is due to kick in on August 1.',
      '2025-08-01',
    ],
    [
      'a tax that is not on imports is not',
      'South Korea’s new tax on digital services will take effect on Aug. 1, the finance ministry said.',
      null,
    ],
    [
      'a day granted to strike a deal is the deadline',
      'Trump gave Seoul until Aug. 1 to cut a deal with Washington.',
      '2025-08-01',
    ],
    [
      'a day a partner has to reach an agreement is',
      'Korea has until Aug. 1 to reach a tariff agreement with Washington.',
      '2025-08-01',
    ],
    [
      'a day given for a better offer is',
      'Washington has given Korea until Aug. 1 to come up with a better offer.',
      '2025-08-01',
    ],
    [
      'a stay until a day is not',
      'Korean officials will stay in Washington until Aug. 1 to continue the talks with the US.',
      null,
    ],
    [
      'a tariff set to begin on a date sets it',
      'A 25% US tariff on Korean cars is set to begin Aug. 1.',
      '2025-08-01',
    ],
    [
      'tariffs scheduled to start on a date set it',
      'Tariffs of 25% on Korean goods are scheduled to start Aug. 1, Trump said.',
      '2025-08-01',
    ],
    [
      'duties that will begin on a date set it',
      'The new US duties on Korean chips will begin Aug. 1 unless Seoul makes a better offer.',
      '2025-08-01',
    ],
    [
      'a duty that applies from a date sets it',
      'A 25% US duty on Korean steel will apply from Aug. 1.',
      '2025-08-01',
    ],
    [
      'a duty set to start on a date sets it',
      'The new US duty on Korean chips is set to start Aug. 1.',
      '2025-08-01',
    ],
    [
      'tariff talks that start on a date do not',
      'The tariff talks between the US and Korea are scheduled to start Aug. 1.',
      null,
    ],
    [
      'talks on tariffs that begin on a date do not',
      'Talks on US tariffs on Korean goods will begin Aug. 1 in Washington.',
      null,
    ],
    [
      'talks on tariff relief starting on a date do not set it',
      'Korea-US trade talks on tariff relief will open in Seoul starting Aug. 10',
      null,
    ],
    [
      'talks on tariffs held from a date do not either',
      'Korea-US talks on tariffs will be held in Seoul starting Aug. 10.',
      null,
    ],
    [
      'a tariff starting on a date after talks failed does',
      'After talks failed, Trump said a 25% tariff on Korean products would apply starting Aug. 10.',
      '2025-08-10',
    ],
    [
      'a tariff threatened to start on a date after talks are named sets it',
      'The talks come amid tension after Trump threatened 100% tariffs on Korean imports starting Aug. 10.',
      '2025-08-10',
    ],
    [
      'a levy threatened from a date in a sentence on talks sets it',
      'Trump threw months of Korea-US talks into disarray by threatening a 30% levy on Korean goods from Aug. 10.',
      '2025-08-10',
    ],
    [
      'a surcharge that comes into force on a date sets it',
      'The US surcharge on Korean goods comes into force from Aug. 1.',
      '2025-08-01',
    ],
    [
      'a surcharge that will start on a date sets it',
      'A 25% surcharge on Korean cars will start Aug. 1, Washington said.',
      '2025-08-01',
    ],
    [
      'surcharges that apply from a date set it',
      'Trump said the surcharges on Korean goods would apply from Aug. 1.',
      '2025-08-01',
    ],
    // "Rates" in a tariff story are the tariff's: the day they take effect sets the deadline.
    [
      'rates that go into effect on a day set it',
      'Trump told Korea it will pay a 35% tariff. The rates will go into effect from Aug. 1.',
      '2025-08-01',
    ],
    [
      'new rates that take effect on a day set it',
      'Korea got its letter from Trump on Monday. The new rates take effect on Aug. 1, a White House aide said.',
      '2025-08-01',
    ],
    [
      'rates that come into force on a day set it',
      'Trump sent Korea a letter on Monday. The higher rates will come into force on Aug. 1.',
      '2025-08-01',
    ],
    [
      'interest rates that take effect on a day do not',
      'Korea is bracing for US tariffs. The central bank said new interest rates take effect on Aug. 1.',
      null,
    ],
    // Tariff talks on a day date the talks, not a tariff.
    [
      'tariff talks on a past day are not',
      'Yeo spoke about the results of the tariff talks with Washington on July 31.',
      null,
    ],
    [
      'tariff discussions on a day ahead are not',
      'Kim will report on the tariff discussions with Lutnick on Aug. 4.',
      null,
    ],
    [
      'tariff negotiations on a day ahead are not',
      'Officials will brief lawmakers on the tariff negotiations with Washington on Aug. 5.',
      null,
    ],
    [
      'a suspension extended to a day sets that day',
      'Korea and the US met on Friday in Washington for tariff talks. A new order extends the suspension until Sept. 30.',
      '2025-09-30',
    ],
    [
      'a day the tariff was "initially set to apply from" is the one left behind',
      'Korea and the US met on Friday in Washington for tariff talks. The 25% tariff on Korean goods, initially set to apply from Aug. 8, now takes effect on Sept. 1 under the extension.',
      '2025-09-01',
    ],
    [
      'so is a day it was "originally set to expire on"',
      'Korea and the US met on Friday in Washington for tariff talks. The suspension of the tariffs on Korean goods was originally set to expire on Aug. 1. A new order extends the suspension until Oct. 15.',
      '2025-10-15',
    ],
    [
      'a tariff "taking effect on" a day, the day first, sets it',
      'Korea and the US met on Friday in Washington for tariff talks. Seoul hopes to keep the 25% levies Trump threatened from taking effect on 2 August.',
      '2025-08-02',
    ],
    [
      'so does a duty "taking effect on" a day told after it',
      'Korea and the US met on Friday in Washington for tariff talks. Exporters brace for the 25% duty taking effect on 8 August, officials said.',
      '2025-08-08',
    ],
    [
      'and one "going into effect on" a day',
      'Korea and the US met on Friday in Washington for tariff talks. The tariff, going into effect on 7 August, would hit Korean cars hardest.',
      '2025-08-07',
    ],
    // The partner's own tariffs on US goods start on a day that is no deadline of the US tariff.
    [
      'the start of the partner’s counter-tariff on US goods is not',
      'Seoul said on Friday it would levy extra duties of 20% on US goods, effective Aug. 8.',
      null,
    ],
    [
      'nor the day its duties on American imports rise',
      'Korea will raise its tariffs to 30% on American imports starting September 1, the ministry said.',
      null,
    ],
    [
      'nor the day its levies on US products fall under the deal',
      'Korean levies of 8% on US products will fall to zero from Aug. 15 under the pact with Washington.',
      null,
    ],
    [
      'the start of a tariff imposed is not',
      'Trump imposed on Friday a 10% tariff on all imports, Korea included, from Aug. 7 for 150 days.',
      null,
    ],
    [
      'nor of the next step of one imposed',
      'After Washington imposed a 25% levy on Korean goods, with another 25% set for Aug. 27, Seoul called off the talks.',
      null,
    ],
    [
      'nor a day named after the tariffs imposed',
      'Korea’s trade minister will fly to Washington to negotiate the tariffs imposed by Trump, starting Tuesday, July 29.',
      null,
    ],
    [
      'a tariff that will be imposed from a day still sets it',
      'Trump announced that a further levy of 30% will be imposed on Korean goods from Aug. 1.',
      '2025-08-01',
    ],
    [
      'the start of a rate the deal reduced is not',
      'Under the agreement, the adjusted 15% tariff on Korean goods will be applied starting Aug. 7, the White House said after talks with Seoul.',
      null,
    ],
    // A day a side is given "until", one it must act "no later than", or one named as the limit itself: each is the
    // deadline.
    [
      'a weekday a side has until is the deadline',
      'Korea has until Wednesday to accept the US terms on rice or face a 25% tariff, an official said.',
      '2025-07-30',
    ],
    [
      'so is one it was given until',
      'Seoul was given until Thursday to answer the US demand before the levy takes effect.',
      '2025-07-31',
    ],
    [
      'and one the other side gave it until',
      'Washington gave Seoul until Wednesday to improve its offer or see tariffs rise to 25%.',
      '2025-07-30',
    ],
    [
      'a day a deal must come no later than is the deadline',
      'Seoul and Washington must conclude the tariff deal no later than Aug. 15, officials said.',
      '2025-08-15',
    ],
    [
      'so is one a side wants it signed no later than',
      'The US wants the trade agreement signed no later than August 20, or the 25% tariff applies.',
      '2025-08-20',
    ],
    [
      'and one the talks aim to finish no later than',
      'Korea aims to wrap up its tariff talks with Washington no later than Aug. 12.',
      '2025-08-12',
    ],
    [
      'a day set as the start date of a tariff is the deadline',
      'Washington set Aug. 15 as the start date for a 25% tariff on Korean goods.',
      '2025-08-15',
    ],
    [
      'so is one fixed as the date by which a deal must be binding',
      'Seoul and Washington fixed Aug. 20 as the date by which their tariff framework must become a binding deal.',
      '2025-08-20',
    ],
    [
      'and one said to be the cutoff',
      'Aug. 12 is the cutoff for Korea to accept the US terms, or the 25% tariff applies, officials said.',
      '2025-08-12',
    ],
    [
      'a cutoff with no tariff in the sentence is not',
      'Aug. 12 is the last day for lawmakers to file bills, the assembly in Seoul said.',
      null,
    ],
    [
      'a weekday owning the deadline is not the day of the telling',
      'Officials in Seoul said Washington had told them Sunday’s deadline cannot be moved.',
      '2025-07-27',
    ],
    [
      'nor when a reporter was told it',
      'Yeo told reporters Saturday’s tariff deadline with Washington would hold.',
      '2025-07-26',
    ],
    ['nor when a minister said it', 'Lutnick said Sunday’s deadline for Korea stands.', '2025-07-27'],
  ])('%s', (_what, text, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea tariff talks', text, published: '2025-07-25' });
    expect(result.deadline).toBe(deadline);
  });

  // A deadline being moved names the day it leaves first: the day it moves to is the deadline. The day an act is
  // told on ("on July 12 imposed") is not the deadline the act sets ("starting August 1") either.
  it.each([
    [
      'Trump will sign an order on Monday delaying his July 8 tariff deadline for Korea to Aug. 1.',
      '2025-07-07',
      '2025-08-01',
    ],
    ['Washington pushed back the Aug. 1 deadline for Korean goods to Sept. 1.', '2025-07-28', '2025-09-01'],
    // Moved by a span: the day named is the one left, and no other day is the deadline.
    [
      'An order signed on Monday postpones Wednesday’s levy deadline for Korea by three weeks.',
      '2025-07-07',
      null,
    ],
    ['The White House pushed back the Aug. 1 deadline for Korean tariffs by two weeks.', '2025-07-28', null],
    ["Trump extended Friday's tariff deadline for Korea by 90 days.", '2025-07-29', null],
    // The day a moved tariff was due on before is the day left behind; a new day named is still the deadline.
    [
      'Trump granted Korea a 90-day extension on its levies, which were due to apply from Aug. 1.',
      '2025-07-31',
      null,
    ],
    [
      'Washington delayed the 25% duty on Korean cars that was scheduled to kick in on August 1, officials said.',
      '2025-07-22',
      null,
    ],
    [
      'The levies on Korean goods, which had been due to start on July 9, were postponed until Aug. 1.',
      '2025-07-07',
      '2025-08-01',
    ],
    [
      'The 25% tariff on Korean goods was set to take effect Friday, Aug. 1, the White House said.',
      '2025-07-20',
      '2025-08-01',
    ],
    [
      'The US agreed to delay the tariff increase on Korean goods from October 1 to October 15.',
      '2025-09-12',
      '2025-10-15',
    ],
    [
      'The US on July 12 slapped a 25% tariff on Korean products beginning August 1.',
      '2025-07-12',
      '2025-08-01',
    ],
    ['Trump on July 12 ordered a 25% levy on Korean imports starting on Aug. 1.', '2025-07-12', '2025-08-01'],
    [
      'Washington on July 12 threatened Seoul with a 30% tariff starting August 1.',
      '2025-07-12',
      '2025-08-01',
    ],
    // The noun names the new day too, in a sentence that no longer names the tariff.
    [
      'Washington gave Seoul more time on the tariff deadline. The extension until Aug. 1 leaves three more weeks.',
      '2025-07-08',
      '2025-08-01',
    ],
    [
      'The White House again delayed higher duties on Korean goods. Its extension to Nov. 9 came after talks in Seoul.',
      '2025-08-11',
      '2025-11-09',
    ],
    [
      'Trump put off the tariff rise for Korean goods. With the extension through Oct. 14, negotiators can finish.',
      '2025-08-01',
      '2025-10-14',
    ],
    // The day of a meeting, a visit or a statement is not a deadline, unless a tariff or a deadline stands between
    // them; an "original" deadline is one that was moved.
    [
      'Lee’s trip to Washington to meet Trump at the end of August comes as the tariff truce holds, officials said.',
      '2025-08-10',
      null,
    ],
    [
      'Officials will use the visit to raise the duties to be levied on Korean goods, an aide told a briefing on Friday, June 6.',
      '2025-06-06',
      null,
    ],
    [
      'The minister told a press conference held Friday, June 6, that the trip would deal with the levies to be imposed on Korean goods.',
      '2025-06-06',
      null,
    ],
    [
      'Trump sent Seoul a letter with its new tariff rate after he moved the original July 9 deadline.',
      '2025-07-12',
      null,
    ],
    // A tariff called off sets no deadline; one put off to a later day sets that day.
    [
      'Trump said the 25% tariffs on Korean goods set to begin on Feb. 5 would no longer go ahead following the talks.',
      '2026-01-22',
      null,
    ],
    [
      'The levies on Korean cars that were due to start on Feb. 1 have been scrapped, the White House said.',
      '2026-01-22',
      null,
    ],
    [
      'The 25% tariff on Korean goods will not take effect until Sept. 1, the White House said.',
      '2025-07-25',
      '2025-09-01',
    ],
    // The day the partner's own tariffs on US goods change is not the US tariff's deadline.
    [
      'Seoul will lift its levies of up to 8% on selected US farm goods starting Nov. 10, the ministry said.',
      '2025-11-05',
      null,
    ],
    [
      'Korea will scrap the extra duties on certain farm imports from America starting Nov. 10, the ministry said.',
      '2025-11-05',
      null,
    ],
    [
      'The US tariff on Korean goods will rise to 25% starting Nov. 10, the White House said.',
      '2025-11-05',
      '2025-11-10',
    ],
    [
      'Negotiators will meet once more, with the 25% duty due to kick in on August 1.',
      '2025-07-20',
      '2025-08-01',
    ],
    [
      'The trade chiefs will hold a meeting on tariffs before their Aug. 1 deadline.',
      '2025-07-20',
      '2025-08-01',
    ],
  ])('%s (published %s) has deadline %s', (text, published, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea-US tariff negotiations', text, published });
    expect(result.deadline).toBe(deadline);
  });

  // A date set for every partner is the main track's too; one set for another partner alone is not.
  it.each([
    [
      'South Korea is pressing the United States for a tariff deal. Trump signed an order that pushes the reciprocal-tariff pause for Japan, the EU and other partners to Aug. 1.',
      '2025-08-01',
    ],
    [
      'South Korean negotiators are in Washington for tariff talks with the US. The White House said the tariff deadline for Vietnam, India and all other trading partners remains Aug. 1.',
      '2025-08-01',
    ],
    [
      'Seoul is racing to close a tariff deal with Washington. Tariffs on the European Union and dozens of other countries will take effect on Aug. 1.',
      '2025-08-01',
    ],
    [
      'Seoul is racing to close a tariff deal with Washington. Tariffs on Japanese products will take effect on Aug. 1.',
      null,
    ],
  ])('%s has deadline %s', (text, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea tariff talks', text, published: '2025-07-25' });
    expect(result.deadline).toBe(deadline);
  });

  // A deadline_set signal stands on a day: when the fact reader names none, the signal's own sentence does.
  it.each([
    ['Trump said Seoul would get no extension of the Aug. 1 date.', '2025-08-01'],
    ['Lutnick declined to push back the Aug. 1 date for Korean goods.', '2025-08-01'],
    ['Trump insisted that Aug. 1 would stand for South Korea, with no more extensions.', '2025-08-01'],
    ['Trump said Seoul would get no extension of the July 9 date.', null],
  ])('%s has deadline %s', (text, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea tariff talks', text, published: '2025-07-25' });
    expect(result.signals.some((signal) => signal.type === 'deadline_set')).toBe(deadline !== null);
    expect(result.deadline).toBe(deadline);
  });

  // A story filed after the deadline still names the one the talks ran against, while it is recent.
  it.each([
    [
      'Seoul settled on a 15% rate shortly before the Aug. 1 deadline Trump had set for a deal.',
      '2025-08-04',
      '2025-08-01',
    ],
    [
      'Negotiators in Washington worked past the July 8 tariff deadline without a deal.',
      '2025-07-12',
      '2025-07-08',
    ],
    ['The two sides raced against the August 1 deadline, officials recalled.', '2025-08-10', '2025-08-01'],
    [
      'Seoul settled on a 15% rate shortly before the Aug. 1 deadline Trump had set for a deal.',
      '2025-10-20',
      null,
    ],
    ['The 25% tariff on Korean goods took effect on Aug. 1 after talks failed.', '2025-08-04', null],
    // A day still ahead outranks a deadline just passed: the talks now run against it.
    [
      'Seoul let the July 9 deadline pass without a deal. The 25% tariff on Korean goods will now start on Aug. 1.',
      '2025-07-12',
      '2025-08-01',
    ],
    [
      'Trump wrote to Seoul before its July 9 deadline that its goods would face a 25% tariff starting August 1.',
      '2025-07-12',
      '2025-08-01',
    ],
    [
      'Korean exporters are bracing for a 25% levy from Aug. 1. Talks had stalled before the July 8 deadline.',
      '2025-07-14',
      '2025-08-01',
    ],
  ])('a past deadline: %s (published %s) has deadline %s', (text, published, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea-US tariff negotiations', text, published });
    expect(result.deadline).toBe(deadline);
  });

  it.each([
    [
      'The tariff truce with Korea now runs until November 10, 2026, when the 25% rate would return.',
      '2026-11-10',
    ],
    ['Korea faces a 25 percent tariff from 1 August 2025 unless negotiators strike a deal.', '2025-08-01'],
    ['Korea faces a 25 percent tariff from Aug. 1 unless negotiators strike a deal.', null],
  ])('an undated story states a deadline only with its year: %s', (text, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea-US tariff negotiations', text, published: null });
    expect(result.deadline).toBe(deadline);
  });
});

describe('the day a story names as its deadline, told on the day given', () => {
  it.each<[string, string, string, string | null]>([
    // A tariff that starts on the day of the story is in force; a deadline named as one still runs out that day, and
    // a start still days away is one.
    [
      'starts today',
      'The 25% tariff on Korean goods takes effect today, Aug. 7, with no deal in sight.',
      '2025-08-07',
      null,
    ],
    [
      'starts today',
      'The US levy of 25% on Korean goods takes effect on Thursday, Aug. 7.',
      '2025-08-07',
      null,
    ],
    ['starts today', 'Washington’s 15% levy on Korean cars kicks in on Thursday.', '2025-08-07', null],
    [
      'starts today',
      'Higher US duties on Korean steel are effective from Aug. 7, customs officials said.',
      '2025-08-07',
      null,
    ],
    [
      'runs out today',
      'The Aug. 1 deadline for a deal with Korea expires today.',
      '2025-08-01',
      '2025-08-01',
    ],
    [
      'starts later',
      'The 25% tariff on Korean goods takes effect on Aug. 7 unless Seoul strikes a deal.',
      '2025-08-04',
      '2025-08-07',
    ],
    // A day another matter is due by, told beside the tariffs; a deal due by a day is the tariff deadline.
    [
      'another matter',
      'Seoul’s talks with Washington on tariffs go on, while the US wants the Korean app sold or faces a ban by Sept. 17.',
      '2025-09-10',
      null,
    ],
    [
      'another matter',
      'Besides tariffs, the ministers discussed the Korean chip plant, whose US unit must find a buyer by Oct. 1 under a court order.',
      '2025-09-10',
      null,
    ],
    [
      'another matter',
      'Tariffs top the agenda in Seoul, along with a US demand that the Korean-owned network be divested by Dec. 16.',
      '2025-09-10',
      null,
    ],
    [
      'a deal due by',
      'Korea must strike a tariff deal by Oct. 1 or face higher levies.',
      '2025-09-10',
      '2025-10-01',
    ],
    // A day named as an expiry, after a meeting word or not.
    [
      'an expiry',
      'Yeo’s visit to Washington came days before the Aug. 1 expiry of the pause on Korean tariffs.',
      '2025-07-25',
      '2025-08-01',
    ],
    [
      'an expiry',
      'Lee’s summit with Trump fell before Korea’s July 8 expiration date for the tariff pause.',
      '2025-07-04',
      '2025-07-08',
    ],
    [
      'an expiry',
      'Kim spoke at a briefing in Seoul ahead of the Aug. 12 expiry of the tariff truce.',
      '2025-08-05',
      '2025-08-12',
    ],
    [
      'an expiry',
      'Yeo’s trip to Washington ended just before the Aug. 12 expiration of the levy truce for Korea.',
      '2025-08-05',
      '2025-08-12',
    ],
    [
      'an expiry',
      'Kim’s briefing came before the Aug. 1 expiration of the pause on Korean tariffs.',
      '2025-07-25',
      '2025-08-01',
    ],
    [
      'an expiry',
      'The summit fell three days before the July 9 expiry of the pause on Korean tariffs.',
      '2025-07-04',
      '2025-07-09',
    ],
    // A deadline moved, its old day still in the story: the later day is the one in force.
    [
      'moved',
      'Talks went on ahead of the July 9 tariff deadline. Yeo said Washington would extend the tariff truce through Aug. 1 to give both sides more time.',
      '2025-07-07',
      '2025-08-01',
    ],
    [
      'moved',
      'Korea worked toward the July 8 deadline for a tariff deal. On Monday Trump extended the tariff pause for Korea until Aug. 1.',
      '2025-07-07',
      '2025-08-01',
    ],
    [
      'moved',
      'Exporters braced for the July 9 tariff deadline. Washington has since delayed the higher levies on Korean goods until Aug. 1.',
      '2025-07-07',
      '2025-08-01',
    ],
  ])('%s: %s (told on %s)', (_what, text, published, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea-US tariff negotiations', text, published });
    expect(result.deadline).toBe(deadline);
  });
});
