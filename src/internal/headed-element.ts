import { property } from 'lit/decorators.js';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { WidgetElement } from './widget-element.js';

/** The six heading tags, the only ones a template can get from here. */
const TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/**
 * A widget that shows headings: their level follows `heading-level`, so that the widget fits
 * the outline of the page around it.
 */
export class HeadedElement extends WidgetElement {
  /**
   * Level of the element's heading (1 to 6; any other value counts as 3), so that it sits under
   * the page's own headings: `2` right below the page's `h1`, `4` in a section headed `h3`.
   * Headings inside the element are one level lower (6 at most).
   */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 3;

  /** The heading tag `depth` levels below the element's own, for a static `html` template. */
  protected headingTag(depth = 0): StaticValue {
    // 3 by default: a widget sits in a section of the page, under the section's `h2`.
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 3;
    return TAGS[Math.min(level + depth, 6) - 1]!;
  }
}
