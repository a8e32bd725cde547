// zod/mini carries no messages of its own: the API's error bodies, the mock's and the operator's config problems
// keep the English texts zod classic gave them. The screen never shows them (forms use catalog keys).
import { en } from "zod/locales";
import { z } from "zod/mini";

z.config(en());
