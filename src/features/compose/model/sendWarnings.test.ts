import { describe, expect, it } from 'vitest';
import { emptyValues, type ComposeValues, type SelectedRecipient } from './composeValues';
import { mentionsAttachment, sendWarnings } from './sendWarnings';

const r = (n: number): SelectedRecipient => ({ identifier: `sdk:f${n}:0203:x${n}.se`, participantIdentifier: `0203:x${n}.se`, functionName: `F${n}`, organizationName: `O${n}` });
const values = (change: Partial<ComposeValues>): ComposeValues => ({ ...emptyValues('sdk:a:0203:malmo.se'), recipients: [r(1)], label: 'L', confidentiality: false, text: 'Hej', ...change });

describe('sendWarnings', () => {
  it('none for an ordinary message', () => {
    expect(sendWarnings(values({}), 0)).toEqual([]);
  });

  it('empty text', () => {
    expect(sendWarnings(values({ text: '  \n' }), 1)).toEqual(['empty-text']);
  });

  it('the text mentions an attachment but none is attached', () => {
    expect(sendWarnings(values({ text: 'Jag bifogar utredningen.' }), 0)).toEqual(['mentions-attachment']);
    expect(sendWarnings(values({ text: 'Jag bifogar utredningen.' }), 1)).toEqual([]);
  });

  it('confidential without any reference', () => {
    expect(sendWarnings(values({ confidentiality: true }), 0)).toEqual(['confidential-without-reference']);
    expect(sendWarnings(values({ confidentiality: true, references: [{ key: 'k', kind: 'diarienummer', value: 'X 1', label: '' }] }), 0)).toEqual([]);
  });

  it('many recipients (more than five)', () => {
    expect(sendWarnings(values({ recipients: [1, 2, 3, 4, 5].map(r) }), 0)).toEqual([]);
    expect(sendWarnings(values({ recipients: [1, 2, 3, 4, 5, 6].map(r) }), 0)).toEqual(['many-recipients']);
  });
});

describe('mentionsAttachment', () => {
  it.each(['Se bifogad fil', 'Jag bifogar beslutet', 'bifogat finns', 'Bilaga 1: utredning', 'se bilagan', 'två bilagor', 'Bilagorna kommer', 'Se bifogade handlingar', 'bifogas'])(
    'notices "%s"',
    (text) => expect(mentionsAttachment(text)).toBe(true),
  );
  it.each(['Hej, vi ses på mötet', 'Tillagt i ärendet', 'obifogbar'])('does not notice "%s"', (text) => expect(mentionsAttachment(text)).toBe(false));
});
