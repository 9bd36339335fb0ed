/**
 * An array of `length` holes that counts every read of an element: a check that refuses a huge
 * list "at once" must read none. Deterministic, unlike a time bound. (`Array.isArray` is true.)
 */
export function countingArray<T = unknown>(length: number, fill?: T): { readonly array: T[]; reads(): number } {
  let reads = 0;
  const array = new Proxy(new Array<T>(length), {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) {
        reads++;
        return fill;
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}
