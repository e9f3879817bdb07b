import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_LABEL, isStandardLabel, referenceKind, REFERENCE_ROOTS, personWithLabel, STANDARD_LABELS, withLabel } from './references';

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

describe('labels sent with identifiers (Digg requires one, B1.3.3 does not)', () => {
  it('keeps a label of its own exactly as it is', () => {
    expect(withLabel({ root: 'dnr', extension: 'SOC 1', label: ' Vårt diarienummer' })).toEqual({ root: 'dnr', extension: 'SOC 1', label: ' Vårt diarienummer' });
  });

  it('without one: the fallback given, else the Swedish name of the kind of the root', () => {
    expect(withLabel({ root: 'unregistred', extension: 'Ä-7' }, CASE_NUMBER_LABEL).label).toBe('Ärendenummer');
    expect(withLabel({ root: 'dnr', extension: 'SOC 1', label: '   ' }).label).toBe('Diarienummer');
    expect(withLabel({ root: '1.2.752.129.2.1.3.1', extension: '191212121212' }).label).toBe('Personnummer');
    expect(withLabel({ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-erik' }).label).toBe('HSA-id');
    expect(withLabel({ root: '37.3.818.dummy', extension: 'x' }).label).toBe('Referens');
  });

  it('a person: own label, else under the "övrig" root the id (which is the name there), else the kind', () => {
    expect(personWithLabel({ root: '1.2.752.129.2.1.2.1', extension: 'Karin Svensson' }).label).toBe('Karin Svensson');
    expect(personWithLabel({ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-k', label: 'Karin' }).label).toBe('Karin');
    expect(personWithLabel({ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-k' }).label).toBe('HSA-id');
  });

  it('every code system of B1.3.3 has a non-empty label', () => {
    for (const label of Object.values(STANDARD_LABELS)) expect(label.length).toBeGreaterThan(0);
    expect(Object.keys(STANDARD_LABELS).sort()).toEqual(Object.keys(REFERENCE_ROOTS).sort());
  });

  it('recognises a label that only repeats the kind of its root', () => {
    expect(isStandardLabel('dnr', 'Diarienummer')).toBe(true);
    expect(isStandardLabel('37.3.818.dummy', 'Referens')).toBe(true);
    expect(isStandardLabel('dnr', 'Personnummer')).toBe(false);
    expect(isStandardLabel('unregistred', CASE_NUMBER_LABEL)).toBe(false);
    expect(isStandardLabel('1.2.752.29.6.2.1', 'Erik Johansson')).toBe(false);
    expect(isStandardLabel('dnr', undefined)).toBe(false);
  });
});
