import { writeBuckets, writeLimitMessages, type WriteBucket } from "../../src/api/rules/write-limits.ts";
import type { EndpointName } from "../../src/api/endpoints.ts";
import { hit, type Limit } from "../auth/rate-limit.ts";
import type { Db } from "../db/schema.ts";
import { HttpError } from "./errors.ts";

/**
 * One request's count against the subject's write limits, made exactly once whatever becomes of the request, so a
 * refused or invalid write counts as much as one that succeeds (as in the mock), and one past a limit is answered
 * 429 whatever else is wrong with it. A write that goes ahead is counted inside its own transaction (`within`,
 * then `settle` once that transaction committed): one commit for both (decision 0068). Anything that ends the
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
      const outcome = await hit(db, `${bucket}:subject:${this.#subjectId}`, this.#limits[bucket], this.#now);
      if (!outcome.allowed) {
        this.#refusal = new HttpError("rate_limited", writeLimitMessages[bucket], { retryAfter: outcome.retryAfter });
        return false;
      }
    }
    return true;
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
