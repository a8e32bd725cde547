import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Jurisdiction } from "../../src/api/contract/common.ts";
import type { DataItem } from "../../src/api/contract/data.ts";
import { legalTimeZone } from "../../src/api/rules/due-dates.ts";
import { freshSignInMs } from "../../src/api/rules/step-up.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure, signIn } from "./helpers.ts";

const minute = 60_000;

/** The deadline as the law's own clock reads it: the last second of a calendar day in the legal zone. */
const inLegalZone = (iso: string, jurisdiction: Jurisdiction) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: legalTimeZone(jurisdiction),
    dateStyle: "short",
    timeStyle: "medium",
  }).format(new Date(iso));

describe.each(backends)("rights contract: $name", (factory) => {
  let backend: Backend;
  let items: DataItem[];
  const item = (field: string) => items.find((candidate) => candidate.field === field)!;
  beforeEach(async () => {
    backend = await factory.create();
    await signIn(backend.api, customers.ca);
    items = (await backend.api.getData()).items;
  });
  afterEach(() => backend.close());

  describe("corrections", () => {
    it("files a correction typed for the field, storing what it says and what it should say", async () => {
      const phone = item("phone");
      const request = await backend.api.createRequest({
        type: "correction",
        correction: { itemId: phone.id, proposed: { country: "US", number: "+1 415 555 0199" }, note: "New number" },
      });
      expect(request).toMatchObject({ type: "correction", status: "received" });
      expect(request.correction).toEqual({
        itemId: phone.id,
        field: "phone",
        kind: "phone",
        current: phone.value,
        proposed: "+14155550199",
        note: "New number",
      });
      expect((await backend.api.getRequest(request.id)).correction).toEqual(request.correction);
    });

    it("formats a postal address by its country and names each wrong part", async () => {
      const address = item("postal_address");
      const proposed = { country: "US", line1: "1 Market St", city: "San Francisco", region: "CA", postalCode: "941" };
      const error = await failure(
        backend.api.createRequest({ type: "correction", correction: { itemId: address.id, proposed } }),
      );
      expect(error).toMatchObject({ code: "validation", status: 400 });
      expect(error.fields).toEqual([
        { path: "correction.proposed.postalCode", message: "corrections.error.postalCode" },
      ]);
      const filed = await backend.api.createRequest({
        type: "correction",
        correction: { itemId: address.id, proposed: { ...proposed, postalCode: "94105" } },
      });
      expect(filed.correction?.proposed).toBe("1 Market St, 94105 San Francisco CA, US");
    });

    it("refuses a phone that is not E.164 for its country, on the number", async () => {
      const error = await failure(
        backend.api.createRequest({
          type: "correction",
          correction: { itemId: item("phone").id, proposed: { country: "BR", number: "+1 415 555 0199" } },
        }),
      );
      expect(error.fields).toEqual([{ path: "correction.proposed.number", message: "corrections.error.phone" }]);
    });

    it("refuses a value that would change nothing, on the field it concerns", async () => {
      const email = item("email");
      const error = await failure(
        backend.api.createRequest({
          type: "correction",
          correction: { itemId: email.id, proposed: email.value.toUpperCase() },
        }),
      );
      expect(error.fields).toEqual([{ path: "correction.proposed", message: "corrections.error.same" }]);
    });

    it("refuses an item that cannot be corrected or is not the subject's, and a correction without one", async () => {
      const api = backend.api;
      const before = (await api.listRequests()).length;
      const fixed = items.find((candidate) => !candidate.correctable)!;
      expect(
        (await failure(api.createRequest({ type: "correction", correction: { itemId: fixed.id, proposed: "x" } })))
          .fields,
      ).toEqual([{ path: "correction.itemId", message: "corrections.error.notCorrectable" }]);
      expect(
        (await failure(api.createRequest({ type: "correction", correction: { itemId: "data-br-1", proposed: "x" } })))
          .fields,
      ).toEqual([{ path: "correction.itemId", message: "corrections.error.noItem" }]);
      expect((await failure(api.createRequest({ type: "correction" }))).fields?.map((f) => f.path)).toEqual([
        "correction",
      ]);
      expect((await api.listRequests()).length).toBe(before);
    });

    it("keeps a name in any script and refuses one without a letter or with control characters", async () => {
      const name = item("name");
      const filed = await backend.api.createRequest({
        type: "correction",
        correction: { itemId: name.id, proposed: "  José Ñúñez-王  " },
      });
      expect(filed.correction?.proposed).toBe("José Ñúñez-王");
      for (const [proposed, message] of [
        ["1234", "corrections.error.letter"],
        ["Jo\u0000rdan", "corrections.error.control"],
      ])
        expect(
          (await failure(backend.api.createRequest({ type: "correction", correction: { itemId: name.id, proposed } })))
            .fields,
        ).toEqual([{ path: "correction.proposed", message }]);
    });
  });

  describe("deletion step-up", () => {
    it("files a deletion on a fresh sign-in and refuses one on a session older than 10 minutes", async () => {
      const { api, clock } = backend;
      const first = await api.createRequest({ type: "deletion", scope: ["all"] });
      expect(first.type).toBe("deletion");
      clock.advance(freshSignInMs + minute);
      const before = (await api.listRequests()).length;
      const error = await failure(api.createRequest({ type: "deletion", scope: ["family:behavioural"] }));
      expect(error).toMatchObject({ code: "reauthentication_required", status: 403 });
      expect((await api.listRequests()).length).toBe(before);
      // Other requests do not need it, and a fresh sign-in lifts it.
      await api.createRequest({ type: "objection" });
      await signIn(api, customers.ca);
      await api.createRequest({ type: "deletion", scope: ["family:behavioural"] });
    });

    it("lets a test open an older session, which the step-up rule sees as old", async () => {
      const { api, clock } = backend;
      const { email } = await api.devCreateSubject(customers.ca);
      const session = await api.devStartSession({ email, ageMinutes: 11 });
      expect(clock.now().getTime() - new Date(session.createdAt).getTime()).toBe(11 * minute);
      expect(await failure(api.createRequest({ type: "deletion", scope: ["all"] }))).toMatchObject({
        code: "reauthentication_required",
      });
      await api.devStartSession({ email, ageMinutes: 9 });
      expect((await api.createRequest({ type: "deletion", scope: ["all"] })).status).toBe("received");
    });
  });

  describe("cancel", () => {
    it("cancels a request until the company starts on it, never after", async () => {
      const { api } = backend;
      await signIn(api, customers.br);
      const inProgress = (await api.listRequests()).find((request) => request.status === "in_progress");
      expect(inProgress, "the seed has a request in progress").toBeDefined();
      expect(await failure(api.cancelRequest(inProgress!.id, { baseVersion: inProgress!.version }))).toMatchObject({
        code: "conflict",
        current: inProgress,
      });
    });
  });

  describe("due dates", () => {
    // Filed on 31 January 2028 (a leap year): a month later is 29 February; day counts cross the month end.
    it.each([
      [customers.it, "EU", "access", "2028-02-29"],
      [customers.it, "EU", "deletion", "2028-02-29"],
      [customers.br, "BR", "access", "2028-02-15"],
      [customers.ca, "US-CA", "deletion", "2028-03-16"],
      [customers.tw, "TW", "access", "2028-02-15"],
      [customers.tw, "TW", "deletion", "2028-03-01"],
    ] as const)(
      "%s (%s): %s filed on 31 January is due at the end of %s there",
      async (email, jurisdiction, type, day) => {
        const { api, clock } = backend;
        clock.advance(new Date("2028-01-31T10:00:00.000Z").getTime() - clock.now().getTime());
        await signIn(api, email);
        const request = await api.createRequest({ type, scope: type === "deletion" ? ["all"] : [] });
        expect(inLegalZone(request.dueAt, jurisdiction)).toBe(`${day} 23:59:59`);
        expect((await api.getRequest(request.id)).dueAt).toBe(request.dueAt);
      },
    );
  });
});
