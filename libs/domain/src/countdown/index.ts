export * from './milestones';
export * from './countdown';
export * from './format';
