import type { Problem } from '../problems';
import { day, fieldMatchesFileName, list, notInFuture, record, text, type ContentRule } from './shared';

/** Rules for content/releases/<line>.yaml (the version picker). */
export const releaseRules: ContentRule[] = [
  {
    name: 'release-line-matches-file',
    description: 'A release file is named after its line: content/releases/1.16.yaml holds line "1.16".',
    check: (content) =>
      content.releases.flatMap(({ id, raw, file }) => fieldMatchesFileName(file, id, 'line', raw.line)),
  },
  {
    name: 'release-source-keys-exist',
    description: "Every fact in a release file names a source listed in that file's sources.",
    check: (content) =>
      content.releases.flatMap(({ raw, file }) => {
        const keys = new Set(Object.keys(record(raw.sources)));
        const problems: Problem[] = [];
        const need = (field: string, key: unknown) => {
          const k = text(key);
          if (k !== undefined && !keys.has(k)) {
            problems.push({ file, field, message: `names the source "${k}", which is not in sources; expected one of ${[...keys].join(', ') || '(none)'}` });
          }
        };
        need('released.source', record(raw.released).source);
        need('endOfLife.source', record(raw.endOfLife).source);
        need('finalPatch.source', record(raw.finalPatch).source);
        list(raw.patches).forEach((p, i) => {
          need(`patches.${i}.source`, record(p).source);
          list(record(p).fixes).forEach((f, j) => need(`patches.${i}.fixes.${j}.source`, record(f).source));
        });
        list(raw.notes).forEach((n, i) => {
          const note = record(n);
          need(`notes.${i}.source`, note.source);
          if ((note.source === undefined) === (note.fromSurvey === undefined)) {
            problems.push({ file, field: `notes.${i}`, message: 'needs exactly one of source (a key) or fromSurvey: true' });
          }
        });
        return problems;
      }),
  },
  {
    name: 'release-patches-ordered',
    description: 'Patch numbers increase with no duplicates, dates never go backwards, and the x.y.0 date is given once.',
    check: (content) =>
      content.releases.flatMap(({ raw, file }) => {
        const problems: Problem[] = [];
        const patches = list(raw.patches).map(record);
        let prev: { patch: number; date?: string } | undefined;
        patches.forEach((p, i) => {
          const patch = typeof p.patch === 'number' ? p.patch : undefined;
          const date = day(p.date);
          if (patch === undefined) return;
          if (prev && patch === prev.patch) problems.push({ file, field: `patches.${i}.patch`, message: `${patch} is listed twice; each patch release appears once` });
          else if (prev && patch < prev.patch) problems.push({ file, field: `patches.${i}.patch`, message: `${patch} comes after ${prev.patch}; list patch releases in increasing order` });
          if (prev?.date && date && date < prev.date) {
            problems.push({ file, field: `patches.${i}.date`, message: `${date} is before the date of patch ${prev.patch} (${prev.date}); a later patch cannot be older` });
          }
          prev = { patch, date: date ?? prev?.date };
        });
        const hasZero = patches.some((p) => p.patch === 0);
        if (hasZero && raw.released !== undefined) problems.push({ file, field: 'released', message: 'must be left out when patch 0 is listed; the x.y.0 patch entry carries the date' });
        if (!hasZero && raw.released === undefined) problems.push({ file, field: 'released', message: 'is required when patch 0 is not listed; give the x.y.0 date and its source' });
        const final = record(raw.finalPatch).patch;
        const highest = Math.max(-1, ...patches.map((p) => (typeof p.patch === 'number' ? p.patch : -1)));
        if (typeof final === 'number' && highest > final) problems.push({ file, field: 'finalPatch.patch', message: `is ${final} but patch ${highest} is listed; the final patch cannot be lower` });
        if (raw.patchesComplete === true && typeof final === 'number' && highest !== final) {
          problems.push({ file, field: 'patchesComplete', message: `is true but the last listed patch is ${highest}, not the final patch ${final}` });
        }
        return problems;
      }),
  },
  {
    name: 'release-before-end-of-life',
    description: 'A line is released before its end of life, and no date lies in the future.',
    check: (content, { today }) =>
      content.releases.flatMap(({ raw, file }) => {
        const problems: Problem[] = [];
        const zero = list(raw.patches).map(record).find((p) => p.patch === 0);
        const released = day(zero?.date) ?? day(record(raw.released).date);
        const eol = day(record(raw.endOfLife).date);
        if (released && eol && eol <= released) {
          problems.push({ file, field: 'endOfLife.date', message: `${eol} is not after the release date ${released}; end of life must come later` });
        }
        const advice = 'list only releases that have happened';
        problems.push(...notInFuture(file, zero ? 'patches.0.date' : 'released.date', released, today, advice));
        list(raw.patches).forEach((p, i) => {
          if (record(p).patch !== 0) problems.push(...notInFuture(file, `patches.${i}.date`, record(p).date, today, advice));
        });
        return problems;
      }),
  },
];
