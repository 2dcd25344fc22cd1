/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The engines' tests need Go runners built first (`npm run test:engines`), the browser's Chromium
  // (`npm run test:browser`): CI runs both after `npm test`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/engines/', '<rootDir>/test/browser/'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  // Coverage is collected by `npm test` (jest --coverage) and must hold these floors.
  // The demo is the `npm start` job, run as a program by test/demo.test.ts.
  // The playground's page runs in a browser, where test/browser/playground.test.ts checks it.
  collectCoverageFrom: ['src/**/*.ts', '!src/demo.ts', '!src/playground/**'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 95, branches: 95 } },
};
