// Jest runs TypeScript through @swc/jest (transpile only; `npm run typecheck` does the types).
// The global setup builds build/ and dist/ when they are missing or stale, so `npx jest` works on a
// fresh clone.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/support/build-once.ts',
};
