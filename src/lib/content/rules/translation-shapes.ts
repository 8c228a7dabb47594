/**
 * The shape check for translations: whether a translated entry has its English original's
 * structure. Traits, variants, tables, rows, cells, series, findings, notes and comparison
 * columns must have the same keys and lengths; MDX bodies the same headings, links, imports
 * and placed tables; page texts the same placeholders. translations.ts pairs each translation
 * with its original and runs `shapeProblems` as the `translation-shape` rule.
 */
import type { LoadedEntry } from '../load';
import type { Problem } from '../problems';
import { textTraits, type TranslationKind } from '../../translation/fingerprint';
import { bodyHeadings, bodyLinks, bodyImports, placeholdersOf } from '../../translation/body';
import { placedTableIds } from './guides';
import { list, record, text } from './shared';

/** One translated entry and the English entry it translates. */
export interface Pair {
  kind: TranslationKind;
  /** The translation: file, raw data, body. */
  entry: LoadedEntry<unknown>;
  /** Prefix for fields inside a shared file (categories.yaml): `3.`. */
  at: string;
  /** The English file the translation belongs to, when it exists. */
  english?: { file: string; raw: Record<string, unknown>; body?: string };
}

/** "1 cell", "3 cells". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Checks that a translated value has the English value's shape: text for text, a list of as many items for a list. */
function sameShape(file: string, field: string, english: unknown, translated: unknown): Problem[] {
  if (translated === undefined) return [];
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) return [{ file, field, message: `is text, but the English is a list of ${english.length}; translate each item` }];
    if (translated.length !== english.length) return [{ file, field, message: `has ${count(translated.length, 'item')} but the English has ${english.length}` }];
    return [];
  }
  if (Array.isArray(translated)) return [{ file, field, message: `is a list, but the English is text` }];
  return [];
}

/** Traits: the same keys as the English text traits, each of the same shape; true/false are not translated. */
function traitProblems(file: string, field: string, english: unknown, translated: unknown, where: string): Problem[] {
  const problems: Problem[] = [];
  const all = record(english);
  const words = textTraits(english);
  const mine = record(translated);
  for (const key of Object.keys(mine)) {
    if (!(key in all)) problems.push({ file, field: `${field}.${key}`, message: `is not a trait of ${where}; expected one of ${Object.keys(words).join(', ') || '(none)'}` });
    else if (typeof all[key] === 'boolean') problems.push({ file, field: `${field}.${key}`, message: `is true/false in ${where}; yes/no values are not translated, so remove it` });
    else problems.push(...sameShape(file, `${field}.${key}`, all[key], mine[key]));
  }
  for (const key of Object.keys(words)) {
    if (!(key in mine)) problems.push({ file, field: `${field}.${key}`, message: `is missing; ${where} has this trait (copy the value as it is when it is a name or "unknown")` });
  }
  return problems;
}

/** Keys of a translated map against the English ids: none missing, none extra. */
function sameKeys(file: string, field: string, englishIds: string[], translated: unknown, noun: string): Problem[] {
  const mine = Object.keys(record(translated));
  const problems: Problem[] = [];
  for (const key of mine) {
    if (!englishIds.includes(key)) problems.push({ file, field: `${field}.${key}`, message: `is not a ${noun} of the English; expected one of ${englishIds.join(', ') || '(none)'}` });
  }
  for (const id of englishIds) {
    if (!mine.includes(id)) problems.push({ file, field: `${field}.${id}`, message: `is missing; the English has this ${noun}` });
  }
  return problems;
}

/** A list whose length must equal the English one's. */
function sameLength(file: string, field: string, english: unknown[], translated: unknown, noun: string): Problem[] {
  if (!Array.isArray(translated)) return [];
  return translated.length === english.length
    ? []
    : [{ file, field, message: `has ${count(translated.length, 'entry').replace('entrys', 'entries')} but the English has ${count(english.length, noun)}; keep one per English ${noun}, in the same order` }];
}

/** An MDX body: the same headings (levels, in order), links and imports as the English. */
function bodyProblems(file: string, english: string, translated: string, options: { placements: boolean }): Problem[] {
  const problems: Problem[] = [];
  const mine = bodyHeadings(translated);
  const theirs = bodyHeadings(english);
  if (mine.length !== theirs.length) {
    problems.push({ file, field: '(body)', message: `has ${count(mine.length, 'heading')} (## and ###) but the English has ${theirs.length}; keep one heading per English heading, in the same order` });
  } else {
    mine.forEach((h, i) => {
      if (h.depth !== theirs[i]!.depth) problems.push({ file, field: '(body)', message: `heading ${i + 1} ("${h.text}") is ${'#'.repeat(h.depth)} but the English heading ${i + 1} is ${'#'.repeat(theirs[i]!.depth)}` });
    });
  }
  const links = (body: string) => bodyLinks(body).sort();
  const a = links(english);
  const b = links(translated);
  for (const target of new Set([...a, ...b])) {
    const inEnglish = a.filter((t) => t === target).length;
    const inTranslation = b.filter((t) => t === target).length;
    if (inTranslation < inEnglish) problems.push({ file, field: '(body)', message: `does not link to "${target}", which the English links to; keep the English links` });
    else if (inTranslation > inEnglish) problems.push({ file, field: '(body)', message: `links to "${target}", which the English does not; keep the English links` });
  }
  if (bodyImports(english).join('\n') !== bodyImports(translated).join('\n')) {
    problems.push({ file, field: '(body)', message: `has other import lines than the English (${bodyImports(english).join('; ') || 'none'}); keep them as the English has them` });
  }
  if (options.placements) {
    const placed = placedTableIds(translated).join(', ');
    const expected = placedTableIds(english).join(', ');
    if (placed !== expected) problems.push({ file, field: '(body)', message: `places the tables ${placed || '(none)'} but the English places ${expected || '(none)'}; keep every <Comparison id="..." /> where the English has it` });
  }
  return problems;
}

/** The shape of one translation against its English original. */
export function shapeProblems(pair: Pair): Problem[] {
  const { kind, entry, at, english } = pair;
  if (!english) return [];
  const { file, raw, body } = entry;
  const en = english.raw;
  const problems: Problem[] = [];
  const where = `the English (${english.file})`;
  switch (kind) {
    case 'components': {
      const variants = list(en.variants).map(record);
      problems.push(...traitProblems(file, 'traits', en.traits, raw.traits, where));
      problems.push(...sameKeys(file, 'variants', variants.flatMap((v) => text(v.key) ?? []), raw.variants, 'variant'));
      for (const [key, value] of Object.entries(record(raw.variants))) {
        const variant = variants.find((v) => v.key === key);
        if (variant) problems.push(...traitProblems(file, `variants.${key}.traits`, variant.traits, record(value).traits, `the English variant "${key}"`));
      }
      if (body !== undefined && english.body !== undefined) problems.push(...bodyProblems(file, english.body, body, { placements: false }));
      break;
    }
    case 'guides': {
      const tables = list(en.tables).map(record);
      problems.push(...sameKeys(file, 'tables', tables.flatMap((t) => text(t.id) ?? []), raw.tables ?? {}, 'table'));
      for (const [id, value] of Object.entries(record(raw.tables))) {
        const table = tables.find((t) => t.id === id);
        if (!table) continue;
        const mine = record(value);
        const columns = list(table.columns);
        if (Array.isArray(mine.columns) && mine.columns.length !== columns.length) {
          problems.push({ file, field: `tables.${id}.columns`, message: `has ${count(mine.columns.length, 'column')} but the English table has ${columns.length}` });
        }
        const rows = list(table.rows).map(record);
        problems.push(...sameKeys(file, `tables.${id}.rows`, rows.flatMap((r) => text(r.id) ?? []), mine.rows ?? {}, 'row'));
        for (const [rowId, cells] of Object.entries(record(mine.rows))) {
          const row = rows.find((r) => r.id === rowId);
          if (row && Array.isArray(cells) && cells.length !== list(row.cells).length) {
            problems.push({ file, field: `tables.${id}.rows.${rowId}`, message: `has ${count(cells.length, 'cell')} but the English row has ${list(row.cells).length}` });
          }
        }
      }
      if (body !== undefined && english.body !== undefined) problems.push(...bodyProblems(file, english.body, body, { placements: true }));
      break;
    }
    case 'categories': {
      const columns = list(en.comparison).map(record);
      problems.push(...sameKeys(file, `${at}comparison`, columns.flatMap((c) => text(c.key) ?? []), raw.comparison ?? {}, 'comparison column'));
      for (const [key, value] of Object.entries(record(raw.comparison))) {
        const column = columns.find((c) => c.key === key);
        if (!column) continue;
        const has = text(record(value).description) !== undefined;
        const should = text(column.description) !== undefined;
        if (has && !should) problems.push({ file, field: `${at}comparison.${key}.description`, message: 'the English column has no description; remove it' });
        if (!has && should) problems.push({ file, field: `${at}comparison.${key}.description`, message: 'is missing; the English column has a description' });
      }
      break;
    }
    case 'pages': {
      if (text(raw.id) !== undefined && raw.id !== entry.id) problems.push({ file, field: 'id', message: `is "${String(raw.id)}" but the file is named ${entry.id}.yaml; rename one so they agree` });
      const texts = record(en.texts);
      problems.push(...sameKeys(file, 'texts', Object.keys(texts), raw.texts ?? {}, 'text'));
      for (const [key, value] of Object.entries(record(raw.texts))) {
        const original = text(texts[key]);
        const mine = text(value);
        if (original === undefined || mine === undefined) continue;
        const want = placeholdersOf(original);
        const have = placeholdersOf(mine);
        const missing = want.filter((p) => !have.includes(p));
        const extra = have.filter((p) => !want.includes(p));
        if (missing.length || extra.length) {
          const parts = [missing.length ? `lacks ${missing.map((p) => `{${p}}`).join(', ')}` : '', extra.length ? `has ${extra.map((p) => `{${p}}`).join(', ')}, which the English does not` : ''].filter(Boolean);
          problems.push({ file, field: `texts.${key}`, message: `${parts.join(' and ')}; use exactly the English placeholders: ${want.map((p) => `{${p}}`).join(', ') || 'none'}` });
        }
      }
      break;
    }
    case 'datasets': {
      const series = list(en.series).map(record);
      problems.push(...sameKeys(file, 'series', series.flatMap((s) => text(s.id) ?? []), raw.series ?? {}, 'series'));
      for (const [id, value] of Object.entries(record(raw.series))) {
        const original = series.find((s) => s.id === id);
        if (!original) continue;
        const points = list(original.points).map(record);
        const notes = record(value).notes;
        problems.push(...sameLength(file, `series.${id}.notes`, points, notes, 'point'));
        if (Array.isArray(notes)) {
          notes.forEach((note, i) => {
            if (note === null && text(points[i]?.note) !== undefined) problems.push({ file, field: `series.${id}.notes.${i}`, message: 'is null, but the English point has a note; translate it' });
          });
        }
      }
      problems.push(...sameKeys(file, 'findings', list(en.findings).flatMap((f) => text(record(f).id) ?? []), raw.findings ?? {}, 'finding'));
      if (raw.milestones !== undefined) problems.push(...sameLength(file, 'milestones', list(en.milestones), raw.milestones, 'milestone'));
      break;
    }
    case 'releases': {
      const notes = list(en.notes);
      if (text(raw.line) !== undefined && raw.line !== entry.id) problems.push({ file, field: 'line', message: `is "${String(raw.line)}" but the file is named ${entry.id}.yaml; rename one so they agree` });
      if (notes.length === 0) problems.push({ file, field: '(file)', message: `translates the notes of ${english.file}, which has none; remove the file` });
      else problems.push(...sameLength(file, 'notes', notes, raw.notes, 'note'));
      break;
    }
    case 'matrices': {
      const rows = list(en.rows).map(record);
      if (raw.baseline !== undefined && en.baseline === undefined) problems.push({ file, field: 'baseline', message: 'the English matrix has no baseline; remove it' });
      if (raw.baseline === undefined && en.baseline !== undefined) problems.push({ file, field: 'baseline', message: 'is missing; the English matrix has a baseline (translate its label and note)' });
      problems.push(...sameKeys(file, 'rows', rows.flatMap((r) => text(r.id) ?? []), raw.rows ?? {}, 'row'));
      for (const [id, value] of Object.entries(record(raw.rows))) {
        const row = rows.find((r) => r.id === id);
        if (!row) continue;
        const mine = record(value);
        if (mine.description !== undefined && row.description === undefined) problems.push({ file, field: `rows.${id}.description`, message: 'the English row has no description; remove it' });
        if (mine.description === undefined && row.description !== undefined) problems.push({ file, field: `rows.${id}.description`, message: 'is missing; the English row has a description' });
        const noted = Object.entries(record(row.cells)).flatMap(([col, cell]) => (text(record(cell).note) ? [col] : []));
        problems.push(...sameKeys(file, `rows.${id}.notes`, noted, mine.notes ?? {}, 'cell note'));
      }
      break;
    }
  }
  return problems;
}
