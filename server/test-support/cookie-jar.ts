/**
 * What a browser adds that Node's fetch does not: it keeps the cookies the server sets and sends them back, and
 * says which origin the page was on. One jar is one browser.
 */
export function browserFetch(origin: string, send: typeof fetch = (input, init) => fetch(input, init)): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (!headers.has("Origin")) headers.set("Origin", origin);
    if (jar.size > 0) headers.set("Cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await send(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const gone = value === "" || attributes.some((attribute) => /^max-age=0$/i.test(attribute));
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
}
