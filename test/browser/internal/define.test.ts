import { expect } from '@open-wc/testing';
import { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import { define } from '../../../src/internal/define.js';

describe('define', () => {
  it('does nothing when the same class is defined again', () => {
    expect(() => define('activity-card', ActivityCard)).not.to.throw();
    expect(customElements.get('activity-card')).to.equal(ActivityCard);
  });

  it('keeps the first class, warning instead of throwing, when another copy defines the tag', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => define('activity-card', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('activity-card')).to.equal(ActivityCard);
    expect(warnings).to.have.length(1);
  });
});
