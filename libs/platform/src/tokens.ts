import { Inject } from '@nestjs/common';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const CLOCK = Symbol('CLOCK');
export const DATABASE = Symbol('DATABASE');
/** Whether the platform opened the database itself (and may size its pool), or was handed one. */
export const DATABASE_OWNED = Symbol('DATABASE_OWNED');
export const REDIS = Symbol('REDIS');

export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);
export const InjectClock = (): ParameterDecorator => Inject(CLOCK);
export const InjectDatabase = (): ParameterDecorator => Inject(DATABASE);
export const InjectRedis = (): ParameterDecorator => Inject(REDIS);
