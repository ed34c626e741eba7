export * from './track-facts';
