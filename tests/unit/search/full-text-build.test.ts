import { describe, expect, it } from 'vitest';
import { bundlesByLocale, fullTextPages, isPublishedBundleFile, withIndexedTitle } from '../../../src/lib/search/full-text-build';

const files = [
  'zh-cn/components/calico/index.html',
  'index.html',
  '404.html',
  'zh-cn/404.html',
  'search/index.html',
  'zh-cn/search/index.html',
  'components/calico/index.html',
  'guides/ci-cd/index.html',
  'pagefind/whatever.html',
  'compare/calico-vs-cilium/index.html',
  'zh-cn/compare/cilium-vs-calico/index.html',
  'compare/index.html',
  'search-index.json',
];

describe('fullTextPages', () => {
  it('indexes every page but the error pages, the search pages and the pair pages, in a fixed order', () => {
    expect(fullTextPages(files, '/')).toEqual([
      { file: 'compare/index.html', url: '/compare/' },
      { file: 'components/calico/index.html', url: '/components/calico/' },
      { file: 'guides/ci-cd/index.html', url: '/guides/ci-cd/' },
      { file: 'index.html', url: '/' },
      { file: 'zh-cn/components/calico/index.html', url: '/zh-cn/components/calico/' },
    ]);
  });
  it('gives addresses under the base path', () => {
    expect(fullTextPages(['components/calico/index.html', 'index.html'], '/atlas').map((p) => p.url)).toEqual(['/atlas/components/calico/', '/atlas/']);
  });
});

describe('bundlesByLocale', () => {
  it('puts each locale\'s pages in its own bundle folder', () => {
    const bundles = bundlesByLocale(fullTextPages(files, '/'), ['', 'zh-cn/']);
    expect([...bundles.keys()]).toEqual(['pagefind/', 'zh-cn/pagefind/']);
    expect(bundles.get('pagefind/')!.map((p) => p.url)).toEqual(['/compare/', '/components/calico/', '/guides/ci-cd/', '/']);
    expect(bundles.get('zh-cn/pagefind/')!.map((p) => p.url)).toEqual(['/zh-cn/components/calico/']);
  });
});

describe('isPublishedBundleFile', () => {
  it('keeps what the site loads and drops Pagefind\'s own interfaces and worker', () => {
    const kept = ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind.zh-cn_543b3c472180b.pf_meta', 'index/en_3581a4a.pf_index', 'fragment/zh-cn_72e35d1.pf_fragment', 'filter/en_1a.pf_filter'];
    const dropped = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'pagefind-worker.js', 'playground/index.html'];
    expect(kept.filter(isPublishedBundleFile)).toEqual(kept);
    expect(dropped.filter(isPublishedBundleFile)).toEqual([]);
  });
});

describe('withIndexedTitle', () => {
  it('gives Pagefind the page\'s own title, escaped, at the start of <main>', () => {
    const html = '<html><body><main id="main" class="site-main"><h1>面向 <span lang="en">CI/CD</span></h1></main></body></html>';
    expect(withIndexedTitle(html, 'A "quoted" <title> & more')).toBe(
      '<html><body><main id="main" class="site-main"><meta data-pagefind-meta="title[content]" content="A &quot;quoted&quot; &lt;title&gt; &amp; more"><h1>面向 <span lang="en">CI/CD</span></h1></main></body></html>',
    );
    expect(withIndexedTitle(html, '')).toBe(html);
  });
});
