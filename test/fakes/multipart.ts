// A byte-exact multipart/form-data reader. The WHATWG FormData parser turns parts without a
// filename into strings, which corrupts binary uploads that clients (twitter-api-v2) send so.
export type Parts = Map<string, Buffer>;

export function readMultipart(body: Buffer, contentType: string | undefined): Parts {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  const parts: Parts = new Map();
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return parts;
  const delimiter = Buffer.from(`--${marker}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const name = /name="([^"]*)"/.exec(part.subarray(0, split).toString('utf8'))?.[1];
    if (name !== undefined && split !== -1) parts.set(name, part.subarray(split + 4));
    start = next;
  }
  return parts;
}
