import { clientTranslator } from '../../i18n/client';
import { MIN_COMPARED } from '../../lib/compare/ids';

/**
 * <compare-picker>: the check boxes of a category's table. It counts the ticked rows, offers
 * the button only for two to four of them, and stops a fifth from being ticked. The form
 * itself sends ?ids=a&ids=b to the compare page.
 */
class ComparePicker extends HTMLElement {
  connectedCallback() {
    const t = clientTranslator<'compare.category.selected' | 'compare.category.hint'>(this);
    const max = Number(this.dataset.max);
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]')];
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (!submit || !count) return;
    const update = () => {
      const ticked = boxes.filter((b) => b.checked).length;
      for (const box of boxes) box.disabled = !box.checked && ticked >= max;
      submit.disabled = ticked < MIN_COMPARED;
      count.textContent = ticked === 0 ? t('compare.category.hint') : t('compare.category.selected', { count: ticked, max });
    };
    this.addEventListener('change', update);
    // The browser may restore ticks after going back.
    window.addEventListener('pageshow', update);
    update();
  }
}

if (!customElements.get('compare-picker')) customElements.define('compare-picker', ComparePicker);
