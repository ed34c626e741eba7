import { cutFurniture, isTitleLike } from './furniture';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['The U.S. and Korea met. They talked.', ['The U.S. and Korea met.', 'They talked.']],
    [
      'Talks resume Aug. 1 in Washington. Mr. Kim said so.',
      ['Talks resume Aug. 1 in Washington.', 'Mr. Kim said so.'],
    ],
    ['Rates fell 2.5 percent. Exports rose.', ['Rates fell 2.5 percent.', 'Exports rose.']],
    ['"We have a deal," he said. The deal is done.', ['"We have a deal," he said.', 'The deal is done.']],
    ['It takes effect on August 1.Yeo left.', ['It takes effect on August 1.', 'Yeo left.']],
    ['First line without a stop\nSecond line.', ['First line without a stop', 'Second line.']],
    // An abbreviation that may end a sentence ends one before a sentence's opening word, not before a name.
    [
      'India faced a 50% tariff from the U.S. Over a decade, the EU will cut its own duties.',
      ['India faced a 50% tariff from the U.S.', 'Over a decade, the EU will cut its own duties.'],
    ],
    [
      'Seoul sent its negotiators to the U.S. The talks begin on Monday.',
      ['Seoul sent its negotiators to the U.S.', 'The talks begin on Monday.'],
    ],
    [
      'The order went to Hyundai Motor Co. In Washington, officials welcomed it.',
      ['The order went to Hyundai Motor Co.', 'In Washington, officials welcomed it.'],
    ],
    [
      'Yeo met the U.S. Trade Representative in Seoul on Monday.',
      ['Yeo met the U.S. Trade Representative in Seoul on Monday.'],
    ],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
  });

  // A text cut at a fixed width (an archive page, a mail) has line breaks mid-sentence: its lines join again.
  it.each<[string, string[]]>([
    [
      [
        'Korea’s trade minister met Commerce Secretary Howard Lutnick late on',
        'Tuesday in Washington, the second day of a visit meant to settle the',
        'terms of the joint investment vehicle before the tariff rate on',
        'Korean cars goes back up. Officials on both sides said the talks were',
        'productive and would go on by video link next week, though neither',
        'side gave a date for the next round.',
      ].join('\n'),
      [
        'Korea’s trade minister met Commerce Secretary Howard Lutnick late on Tuesday in Washington, the second day of a visit meant to settle the terms of the joint investment vehicle before the tariff rate on Korean cars goes back up.',
        'Officials on both sides said the talks were productive and would go on by video link next week, though neither side gave a date for the next round.',
      ],
    ],
    [
      [
        'Tokyo and Washington said on Friday that they would prolong their tariff',
        'truce for a further ninety days, giving negotiators in Tokyo and in',
        'Washington more time to settle the auto quota and the rice purchases',
        'that have held up a final text since the spring.',
        '',
        'The extension was announced by both governments in a joint statement',
        'released late on Friday evening, local time.',
      ].join('\n'),
      [
        'Tokyo and Washington said on Friday that they would prolong their tariff truce for a further ninety days, giving negotiators in Tokyo and in Washington more time to settle the auto quota and the rice purchases that have held up a final text since the spring.',
        'The extension was announced by both governments in a joint statement released late on Friday evening, local time.',
      ],
    ],
    [
      [
        'Mexico’s economy minister is due to fly to Washington in a week for a',
        'fresh round of talks on the steel tariffs, his ministry wrote in a',
        'statement, noting that the delegation would also raise the tomato',
        'duties and the water treaty with officials of the Commerce Department',
        'and the trade representative’s office.',
      ].join('\n'),
      [
        'Mexico’s economy minister is due to fly to Washington in a week for a fresh round of talks on the steel tariffs, his ministry wrote in a statement, noting that the delegation would also raise the tomato duties and the water treaty with officials of the Commerce Department and the trade representative’s office.',
      ],
    ],
  ])('joins a hard-wrapped text back into sentences', (text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
  });

  it('keeps a few long lines and a list of headlines apart', () => {
    const text = [
      'Seoul and Washington will hold another round of tariff talks next week',
      'Japan weighs a bigger fund as its deal with the US is put to the test',
      'Markets in Asia edge higher ahead of a busy week of central bank meetings',
    ].join('\n');
    expect(splitSentences(text)).toHaveLength(3);
  });

  it.each([
    [
      'a quotation opened by an earlier sentence goes on',
      'Greer was firm. “Seoul knows the terms. It signs or it pays.” Talks resume Monday.',
      [false, false, true, false],
    ],
    [
      'straight quotation marks too',
      'Lutnick spoke on Friday. "We gave them a week. The levy follows." Markets fell.',
      [false, false, true, false],
    ],
    ['a quotation closed in its own sentence', '“We are close,” Yeo said. The talks go on.', [false, false]],
    ['a new paragraph ends the quotation', '“Seoul has a week.\nThe ministry said nothing.', [false, false]],
  ])('marks sentences inside a quotation: %s', (_name, text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.inQuote === true)).toEqual(expected);
  });

  it('puts the title first, marked as such', () => {
    const sentences = splitSentences('Body.', 'Headline here');
    expect(sentences[0]).toEqual({ text: 'Headline here', index: -1, isTitle: true });
    expect(sentences[1].index).toBe(0);
  });
});

describe('cutFurniture', () => {
  it.each<[string, string, string[]]>([
    [
      'headline list after the story',
      'The minister met his counterpart on Friday.\n\nMarkets Rally As Chipmakers Recover Strongly\nCentral Bank Holds Rates Steady Amid Uncertainty\nNeighbours Reach Agreement On River Cleanup Plan\n',
      ['Markets Rally', 'River Cleanup'],
    ],
    [
      'headline list with times and section labels',
      'The ministers met on Friday.\nMore News\nStocks Climb As Exporters Shrug Off Tariff Worries\n2 hours ago\nWill Seoul And Washington Reach A Deal In Time?\nBusiness\nCarmakers Reach Labor Deal After Long Strike\n',
      ['Stocks Climb', 'Carmakers Reach'],
    ],
    [
      'related block',
      'Talks ended on Friday.\nRelated Articles\nSome other story about a deal.',
      ['Related Articles', 'other story'],
    ],
    ['comment prompt', 'Talks ended on Friday.\nYou must be logged in to add a comment.', ['logged in']],
    [
      'headline list flattened into the last line',
      'The ministers met again.\nTalks ended on Friday, the ministry said. Related articles: Korea, US strike trade deal; Japan seals deal',
      ['Related articles', 'strike trade deal', 'Japan seals'],
    ],
    [
      'read-more list after a quoted sentence',
      'The ministers met again.\nYeo said: “We will keep talking.” Read more: EU talks stall | China extends truce',
      ['Read more', 'EU talks stall'],
    ],
    [
      'captions with their credits',
      'Yeo met Greer in Washington on Sunday.\nYeo arrives to meet Greer, April 9, 2025. Video credit: Jane Doe / Sound credit: John Roe\nLee will meet Trump at the White House, August 25, 2025. Photo credit: Example Agency\nThe ministers shake hands before talks on Friday. Image credits: Example News\nThe talks lasted two hours.',
      ['Yeo arrives', 'Lee will meet', 'shake hands'],
    ],
    [
      'byline and copyright',
      'Talks ended on Friday.\nBY JANE DOE [jane@example.com]\nCopyright 2025 Example News. All rights reserved.',
      ['JANE DOE', 'Copyright'],
    ],
  ])('cuts the %s', (_name, text, gone) => {
    const cut = cutFurniture(text);
    expect(cut.text).toContain(text.split('\n')[0]);
    for (const piece of gone) expect(cut.text).not.toContain(piece);
  });

  it.each<[string, string]>([
    [
      'Latest News\n\nOttawa and Washington resumed tariff talks on Monday.\nThe envoys meet again next week.',
      'Ottawa and Washington resumed tariff talks on Monday.',
    ],
    [
      'WORLD\nBUSINESS\nHanoi Trims Duties On US Farm Goods Before Talks\nThe cut applies from July.',
      'Hanoi Trims Duties On US Farm Goods Before Talks',
    ],
    [
      'Menu Content\nGo Top\nManila sends its trade secretary to Washington this week for another round.',
      'Manila sends its trade secretary to Washington this week for another round.',
    ],
  ])('drops the section labels above the story and keeps all of it: %s', (text, firstLine) => {
    const cut = cutFurniture(text);
    expect(cut.text.trim().split('\n')[0]).toBe(firstLine);
    expect(cut.text).toContain(text.split('\n').at(-1));
  });

  // A widget's symbols and numbers above the story (font size, a gallery's counter) have no word of the story.
  it.each(['+ A − 18 px', '◀ ▶ 1 / 12', '| | © 2026 |'])('drops the widget line "%s"', (widget) => {
    const sentence = 'Seoul and Washington met on Friday.';
    expect(cutFurniture(`${widget}\n${sentence}`).text).toBe(sentence);
  });

  // A byline above the story, with its names, its outlet or its time, is no sentence of it.
  it.each<[string, string]>([
    ['By Jane Roe and Tom Poe', 'Seoul and Washington met on Friday.'],
    ['By Mina Park, Example Wire', 'Seoul and Washington met on Friday.'],
    ['By Example News | Updated: May 2, 2026 10:15 KST', 'Seoul and Washington met on Friday.'],
  ])('drops the byline "%s"', (byline, sentence) => {
    expect(cutFurniture(`${byline}\n${sentence}`).text).toBe(sentence);
  });

  // A comment count or prompt above the story's first sentence is a widget of the page's top: it goes alone.
  it.each<[string, string]>([
    [
      'News\nSeoul, Washington Agree On Tariff Cut\nComments\nLink copied\nThe two sides signed the deal on Friday in Seoul.\nThe cut applies from next month.',
      'The two sides signed the deal on Friday in Seoul.',
    ],
    [
      'Trade\nMarch 3, 2026, 9:15 a.m.\n12 Comments\nKorea and the US resumed talks on Monday in Washington.\nThey meet again next week.',
      'Korea and the US resumed talks on Monday in Washington.',
    ],
    [
      'Economy desk\nYou must be logged in to add a comment.\nTokyo sends its negotiator to Washington again this week.\nHe will meet Lutnick on Thursday.',
      'Tokyo sends its negotiator to Washington again this week.',
    ],
  ])('drops a comment prompt above the story and keeps the story: %s', (text, sentence) => {
    const cut = cutFurniture(text);
    expect(cut.text).toContain(sentence);
    expect(cut.text).toContain(text.split('\n').at(-1));
    expect(cut.text).not.toMatch(/omment/);
  });

  it('keeps a sentence that speaks of related articles', () => {
    const text = 'The two sides met on Friday. See also the related talks on chips, the ministry said.';
    expect(cutFurniture(text).text).toBe(text);
  });

  it('keeps ordinary sentences and a lone title-like line inside the story', () => {
    const text = 'Trade Talks Resume\nThe two sides met on Monday in Seoul.\nThey will meet again next week.';
    expect(cutFurniture(text).text).toBe(text);
  });

  it.each<[string, boolean]>([
    ['Asian Stocks Edge Higher as Tech Recovers', true],
    ['The ministers met on Friday.', false],
    ['Lee Soo-jin, Arirang News.', false],
    ['He said it was "unsustainable"', false],
  ])('isTitleLike(%s) is %s', (line, expected) => {
    expect(isTitleLike(line)).toBe(expected);
  });
});
