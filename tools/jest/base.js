// Shared Jest setup for the Node workspaces: TypeScript through ts-jest in native ESM mode
// (NestJS 12 ships ESM only, and Jest loads ESM only in this mode on Node 20).
export function jestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.spec.json' }] },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    // Integration suites talk to real services; a loaded 2-core CI machine needs headroom.
    testTimeout: 30_000,
    ...overrides,
  };
}
