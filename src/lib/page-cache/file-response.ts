/**
 * The answer of a build-time endpoint that serves a file made whole in memory (open data, calendars,
 * DOCX files, the CMS's scripts), and how the page cache takes its bytes back.
 *
 * A Response made from bytes copies them (the Fetch standard's body extraction), and reading it
 * back (`arrayBuffer()`) copies them again: three copies of every file, counting the encoding of its
 * text. At region size (400 schools) the files are about 180 MB of the build's output (school
 * calendars 114 MB, open data 58 MB) and each copy is fresh memory, which the machine first has to
 * map. So the body here is a stream of the bytes themselves (nothing copied), and the middleware
 * (src/middleware.ts) takes the bytes it was made from instead of reading the stream. Anything else
 * that reads the Response (`astro dev`, a build without the page cache) reads the same bytes.
 */

/** The bytes of the Responses made here, until the Response is collected. */
const made = new WeakMap<Response, Uint8Array<ArrayBuffer>>();

/** A 200 Response of `content` (text is encoded as UTF-8) with the given Content-Type. */
export function fileResponse(content: string | Uint8Array<ArrayBuffer>, contentType: string): Response {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
  const response = new Response(body, { headers: { 'Content-Type': contentType } });
  made.set(response, bytes);
  return response;
}

/** A Response's whole body as bytes: those it was made from when `fileResponse` made it and nothing has read it, else read. */
export async function responseBytes(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = made.get(response);
  if (bytes && !response.bodyUsed) return bytes;
  return new Uint8Array(await response.arrayBuffer());
}
