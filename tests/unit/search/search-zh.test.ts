import { describe, expect, it } from 'vitest';
import { applySynonyms, createSearch, segmentQuery } from '../../../src/lib/search/engine';
import { zhIndex } from './search-fixture-zh';

const search = createSearch(zhIndex);
const urls = (query: string, n = 5) => search(query).slice(0, n).map((h) => h.record.url);

describe('Chinese queries', () => {
  it('网关 finds the Gateway API and the gateways built on it', () => {
    expect(urls('网关')).toEqual(expect.arrayContaining(['/zh-cn/components/gateway-api/', '/zh-cn/components/envoy-gateway/']));
  });

  it('入口控制器, a word the glossary avoids, finds the Ingress controllers', () => {
    const hits = search('入口控制器');
    expect(hits[0]!.record.url).toBe('/zh-cn/categories/ingress/');
    expect(hits.map((h) => h.record.url)).toEqual(expect.arrayContaining(['/zh-cn/components/ingress-nginx/', '/zh-cn/components/traefik/']));
    // What matched is marked, in the site's own words.
    expect(hits[0]!.title.filter((s) => s.mark).map((s) => s.text).join('')).toContain('控制器');
  });

  it('日志收集 finds log collection, as the glossary says the site writes it (日志采集)', () => {
    const hits = search('日志收集');
    expect(hits[0]!.record.url).toBe('/zh-cn/guides/logging/');
    expect(hits.map((h) => h.record.url)).toContain('/zh-cn/components/fluentd/');
    expect(hits[0]!.title.filter((s) => s.mark).map((s) => s.text).join('')).toBe('日志采集');
  });

  it('版本选择 finds the version picker', () => {
    expect(search('版本选择')[0]!.record.url).toBe('/zh-cn/versions/');
  });

  it('a phrase found nowhere as typed is split into words, each of which must appear', () => {
    expect(segmentQuery('日志采集方案')).toBe('日志 采集 方案');
    expect(segmentQuery('日志的采集')).toBe('日志 采集');
    expect(segmentQuery('kube-proxy 模式')).toBe('kube-proxy 模式');
    expect(urls('容器日志方案', 3)).toContain('/zh-cn/guides/logging/');
  });

  it('maps the words readers type to the glossary’s terms', () => {
    const synonyms = zhIndex.synonyms ?? {};
    expect(applySynonyms('入口控制器', synonyms)).toBe('Ingress 控制器');
    expect(applySynonyms('日志收集工具', synonyms)).toBe('日志采集 工具');
    expect(applySynonyms('apiserver', synonyms)).toBe('API 服务器');
    expect(applySynonyms('calico', synonyms)).toBe('calico');
  });
});

describe('the Chinese index', () => {
  it('still finds English names, and leads to the Chinese pages', () => {
    expect(search('Calico')[0]!.record.url).toBe('/zh-cn/components/calico/');
    expect(search('Network plugins')[0]!.record.url).toBe('/zh-cn/categories/networking/');
    expect(search('Tuning a cluster')[0]!.record.url).toBe('/zh-cn/guides/cluster-tuning/');
    expect(zhIndex.records.every((r) => r.url.startsWith('/zh-cn/'))).toBe(true);
  });

  it('holds Chinese titles, summaries and sections, with the English anchors', () => {
    const category = zhIndex.records.find((r) => r.url === '/zh-cn/categories/networking/')!;
    expect(category.title).toBe('网络插件');
    const section = zhIndex.records.find((r) => r.url === '/zh-cn/guides/cluster-tuning/#network-mtu')!;
    expect(section.title).toBe('网络 MTU');
    expect(zhIndex.records.find((r) => r.url === '/zh-cn/components/flannel/')!.summary).toMatch(/^小巧的 CNI 网络方案/);
  });
});
