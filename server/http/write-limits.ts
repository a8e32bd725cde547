import { writeBuckets, writeLimitMessages, type WriteBucket } from "../../src/api/rules/write-limits.ts";
import type { EndpointName } from "../../src/api/endpoints.ts";
import { hit, windowOf, type Limit } from "../auth/rate-limit.ts";
import type { StatementCount } from "../db/guarded-write.ts";
import type { Db } from "../db/schema.ts";
import { HttpError } from "./errors.ts";

/**
 * One request's count against the subject's write limits, made exactly once whatever becomes of the request, so a
 * refused or invalid write counts as much as one that succeeds (as in the mock), and one past a limit is answered
 * 429 whatever else is wrong with it. A write that goes ahead is counted inside its own transaction on SQLite
 * (`within`, then `settle` once that transaction committed), inside its own statement on PostgreSQL
 * (`inStatement`, then `settleCounted`): one commit for both (decisions 0068, 0072). Anything that ends the
 * request before that is counted on its own (`alone`).
 */
export class WriteCount {
  #settled = false;
  #refusal: HttpError | null = null;
  readonly #buckets: readonly WriteBucket[];
  readonly #subjectId: string;
  readonly #limits: Record<WriteBucket, Limit>;
  readonly #now: Date;

  constructor(name: EndpointName, subjectId: string, limits: Record<WriteBucket, Limit>, now: Date) {
    this.#buckets = writeBuckets[name] ?? [];
    this.#settled = this.#buckets.length === 0;
    this.#subjectId = subjectId;
    this.#limits = limits;
    this.#now = now;
  }

  /** Counts through `db` (a transaction); false when a limit is passed, and then nothing else should be written. */
  async within(db: Db): Promise<boolean> {
    this.#refusal = null;
    for (const bucket of this.#buckets) {
      const outcome = await hit(db, this.#keyOf(bucket), this.#limits[bucket], this.#now);
      if (!outcome.allowed) {
        this.#refusal = this.#refused(bucket, outcome.retryAfter);
        return false;
      }
    }
    return true;
  }

  /**
   * The count a PostgreSQL write's statement can run first (`commitCounted`), or null when the write counts
   * against several limits (each must stop the next, as in `within`) or is counted already.
   */
  inStatement(): StatementCount | null {
    const [bucket, ...others] = this.#buckets;
    if (this.#settled || !bucket || others.length > 0) return null;
    const { windowStart } = windowOf(this.#limits[bucket], this.#now);
    return { key: this.#keyOf(bucket), windowStart, max: this.#limits[bucket].max };
  }

  /** The statement `inStatement` joined has committed, with the count it returned. */
  settleCounted(count: number): void {
    const bucket = this.#buckets[0]!;
    const outcome = windowOf(this.#limits[bucket], this.#now).outcome(count);
    this.#refusal = outcome.allowed ? null : this.#refused(bucket, outcome.retryAfter);
    this.#settled = true;
  }

  #keyOf(bucket: WriteBucket): string {
    return `${bucket}:subject:${this.#subjectId}`;
  }

  #refused(bucket: WriteBucket, retryAfter: number): HttpError {
    return new HttpError("rate_limited", writeLimitMessages[bucket], { retryAfter });
  }

  /** The transaction `within` ran in has committed, and the count with it. */
  settle(): void {
    this.#settled = true;
  }

  /** Counts with a commit of its own unless the count is settled; throws the 429 when a limit was passed. */
  async alone(db: Db): Promise<void> {
    if (!this.#settled) {
      await this.within(db);
      this.#settled = true;
    }
    if (this.#refusal) throw this.#refusal;
  }
}
