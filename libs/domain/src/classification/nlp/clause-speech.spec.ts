import { annotate } from './annotate';
import { deniedReport } from './clause-speech';

/** Whether the first token whose lower-case form is `head` stands in a denied report. */
function denied(sentence: string, head: string): boolean {
  const tokens = annotate(sentence, new Set());
  const at = tokens.findIndex((token) => token.normal === head);
  if (at < 0) throw new Error(`no "${head}" in: ${sentence}`);
  return deniedReport(tokens, at);
}

describe('deniedReport: what a denied report or claim says', () => {
  it.each([
    [
      "Seoul's presidential office denied a press report that the tariff talks with Washington had collapsed.",
      'collapsed',
    ],
    ['Korean officials rejected claims that the negotiations with the US were deadlocked.', 'deadlocked'],
    ['The ministry dismissed speculation that the August 1 deadline would be extended.', 'extended'],
    ['Mexico denied that its trade talks with Washington had broken down.', 'broken'],
    ['A report that the Korea-US talks had stalled was not true, the ministry said.', 'stalled'],
    ['The ministry said the report that Seoul had offered more cash was groundless.', 'offered'],
    // Headlines drop the "that".
    ['Mexico denies tariff talks with US have broken down', 'broken'],
    ['Seoul rejects reports trade talks with Washington are deadlocked', 'deadlocked'],
  ])('%s (%s)', (sentence, head) => {
    expect(denied(sentence, head)).toBe(true);
  });

  it.each([
    // Rejecting a proposal is a step in the talks, not a denial of what a report says.
    ['Washington rejected the proposal, and the talks with Seoul stalled on Friday.', 'stalled'],
    ['The US rejected Korea’s offer, leaving the talks at a standstill.', 'standstill'],
    // A report told, not denied.
    ['A report that the talks with Washington had stalled was confirmed by officials on Monday.', 'stalled'],
    ['Seoul said on Monday that the talks with Washington had stalled.', 'stalled'],
    // A denial in a clause of its own before "and".
    ['Seoul denied the request for more time, and the talks with Washington stalled.', 'stalled'],
  ])('not in: %s (%s)', (sentence, head) => {
    expect(denied(sentence, head)).toBe(false);
  });
});
