import { balancedEnd, findJsonObject, safeJsonParse } from './safe-json';
import { inlineScripts } from './dom';

/** Small readers shared by the marketplace adapters. Text and attributes only, never HTML. */

/** The first non-empty value of an attribute among elements matching the selectors, in selector order. */
export function attrOf(root: ParentNode, selectors: string, name: string): string | undefined {
  for (const sel of selectors.split('|')) {
    for (const el of Array.from(root.querySelectorAll(sel)).slice(0, 20)) {
      const v = el.getAttribute(name)?.trim();
      if (v) return v.slice(0, 2000);
    }
  }
  return undefined;
}

/** Parses the JSON text of the first script matching a selector (`#__NEXT_DATA__`). */
export function scriptJson(doc: Document, selector: string): unknown {
  const t = doc.querySelector(selector)?.textContent;
  return t ? safeJsonParse(t.trim()) : undefined;
}

/**
 * The JSON value assigned to `"key":` (or `key =`) in any inline script,
 * trying scripts that mention the key. Used for embedded state such as
 * `window.runParams`, `__PRELOADED_STATE__`, `pageData`.
 */
export function scriptValue(doc: Document, key: string, scripts: readonly string[] = inlineScripts(doc)): unknown {
  for (const s of scripts) {
    if (!s.includes(key)) continue;
    const v = findJsonObject(s, key);
    if (v !== undefined) return v;
    // `key = {...}` / `key: {...}` with a bare identifier.
    const m = new RegExp(`${key.replace(/[.$]/g, '\\$&')}\\s*[=:]\\s*(?=[[{])`).exec(s);
    if (m) {
      const start = m.index + m[0].length;
      const end = balancedEnd(s, start);
      if (end > 0) {
        const parsed = safeJsonParse(s.slice(start, end));
        if (parsed !== undefined) return parsed;
      }
    }
  }
  return undefined;
}

/** Decodes the escapes of a JavaScript string literal's body (`\\u6021`, `\\x41`, `\\'`). */
export function unescapeJs(raw: string): string {
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/g, (_, u: string | undefined, x: string | undefined, c: string | undefined) =>
    u || x ? String.fromCharCode(parseInt((u ?? x) as string, 16)) : c === 'n' ? '\n' : c ?? '');
}

/** The string literal assigned to a key in page script (`shopName : '\u6021...'`, `"sellerId":"123"`). */
export function scriptString(scripts: readonly string[], key: string): string | undefined {
  const re = new RegExp(`["']?\\b${key}["']?\\s*[:=]\\s*(?:"((?:[^"\\\\\\n]|\\\\.){1,400})"|'((?:[^'\\\\\\n]|\\\\.){1,400})'|(\\d{1,30})\\b)`);
  for (const s of scripts) {
    const m = re.exec(s);
    if (!m) continue;
    const v = unescapeJs(m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (v) return v;
  }
  return undefined;
}

/**
 * The value next to a label in a key/value list (`<th>Brand</th><td>X</td>`,
 * `<dt>Brand:</dt><dd>X</dd>`, `<li>品牌: X</li>`). `rows` selects the
 * row elements; the first child is the label unless the row is one "label: value" text.
 */
export function labelledValue(root: ParentNode, rows: string, label: RegExp): string | undefined {
  for (const row of Array.from(root.querySelectorAll(rows)).slice(0, 300)) {
    const kids = Array.from(row.children).filter((k) => (k.textContent ?? '').trim());
    if (kids.length >= 2) {
      const name = (kids[0]?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/[:：]\s*$/, '');
      if (label.test(name)) {
        const v = (kids[kids.length - 1]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (v) return v.slice(0, 300);
      }
      continue;
    }
    const t = (row.textContent ?? '').replace(/\s+/g, ' ').trim();
    const m = /^([^:：]{1,60})[:：]\s*(.+)$/.exec(t);
    if (m?.[1] && m[2] && label.test(m[1].trim())) return m[2].trim().slice(0, 300);
  }
  return undefined;
}

/** `true` when some element matching the selector exists and is not disabled. */
export function hasEnabled(root: ParentNode, selector: string): boolean {
  return Array.from(root.querySelectorAll(selector)).some((el) => !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true');
}

/**
 * The text of the element after a label element (`<dt>Brand</dt><dd>X</dd>`,
 * `<td class="attrLabels">Brand:</td><td>X</td>`), for labels matching `label`.
 */
export function valueAfterLabel(root: ParentNode, labels: string, label: RegExp): string | undefined {
  for (const el of Array.from(root.querySelectorAll(labels)).slice(0, 300)) {
    const name = (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*[:：]$/, '');
    if (!label.test(name)) continue;
    const v = (el.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (v) return v.slice(0, 300);
  }
  return undefined;
}
