import { ApiError } from './errors.js';
import { settle } from './rest-client.js';

interface XhrOptions {
  headers: Record<string, string>;
  withCredentials: boolean;
  timeout: number;
  signal: AbortSignal | undefined;
  onProgress: ((fraction: number) => void) | undefined;
}

/** A POST of form data that reports its upload progress; settles like the client's other requests. */
export function xhrPost(url: URL, body: FormData, options: XhrOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(options.headers)) xhr.setRequestHeader(name, value);
    xhr.withCredentials = options.withCredentials;
    xhr.timeout = options.timeout;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        resolve(settle(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new ApiError('network', 'The badge API cannot be reached.'));
    xhr.ontimeout = () => reject(new ApiError('timeout', 'The badge API took too long to answer.'));
    xhr.onabort = () => reject(new ApiError('aborted', 'The request was cancelled.'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
