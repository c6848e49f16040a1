/** A seeding problem the person can fix in their scenario, with where it is. */
export class SeedingError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'SeedingError';
  }
}
