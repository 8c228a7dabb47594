import { checkContent } from '../../src/lib/content/check';
import type { AdvisoriesFile } from '../../src/schemas/advisory';
import type { Provider } from '../../src/schemas/provider';
import type { ProvenanceRecord } from '../../src/schemas/provenance';

/**
 * What the importers wrote besides release lines (advisories, providers, provenance), read with
 * the content guard's loader, as tests outside Astro need it.
 */
export function loadImportedData(root: string): { advisories: AdvisoriesFile[]; providers: Provider[]; provenance: ProvenanceRecord[] } {
  const { content } = checkContent(root);
  const data = <T>(entries: { data?: T }[]): T[] => entries.flatMap((e) => (e.data ? [e.data] : []));
  return {
    advisories: data(content.advisories),
    providers: data(content.providers).sort((a, b) => a.id.localeCompare(b.id)),
    provenance: data(content.provenance),
  };
}
