import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { en } from '../../../src/i18n/en';
import { zhCn } from '../../../src/i18n/zh-cn';
import { translator } from '../../../src/i18n';
import { localePath, pagePathOf, translatedPath } from '../../../src/lib/format/paths';
import { absoluteUrl, defaultSiteOrigin, siteOrigin } from '../../../src/lib/format/site';
import { placeholdersOf } from '../../../src/lib/translation/body';

const glossary = yaml.load(readFileSync(fileURLToPath(new URL('../../../content/zh-cn/glossary.yaml', import.meta.url)), 'utf8')) as { en: string; zh: string; avoid?: string[] }[];

describe('the Chinese interface dictionary', () => {
  const keys = Object.keys(en) as (keyof typeof en)[];

  it('has every key of the English one and no other', () => {
    expect(Object.keys(zhCn).sort()).toEqual([...keys].sort());
  });

  it('fills the same placeholders as the English', () => {
    const differ = keys.filter((k) => placeholdersOf(en[k]).join() !== placeholdersOf(zhCn[k]).join());
    expect(differ).toEqual([]);
  });

  it('uses full-width punctuation in Chinese sentences and a space between Chinese and Latin letters or digits', () => {
    const han = '\\p{Script=Han}';
    const halfWidth = new RegExp(`${han}[,.;:!?()]|[,;:!?(]${han}`, 'u');
    const glued = new RegExp(`${han}[A-Za-z0-9]|[A-Za-z0-9]${han}`, 'u');
    // Formulas keep their mathematical brackets.
    expect(keys.filter((k) => !k.startsWith('kubeProxy.formula.') && halfWidth.test(zhCn[k]))).toEqual([]);
    expect(keys.filter((k) => glued.test(zhCn[k]))).toEqual([]);
  });

  it('writes every glossary term as the glossary does', () => {
    const avoided = glossary.flatMap((term) => (term.avoid ?? []).map((word) => ({ word, term })));
    const uses = keys.flatMap((k) => avoided.filter(({ word }) => zhCn[k].includes(word)).map(({ word, term }) => `${k}: "${word}" (write "${term.zh}")`));
    expect(uses).toEqual([]);
  });

  it('counts and formats for zh-CN through Intl', () => {
    const t = translator('zh-CN');
    expect(t.count(1, 'component')).toBe('1 个组件');
    expect(t.count(12, 'component')).toBe('12 个组件');
    expect(t.date('2026-11-25')).toBe('2026年11月25日');
    expect(t.month('2019-06')).toBe('2019年6月');
    expect(t.number(20000)).toBe('20,000');
    expect(t.list(['iptables', 'IPVS', 'nftables'])).toBe('iptables、IPVS、nftables');
    expect(t('comparison.caption', { category: '网络插件' })).toBe('网络插件对比');
    expect(translator('en').date('2026-11-25')).toBe('2026-11-25');
  });
});

describe('paths of each locale', () => {
  it('put Chinese pages under /zh-cn/ with the English slugs', () => {
    expect(localePath('zh-CN', 'components/calico/', '/')).toBe('/zh-cn/components/calico/');
    expect(localePath('en', 'components/calico/', '/atlas/')).toBe('/atlas/components/calico/');
    expect(translatedPath('/atlas/zh-cn/guides/logging/', 'en', '/atlas/')).toBe('/atlas/guides/logging/');
    expect(translatedPath('/guides/logging/', 'zh-CN', '/')).toBe('/zh-cn/guides/logging/');
    expect(pagePathOf('/zh-cn/', '/')).toEqual({ locale: 'zh-CN', path: '' });
    expect(pagePathOf('/zh-cnx/', '/')).toEqual({ locale: 'en', path: 'zh-cnx/' });
  });

  it('are made absolute with SITE_URL’s origin, or the documented default', () => {
    expect(siteOrigin(undefined)).toBe(defaultSiteOrigin);
    expect(siteOrigin('https://atlas.example.org/some/path')).toBe('https://atlas.example.org');
    expect(() => siteOrigin('atlas.example.org')).toThrow(/SITE_URL must be an absolute URL/);
    expect(absoluteUrl('/zh-cn/versions/', 'https://atlas.example.org')).toBe('https://atlas.example.org/zh-cn/versions/');
  });
});
