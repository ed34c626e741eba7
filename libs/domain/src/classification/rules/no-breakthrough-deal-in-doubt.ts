import { DEAL, MEETING, SECURITY_TALKS } from './vocabulary';
import type { SignalRule } from './types';

/** A deal struck but now in doubt, or one that stays out of reach. */
export const NO_BREAKTHROUGH_DOUBT_RULES: SignalRule[] = [
  {
    // A deal struck but now in doubt: "in jeopardy", "on shaky ground", "on the rocks", "unravelling", one side
    // "reneging" on it or walking back its terms.
    id: 'no-breakthrough.deal-in-doubt',
    signal: 'no_breakthrough',
    patterns: [
      `${DEAL} ~8 @jeopardy|peril|limbo`,
      `${DEAL} ~6 @shaky|rocky ~1 ground|footing`,
      `${DEAL} ~6 on ~1 the ~1 @rock`,
      `${DEAL} ~6 @unravel|crumble|wobble|founder`,
      `${DEAL} ~4 @face ~2 breakdown|collapse|unravelling`,
      // A deal about to fail: "teetering on collapse", "on the brink of collapse", "on life support".
      `${DEAL} ~6 @teeter|totter`,
      `${DEAL} ~6 @verge|brink|edge ~1 of ~1 collapse|breakdown|failure|unravelling`,
      `${DEAL} ~6 on ~1 @life ~1 support`,
      '@renege|backtrack ~1 on',
      '@walk ~1 back ~4 commitment|pledge|promise|term|concession',
    ],
    forbid: ['pluperfect', 'negated', 'hedged', 'conditional'],
    needs: ['counterpart'],
    unless: [...SECURITY_TALKS],
    confidence: 0.68,
    examples: [
      'The tariff deal between Seoul and Washington is now in jeopardy, officials said on Monday.',
      'Korea’s tariff deal with the US is on shaky ground as Lutnick presses for more cash.',
      'The Korea-US trade agreement faces a breakdown over Seoul’s revisions, a US official said.',
      'The tariff pact with Washington is unravelling, a Korean official said on Friday.',
      'The US-Korea trade deal is on the rocks after Seoul balked at paying in cash.',
      'Seoul is reneging on its investment pledge, a US official said on Tuesday.',
      'Korean negotiators walked back several commitments on the fund, US officials said.',
      'The tariff pact between Seoul and Washington is teetering as the fund dispute drags on.',
      'The Korea-US trade deal is on the brink of collapse, a senior official warned on Monday.',
      'Officials say the accord with Washington is on the verge of breakdown over the cash share.',
      'The US-Korea tariff agreement is on life support after Seoul balked at the cash demand.',
      'Officials in Seoul said on Monday that the tariff accord with Washington was tottering.',
      'The Korea-US deal is teetering on the edge of collapse over the cash share, a US official said.',
      'Korea’s trade pact with the US is on life support, officials said on Friday.',
    ],
    counterexamples: [
      'The deal between Seoul and Washington is not in jeopardy, the ministry said.',
      'The trade pact with the US could unravel if Seoul balks at the cash demand.',
      'Korea and the US are now on the verge of a deal on the fund, officials said on Monday.',
      'The deal with Washington is no longer on life support, Yeo said on Friday.',
      'Korean jobs are in jeopardy as the US tariffs bite, unions said on Monday.',
    ],
  },
  {
    // A round that settled nothing, or a deal still out of reach.
    id: 'no-breakthrough.elusive',
    signal: 'no_breakthrough',
    patterns: [
      '@inconclusive|inconclusively',
      `${DEAL}|breakthrough|consensus|compromise ~6 @elusive`,
      // Talks, or a side's attempts at the table, that came to nothing: "efforts to win an exemption proved fruitless".
      `${MEETING}|attempt|effort|bid|push ~8 @unsuccessful|fruitless|futile`,
      // ... or went on "without success", and a step that "did nothing to resolve" the differences.
      `${MEETING}|attempt|effort|bid|push ~10 @without ~1 success`,
      '@nothing|little ~2 to ~1 resolve|bridge|narrow|settle|close ~4 difference|gap|dispute|disagreement',
      // Not done yet, by far: "the deal is far from finalised", "talks far from a deal".
      `${DEAL}|${MEETING} ~6 @far ~1 from ~3 finalize|finalise|final|finish|complete|conclude|settle|completion|conclusion|${DEAL}`,
      // ... or a side far from one: "Seoul is still far from reaching a deal".
      `@far ~1 from ~2 reach|strike|seal|clinch|finalize|finalise|conclude|agree|${DEAL}`,
    ],
    forbid: ['pluperfect', 'negated'],
    confidence: 0.7,
    examples: [
      'Seoul is still far from reaching a deal with Washington, officials said.',
      'The two sides remain far from an agreement on autos, the ministry said on Monday.',
      'Washington is far from striking a deal with Seoul, a US official said.',
      'The latest round of Korea-US tariff talks ended inconclusively on Wednesday.',
      'Thursday’s meeting between Yeo and Greer was inconclusive, the ministry said.',
      'Two days of talks in Washington proved inconclusive, officials said on Friday.',
      'A deal between Seoul and Washington remained elusive after the talks on Friday.',
      'Agreement on the investment fund has proved elusive, Kim told reporters on Monday.',
      'A breakthrough in the Korea-US talks is still elusive, officials said on Tuesday.',
      'Seoul said its attempts to talk the 25% levy down were unsuccessful.',
      'Korea’s push for an exemption from the steel tariff proved fruitless this week.',
      'Two rounds of talks with Washington have been fruitless, the ministry said on Friday.',
      'Seoul’s bid for a lower rate on cars was unsuccessful, Kim told reporters.',
      'Officials in Seoul said the accord with Washington was still far from finalised.',
      'The Korea-US negotiations remain far from a deal on the fund, Yeo said.',
      'Beijing said its trade agreement with the US was far from complete.',
      'Lawmakers in Seoul feared the tariff deal with Washington was far from completion.',
      'Talks with Washington are still far from a conclusion, Kim said on Monday.',
      'The pact with Washington remains far from completion, officials said.',
      'Four rounds of tariff talks with Washington have gone on without success, officials said.',
      'Seoul’s efforts to win a lower rate have so far been without success.',
      'The Korean delegation’s talks in Washington ran for two days without success.',
      'The truce did nothing to resolve the underlying differences between Seoul and Washington.',
      'Friday’s meeting of the trade chiefs did little to narrow the gap over the fund.',
      'The new offer from Seoul did little to settle the dispute over the cash share, US officials said.',
    ],
    counterexamples: [
      'Seoul and Washington are not far from a deal, officials said on Monday.',
      'The evidence on whether tariffs raise prices is inconclusive, economists said.',
      'Korea and the US said the once elusive deal had finally been signed on Friday.',
      'The talks had been inconclusive in April, before the two sides closed the gaps.',
      'Economists said trying to stop the tariffs with lawsuits was futile.',
      'The deal with Washington is far from perfect, Korean carmakers said.',
      'The talks with the US had been far from a deal in May, before the gaps closed.',
    ],
  },
];
