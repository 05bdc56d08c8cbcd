// What counts as a claim code, typed or read from a QR code: bare codes, and claim URLs of the
// allowed origins only.
import { expect } from '@open-wc/testing';
import { allowedOrigins, claimCode } from '../../../src/scan/claim-code.js';

describe('claim codes', () => {
  const origins = ['https://vilnius.example'];

  it('accepts bare codes of 4 to 64 letters, digits and dashes, as printed', () => {
    expect(claimCode('VILNIUS-2022', origins)).to.equal('VILNIUS-2022');
    expect(claimCode('  abcd  ', origins)).to.equal('abcd');
    expect(claimCode('A'.repeat(64), origins)).to.equal('A'.repeat(64));
    for (const bad of ['', 'ABC', 'A'.repeat(65), '-ABCD', 'ABCD-', 'AB CD', 'ŽALGIRIS', 'AB_CD', 'ab.cd', '<script>']) {
      expect(claimCode(bad, origins), bad).to.equal(undefined);
    }
  });

  it('accepts claim URLs of an allowed origin, any path, the code in `code`', () => {
    expect(claimCode('https://vilnius.example/claim?code=VILNIUS-2022', origins)).to.equal('VILNIUS-2022');
    expect(claimCode('https://vilnius.example/lt/renginiai/claim?utm=x&code=AB12#top', origins)).to.equal('AB12');
  });

  it('refuses other sites, other schemes, credentials, missing or doubled or malformed codes', () => {
    for (const bad of [
      'https://evil.example/claim?code=VILNIUS-2022',
      'https://vilnius.example.evil.example/claim?code=VILNIUS-2022',
      'https://vilnius.example@evil.example/claim?code=VILNIUS-2022',
      'https://user:pass@vilnius.example/claim?code=VILNIUS-2022',
      'http://vilnius.example/claim?code=VILNIUS-2022',
      'javascript:alert(1)//https://vilnius.example/claim?code=VILNIUS-2022',
      'data:text/html,https://vilnius.example/claim?code=AB12',
      '/claim?code=VILNIUS-2022',
      'https://vilnius.example/claim',
      'https://vilnius.example/claim?code=AB12&code=CD34',
      'https://vilnius.example/claim?code=%3Cscript%3E',
      `https://vilnius.example/claim?code=AB12&x=${'y'.repeat(2100)}`,
    ]) {
      expect(claimCode(bad, origins), bad).to.equal(undefined);
    }
  });

  it('allows the listed origins, else the API’s origin, else the page’s', () => {
    expect(allowedOrigins('https://a.example  https://b.example/path', '/api')).to.deep.equal([
      'https://a.example',
      'https://b.example',
    ]);
    expect(allowedOrigins('not-an-origin javascript:x', '/api')).to.deep.equal([]);
    expect(allowedOrigins('', 'https://badges.example.org/api')).to.deep.equal(['https://badges.example.org']);
    expect(allowedOrigins(undefined, '/api')).to.deep.equal([location.origin]);
    expect(allowedOrigins(undefined, undefined)).to.deep.equal([location.origin]);
  });
});
