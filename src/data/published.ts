import { loadAllCollections } from './index';
import { buildApi, jsonSchemas, type ApiBuild, type ApiFile, type FeedRef } from '../lib/api/build';
import { changeEvents, eventsOf, feedNames, type ChangeEvent } from '../lib/feeds/events';
import { renderFeed } from '../lib/feeds/render';
import { sitePath } from '../lib/format/paths';
import { siteUrl } from '../lib/format/site';
import { defaultLocale, localeInfo, locales, type Locale } from '../i18n/locales';
import { translator } from '../i18n';
import type { ComponentData } from '../schemas/component';
import type { Matrix } from '../schemas/matrix';
import type { ReleaseLine } from '../schemas/release';

/**
 * What the site publishes besides its pages: the JSON API, its JSON Schemas and the change
 * feeds, built once per build from every collection and shared by the routes that write them.
 */

/** An absolute URL for a path below the site's base. */
export function absoluteUrl(pathBelowBase: string): string {
  return new URL(sitePath(pathBelowBase), `${import.meta.env.SITE ?? siteUrl()}/`).href;
}

/** A feed's files below the site's base, for a locale. */
export function feedPaths(locale: Locale, name: string): { atom: string; jsonFeed: string } {
  const prefix = `${localeInfo[locale].pathPrefix}feeds/${name}`;
  return { atom: `${prefix}.atom`, jsonFeed: `${prefix}.json` };
}

export interface Published {
  api: ApiBuild;
  /** Every API file: data, JSON Schemas. */
  apiFiles: ApiFile[];
  events: ChangeEvent[];
  feeds: { locale: Locale; name: string; atom: string; jsonFeed: string; atomPath: string; jsonPath: string }[];
}

let cached: Promise<Published> | undefined;

/** The API and the feeds, computed once per build (and afresh on every request under astro dev). */
export function loadPublished(): Promise<Published> {
  if (import.meta.env.DEV) return compute();
  cached ??= compute();
  return cached;
}

async function compute(): Promise<Published> {
  const collections = await loadAllCollections();
  const entries = (name: string) => collections.find((c) => c.name === name)?.entries ?? [];
  const components = entries('components').map((e) => ({ id: e.id, data: e.data as unknown as ComponentData }));
  const matrices = entries('matrices').map((e) => e.data as unknown as Matrix);
  const releases = entries('releases').map((e) => e.data as unknown as ReleaseLine);
  const names = feedNames({ components, matrices });
  const feedRefs: FeedRef[] = locales.flatMap((locale) =>
    names.map((name) => ({ name, lang: localeInfo[locale].lang, ...feedPaths(locale, name) })),
  );
  const api = buildApi(collections, { url: absoluteUrl, feeds: feedRefs });
  const events = changeEvents({ releases, components, matrices, asOf: api.generatedAt });
  const feeds = locales.flatMap((locale) => {
    const t = translator(locale);
    const prefix = localeInfo[locale].pathPrefix;
    const componentNames = new Map(components.map((c) => [c.id, c.data.name]));
    const matrixTitles = new Map(matrices.map((m) => [m.id, m.title]));
    return names.map((name) => {
      const [kind, id = ''] = name.split('/');
      const title =
        kind === 'components' ? t('feed.title.component', { name: componentNames.get(id) ?? id })
        : kind === 'matrices' ? t('feed.title.matrix', { matrix: matrixTitles.get(id) ?? id })
        : kind === 'releases' ? t('feed.title.releases')
        : t('feed.title.all');
      const home = kind === 'components' ? `components/${id}/` : kind === 'matrices' ? `compare/${id}/` : kind === 'releases' ? 'versions/' : '';
      const paths = feedPaths(locale, name);
      const { atom, json } = renderFeed({
        name,
        locale,
        lang: t.lang,
        title: `${title} · ${t('site.name')}`,
        description: t('feed.description'),
        homePage: absoluteUrl(`${prefix}${home}`),
        atomUrl: absoluteUrl(paths.atom),
        jsonUrl: absoluteUrl(paths.jsonFeed),
        author: t('site.name'),
        asOf: api.generatedAt,
        events: eventsOf(name, events),
        render: t.message,
        pageUrl: (page) => absoluteUrl(`${prefix}${page}`),
        includeDetail: locale === defaultLocale,
      });
      return { locale, name, atom, jsonFeed: json, atomPath: paths.atom, jsonPath: paths.jsonFeed };
    });
  });
  return { api, apiFiles: [...api.files, ...jsonSchemas(api, absoluteUrl)], events, feeds };
}
