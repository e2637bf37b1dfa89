import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The test build (WXT_TEST_BUILD=1): <all_urls> host access, see wxt.config.ts. */
export const TEST_BUILD_DIR = path.join(ROOT, '.output-test/chrome-mv3');
export const PROD_BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');
