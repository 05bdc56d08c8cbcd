// File evidence: reading one multipart upload with a size cap, recognising its type from its
// bytes, and cleaning its file name.
import busboy from 'busboy';
import { HttpError, badRequest, mediaType } from './http.js';

/** Multipart framing and the taskId field around the file. */
const MULTIPART_OVERHEAD = 16 * 1024;

const ascii = (text) => [...text].map((c) => c.charCodeAt(0));

/** Leading bytes of each binary type; `null` matches any byte. */
const SIGNATURES = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: ascii('GIF87a') },
  { type: 'image/gif', bytes: ascii('GIF89a') },
  { type: 'image/webp', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { type: 'application/pdf', bytes: ascii('%PDF-') },
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The type of a file from its content, never trusted from the client: PNG, JPEG, WebP, GIF, PDF or
 * plain text, else undefined. Text must be valid UTF-8 without NUL bytes, which rules out
 * executables and other binaries.
 * @param {Buffer} bytes
 * @returns {string | undefined}
 */
export function sniffType(bytes) {
  const signature = SIGNATURES.find(({ bytes: expected }) =>
    expected.every((byte, i) => byte === null || bytes[i] === byte),
  );
  if (signature) return signature.type;
  if (bytes.includes(0)) return undefined;
  try {
    utf8.decode(bytes);
    return 'text/plain';
  } catch {
    return undefined;
  }
}

/**
 * The declared type, with common aliases folded; generic or missing types declare nothing.
 * @param {string | undefined} header
 * @returns {string | undefined}
 */
function declaredType(header) {
  const type = mediaType(header);
  if (type === '' || type === 'application/octet-stream') return undefined;
  return type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type;
}

/**
 * A file name safe to keep and show: the last path segment only, without control characters,
 * leading dots or anything but letters, digits, spaces and `._()-`.
 * @param {string} name
 */
export function sanitiseFileName(name) {
  const clean = (String(name).split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/\p{C}/gu, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 120);
  return clean || 'evidence';
}

/**
 * @typedef {object} Upload
 * @property {Record<string, string>} fields
 * @property {{ name: string, type: string | undefined, data: Buffer } | undefined} file the part named `file`
 */

/**
 * Reads a multipart/form-data request with one file of at most `maxBytes`. Reading stops as soon
 * as the file is too large (413); what the client still sends is drained without being kept.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} maxBytes
 * @returns {Promise<Upload>}
 */
export function readUpload(req, maxBytes) {
  const tooLarge = () => new HttpError(413, 'file_too_large', `The file is larger than ${maxBytes} bytes.`);
  if (Number(req.headers['content-length']) > maxBytes + MULTIPART_OVERHEAD) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    let parser;
    try {
      // busboy signals its limit on reaching it, so one byte more marks a file that is too large.
      const limits = { files: 1, fields: 10, fieldSize: 1024, parts: 12, fileSize: maxBytes + 1 };
      // Browsers send file names as raw UTF-8.
      parser = busboy({ headers: req.headers, limits, defParamCharset: 'utf8' });
    } catch {
      return reject(badRequest('invalid_multipart', 'The upload is not valid multipart/form-data.'));
    }
    /** @type {Record<string, string>} */
    const fields = {};
    /** @type {{ name: string, type: string | undefined, chunks: Buffer[] } | undefined} */
    let file;
    let failed = false;
    const fail = (error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) return void stream.resume();
      const current = { name: info.filename ?? '', type: declaredType(info.mimeType), chunks: [] };
      file = current;
      stream.on('data', (chunk) => current.chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge()));
    });
    parser.on('error', () => fail(badRequest('invalid_multipart', 'The upload is not valid multipart/form-data.')));
    parser.on('close', () => {
      if (failed) return;
      resolve({ fields, file: file && { name: file.name, type: file.type, data: Buffer.concat(file.chunks) } });
    });
    req.on('error', fail);
    req.pipe(parser);
  });
}
