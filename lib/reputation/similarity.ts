/**
 * Text and image comparisons for listing substitution. They must tolerate
 * the small edits honest sellers make (a colour added to a title, a CDN
 * resizing an image) and still see a kettle turn into a phone.
 */

/** Lower-cases, folds accents, and keeps letters and digits of any script. */
export function normalizeText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Comparison units of a title: words for spaced scripts, character pairs for
 * scripts written without spaces (Chinese, Japanese, Thai), so "蓝牙耳机" and
 * "蓝牙音箱" share a unit ("蓝牙") as "bluetooth earbuds" and "bluetooth speaker" do.
 */
export function titleUnits(s: string): Set<string> {
  const units = new Set<string>();
  for (const word of normalizeText(s).split(' ')) {
    if (!word) continue;
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(word) && word.length > 2) {
      const chars = [...word];
      for (let i = 0; i < chars.length - 1; i++) units.add(chars[i]! + chars[i + 1]!);
    } else {
      units.add(word);
    }
  }
  return units;
}

/** Jaccard similarity of two titles' units, 0 (nothing shared) to 1 (same). */
export function titleSimilarity(a: string, b: string): number {
  const ua = titleUnits(a);
  const ub = titleUnits(b);
  if (ua.size === 0 && ub.size === 0) return 1;
  let shared = 0;
  for (const u of ua) if (ub.has(u)) shared++;
  return shared / (ua.size + ub.size - shared);
}

/** Brands compare case-, accent- and punctuation-insensitively ("Kärcher" = "KARCHER"). */
export function sameBrand(a: string, b: string): boolean {
  return normalizeText(a).replace(/ /g, '') === normalizeText(b).replace(/ /g, '');
}

/**
 * A key for an image that survives CDN host changes and resizing: the last
 * path segment, minus size suffixes (`_640x640.jpg`, `-300x300`, `._AC_SL1500_`)
 * and the extension. `ae01.alicdn.com/kf/Sabc.jpg_640x640.jpg` and
 * `ae04.alicdn.com/kf/Sabc.jpg` give the same key.
 */
export function imageKey(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: use the text as is
  }
  let last = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '').toLowerCase();
  last = last.replace(/\.(jpe?g|png|webp|avif|gif)(_.*)?$/, '');
  last = last.replace(/\._[a-z0-9_,]+_$/, '');
  last = last.replace(/[-_]\d{2,4}x\d{2,4}$/, '');
  return last.replace(/\.(jpe?g|png|webp|avif|gif)$/, '');
}
