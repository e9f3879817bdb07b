/**
 * The gateway's RFC 7807 answers. Authentication, authorisation, not-found and bad-request
 * problems are the contract's own (src/api/problemResponses, the same the mock service sends,
 * so the app handles them already); these are the ones only a gateway gives.
 */
import { problemResponse } from '../../src/api/problemResponses';

export const GATEWAY_PROBLEM_TYPES = {
  badGateway: 'urn:problem-type:sdk-mk:badGateway',
  gatewayTimeout: 'urn:problem-type:sdk-mk:gatewayTimeout',
  payloadTooLarge: 'urn:problem-type:sdk-mk:payloadTooLarge',
  unavailable: 'urn:problem-type:sdk-mk:unavailable',
  internal: 'urn:problem-type:sdk-mk:internal',
} as const;

export function badGatewayResponse(detail: string, instance: string): Response {
  return problemResponse({ type: GATEWAY_PROBLEM_TYPES.badGateway, title: 'Bad Gateway', detail, instance }, { status: 502 });
}

export function gatewayTimeoutResponse(detail: string, instance: string): Response {
  return problemResponse({ type: GATEWAY_PROBLEM_TYPES.gatewayTimeout, title: 'Gateway Timeout', detail, instance }, { status: 504 });
}

export function payloadTooLargeResponse(maxBytes: number, instance: string): Response {
  return problemResponse(
    {
      type: GATEWAY_PROBLEM_TYPES.payloadTooLarge,
      title: 'Payload Too Large',
      detail: `The request body is larger than ${maxBytes} bytes, the most a message may be (attachments base64-encoded included).`,
      instance,
    },
    { status: 413 },
  );
}

export function unavailableResponse(detail: string, instance: string): Response {
  return problemResponse(
    { type: GATEWAY_PROBLEM_TYPES.unavailable, title: 'Service Unavailable', detail, instance },
    { status: 503, headers: { 'Retry-After': '5' } },
  );
}

export function internalErrorResponse(instance: string): Response {
  return problemResponse(
    { type: GATEWAY_PROBLEM_TYPES.internal, title: 'Internal Server Error', detail: 'The gateway failed to answer; see its log.', instance },
    { status: 500 },
  );
}

/** Thrown where the database failed; the app answers 503 instead of 500. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The gateway database is not reachable.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new DatabaseUnavailableError(error);
  }
}
