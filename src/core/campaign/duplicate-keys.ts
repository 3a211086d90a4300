/**
 * The first key that appears twice in one object of a JSON text, or null. JSON.parse keeps the last of
 * duplicates silently, so a pack could show one value and have another verified: such packs are refused.
 * One pass; keys are compared decoded ("a" and "\u0061" are the same key). Text that is not JSON gives null
 * and is left to JSON.parse to refuse.
 */
export function duplicateKey(text: string): string | null {
  const objects: ({ keys: Set<string>; expectKey: boolean } | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: up to its closing quote, skipping escaped characters
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      const top = objects[objects.length - 1];
      if (top?.expectKey) {
        let key: unknown;
        try {
          key = JSON.parse(text.slice(i, end + 1));
        } catch {
          return null;
        }
        if (typeof key !== 'string') return null;
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123) objects.push({ keys: new Set(), expectKey: true }); // {
    else if (c === 91) objects.push(null); // [
    else if (c === 125 || c === 93) objects.pop(); // } ]
    else if (c === 44) {
      // , : the next string in an object is a key again
      const top = objects[objects.length - 1];
      if (top) top.expectKey = true;
    }
  }
  return null;
}
