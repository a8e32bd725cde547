import type { FieldError, UseFormReturn } from "react-hook-form";
import { useTranslation } from "../../i18n/use-translation.ts";
import { correctionCountries, phonePlans, type CorrectionKind } from "../../api/contract/corrections.ts";
import { SelectField } from "../../ui/select-field.tsx";
import { TextField } from "../../ui/text-field.tsx";

interface PhoneInput {
  country: string;
  number: string;
}
interface AddressInput {
  country: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
}
export interface CorrectionFormValues {
  proposed: string | PhoneInput | AddressInput;
  note: string;
}

export function emptyProposed(kind: CorrectionKind): CorrectionFormValues["proposed"] {
  if (kind === "phone") return { country: "US", number: "" };
  if (kind === "postal_address") return { country: "US", line1: "", line2: "", city: "", region: "", postalCode: "" };
  return "";
}

const inputTypes: Partial<Record<CorrectionKind, { type: string; autoComplete?: string; inputMode?: "numeric" }>> = {
  email: { type: "email", autoComplete: "email" },
  name: { type: "text", autoComplete: "name" },
  date: { type: "date" },
  year: { type: "text", inputMode: "numeric" },
};

interface Props {
  kind: CorrectionKind;
  form: UseFormReturn<CorrectionFormValues>;
  fieldLabel: string;
}

/** The inputs for one kind of value: a single input, a phone with its country, or an address by country. */
export function CorrectionInputs({ kind, form, fieldLabel }: Props) {
  const { t } = useTranslation();
  const errors = form.formState.errors.proposed as
    (FieldError & Partial<Record<keyof AddressInput | "number", FieldError>>) | undefined;
  const text = (error: FieldError | undefined) => (error?.message ? t(error.message) : undefined);
  const countries = correctionCountries.map((code) => ({
    value: code,
    label: t(`requests.country.${code}`),
  }));

  if (kind === "phone") {
    const country = form.watch("proposed.country" as "proposed") as unknown as keyof typeof phonePlans;
    return (
      <>
        <SelectField
          label={t("requests.correction.country")}
          options={countries}
          {...form.register("proposed.country")}
        />
        <TextField
          label={t("requests.correction.newValue", { field: fieldLabel })}
          hint={t("requests.correction.phoneHint", { code: phonePlans[country]?.code ?? "1" })}
          type="tel"
          autoComplete="tel"
          error={text(errors?.number)}
          {...form.register("proposed.number")}
        />
      </>
    );
  }
  if (kind === "postal_address") {
    const part = (name: keyof AddressInput, autoComplete: string) => (
      <TextField
        key={name}
        label={t(`requests.address.${name}`)}
        autoComplete={autoComplete}
        error={text(errors?.[name])}
        {...form.register(`proposed.${name}`)}
      />
    );
    return (
      <>
        <SelectField
          label={t("requests.correction.country")}
          options={countries}
          autoComplete="country"
          {...form.register("proposed.country")}
        />
        {part("line1", "address-line1")}
        {part("line2", "address-line2")}
        {part("city", "address-level2")}
        {part("region", "address-level1")}
        {part("postalCode", "postal-code")}
      </>
    );
  }
  return (
    <TextField
      label={t("requests.correction.newValue", { field: fieldLabel })}
      error={text(errors)}
      {...(inputTypes[kind] ?? { type: "text" })}
      {...form.register("proposed")}
    />
  );
}
