/** Hash of the names, sizes and modification times of the source files under `dir` (default: src/). */
export function fingerprint(dir?: string): string;
/** The bundle of `entry` for the current sources, built if needed; null when it cannot be built. */
export function bundled(name: string, entry: URL, options?: { srcDir?: string; cacheDir?: string }): Promise<URL | null>;
