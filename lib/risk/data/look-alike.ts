import { decodeLabel } from './punycode';

/**
 * Folding of characters fake shops use to imitate a brand's name: digits for
 * letters, "rn" for "m", "vv" for "w", and Cyrillic or Greek letters that
 * look Latin (IDN homographs). Folding an honest name changes nothing.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', κ: 'k', ι: 'i', τ: 't', ε: 'e',
};

/** The label in Unicode, lower-cased, with look-alike characters folded to Latin. */
export function foldLabel(label: string): string {
  const unicode = decodeLabel(label.toLowerCase()).normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of unicode) out += CONFUSABLES[ch] ?? ch;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w');
}

/** Optimal-string-alignment distance (edits, including swapping two neighbours), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** True when `rest` is made only of words from `words` ("outletstore" = "outlet" + "store"). Linear-time table, so a hostile 63-letter label costs nothing. */
export function segmentsInto(rest: string, words: ReadonlySet<string>): boolean {
  const ok = Array<boolean>(rest.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= rest.length; end++) {
    for (let start = Math.max(0, end - 16); start < end && !ok[end]; start++) {
      if (ok[start] && words.has(rest.slice(start, end))) ok[end] = true;
    }
  }
  return ok[rest.length]!;
}
