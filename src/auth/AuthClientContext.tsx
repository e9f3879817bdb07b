import { createStrictContext } from '../ui/strictContext';
import type { AuthClient } from './authClient';

const AuthClientContext = createStrictContext<AuthClient>('AuthClient');

export const AuthClientProvider = AuthClientContext.Provider;
export const useAuthClient = AuthClientContext.use;
