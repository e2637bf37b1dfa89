import { defineConfig } from 'wxt';
import { marketplaceMatchPatterns } from './lib/sites/hosts';

/**
 * `WXT_TEST_BUILD=1` widens host access to `<all_urls>` so end-to-end tests
 * and the demo can capture and read fixture shops without a user gesture.
 * Production builds never set it (see README, "Permissions").
 */
const testBuild = process.env.WXT_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  outDir: testBuild ? '.output-test' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `tabs`: the hostname of every opened page is checked against the local lists (nothing leaves the machine).
    // pageCapture (MHTML evidence) exists only in Chromium; Firefox records "not offered".
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'tabs', 'activeTab', 'scripting', 'contextMenus', 'notifications', ...(browser === 'firefox' ? [] : ['pageCapture'])],
    host_permissions: testBuild ? ['<all_urls>'] : marketplaceMatchPatterns(),
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'capture-evidence': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'shopping-guard@cross-border.example',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  zip: {
    includeSources: ['entrypoints', 'components', 'lib', 'assets', 'public', 'locales', 'tests',
      'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'vitest.config.ts', 'README.md'],
  },
});
