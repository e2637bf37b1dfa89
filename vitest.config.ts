import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['tests/setup/indexeddb.ts'],
    include: ['tests/{unit,dom}/**/*.test.{ts,tsx}'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20000,
  },
});
