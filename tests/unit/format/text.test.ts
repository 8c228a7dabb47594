import { describe, expect, it } from 'vitest';
import { displayUrl, langOf } from '../../../src/lib/format/text';

describe('displayUrl', () => {
  it('keeps the path, which tells repositories on one host apart', () => {
    expect(displayUrl('https://github.com/kubernetes-retired/dashboard/')).toBe('github.com/kubernetes-retired/dashboard');
  });
  it('shows only the host for a site root', () => {
    expect(displayUrl('https://helm.sh/')).toBe('helm.sh');
  });
});

describe('langOf', () => {
  it('marks Chinese text and leaves the rest alone', () => {
    expect(langOf('镜像仓库')).toBe('zh-CN');
    expect(langOf('Harbor')).toBeUndefined();
  });
});
