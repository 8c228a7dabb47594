import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, fullTextHit, sentenceAround } from '../../../src/lib/search/full-text';

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('excerptSegments', () => {
  it('reads the marks Pagefind writes and decodes its escaped text', () => {
    expect(excerptSegments('logs when <mark>logLevel</mark> &gt;= 9 &amp; more')).toEqual([
      { text: 'logs when ', mark: false },
      { text: 'logLevel', mark: true },
      { text: ' >= 9 & more', mark: false },
    ]);
  });
  it('keeps any other markup as letters, so an excerpt cannot add elements to the page', () => {
    const segments = excerptSegments('a &lt;img src=x onerror=alert(1)&gt; <b>b</b> <mark>c</mark>');
    expect(text(segments)).toBe('a <img src=x onerror=alert(1)> <b>b</b> c');
    expect(marked(segments)).toEqual(['c']);
  });
  it('drops the zero-width spaces Pagefind may put between Chinese words', () => {
    expect(excerptSegments('集群\u200b的\u200b<mark>脚手架</mark>')).toEqual([
      { text: '集群的', mark: false },
      { text: '脚手架', mark: true },
    ]);
  });
  it('leaves unknown or impossible character references as written', () => {
    expect(decodeEntities('&bogus; &#1114112; &#x41;')).toBe('&bogus; &#1114112; A');
  });
});

describe('sentenceAround', () => {
  it('cuts the English sentence holding the first match out of the excerpt', () => {
    const segments = excerptSegments('idea. Each node can announce routes to physical <mark>top-of-rack</mark> routers, so traffic crosses the data centre. Where the');
    expect(text(sentenceAround(segments))).toBe('Each node can announce routes to physical top-of-rack routers, so traffic crosses the data centre.');
    expect(marked(sentenceAround(segments))).toEqual(['top-of-rack']);
  });
  it('cuts a Chinese sentence at the full stop', () => {
    const segments = excerptSegments('节点。宣告对象也可以是物理的<mark>架顶</mark>路由器，这样流量无需封装。下一句');
    expect(text(sentenceAround(segments))).toBe('宣告对象也可以是物理的架顶路由器，这样流量无需封装。');
  });
  it('marks a sentence cut by the excerpt window with an ellipsis, and keeps later marks in it', () => {
    const segments = excerptSegments('runs <mark>etcd</mark> beside the API server and <mark>etcd</mark> backups');
    expect(text(sentenceAround(segments))).toBe('…runs etcd beside the API server and etcd backups…');
    expect(marked(sentenceAround(segments))).toEqual(['etcd', 'etcd']);
  });
  it('does not end a sentence at a version number', () => {
    expect(text(sentenceAround(excerptSegments('Needs Linux 5.13 or newer for <mark>nftables</mark>. Next')))).toBe('…Needs Linux 5.13 or newer for nftables.');
  });
  it('keeps an excerpt without marks whole', () => {
    expect(sentenceAround([{ text: 'a. b', mark: false }])).toEqual([{ text: 'a. b', mark: false }]);
  });
});

describe('fullTextHit', () => {
  const data = {
    url: '/components/calico/',
    excerpt: 'Calico <mark>routes</mark> pods.',
    meta: { title: 'Calico &amp; friends' },
    sub_results: [
      { title: 'Calico &amp; friends', url: '/components/calico/', excerpt: 'no match here', locations: [] },
      { title: 'What it is', url: '/components/calico/#what-it-is', excerpt: 'It <mark>routes</mark> pods over BGP. More', locations: [4] },
      { title: 'Status today', url: '/components/calico/#status-today', excerpt: 'Old <mark>routes</mark> and new <mark>routes</mark>.', locations: [9, 12] },
    ],
  };
  it('links the section with most matches, names it, and shows its sentence', () => {
    const hit = fullTextHit(data);
    expect(hit.url).toBe('/components/calico/#status-today');
    expect(hit.title).toBe('Calico & friends');
    expect(hit.section).toBe('Status today');
    expect(text(hit.excerpt)).toBe('…Old routes and new routes.');
  });
  it('falls back to the page and its excerpt when no section holds the words', () => {
    const hit = fullTextHit({ ...data, sub_results: [] });
    expect(hit).toMatchObject({ url: '/components/calico/', title: 'Calico & friends' });
    expect(hit.section).toBeUndefined();
    expect(text(hit.excerpt)).toBe('…Calico routes pods.');
  });
});
