/**
 * Brand names most often imitated by fake shops (sportswear, fashion,
 * luxury, electronics, tools, toys) and the marketplaces themselves. Each is
 * the label the brand's own domains use (`nike` for nike.com, nike.de...):
 * a domain whose label is exactly the brand is taken as the brand's own.
 *
 * Dictionary words (apple, puma, coach, guess, next...) are in `WORD_BRANDS`:
 * an honest "apply" or "pump" shop is one letter away from them, so they are
 * matched only by look-alike characters ("app1e"), never by typo distance.
 */
export const BRANDS: readonly string[] = [
  'adidas', 'nike', 'reebok', 'newbalance', 'asics', 'converse', 'timberland', 'birkenstock', 'skechers',
  'lululemon', 'underarmour', 'thenorthface', 'northface', 'patagonia', 'canadagoose', 'moncler', 'salomon',
  'levis', 'tommyhilfiger', 'calvinklein', 'ralphlauren', 'lacoste', 'hugoboss', 'michaelkors', 'katespade',
  'pandora', 'swarovski', 'rolex', 'tissot', 'casio', 'seiko', 'rayban', 'oakley', 'louisvuitton', 'gucci',
  'prada', 'chanel', 'hermes', 'balenciaga', 'burberry', 'versace', 'longchamp', 'stoneisland', 'hollister',
  'abercrombie', 'samsung', 'xiaomi', 'huawei', 'oneplus', 'lenovo', 'logitech', 'nintendo', 'playstation',
  'dyson', 'philips', 'karcher', 'bosch', 'makita', 'dewalt', 'festool', 'stihl', 'husqvarna', 'thermomix',
  'lecreuset', 'nespresso', 'delonghi', 'lego', 'playmobil', 'ikea', 'zalando', 'decathlon',
  'amazon', 'aliexpress', 'walmart', 'shein', 'alibaba',
];

/** Brands that are ordinary words: look-alike characters only. */
export const WORD_BRANDS: readonly string[] = ['apple', 'puma', 'coach', 'guess', 'mango', 'fossil', 'omega', 'columbia', 'vans', 'crocs', 'sony', 'bose', 'dior'];

/**
 * Words fake shops add to a brand name ("nike-outlet-sale", "adidasoutletstore").
 * "store" and "shop" are deliberately absent: a brand name plus "shop" is how
 * many authorised resellers name themselves.
 */
export const SALE_WORDS: readonly string[] = [
  'outlet', 'outlets', 'sale', 'sales', 'discount', 'discounts', 'cheap', 'clearance', 'factory', 'deals', 'deal',
  'official', 'offical', 'online', 'outletstore', 'shoes', 'bags', 'uk', 'us', 'usa', 'de', 'eu', 'au', 'ca',
  'austria', 'osterreich', 'deutschland', 'schweiz', 'italia', 'espana', 'france', 'black', 'friday', 'blackfriday',
];
