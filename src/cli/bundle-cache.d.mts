/** Hash of the names, sizes and modification times of the source files under `dir` (default: src/). */
export function fingerprint(dir?: string): string;
/** The bundle of `entry` for the current sources, built if needed; null when it cannot be built. */
export function bundled(name: string, entry: URL, options?: { srcDir?: string; cacheDir?: string }): Promise<URL | null>;
/** Path of the start-up snapshot of `name` for the current sources and this Node (whether it exists or not). */
export function snapshotFile(name: string, options?: { srcDir?: string; cacheDir?: string }): string;
/** The cached start-up snapshot of `name` for the current sources and this Node, or null. */
export function cachedSnapshot(name: string, options?: { srcDir?: string; cacheDir?: string }): string | null;
/** Builds the start-up snapshot of `entry` unless cached; its path, or null when it cannot be made. */
export function buildSnapshot(name: string, entry: URL, options?: { srcDir?: string; cacheDir?: string; check?: string[] }): Promise<string | null>;
/** Starts buildSnapshot in a detached process that outlives this one. */
export function buildSnapshotInBackground(name: string, entry: URL, check?: string[]): void;
/** The bundle of `name` for the current sources if already built, else null (builds nothing). */
export function cachedBundle(name: string, options?: { srcDir?: string; cacheDir?: string }): URL | null;
