// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { VerdictHeader } from '@/components/verdict-header';
import { ReasonList } from '@/components/reason-list';
import { VERDICT_LEVELS } from '@/lib/facts/verdict';
import { finding, mount, tr, verdict } from './support';

const m = mount();
afterEach(() => m.unmount());

describe('VerdictHeader', () => {
  it('shows every level with its words, colour class and a glyph, as a live status', async () => {
    for (const level of VERDICT_LEVELS) {
      await m.render(<VerdictHeader verdict={verdict({ level })} t={tr('en')} />);
      const header = m.container.querySelector('header')!;
      expect(header.getAttribute('role')).toBe('status');
      expect(header.className).toContain(`verdict--${level}`);
      expect(header.querySelector('h2')?.textContent).toBe(tr('en')(`level_${level.replace(/-/g, '_')}`));
      expect(header.querySelector('.verdict__glyph')?.getAttribute('aria-hidden')).toBe('true');
      expect(header.querySelector('.verdict__override')).toBeNull();
    }
  });

  it('says when the level is the user\'s own decision, in both languages', async () => {
    await m.render(<VerdictHeader verdict={verdict({ level: 'danger', override: 'blocked' })} t={tr('en')} />);
    expect(m.container.querySelector('[data-override="blocked"]')?.textContent).toBe('Your decision: you blocked this. It overrides the checks.');
    await m.render(<VerdictHeader verdict={verdict({ level: 'trusted-by-you', override: 'trusted' })} t={tr('zh_CN')} />);
    expect(m.container.querySelector('h2')?.textContent).toBe('您已信任');
    expect(m.container.querySelector('[data-override="trusted"]')?.textContent).toContain('您的决定');
  });
});

describe('ReasonList', () => {
  const findings = [
    finding(),
    finding({ ruleId: 'feedback-falling', severity: 'caution', messageKey: 'rule_feedback_falling', params: [97.4, 86.5, '2026-10-14'], evidence: { feedbackPercent: 86.5, previouslySeenOn: '2026-10-14' }, source: { kind: 'history', title: 'Your history' } }),
    finding({ ruleId: 'list-hit', category: 'legal', severity: 'danger', messageKey: 'rule_list_hit', params: ['Scam List', 'bad.example'], evidence: { list: 'Scam List' }, source: { kind: 'list', title: 'Scam List', url: 'https://github.com/x/y', date: '2026-08-25T10:00:00.000Z' } }),
  ];

  it('groups reasons by category under headings, each with its facts and source', async () => {
    await m.render(<ReasonList findings={findings} t={tr('en')} />);
    const groups = [...m.container.querySelectorAll('.reason-group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual(['Reputation', 'Legal']);
    expect(groups[0]!.querySelectorAll('li')).toHaveLength(2);
    const list = m.container.querySelector('[data-rule="list-hit"]')!;
    expect(list.querySelector('.sr-only')?.textContent).toBe('Danger: ');
    expect(list.querySelector('.reason__source')?.textContent).toBe('Source: List · Scam List (opens in a new tab) (25 Aug 2026)');
    const link = list.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(m.container.querySelector('section')?.getAttribute('aria-labelledby')).toBe('reasons-title');
  });

  it('formats dates and numbers in the shopper\'s language, in messages and facts', async () => {
    await m.render(<ReasonList findings={findings} t={tr('en')} />);
    const falling = m.container.querySelector('[data-rule="feedback-falling"]')!;
    expect(falling.querySelector('.reason__text')?.textContent).toContain('(seen on 14 Oct 2026)');
    expect(falling.querySelector('dl')?.textContent).toContain('14 Oct 2026');
    expect(m.container.querySelector('[data-rule="young-store"] dl')?.textContent).toContain('29 Sept 2026');
    await m.render(<ReasonList findings={findings} t={tr('zh_CN')} />);
    expect(m.container.querySelector('[data-rule="feedback-falling"] .reason__text')?.textContent).toContain('2026年10月14日');
    expect(m.container.querySelector('[data-rule="young-store"] dl')?.textContent).toContain('2026年9月29日');
  });

  it('shows hostile page text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await m.render(<ReasonList findings={[finding({ ruleId: 'user-blocked', messageKey: 'rule_user_blocked', params: [hostile], evidence: { seller: hostile } })]} t={tr('en')} />);
    expect(m.container.querySelector('img')).toBeNull();
    expect(m.container.textContent).toContain(`You blocked ${hostile}.`);
  });

  it('says so when there is no reason', async () => {
    await m.render(<ReasonList findings={[]} t={tr('zh_CN')} />);
    expect(m.container.textContent).toBe(tr('zh_CN')('popup_no_reasons'));
  });
});
