export { API_PREFIX, clockSpeedFromEnv, startMtSim, type RunningMtSim, type StartMtSimOptions } from './startMtSim';
