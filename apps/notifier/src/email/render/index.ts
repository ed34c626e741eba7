export * from './context';
export * from './format';
export * from './models';
export * from './render';
export * from './sanitize';
export * from './pages';
