import { expect } from '@open-wc/testing';
import { define } from '../../../src/internal/define.js';

/** Runs `work`, collecting what it warns. */
function warnings(work: () => void): unknown[][] {
  const warn = console.warn;
  const warned: unknown[][] = [];
  console.warn = (...args: unknown[]) => warned.push(args);
  try {
    work();
  } finally {
    console.warn = warn;
  }
  return warned;
}

let n = 0;
/** A tag no other test has defined. */
const freshTag = () => `define-test-${++n}`;

describe('define', () => {
  it('defines a tag that is not defined yet', () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    define(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('does nothing, silently, when the same class is defined again', () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    define(tag, Element);
    expect(warnings(() => expect(() => define(tag, Element)).not.to.throw())).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('keeps the first class, warning instead of throwing, when another copy defines the tag', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define(tag, First);
    const warned = warnings(() => expect(() => define(tag, Second)).not.to.throw());
    expect(customElements.get(tag)).to.equal(First);
    expect(warned).to.have.length(1);
    expect(String(warned[0]![0])).to.contain(`<${tag}>`);
  });
});
