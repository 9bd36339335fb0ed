/** Whether a value is a whole number of milliseconds that an instant may be: a safe integer >= 0. */
export function isInstant(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
