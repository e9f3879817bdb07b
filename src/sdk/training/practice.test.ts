import { describe, expect, it } from 'vitest';
import { isPracticeAddress, isPracticeMailbox, newCourseCode, parsePracticeAccount, practiceAccountId, practiceMailbox, COURSE_CODE } from './practice';

describe('practice accounts and mailboxes', () => {
  it('reads back the account and mailbox of a participant', () => {
    const code = newCourseCode(() => 0.5);
    expect(code).toMatch(COURSE_CODE);
    const id = practiceAccountId(code, 3);
    expect(parsePracticeAccount(id)).toEqual({ id, code, number: 3, name: `Deltagare 3 (övning ${code})`, mailbox: practiceMailbox(code, 3) });
    expect(isPracticeMailbox(practiceMailbox(code, 3))).toBe(true);
  });

  it('knows no other subject or address', () => {
    expect(parsePracticeAccount('anna')).toBeUndefined();
    expect(parsePracticeAccount('deltagare-abc234-41')).toBeUndefined();
    expect(isPracticeMailbox('sdk:registrator:0203:malmo.se')).toBe(false);
    expect(isPracticeAddress('sdk:elevhalsa:0203:skolan.ovning.sdk.se')).toBe(true);
    expect(isPracticeAddress('sdk:x:0203:ovning.sdk.se.evil.se')).toBe(false);
  });
});
