import { classifyArticle } from './classify';
import { parsePublished, toIsoDate } from './calendar';
import { ageInDays, findDateReferences } from './dates';

describe('dates resolved against the publication day', () => {
  it.each<[string, string, string]>([
    ['Korea hopes to clinch a tariff agreement before next Friday’s deadline.', '2025-07-26', '2025-08-01'],
    // A bare weekday the sentence looks forward to is the next one, not the nearest (published on a Sunday).
    [
      'Talks with Korea went on on Sunday, with Friday’s tariff deadline looming.',
      '2025-07-27',
      '2025-08-01',
    ],
    ['Seoul races to strike a tariff pact before the deadline on Friday.', '2025-07-27', '2025-08-01'],
    [
      'Korea faces a tariff deadline Friday and is still negotiating with the US.',
      '2025-07-27',
      '2025-08-01',
    ],
    ['The tariff deadline on Friday looms over Korea’s talks with the US.', '2025-07-27', '2025-08-01'],
    // "implementing" in another clause is the partner's answer, not the tariff's start put into a deal.
    [
      'Seoul said that if Washington goes ahead with the tariff hike on Korean goods on August 1, Korea will respond by implementing countermeasures.',
      '2025-07-13',
      '2025-08-01',
    ],
    [
      'Korea faces a 25% US tariff from Aug. 1, while officials in Seoul are implementing an aid package for carmakers.',
      '2025-07-13',
      '2025-08-01',
    ],
    [
      'Washington will impose the 25% tariff on Korean goods from Aug. 1, and Seoul is implementing a support package for exporters.',
      '2025-07-13',
      '2025-08-01',
    ],
    // The weekday after a deadline that was moved says when it moved.
    ['Trump extended Korea’s tariff deadline on Monday, pushing it to Aug. 1.', '2025-07-20', '2025-08-01'],
    ['The White House moved the tariff deadline on Tuesday to Aug. 1 for Korea.', '2025-07-20', '2025-08-01'],
    [
      'Washington postponed the tariff deadline on Thursday for Korea, to Aug. 1.',
      '2025-07-20',
      '2025-08-01',
    ],
    ['The US set the tariff deadline on Monday for Korea at Aug. 1.', '2025-07-20', '2025-08-01'],
    [
      'Korea faces a 25% tariff that will take effect on Friday unless a deal is reached.',
      '2025-07-27',
      '2025-08-01',
    ],
    ['The levies are due to begin on July 8, when the pause runs out.', '2025-05-02', '2025-07-08'],
    [
      'Seoul must strike a tariff deal by end of the month, when the deadline expires.',
      '2025-07-10',
      '2025-07-31',
    ],
    [
      'The 25 percent tariff on Korean goods takes effect Aug. 1 unless the sides strike a deal, the deadline Trump set.',
      '2025-07-15',
      '2025-08-01',
    ],
    // A count of days in words, with or without other numbers in the sentence.
    [
      'The tariff deadline approaches in four days, and Seoul will send its trade minister.',
      '2025-07-04',
      '2025-07-08',
    ],
    [
      'With the deadline in three days, Korea sends its 25-member team to Washington.',
      '2025-07-29',
      '2025-08-01',
    ],
    [
      'The tariff deadline arrives within five days of the letter, officials said.',
      '2025-07-27',
      '2025-08-01',
    ],
    // A day of the month named by its place ("the 1st of next month"), with the year rolling over.
    [
      'Seoul is racing to wrap up its talks with the US before the tariff deadline, by the 1st of next month.',
      '2025-07-28',
      '2025-08-01',
    ],
    ['The 25% tariff on Korean goods applies from the 1st of next month.', '2025-07-28', '2025-08-01'],
    [
      'The grace period before the US tariff on Korean goods ends on the 8th of this month.',
      '2025-07-02',
      '2025-07-08',
    ],
    [
      'Washington will raise its tariff on Korean cars to 25% from the 1st of next month.',
      '2025-12-20',
      '2026-01-01',
    ],
  ])('%s (published %s) has deadline %s', (sentence, published, deadline) => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published,
    });
    expect(result.deadline).toBe(deadline);
  });

  it.each<[string, string]>([
    ['The 15% tariff on Korean goods took effect on Aug. 7 under the deal.', '2025-08-20'],
    ['The US tariff on Korean goods will be cut to 15% from Aug. 1, implementing the deal.', '2025-07-13'],
    ['The US tariff on Korean goods starts at 15% from Aug. 1, as adjusted by the deal.', '2025-07-13'],
    [
      'SEOUL, July 30 (Yonhap) - Korean and US negotiators held tariff talks as the truce nears its end.',
      '2025-07-30',
    ],
    ['Korean officials travel to Washington for tariff talks set for April 24.', '2025-04-20'],
    // "now" is the present: a tense, not a day anything is due, whether or not the sentence holds numbers.
    ['Korea has now formally asked Washington for a fixed date for the tariff talks.', '2025-07-23'],
    ['Korea is now asking for a date for the 3rd round of tariff talks before the deadline.', '2025-07-23'],
  ])('%s (published %s) states no deadline', (sentence, published) => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published,
    });
    expect(result.deadline).toBeNull();
  });

  it.each<[string, string]>([
    ['Trump said he would travel to China in April.', '2026-04-01'],
    ['The minister is set to travel to Seoul in March for another round.', '2026-03-01'],
    ['Xi will come to Washington in January, the White House said.', '2026-01-01'],
    ['Officials plan to meet again in February to settle the details.', '2026-02-01'],
  ])('places a month named by a future verb ahead: %s', (sentence, expected) => {
    const [reference] = findDateReferences(sentence, parsePublished('2025-10-30'));
    expect(toIsoDate(reference.date)).toBe(expected);
  });

  it.each(['They met in April to talk.', 'The tariff took effect in April, officials said.'])(
    'keeps a month named by a past verb behind: %s',
    (sentence) => {
      const [reference] = findDateReferences(sentence, parsePublished('2025-10-30'));
      expect(toIsoDate(reference.date)).toBe('2025-04-01');
    },
  );

  // A yearless day weeks ahead that opens a sentence told in the past is last year's; a season named as a time is its
  // last month (or the part named), behind publication, or this year's ahead.
  it.each<[string, string, string]>([
    ['On April 2, Washington imposed a 26% duty on goods from India.', '2026-02-03', '2025-04-02'],
    ['On March 4, Washington raised its duty on goods from India to 50%.', '2026-02-03', '2025-03-04'],
    ['On April 2 the US slapped a 26% levy on Indian goods.', '2026-02-03', '2025-04-02'],
    ['On April 2, Washington will impose a 26% duty on goods from India.', '2026-02-03', '2026-04-02'],
    ['On March 1, tariffs on Indian goods are set to rise.', '2026-02-03', '2026-03-01'],
    [
      'Seoul’s parliament froze the tariff pact signed with Washington last summer.',
      '2026-01-21',
      '2025-08-01',
    ],
    ['Korea and the US sealed a midsummer deal on a 15% tariff.', '2026-01-21', '2025-07-01'],
    ['Negotiators closed the tariff pact with Seoul in the spring.', '2025-11-24', '2025-05-01'],
    ['Korea hopes to finish the talks with the US this summer.', '2026-01-21', '2026-08-01'],
    // The end of a month is a part of it: its year goes by the month and the tense, as a month named alone does.
    ['The tariff pact with Seoul was signed at the end of July.', '2026-02-03', '2025-07-31'],
    ['Tokyo and Washington sealed their accord at the end of August.', '2026-03-10', '2025-08-31'],
    [
      'The US cut its duty on Swiss watches to 15% at the end of September, following months of talks.',
      '2026-04-02',
      '2025-09-30',
    ],
    ['Seoul must close the deal with Washington by the end of July.', '2026-02-03', '2026-07-31'],
    ['The deadline falls at the end of July.', '2026-06-15', '2026-07-31'],
  ])('reads a day or a season by its tense: %s (published %s)', (sentence, published, expected) => {
    const [reference] = findDateReferences(sentence, parsePublished(published));
    expect(toIsoDate(reference.date)).toBe(expected);
  });

  // Published on Friday 2025-07-18: chrono takes the nearest weekday, which is the coming Monday but the Wednesday
  // gone by.
  it.each<[string, string]>([
    ['Yeo met Greer on Monday in Washington.', '2025-07-14'],
    ['Korea and the US signed the deal in Washington on Monday.', '2025-07-14'],
    ['The two sides held talks in Seoul on Monday.', '2025-07-14'],
    // A comma after the weekday is not part of it.
    ['Yeo met Greer on Monday, weeks after the deal was struck.', '2025-07-14'],
    ['Both leaders met in the Oval Office on Monday, officials said.', '2025-07-14'],
    // What the sides could not do on a weekday, they failed at then: the inability is told in the past.
    ['The two sides could not agree on the fund on Monday.', '2025-07-14'],
    ["Negotiators couldn't bridge the gap on rice in Seoul on Monday.", '2025-07-14'],
    [
      'Seoul and Washington could not settle their differences in Geneva on Monday, officials said.',
      '2025-07-14',
    ],
    // "could not ... before" or "until" a weekday looks ahead to it.
    ['The two sides could not meet before Monday.', '2025-07-21'],
    ['Korea could not sign the deal until Monday, officials said.', '2025-07-21'],
    // A plan, or a weekday something is moved to, stays ahead.
    ['The two sides will hold talks on Monday, officials said.', '2025-07-21'],
    ['The two sides will hold talks on Monday.', '2025-07-21'],
    ['The talks were postponed to Monday.', '2025-07-21'],
    ['The talks are scheduled on Monday.', '2025-07-21'],
    // The day a deadline named a few words before falls on lies ahead.
    ['The accord comes ahead of a US deadline to impose tariffs on Wednesday.', '2025-07-23'],
    ['Seoul faces a deadline for the higher levies on Wednesday.', '2025-07-23'],
    ['Both sides are racing against a deadline set by Washington for Wednesday.', '2025-07-23'],
    // A deadline named before a deed told in the past: the weekday is the deed's, gone by.
    ['Washington named its deadline after the talks held on Wednesday.', '2025-07-16'],
    ['Days before the deadline, Yeo met Greer on Wednesday.', '2025-07-16'],
  ])('reads a bare weekday by what the sentence tells of it: %s', (sentence, expected) => {
    const [reference] = findDateReferences(sentence, parsePublished('2025-07-18'));
    expect(toIsoDate(reference.date)).toBe(expected);
  });

  it('places a month named without a year in the past when the verb is past', () => {
    const [reference] = findDateReferences('They met in Jan. to talk.', parsePublished('2025-11-14'));
    expect(toIsoDate(reference.date).slice(0, 7)).toBe('2025-01');
  });

  it.each<[string, number]>([
    // A month named alone and wholly past is aged from its middle; its early part or its middle, from the 10th or
    // the 20th; its late part, from its last day. The month under way is aged from its last day.
    ['Tariffs on Korean cars rose in August.', 28],
    ['Tariffs on Korean cars rose in July.', 59],
    ['Tariffs on Korean cars are due to rise in September.', -18],
    ['Tariffs on Korean cars rose in early August.', 33],
    ['Tariffs on Korean cars rose at the beginning of August.', 33],
    ['Tariffs on Korean cars rose at the start of August.', 33],
    ['Tariffs on Korean cars rose in mid-August.', 23],
    ['Tariffs on Korean cars rose in the middle of August.', 23],
    // Its late part, from its last day.
    ['Tariffs on Korean cars rose in late August.', 12],
    ['Tariffs on Korean cars rose in late June.', 74],
    // May too, which chrono reads as a month only after a preposition.
    ['Tariffs on Korean cars rose in early May.', 125],
    ['Seoul and Washington met in early May to discuss the levy.', 125],
    ['The US cut its duty on Korean steel in early May.', 125],
    ['Tariffs on Korean cars rose in mid-May.', 115],
    ['Korea offered to buy more US gas in mid-May.', 115],
    ['The talks broke off in mid May after the fund dispute.', 115],
    ['Tariffs on Korean cars rose in late May.', 104],
    ['Washington sent its letter to Seoul in late May.', 104],
    ['The two sides struck a framework deal in late May.', 104],
    ['Tariffs on Korean cars rose in the middle of May.', 115],
    ['Korea’s negotiators flew to Washington in the middle of May.', 115],
    ['The levy on Korean chips was lifted in the middle of May.', 115],
    ['Tariffs on Korean cars rose at the beginning of May.', 125],
    ['Seoul tabled its first offer at the beginning of May.', 125],
    ['The pause on Korean goods ran out at the beginning of May.', 125],
    ['Tariffs on Korean cars rose at the start of May.', 125],
    ['Trump threatened a higher levy on Korea at the start of May.', 125],
    ['The first round of talks was held at the start of May.', 125],
  ])('%s (published 2025-09-12) is %i days old', (sentence, days) => {
    const published = parsePublished('2025-09-12')!;
    const [reference] = findDateReferences(sentence, published);
    expect(ageInDays(reference, published)).toBe(days);
  });

  it.each<[string, string | null, string[]]>([
    // A year gone by is an old date of its own; the year of publication, a year still to come and a span are not.
    ['The US has imposed tariffs on Korean steel since 2018.', '2025-07-08', ['2018-12-31']],
    ['Korea’s applied tariff rate was 9.4% in 2023.', '2025-07-08', ['2023-12-31']],
    ['The interim pact signed in late 2025 lowered the levy on Swiss watches.', '2026-02-23', ['2025-12-31']],
    ['Talks on the steel quota began in early 2024.', '2025-07-08', ['2024-12-31']],
    ['The pact signed at the end of 2024 ran out.', '2025-07-08', ['2024-12-31']],
    ['Tariffs on Korean washers were raised in mid-2024.', '2025-07-08', ['2024-12-31']],
    ['Korea wants a deal in 2025.', '2025-07-08', []],
    // What was done "in" or "under" a thing of a year gone by is as old; a year that only names the thing is no date.
    ['Under the 2025 deal, the US capped most levies on EU goods at 15%.', '2026-02-22', ['2025-12-31']],
    ['In its 2019 agreement with Washington, Seoul accepted a quota on steel.', '2025-07-08', ['2019-12-31']],
    ['Tokyo pledged more LNG purchases in their 2024 pact.', '2025-07-08', ['2024-12-31']],
    ['Korea proposed to revise the 2012 free trade agreement.', '2025-07-08', []],
    ['Both sides hope the 2025 package can be signed soon.', '2025-07-08', []],
    // The span a thing lasted ("after two days of talks") is no day; a span from now ("in two days") is.
    ['The round wrapped up after three days of negotiating in Seoul.', '2025-07-08', []],
    ['Seoul agreed to the terms after three weeks of haggling.', '2025-07-08', []],
    ['Both sides signed off after four weeks of talks over rice.', '2025-07-08', []],
    ['The tariffs take effect in two days.', '2025-07-08', ['2025-07-10']],
    // A span written in words names no day, as one in figures does not.
    ['Washington paused the steel levy on Korea for five weeks.', '2025-06-06', []],
    ['The truce on Korean goods will run for a few more months, Greer said.', '2025-06-06', []],
    ['Trump put the Korean tariff on hold over two weeks of talks.', '2025-06-06', []],
    // ... and so does one of hours ("in force for a few hours"), which chrono counts on from now.
    [
      'The higher levy on Korean goods stood for a few hours on June 2 before it was lifted.',
      '2025-06-06',
      ['2025-06-02'],
    ],
    ['The higher rate on Korean cars lasted for a few hours.', '2025-06-06', []],
    [
      'The tariff on Korean chips applied for a few hours on Monday before it was paused.',
      '2025-06-06',
      ['2025-06-02'],
    ],
    // Hours "later" count from another event, as days "later" do: no day of their own.
    ['A new order came 13 hours later, pausing the levy on Korean goods for 90 days.', '2025-06-06', []],
    ['The levy on Korea was set, but a notice 10 hours later delayed it by three weeks.', '2025-06-06', []],
    [
      'Washington raised the tariff on Korean steel, then a statement 12 hours later put it on hold for 90 days.',
      '2025-06-06',
      [],
    ],
    // A count of times within a span ("the second time in a week") names no day either.
    ['Yeo and Greer met for the second time in a week on tariffs.', '2025-07-08', []],
    ['Seoul changed its offer on rice three times in a month, officials said.', '2025-07-08', []],
    ['Sefcovic and Lutnick spoke twice in a week as the deadline neared.', '2025-07-08', []],
    ['Korea promised to put $350 billion into US projects by 2029.', '2025-07-08', []],
    ['Tariffs rose during 2024-25, officials said.', '2025-07-08', []],
    // A day of the month named alone ("on the 28th"): past today's, it is last month's, unless the sentence looks
    // ahead to it. Never a day that does not exist: June has no 31st, so that one stays in July.
    ['Kim said on the 28th that the talks had gone well.', '2025-08-02', ['2025-07-28']],
    ['Lee told reporters on the 24th that he was hopeful.', '2025-07-25', ['2025-07-24']],
    ['Kim and Lutnick will meet on the 31st to go over the fund.', '2025-07-27', ['2025-07-31']],
    [
      'The upcoming meeting of the two ministers on the 30th will decide the package.',
      '2025-07-27',
      ['2025-07-30'],
    ],
    ['Lee met the US envoy on the 31st.', '2025-07-27', ['2025-07-31']],
    // With no publication day, only dates that name their year are kept.
    ['The truce was extended to November 10, 2026, the fact sheet says.', null, ['2026-11-10']],
    ['Tariffs rise on 1 August 2025 unless a deal is struck.', null, ['2025-08-01']],
    ['Talks resume on 2026-03-02 in Geneva.', null, ['2026-03-02']],
    ['The truce now runs until November 10, 2026, and talks resume today.', null, ['2026-11-10']],
    ['The ministers will meet next Friday in Seoul.', null, []],
    ['The 25% duty takes effect on Aug. 1.', null, []],
    ['Negotiations have dragged on for 90 days since April 2025.', null, []],
  ])('%s (published %s) names the dates %j', (sentence, published, expected) => {
    const dates = findDateReferences(sentence, parsePublished(published));
    expect(dates.map((reference) => toIsoDate(reference.date))).toEqual(expected);
  });
});

describe('target dates that are not tariff deadlines', () => {
  it('ignores a summit date the sides aim to reach a deal by', () => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea-US negotiations on investment fund',
      text: 'Seoul and Washington hope to reach a deal on the investment fund by the APEC summit on Oct. 31, officials said.',
      published: '2025-10-10',
    });
    expect(result.deadline).toBeNull();
  });
});

describe('datelines', () => {
  // Further in than a bare dateline, after a wire credit, or closed by a colon: still when the story was filed.
  it.each<[string, string, string[]]>([
    [
      '(Wire Desk (WD)) KUALA LUMPUR, July 10 (Bernama) -- Malaysia voiced concern over the 25 percent tariff due on August 1.',
      '2025-07-10',
      ['2025-08-01'],
    ],
    [
      'BUSAN, 31 October 2025: The two leaders agreed on Thursday to pause the tariffs until November 10.',
      '2025-10-31',
      ['2025-10-30', '2025-11-10'],
    ],
    [
      'NEW DELHI, Sept 16: Trade talks resumed on Tuesday ahead of the deadline on Sept. 30.',
      '2025-09-16',
      ['2025-09-16', '2025-09-30'],
    ],
    // The place in capitalised words, as many sites print it; a weekday is no place.
    [
      'Washington, October 11: Trump warned on Friday of a further 100 percent levy on Chinese goods from November 1.',
      '2025-10-11',
      ['2025-10-10', '2025-11-01'],
    ],
    [
      'Mexico City, July 31: Sheinbaum said the 30% tariff due on Aug. 1 would wait 90 days.',
      '2025-07-31',
      ['2025-08-01'],
    ],
    [
      'New Delhi, Sept 16: Trade talks resumed ahead of the deadline on Sept. 30.',
      '2025-09-16',
      ['2025-09-30'],
    ],
    ['Friday, Aug. 1: the day the 25% levy on Korean goods starts.', '2025-07-25', ['2025-08-01']],
  ])('%s (published %s) names %j', (sentence, published, dates) => {
    const found = findDateReferences(sentence, parsePublished(published)).map((reference) =>
      toIsoDate(reference.date),
    );
    expect(found).toEqual(dates);
  });

  it('do not make a recap in the first sentence look recent', () => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea-US investment talks',
      text: 'SEOUL, Sept. 20 (Yonhap) -- Korea and the US struck a tariff deal in late July, but talks on the investment fund have stalled.',
      published: '2025-09-20',
    });
    const found = result.signals.map((signal) => signal.type);
    expect(found).not.toContain('deal_reached');
    expect(found).toContain('no_breakthrough');
  });
});
