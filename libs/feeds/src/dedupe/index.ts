export * from './simhash';
export * from './story-index';
