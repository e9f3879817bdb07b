/**
 * Access tokens for the superuser console's tests, as the demo IdP issues them (roles and
 * organisation claims): Sara is a superuser in Malmö, Anna a caseworker in Malmö (refused the
 * console), Lena a superuser in Lund (another organisation: never sees Malmö's mailboxes).
 */
import { issueUserToken } from './userTokens';

export const MALMO = '0203:malmo.se';
export const LUND = '0203:lund.se';

export const saraToken = () =>
  issueUserToken({ subject: 'sara', name: 'Sara Nilsson', roles: ['superuser', 'caseworker'], organizationId: MALMO, groups: ['malmo-registratur'] });

export const annaToken = () =>
  issueUserToken({ subject: 'anna', name: 'Anna Lindqvist', roles: ['caseworker'], organizationId: MALMO, groups: ['malmo-aldreomsorg'] });

export const lundSuperuserToken = () =>
  issueUserToken({ subject: 'lena', name: 'Lena Berg', roles: ['superuser'], organizationId: LUND });

/** A superuser token without an organisation claim (a misconfigured IdP). */
export const superuserWithoutOrganizationToken = () => issueUserToken({ subject: 'nobody', roles: ['superuser'] });
