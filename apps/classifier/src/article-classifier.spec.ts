import { DEFAULT_TRACKS } from '@dw/domain/parties/default-tracks';
import type { ArticleRow } from '@dw/platform';
import { ArticleClassifier } from './article-classifier';

function storedArticle(feedTrack: unknown): ArticleRow {
  return {
    id: 'tie-1',
    url: 'https://news.example/tie',
    title: 'Japan and South Korea brace for US tariffs',
    text: 'Japan and South Korea held talks with the United States over the 25% tariffs on Friday. Tokyo and Seoul both hope to settle with Washington before Aug. 1.',
    published_at: new Date('2025-07-20T09:00:00Z'),
    source: 'Example News',
    feed_id: 1,
    story_id: null,
    fingerprint: null,
    track_ids: ['kr-us', 'jp-us'],
    raw: feedTrack === undefined ? {} : { feedTrack },
    fetched_at: new Date('2025-07-20T09:05:00Z'),
  };
}

describe('ArticleClassifier.classifyStored: the feed that brought an article breaks a tie between tracks', () => {
  const classifier = new ArticleClassifier();

  it.each([
    ['a Japan–US feed', 'jp-us', 'jp-us'],
    ['a Korea–US feed', 'kr-us', 'kr-us'],
    ['no feed track', undefined, 'kr-us'],
    ['a track nobody configured', 'xx-us', 'kr-us'],
    ['a malformed feed track', 42, 'kr-us'],
  ])('from %s (feed track %p), the main track is %s', (_label, feedTrack, expected) => {
    const result = classifier.classifyStored(storedArticle(feedTrack), DEFAULT_TRACKS);
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(expected);
  });
});
