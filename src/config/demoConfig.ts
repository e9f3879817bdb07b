import type { AppConfig } from './configSchema';

/**
 * The values of public/config.json (the local demo world). Tests use it as a valid baseline;
 * config.test.ts checks that it still matches the file.
 */
export const demoConfig: AppConfig = {
  environment: 'DEMO',
  apiBaseUrl: '/api',
  oidc: {
    authority: 'http://127.0.0.1:9090',
    clientId: 'sdk-meddelandeklient',
    scopes:
      'openid profile email offline_access urn:sdk.api:sendMessages urn:sdk.api:getMessage urn:sdk.api:getMessageByFilter urn:sdk.api:deleteMessage',
    loadUserInfo: false,
  },
  claims: {
    functionAddresses: 'urn:sdk.digg.se:auth_id',
    roles: 'urn:sdk-mk:roles',
    organizationId: 'urn:sdk-mk:organization_id',
    organizationName: 'urn:sdk-mk:organization_name',
  },
  pollIntervalSeconds: 15,
  receiptWarningMinutes: 60,
  maxMessageBytes: 31457280,
  allowedAttachmentTypes: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'],
  mock: { enabled: false },
};
