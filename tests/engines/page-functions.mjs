// Functions that run inside the page, shared by the Playwright fixtures and the
// cross-engine drivers. Each is self-contained: a driver sends its source.

/**
 * Every key and value in local storage, as the app reads them: partners and
 * coalitions are stored packed (src/store/packing.rs: a JSON string of U+E000
 * then 15 bits of UTF-8 per character from U+4000), so they are unpacked to
 * their JSON text; every other value is returned as stored.
 */
export function readLocalStorage() {
  const unpack = (value) => {
    if (!value.startsWith('"\uE000') || !value.endsWith('"')) return value;
    const bytes = [];
    let buffer = 0;
    let held = 0;
    for (const character of value.slice(2, -1)) {
      buffer = ((buffer << 15) | (character.codePointAt(0) - 0x4000)) & 0x3fffff;
      held += 15;
      while (held >= 8) {
        held -= 8;
        bytes.push((buffer >> held) & 0xff);
      }
    }
    while (bytes.length > 0 && bytes[bytes.length - 1] === 0) bytes.pop();
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  };
  const entries = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    entries[key] = unpack(localStorage.getItem(key));
  }
  return entries;
}
