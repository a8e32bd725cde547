import { expect, test } from "./fixtures.ts";

// One small test per section, each with a customer and a session of its own, so none waits on another.
const sections = ["Preferências", "Consentimentos", "Seus dados", "Solicitações", "Histórico"];

for (const name of sections)
  test(`${name}: reached from the menu, focus on its heading, no axe violations`, async ({
    page,
    customerLike,
    signInAs,
    expectAccessible,
  }) => {
    await signInAs(await customerLike("br.customer@example.com"));
    await page.getByRole("navigation").getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Carregando" })).toHaveCount(0);
    await expectAccessible();
  });
