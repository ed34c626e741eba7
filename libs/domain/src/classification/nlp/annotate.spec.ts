import { annotate } from './annotate';

function posOf(sentence: string, word: string): string | undefined {
  return annotate(sentence).find((token) => token.normal === word)?.pos;
}

describe('parts of speech the tagger gets wrong', () => {
  it.each<[string, string, string]>([
    // A relative clause's verb after a noun and "which"/"that".
    ['SA hopes to avoid a 30% tariff which kicks in on Friday.', 'kicks', 'VERB'],
    ['Seoul faces a 25% tariff that kicks in next week.', 'kicks', 'VERB'],
    ['The levy is a tariff which kicks off a new trade war.', 'kicks', 'VERB'],
    // A plural noun after "which"/"that" used as a determiner stays a noun.
    ['It is unclear which tariffs on cars will change.', 'tariffs', 'NOUN'],
    ['Economists see a sign that tariffs are hurting exports.', 'tariffs', 'NOUN'],
    // Headline verbs after a name.
    ['Trump delays 50% tariffs on EU', 'delays', 'VERB'],
  ])('%s: "%s" is a %s', (sentence, word, pos) => {
    expect(posOf(sentence, word)).toBe(pos);
  });
});
