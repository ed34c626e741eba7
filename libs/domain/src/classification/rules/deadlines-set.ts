import type { SignalRule } from './types';
import { OTHER_DEADLINE_PURPOSES } from './vocabulary';

/** A deadline set, stated or reaffirmed: given, named with its day, still holding, not to be moved. */
export const DEADLINE_SET_RULES: SignalRule[] = [
  {
    id: 'deadline.set-by',
    signal: 'deadline_set',
    patterns: [
      '@set^|impose^|give^|announce^|reaffirm^ ~6 deadline',
      // "gave the EU until July 9 to strike a deal": a day granted is a deadline set.
      '@give^|grant^ ~4 until|till ~2 DATE',
    ],
    // "Trump's self-imposed deadline" names a deadline by who set it; it sets nothing now.
    forbid: ['hedged', 'nonfinite', 'attributive'],
    // Below the lead with no time near publication, a deadline given is the story's backdrop.
    needs: ['anchored'],
    unless: ['court', 'judge', 'lawmaker', 'parliament', ...OTHER_DEADLINE_PURPOSES],
    confidence: 0.7,
    examples: [
      'Trump set a deadline of July 9 for Korea to strike a deal.',
      'The White House announced a new deadline for Seoul on Monday.',
      'Trump gave Korea until July 9 to clinch a deal or face 50% tariffs.',
      'Washington has given Seoul until Aug. 1 to improve its offer, officials said.',
      'The White House granted Korea until Sept. 1 to finish the talks.',
      'The White House gave Seoul a final deadline of Aug. 1, with no further delays.',
    ],
    counterexamples: [
      'Trump could set a new deadline for Korea if talks drag on.',
      // A deadline named by who set it is the story's backdrop, not news of it.
      'The statement comes a week ahead of the deadline of Aug. 1 set by Trump for tariffs on Korean goods.',
      'Just days before the 60-day deadline set by Washington, Seoul sent its negotiator.',
      'The White House did not set a deadline for the talks with Korea.',
      'Trump could give Korea until Sept. 1 if the talks go well.',
      'The court gave the administration until Aug. 1 to answer the tariff challenge.',
      // A deadline for a sale, a ban or a budget is no tariff's.
      'Washington gave the Korean shipyard until Aug. 12 to find a buyer for its US unit.',
      'The White House set a Sept. 15 deadline for the Korean app maker to complete a sale of its US arm.',
      'Trump gave Seoul’s battery firm until Oct. 1 to divest its stake in the Georgia plant.',
      'The accord comes as Trump’s self-imposed deadline for the Korea talks is near.',
      'Trump’s self-imposed July 9 deadline for Korea looms over the negotiations.',
      'With the Trump administration’s self-imposed tariff deadline days away, Seoul sent Yeo to Washington.',
    ],
  },
  {
    // "Korea has until Aug. 1 to reach a deal, the White House said on Monday": the day stated as this
    // week's news; without a time of its own the same words are the story's backdrop.
    id: 'deadline.has-until',
    signal: 'deadline_set',
    patterns: ['@have^ ~1 until|till ~2 DATE ~3 to'],
    forbid: ['hedged', 'nonfinite', 'past'],
    needs: ['anchored', 'futureDate'],
    confidence: 0.66,
    examples: [
      'Seoul has until Aug. 1 to reach a tariff deal with Washington, the White House said on Monday.',
      'Korea now has until Aug. 1 to strike a deal, Lutnick told reporters on Tuesday.',
      'Trade partners such as Korea have until Aug. 1 to conclude agreements, Trump wrote on Monday.',
    ],
    counterexamples: [
      'Korea had until July 9 to strike a tariff deal with the US before the date was moved.',
      'Korea may have until Sept. 1 to reach a deal, an aide said on Monday.',
    ],
  },
  {
    id: 'deadline.set',
    signal: 'deadline_set',
    patterns: [
      '@deadline|cutoff ~4 firm|final|hard|hold|stand|stick|remain',
      // "The deadline for Korea to reach a deal is Aug. 1", "Aug. 1 remains the deadline for Korea".
      '@deadline|cutoff ~10 be ~1 now? DATE',
      'DATE ~1 be|remain ~2 @deadline|cutoff',
    ],
    forbid: ['nonfinite'],
    // A deadline named as the time something else happens before is not news about the deadline.
    unless: [
      'before',
      'ahead',
      'amid',
      'approach',
      'loom',
      'until',
      'by',
      // A deadline that passed or was missed is not one set.
      'pass',
      'miss',
      'expire',
      'lapse',
      // Deadlines of parliaments and paperwork.
      'budget',
      'bill',
      'legislation',
      'lawmaker',
      'assembly',
      'parliament',
      'filing',
      'application',
      // A deadline asked to be moved is a request.
      'ask',
      'request',
      'seek',
      // A deadline made moot by a deal is no deadline set.
      'inconsequential',
      'moot',
      'irrelevant',
      'meaningless',
      'obsolete',
    ],
    confidence: 0.72,
    examples: [
      'Lutnick said on Sunday that the Aug. 1 deadline for Korea is a hard deadline.',
      'The Aug. 1 deadline for Korea is hard and fast, the White House said on Monday.',
      'Greer said the deadline for Seoul was a hard one.',
      'Trump said the Aug. 1 deadline for South Korea is firm and there will be no extensions.',
      'The deadline for Korea remains Aug. 1, a White House aide said.',
      'The deadline for Korea to reach an accord with Washington is Aug. 1, Lutnick said on Monday.',
      'The deadline for Seoul to make its offer is now Aug. 1, White House officials said.',
      'Aug. 1 remains the deadline for Korea, the White House said on Monday.',
      'August 1 is the deadline for Korea to strike a deal, Lutnick said.',
      // The cutoff, as the deadline.
      'The cutoff for Korea to reach a deal is Aug. 1, Lutnick said on Monday.',
      'Aug. 1 remains the cutoff for Seoul, the White House said on Tuesday.',
      'The Aug. 1 cutoff for Korea is firm, Trump said on Monday.',
    ],
    counterexamples: [
      // A deadline named with its day, and nothing said of it, is the story's backdrop (the labels' reading): it is
      // news when set, given, announced or said to stand (deadline.set-by, the patterns above).
      'With the deadline of Aug. 1 near, Korean negotiators flew to Washington.',
      'Korean exporters are bracing for the deadline on Aug. 1, the trade body said.',
      'Exporters are bracing for the cutoff on Aug. 1.',
      "Seoul's negotiators worked through the weekend with a deadline of Aug. 1 in mind.",
      'The deadline for Korea passed on Friday without a deal.',
      'Korea missed the Aug. 1 deadline, officials said on Monday.',
      'The deadline for Korea may be extended again, an official said.',
      'Korea had met the April deadline last year.',
      'If the deadline is extended, the talks with the US would continue.',
      'Korea and the US held talks ahead of their Aug. 1 deadline.',
      'Negotiators are racing to close a deal as the July 9 deadline approaches.',
      'With the deadline approaching, exporters remain wary, the trade body said.',
      'With the deadline looming, Korean exporters remain on edge, a survey found.',
      'The deadline for Korean lawmakers to pass the special investment bill is Feb. 28.',
      'The deadline for EU countries to submit their budget plans is Oct. 15.',
      'The deadline for the budget is Oct. 15, lawmakers in Seoul said.',
      'The deadline for filing refund claims is Dec. 15, customs said.',
      'The deadline for applications for tariff relief is Sept. 30, Seoul said.',
      "The assembly's deadline for ratifying the pact is Nov. 30.",
      "Parliament's deadline to approve the deal is Nov. 30, officials said.",
      'The deadline for lawmakers to vote on the bill is Nov. 30.',
      'Korea asked for an extension of the deadline on Monday.',
      'Seoul will seek a delay of the deadline on Friday, officials said.',
      'The deadline for Korea was July 9 until Trump extended it.',
      'If the deadline for Korea is Aug. 1, the talks must speed up.',
      'Trump said on Friday that the Aug. 1 deadline is now inconsequential.',
      'With the deal signed, the deadline of July 9 for Korea is moot, officials said.',
      'The deadline for Seoul is now meaningless, Lutnick said on Monday.',
    ],
  },
  {
    // A deadline said to still hold is reaffirmed as firm: "the president's directive remains in effect".
    id: 'deadline.still-holds',
    signal: 'deadline_set',
    patterns: [
      'deadline|directive ~3 @remain|stay ~2 in ~1 effect|place|force',
      'deadline ~3 @remain|stand|hold ~2 firm|unchanged',
      // The deadline that stands or still applies, with nothing after the verb but the speaker or the end.
      'deadline ~6 still? @stand|apply ~1 .|,|;|PARTY|OTHER_PARTY|say|to|for',
      '@stand|hold ~1 by ~4 deadline',
    ],
    // What still holds was set earlier: "the earlier directive remains in effect" is news that it holds.
    allow: ['conditional', 'recap'],
    forbid: ['negated', 'past'],
    confidence: 0.66,
    examples: [
      'The official added that the president’s earlier directive remains in effect if no other agreement is reached with Korea.',
      'The Aug. 1 deadline for Korea remains in place, the White House said on Friday.',
      'Lutnick said the deadline for Seoul stands firm.',
      'The White House said the Aug. 1 deadline for Korea stays in force.',
      'The deadline for Korea remains unchanged, Lutnick said on Friday.',
      'The tariff deadline for Seoul holds firm, the White House said on Monday.',
      'Lutnick said Washington stands by the deadline for Korea.',
      'The US holds by its Aug. 1 deadline for Seoul, the White House said.',
      'Trump is standing by his Aug. 1 deadline for Korea, his spokeswoman said.',
      'The Aug. 1 deadline for Korea still stands, Lutnick said on Sunday.',
      'Washington told Seoul that the July 8 deadline still applies to any issue left open.',
      'US officials said the deadline for Korea still stands.',
    ],
    counterexamples: [
      'The tariffs on Korean steel remain in effect, the ministry said.',
      'The deadline no longer stays in place after the deal, officials said.',
      'The July 9 deadline remained in effect until Trump moved it in early July.',
      'The deadline for filing comments on the US tariff probe still applies, the ministry said.',
      'The Aug. 1 deadline no longer stands after the deal, officials said.',
    ],
  },
  {
    id: 'deadline.no-extension',
    signal: 'deadline_set',
    patterns: [
      '@no ~2 extension|delay|grace|postponement',
      // "no more time" for a deal; not "no more talks" or "no more room for concessions".
      '@no ~1 more ~2 time|day|week|extension|delay',
      'not ~2 @extend|delay|postpone|push|move ~4 deadline|date|tariff',
      // "the Aug. 1 deadline for Korea would not move".
      'deadline|cutoff ~6 not ~1 @move|change|shift|budge|slip',
      // ... or in the passive: "the Aug. 1 deadline will not be extended".
      'deadline|cutoff ~6 not ~1 be ~1 @extend|delay|postpone|move|push',
    ],
    allow: ['negated', 'hedged', 'future'],
    // "no more than 15%" caps a rate; "did not rule out extending" leaves the door open.
    unless: ['than', 'rule/VERB'],
    confidence: 0.72,
    examples: [
      'Trump said on Tuesday there would be no extensions beyond Aug. 1 for Korea’s tariffs.',
      'Trump said he would not extend the July 9 tariff deadline for Korea.',
      '“No extensions, no further grace periods,” Lutnick said of Korea’s Aug. 1 deadline.',
      'Lutnick said on Monday the Aug. 1 deadline for Korea would not move.',
      'The deadline for Korea will not change, the White House said on Friday.',
      'Trump said the Aug. 1 deadline for Seoul won’t budge.',
      'There will be no more time for Korea after Aug. 1, Lutnick said on Monday.',
      'The Aug. 1 deadline for Korea will not be extended, the White House said.',
      'Seoul’s July 8 deadline is not being pushed back, Greer said on Friday.',
      'The tariff deadline for Korea won’t be delayed, Lutnick told reporters.',
      // The cutoff, as the deadline.
      'Lutnick on Monday warned Seoul that the Aug. 1 cutoff would not move.',
      'The White House said on Friday that the Aug. 1 cutoff for Seoul will not be extended.',
      "Trump said on Monday the July 9 cutoff for Korea won't budge.",
    ],
    counterexamples: [
      // A meeting's date that stands is no deadline.
      'The July 25 date for the 2+2 talks will not change, officials in Seoul said.',
      'Trump extended the deadline for Korea to Aug. 1.',
      'If there is no extension, Korea and the US would keep talking.',
      'Trump did not rule out extending the deadline for Korea.',
      'Lutnick would not rule out a delay of the Aug. 1 date.',
      'The White House has not ruled out pushing the tariff deadline back.',
      'Washington has pledged to limit duties on most Korean goods to no more than 15%.',
      'Under the deal, tariffs on Korean cars will be capped at no more than 15 percent from Aug. 1.',
      'Seoul is pressing for a rate of no more than 15% on its chips before the deadline.',
      // "No more" of something else than time.
      'Lutnick told Seoul on Friday there would be "no more talks" on the fund.',
      'Trump said on Tuesday there would be no more meetings with Seoul on the tariff deal before Aug. 1.',
      'Kim said there was no more room for concessions on rice before the deadline of Aug. 1.',
    ],
  },
  {
    // A refusal to move it, which is no refusal once negated ("did not rule out extending").
    id: 'deadline.extension-refused',
    signal: 'deadline_set',
    patterns: [
      '@refuse|decline ~1 to ~2 extend|delay|postpone|push|move ~4 deadline|date|tariff',
      '@rule ~1 out ~2 extend|extension|delay|postpone|push|move|postponement ~4 deadline|date|tariff',
      // The refusal told through the idea it turns down: "dismissed any chance of a further delay".
      '@dismiss^|reject^|rule^ ~1 out? ~2 possibility|idea|prospect|talk|chance|call|request ~2 of|for ~2 extend|extension|delay|postpone|postponement|push ~5 deadline|date|tariff|pause|truce|suspension',
    ],
    allow: ['future'],
    confidence: 0.72,
    examples: [
      'Trump refused to extend the Aug. 1 deadline for Korea, the White House said.',
      'Lutnick declined to push back the tariff deadline for Korean goods.',
      'Trump ruled out extending the deadline for Korea beyond Aug. 1.',
      'The White House has ruled out any postponement of the Aug. 1 deadline.',
      'White House officials declined to delay the tariff date for Seoul, an aide said on Monday.',
      'Lutnick on Friday ruled out a delay of the Aug. 1 deadline set for Korean goods.',
      'Lutnick dismissed any possibility of a further extension of the tariff pause for Korean goods.',
      'The White House rejected calls for a delay of the tariffs on Korea due on Aug. 1.',
      'Greer ruled out the idea of pushing back the Aug. 1 date for Korea on Sunday.',
      'Trump rejected Seoul’s request for an extension of the deadline, a Korean official said.',
    ],
    counterexamples: [
      'Trump did not rule out extending the deadline for Korea.',
      'Korea refused to accept the US demand before the deadline.',
      'Trump may refuse to extend the deadline if talks stall.',
      'Trump did not dismiss the possibility of an extension for Korea.',
      'Seoul rejected the idea of a delay in its own budget vote before the US deadline.',
    ],
  },
];
