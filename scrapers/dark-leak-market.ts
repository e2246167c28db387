import { defineScraper } from '../src/sources/scrapers/define-scraper.js';
import { toIsoDate } from '../src/sources/scraped-item.js';

/**
 * Dark Leak Market: a leak-sale shop. Each `#content .post` is a listing: "<Month>, <year> /
 * Price: $N", a title linking to `page.php?pid=N`, a teaser, and "N Views / N SOLD". The
 * "Fresh/Popular Leaks" sidebars repeat titles of other pages and are left out. Paginated
 * `index.php?page=N`, with a "Next" link.
 */
export default defineScraper({
  id: 'dark-leak-market',
  name: 'Dark Leak Market',
  description: 'Onion shop selling leaked databases; one item per priced listing.',
  kind: 'market',
  url: 'http://aby6efzmp7jzbwgidgqc6ghxi2vwpo6d7eaood5xuoxutrfofsmzcjqd.onion/',
  schedule: '41 */3 * * *',
  needs: ['tor'],
  recorded: { file: 'dark-leak-market.html', minItems: 6 },
  parse: ({ $, url }) => $('#content .post').toArray().map((node) => {
    const post = $(node);
    const heading = post.find('h2 a').first();
    const href = heading.attr('href') ?? '';
    const pid = /pid=(\d+)/.exec(href)?.[1];
    const details1 = post.find('.details1').text().replace(/\s+/g, ' ').trim();
    const details2 = post.find('.details2').text().replace(/\s+/g, ' ').trim();
    const price = /Price:\s*\$\s*([\d,.]+)/i.exec(details1)?.[1];
    const month = /^([A-Z][a-z]+,? \d{4})/.exec(details1)?.[1];
    // Bounded runs: an unbounded `[\d,]+` rescans a long run of commas from every start (issue 13).
    const views = /(\d[\d,]{0,15})\s*Views/i.exec(details2)?.[1];
    const sold = /(\d[\d,]{0,15})\s*SOLD/i.exec(details2)?.[1];
    const title = heading.text().replace(/\s+/g, ' ').trim();
    const teaser = post.find('.content p').first().text().replace(/\s+/g, ' ').trim();
    const publishedAt = month ? toIsoDate(`1 ${month.replace(',', '')}`) : undefined;
    return {
      externalId: pid ? `pid-${pid}` : href || title,
      title,
      body: [teaser, price ? `Price: $${price}` : ''].filter(Boolean).join('\n'),
      ...(href ? { url: new URL(href, url).href } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      meta: {
        ...(price ? { priceUsd: Number(price.replace(/,/g, '')) } : {}),
        ...(views ? { views: Number(views.replace(/,/g, '')) } : {}),
        ...(sold ? { sold: Number(sold.replace(/,/g, '')) } : {}),
        ...(month ? { dateText: month } : {}),
      },
    };
  }),
  nextPageUrl: ({ $, url }) => {
    const next = $('.pagination a').filter((_, link) => /next/i.test($(link).text())).attr('href');
    return next ? new URL(next, url).href : undefined;
  },
});
