import { defineScraper } from '../src/sources/scrapers/define-scraper.js';
import { toIsoDate } from '../src/sources/scraped-item.js';

/**
 * The Lorenz ransomware group's leak site: one page, a sidebar "Company list" and a panel per
 * victim (`div.panel-primary#compNN`: name, "Posted <date>", the victim's site, a size or data
 * tag, "Uploaded N% files", then links to the stolen archives, which are never followed).
 * Green `panel-success` panels ("Paid for the providing confidentiality…") are not victims.
 */
export default defineScraper({
  id: 'lorenz',
  name: 'Lorenz leak site',
  description: 'Data-leak site of the Lorenz ransomware group; one item per victim panel.',
  kind: 'dls',
  url: 'http://lorenzmlwpzgxq736jzseuterytjueszsvznuibanxomlpkyxk6ksoyd.onion/',
  schedule: '23 */2 * * *',
  needs: ['tor'],
  recorded: { file: 'lorenz.html', minItems: 70 },
  parse: ({ $, url }) => $('div.panel.panel-primary[id^="comp"]').toArray().map((node) => {
    const panel = $(node);
    const heading = panel.children('.panel-heading').first();
    const name = heading.find('h3').first().text().replace(/\s+/g, ' ').trim()
      || $(`a[href="#${panel.attr('id')}"]`).first().text().trim();
    // "Posted Dec 01, 2022." and once "Posted Jul 27, 2021 Updated Mar 15, 2022.": the first date is the post.
    const posted = /Posted\s+([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})/.exec(heading.text())?.[1];
    const website = heading.find('a[href^="http"]').first().attr('href')?.trim();
    const tags = heading.find('.label, .badge').toArray().map((tag) => $(tag).text().trim()).filter(Boolean);
    const uploaded = panel.find('.progress-bar').first().text().replace(/\s+/g, ' ').trim();
    const publishedAt = posted ? toIsoDate(posted) : undefined;
    return {
      externalId: panel.attr('id')!,
      title: name,
      victim: { name, ...(website ? { website } : {}) },
      body: [`Lorenz ransomware leak site lists ${name}${website ? ` (${website})` : ''} as a victim.`, ...tags, uploaded].filter(Boolean).join('\n'),
      url: new URL(`#${panel.attr('id')}`, url).href,
      ...(publishedAt ? { publishedAt } : {}),
      meta: { group: 'lorenz', ...(website ? { website } : {}), ...(tags.length > 0 ? { tags } : {}), ...(uploaded ? { uploaded } : {}), ...(posted ? { postedText: posted } : {}) },
    };
  }),
});
