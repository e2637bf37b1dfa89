import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/**
 * A marketplace listing by a third-party seller claims certifications (CE,
 * FDA, "organic"...). The EU consumer authorities found deceptive labels on
 * exactly these listings; a claim on a listing is not a certificate. Only
 * information: the shopper is told to ask for the certificate before buying
 * something where it matters (chargers, toys, cosmetics).
 */
export const unverifiedCertification: Rule = {
  id: 'unverified-certification',
  category: 'product',
  severity: 'info',
  source: SOURCES.cpcTemu,
  evaluate(facts: PageFacts) {
    const certs = (facts.claims.certifications ?? []).map((c) => c.trim()).filter(Boolean);
    if (certs.length === 0 || facts.marketplace === 'shop' || facts.seller.soldByPlatform) return [];
    const list = certs.slice(0, 5).join(', ').slice(0, 300);
    return [finding(this, [list], { certifications: list })];
  },
};
