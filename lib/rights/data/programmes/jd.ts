import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { NOTICE_486_SOURCE } from '../jurisdictions/cn-cross-border-import';

/**
 * JD Worldwide (京东国际): the research found no usable source for its
 * return rules, so the entry says exactly that and carries no day count.
 */
const worldwide = defineEntry({
  id: 'jd-worldwide-returns',
  kind: 'platform',
  platform: 'jd',
  title: l('JD Worldwide (京东国际) returns: not verified', '京东国际退货规则：未经核实'),
  summary: l(
    'No reliable source describes JD Worldwide\'s return rules, so no period is shown. For cross-border items a 7-day no-reason return depends on the item\'s label.',
    '没有可靠资料说明京东国际的退货规则，因此这里不显示期限。跨境商品是否支持七日无理由退货取决于商品标识。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  steps: [
    l('Look for "支持7天无理由" / "不支持7天无理由" on the item before paying, and capture it.', '付款前查看商品上的"支持7天无理由"/"不支持7天无理由"标识，并截图保存。'),
    l('Check the return rules shown in the order before confirming receipt.', '确认收货前查看订单中显示的退货规则。'),
  ],
  sources: [NOTICE_486_SOURCE],
  confidence: 'unverified',
  claimUnverified: true,
  liveCheck: true,
});

/** Entries of JD (JD Worldwide). */
export const JD_ENTRIES: readonly RightEntryInput[] = [worldwide];
