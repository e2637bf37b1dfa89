// Checks run inside a page of the extension (popup, options) by the UI
// end-to-end tests: labelled controls, named buttons, no untranslated keys
// on screen, and text contrast (WCAG AA) computed from the rendered colours.

/** Problems a screen-reader or keyboard user would meet; [] when none. */
export async function a11yProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const nameOf = (el) => (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') && el.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || el.textContent || el.getAttribute('title') || '').trim();
    for (const b of document.querySelectorAll('button, a[href], [role="button"]')) {
      if (visible(b) && !nameOf(b)) problems.push(`unnamed ${b.tagName.toLowerCase()}: ${b.outerHTML.slice(0, 80)}`);
    }
    for (const c of document.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
      if (!visible(c)) continue;
      const labelled = (c.labels && c.labels.length > 0) || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
      if (!labelled) problems.push(`unlabelled ${c.tagName.toLowerCase()}: ${c.outerHTML.slice(0, 80)}`);
    }
    for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`img without alt: ${img.src.slice(0, 60)}`);
    for (const svg of document.querySelectorAll('svg')) {
      if (svg.getAttribute('aria-hidden') !== 'true' && !svg.getAttribute('aria-label') && !svg.getAttribute('aria-labelledby')) problems.push('svg without a name');
    }
    if (!document.documentElement.lang) problems.push('no lang on <html>');
    if (!document.querySelector('h1')) problems.push('no h1');
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length) problems.push(`duplicate ids: ${[...new Set(dup)].join(', ')}`);
    return problems;
  });
}

/** Visible text that looks like a locale key (a translation that fell back to its key). */
export async function untranslatedKeys(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return [...new Set(text.match(/\b(?:ui|opt|popup|banner|level|line|category|fact|source|rule|rights|letter|ev|list|lists|ud|trigger|report)_[a-z][A-Za-z0-9_]*\b/g) ?? [])];
}

/** Text whose contrast with its rendered background is below WCAG AA; [] when none. */
export async function contrastProblems(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const over = (top, bottom) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
    };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]);
    };
    const lum = ([r, g, b]) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const problems = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent.trim()) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || el.closest('.sr-only, [disabled], option, select')) continue;
      const bg = background(el);
      const fg = over(parse(s.color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`${ratio.toFixed(2)}:1 "${n.textContent.trim().slice(0, 40)}" (${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(',')}))`);
    }
    return problems;
  });
}
