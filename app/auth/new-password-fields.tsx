import { TextField, type FieldErrors } from "~/components/forms";
import { useT } from "~/i18n/text";
import { PASSWORD_MIN } from "./password-policy";

/** The new password and its confirmation, as on the change-password and set-password pages. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  const t = useT();
  return (
    <>
      <TextField
        name="newPassword"
        label={t.account.change.next}
        hint={t.account.rules.hint({ min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        error={errors.newPassword}
      />
      <TextField name="confirmPassword" label={t.account.change.confirm} type="password" autoComplete="new-password" error={errors.confirmPassword} />
    </>
  );
}
