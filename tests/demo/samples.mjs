// The sample pages the demo opens: fixture pages served on loopback under
// their real hostnames (tests/fixtures/pages/<host>/...).
export const SAMPLES = [
  { id: 'aliexpress-young-store', host: 'www.aliexpress.com', path: '/item/1005009000000001.html', note: 'AliExpress item from a two-month-old store with 86.5 % positive feedback' },
  { id: 'independent-shop', host: 'www.nordic-kettle-house.com', path: '/products/stovetop-kettle', note: 'An independent shop with schema.org Product data' },
  { id: 'not-a-shop', host: 'blog.quiet-reader.net', path: '/', note: 'A blog: not a shop, so no verdict and no badge' },
];
