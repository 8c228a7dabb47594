import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { inactiveStates } from '../../../src/schemas/component';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { content } = checkContent(root);
const components = new Map(content.components.flatMap((c) => (c.data ? [[c.id, c.data] as const] : [])));

/**
 * The components the 2020 survey names, and the successors readers need, by id. This list is
 * the catalog's scope (issue 4), not facts about the components: those stay in content/.
 */
const surveyScope = {
  'container-platforms': ['openshift', 'kubesphere', 'rancher'],
  deployment: ['rke', 'kops', 'kubeadm', 'sealos', 'kubeasz', 'kubespray'],
  'node-os': ['photon-os', 'container-linux', 'rancheros'],
  'control-plane': ['etcd', 'coredns', 'kube-dns'],
  networking: ['flannel', 'calico', 'nsx-t'],
  storage: ['nfs', 'vsphere-vsan', 'glusterfs', 'ceph', 'rook'],
  logging: ['elasticsearch', 'logstash', 'kibana', 'fluentd'],
  monitoring: ['cadvisor', 'heapster', 'influxdb', 'grafana', 'prometheus', 'alertmanager', 'node-exporter', 'prometheus-operator', 'kube-state-metrics'],
  'ci-cd': ['jenkins', 'gitlab-ci', 'drone'],
  registries: ['harbor', 'quay', 'clair'],
  'cluster-tuning': ['kube-proxy'],
  security: ['cis-kubernetes-benchmark', 'tuf', 'kube-score'],
  ingress: ['ingress-nginx', 'nginx-ingress', 'traefik', 'haproxy-ingress', 'contour', 'f5-bigip-ctlr'],
  tooling: ['kubernetes-dashboard', 'octant', 'kuboard', 'kustomize', 'helm', 'operator-framework', 'kubebuilder'],
} as const;
const successors = ['metrics-server', 'gateway-api', 'fedora-coreos', 'flatcar', 'rke2', 'envoy-gateway'];

describe('the catalog covers the survey', () => {
  for (const [category, ids] of Object.entries(surveyScope)) {
    it(`has a ${category} page for each component the survey names`, () => {
      for (const id of ids) {
        expect(components.get(id)?.category, id).toBe(category);
      }
    });
  }

  it('has pages for the successors readers are sent to', () => {
    for (const id of successors) expect(components.has(id), id).toBe(true);
  });

  it('gives every component at least one source and a reviewed date', () => {
    for (const [id, data] of components) {
      expect(data.sources.length, id).toBeGreaterThan(0);
      expect(data.reviewed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('names a successor for every project that is no longer active', () => {
    for (const [id, data] of components) {
      if (inactiveStates.has(data.status.state)) expect(data.status.successors.length, id).toBeGreaterThan(0);
    }
  });

  it('gives every category a Chinese name, and nearly every component a Chinese alias', () => {
    for (const c of content.categories) expect(c.data?.nameZh, c.id).toMatch(/\p{Script=Han}/u);
    const withChinese = [...components.values()].filter((d) => d.aliases.some((a) => /\p{Script=Han}/u.test(a)));
    expect(withChinese.length / components.size).toBeGreaterThan(0.5);
  });
});
