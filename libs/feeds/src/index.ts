export * from './errors';
export * from './net';
export * from './http';
export * from './charset';
export * from './parse';
export * from './normalize';
export * from './dedupe';
export * from './prefilter';
