import { createStrictContext } from '../ui/strictContext';
import type { ApiClient } from './client';

const ApiClientContext = createStrictContext<ApiClient>('ApiClient');

export const ApiClientProvider = ApiClientContext.Provider;
export const useApiClient = ApiClientContext.use;
