import { z } from 'astro/zod';
import { httpsUrlSchema, isoDateSchema } from './shared';
import { citedSourceSchema } from './provenance';

/** A key into the file's `sources` map, such as `dates` or `cve-a`. */
export const sourceKeySchema = z
  .string({ error: 'expected the key of an entry in this file\'s sources' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a source key of lowercase letters, digits and hyphens' });

/** A release line such as "1.16", written as text so YAML does not turn it into a number. */
export const lineIdSchema = z
  .string({ error: 'expected a release line written as text in quotes, such as "1.16"' })
  .regex(/^1\.\d{1,2}$/, { error: 'expected a release line such as "1.16"' });

/** A CVE id: the year and a sequence number of at least four digits. */
export const cveIdSchema = z
  .string({ error: 'expected a CVE id such as CVE-2020-8551' })
  .regex(/^CVE-\d{4}-\d{4,}$/, { error: 'expected a CVE id such as CVE-2020-8551' });

/** A Kubernetes version such as "1.16.7". */
export const versionSchema = z
  .string({ error: 'expected a version such as "1.16.7"' })
  .regex(/^1\.\d{1,2}\.\d{1,3}$/, { error: 'expected a version such as "1.16.7"' });

/** A dated fact with the source that states it. */
export const datedFactSchema = z
  .object({
    /** The day, YYYY-MM-DD (UTC). */
    date: isoDateSchema,
    /** Key of the source in this file's `sources`. */
    source: sourceKeySchema,
  })
  .strict();

/** A security fix that a patch release shipped. */
export const cveFixSchema = z
  .object({
    /** The CVE id; its summary, severity and advisory link live in content/advisories/kubernetes.yaml. */
    cve: cveIdSchema,
    /** Key of the source that ties this CVE to this patch release (the CVE feed's file, when imported). */
    source: sourceKeySchema,
  })
  .strict();

/** Kinds of upstream remark about a patch release; the page words each kind itself. */
export const patchFlagKinds = ['regression', 'fixes-regression', 'out-of-band', 'after-end-of-life', 'unsigned-images', 'security', 'other'] as const;

/** An upstream remark about one patch release (a note in kubernetes/website schedule.yaml or eol.yaml). */
export const patchFlagSchema = z
  .object({
    /** regression, fixes-regression, out-of-band, after-end-of-life, unsigned-images, security or other. */
    kind: z.enum(patchFlagKinds),
    /** For fixes-regression: the version whose regression this patch release repairs. */
    of: versionSchema.optional(),
    /** CVE ids the note names. */
    cves: z.array(cveIdSchema).optional(),
    /** The announcement the note links to. */
    link: httpsUrlSchema.optional(),
    /** Key of the source that carries the note. */
    source: sourceKeySchema,
  })
  .strict();

/** One patch release of a line; patch 0 is the line's first release (x.y.0). */
export const patchReleaseSchema = z
  .object({
    /** The patch number: 7 for v1.16.7. */
    patch: z.number().int().min(0),
    /** The day the version was tagged (UTC). Never a target date: those go in `target`. */
    date: isoDateSchema,
    /** Key of the source that dates it. */
    source: sourceKeySchema,
    /** The day the release schedule planned for it, kept beside the tag date (the two often differ). */
    target: datedFactSchema.optional(),
    /** CVEs this patch release fixed, when a source says so. */
    fixes: z.array(cveFixSchema).optional(),
    /** What upstream notes say about this release: a regression, an out-of-band fix, and so on. */
    flags: z.array(patchFlagSchema).optional(),
  })
  .strict();

/** Something a release line changed that matters when choosing it. */
export const lineNoteSchema = z
  .object({
    /** One sentence, in our own words. */
    text: z.string().min(1).max(200, { error: 'must be at most 200 characters (one sentence)' }),
    /** Key of the source, unless the note restates the 2020 survey. */
    source: sourceKeySchema.optional(),
    /** True when the note restates what the 2020 survey said about this line. */
    fromSurvey: z.literal(true).optional(),
  })
  .strict();

/** The end of life: the day a line stopped receiving patches, and the planned day where that differs. */
export const endOfLifeSchema = z
  .object({
    /** The day (UTC): the project's record for an ended line, else the announced plan. */
    date: isoDateSchema,
    /** Key of the source that states it. */
    source: sourceKeySchema,
    /** The end of life announced beforehand (the schedule's, else endoflife.date's), kept when the record differs. */
    planned: datedFactSchema.optional(),
  })
  .strict();

/** The last patch number of a line. */
export const finalPatchSchema = z
  .object({
    /** The patch number. */
    patch: z.number().int().min(0),
    /** Source key. */
    source: sourceKeySchema,
    /** The final patch the end-of-life list names, kept when a later tag exists and so beats it. */
    listed: z.object({ /** The patch number the list names. */ patch: z.number().int().min(0), /** Source key. */ source: sourceKeySchema }).strict().optional(),
    /** True when no list names it: the end of life had passed at the snapshot and this is the newest tag. */
    inferred: z.literal(true).optional(),
  })
  .strict();

/** One Kubernetes release line (minor version), its support window and its patch releases. */
export const releaseLineSchema = z
  .object({
    /** The line, such as "1.16"; must match the file name. */
    line: lineIdSchema,
    /** The x.y.0 release, only when patch 0 is not in `patches` (no source dates the others). */
    released: datedFactSchema.optional(),
    /** The day the line entered maintenance mode (after it, only critical and security fixes). */
    endOfMaintenance: datedFactSchema.optional(),
    /** The day the line stopped receiving patches. */
    endOfLife: endOfLifeSchema,
    /** The last patch number the line received, where a source names it. */
    finalPatch: finalPatchSchema.optional(),
    /** True when `patches` lists every patch release of the line; false when some are not sourced yet. */
    patchesComplete: z.boolean(),
    /** The documents the facts in this file come from, by key; imported ones carry `upstream`. */
    sources: z.record(sourceKeySchema, citedSourceSchema),
    /** Patch releases in increasing order, each dated by a source. */
    patches: z.array(patchReleaseSchema),
    /** What the line brought that matters when picking it; hand-written, and kept by the importers. */
    notes: z.array(lineNoteSchema).optional(),
    /** The day these facts were last checked: for imported lines, the day of the upstream snapshot. */
    checked: isoDateSchema,
  })
  .strict();

/** One month of the 2020 survey's stable-release table, as the survey printed it. */
export const surveyMonthSchema = z
  .object({
    /** The month, YYYY-MM. */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month written YYYY-MM' }),
    /** Versions the survey listed for the month, such as 1.16.7. */
    versions: z.array(z.string().regex(/^1\.\d{1,2}\.\d{1,2}$/, { error: 'expected a version such as 1.16.7' })),
    /** True when the survey marked the month as one with security fixes. */
    securityMarked: z.boolean(),
  })
  .strict();

/** The survey's table of stable patch releases and its worked example. */
export const surveyTableSchema = z
  .object({
    /** Where in the survey the table is. */
    origin: z.string().min(1),
    /** The table's rows, newest first as in the survey. */
    months: z.array(surveyMonthSchema).min(1),
    /** The survey's own example of its rule. */
    example: z.object({ /** The month. */ month: surveyMonthSchema.shape.month, /** The version the survey picked. */ version: z.string().regex(/^1\.\d{1,2}\.\d{1,2}$/) }).strict(),
  })
  .strict();

export type ReleaseLine = z.infer<typeof releaseLineSchema>;
export type PatchRelease = z.infer<typeof patchReleaseSchema>;
export type PatchFlag = z.infer<typeof patchFlagSchema>;
export type CveFix = z.infer<typeof cveFixSchema>;
export type EndOfLife = z.infer<typeof endOfLifeSchema>;
export type FinalPatch = z.infer<typeof finalPatchSchema>;
export type LineNote = z.infer<typeof lineNoteSchema>;
export type SurveyTable = z.infer<typeof surveyTableSchema>;
export type SurveyMonth = z.infer<typeof surveyMonthSchema>;
