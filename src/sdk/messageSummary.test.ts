import { describe, expect, it } from 'vitest';
import { toMessageRows } from './messageSummary';
import { documentsInOrder, decodedSize } from './documents';

describe('toMessageRows', () => {
  it('sorts newest first, undated last, and keeps malformed items', () => {
    const rows = toMessageRows([
      { type: 'messages', id: 'old', attributes: { label: 'Gammal', creationDateTime: '2026-01-01T10:00:00Z' } },
      { type: 'messages', id: 'bad', attributes: { label: 42, creationDateTime: 'igår', messageStatus: 'PÅ_VÄG' } },
      { type: 'messages', id: 'new', attributes: { label: 'Ny', creationDateTime: '2026-03-01T10:00:00Z', confidentiality: false } },
      { type: 'messages', attributes: {} },
      'skräp',
    ]);
    expect(rows.map((r) => r.id)).toEqual(['new', 'old', 'bad']);
    expect(rows[2]).toMatchObject({ label: undefined, status: 'PÅ_VÄG', confidential: true });
    expect(rows[0]?.confidential).toBe(false);
  });

  it('returns no rows for a non-array answer', () => {
    expect(toMessageRows({ data: 'nope' })).toEqual([]);
  });
});

describe('message content helpers', () => {
  it('orders documents by index, those without last', () => {
    const ordered = documentsInOrder([
      { documentId: 'c' },
      { documentId: 'b', index: '2' },
      { documentId: 'a', index: '1' },
    ]);
    expect(ordered.map((d) => d.documentId)).toEqual(['a', 'b', 'c']);
  });

  it('computes the decoded size of base64 content', () => {
    expect(decodedSize(btoa('hello'))).toBe(5);
    expect(decodedSize(btoa('hell'))).toBe(4);
    expect(decodedSize(undefined)).toBeUndefined();
  });
});
