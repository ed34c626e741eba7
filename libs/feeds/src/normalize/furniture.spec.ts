import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cutFurniture } from './furniture';

const seed003 = readFileSync(
  join(__dirname, '../../../../tests/fixtures/seeds/003_d408f3095e498239.txt'),
  'utf8',
);

describe('cutFurniture', () => {
  it('cuts the trailing list of other headlines off seed 003', () => {
    const text = cutFurniture(seed003);
    expect(text.endsWith('leaving room for proposals.')).toBe(true);
    expect(text).not.toContain('Asian Stocks Edge Higher');
    expect(text).not.toContain('Korea Zinc to Build');
    expect(text).toContain('South Korea is accelerating trade negotiations');
  });

  it('cuts share and navigation lines and a syndication footer', () => {
    const text =
      'Talks resumed in Washington on Tuesday.\nOfficials met for three hours.\n\nShare\nTweet\nRelated stories\nThe post Talks resume appeared first on Example News.';
    expect(cutFurniture(text)).toBe(
      'Talks resumed in Washington on Tuesday.\nOfficials met for three hours.',
    );
  });

  it('leaves an article without furniture alone', () => {
    const text = 'Seoul and Washington agreed on a framework.\nThe deal cuts the tariff to 15%.';
    expect(cutFurniture(text)).toBe(text);
  });

  it('keeps a lone closing line that only looks like a headline', () => {
    const text = 'The talks ended without a deal.\nReporting by Hyonhee Shin in Seoul';
    expect(cutFurniture(text)).toBe(text);
  });

  it('never cuts an article down to nothing', () => {
    const text =
      'Korea Trade Talks Resume In Washington\nUS Tariff Deadline Looms Over Seoul\nMinisters Meet Again Next Week';
    expect(cutFurniture(text)).toBe(text);
  });
});
