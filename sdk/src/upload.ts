/** A file for a multipart upload, bound to a variable path such as `files.0`. */
export interface UploadFile {
  variable: string;
  filename: string;
  /** A `Blob` (a browser `File` is one), or the bytes (a Node `Buffer` is a `Uint8Array`). */
  content: Blob | ArrayBuffer | ArrayBufferView;
  /** Defaults to the Blob's own type, else `application/octet-stream`. */
  mimeType?: string;
}

/**
 * The body of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
 * `operations` with `null` where each file goes, `map` from part name to variable path, then the
 * files. Built with FormData and Blob, which browsers and Node 18+ both have.
 */
export function multipartBody(query: string, variables: unknown, files: readonly UploadFile[]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((f, i) => [String(i), [`variables.${f.variable}`]]))));
  files.forEach((f, i) => form.append(String(i), asBlob(f), f.filename));
  return form;
}

function asBlob({ content, mimeType }: UploadFile): Blob {
  if (content instanceof Blob)
    return mimeType && mimeType !== content.type ? content.slice(0, content.size, mimeType) : content;
  // Any ArrayBuffer or view is a valid BlobPart at run time; the DOM typings only refuse views over
  // a SharedArrayBuffer, which no file read gives.
  return new Blob([content as BlobPart], { type: mimeType ?? 'application/octet-stream' });
}
