/** Thrown by either backend when a write was based on an outdated version; carries what is current. */
export class VersionConflict<T> extends Error {
  readonly current: T;
  constructor(current: T, message = "This was changed elsewhere; showing the latest version.") {
    super(message);
    this.name = "VersionConflict";
    this.current = current;
  }
}

export function assertVersion<T extends { version: number }>(current: T, baseVersion: number): void {
  if (current.version !== baseVersion) throw new VersionConflict(current);
}
