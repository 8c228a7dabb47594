import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, filesUnder, readBuilt, readJson, subpathDir } from './build-files';

// The change feeds as built: valid Atom and JSON Feed with the same entries, and entry ids that
// do not depend on the build (the sub-path build is a second build of the same commit).

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category'].includes(name) });

function atomIds(dir: string): Map<string, string[]> {
  return new Map(filesUnder(dir, '.atom').map((path) => [path, (parser.parse(readBuilt(path, dir)).feed.entry ?? []).map((e: { id: string }) => e.id)]));
}

test('every Atom feed is valid, with the elements RFC 4287 requires', () => {
  const feeds = filesUnder(distDir, '.atom');
  expect(feeds).toEqual(expect.arrayContaining(['feeds/all.atom', 'feeds/releases.atom', 'feeds/components/calico.atom', 'feeds/matrices/ingress.atom']));
  for (const path of feeds) {
    const xml = readBuilt(path);
    expect(SyntaxValidator.validate(xml), path).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed['@_xmlns'], path).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) expect(feed[field], `${path} ${field}`).toBeTruthy();
    expect(feed.author?.name ?? feed.entry?.every((e: { author?: unknown }) => e.author), `${path} author`).toBeTruthy();
    expect(feed.link.some((l: Record<string, string>) => l['@_rel'] === 'self' && !!l['@_href']?.endsWith(path)), `${path} self link`).toBe(true);
    for (const entry of feed.entry ?? []) {
      expect(entry.id, path).toMatch(/^tag:k8s-atlas,2026:/);
      expect(entry.updated, path).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(entry.link[0]['@_href'], path).toMatch(/^https?:\/\//);
    }
  }
});

test('each JSON Feed has the same entries as its Atom feed, and no entry is in the future', () => {
  const asOf = readJson('api/v1/index.json').generated_at;
  for (const path of filesUnder(join(distDir, 'feeds'), '.json')) {
    const json = readJson(`feeds/${path}`);
    expect(json.version, path).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(json.title, path).toBeTruthy();
    const atom = parser.parse(readBuilt(`feeds/${path.replace(/\.json$/, '.atom')}`)).feed;
    expect(json.items.map((i: { id: string }) => i.id), path).toEqual((atom.entry ?? []).map((e: { id: string }) => e.id));
    for (const item of json.items) expect(item.date_modified.slice(0, 10) <= asOf, `${path}: ${item.id} is after ${asOf}`).toBe(true);
  }
});

test('the feeds hold what they promise', () => {
  const releases = readJson('feeds/releases.json').items.map((i: { id: string }) => i.id);
  expect(releases.some((id: string) => /kubernetes\/v1\.\d+\.\d+$/.test(id))).toBe(true);
  expect(releases.some((id: string) => /end-of-life$/.test(id))).toBe(true);
  const all = readJson('feeds/all.json').items.map((i: { id: string }) => i.id);
  expect(all.some((id: string) => id.includes('/status/'))).toBe(true);
  expect(all.some((id: string) => id.includes('/checked/'))).toBe(true);
  const nginx = readJson('feeds/components/ingress-nginx.json').items.map((i: { id: string }) => i.id);
  expect(nginx.every((id: string) => id.includes('/ingress-nginx/'))).toBe(true);
});

test('entry ids are the same in two builds, whatever their base path', () => {
  test.skip(!existsSync(join(subpathDir, 'feeds/all.atom')), 'no sub-path build in dist-atlas/ (npm run build:subpath)');
  const first = atomIds(distDir);
  const second = atomIds(subpathDir);
  expect([...second.keys()]).toEqual([...first.keys()]);
  for (const [path, ids] of first) expect(second.get(path), path).toEqual(ids);
  expect([...first.values()].flat().length).toBeGreaterThan(50);
});
