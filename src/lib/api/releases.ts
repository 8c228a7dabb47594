/**
 * The API's derived fields for Kubernetes release lines: a line's support as of a day (with
 * its latest patch and CVEs), and the month-by-month patch recommendations published as the
 * `recommendations` resource. build.ts attaches the first to each release record and
 * publishes the second beside them.
 */
import type { z } from 'astro/zod';
import type { apiRecommendationSchema, apiReleaseDerivedSchema } from '../../schemas/api';
import type { ReleaseLine } from '../../schemas/release';
import { monthEnd, monthOf, monthsBetween, recommendPatch, releasesIn, toLineData, versionOf, type LineData } from '../versions/lines';
import { newestCheckedDay } from './walk';

function patchPoint(line: string, p: { patch: number; date: string; cves: string[] }) {
  return { line, patch: p.patch, version: versionOf(line, p.patch), date: p.date, cves: p.cves };
}

/** A line's support as of a day, with the raw dates beside the flag. */
export function releaseDerived(entry: ReleaseLine, asOf: string): z.infer<typeof apiReleaseDerivedSchema> {
  const line: LineData = toLineData(entry);
  const released = line.released || null;
  const latest = line.patches.filter((p) => p.date <= asOf).sort((a, b) => a.patch - b.patch).at(-1);
  return {
    as_of: asOf,
    released,
    end_of_life: line.endOfLife,
    supported: !!released && released <= asOf && asOf <= line.endOfLife,
    latest: latest ? patchPoint(line.line, latest) : null,
    cves: [...new Set(line.patches.flatMap((p) => p.cves))].sort(),
  };
}

/** Every month's recommendation, newest first, from the oldest line's release to `asOf`'s month. */
export function recommendations(entries: ReleaseLine[], asOf: string): Omit<z.infer<typeof apiRecommendationSchema>, 'links'>[] {
  const lines = entries.map(toLineData);
  const first = lines.map((l) => l.released).filter(Boolean).sort()[0];
  if (!first) return [];
  const checked = newestCheckedDay(entries) ?? asOf;
  return monthsBetween(monthOf(first), monthOf(asOf)).map((month) => {
    const r = recommendPatch(month, lines);
    return {
      id: month,
      last_modified: checked,
      month,
      month_end: monthEnd(month),
      recommended: r.recommended ?? null,
      verdicts: r.verdicts,
      gaps: r.gaps,
      releases: releasesIn(month, lines),
    };
  });
}
