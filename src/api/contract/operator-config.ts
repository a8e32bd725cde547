import { z } from "zod/mini";
import { channelSchema, purposeSchema, topicSchema } from "./catalog.ts";
import { localeSchema, localizedTextSchema } from "./common.ts";

const hexColour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1a2b3c"));
const link = z
  .string()
  .check(z.refine((value) => /^(https?:\/\/|mailto:|\/)/.test(value), "must start with https://, mailto: or /"));

const apiSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("mock") }),
  /** An empty baseUrl means the API is served from the same origin as the app. */
  z.object({
    mode: z.literal("http"),
    baseUrl: z
      .string()
      .check(z.refine((v) => v === "" || /^https?:\/\//.test(v), "must be empty (same origin) or an http(s) URL")),
  }),
]);
export type ApiConfig = z.infer<typeof apiSchema>;

export const operatorConfigSchema = z
  .object({
    company: z.object({ name: z.string().check(z.minLength(1)), logo: z.optional(link) }),
    brand: z.object({ primary: hexColour, onPrimary: hexColour }),
    links: z.object({ privacyPolicy: link, contact: link }),
    api: apiSchema,
    locales: z.object({ enabled: z.array(localeSchema).check(z.minLength(1)), default: localeSchema }),
    channels: z.array(channelSchema).check(z.minLength(1)),
    topics: z.array(topicSchema).check(z.minLength(1)),
    purposes: z.array(purposeSchema),
    dataFamilies: z._default(
      z.partialRecord(
        z.enum(["identity", "demographic", "engagement", "sentiment", "behavioural"]),
        localizedTextSchema,
      ),
      {},
    ),
    /** Origins allowed to embed the privacy center in a frame; empty forbids embedding. */
    frameAncestors: z._default(z.array(z.url()), []),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (!config.locales.enabled.includes(config.locales.default))
        ctx.addIssue({ code: "custom", path: ["locales", "default"], message: "must be one of the enabled locales" });
      const channelIds = new Set(config.channels.map((channel) => channel.id));
      config.topics.forEach((topic, index) => {
        topic.channels.forEach((channelId, channelIndex) => {
          if (!channelIds.has(channelId))
            ctx.addIssue({
              code: "custom",
              path: ["topics", index, "channels", channelIndex],
              message: `channel "${channelId}" is not listed under channels`,
            });
        });
        if (!topic.label[config.locales.default])
          ctx.addIssue({
            code: "custom",
            path: ["topics", index, "label"],
            message: `needs a "${config.locales.default}" text`,
          });
      });
      const seen = new Set<string>();
      config.topics.forEach((topic, index) => {
        if (seen.has(topic.id))
          ctx.addIssue({ code: "custom", path: ["topics", index, "id"], message: `"${topic.id}" is listed twice` });
        seen.add(topic.id);
      });
    }),
  );

export type OperatorConfig = z.infer<typeof operatorConfigSchema>;

export interface ConfigProblem {
  path: string;
  message: string;
}

export function parseOperatorConfig(raw: unknown): { config: OperatorConfig } | { problems: ConfigProblem[] } {
  const result = operatorConfigSchema.safeParse(raw);
  if (result.success) return { config: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.join(".") : "(root)",
      message: issue.message,
    })),
  };
}
