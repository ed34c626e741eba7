import { annotate } from './annotate';
import { splitClauses } from './clauses';
import { clausePolarity } from './polarity';

function clausesOf(sentence: string): string[] {
  const tokens = annotate(sentence, new Set());
  return splitClauses(tokens).map((clause) =>
    tokens
      .slice(clause.from, clause.to)
      .map((token) => token.normal)
      .join(' '),
  );
}

describe('splitClauses: a relative clause between commas ends where the main verb comes back', () => {
  it.each([
    [
      'The meeting, which had been set for Friday, was cancelled.',
      ['the meeting ,', 'which had been set for friday ,', 'was canceled .'],
    ],
    [
      'Kim, who arrived on Monday, met Lutnick on Tuesday.',
      ['kim ,', 'who arrived on monday ,', 'met lutnick on tuesday .'],
    ],
    // No verb after the comma: the relative clause goes on.
    [
      'Korea, which exports cars, steel and chips, faces the tariff.',
      ['korea ,', 'which exports cars , steel and chips ,', 'faces the tariff .'],
    ],
    // Opened by a preposition and "which": the preposition stays behind, the clause is the relative's.
    [
      'The act, under which Trump imposed the tariffs, does not allow them.',
      ['the act , under', 'which trump imposed the tariffs ,', 'does not allow them .'],
    ],
    [
      'The framework, in which Korea pledged $350 billion, took effect on Friday.',
      ['the framework , in', 'which korea pledged $ 350 billion ,', 'took effect on friday .'],
    ],
    [
      'The order, by which the levy was raised to 25%, was signed on Monday.',
      ['the order , by', 'which the levy was raised to 25 % ,', 'was signed on monday .'],
    ],
  ])('%s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });
});

describe('splitClauses: an en dash with no space round it joins two names, a spaced one sets a clause apart', () => {
  it.each([
    ['Trump unveiled the U.S.–Korea trade framework.', ['trump unveiled the u.s. – korea trade framework .']],
    ['Talks ran on October 25–26 in Kuala Lumpur.', ['talks ran on october 25 – 26 in kuala lumpur .']],
    ['The levy – the highest yet – took effect.', ['the levy', 'the highest yet', 'took effect .']],
  ])('%s', (sentence, clauses) => {
    expect(clausesOf(sentence)).toEqual(clauses);
  });
});

describe('splitClauses: the comma before "and" that closes a list of short items ends no clause', () => {
  it.each([
    [
      'Washington wants its levies on cars, steel, and chips from Korea to stay in place.',
      ['washington wants its levies on cars , steel , and chips from korea to stay in place .'],
    ],
    [
      'Seoul offered to buy US gas, aircraft, and farm goods worth $100 billion.',
      ['seoul offered to buy us gas , aircraft , and farm goods worth $ 100 billion .'],
    ],
    [
      'The deal covers semiconductors, shipbuilding, and autos, officials said.',
      ['the deal covers semiconductors , shipbuilding , and autos , officials said .'],
    ],
    // A clause of its own after the list: "and" with its subject and verb.
    [
      'Yeo met Greer, Lutnick, and Bessent said the talks went well.',
      ['yeo met greer , lutnick', 'and bessent said the talks went well .'],
    ],
    // No list before the comma: "and" opens another clause, as before.
    [
      'Kim met Lutnick on Friday, and the two agreed to meet again.',
      ['kim met lutnick on friday', 'and the two agreed to meet again .'],
    ],
  ])('%s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });
});

describe('splitClauses: "as" with its own subject and verb opens a clause even without a comma', () => {
  it.each([
    [
      'The tariffs have been delayed twice as the negotiations continued.',
      ['the tariffs have been delayed twice', 'as the negotiations continued .'],
    ],
    [
      'Korea braces for impact as 15% tariffs take effect',
      ['korea braces for impact', 'as 15 % tariffs take effect'],
    ],
    ['Seoul waited as the two sides talked.', ['seoul waited', 'as the two sides talked .']],
  ])('%s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });

  it.each([
    [
      'If a trade deal is not reached by Aug. 1, Korean goods will face a 25% tariff.',
      ['if a trade deal is not reached by aug. 1', 'korean goods will face a 25 % tariff .'],
    ],
    [
      'Unless Seoul invests more, the US will raise its tariff.',
      ['unless seoul invests more', 'the us will raise its tariff .'],
    ],
  ])('a leading condition ends at its comma: %s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });

  it('opens a clause at a contrasting "whilst", as at "while"', () => {
    expect(clausesOf('The US cut its tariff, whilst Korea removed its duties.')).toEqual([
      'the us cut its tariff ,',
      'whilst korea removed its duties .',
    ]);
  });

  it.each([
    'Tariffs could rise as early as May.',
    'Exports such as cars fell.',
    'Korea will buy energy as well as chips.',
    'Korea was listed as a partner.',
  ])('keeps "%s" in one clause', (sentence) => {
    expect(clausesOf(sentence)).toHaveLength(1);
  });
});

/** The polarity of the clause around the first token whose lower-case form is `head`. */
function polarityAt(sentence: string, head: string): string[] {
  const tokens = annotate(sentence, new Set());
  const at = tokens.findIndex((token) => token.normal === head);
  const clause = splitClauses(tokens).find((candidate) => candidate.from <= at && at < candidate.to);
  if (at < 0 || !clause) throw new Error(`no "${head}" in: ${sentence}`);
  return [...clausePolarity(tokens, clause, at, new Set([at]))];
}

describe('clausePolarity: a participle after the noun it describes reports nothing', () => {
  it.each([
    ['Officials met to discuss the trade agreement reached in July.', 'reached'],
    ['Seoul asked for a cut in the tariffs imposed on its cars.', 'imposed'],
    ['The ministers reviewed the Korea-US tariff deal signed last week.', 'signed'],
    ['Exporters want relief from the duties levied since April.', 'levied'],
    // A prepositional verb's participle: "agreed upon", "decided upon".
    ['Seoul and Washington still argue over the investment fund agreed upon in July.', 'agreed'],
    ['Officials reviewed the tariff schedule decided upon by both sides.', 'decided'],
    // With its agent after it, wherever the noun stands: a passive describing the noun.
    ['A deal would bring relief to exporters and industries threatened by the tariffs.', 'threatened'],
    ['Seoul offered aid on Monday to shippers and carmakers burdened by the US levies.', 'burdened'],
    [
      'Relief for farmers, shippers and factories affected by the duties was announced on Monday.',
      'affected',
    ],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('attributive');
  });

  it.each([
    ['Korea and the US reached an agreement in July.', 'reached'],
    ['The two sides reached a deal on Sunday.', 'reached'],
    ['Under the deal announced on Wednesday, tariffs on cars fall to 15%.', 'announced'],
    ['Washington imposed tariffs on Korean steel.', 'imposed'],
    ['The stalled tariff talks resumed in Washington on Monday.', 'resumed'],
    ['Officials said talks resumed in Seoul on Monday.', 'resumed'],
    // The only verb of its own clause: another clause's verb does not make it a participle.
    ['The minister spoke to reporters as the next round of talks commenced in Hanoi.', 'commenced'],
    ['Markets rose as a round of talks resumed in Seoul.', 'resumed'],
    // A headline whose noun opens it: the participle is its verb.
    ['Korean offer rejected by Washington', 'rejected'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('attributive');
  });
});

describe('clausePolarity: the infinitive after a deadline names what is due by it', () => {
  it.each([
    [
      'Farm groups rallied in Seoul on Monday, a week ahead of the deadline to suspend the levies.',
      'suspend',
    ],
    ['The window to extend the tariff truce with Korea closes on Friday.', 'extend'],
    ['Exporters have two weeks left before the cutoff to delay the levy on Korean steel.', 'delay'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('attributive');
  });

  it.each([
    ['Trump extended the deadline for Korea to Aug. 1 on Monday.', 'extended'],
    ['Trump agreed to extend the Korean deadline on Monday.', 'extend'],
    ['Seoul used the window on Friday to reach an accord with Washington.', 'reach'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('attributive');
  });
});

describe('clausePolarity: the verb of an infinitive, split by an adverb or not', () => {
  it.each([
    ['Seoul plans to send its trade minister to Washington.', 'send', 'infinitive'],
    ['Seoul plans to urgently send its trade minister to Washington.', 'send', 'infinitive'],
    ['Korea hopes to quickly reach an accord with the US.', 'reach', 'infinitive'],
    // "decided to": what was decided is a plan from then on, whatever stands between.
    ['Seoul decided to send its trade minister to Washington.', 'send', 'future'],
    ['Seoul decided to urgently send its trade minister to Washington.', 'send', 'future'],
    // ... and it is marked as a plan agreed or decided on, which may name no time.
    ['Seoul and Washington agreed to meet again next week.', 'meet', 'agreedTo'],
    ['Both sides agreed to hold more talks on chips.', 'hold', 'agreedTo'],
    ['Tokyo decided to send its negotiator back to Washington.', 'send', 'agreedTo'],
    // The tagger reads "lower" after an adverb as an adjective; after "to" it is the infinitive's verb.
    [
      'Seoul passed the act so that it is possible for Washington to retroactively lower the levy on its cars.',
      'lower',
      'infinitive',
    ],
    ['Seoul wants the US to quickly lower the levy on its cars.', 'lower', 'infinitive'],
    // A quotation that opens after "to" leaves the tagger calling it a preposition.
    ['Both sides are working to “swiftly finalise deals” on lumber.', 'finalize', 'infinitive'],
    ['Seoul hopes to “swiftly conclude” the talks with Washington.', 'conclude', 'infinitive'],
    // A second verb joined by "and" shares the infinitive, however long the object of the first.
    ['Seoul hopes to send a team and strike a deal with the Americans.', 'strike', 'infinitive'],
    [
      'Seoul wants to use the momentum gained in the talks held last week and strike a deal with Washington soon.',
      'strike',
      'infinitive',
    ],
    [
      'Korea hopes to use the gains secured at the talks held on Monday in Washington and conclude an agreement quickly.',
      'conclude',
      'infinitive',
    ],
    [
      'Japan aims to settle the remaining issues raised by the US side during the latest round and sign a deal in July.',
      'sign',
      'infinitive',
    ],
  ])('%s (%s: %s)', (sentence, head, polarity) => {
    expect(polarityAt(sentence, head)).toContain(polarity);
  });

  // Far from the "to", a verb that is not in its bare form is a finite verb of its own.
  it.each([
    [
      'Trump threatened in June to impose tariffs on the cars and steel made in Korea and imposed them on Monday.',
      'imposed',
    ],
    [
      'Seoul tried to settle the remaining issues raised by the US side during the latest round and signed a deal.',
      'signed',
    ],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('infinitive');
  });
});

describe('clausePolarity: the perfect progressive tells a standing stance', () => {
  it.each([
    ['Washington has been pushing for wider access to Korean rice and beef.', 'pushing'],
    ['Washington has long been pressing Seoul for more access to its farm market.', 'pressing'],
    ['US negotiators have been asking Korea to open its market to American apples.', 'asking'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('standing');
  });

  it.each([
    ['The US pushed on Monday for wider access to Korean rice and beef.', 'pushed'],
    ['Washington is pressing Seoul this week for more access to its farm market.', 'pressing'],
    ['Korea has presented a revised offer to the US.', 'presented'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('standing');
  });
});

describe('clausePolarity: a participle between a preposition and its noun is an adjective', () => {
  it.each([
    ['Korea lets a fixed amount of US rice in at reduced tariffs.', 'reduced'],
    ['Exporters benefit from lowered duties on their goods.', 'lowered'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('nonfinite');
  });

  it.each([['The US reduced tariffs on goods made in Korea to 15%.', 'reduced']])(
    'not in: %s (%s)',
    (sentence, head) => {
      expect(polarityAt(sentence, head)).not.toContain('nonfinite');
    },
  );
});

describe('clausePolarity: a gerund after a verb of starting or going on is the deed itself', () => {
  it.each([
    ['The US will begin imposing a 25% levy on Korean goods next month.', 'imposing'],
    ['Washington will start charging 25% on Korean cars from August.', 'charging'],
    ['Customs resumed collecting the 25% duty on Korean steel on Monday.', 'collecting'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('nonfinite');
  });

  it('takes the future of "will begin"', () => {
    expect(
      polarityAt('The US will begin imposing a 25% levy on Korean goods next month.', 'imposing'),
    ).toContain('future');
  });
});

describe('clausePolarity: a gerund after "by" tells how a finite verb was done', () => {
  it.each([
    ['Trump stunned Seoul on Saturday by threatening a 25% levy on Korean goods.', 'threatening'],
    ['Washington surprised Korea on Friday by announcing new tariffs.', 'announcing'],
    ['The US ended the truce by raising tariffs on Korean cars.', 'raising'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('nonfinite');
  });

  it.each([
    ['Korea aims to cut the tariffs by pledging more investment.', 'pledging'],
    ['Seoul wants to win relief by raising its purchases of US gas.', 'raising'],
  ])('not after an infinitive: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('nonfinite');
  });
});

describe('clausePolarity: a refusal undoes the verb of its infinitive', () => {
  it.each([
    ['Trump declined to extend the deadline for Korea.', 'extend'],
    ['The minister refused to set a deadline for the trade deal.', 'set'],
    ['Seoul and Washington failed to reach a deal on Friday.', 'reach'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('negated');
  });

  it.each([
    // The refusal's infinitive is another verb: the demand was still made.
    ['Korea refused to accept the US demand for cash.', 'demand'],
    // "declined" with no infinitive is a fall.
    ['Exports declined after the US extended the deadline.', 'extended'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('negated');
  });
});

describe('clausePolarity: a noun phrase is denied by the verb it is the subject of', () => {
  it.each([
    ['The reduction in tariffs on Korean cars has not been carried out, officials said.', 'reduction'],
    ['The cut in the US tariff on Korean autos has yet to take effect.', 'cut'],
    ['A deal with Washington was never signed, the ministry said.', 'deal'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('negated');
  });

  it.each([
    ['The cut in the tariff on Korean cars took effect on Monday.', 'cut'],
    // "and" opens another predicate, and "no" negates a noun, not the verb.
    ['The Aug. 1 deadline for Korea is firm and will not be moved.', 'deadline'],
    ['The deadline for Korea stands, and there will be no extension.', 'deadline'],
    // A verb head keeps its own reading: the negation belongs to the later clause.
    ['Washington cut the tariff on Korean cars, which had not changed since April.', 'cut'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('negated');
  });
});

describe('clausePolarity: an infinitive that describes a noun', () => {
  /** The polarities of a match that runs from the tariff word to the verb of the infinitive. */
  function spanPolarity(sentence: string, from: string, head: string): string[] {
    const tokens = annotate(sentence, new Set());
    const start = tokens.findIndex((token) => token.normal === from);
    const at = tokens.findIndex((token) => token.normal === head);
    const clause = splitClauses(tokens).find((candidate) => candidate.from <= at && at < candidate.to);
    if (start < 0 || at < 0 || !clause) throw new Error(`no "${from}" ... "${head}" in: ${sentence}`);
    return [...clausePolarity(tokens, clause, at, new Set([start, at]))];
  }

  it.each([
    [
      'Seoul wants a deal that spares it the steep tariffs set to take effect next Friday.',
      'tariffs',
      'take',
    ],
    [
      'Negotiators hope to replace the tariff on European goods, set to begin on Aug. 1, with a lower one.',
      'tariff',
      'begin',
    ],
    ['Exporters rushed shipments ahead of the levy due to start next month.', 'levy', 'start'],
  ])('%s', (sentence, from, head) => {
    expect(spanPolarity(sentence, from, head)).toContain('described');
  });

  it.each([
    // The infinitive is the sentence's own predicate.
    ['The 25% tariff on Korean goods is set to take effect next Friday.', 'tariff', 'take'],
    ['Steep tariffs set to take effect next Friday', 'tariffs', 'take'],
    // The sentence announces the tariff that the infinitive describes.
    ['Trump announced a new 25% tariff on Korean goods, set to take effect next Friday.', 'tariff', 'take'],
  ])('not in: %s', (sentence, from, head) => {
    expect(spanPolarity(sentence, from, head)).not.toContain('described');
  });
});

describe('splitClauses: a relative clause right after its noun, with no comma, is a clause of its own', () => {
  it.each([
    [
      'Kim stressed the tariff pact that was concluded last year.',
      ['kim stressed the tariff pact', 'that was concluded last year .'],
    ],
    [
      'Exporters still pay the tariffs which took effect in April.',
      ['exporters still pay the tariffs', 'which took effect in april .'],
    ],
    // The relative clause may have a subject of its own.
    [
      'Washington wants more cash out of the fund that Seoul has pledged to invest.',
      ['washington wants more cash out of the fund', 'that seoul has pledged to invest .'],
    ],
    [
      'Seoul asked to revisit the rate that the two sides agreed in July.',
      ['seoul asked to revisit the rate', 'that the two sides agreed in july .'],
    ],
    [
      'Exporters still feel the tariffs that Trump imposed in April.',
      ['exporters still feel the tariffs', 'that trump imposed in april .'],
    ],
  ])('%s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });

  it.each([
    // A complement of a verb of saying, a determiner, and a conjunction after an adjective open nothing.
    'Kim said that the deal was finalized on Friday.',
    'Officials called that deal a breakthrough.',
    'Lutnick was so sure that Korea would sign.',
    // A relative clause in the present or future tells what the noun does now: "an order that puts a tariff".
    'The White House issued an order that puts a 25% tariff on Korean products.',
    'The letter set the rate that will take effect on Aug. 1.',
    // An order, a proclamation or a decree is told by what it did: the relative clause is the news.
    'On Wednesday Trump signed an order that raised the tariff on Korean goods to 50%.',
    'The president issued a proclamation which imposed a 39% duty on Swiss watches.',
    'Milei signed a decree that cut export levies on soybeans.',
    // "That" after a noun that says something, after a day, or after the object of a verb of telling opens what is said.
    'The ministry denied the report that Korea had agreed to pay in cash.',
    'The White House said Friday that Washington had sealed a pact with Seoul.',
    'Yeo told reporters that both sides had agreed on the fund.',
  ])('keeps "%s" in one clause', (sentence) => {
    expect(clausesOf(sentence)).toHaveLength(1);
  });
});

describe('clausePolarity: the purpose of a plan as it stood is no plan now', () => {
  it.each([
    [
      'The finance minister was due to leave for Washington on Wednesday to attend the talks on Thursday.',
      'attend',
    ],
    ['Yeo was due to fly to Washington on Sunday to meet Lutnick on Monday.', 'meet'],
    ['The minister was scheduled to travel to Seoul next week to hold talks with Greer.', 'hold'],
    // The purpose of a trip made, with a short aside in brackets before it too.
    [
      'Delegations from Seoul and Washington met in Geneva (Switzerland) this week to resume the tariff talks.',
      'resume',
    ],
    ['Yeo flew to Washington (USA) on Monday to meet his counterpart Greer.', 'meet'],
    ['Trade officials gathered in Seoul (Korea) on Tuesday to resume their tariff negotiations.', 'resume'],
    // Or a place named with its region after a comma.
    ['The Turkish team visited Washington, DC on Thursday to meet US trade officials.', 'meet'],
    ['Yeo flew to Paris, France on Tuesday to see his counterpart Greer.', 'see'],
    ['The negotiators travelled to Geneva, Switzerland, to resume the tariff talks.', 'resume'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('pastplan');
  });

  it.each([
    [
      'The finance minister is due to leave for Washington on Wednesday to attend the talks on Thursday.',
      'attend',
    ],
    ['Yeo will fly to Geneva, Switzerland, to resume the tariff talks.', 'resume'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('pastplan');
  });
});

describe('splitClauses: a short aside in brackets with no verb stays in its clause', () => {
  it.each([
    [
      'Lee said on Monday (local time) that he had agreed with Trump.',
      ['lee said on monday ( local time ) that he had agreed with trump .'],
    ],
    [
      'Kim met Lutnick on Thursday (Oct. 30) in Washington.',
      ['kim met lutnick on thursday ( oct. 30 ) in washington .'],
    ],
    ['Korea pledged ($350 billion) in investment.', ['korea pledged ( $ 350 billion ) in investment .']],
    // An aside with a verb of its own is a clause of its own.
    [
      'Kim met Lutnick (the two had talked in July) on Thursday.',
      ['kim met lutnick', 'the two had talked in july', 'on thursday .'],
    ],
  ])('%s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });
});

describe('clausePolarity: a class of partners described by what it would do is a condition', () => {
  it.each([
    ['Partners that reach a pact with Washington will pay 15%.', 'reach'],
    ['Countries which sign a trade deal with Washington will face lower tariffs.', 'lower'],
    ['The higher rate applies to all but nations with which Washington reaches an accord.', 'reaches'],
    ['Nations that strike a deal with Washington get a 15% rate.', 'strike'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('conditional');
  });

  it.each([
    // Who did it, told in the past, or one partner named: a report.
    ['Countries that signed deals with the US, such as Korea, now pay 15%.', 'signed'],
    ['Korea, which reached a deal with the US on Thursday, will pay 15%.', 'reached'],
    ['Korea and the US reach a deal on tariffs.', 'reach'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('conditional');
  });
});

describe('clausePolarity: "would" reported by an attribution at the end tells what will happen', () => {
  it.each([
    ['Kim would visit Washington next week, the presidential office said.', 'visit'],
    ['The two ministers would meet in Seoul, officials told reporters on Tuesday.', 'meet'],
    ['The negotiators would resume talks on Monday, the ministry said.', 'resume'],
  ])('%s (%s)', (sentence, head) => {
    const polarity = polarityAt(sentence, head);
    expect(polarity).toContain('future');
    expect(polarity).not.toContain('hedged');
  });

  it.each([
    // A hypothetical: the time is the saying's own, or there is none.
    ['A cut in the levy would help exporters, analysts said on Friday.', 'help'],
    ['A deal would lower the tariff, economists said.', 'lower'],
    // The comma opens no attribution: the verb after it is not one of saying.
    ['Kim would visit Washington next week, if the talks go well.', 'visit'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('hedged');
  });
});

describe('clausePolarity: a noun phrase matched, then "is possible" or "likely", is a chance', () => {
  it.each([
    ['A further reduction of the tariff on Korean cars is possible next month.', 'reduction'],
    ['An extension of the deadline for Seoul is now likely, officials said.', 'extension'],
    ['Lower US tariffs on Korean goods likely in December', 'lower'],
    ['Lower US Tariffs On Korean Goods Likely In December', 'lower'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('hedged');
  });

  it.each([
    ['The reduction of the tariff on Korean cars took effect on Friday, and more is possible.', 'reduction'],
    ['The extension of the deadline, which Seoul sought, made a deal likely.', 'extension'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('hedged');
  });
});

describe('clausePolarity: a noun phrase matched, then "is expected", is a forecast', () => {
  it.each([
    ['A further cut in tariffs on Korean cars from the existing 25% to 15% is expected soon.', 'cut'],
    ['A reduction of the levy on Korean goods to 15% is expected next month.', 'reduction'],
    ['The cut in the tariff on Korean steel is widely expected to follow the deal.', 'cut'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('hedged');
  });

  it.each([
    ['The cut in the levy on Korean autos to 15% took effect on Friday.', 'cut'],
    ['Duties on Korean autos were cut to 15%, and more cuts are expected next year.', 'cut'],
    ['A cut in the levy on Korean autos is due to apply from Aug. 1.', 'cut'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('hedged');
  });
});

describe('clausePolarity: "as scheduled" tells a plan kept, not a plan', () => {
  it.each([
    ['The third round of tariff talks was held as scheduled on Tuesday.', 'scheduled'],
    ['Talks between Yeo and Greer went ahead as planned in Seoul on Monday.', 'planned'],
    ['The vote took place as scheduled on Friday.', 'scheduled'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('nonfinite');
  });

  it.each([
    ['The next round of tariff talks is scheduled for Aug. 5.', 'scheduled'],
    ['Korea and the US planned more talks as the deadline neared.', 'planned'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('nonfinite');
  });
});

describe('clausePolarity: the present progressive tells something going on', () => {
  it.each([
    ['Brazil and the US are negotiating the terms of a deal.', 'negotiating'],
    ['Seoul is still discussing the fund with Washington.', 'discussing'],
    ['The talks are being conducted by the two ministers.', 'conducted'],
    // The present perfect progressive is still going on too.
    ['Seoul and Washington have been negotiating the terms since April.', 'negotiating'],
    ['Seoul has also been seeking a lower rate on cars.', 'seeking'],
    ["Officials say they've been discussing the fund all week.", 'discussing'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('progressive');
  });

  it.each([
    ['Korea was negotiating with the US when the letter arrived.', 'negotiating'],
    ['Korea had been negotiating with the US before the letter arrived.', 'negotiating'],
    ['The talks were conducted by the two ministers on Friday.', 'conducted'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('progressive');
  });
});

describe('clausePolarity: what continues is a stance kept', () => {
  it.each([
    ['Korea will continue to hold talks with the US in good faith.', 'hold'],
    ['Seoul continues meeting US officials to narrow the gaps.', 'meeting'],
    ['The US will continue to press Korea to open its rice market.', 'press'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('standing');
  });

  it.each([
    ['Korea will hold talks with the US next week.', 'hold'],
    ['Talks will continue next week in Seoul.', 'continue'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('standing');
  });
});

describe('clausePolarity: an aim that "is to" do something is no deed', () => {
  it.each([
    ['The focus of Monday’s meeting is to reduce the US levy on Korean cars.', 'reduce'],
    ['The priority for Seoul is to slash tariffs on its autos.', 'slash'],
    ['The objective of the visit was to lower tariffs on Korean goods.', 'lower'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('hedged');
  });

  it.each([
    ['The aim of the deal was met when the US cut the tariff on Korean cars.', 'cut'],
    ['The US cut the tariff on Korean cars to 15%, meeting Seoul’s main goal.', 'cut'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('hedged');
  });
});

describe('clausePolarity: a bare verb opening the sentence gives an order, a condition', () => {
  it.each([
    ['Negotiate now, or pay a 30% levy, Trump tells Pretoria.', 'negotiate'],
    ['Cut the levy on Korean autos to 15%, Seoul asks Washington.', 'cut'],
    ['Reach a deal with Washington or face 25% duties, Trump tells Seoul.', 'reach'],
    ['Extend the deadline for Korean goods, Seoul urges Washington.', 'extend'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('conditional');
  });

  it.each([
    // A bare word before a preposition names a thing; a subject before the verb reports a deed.
    ['Cut in tariffs on Korean cars takes effect on Friday.', 'cut'],
    ['Korea and the US cut tariffs on cars to 15% on Friday.', 'cut'],
    ['Talks between Yeo and Greer end without a deal.', 'end'],
    ['Following a call with Trump, Starmer announced a cut in car tariffs to 10%.', 'announced'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('conditional');
  });
});

describe('clausePolarity: "since" before a season is a preposition, not a background clause', () => {
  it.each([
    ['The fourth tariff round since spring was held in Washington on Monday.', 'held'],
    ['The third meeting between Yeo and Greer since summer took place in Seoul on Friday.', 'took'],
    ['A fresh round of tariff talks since winter began in Washington on Monday.', 'began'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('subordinate');
  });

  it.each([['Talks resumed on Monday since Korea improved its offer.', 'improved']])(
    'still in: %s (%s)',
    (sentence, head) => {
      expect(polarityAt(sentence, head)).toContain('subordinate');
    },
  );
});

describe('clausePolarity: "whether" after the head, asked about a noun, is no condition or hedge on it', () => {
  it.each([
    [
      'The hike came days before talks scheduled for Friday, prompting questions about whether it is a ploy.',
      'scheduled',
    ],
    ['Yeo met Lutnick on Friday amid doubts over whether the fund would be enough.', 'met'],
    ['Seoul signed the deal on Monday despite debate on whether it gave away too much.', 'signed'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('conditional');
  });

  it.each([
    // "whether" before the head leaves it open.
    ['Seoul will decide whether to sign the deal on Monday.', 'sign'],
    ['It is unclear whether the talks will be held on Friday.', 'held'],
  ])('still in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('conditional');
  });

  // Nor is a modal inside the question a hedge on the head; one before the head still is.
  it.each([
    ['Korea and the US remain at odds over whether the fund should be paid in cash.', 'odds', false],
    [
      'Seoul and Washington are deadlocked over whether Korea should open its rice market.',
      'deadlocked',
      false,
    ],
    ['The two sides hit an impasse over whether the cash share could be capped.', 'impasse', false],
    ['A deal with Washington could be at an impasse over the fund, analysts said.', 'impasse', true],
  ])('hedged: %s (%s) %s', (sentence, head, hedged) => {
    expect(polarityAt(sentence, head).includes('hedged')).toBe(hedged);
  });
});

describe('clausePolarity: an inverted "do" asks, with or without its question mark', () => {
  it.each([
    ['“What matters is, do they offer Washington a deal strong enough to end the tariff,” he said.', 'offer'],
    ['The question now is, does Seoul submit a new proposal to Washington before the deadline.', 'submit'],
    ['The test is, did Washington make an offer on Korean autos at all.', 'make'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('question');
  });

  it.each([
    ['Korea made an offer on autos to Washington on Friday, and does expect a reply.', 'made'],
    ['Seoul did submit a new proposal to Washington on Friday.', 'submit'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('question');
  });
});

describe('clausePolarity: a verb of revealing or disclosing reports, and shifts the tense it reports back', () => {
  it.each([
    ['The minister revealed that Seoul had submitted a new offer to Washington.', 'submitted'],
    ['Officials disclosed on Friday that Korea had sent a revised proposal to Washington.', 'sent'],
    ['Yeo revealed that Korea had offered to buy more US gas.', 'offered'],
  ])('%s (%s)', (sentence, head) => {
    const polarity = polarityAt(sentence, head);
    expect(polarity).toEqual(expect.arrayContaining(['reported', 'backshifted']));
    expect(polarity).not.toContain('pluperfect');
  });
});

describe('clausePolarity: words told in the past perfect were said before the story’s own past', () => {
  it.each([
    ['Greer had claimed that the talks with Seoul were at an impasse over rice.', 'impasse'],
    ['Trump had written that the tariff talks with Korea were going nowhere.', 'nowhere'],
    ['Korean officials had earlier insisted that the two sides were at odds over the fund.', 'odds'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('pluperfect');
  });

  it.each([
    ['Lutnick said on Monday that the talks with Seoul were at an impasse.', 'impasse'],
    ['Officials had a long meeting, and Yeo said the sides were at odds over the fund.', 'odds'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('pluperfect');
  });
});

describe('clausePolarity: a question left open ("unclear when", "not yet known whether") is no plan', () => {
  it.each([
    ['It is unclear when the two sides will meet again, officials said on Wednesday.', 'meet'],
    ['Officials said on Monday it was unclear when Korean and US negotiators would meet again.', 'meet'],
    ['It is not yet known when the two sides will hold their next round of talks.', 'hold'],
    ['It is uncertain when the two sides will meet again, officials said.', 'meet'],
    ['It is not clear whether Yeo will meet Greer in Washington on Friday.', 'meet'],
    ['It has not been decided when Korea and the US will hold the next round.', 'hold'],
    ['It is not yet certain when the two sides will hold their next round.', 'hold'],
    ['It is unclear how soon the two sides will meet again.', 'meet'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('hedged');
  });

  it.each([
    ['Yeo will meet Greer on Friday, when the two sides will go over the fund.', 'meet'],
    ['It is clear that Yeo will meet Greer in Washington on Friday.', 'meet'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('hedged');
  });
});

describe('clausePolarity: "as needed", "when necessary" makes a plan wait on a need', () => {
  it.each([
    ['Seoul and Washington will hold further consultations as needed, the ministry said.', 'hold'],
    ['Korean and US officials will meet again when necessary, the ministry said on Monday.', 'meet'],
    ['The two sides will meet again as required, officials said on Friday.', 'meet'],
    ['Korean and US officials will meet again whenever needed, the ministry said.', 'meet'],
    ['The two sides will hold more talks where necessary, officials said on Monday.', 'hold'],
    ['Seoul and Washington will hold further consultations as warranted, the ministry said.', 'hold'],
  ])('%s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).toContain('conditional');
  });

  it.each([
    ['Seoul and Washington will hold the talks needed to close the deal on Friday.', 'hold'],
    ['The necessary talks with Washington will take place on Friday, officials said.', 'take'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(polarityAt(sentence, head)).not.toContain('conditional');
  });
});
