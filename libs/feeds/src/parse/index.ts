export * from './types';
export { parseFeed, DEFAULT_MAX_FEED_CHARS } from './parse-feed';
export { parseJsonFeed } from './json-feed';
export { screenDoctype } from './doctype';
export { FeedParserPool, type FeedParserPoolOptions } from './parser-pool';
