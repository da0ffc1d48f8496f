import type { RequestHandler, Response } from 'express';
import processRequest, { type ProcessRequestOptions } from 'graphql-upload/processRequest.mjs';
import Upload from 'graphql-upload/Upload.mjs';
import type { IncomingMessage } from 'node:http';
import type { Writable } from 'node:stream';

/** An error for the HTTP answer: its `status` (4xx) and a message safe to show. */
export interface HttpError extends Error {
  status: number;
}

/**
 * GraphQL multipart requests (graphql-upload's `processRequest`), where every malformed request
 * gets a 4xx before anything executes. graphqlUploadExpress lets some of them through as 500s or
 * hangs: a parser error (a malformed part header, a body cut short) has no HTTP status, a
 * `multipart/form-data` without a boundary is never read (and its answer waits for the body to
 * be read), and a request cut short after its `map` fails inside a resolver, half way through.
 * Here each file must arrive whole (buffered to disk by graphql-upload, as before) before the
 * operation runs; a file over `maxFileSize` is left to the resolver, which says which one it is.
 */
export function multipartUploads(options: ProcessRequestOptions): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    answerOnceRead(req, res);
    readMultipart(req, res, options).then(
      (body) => {
        req.body = body;
        next();
      },
      (error: unknown) => {
        req.resume(); // read and drop the rest, so that the answer can go
        next(asHttpError(error));
      },
    );
  };
}

async function readMultipart(req: IncomingMessage, res: Response, options: ProcessRequestOptions): Promise<unknown> {
  // Resolves once `map` is read; the files are still arriving.
  const operations = await processRequest(req, res, options);
  await Promise.all(uploadsIn(operations).map(arrived));
  return operations;
}

/**
 * As graphqlUploadExpress does: the answer waits until the request is read, or a client still
 * sending its files would see its connection reset instead of the answer.
 */
function answerOnceRead(req: IncomingMessage, res: Response): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const go = () => {
      res.send = send;
      send(body);
    };
    if (req.readableEnded || req.destroyed) go();
    else {
      req.once('end', go);
      req.once('close', () => {
        if (!res.headersSent) go();
      });
    }
    return res;
  };
}

/** Every Upload placed in the operations by the `map`, once each. */
function uploadsIn(operations: unknown): Upload[] {
  const found = new Set<Upload>();
  const stack: unknown[] = [operations];
  while (stack.length) {
    const item = stack.pop();
    if (item instanceof Upload) found.add(item);
    else if (Array.isArray(item)) for (const element of item) stack.push(element);
    else if (item !== null && typeof item === 'object') for (const value of Object.values(item)) stack.push(value);
  }
  return [...found];
}

/** Resolves when the upload's file has arrived whole; rejects when the request broke off or failed. */
async function arrived(upload: Upload): Promise<void> {
  const file = await upload.promise;
  // graphql-upload buffers each file in an fs-capacitor WriteStream it keeps on the file.
  const capacitor = (file as { capacitor?: Writable }).capacitor;
  if (!capacitor) return;
  const failed = (error: unknown) => {
    // Over the size limit: the resolver reports it, naming the file.
    if ((error as Partial<HttpError>).status === 413) return;
    throw error;
  };
  if (capacitor.errored) return failed(capacitor.errored);
  if (capacitor.writableFinished || capacitor.destroyed) return;
  await new Promise<void>((resolve, reject) => {
    capacitor.once('finish', resolve);
    capacitor.once('close', resolve);
    capacitor.once('error', reject);
  }).catch(failed);
}

/** A 4xx for anything that went wrong reading the request: the parser's own errors have no status. */
function asHttpError(error: unknown): HttpError {
  const status = (error as Partial<HttpError>).status;
  if (error instanceof Error && typeof status === 'number' && status >= 400 && status < 500) {
    return error as HttpError;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(`Malformed multipart request: ${reason}`), { status: 400 });
}
