/**
 * A path relative to a folder, both as URI paths (always `/`, whatever the system): the engine
 * knows seeds by URI and needs no file system's path rules. Undefined when the path is not inside.
 */
export function relativeUriPath(folder: string, path: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  if (!path.startsWith(prefix) || path.length === prefix.length) return undefined;
  const relative = path.slice(prefix.length);
  return relative.split('/').includes('..') ? undefined : relative;
}
