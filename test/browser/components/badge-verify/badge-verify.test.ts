import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/badge-verify/badge-verify.js';
import type { BadgeVerify } from '../../../../src/components/badge-verify/badge-verify.js';
import type { VerifyDetail } from '../../../../src/events.js';
import { pressKey, typeKeys } from '../../helpers/browser.js';
import { part, partText } from '../../helpers/components.js';
import { API } from '../../helpers/server.js';

// Open Badges 3.0 credentials issued by the reference server's credential modules, served with
// their issuer's key, controller document and status list under /ob3/ (see test-server.mjs).
const FIXTURES = '/ob3/fixtures';

async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(`${FIXTURES}/${name}`);
  return new File([await response.blob()], name, { type: response.headers.get('Content-Type') ?? '' });
}

async function credential(kind: string): Promise<Record<string, unknown>> {
  return (await fetch(`${FIXTURES}/${kind}.json`)).json();
}

/** The checks of the last verification, as `{ id: ok }`. */
function checks(element: BadgeVerify): Record<string, boolean> {
  const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="check"]')];
  return Object.fromEntries(items.map((item) => [item.dataset.check, item.matches('[part~="check-passed"]')]));
}

function checkText(element: BadgeVerify, id: string): string {
  return element.shadowRoot!.querySelector(`[data-check="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function render(): Promise<BadgeVerify> {
  return fixture<BadgeVerify>(html`<badge-verify lang="en"></badge-verify>`);
}

function type(element: BadgeVerify, name: 'input' | 'email', value: string) {
  const field = part<HTMLInputElement>(element, name)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

/** Submits as the visitor would and waits for the verdict. */
async function submit(element: BadgeVerify): Promise<VerifyDetail> {
  const event = oneEvent(element, 'lc-verify');
  part<HTMLButtonElement>(element, 'submit')!.click();
  return (await event).detail;
}

async function pick(element: BadgeVerify, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const input = part<HTMLInputElement>(element, 'file')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

async function verifyText(text: string, email = ''): Promise<{ element: BadgeVerify; detail: VerifyDetail }> {
  const element = await render();
  type(element, 'input', text);
  if (email) type(element, 'email', email);
  return { element, detail: await submit(element) };
}

describe('<badge-verify>', () => {
  it('verifies an Open Badges 3.0 credential from its link, every check on its own', async () => {
    const valid = await credential('valid');
    const { element, detail } = await verifyText(valid.id as string);
    expect(detail.verified).to.equal(true);
    expect(detail.checks.map((c) => c.id)).to.deep.equal(['format', 'signature', 'issuer', 'status', 'dates']);
    expect(detail.checks.every((c) => c.ok)).to.equal(true);
    expect(checks(element)).to.deep.equal({ format: true, signature: true, issuer: true, status: true, dates: true });
    expect(partText(element, 'verdict')).to.equal('This badge is genuine and valid.');
    expect(partText(element, 'summary')).to.contain('Future Skills Strategist');
    expect(partText(element, 'summary')).to.contain('Issued by Vilnius City of Learning');
    expect(checkText(element, 'issuer')).to.contain('Issued by Vilnius City of Learning.');
    expect(checkText(element, 'signature')).to.contain('Signed with the issuer’s key');
    await expect(element).to.be.accessible();
  });

  it('works from the keyboard, says that it checks, and moves focus to the verdict', async () => {
    const valid = await credential('valid');
    const element = await render();
    part(element, 'input')!.focus();
    await typeKeys(valid.id as string);
    for (const next of ['file', 'email', 'submit']) {
      await pressKey('Tab');
      expect(element.shadowRoot!.activeElement, next).to.equal(part(element, next));
    }
    // Watched as it happens: WebKit's driver answers a key press only once the page is idle
    // again, by when the check is over.
    const told = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!partText(element, 'form')?.includes('Checking the badge…')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    });
    const event = oneEvent(element, 'lc-verify');
    await pressKey('Enter');
    await told;
    expect((await event).detail.verified).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'verdict'));
  });

  it('is accessible while it checks', async () => {
    const valid = await credential('valid');
    const element = await render();
    type(element, 'input', valid.id as string);
    const event = oneEvent(element, 'lc-verify');
    part<HTMLButtonElement>(element, 'submit')!.click();
    await element.updateComplete;
    expect(partText(element, 'form')).to.contain('Checking the badge…');
    await expect(element).to.be.accessible();
    expect((await event).detail.verified).to.equal(true);
  });

  it('checks the recipient against an e-mail address the visitor types', async () => {
    const valid = await credential('valid');
    const right = await verifyText(valid.id as string, ' Ona@Example.org ');
    expect(right.detail.checks.find((c) => c.id === 'recipient')).to.deep.equal({ id: 'recipient', ok: true, message: 'Issued to this e-mail address.' });
    const wrong = await verifyText(valid.id as string, 'someone@example.org');
    expect(wrong.detail.verified).to.equal(false);
    expect(wrong.detail.checks.find((c) => c.id === 'recipient')!.message).to.equal('Not issued to this e-mail address.');
    await expect(wrong.element).to.be.accessible();
  });

  it('verifies pasted credential JSON, and the same credential passes the server’s verifier (both directions)', async () => {
    const valid = await credential('valid');
    const { detail } = await verifyText(JSON.stringify(valid, null, 2));
    expect(detail.verified).to.equal(true);
    const server = await (await fetch('/ob3/verify', { method: 'POST', body: JSON.stringify(valid) })).json();
    expect(server.verified).to.equal(true);
  });

  for (const [kind, ids, message] of [
    ['tampered', ['signature'], 'The signature does not match: the badge was changed after it was signed, or signed with another key.'],
    ['wrong-key', ['signature'], 'The signature does not match'],
    ['impostor', ['issuer'], 'The key that signed the badge does not belong to the issuer it names.'],
    ['unsigned', ['signature', 'issuer'], 'The badge is not signed, so nothing proves who issued it.'],
    ['revoked', ['status'], 'Revoked by its issuer.'],
    ['expired', ['dates'], 'Expired on January 1, 2021.'],
    ['not-yet-valid', ['dates'], 'Not valid before January 1, 2099.'],
  ] as const) {
    it(`says why a ${kind} credential fails, as the server’s verifier does`, async () => {
      const document = await credential(kind);
      const { element, detail } = await verifyText(JSON.stringify(document));
      expect(detail.verified).to.equal(false);
      const failed = detail.checks.filter((c) => !c.ok);
      expect(failed.map((c) => c.id)).to.deep.equal(ids);
      expect(failed[0]!.message).to.contain(message);
      if (kind === 'unsigned') expect(failed[1]!.message).to.equal('Nothing proves that Vilnius City of Learning issued it.');
      expect(partText(element, 'verdict')).to.equal('This badge did not pass every check.');
      const server = await (await fetch('/ob3/verify', { method: 'POST', body: JSON.stringify(document) })).json();
      expect(server.verified).to.equal(false);
      await expect(element).to.be.accessible();
    });
  }

  it('names the issuer check when the key is not one the issuer lists', async () => {
    const valid = await credential('valid');
    const proof = valid.proof as Record<string, unknown>;
    const forged = { ...valid, proof: { ...proof, verificationMethod: `${location.origin}/ob3/issuers/someone-else/key` } };
    const { detail } = await verifyText(JSON.stringify(forged));
    expect(detail.verified).to.equal(false);
    expect(detail.checks.find((c) => c.id === 'issuer')).to.deep.equal({
      id: 'issuer',
      ok: false,
      message: 'The issuer’s key could not be loaded, so the signature cannot be checked.',
    });
  });

  it('verifies a baked PNG and a baked SVG picked as files', async () => {
    for (const name of ['valid.png', 'valid.svg']) {
      const element = await render();
      await pick(element, await fixtureFile(name));
      expect(partText(element, 'drop')).to.contain(name);
      const detail = await submit(element);
      expect(detail.verified, name).to.equal(true);
    }
    const element = await render();
    await pick(element, await fixtureFile('revoked.png'));
    expect((await submit(element)).checks.find((c) => c.id === 'status')!.ok).to.equal(false);
    await pick(element, await fixtureFile('tampered.svg'));
    expect((await submit(element)).checks.find((c) => c.id === 'signature')!.ok).to.equal(false);
  });

  it('verifies a JSON file dropped on it', async () => {
    const element = await render();
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(await credential('valid'))], 'badge.json', { type: 'application/json' }));
    const event = oneEvent(element, 'lc-verify');
    part(element, 'drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect((await event).detail.verified).to.equal(true);
  });

  for (const [what, input, message] of [
    ['broken JSON', () => new File(['{"@context": ['], 'broken.json'), 'This is not readable badge data: the JSON is broken.'],
    ['JSON that is not a badge', () => new File(['{"hello": "world"}'], 'other.json'), 'This is not an Open Badge.'],
    ['an image without a badge', () => fixtureFile('plain.png'), 'This image carries no badge.'],
    ['a file of another kind', () => new File(['just text'], 'notes.txt'), 'This file is not a badge'],
    ['an enormous file', () => new File([new Uint8Array(3 * 1024 * 1024)], 'huge.png', { type: 'image/png' }), 'This is too large to be a badge (more than 1 MB).'],
    ['an enormous baked credential', async () => new File([`{"a":"${'x'.repeat(1024 * 1024)}"}`], 'huge.json'), 'This is too large to be a badge'],
  ] as const) {
    it(`explains ${what} instead of failing`, async () => {
      const element = await render();
      await pick(element, await input());
      const detail = await submit(element);
      expect(detail.verified).to.equal(false);
      expect(detail.checks).to.have.length(1);
      expect(detail.checks[0]!.id).to.equal('format');
      expect(detail.checks[0]!.message).to.contain(message);
      await expect(element).to.be.accessible();
    });
  }

  it('explains a link that is no link, one with nothing behind it, and an empty form', async () => {
    const notLink = await verifyText('strategist badge');
    expect(notLink.detail.checks[0]!.message).to.equal('This is not a web link (https://…) or badge JSON.');
    const missing = await verifyText(`${location.origin}/ob3/credentials/no-such-badge`);
    expect(missing.detail.checks[0]!.message).to.equal('There is no badge at this link.');
    const element = await render();
    part<HTMLButtonElement>(element, 'submit')!.click();
    await element.updateComplete;
    expect(part(element, 'input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(partText(element, 'form')).to.contain('Paste a link or choose a file first.');
    await expect(element).to.be.accessible();
  });

  it('checks the badge in `src` as soon as it is on the page', async () => {
    const valid = await credential('valid');
    const element = document.createElement('badge-verify');
    element.src = valid.id as string;
    const event = oneEvent(element, 'lc-verify');
    document.body.append(element);
    try {
      expect((await event).detail.verified).to.equal(true);
      expect(part<HTMLTextAreaElement>(element, 'input')!.value).to.equal(valid.id);
    } finally {
      element.remove();
    }
  });

  it('speaks the page’s language', async () => {
    const valid = await credential('valid');
    const element = await fixture<BadgeVerify>(html`<badge-verify lang="lt"></badge-verify>`);
    await waitUntil(() => partText(element, 'submit') !== 'Check badge', 'Lithuanian messages', { timeout: 5000 });
    type(element, 'input', valid.id as string);
    const detail = await submit(element);
    expect(detail.verified).to.equal(true);
    expect(partText(element, 'verdict')).not.to.equal('This badge is genuine and valid.');
    await expect(element).to.be.accessible();
  });
});

const EMAIL = 'jonas.verify@example.org';

/** A claim with the multi-use code of the webinar badge, which the reference API issues at once. */
async function issuedClaim(email = EMAIL): Promise<{ id: string; assertionUrl: string; credentialUrl: string }> {
  const response = await fetch(`${API}/claims`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ badgeId: 'gnlc-future-skills', recipient: { name: 'Jonas', email }, consent: true, code: 'GNLC-FUTURE', answers: { t2: ['Digital literacy.'] } }),
  });
  const claim = await response.json();
  expect(claim.status, JSON.stringify(claim)).to.equal('issued');
  return claim;
}

/** The organiser revokes an issued claim. */
async function revoke(url: string, reason: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-organiser-token' },
    body: JSON.stringify({ reason }),
  });
  expect(response.status).to.equal(200);
}

describe('<badge-verify> with Open Badges 3.0 credentials from the running reference API', () => {
  it('verifies a credential the API issued, from its link, and sees it revoked once the organiser revokes it', async () => {
    const claim = await issuedClaim();
    expect(claim.credentialUrl).to.match(/\/api\/credentials\//);
    const { element, detail } = await verifyText(claim.credentialUrl, EMAIL);
    expect(detail.checks.map((c) => [c.id, c.ok])).to.deep.equal([
      ['format', true],
      ['signature', true],
      ['issuer', true],
      ['status', true],
      ['dates', true],
      ['recipient', true],
    ]);
    expect(detail.verified).to.equal(true);
    expect(partText(element, 'summary')).to.contain('Issued by');
    await expect(element).to.be.accessible();

    await revoke(`${API}/claims/${claim.id}/revoke`, 'Issued by mistake.');
    const revoked = await verifyText(claim.credentialUrl);
    expect(revoked.detail.verified).to.equal(false);
    expect(revoked.detail.checks.filter((c) => !c.ok).map((c) => c.id)).to.deep.equal(['status']);
  });
});

describe('<badge-verify> with Open Badges 2.0 hosted assertions from the reference API', () => {
  async function issuedAssertion(email = EMAIL): Promise<string> {
    return (await issuedClaim(email)).assertionUrl;
  }

  it('verifies an issued assertion from its link, with its recipient', async () => {
    const url = await issuedAssertion();
    const { element, detail } = await verifyText(url, EMAIL.toUpperCase());
    expect(detail.verified).to.equal(true);
    expect(detail.checks.map((c) => [c.id, c.ok])).to.deep.equal([
      ['format', true],
      ['signature', true],
      ['issuer', true],
      ['status', true],
      ['dates', true],
      ['recipient', true],
    ]);
    expect(checkText(element, 'format')).to.contain('An Open Badges 2.0 badge.');
    expect(checkText(element, 'signature')).to.contain('Confirmed by the issuer’s own site.');
    await expect(element).to.be.accessible();
    const other = await verifyText(url, 'someone.else@example.org');
    expect(other.detail.checks.find((c) => c.id === 'recipient')!.ok).to.equal(false);
  });

  it('checks a copy from a JSON file against its hosted original', async () => {
    const url = await issuedAssertion();
    const copy = await (await fetch(url)).json();
    const element = await render();
    await pick(element, new File([JSON.stringify({ ...copy, issuedOn: '2000-01-01T00:00:00Z' })], 'assertion.json'));
    const detail = await submit(element);
    expect(detail.verified).to.equal(true);
    expect(partText(element, 'summary')).not.to.contain('2000');
  });

  it('reports a revoked assertion (410) with its reason', async () => {
    const url = await issuedAssertion();
    await revoke(`${url}/revoke`, 'Issued by mistake.');
    const { element, detail } = await verifyText(url);
    expect(detail.verified).to.equal(false);
    expect(detail.checks.find((c) => c.id === 'status')).to.deep.equal({ id: 'status', ok: false, message: 'Revoked by its issuer: Issued by mistake.' });
    await expect(element).to.be.accessible();
  });

  it('reports an expired assertion', async () => {
    const { detail } = await verifyText(`${location.origin}/ob3/ob2/expired`, 'ona@example.org');
    expect(detail.verified).to.equal(false);
    expect(detail.checks.filter((c) => !c.ok)).to.deep.equal([{ id: 'dates', ok: false, message: 'Expired on January 1, 2021.' }]);
  });
});
