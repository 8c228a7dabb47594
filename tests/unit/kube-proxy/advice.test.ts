import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { modeAdvice } from '../../../src/lib/kube-proxy/advice';
import type { KubeProxyDataset } from '../../../src/schemas/kube-proxy-dataset';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataset = checkContent(root).content.datasets.find((d) => d.id === 'kube-proxy')!.data!;

// A small made-up dataset, so each rule can be seen on its own.
const source = (id: string) => ({ id, url: `https://example.org/${id}`, title: id, checked: '2026-01-01' });
const fixture: Pick<KubeProxyDataset, 'milestones' | 'sources' | 'defaultMode' | 'requirements'> = {
  sources: [source('kep'), source('release'), source('blog')],
  milestones: [
    { line: 'nftables', stage: 'alpha', version: '1.29', source: 'kep' },
    { line: 'nftables', stage: 'beta', version: '1.31', source: 'kep' },
    { line: 'nftables', stage: 'stable', version: '1.33', source: 'kep' },
    { line: 'ipvs', stage: 'deprecated', version: '1.35', source: 'release' },
  ],
  defaultMode: { line: 'iptables', configKey: 'mode', flag: '--proxy-mode', source: 'blog' },
  requirements: [
    { line: 'nftables', software: 'linux-kernel', minimum: '5.13', source: 'blog' },
    { line: 'nftables', software: 'nft', minimum: '1.0.0', source: 'blog' },
  ],
};
const mode = (line: string) => ({ key: `kubeProxy.line.${line}` });

describe('which kube-proxy mode to use', () => {
  it('recommends the mode that became stable, and says every supported line has it', () => {
    const advice = modeAdvice(fixture, ['1.36', '1.35'])!;
    expect(advice.mode).toBe('nftables');
    expect(advice.since).toBe('1.33');
    expect(advice.everySupportedLine).toBe(true);
    expect(advice.headline).toEqual({ text: 'adviceHeadline', params: { mode: mode('nftables') } });
    expect(advice.reasons).toEqual([
      // The lines are listed oldest first, whatever order they come in.
      { text: 'adviceStableEverywhere', params: { mode: mode('nftables'), since: '1.33', lines: ['1.35', '1.36'] } },
      { text: 'adviceDeprecated', params: { mode: mode('ipvs'), version: '1.35', replacement: mode('nftables') } },
    ]);
    expect(advice.deprecated).toEqual([{ mode: 'ipvs', version: '1.35' }]);
    expect(advice.sources.map((s) => s.id)).toEqual(['kep', 'release']);
  });

  it('names the supported lines that are older than the stable release', () => {
    const advice = modeAdvice(fixture, ['1.32', '1.33', '1.34'])!;
    expect(advice.everySupportedLine).toBe(false);
    expect(advice.reasons[0]).toEqual({ text: 'adviceStableSome', params: { mode: mode('nftables'), since: '1.33', lines: ['1.32', '1.33', '1.34'], older: ['1.32'] } });
  });

  it('says only when it became stable when no supported line is known', () => {
    expect(modeAdvice(fixture, [])!.reasons[0]).toEqual({ text: 'adviceStable', params: { mode: mode('nftables'), since: '1.33' } });
  });

  it('tells a reader to set the mode, since the default is another, and what nodes need', () => {
    const advice = modeAdvice(fixture, ['1.35'])!;
    expect(advice.switching).toEqual([
      { text: 'adviceDefault', params: { default: mode('iptables'), mode: mode('nftables') } },
      { text: 'adviceKernel', params: { mode: mode('nftables'), version: '5.13' } },
      { text: 'adviceNft', params: { mode: mode('nftables'), version: '1.0.0' } },
    ]);
    expect(advice.settings).toEqual(['mode: nftables', '--proxy-mode nftables']);
    expect(advice.switchingSources.map((s) => s.id)).toEqual(['blog']);
  });

  it('never recommends a deprecated mode, a mode whose latest stage is not stable, or nothing at all', () => {
    const ipvsStable = { ...fixture, milestones: [...fixture.milestones, { line: 'ipvs' as const, stage: 'stable' as const, version: '1.36', source: 'kep' }] };
    expect(modeAdvice(ipvsStable, ['1.36'])!.mode).toBe('nftables');
    const onlyBeta = { ...fixture, milestones: fixture.milestones.filter((m) => m.stage !== 'stable') };
    expect(modeAdvice(onlyBeta, ['1.36'])).toBeUndefined();
    expect(modeAdvice({ ...fixture, milestones: [] }, ['1.36'])).toBeUndefined();
  });

  it('leaves out the default when it is already the recommended mode', () => {
    const advice = modeAdvice({ ...fixture, defaultMode: { line: 'nftables', configKey: 'mode', flag: '--proxy-mode', source: 'blog' } }, ['1.36'])!;
    expect(advice.switching.map((s) => s.text)).toEqual(['adviceKernel', 'adviceNft']);
    expect(advice.settings).toEqual([]);
  });

  it('gives, for the real data today, nftables since 1.33 and IPVS deprecated in 1.35', () => {
    const advice = modeAdvice(dataset, ['1.35', '1.36'])!;
    expect({ mode: advice.mode, since: advice.since, deprecated: advice.deprecated }).toEqual({ mode: 'nftables', since: '1.33', deprecated: [{ mode: 'ipvs', version: '1.35' }] });
    // Its sources are the project's own: the KEP and the release announcement.
    expect(advice.sources.map((s) => s.url)).toEqual([
      'https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/3866-nftables-proxy/kep.yaml',
      'https://kubernetes.io/blog/2025/12/17/kubernetes-v1-35-release/',
    ]);
  });
});
