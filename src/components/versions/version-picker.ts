import { parseMonth, recommendPatch, type LineData } from '../../lib/versions/lines';
import { explain, headline, releasedLine, staleNote, type explainKeys } from '../../lib/versions/explain';
import { clientTranslator } from '../../i18n/client';

interface PickerData {
  range: { first: string; last: string };
  current: string;
  asOf?: string;
  lines: LineData[];
}

/**
 * <version-picker> enhances the server-rendered picker: reads ?month=, reruns the rule in the
 * browser and keeps the address in step so a month can be linked. Reader input only ever
 * reaches the page through textContent, and only after parseMonth has accepted it.
 */
class VersionPicker extends HTMLElement {
  private t = clientTranslator<(typeof explainKeys)[number]>(this);

  connectedCallback() {
    this.t = clientTranslator(this);
    const json = this.querySelector('script[data-versions]')?.textContent;
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="month"]');
    if (!json || !form || !input) return;
    const data = JSON.parse(json) as PickerData;
    const fromUrl = parseMonth(new URL(window.location.href).searchParams.get('month'), data.range);
    if (fromUrl) this.show(fromUrl, data, input);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const month = parseMonth(input.value, data.range);
      if (!month) return;
      const url = new URL(window.location.href);
      url.searchParams.set('month', month);
      history.replaceState(null, '', url);
      this.show(month, data, input);
    });
  }

  show(month: string, data: PickerData, input: HTMLInputElement) {
    const rec = recommendPatch(month, data.lines);
    input.value = month;
    const headlineEl = this.querySelector('[data-headline]');
    const releasedEl = this.querySelector('[data-released]');
    const whyEl = this.querySelector('[data-why]');
    const staleEl = this.querySelector<HTMLElement>('[data-stale]');
    if (staleEl) {
      const stale = staleNote(rec, data.asOf);
      staleEl.textContent = stale ? this.t.message(stale) : '';
      staleEl.hidden = !stale;
    }
    if (headlineEl) headlineEl.textContent = this.t.message(headline(rec));
    if (releasedEl) {
      const released = releasedLine(rec);
      releasedEl.textContent = released ? this.t.message(released) : '';
    }
    if (whyEl) {
      whyEl.replaceChildren(
        ...explain(rec, data.asOf).map((message) => {
          const li = document.createElement('li');
          li.textContent = this.t.message(message);
          return li;
        }),
      );
    }
    document.querySelectorAll('tr.is-picked').forEach((row) => row.classList.remove('is-picked'));
    document.getElementById(`m-${month}`)?.classList.add('is-picked');
  }
}

customElements.define('version-picker', VersionPicker);
