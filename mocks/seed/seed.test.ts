// @vitest-environment node
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ContentFile, InstanceIdentifier } from '../../src/sdk/model';
import { PERSONAS } from '../personas';
import { createSeedAddressBook, seedMessageId, seedOutgoingRecords } from './index';
import { MUNICIPALITY_ORGANIZATIONS, SEED_ORGANIZATIONS } from './organizations';
import { ROOTS } from './people';

const BASE = new Date('2026-03-02T09:00:00.000Z');
const addressBook = createSeedAddressBook();
const records = seedOutgoingRecords(addressBook, BASE);
const files: ContentFile[] = records.flatMap((r) => r.message.digitalDocument?.flatMap((d) => d.contentFiles ?? []) ?? []);
const bytesOf = (file: ContentFile) => Buffer.from(file.content, 'base64');

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].forEach((ch, i) => {
    let d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  });
  return sum % 10 === 0;
}

describe('seed address book', () => {
  it('has the 33 municipalities of Skåne, each with its own domain', () => {
    expect(MUNICIPALITY_ORGANIZATIONS).toHaveLength(33);
    expect(new Set(MUNICIPALITY_ORGANIZATIONS.map((o) => o.participantIdentifier)).size).toBe(33);
  });

  it('gives organisation numbers with a valid check digit', () => {
    const numbered = SEED_ORGANIZATIONS.filter((o) => o.organizationNumber);
    expect(numbered.length).toBeGreaterThan(40);
    const invalid = numbered.filter((o) => !luhnValid((o.organizationNumber ?? '').replace('-', '')));
    expect(invalid.map((o) => o.name)).toEqual([]);
  });

  it('names every function address sdk:<function>:<owner’s participant id>', () => {
    const misnamed = addressBook.addresses.filter(
      (entry) => !new RegExp(`^sdk:[a-z0-9-]+:${addressBook.participantOf(entry.identifier)}$`).test(entry.identifier),
    );
    expect(misnamed.map((entry) => entry.identifier)).toEqual([]);
  });

  it('holds each persona’s function addresses under the persona’s organisation', () => {
    const owners = PERSONAS.flatMap((p) => p.functionAddresses.map((fa) => [fa, addressBook.participantOf(fa)]));
    const expected = PERSONAS.flatMap((p) => p.functionAddresses.map((fa) => [fa, p.organization.id]));
    expect(owners).toEqual(expected);
  });
});

describe('seed messages', () => {
  it('are the same for the same base time', () => {
    expect(seedOutgoingRecords(createSeedAddressBook(), BASE)).toEqual(records);
  });

  it('carry real one-page PDFs whose cross-reference offsets are right', () => {
    const pdfs = files.filter((f) => f.contentType === 'application/pdf');
    expect(pdfs.length).toBeGreaterThanOrEqual(5);
    for (const file of pdfs) {
      const pdf = bytesOf(file).toString('latin1');
      expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
      expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
      const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)?.[1]);
      expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
      const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      expect(offsets).toHaveLength(5);
      offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
      const length = Number(/\/Length (\d+)/.exec(pdf)?.[1]);
      const stream = /stream\n([\s\S]*?)\nendstream/.exec(pdf)?.[1] ?? '';
      expect(stream.length).toBe(length);
    }
  });

  it('include one real PNG image', () => {
    const [png] = files.filter((f) => f.contentType === 'image/png');
    const bytes = bytesOf(png as ContentFile);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    let offset = 8;
    const chunks: Array<{ type: string; data: Buffer; crcOk: boolean }> = [];
    while (offset < bytes.length) {
      const length = bytes.readUInt32BE(offset);
      const type = bytes.subarray(offset + 4, offset + 8);
      const data = bytes.subarray(offset + 8, offset + 8 + length);
      chunks.push({ type: type.toString(), data, crcOk: bytes.readUInt32BE(offset + 8 + length) === crc32(Buffer.concat([type, data])) });
      offset += 12 + length;
    }
    expect(chunks.map((c) => [c.type, c.crcOk])).toEqual([['IHDR', true], ['IDAT', true], ['IEND', true]]);
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(inflateSync(chunks[1]?.data ?? Buffer.alloc(0)).length).toBe(height * (1 + width * 3));
  });

  it('use personnummer and samordningsnummer with valid check digits', () => {
    const ids: InstanceIdentifier[] = records.flatMap((r) => [
      ...(r.message.senderAttention?.referenceId ?? []),
      ...(r.message.recipientAttention?.referenceId ?? []),
    ]);
    const personal = ids.filter((id) => id.root === ROOTS.personnummer || id.root === ROOTS.samordningsnummer);
    expect(personal.length).toBeGreaterThan(10);
    expect(personal.filter((id) => !/^\d{8}-\d{4}$/.test(id.extension))).toEqual([]);
    expect(personal.filter((id) => !luhnValid(id.extension.replace('-', '').slice(2)))).toEqual([]);
    const day = (id: InstanceIdentifier) => Number(id.extension.slice(6, 8));
    const samordning = personal.filter((id) => id.root === ROOTS.samordningsnummer);
    expect(samordning.length).toBeGreaterThan(0);
    expect(samordning.every((id) => day(id) > 60)).toBe(true);
    expect(personal.filter((id) => id.root === ROOTS.personnummer).every((id) => day(id) >= 1 && day(id) <= 31)).toBe(true);
    expect(ids.some((id) => id.root === ROOTS.diarienummer)).toBe(true);
  });

  it('hold a Malmö↔Lund thread: one conversationId, each reply pointing at the previous message', () => {
    const keys = ['lund-overflyttning-lind', 'malmo-svar-overflyttning-lind', 'lund-komplettering-lind', 'malmo-bekraftelse-lind'];
    const thread = keys.map((key) => records.find((r) => r.message.messageId === seedMessageId(key)));
    expect(new Set(thread.map((r) => r?.message.conversationId))).toEqual(new Set([seedMessageId(keys[0] ?? '')]));
    thread.slice(1).forEach((r, i) => expect(r?.message.refToMessageId).toBe(seedMessageId(keys[i] ?? '')));
    expect(thread.map((r) => r?.message.sender)).toEqual(['0203:lund.se', '0203:malmo.se', '0203:lund.se', '0203:malmo.se']);
  });

  it('mix confidential and open messages, with Markdown bodies', () => {
    expect(records.some((r) => r.message.confidentiality)).toBe(true);
    expect(records.some((r) => !r.message.confidentiality)).toBe(true);
    const bodies = records.map((r) => r.message.digitalDocument?.[0]?.contentTextBody?.[0] ?? '');
    expect(bodies.some((b) => /^# /m.test(b))).toBe(true);
    expect(bodies.some((b) => /\*\*.+\*\*/.test(b))).toBe(true);
    expect(bodies.some((b) => /^\* /m.test(b))).toBe(true);
    expect(bodies.some((b) => /^1\. /m.test(b))).toBe(true);
  });
});
