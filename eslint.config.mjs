// Lint rules that encode the architecture: the pure core never reaches for Apps Script, and the
// shell (src/shell) is the only gateway to Apps Script's services for the rest of the add-on.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Apps Script's global services: only src/shell (and the emulator that implements them) may name them. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'Utilities',
  'HtmlService',
  'Logger',
  'DriveApp',
  'UrlFetchApp',
  'GmailApp',
  'MailApp',
  'Browser',
  'CardService',
  'ContentService',
  'DocumentApp',
  'FormApp',
].map((name) => ({
  name,
  message: `${name} is an Apps Script service: reach it through src/shell, never from the core or the server layer.`,
}));

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'coverage/**',
      'test/fixtures/bundles/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // TypeScript checks undefined names itself (and knows the Apps Script and DOM globals).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS, 'document', 'window', 'google'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shell/**', '**/server/**', '**/sidebar/**'],
              message: 'The core is pure: it imports only from src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/main.ts'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS] },
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shell/**', '**/server/*', '!**/server/sidebar-api'],
              message:
                'The sidebar runs in the browser: it may import only types from the server API and shared code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
