import { afterEach, describe, expect, it, vi } from 'vitest';
import { readUnlessUnchanged } from './unchangedAnswer';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;
const pickData = (json: unknown) => (json as { data: unknown }).data;

describe('readUnlessUnchanged', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives back the cached value itself when the answer has the same bytes', async () => {
    const answer = { data: [{ id: 'a' }, { id: 'b' }] };
    const first = await readUnlessUnchanged(bytes(answer), undefined, pickData);
    expect(first).toEqual(answer.data);

    const again = await readUnlessUnchanged(bytes(answer), first, pickData);
    expect(again).toBe(first);
  });

  it('parses an answer that changed, and one compared with a value it did not read', async () => {
    const first = await readUnlessUnchanged(bytes({ data: [{ id: 'a' }] }), undefined, pickData);
    const changed = await readUnlessUnchanged(bytes({ data: [{ id: 'a' }, { id: 'new' }] }), first, pickData);
    expect(changed).not.toBe(first);
    expect(changed).toEqual([{ id: 'a' }, { id: 'new' }]);

    // A value put in the cache by other means (equal, but not read from these bytes).
    const elsewhere = [{ id: 'a' }];
    const read = await readUnlessUnchanged(bytes({ data: [{ id: 'a' }] }), elsewhere, pickData);
    expect(read).not.toBe(elsewhere);
    expect(read).toEqual(elsewhere);
  });

  it('always parses where the browser offers no crypto.subtle (not a secure context)', async () => {
    vi.stubGlobal('crypto', {});
    const answer = { data: [{ id: 'a' }] };
    const first = await readUnlessUnchanged(bytes(answer), undefined, pickData);
    const again = await readUnlessUnchanged(bytes(answer), first, pickData);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('fails on a body that is not JSON', async () => {
    await expect(readUnlessUnchanged(new TextEncoder().encode('<html>').buffer as ArrayBuffer, undefined, pickData)).rejects.toThrow(SyntaxError);
  });
});
