// The shared lint preset: ESLint's and typescript-eslint's recommended rules, plus the
// architecture rule that packages never import apps.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.angular/**', '**/test-results/**', 'var/**', '**/*.js', '**/*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Test harnesses parse arbitrary JSON bodies.
      '@typescript-eslint/no-explicit-any': 'off',
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
    },
  },
  {
    // The browser apps report a failed bootstrap on the console; there is no logger yet.
    files: ['apps/portal/**/*.ts', 'apps/console/**/*.ts', 'packages/ui/**/*.ts'],
    rules: { 'no-console': ['error', { allow: ['error'] }] },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@kbc/api', '@kbc/worker', '@kbc/portal', '@kbc/console', '**/apps/**'], message: 'Packages never import apps: dependencies point inward.' }] }],
    },
  },
);
