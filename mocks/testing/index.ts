/** Test helpers for Vitest (not for the app bundle). */
export { TEST_API_BASE, TEST_CLOCK_START, useMockService, type UseMockServiceOptions } from './useMockService';
export { TEST_ISSUER, issueTestToken, createTestTokenVerifier, type TestTokenOptions } from './testTokens';
export { callApi, type CallApiInit } from './callApi';
export { testMessageRequest, type TestMessageOptions } from './messageRequests';
export { fillInbox } from './fillInbox';
