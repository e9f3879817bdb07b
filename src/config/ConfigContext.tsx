import { createStrictContext } from '../ui/strictContext';
import type { AppConfig } from './configSchema';

const ConfigContext = createStrictContext<AppConfig>('Config');

export const ConfigProvider = ConfigContext.Provider;
export const useConfig = ConfigContext.use;
