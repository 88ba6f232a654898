/**
 * `value` when it is one of `options`, else undefined: how text from a select, a file or a message
 * becomes one of a union's members without a cast.
 */
export function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}
