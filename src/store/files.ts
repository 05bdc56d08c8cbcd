import type { StoredFile } from './database.js';

/** A file the visitor attached to one task of a claim. */
export interface Attachment {
  taskId: string;
  file: File;
}

/**
 * Attachments as the store keeps them: bytes plus name and type. WebKit refuses to store a
 * `Blob` or `File` in IndexedDB, and every engine keeps an `ArrayBuffer`.
 */
export function storable(attachments: Attachment[]): Promise<StoredFile[]> {
  return Promise.all(
    attachments.map(async ({ taskId, file }) => ({ taskId, name: file.name, type: file.type, bytes: await file.arrayBuffer() })),
  );
}

/** Stored files as files again; records from earlier versions of the kit hold a `Blob` instead of bytes. */
export function toFile(stored: StoredFile): File {
  return new File(['bytes' in stored ? stored.bytes : stored.blob], stored.name, { type: stored.type });
}

export function attachments(files: StoredFile[]): Attachment[] {
  return files.map((stored) => ({ taskId: stored.taskId, file: toFile(stored) }));
}
