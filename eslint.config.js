import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
      'bench/dist',
      'bench/node-dist',
      'bench/*-dist',
      'bench/tmp',
      // AssemblyScript, not TypeScript (decorators on functions, its own types): scripts/build-kernels.mjs
      'wasm-kernels',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core layer runs in the worker, under Node and in the benchmark: no React, no UI, no store.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'recharts', 'zustand', 'zustand/*'],
              message: 'core/ must not depend on React or UI libraries.',
            },
            {
              group: ['**/ui/**', '**/store/**', '**/worker/**'],
              message: 'core/ must not import the UI, the store or the worker.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage'],
    },
  },
  {
    // The page's layers: the store and the UI talk to the worker only through the store's
    // workerConnection (types of the worker's API may be imported; its code may not), and the UI
    // never holds a tensor.
    files: ['src/store/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/**'],
              message: 'Talk to the worker through store/workerConnection.ts.',
              allowTypeImports: true,
            },
            { group: ['@tensorflow/*'], message: 'TensorFlow.js lives in the worker and core/, never on the page.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmark runners pass callbacks that run inside the page.
    files: ['scripts/bench*.mjs'],
    languageOptions: {
      globals: {
        ...globals.node,
        window: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        PerformanceObserver: 'readonly',
        MutationObserver: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
  },
);
