import { z } from "zod";
import { channelSchema, purposeSchema, topicSchema } from "./catalog.ts";
import { localeSchema, localizedTextSchema } from "./common.ts";

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1a2b3c");
const link = z
  .string()
  .refine((value) => /^(https?:\/\/|mailto:|\/)/.test(value), "must start with https://, mailto: or /");

const apiSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("mock") }),
  /** An empty baseUrl means the API is served from the same origin as the app. */
  z.object({
    mode: z.literal("http"),
    baseUrl: z
      .string()
      .refine((v) => v === "" || /^https?:\/\//.test(v), "must be empty (same origin) or an http(s) URL"),
  }),
]);
export type ApiConfig = z.infer<typeof apiSchema>;

export const operatorConfigSchema = z
  .object({
    company: z.object({ name: z.string().min(1), logo: link.optional() }),
    brand: z.object({ primary: hexColour, onPrimary: hexColour }),
    links: z.object({ privacyPolicy: link, contact: link }),
    api: apiSchema,
    locales: z.object({ enabled: z.array(localeSchema).min(1), default: localeSchema }),
    channels: z.array(channelSchema).min(1),
    topics: z.array(topicSchema).min(1),
    purposes: z.array(purposeSchema),
    dataFamilies: z
      .partialRecord(z.enum(["identity", "demographic", "engagement", "sentiment", "behavioural"]), localizedTextSchema)
      .default({}),
    /** Origins allowed to embed the privacy center in a frame; empty forbids embedding. */
    frameAncestors: z.array(z.url()).default([]),
  })
  .superRefine((config, ctx) => {
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
  });

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
