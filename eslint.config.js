// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = fileURLToPath(new URL('./src/features', import.meta.url));

/** Every folder under src/features, read at lint time so a new feature is fenced in without editing this file. */
function featureNames() {
  try {
    return readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const REACT_FILES = ['src/{api,components,features,app}/**/*.{ts,tsx}', 'src/*.{ts,tsx}'];
const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/**/*.bench.ts'];

const layerMessage = 'Imports flow one way: domain ← (api, mocks) ← components ← features ← app (ARCHITECTURE.md §1).';

/**
 * The one-way layers of ARCHITECTURE.md §1. `from` and `target` are paths relative to the repo root;
 * `except` is relative to `from`.
 */
const layerZones = [
  // domain: pure TypeScript + zod + i18next (its sentences in two languages), it imports only itself (packages are fenced by no-restricted-imports below).
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: `src/domain imports only zod, i18next and itself. ${layerMessage}`,
  },
  {
    target: './src/domain',
    from: './e2e',
    message: `src/domain imports only zod, i18next and itself. ${layerMessage}`,
  },
  // api: the typed client never reaches into the backend or the UI.
  {
    target: './src/api',
    from: ['./src/mocks', './src/components', './src/features', './src/app'],
    message: `src/api never imports mocks, components, features or app. ${layerMessage}`,
  },
  // mocks: the backend shares only the domain with the client.
  {
    target: './src/mocks',
    from: ['./src/api', './src/components', './src/features', './src/app'],
    message: `src/mocks never imports api, components, features or app. ${layerMessage}`,
  },
  // components: shared pieces know only domain (and api) types.
  {
    target: './src/components',
    from: ['./src/features', './src/app', './src/mocks'],
    message: `src/components never imports features, app or mocks. ${layerMessage}`,
  },
  // features: never the backend, never the shell.
  {
    target: './src/features',
    from: ['./src/mocks', './src/app'],
    message: `A feature never imports mocks or app. ${layerMessage}`,
  },
  // A feature does not import another feature: shared pieces move down to components or domain.
  ...featureNames().map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: `Feature "${name}" imports another feature; move the shared piece down to src/components or src/domain.`,
  })),
];

export default defineConfig(
  globalIgnores([
    'dist/**',
    // Side builds: npm test's e2e build, mock:serve's bundle, and anyone's E2E_DIST.
    'dist-*/**',
    'public/mockServiceWorker.js',
    'reports/**',
    'node_modules/**',
    'coverage/**',
    'test-results/**',
    'playwright-report/**',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Plain JS/MJS files (configs, node scripts) are outside the TypeScript program.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  // React code only: domain and mocks have no React (a mock helper may be called `use...`).
  {
    files: REACT_FILES,
    extends: [
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
  },

  // Layers (ARCHITECTURE.md §1).
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'] }),
      ],
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    // The domain is pure: zod, i18next and relative imports only (relative escapes are caught by the zones above).
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: [...TEST_FILES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(?:/|$)|i18next$|\\.{1,2}/)',
              message:
                'src/domain imports only zod, i18next and itself: no React, no MSW, no fetch (ARCHITECTURE.md §1).',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain tests may add the test runner, property-based testing and node builtins (to read fixtures).
    files: TEST_FILES.map((glob) => glob.replace('src/', 'src/domain/')),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(?:/|$)|i18next$|vitest(?:/|$)|fast-check$|node:|\\.{1,2}/)',
              message:
                'Domain tests import only zod, vitest, fast-check, node builtins and the domain (ARCHITECTURE.md §1).',
            },
          ],
        },
      ],
    },
  },

  // Unit tests: Vitest is imported explicitly; node globals for test setup.
  {
    files: TEST_FILES,
    languageOptions: { globals: { ...globals.node } },
  },

  // Playwright.
  {
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
    languageOptions: { globals: globals.node },
    rules: {
      // Testing contract (ARCHITECTURE.md §7): by role, label and name only; no fixed waits.
      'playwright/no-raw-locators': 'error',
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-element-handle': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='getByTestId']",
          message: 'No test ids: find elements by role, label and name.',
        },
      ],
    },
  },
  {
    files: ['playwright.config.ts', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
