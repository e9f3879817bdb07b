import { describe, expect, it } from 'vitest';
import { badRequestProblem, BAD_REQUEST_TYPE, parseProblem, problem, sortEventIssuesNewestFirst } from './problem';
import type { RuleViolation } from './rules/types';

const violations: RuleViolation[] = [
  { in: 'data.attributes.label', rule: 'label.max-length', detail: 'label must be at most 256 characters (was 300)', receipt: { code: 'BV', reason: 'structure' } },
  { in: 'data.attributes.digitalDocument[0].contentFiles[0].contentType', rule: 'attachment.type-not-allowed', detail: "In contentType, the value 'image/x' is not allowed", receipt: { code: 'BV', reason: 'not-supported' } },
];

describe('badRequestProblem', () => {
  it('is the SDK badRequest problem with one MESSAGE_EXCHANGE_ERROR issue per violation', () => {
    const p = badRequestProblem(violations, 'req-1');
    expect(p).toMatchObject({ type: BAD_REQUEST_TYPE, title: 'Bad Request', status: 400, detail: 'MESSAGE_EXCHANGE_ERROR', instance: 'req-1' });
    expect(BAD_REQUEST_TYPE).toBe('urn:problem-type:sdk:badRequest');
    expect(p.eventIssues).toEqual([
      { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'BV/structure: label.max-length', detail: violations[0]?.detail, in: 'data.attributes.label' },
      { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'BV/not-supported: attachment.type-not-allowed', detail: violations[1]?.detail, in: violations[1]?.in },
    ]);
  });

  it('stamps the issues when given a time', () => {
    const p = badRequestProblem(violations.slice(0, 1), 'req-2', '2026-11-22T10:00:00.000Z');
    expect(p.eventIssues?.[0]?.dateTime).toBe('2026-11-22T10:00:00.000Z');
  });
});

describe('problem', () => {
  it('builds an RFC 7807 problem, about:blank unless a type is given', () => {
    expect(problem(404, 'Not Found', 'No such message')).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such message' });
    expect(problem(403, 'Forbidden', 'Missing scope', { type: 'urn:x', instance: '/sdk/messages/1' })).toEqual({
      type: 'urn:x', title: 'Forbidden', status: 403, detail: 'Missing scope', instance: '/sdk/messages/1',
    });
  });
});

describe('sortEventIssuesNewestFirst', () => {
  it('orders by dateTime, newest first, without changing the input', () => {
    const issues = [
      { typeCode: 'SCHEDULED', dateTime: '2026-11-22T10:00:00Z' },
      { typeCode: 'ACCEPTED', dateTime: '2026-11-22T10:05:00Z' },
      { typeCode: 'SUBMITTED', dateTime: '2026-11-22T10:01:00.5Z' },
    ];
    expect(sortEventIssuesNewestFirst(issues).map((i) => i.typeCode)).toEqual(['ACCEPTED', 'SUBMITTED', 'SCHEDULED']);
    expect(issues[0]?.typeCode).toBe('SCHEDULED');
  });

  it('keeps the service order for equal and missing times, undated after dated', () => {
    const issues = [
      { typeCode: 'A', dateTime: '' },
      { typeCode: 'B', dateTime: '2026-11-22T10:00:00Z' },
      { typeCode: 'C' },
      { typeCode: 'D', dateTime: '2026-11-22T10:00:00Z' },
      { typeCode: 'E', dateTime: 'yesterday' },
    ];
    expect(sortEventIssuesNewestFirst(issues).map((i) => i.typeCode)).toEqual(['B', 'D', 'A', 'C', 'E']);
  });
});

describe('parseProblem', () => {
  it('reads a well-formed problem', () => {
    const body = { type: 'urn:event-type:sdk:message', title: 'MESSAGE_EXCHANGE_ERROR', status: 400, detail: 'x', instance: 'i', eventIssues: [{ typeCode: 'BV', title: 'R-1', detail: 'd', in: '/a', dateTime: '' }] };
    expect(parseProblem(body)).toEqual(body);
  });

  it("accepts Digg's misspelt eventsIssue and drops what is not an issue", () => {
    const p = parseProblem({ title: 'MESSAGE_EXCHANGE_ERROR', eventsIssue: [{ typeCode: 'SV', title: 7, in: 'NA' }, 'junk', null, [1]] });
    expect(p).toEqual({ title: 'MESSAGE_EXCHANGE_ERROR', eventIssues: [{ typeCode: 'SV', in: 'NA' }] });
  });

  it('drops ill-typed members and reads JSON text', () => {
    expect(parseProblem('{"status":"400","title":"Bad Request","detail":{}}')).toEqual({ title: 'Bad Request' });
    expect(parseProblem({ status: 401.5, title: 'x' })).toEqual({ title: 'x' });
  });

  it.each([null, undefined, 42, 'Not Found', '[]', [], {}, { foo: 'bar' }])('gives null for %j', (body) => {
    expect(parseProblem(body)).toBeNull();
  });
});
