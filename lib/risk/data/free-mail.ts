/**
 * Free-mail providers: anyone can open an address there in a minute, so a
 * shop whose only contact is one of them has no traceable business identity
 * behind it. Registrable domains, compared after lower-casing.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.de', 'hotmail.fr',
  'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.de', 'yahoo.fr', 'ymail.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'gmx.at',
  'web.de', 'mail.com', 'mail.ru', 'yandex.com', 'yandex.ru', 'zoho.com', 'tutanota.com', 'tuta.io',
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sohu.com', 'aliyun.com',
  'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com', 'inbox.ru', 'bk.ru', 'list.ru', 'libero.it',
  'orange.fr', 'laposte.net', 'free.fr', 't-online.de', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl',
]);

/** The domain part of an e-mail address, lower-cased, or undefined when it is not one. */
export function emailDomain(address: string): string | undefined {
  const m = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(address.trim());
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : undefined;
}
