// Lint rules, including the boundaries of docs/architecture.md: shared imports neither side,
// client and server never import each other, and features never import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = (() => {
  try {
    return readdirSync('src/client/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

const boundaries = [
  {
    target: './src/shared',
    from: ['./src/client', './src/server'],
    message: 'shared code imports neither side',
  },
  {
    target: './src/client',
    from: './src/server',
    message: 'the client never imports server code',
  },
  {
    target: './src/server',
    from: './src/client',
    message: 'the server never imports client code',
  },
  // Pull never builds on push (docs/architecture.md): what both need has a module of its own.
  {
    target: './src/server/sync/pull.ts',
    from: './src/server/sync/push.ts',
    message: 'pull imports nothing from push; move what both need to a module of its own',
  },
  {
    target: './src/client/sync/pull.ts',
    from: './src/client/sync/push.ts',
    message: 'pull imports nothing from push; move what both need to a module of its own',
  },
  ...features.map((feature) => ({
    target: `./src/client/features/${feature}`,
    from: './src/client/features',
    except: [`./${feature}`],
    message:
      'features do not import each other; move what they share to src/client/ui or src/shared',
  })),
];

// Screens reach the device database through runtime.ts and the db modules, never by opening the
// Dexie class themselves.
const databaseDoor = {
  target: './src/client/features',
  from: './src/client/db/db.ts',
  message: 'features reach the database through runtime.ts (db) and db/write.ts',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'test-results',
      'playwright-report',
      '.tmp',
      'dev-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // An interface that only extends one type names it (the device database's record tables).
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Fastify plugins are async functions that may not await anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...boundaries, databaseDoor] }],
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
      'import-x/ignore': ['node_modules'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'src/server/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests open a database of their own for each case.
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
    },
  },
);
