import { expect } from '@open-wc/testing';

/**
 * Importing an element's class changes nothing in the page: no tag is defined and no style sheet
 * is added. The theme goes in when the first widget connects. (This file imports the kit only
 * inside its tests, so that nothing else has loaded it first.)
 */
describe('side effects', () => {
  const COMPONENTS = ['activity-card', 'activity-list', 'badge-card', 'badge-claim', 'my-badges', 'claim-review', 'claim-kiosk'];

  it('importing a .component module defines no tag and adds no style sheet', async () => {
    const sheets = document.adoptedStyleSheets.length;
    const styles = document.querySelectorAll('style').length;
    await Promise.all([
      import('../../../src/components/activity-card/activity-card.component.js'),
      import('../../../src/components/activity-list/activity-list.component.js'),
      import('../../../src/components/badge-card/badge-card.component.js'),
      import('../../../src/components/badge-claim/badge-claim.component.js'),
      import('../../../src/components/my-badges/my-badges.component.js'),
      import('../../../src/components/claim-review/claim-review.component.js'),
      import('../../../src/components/claim-kiosk/claim-kiosk.component.js'),
      import('../../../src/config/learning-city.component.js'),
    ]);
    expect(COMPONENTS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(customElements.get('learning-city')).to.equal(undefined);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(document.querySelectorAll('style').length).to.equal(styles);
  });

  it('adds the theme once, when the first widget connects', async () => {
    const { ActivityCard } = await import('../../../src/components/activity-card/activity-card.component.js');
    const sheets = document.adoptedStyleSheets.length;
    customElements.define('side-effects-card', ActivityCard);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    const cards = [document.createElement('side-effects-card'), document.createElement('side-effects-card')];
    document.body.append(...cards);
    expect(document.adoptedStyleSheets.length).to.equal(sheets + 1);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--lc-color-accent')).not.to.equal('');
    cards.forEach((card) => card.remove());
  });
});
