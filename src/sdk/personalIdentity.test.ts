import { describe, expect, it } from 'vitest';
import { checkPersonalIdentity, luhnValid } from './personalIdentity';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('checkPersonalIdentity', () => {
  it('accepts a personnummer in 12 or 10 digits, with or without separator, and normalises it', () => {
    for (const input of ['19121212-1212', '191212121212', ' 1912 1212 1212 ', '121212+1212']) {
      expect(checkPersonalIdentity(input, 'personnummer', NOW)).toEqual({
        ok: true,
        kind: 'personnummer',
        normalized: '191212121212',
        display: '19121212-1212',
      });
    }
  });

  it('reads a ten-digit number without + as born within the last hundred years', () => {
    expect(checkPersonalIdentity('121212-1212', undefined, NOW)).toMatchObject({ ok: true, normalized: '201212121212' });
  });

  it('accepts a samordningsnummer (day + 60) as its own kind', () => {
    expect(checkPersonalIdentity('19701063-2391', 'samordningsnummer', NOW)).toMatchObject({
      ok: true,
      kind: 'samordningsnummer',
      normalized: '197010632391',
    });
  });

  it('refuses a wrong check digit as a checksum error', () => {
    expect(checkPersonalIdentity('19121212-1213', 'personnummer', NOW)).toEqual({ ok: false, problem: 'checksum' });
    expect(checkPersonalIdentity('19701063-2392', 'samordningsnummer', NOW)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses dates that do not exist', () => {
    // 13th month; 30 February; samordningsnummer day 92 = 32nd.
    expect(checkPersonalIdentity('19121312-1212', 'personnummer', NOW)).toMatchObject({ ok: false, problem: 'date' });
    expect(checkPersonalIdentity('20000230-0000', 'personnummer', NOW)).toMatchObject({ ok: false, problem: 'date' });
    expect(checkPersonalIdentity('19701092-2391', 'samordningsnummer', NOW)).toMatchObject({ ok: false, problem: 'date' });
  });

  it('refuses other shapes as a format error and blank input as empty', () => {
    expect(checkPersonalIdentity('abc', undefined, NOW)).toEqual({ ok: false, problem: 'format' });
    expect(checkPersonalIdentity('1912121212121', undefined, NOW)).toEqual({ ok: false, problem: 'format' });
    expect(checkPersonalIdentity('   ', undefined, NOW)).toEqual({ ok: false, problem: 'empty' });
  });

  it('says when the number is of the other kind', () => {
    expect(checkPersonalIdentity('19701063-2391', 'personnummer', NOW)).toEqual({
      ok: false,
      problem: 'wrong-kind',
      actualKind: 'samordningsnummer',
    });
    expect(checkPersonalIdentity('19121212-1212', 'samordningsnummer', NOW)).toMatchObject({ ok: false, problem: 'wrong-kind' });
  });
});

describe('luhnValid', () => {
  it('checks the tenth digit', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('1212121213')).toBe(false);
    expect(luhnValid('12121212')).toBe(false);
  });
});
