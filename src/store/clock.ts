/** Current time as the store writes it. Injected where tests need to move time. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export const toIso = (date: Date): string => date.toISOString();
