import type { PageFacts } from '@/lib/facts/page-facts';
import type { Finding, Severity, Verdict, VerdictLevel } from '@/lib/facts/verdict';
import type { Rule, RuleContext } from './rule';
import { RULES, RULES_VERSION } from './rules';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, warning: 2, danger: 3 };
const LEVEL_OF: Record<Severity, VerdictLevel> = { info: 'low', caution: 'caution', warning: 'warning', danger: 'danger' };

/** Only a list hit or the user's own block may say "danger"; heuristics stop at warning. */
function capped(f: Finding): Severity {
  if (f.severity === 'danger' && f.source.kind !== 'list' && f.source.kind !== 'user') return 'warning';
  return f.severity;
}

/** True when the page told us enough about the seller or product to judge. */
function hasEvidence(facts: PageFacts): boolean {
  if (facts.pageKind === 'other') return false;
  return Boolean(facts.seller.name || facts.seller.id || facts.seller.feedbackPercent !== undefined || facts.product.price || facts.marketplace === 'shop');
}

/**
 * A page that is not a shop page gets no heuristic verdict (peers scored
 * non-shop pages and lost their users' trust): only a list hit or the
 * user's own decision, which are about the site, not the page, still count.
 */
function applies(f: Finding, facts: PageFacts): boolean {
  return facts.pageKind !== 'other' || f.source.kind === 'list' || f.source.kind === 'user';
}

/** Runs every rule and folds the findings into a verdict. A failing rule is skipped, not fatal. */
export function evaluate(facts: PageFacts, ctx: RuleContext, rules: readonly Rule[] = RULES, listsVersion = 'none'): Verdict {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      for (const f of rule.evaluate(facts, ctx)) if (applies(f, facts)) findings.push({ ...f, severity: capped(f) });
    } catch {
      // A rule must never take the whole verdict down with it.
    }
  }
  const trusted = findings.some((f) => f.ruleId === 'user-trusted');
  const blocked = findings.some((f) => f.ruleId === 'user-blocked');
  // The user's own decision wins over everything; between the two, the more specific (seller) wins.
  const sellerRule = ctx.userRules.seller;
  const override = sellerRule?.action === 'trust' ? 'trusted' : sellerRule?.action === 'block' ? 'blocked' : trusted ? 'trusted' : blocked ? 'blocked' : undefined;

  let level: VerdictLevel;
  if (override === 'trusted') level = 'trusted-by-you';
  else if (override === 'blocked') level = 'danger';
  else {
    const worst = findings.reduce<Severity | undefined>((w, f) => (w === undefined || SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), undefined);
    level = worst ? LEVEL_OF[worst] : hasEvidence(facts) ? 'low' : 'no-data';
  }
  findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return {
    level,
    findings,
    checkedAt: ctx.now.toISOString(),
    rulesVersion: RULES_VERSION,
    listsVersion,
    ...(override ? { override } : {}),
    subject: {
      host: ctx.domain,
      marketplace: facts.marketplace,
      ...(facts.seller.id ? { sellerId: facts.seller.id } : {}),
      ...(facts.seller.name ? { sellerName: facts.seller.name } : {}),
    },
  };
}
