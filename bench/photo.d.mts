/** Draws `code` (a clean QR code image, quiet zone included) as a `size` × `size` photo-like picture. */
export function photoLikeQr(code: CanvasImageSource, options?: { size?: number; seed?: number }): HTMLCanvasElement;
/** A canvas as a PNG file, as if the visitor had picked a photo. */
export function pngFile(canvas: HTMLCanvasElement, name?: string): Promise<File>;
