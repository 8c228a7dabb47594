import { join } from 'node:path';
import { planCves, CVE_REPO, type CveReport } from '../cves.ts';
import { planProviders, PROVIDER_REPO, type ProviderReport } from '../providers.ts';
import { planReleases, RELEASE_REPOS, type ReleaseReport } from '../releases.ts';
import { applyPlan, ContentPlan } from './plan.ts';
import { ImportStopped, type SyncProblem } from './problems.ts';
import { openCopy } from './source.ts';

export const importerNames = ['releases', 'cves', 'providers'] as const;
export type ImporterName = (typeof importerNames)[number];

/** Where each upstream copy is: a git clone or mirror, or a folder with a provenance.json manifest. */
export interface Locations {
  releaseData: string;
  website: string;
  endoflife: string;
  cveFeed: string;
}

/** The default place of each copy: <upstream>/<owner>+<name>, as the scheduled workflow clones them. */
export function defaultLocations(upstream: string): Locations {
  const at = (repo: string) => join(upstream, repo.replace('/', '+'));
  return {
    releaseData: at(RELEASE_REPOS.releaseData),
    website: at(RELEASE_REPOS.website),
    endoflife: at(RELEASE_REPOS.endoflife),
    cveFeed: at(CVE_REPO),
  };
}

export interface SyncResult {
  written: string[];
  removed: string[];
  releases?: ReleaseReport;
  cves?: CveReport;
  providers?: ProviderReport;
}

/**
 * Runs the importers in order (releases, then cves, which adds fixes to the release files, then
 * providers). Every importer checks all of its input before planning; the plan is written only
 * after all of them succeeded and the site's content check passed on the result. Throws
 * ImportStopped or PlannedContentInvalid otherwise, having written nothing.
 */
export function runSync(options: { root: string; importers?: readonly ImporterName[]; locations: Locations; today: string; write?: boolean }): SyncResult {
  const chosen = options.importers ?? importerNames;
  const plan = new ContentPlan(options.root);
  const result: SyncResult = { written: [], removed: [] };
  const { locations, today } = options;
  // Each importer checks all of its input; problems from all of them are reported together.
  const problems: SyncProblem[] = [];
  const attempt = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof ImportStopped)) throw error;
      problems.push(...error.problems);
    }
  };
  if (chosen.includes('releases')) {
    attempt(() => {
      const inputs = {
        releaseData: openCopy(locations.releaseData, RELEASE_REPOS.releaseData),
        website: openCopy(locations.website, RELEASE_REPOS.website),
        endoflife: openCopy(locations.endoflife, RELEASE_REPOS.endoflife),
      };
      result.releases = planReleases(inputs, plan, { today });
    });
  }
  if (chosen.includes('cves')) attempt(() => (result.cves = planCves({ feed: openCopy(locations.cveFeed, CVE_REPO) }, plan, { today })));
  if (chosen.includes('providers')) attempt(() => (result.providers = planProviders({ endoflife: openCopy(locations.endoflife, PROVIDER_REPO) }, plan, { today })));
  if (problems.length) throw new ImportStopped(problems);
  if (options.write !== false) Object.assign(result, applyPlan(plan, { today }));
  return result;
}
