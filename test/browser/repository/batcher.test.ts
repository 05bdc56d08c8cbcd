import { expect } from '@open-wc/testing';
import { ApiError } from '../../../src/api/errors.js';
import { Batcher, type BatchAnswer } from '../../../src/repository/batcher.js';

/** A loader that answers each key with its upper case, noting every call and its signal. */
function recorder(answer: (keys: string[]) => BatchAnswer<string> = (keys) => ({ values: new Map(keys.map((k) => [k, k.toUpperCase()])) })) {
  const calls: { keys: string[]; signal: AbortSignal }[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = async (keys: string[], signal: AbortSignal) => {
    calls.push({ keys, signal });
    await gate;
    return answer(keys);
  };
  return { calls, load, release: () => release() };
}

describe('Batcher', () => {
  it('loads the keys asked for in one task with one call, at most maxBatch keys a call', async () => {
    const { calls, load, release } = recorder();
    const batcher = new Batcher(load, 2);
    const pending = ['a', 'b', 'c'].map((key) => batcher.load(key));
    release();
    expect(await Promise.all(pending)).to.deep.equal(['A', 'B', 'C']);
    expect(calls.map((c) => c.keys)).to.deep.equal([['a', 'b'], ['c']]);
  });

  it('lets a key already on its way join that call instead of starting another', async () => {
    const { calls, load, release } = recorder();
    const batcher = new Batcher(load);
    const first = batcher.load('a');
    await new Promise((resolve) => setTimeout(resolve, 10)); // the call has gone out
    const second = batcher.load('a');
    release();
    expect(await Promise.all([first, second])).to.deep.equal(['A', 'A']);
    expect(calls).to.have.length(1);
  });

  it('answers undefined for a key the call did not return', async () => {
    const { load, release } = recorder(() => ({ values: new Map([['a', 'A']]) }));
    const batcher = new Batcher(load);
    const pending = [batcher.load('a'), batcher.load('missing')];
    release();
    expect(await Promise.all(pending)).to.deep.equal(['A', undefined]);
  });

  it('fails only the keys the answer reports as failed', async () => {
    const broken = new ApiError('bad_response', 'b is malformed');
    const { load, release } = recorder((keys) => ({
      values: new Map(keys.filter((k) => k !== 'b').map((k) => [k, k.toUpperCase()])),
      errors: new Map([['b', broken]]),
    }));
    const batcher = new Batcher(load);
    const [a, b, c] = ['a', 'b', 'c'].map((key) => batcher.load(key));
    release();
    expect(await a).to.equal('A');
    expect(await c).to.equal('C');
    expect(await b!.then(() => 'resolved', (error: unknown) => error)).to.equal(broken);
  });

  it('fails every key of a call that fails', async () => {
    const batcher = new Batcher<string>(() => Promise.reject(new ApiError('network', 'down')));
    const results = await Promise.allSettled([batcher.load('a'), batcher.load('b')]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
  });

  it('aborts the call only when nobody waits for any of its keys', async () => {
    const { calls, load, release } = recorder();
    const batcher = new Batcher(load);
    const [one, two] = [new AbortController(), new AbortController()];
    const a = batcher.load('a', one.signal).catch((error: ApiError) => error.code);
    const b = batcher.load('b', two.signal).catch((error: ApiError) => error.code);
    await new Promise((resolve) => setTimeout(resolve, 10));
    one.abort();
    expect(await a).to.equal('aborted');
    expect(calls[0]!.signal.aborted).to.equal(false);
    two.abort();
    expect(await b).to.equal('aborted');
    expect(calls[0]!.signal.aborted).to.equal(true);
    release();
  });

  it('does not ask for a key whose only caller gave up before the call went out', async () => {
    const { calls, load, release } = recorder();
    const batcher = new Batcher(load);
    const controller = new AbortController();
    const gone = batcher.load('gone', controller.signal).catch(() => 'aborted');
    const kept = batcher.load('kept');
    controller.abort();
    release();
    expect([await gone, await kept]).to.deep.equal(['aborted', 'KEPT']);
    expect(calls.map((c) => c.keys)).to.deep.equal([['kept']]);
  });
});
