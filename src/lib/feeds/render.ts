import { Feed } from 'feed';
import type { Message } from '../../i18n';
import type { ChangeEvent } from './events';

/** How many entries a feed keeps: the newest, as feed readers only look at recent ones. */
export const FEED_LIMIT = 100;

/**
 * The authority and year of every entry's and feed's id (RFC 4151 tag URIs). It is fixed, not
 * the site's host, so ids stay the same wherever the site is published.
 */
export const TAG_PREFIX = 'tag:k8s-atlas,2026:';

export interface FeedSpec {
  /** `all`, `releases`, `components/calico`, … */
  name: string;
  /** The locale's id (`en`, `zh-CN`), part of every id so translations are separate entries. */
  locale: string;
  /** The `lang` of its entries. */
  lang: string;
  title: string;
  description: string;
  /** Absolute URLs. */
  homePage: string;
  atomUrl: string;
  jsonUrl: string;
  /** The site's name, as the feed's author. */
  author: string;
  /** The day the feed is as of when it has no entries: the dataset's date. */
  asOf: string;
  events: ChangeEvent[];
  /** Renders a message in the feed's locale. */
  render: (message: Message) => string;
  /** An absolute URL for a page path below the locale's root. */
  pageUrl: (page: string) => string;
  /** Whether the events' prose (in the default language) belongs in this feed. */
  includeDetail: boolean;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The id of an entry: the same for the same event in every build and every feed. */
export const entryId = (locale: string, key: string) => `${TAG_PREFIX}${locale}/${key}`;

/** One feed in Atom 1.0 and JSON Feed, from the same entries. */
export function renderFeed(spec: FeedSpec): { atom: string; json: string } {
  const events = spec.events.slice(0, FEED_LIMIT);
  const updated = dayToDate(events[0]?.date ?? spec.asOf);
  const feed = new Feed({
    id: `${TAG_PREFIX}${spec.locale}/feeds/${spec.name}`,
    title: spec.title,
    description: spec.description,
    link: spec.homePage,
    language: spec.lang,
    updated,
    generator: spec.author,
    feedLinks: { atom: spec.atomUrl, json: spec.jsonUrl },
    author: { name: spec.author, link: spec.homePage },
    copyright: spec.author,
  });
  for (const e of events) {
    const summary = spec.render(e.summary);
    const detail = spec.includeDetail && e.detail ? `<p>${escapeHtml(e.detail)}</p>` : '';
    feed.addItem({
      id: entryId(spec.locale, e.key),
      title: spec.render(e.title),
      link: spec.pageUrl(e.page),
      date: dayToDate(e.date),
      published: dayToDate(e.date),
      description: summary,
      content: `<p>${escapeHtml(summary)}</p>${detail}`,
      category: [{ name: e.kind, term: e.kind }],
    });
  }
  return { atom: feed.atom1(), json: feed.json1() };
}
