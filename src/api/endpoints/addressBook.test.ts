import { describe, expect, it } from 'vitest';
import { pageQueryOf } from './addressBook';

describe('pageQueryOf', () => {
  it('reads the page of a relative or absolute links.next', () => {
    expect(pageQueryOf('/api/addressbook/addresses?page[number]=3&page[size]=100')).toEqual({
      'page[number]': 3,
      'page[size]': 100,
    });
    expect(pageQueryOf('https://x.example/addresses?page%5Bnumber%5D=2')).toEqual({ 'page[number]': 2 });
    expect(pageQueryOf('/addresses?cursor=abc')).toBeNull();
  });
});
