declare namespace App {
  interface Locals {
    /**
     * The comparison tables of the guide being rendered. The guide page sets this before it
     * renders the MDX body, so `<Comparison id="..." />` in the prose can find its data.
     */
    guideTables?: import('./schemas/guide').GuideTable[];
    /** The guide's reviewed date, printed under each of its tables. */
    guideReviewed?: string;
    /**
     * For a translated body: each heading's own slug → the English heading's slug in the same
     * position, so anchors are the same in every locale. Set by the page before it renders.
     */
    headingSlugs?: Record<string, string>;
  }
}
