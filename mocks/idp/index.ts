export { createIdp, startIdp, type Idp, type IdpOptions, type RunningIdp, type StartIdpOptions } from './createIdp';
export { API_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS } from './configuration';
