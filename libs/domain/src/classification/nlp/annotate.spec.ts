import { annotate, renewNlpEngine } from './annotate';

function posOf(sentence: string, word: string, vocabulary?: ReadonlySet<string>): string | undefined {
  return annotate(sentence, vocabulary).find((token) => token.normal === word)?.pos;
}

describe('parts of speech the tagger gets wrong', () => {
  it.each<[string, string, string]>([
    // A relative clause's verb after a noun and "which"/"that".
    ['SA hopes to avoid a 35% tariff which kicks in next month.', 'kicks', 'VERB'],
    ['Seoul faces a 25% tariff that kicks in next week.', 'kicks', 'VERB'],
    ['The levy is a tariff which kicks off a new trade war.', 'kicks', 'VERB'],
    // A plural noun after "which"/"that" used as a determiner stays a noun.
    ['It is unclear which tariffs on cars will change.', 'tariffs', 'NOUN'],
    ['Economists see a sign that tariffs are hurting exports.', 'tariffs', 'NOUN'],
    // Headline verbs after a name.
    ['Trump delays 50% levies on EU', 'delays', 'VERB'],
    // ... and after two names, in the base form.
    ['Korea, US wrap up two days of tariff talks', 'wrap', 'VERB'],
    ['Seoul, Washington wrap up fifth round of trade talks', 'wrap', 'VERB'],
    ['Japan and US wrap up tariff talks in Washington', 'wrap', 'VERB'],
    ['Korea, US end two-day tariff talks in Washington', 'end', 'VERB'],
    ['Seoul and Washington end three days of tariff talks', 'end', 'VERB'],
    // A noun after a name, with no object of its own, stays a noun.
    ['The Korea-US end of the deal is the fund', 'end', 'NOUN'],
  ])('%s: "%s" is a %s', (sentence, word, pos) => {
    expect(posOf(sentence, word)).toBe(pos);
  });
});

describe('headline verbs in a title-cased headline', () => {
  // The tagger reads every capitalised word as a name; the rules' own verbs after a name are the headline's verb.
  const vocabulary = new Set(['request', 'delay', 'demand', 'talk']);

  it.each<[string, string, string]>([
    ['Seoul Requests Waiver On Car Tariffs', 'requests', 'VERB'],
    ['Trump Delays Tariffs On EU Cars', 'delays', 'VERB'],
    ['Washington Demands Cash Upfront From Seoul', 'demands', 'VERB'],
    // A word that is no headline verb stays a name.
    ['Korea Talks End Without Deal', 'talks', 'PROPN'],
  ])('%s: "%s" is a %s', (sentence, word, pos) => {
    expect(posOf(sentence, word, vocabulary)).toBe(pos);
  });
});

describe('tokens do not depend on what the process read before (patches/wink-nlp)', () => {
  // wink-nlp keeps every unknown word it meets; a possessive met once before punctuation ("Korea’s.")
  // was then kept whole in every later sentence, so an article's reading depended on earlier articles.
  const words = (sentence: string) => annotate(sentence).map((token) => token.text);

  it.each<[string, string]>([
    ['The offer was Korea’s.', 'Seoul said Korea’s offer stands.'],
    ['Cars were Japan’s—and the tariff stayed.', 'Tokyo says Japan’s proposal is final.'],
    ['It is India’s-made steel.', 'Delhi rejected India’s share of the quota.'],
  ])('after "%s", "%s" reads as on its own', (before, sentence) => {
    const alone = words(sentence);
    words(before);
    expect(words(sentence)).toEqual(alone);
    expect(alone).toContain('’s');
  });
});

describe('a fresh engine reads as the one it replaces', () => {
  it('gives the same tokens, lemmas, parts of speech and classes after renewal', () => {
    const sentences = [
      'Yeo met Greer in Washington on Friday, the ministry said.',
      'The 25% tariff on Korean cars took effect on Aug. 1 after Seoul’s offer was rejected.',
      'Trump didn’t extend the deadline, and Korea’s negotiators flew home.',
    ];
    const before = sentences.map((sentence) => annotate(sentence));
    renewNlpEngine();
    expect(sentences.map((sentence) => annotate(sentence))).toEqual(before);
  });
});
