import type { PageFacts } from '@/lib/facts/page-facts';
import type { Finding, FindingSource, RiskCategory, Severity } from '@/lib/facts/verdict';
import type { UserRule } from '@/lib/db/user-rules-schema';
import type { ListHit } from '@/lib/lists/types';
import type { ReputationSummary } from '@/lib/reputation/types';

/** What a rule may look at besides the page's facts. */
export interface RuleContext {
  now: Date;
  /** Registrable domain of the page. */
  domain: string;
  /** The user's own rules on this domain and this seller, if any. */
  userRules: { domain?: UserRule; seller?: UserRule };
  /** Lists naming this host or seller, allowlists already applied (read by the `list-hit` rule). */
  listHits?: readonly ListHit[];
  /** What we saw of this seller and listing before this visit (read from Dexie before evaluation). Absent in the eval and when nothing was seen. */
  history?: ReputationSummary;
}

/** One rule: a pure function from facts and context to findings. */
export interface Rule {
  id: string;
  category: RiskCategory;
  severity: Severity;
  source: FindingSource;
  evaluate(facts: PageFacts, ctx: RuleContext): Finding[];
}

/** Builds a finding carrying the rule's identity, with the message key `rule_<id>`. */
export function finding(rule: Pick<Rule, 'id' | 'category' | 'severity' | 'source'>, params: (string | number)[], evidence: Record<string, string | number>, severity: Severity = rule.severity): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    messageKey: `rule_${rule.id.replace(/-/g, '_')}`,
    params,
    evidence,
    source: rule.source,
  };
}
