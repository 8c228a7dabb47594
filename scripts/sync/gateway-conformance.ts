/**
 * npm run sync:gateway -- [source] [--ref <commit>] [--commit <sha> --date <iso>] [--out <file>] [--mapping <file>]
 *
 * Imports the Gateway API conformance reports (kubernetes-sigs/gateway-api, conformance/reports/)
 * into content/conformance/gateway-api.yaml. `source` is a git repository of gateway-api, bare
 * or checked out (read at --ref, HEAD by default), or a plain folder with conformance/reports/,
 * for which --commit and --date say where the files come from. Every report is checked first;
 * when any is wrong, the problems are printed and nothing is written.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSyncProblems, syncGatewayConformance } from './gateway/sync.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The mirror this project's machines keep of the upstream repository.
const defaultSource = '/work/.mirror/kubernetes-sigs+gateway-api/repo';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ref: { type: 'string' },
    commit: { type: 'string' },
    date: { type: 'string' },
    out: { type: 'string', default: resolve(root, 'content/conformance/gateway-api.yaml') },
    mapping: { type: 'string', default: resolve(root, 'content/conformance/implementations.yaml') },
  },
});

const source = positionals[0] ?? process.env.GATEWAY_API_REPO ?? defaultSource;
if (!existsSync(source)) {
  console.error(`No gateway-api copy at ${source}; pass its path: npm run sync:gateway -- <path>`);
  process.exit(2);
}
if ((values.commit === undefined) !== (values.date === undefined)) {
  console.error('--commit and --date go together');
  process.exit(2);
}

const result = syncGatewayConformance({
  source: resolve(source),
  out: resolve(values.out),
  mapping: resolve(values.mapping),
  ref: values.ref,
  provenance: values.commit && values.date ? { commit: values.commit, date: values.date } : undefined,
  root,
});

for (const warning of result.warnings) console.warn(`note: ${warning}`);
if (result.outcome === 'failed') {
  console.error(formatSyncProblems(result.problems));
  process.exit(1);
}
const counts = (result.summary ?? []).map((s) => `${s.version}: ${s.implementations} implementations, ${s.profiles} profile results`).join('; ');
console.log(`gateway-api ${result.provenance?.commit} (${result.provenance?.date}) → ${relative(root, resolve(values.out))}: ${result.outcome}. ${counts}`);
