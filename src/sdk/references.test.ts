import { describe, expect, it } from 'vitest';
import { referenceKind, REFERENCE_ROOTS } from './references';

describe('referenceKind', () => {
  it.each([
    ['1.2.752.129.2.1.3.1', 'personnummer'],
    ['1.2.752.129.2.1.3.3', 'samordningsnummer'],
    ['1.2.752.29.6.2.1', 'hsaId'],
    ['1.2.752.74.9.1', 'nationalReserveId'],
    ['dnr', 'diarienummer'],
    ['1.3.88', 'gln'],
    ['0.9.2342.19200300.100.1.3', 'email'],
    ['unregistred', 'unregistered'],
    [' dnr ', 'diarienummer'],
  ])('%s is a %s', (root, kind) => expect(referenceKind(root)).toBe(kind));

  it.each(['37.3.818.dummy', 'unregistered', 'DNR', '', 5, null])('%j is unknown', (root) => expect(referenceKind(root)).toBe('unknown'));

  it('uses the spec spelling of the "other" code', () => {
    expect(REFERENCE_ROOTS.unregistered).toBe('unregistred');
  });
});
