import { annotate } from './annotate';
import { circumstanceOf, goalAfterColon } from './clause-background';
import { splitClauses } from './clauses';

/** The sentence's tokens and the position of the first token whose lower-case form is `head`. */
function read(sentence: string, head: string) {
  const tokens = annotate(sentence, new Set());
  const at = tokens.findIndex((token) => token.normal === head);
  if (at < 0) throw new Error(`no "${head}" in: ${sentence}`);
  return { tokens, at };
}

function goal(sentence: string, head: string): boolean {
  const { tokens, at } = read(sentence, head);
  const clause = splitClauses(tokens).find((candidate) => candidate.from <= at && at < candidate.to);
  return !!clause && goalAfterColon(tokens, clause);
}

function circumstance(sentence: string, head: string): boolean {
  const { tokens, at } = read(sentence, head);
  return circumstanceOf(tokens, at);
}

describe('goalAfterColon: what a side means to do, named after a colon', () => {
  it.each([
    [
      'Bern sent its president to Washington. The goal: present a better offer and win a lower rate.',
      'offer',
    ],
    ['Seoul’s aim: a deal on cars before the Aug. 1 deadline.', 'deal'],
    ['The plan: cut the levy on Korean cars to 15% within weeks.', 'cut'],
  ])('%s (%s)', (sentence, head) => {
    expect(goal(sentence, head)).toBe(true);
  });

  it.each([
    // A colon after a verb, or after any other noun, opens what was said or found.
    ['The result: Seoul and Washington agreed to a 15% rate on Friday.', 'agreed'],
    ['Lutnick said: the offer Seoul made on Friday was a good one.', 'offer'],
    ['The minister made his goal clear on Monday: Korea offered a fund of $350 billion.', 'offered'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(goal(sentence, head)).toBe(false);
  });
});

describe('circumstanceOf: a noun after a preposition of circumstance', () => {
  it.each([
    ['Korea limited its yearly payments in response to the US demand for cash up front.', 'demand'],
    ['Seoul agreed to the pact despite Washington’s demand for cash up front.', 'demand'],
    ['The ministry held firm in the face of the US offer of a lower rate.', 'offer'],
    ['Korea signed the deal in spite of the American request for more investment.', 'request'],
  ])('%s (%s)', (sentence, head) => {
    expect(circumstance(sentence, head)).toBe(true);
  });

  it.each([
    // The demand made, or named with no preposition of circumstance.
    ['Washington demanded $350 billion in cash from Seoul on Friday.', 'demanded'],
    ['The US demand for $350 billion was presented to Seoul on Friday.', 'demand'],
    ['Seoul made a new offer in talks with Washington on Monday.', 'offer'],
    // A clause between the preposition and the noun.
    ['In response to the tariffs, Korea made a new offer on Monday.', 'offer'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(circumstance(sentence, head)).toBe(false);
  });

  it.each([
    // A verb inside a gerund clause after the preposition.
    [
      'Despite Britain being the first partner to sign a tariff pact with Trump, its steel is still taxed.',
      'sign',
    ],
    ['Korean carmakers still pay 25% despite Seoul having struck a deal with Washington.', 'struck'],
    ['Tokyo held firm in response to Washington demanding more cash for the fund.', 'demanding'],
  ])('a verb in: %s (%s)', (sentence, head) => {
    expect(circumstance(sentence, head)).toBe(true);
  });

  it.each([
    // A clause with a tense of its own, or after a comma, is the news.
    ['Despite the tariffs Korea signed a deal with Washington on Friday.', 'signed'],
    ['Despite the pressure, Seoul and Washington struck a deal on Friday.', 'struck'],
    ['In response to the tariffs, Korea was offering to invest more.', 'offering'],
  ])('a verb not in: %s (%s)', (sentence, head) => {
    expect(circumstance(sentence, head)).toBe(false);
  });
});
