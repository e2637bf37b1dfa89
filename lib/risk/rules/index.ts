import type { Rule } from '../rule';
import { youngStore } from './young-store';
import { lowFeedback } from './low-feedback';
import { userBlocked } from './user-blocked';
import { userTrusted } from './user-trusted';

/** Every rule, in the order its findings are listed. */
export const RULES: readonly Rule[] = [userBlocked, userTrusted, youngStore, lowFeedback];

/** Bumped whenever a rule is added or changes what it decides. */
export const RULES_VERSION = 1;
