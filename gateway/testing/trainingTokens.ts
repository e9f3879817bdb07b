import { issueUserToken } from './userTokens';

/** Tove, the demo's trainer (Region Skåne): the course server's tests act as her. */
export const toveToken = () => issueUserToken({ subject: 'tove', name: 'Tove Persson', roles: ['trainer'], organizationId: '0203:skane.se' });
