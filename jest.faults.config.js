// `npm run test:faults`: the fault-injection suite (tests/faults), one fault at a time, against the built app.
const base = require('./jest.config.js');
const { displayName, testMatch, ...shared } = base.projects[1];

module.exports = {
  ...shared,
  displayName: 'faults',
  testMatch: ['<rootDir>/tests/faults/**/*.fault.ts'],
  testTimeout: 300_000,
  forceExit: true,
  maxWorkers: 1,
};
