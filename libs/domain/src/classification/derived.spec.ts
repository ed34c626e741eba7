import type { SignalType } from '../model/signals';
import type { SentenceContext } from './context';
import { deriveArticle, type ArticleFacts } from './derived';
import type { SignalFinding } from './rules/scan';

const finding = (type: SignalType, evidence: string, polarity: string[] = []): SignalFinding => ({
  type,
  confidence: 0.8,
  raw: 0.8,
  evidence,
  rule: `test.${type}`,
  support: 1,
  sentence: 0,
  clause: evidence,
  polarity,
});

const facts = (overrides: Partial<ArticleFacts> = {}): ArticleFacts => ({
  contexts: [],
  deadline: null,
  published: { year: 2025, month: 7, day: 8 },
  tariffRates: [],
  ...overrides,
});
/** Only the sentence's text: what the article-level derivations read of the sentences besides the findings. */
const sentences = (...texts: string[]) => texts.map((text) => ({ text }) as SentenceContext);
const due = (date: string) => ({ date, score: 3, sentence: `The tariff starts on ${date}.` });

describe('signals derived from the article as a whole', () => {
  it.each<[string, SignalFinding[], ArticleFacts, string[]]>([
    [
      'a threat with a deadline still to come sets it',
      [finding('tariff_threatened', 'Korean exports will face a 25% levy.')],
      facts({ deadline: due('2025-08-01') }),
      ['tariff_threatened', 'deadline_set'],
    ],
    [
      'a threat with a deadline gone sets nothing',
      [finding('tariff_threatened', 'Korean exports will face a 25% levy.')],
      facts({ deadline: due('2025-07-01') }),
      ['tariff_threatened'],
    ],
    [
      'an extension to a day to come sets it too',
      [finding('deadline_extended', 'Trump extended his deadline to Aug. 1.')],
      facts({ deadline: { ...due('2025-08-01'), sentence: 'Trump extended his deadline to Aug. 1.' } }),
      ['deadline_extended', 'deadline_set'],
    ],
    [
      'an extension whose new day is told elsewhere sets it too',
      [finding('deadline_extended', 'Trump extended the pause on Monday.')],
      facts({ deadline: { ...due('2025-08-01'), sentence: 'The pause now runs until Aug. 1.' } }),
      ['deadline_extended', 'deadline_set'],
    ],
    [
      'an extension that leaves an old day and names no new one sets nothing',
      [finding('deadline_extended', 'Trump extended the pause by a few weeks.')],
      facts({ deadline: { ...due('2025-08-01'), sentence: 'The pause was due to lapse on Aug. 1.' } }),
      ['deadline_extended'],
    ],
    [
      'a deal drops the threat and the pledge beside it',
      [
        finding('deal_reached', 'Korea and the US reached a deal.'),
        finding('tariff_threatened', 'A 15% levy will be charged on goods from Korea.'),
        finding('proposal', 'Korea pledged $350 billion of investment.'),
      ],
      facts(),
      ['deal_reached'],
    ],
    [
      'a pledge its own sentence places in the deal is one of its terms, with no deal tagged',
      [
        finding('proposal', 'Under the deal, Korea pledged $350 billion of new investment in the US.'),
        finding('proposal', 'Korea’s pledge of $350 billion was part of the July deal.'),
        finding(
          'proposal',
          'As part of the trade agreement, Seoul pledged $100 billion in energy purchases.',
        ),
      ],
      facts(),
      [],
    ],
    [
      'a pledge told in the relative clause of the deal ("the pact under which") is one of its terms',
      [
        finding(
          'proposal',
          'Officials met to settle the details of the agreement under which Korea pledged $350 billion.',
        ),
        finding('proposal', 'The talks covered the pact, under which Seoul pledged to buy US energy.'),
        finding('proposal', 'Yeo defended the accord by which Korea pledged to invest in US shipyards.'),
      ],
      facts(),
      [],
    ],
    [
      'a rate its own sentence places in an agreement is one of its terms, with no deal tagged',
      [
        finding(
          'tariff_threatened',
          'Korean goods will pay 15%, down from 25%, as part of a broad new trade agreement.',
        ),
        finding(
          'tariff_threatened',
          'Under an agreement struck with Washington, Korean cars will face a 15% levy.',
        ),
        finding('tariff_threatened', 'Seoul will be charged 15% in the new tariff pact, Trump said.'),
      ],
      facts(),
      [],
    ],
    [
      'a rate with no agreement in its sentence stays a threat',
      [finding('tariff_threatened', 'Korean goods will pay a 25% tariff from Aug. 1, Trump said.')],
      facts(),
      ['tariff_threatened'],
    ],
    [
      'a pledge offered at the talks stays a proposal',
      [finding('proposal', 'Korea pledged $350 billion of US investment during the talks.')],
      facts(),
      ['proposal'],
    ],
    [
      'a threat of what happens without a deal stays beside it',
      [
        finding('deal_reached', 'Korea and the US reached a deal.'),
        finding('tariff_threatened', 'A 25% tariff applies if Korea fails to invest.', ['conditional']),
      ],
      facts(),
      ['deal_reached', 'tariff_threatened'],
    ],
    [
      'a tariff due later by an order signed is imposed, and its start is no deadline',
      [finding('tariff_threatened', 'The 50% tariff on Brazilian goods takes effect on Aug. 6.')],
      facts({
        contexts: sentences(
          'The president signed an order on Wednesday raising the tariff on Brazil to 50%.',
        ),
        deadline: due('2025-08-06'),
      }),
      ['tariff_imposed'],
    ],
    [
      'so is one whose proclamation was issued, or published in the Federal Register',
      [finding('tariff_threatened', 'An extra 25% on Indian goods applies from Aug. 27.')],
      facts({ contexts: sentences('The notice was published in the Federal Register on Monday.') }),
      ['tariff_imposed'],
    ],
    [
      'and one whose executive order was signed, told in the passive',
      [finding('tariff_threatened', 'Korean steel faces a 50% levy from next week.')],
      facts({
        contexts: sentences('The executive order was signed late on Wednesday, the White House said.'),
      }),
      ['tariff_imposed'],
    ],
    [
      'an order still to come leaves a threat',
      [finding('tariff_threatened', 'The 50% tariff on Brazilian goods takes effect on Aug. 6.')],
      facts({
        contexts: sentences(
          'Trump said he will sign an executive order that hikes the tariff on Brazil to 50%.',
        ),
        deadline: due('2025-08-06'),
      }),
      ['tariff_threatened', 'deadline_set'],
    ],
    ...[
      'Trump has threatened a 25% levy on Korean goods, and he issued an executive order to rename a holiday.',
      'The president signed an order on Monday that sets up a shipbuilding task force.',
      'Trump issued an executive order to expand offshore drilling on Tuesday.',
      // ... with the month or year it was signed in before its purpose.
      'Trump signed the shipbuilding order in April to rebuild American yards.',
      'Trump issued an order in March 2025 that set up a task force on critical minerals.',
      'The White House signed a proclamation in 2025 to honour merchant sailors.',
    ].map((orderSentence): [string, SignalFinding[], ArticleFacts, string[]] => [
      `an order on another matter leaves a threat: ${orderSentence}`,
      [finding('tariff_threatened', 'Korean goods face a 25% levy from Aug. 1.')],
      facts({ contexts: sentences(orderSentence), deadline: due('2025-08-01') }),
      ['tariff_threatened', 'deadline_set'],
    ]),
    [
      'an order to impose the tariff is one made',
      [finding('tariff_threatened', 'Korean goods face a 25% levy from Aug. 1.')],
      facts({
        contexts: sentences('Trump signed an order to impose a 25% levy on Korean goods.'),
        deadline: due('2025-08-01'),
      }),
      ['tariff_imposed'],
    ],
    [
      'an order that extends a pause leaves the threat it keeps',
      [finding('tariff_threatened', 'Korean goods face a 25% levy from Aug. 1.')],
      facts({
        contexts: sentences('The president issued an order on Monday extending the tariff pause to Aug. 1.'),
        deadline: due('2025-08-01'),
      }),
      ['tariff_threatened', 'deadline_set'],
    ],
    [
      'a deal at a rate below one the article states is a cut',
      [finding('deal_reached', 'Korea and the US settled on a 15% tariff.')],
      facts({ tariffRates: [15, 25] }),
      ['deal_reached', 'tariff_reduced'],
    ],
    [
      'issues still open beside a deal are its remainder, not a stall',
      [
        finding('deal_reached', 'Bern and Washington signed the tariff agreement on Friday.'),
        finding('no_breakthrough', 'How medicines will be treated is still undecided.'),
      ],
      facts(),
      ['deal_reached'],
    ],
    [
      'differences on the details beside a tariff cut are what the cut leaves',
      [
        finding('tariff_reduced', 'The order brings the levy on Japanese cars down to 15%.'),
        finding('no_breakthrough', 'Officials still differ on how the investment fund will be run.'),
      ],
      facts(),
      ['tariff_reduced'],
    ],
    [
      'a pact that leaves digital taxes open still reports the pact',
      [
        finding('deal_reached', 'London and Washington finalised their trade pact.'),
        finding('tariff_reduced', 'Duties on cars from Britain fall to 10%.'),
        finding('no_breakthrough', 'The two sides could not settle the digital services tax.'),
      ],
      facts(),
      ['deal_reached', 'tariff_reduced'],
    ],
    [
      'a headline that tells the deal faltering stays the story',
      [
        finding('tariff_reduced', 'The tariff was lowered to 19% under the July pact.'),
        {
          ...finding('no_breakthrough', 'Jakarta pact with Washington on the verge of falling apart'),
          sentence: -1,
        },
      ],
      facts(),
      ['tariff_reduced', 'no_breakthrough'],
    ],
    [
      'a stall with no deal beside it stays',
      [finding('no_breakthrough', 'The two sides could not settle the digital services tax.')],
      facts(),
      ['no_breakthrough'],
    ],
  ])('%s', (_name, scanned, articleFacts, expected) => {
    expect(deriveArticle(scanned, articleFacts).signals.map((signal) => signal.type)).toEqual(expected);
  });
});
