import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../nlp/annotate';
import { splitSentences } from '../text/sentences';
import { compilePattern } from './pattern';
import { COMPILED_RULES } from './scan';
import { SurfaceFilter } from './surface-filter';

const everyRule = new SurfaceFilter(COMPILED_RULES.flatMap((rule) => rule.patterns));

/** What the engine's own check says once the tagger has run, with a party of each kind assumed present. */
function couldMatchAfterTagging(sentence: string): boolean {
  const words = new Set<string>(['PARTY', 'OTHER_PARTY']);
  for (const token of annotate(sentence)) {
    words.add(token.lemma);
    words.add(token.normal);
    for (const type of token.classes) words.add(type);
  }
  return COMPILED_RULES.some((rule) =>
    rule.patterns.some((pattern) =>
      pattern.elements.every(
        (element) =>
          element.optional ||
          element.classes.some((type) => words.has(type)) ||
          [...element.lemmas].some((lemma) => words.has(lemma)),
      ),
    ),
  );
}

describe('SurfaceFilter', () => {
  const filter = new SurfaceFilter([
    compilePattern('PARTY ~3 @reach|strike|hold ~4 deal|talk'),
    compilePattern('@meet PARTY'),
    compilePattern('tariff ~3 @be ~2 low'),
  ]);

  it.each<[string, string, boolean]>([
    ['regular inflections', 'Both sides are reaching deals', true],
    ['irregular past', 'Seoul struck a deal', true],
    ['irregular participle', 'Talks were held on Friday', true],
    ['irregular verb alone', 'Yeo met Greer', true],
    ['headline capitals', 'KOREA, US HOLD TALKS', true],
    ['a form of "be" and a comparative', "The tariff's lower now, and it's 15%", true],
    ['one element of two', 'Seoul struck back at critics', false],
    ['no word any pattern needs', 'The weather in Seoul was mild on Tuesday', false],
    ['words inside other words do not count', 'Dealers outreached the meetinghouse', false],
    ['capitals beside letters outside ASCII', '“KOREA, US HOLD TALKS” — Yonhap', true],
    ['a Kelvin sign is not the letter k', 'Seoul and Washington stri\u212Ae a deal', false],
  ])('%s: %s', (_label, sentence, expected) => {
    expect(filter.mayMatch(sentence)).toBe(expected);
  });

  it('lets every rule example through (a rule can fire only on sentences the filter passes)', () => {
    const stopped = COMPILED_RULES.flatMap((rule) =>
      rule.rule.examples
        .filter((example) => !everyRule.mayMatch(example))
        .map((ex) => `${rule.rule.id}: ${ex}`),
    );
    expect(stopped).toEqual([]);
  });

  it('never stops a sentence that the tagger says some pattern could match (the seed articles)', () => {
    const root = join(__dirname, '../../../../../tests/fixtures/seeds');
    const sentences = readdirSync(root)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => splitSentences(readFileSync(join(root, name), 'utf8'), ''))
      .map((sentence) => sentence.text);
    expect(sentences.length).toBeGreaterThan(50);
    const stopped = sentences.filter(
      (sentence) => couldMatchAfterTagging(sentence) && !everyRule.mayMatch(sentence),
    );
    expect(stopped).toEqual([]);
  });
});
