/**
 * npm run sync [-- releases|cves|providers ...] — imports upstream release, CVE and provider data
 * into content/. Copies are read from <upstream>/<owner>+<name> (SYNC_UPSTREAM, default
 * .upstream/ in the project), or from the folder given for one source:
 *   --release-data=DIR (SYNC_RELEASE_DATA)  endoflife-date/release-data
 *   --website=DIR      (SYNC_K8S_WEBSITE)   kubernetes/website
 *   --endoflife=DIR    (SYNC_ENDOFLIFE)     endoflife-date/endoflife.date
 *   --cve-feed=DIR     (SYNC_CVE_FEED)      kubernetes-sigs/cve-feed-osv
 * A copy is a git clone or mirror, or a folder with a provenance.json manifest (see lib/source.ts).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportStopped } from './lib/problems.ts';
import { PlannedContentInvalid } from './lib/plan.ts';
import { defaultLocations, importerNames, runSync, type ImporterName } from './lib/run.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(importerNames as readonly string[]).includes(n));
if (unknown.length) {
  console.error(`Unknown importer ${unknown.join(', ')}; expected ${importerNames.join(', ')}.`);
  process.exit(2);
}
const upstream = resolve(flag('upstream') ?? process.env.SYNC_UPSTREAM ?? join(root, '.upstream'));
const defaults = defaultLocations(upstream);
const pick = (name: string, env: string, fallback: string) => resolve(flag(name) ?? process.env[env] ?? fallback);
const locations = {
  releaseData: pick('release-data', 'SYNC_RELEASE_DATA', defaults.releaseData),
  website: pick('website', 'SYNC_K8S_WEBSITE', defaults.website),
  endoflife: pick('endoflife', 'SYNC_ENDOFLIFE', defaults.endoflife),
  cveFeed: pick('cve-feed', 'SYNC_CVE_FEED', defaults.cveFeed),
};

try {
  const result = runSync({ root, importers: names.length ? (names as ImporterName[]) : undefined, locations, today: new Date().toISOString().slice(0, 10) });
  const r = result.releases;
  if (r) {
    console.log(`releases: ${r.lines.length} lines (${r.lines[0]}–${r.lines.at(-1)}), ${r.patches} patch releases, ${r.complete.length} lines complete`);
    console.log(`  target date differs from tag date: ${r.targetsDiffering.length} patch releases; end of life differs from plan: ${r.endOfLifeDiffering.map((d) => d.line).join(', ') || 'none'}`);
    if (r.finalBeaten.length) console.log(`  a tag beats the listed final patch: ${r.finalBeaten.map((f) => `${f.line} (${f.listed} → ${f.tagged})`).join(', ')}`);
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  }
  const c = result.cves;
  if (c) {
    console.log(`cves: ${c.advisories} advisories (${c.kubernetes} for Kubernetes, ${c.components.length} components: ${c.components.join(', ') || 'none'}), ${c.fixesAttached} fixes attached to patch releases`);
    for (const w of c.warnings) console.log(`  warning: ${w}`);
  }
  const p = result.providers;
  if (p) console.log(`providers: ${p.providers.map((x) => `${x.id} (${x.windows})`).join(', ')}`);
  console.log(result.written.length || result.removed.length ? `wrote ${result.written.length} files, removed ${result.removed.length}` : 'nothing changed');
  for (const f of result.written) console.log(`  wrote ${f}`);
  for (const f of result.removed) console.log(`  removed ${f}`);
} catch (error) {
  if (error instanceof ImportStopped || error instanceof PlannedContentInvalid) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
