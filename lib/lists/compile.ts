import { ListError } from './errors';
import { fingerprint, fp } from './fingerprint';
import { TableBuilder } from './fingerprint-table';
import { parseDomainList } from './domain-parser';
import { parseListHeader, type ListHeader } from './header';
import { parseSellerCsv, parseSellerJson } from './seller-parser';
import { isSellerFormat, type ListFormat, type SellerEntry } from './types';

/** A list turned into what is stored: a fingerprint table, or seller entries. */
export type CompiledList =
  | { kind: 'domains'; table: ArrayBuffer; index: ArrayBuffer; count: number; skipped: number; header: ListHeader }
  | { kind: 'sellers'; sellers: SellerEntry[]; count: number; skipped: number; header: ListHeader };

/** A captive portal or an error page served instead of the list. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html|<head|<body|<\?xml)/i.test(text.slice(0, 512));
}

/** Compiles list text in a known format. Throws `ListError` for anything that is not a usable list. */
export function compileList(text: string, format: ListFormat, now = Date.now()): CompiledList {
  if (text.trim() === '') throw new ListError('not-a-list', 'empty');
  if (looksLikeHtml(text)) throw new ListError('not-a-list', 'an HTML page');
  const header = parseListHeader(text, now);
  if (isSellerFormat(format)) {
    const { sellers, skipped } = format === 'sellers-csv' ? parseSellerCsv(text) : parseSellerJson(text);
    return { kind: 'sellers', sellers, count: sellers.length, skipped, header };
  }
  // About one entry per 20 characters of text: start near the final size, double if wrong.
  const builder = new TableBuilder(Math.ceil(text.length / 20) + 16);
  const counts = parseDomainList(text, format, (s, start, end, withSubdomains) => {
    fingerprint(s, start, end);
    builder.add(fp.hi, fp.lo, withSubdomains);
  });
  if (counts.entries === 0) throw new ListError('malformed', `no usable entries (${counts.skipped} other lines)`);
  // ABP lists legitimately hold rules we skip (cosmetic, exceptions); plain lists should be mostly hosts.
  if (format !== 'abp' && counts.skipped > counts.entries && counts.skipped > 10) {
    throw new ListError('malformed', `${counts.skipped} of ${counts.entries + counts.skipped} lines are not hostnames`);
  }
  const { buffer, index, count } = builder.finish();
  return { kind: 'domains', table: buffer, index, count, skipped: counts.skipped, header };
}

/** Guesses the format of a list the user adds without saying which it is. */
export function detectFormat(text: string): ListFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^\[adblock/i.test(head)) return 'abp';
  if (head.startsWith('{') || head.startsWith('[')) return 'sellers-json';
  const lines: string[] = [];
  for (const raw of head.slice(0, 64 * 1024).split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('!') || line.startsWith('#')) continue;
    lines.push(line);
    if (lines.length >= 200) break;
  }
  const first = lines[0] ?? '';
  if (/[,;\t]/.test(first) && /seller/i.test(first)) return 'sellers-csv';
  const abp = lines.filter((l) => l.startsWith('||')).length;
  const hosts = lines.filter((l) => /^(\d{1,3}(\.\d{1,3}){3}|::1?|::0)\s/.test(l)).length;
  if (abp > 0 && abp >= hosts && abp * 2 >= lines.length * 0.5) return 'abp';
  if (hosts * 2 >= lines.length && hosts > 0) return 'hosts';
  return 'domains';
}
