export * from './article-id';
export * from './dates';
export * from './furniture';
export * from './normalize-item';
export * from './text';
export * from './url';
