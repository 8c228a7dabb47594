import type { Message } from '../../i18n';
import type { ProseRef } from '../format/prose';
import type { DatasetSource, KubeProxyDataset, ProxyLine } from '../../schemas/kube-proxy-dataset';
import { proxyModes, type ProxyMode } from './model';

/**
 * Which kube-proxy mode to use today, worked out from the dataset's milestones, default and
 * requirements and from the Kubernetes lines the project supports today. The sentences are
 * texts of content/pages/kube-proxy.yaml; this only chooses them and fills their values, so no
 * version is typed into the prose.
 */

/** The advice, as page texts and the sources they rest on. */
export interface ModeAdvice {
  /** The mode to use. */
  mode: ProxyMode;
  /** The Kubernetes minor version in which it became stable. */
  since: string;
  /** Modes deprecated so far, each with the version that deprecated it. */
  deprecated: { mode: ProxyMode; version: string }[];
  /** True when every line the project supports today has the mode as stable. */
  everySupportedLine: boolean;
  /** The short answer: use this mode. */
  headline: ProseRef;
  /** Why, in reading order. */
  reasons: ProseRef[];
  /** What to do when switching: set the mode (it is not the default), what nodes need. */
  switching: ProseRef[];
  /** The settings that choose the mode, as a reader types them (config file, command line). */
  settings: string[];
  /** The documents behind `headline` and `reasons`, each once, in order of use. */
  sources: DatasetSource[];
  /** The documents behind `switching`. */
  switchingSources: DatasetSource[];
}

const minorOf = (version: string) => Number(version.split('.')[1]);
const modeName = (line: ProxyLine): Message => ({ key: `kubeProxy.line.${line}` });
const isMode = (line: ProxyLine): line is ProxyMode => (proxyModes as readonly string[]).includes(line);

/** The page text for a requirement on some node software. */
const requirementText = { 'linux-kernel': 'adviceKernel', nft: 'adviceNft' } as const;

/**
 * The advice for a reader today. The mode to use is the one whose latest milestone is
 * "stable", the most recent such; a mode that has a "deprecated" milestone is never chosen.
 * `supportedLines` are the Kubernetes lines the project maintains today (such as
 * `maintainedOn(entries, today)` gives). Undefined when no mode qualifies, so the page says
 * nothing rather than guess.
 */
export function modeAdvice(dataset: Pick<KubeProxyDataset, 'milestones' | 'sources' | 'defaultMode' | 'requirements'>, supportedLines: readonly string[]): ModeAdvice | undefined {
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const byMode = new Map<ProxyMode, KubeProxyDataset['milestones']>();
  for (const m of dataset.milestones) if (isMode(m.line)) byMode.set(m.line, [...(byMode.get(m.line) ?? []), m]);
  const latest = (mode: ProxyMode) => [...(byMode.get(mode) ?? [])].sort((a, b) => minorOf(a.version) - minorOf(b.version)).at(-1);
  const deprecatedMilestones = dataset.milestones.filter((m) => m.stage === 'deprecated' && isMode(m.line));
  const candidates = proxyModes
    .map((mode) => ({ mode, milestone: latest(mode) }))
    .filter((c) => c.milestone?.stage === 'stable' && !deprecatedMilestones.some((d) => d.line === c.mode))
    .sort((a, b) => minorOf(b.milestone!.version) - minorOf(a.milestone!.version));
  const chosen = candidates[0];
  if (!chosen?.milestone) return undefined;
  const { mode } = chosen;
  const since = chosen.milestone.version;

  const lines = [...supportedLines].sort((a, b) => minorOf(a) - minorOf(b));
  const older = lines.filter((l) => minorOf(l) < minorOf(since));
  const everySupportedLine = lines.length > 0 && older.length === 0;
  const reasons: ProseRef[] = [
    lines.length === 0
      ? { text: 'adviceStable', params: { mode: modeName(mode), since } }
      : everySupportedLine
        ? { text: 'adviceStableEverywhere', params: { mode: modeName(mode), since, lines } }
        : { text: 'adviceStableSome', params: { mode: modeName(mode), since, lines, older } },
    ...deprecatedMilestones.map((d) => ({ text: 'adviceDeprecated', params: { mode: modeName(d.line), version: d.version, replacement: modeName(mode) } })),
  ];
  const sources = unique([chosen.milestone.source, ...deprecatedMilestones.map((d) => d.source)], sourceById);

  const defaultMode = dataset.defaultMode;
  const requirements = dataset.requirements.filter((r) => r.line === mode);
  const switching: ProseRef[] = [
    ...(defaultMode && defaultMode.line !== mode ? [{ text: 'adviceDefault', params: { default: modeName(defaultMode.line), mode: modeName(mode) } }] : []),
    ...requirements.map((r) => ({ text: requirementText[r.software], params: { mode: modeName(mode), version: r.minimum } })),
  ];
  const switchingSources = unique([...(defaultMode && defaultMode.line !== mode ? [defaultMode.source] : []), ...requirements.map((r) => r.source)], sourceById);

  return {
    mode,
    since,
    deprecated: deprecatedMilestones.map((d) => ({ mode: d.line as ProxyMode, version: d.version })),
    everySupportedLine,
    headline: { text: 'adviceHeadline', params: { mode: modeName(mode) } },
    reasons,
    switching,
    settings: defaultMode && defaultMode.line !== mode ? [`${defaultMode.configKey}: ${mode}`, `${defaultMode.flag} ${mode}`] : [],
    sources,
    switchingSources,
  };
}

function unique(ids: string[], byId: ReadonlyMap<string, DatasetSource>): DatasetSource[] {
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
